import type { Command } from 'commander';
import { runWorker, type JobResult } from '../../app/index.ts';
import type { IngestJob } from '../../store/index.ts';
import { integerOption, say, warn, withStore } from '../context.ts';

interface WorkerFlags {
  readonly concurrency: number;
  readonly lease: number;
  readonly pollMs: number;
  readonly attempts: number;
  readonly drain?: boolean;
  readonly name?: string;
  readonly quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('worker')
    .summary('ingest files from the shared queue')
    .description(
      'Takes jobs from the workspace’s ingest queue (see `tally enqueue`) and ingests them, until ' +
        'stopped (Ctrl-C finishes the jobs in hand) or, with --drain, until the queue is empty. ' +
        'Run any number of workers on one PostgreSQL workspace (--database URL), on one machine ' +
        'or many. Each job is leased; a worker that dies leaves a lease that runs out, and another ' +
        'worker takes the job over. A document is never stored twice.',
    )
    .option(
      '--concurrency <n>',
      'jobs at once, each in a thread',
      integerOption({ min: 1, max: 64 }),
      1,
    )
    .option(
      '--lease <seconds>',
      'how long a job stays leased without a heartbeat',
      integerOption({ min: 1, max: 86_400 }),
      60,
    )
    .option(
      '--poll-ms <ms>',
      'wait between looks at an empty queue',
      integerOption({ min: 10, max: 600_000 }),
      1_000,
    )
    .option(
      '--attempts <n>',
      'leases a job may take before it is failed',
      integerOption({ min: 1, max: 100 }),
      3,
    )
    .option('--drain', 'exit once nothing is queued or running')
    .option('--name <name>', 'name of this worker in the queue (default host:pid)')
    .option('--quiet', 'print only the summary and failures')
    .addHelpText(
      'after',
      '\nExamples:\n  tally --database postgres://tally@db/tally worker --concurrency 2\n',
    )
    .action(async (flags: WorkerFlags, command: Command) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        const report = await withStore(command, (store) =>
          runWorker({
            store,
            concurrency: flags.concurrency,
            leaseMs: flags.lease * 1_000,
            pollMs: flags.pollMs,
            maxAttempts: flags.attempts,
            ...(flags.drain ? { drain: true } : {}),
            ...(flags.name === undefined ? {} : { name: flags.name }),
            signal: controller.signal,
            onJob: (job, result) => printJob(job, result, flags.quiet === true),
          }),
        );
        say(`${report.done} done, ${report.failed} failed, ${report.lost} taken over`);
        if (report.failed > 0) process.exitCode = 1;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}

function printJob(job: IngestJob, result: JobResult, quiet: boolean): void {
  if (result.state === 'failed') {
    warn(result.error);
    return;
  }
  if (quiet) return;
  if (result.state === 'lost') say(`taken over  ${job.source}`);
  else say(`${result.outcome.padEnd(9)}  ${result.documentId.slice(0, 12)}  ${job.source}`);
}
