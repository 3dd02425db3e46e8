import type { Command } from 'commander';
import { seedWorkspace } from '../../app/index.ts';
import { integerOption, say, sayJson, withStore } from '../context.ts';

interface SeedFlags {
  readonly claims: number;
  readonly seed: number;
  readonly perDocument: number;
  readonly json?: boolean;
}

export function register(program: Command): void {
  const bench = program
    .command('bench')
    .summary('build workspaces for benchmarks')
    .description('Tools for measuring Tally at scale (see docs/scaling.md).');
  bench
    .command('seed')
    .summary('fill the workspace with synthetic claims')
    .description(
      'Adds synthetic articles (sentence templates with varied figures, sources, dates and ' +
        'countries) and their claims to the workspace, written in batches without the extractor. ' +
        'The same --seed gives the same documents, so running it twice adds nothing.',
    )
    .requiredOption(
      '--claims <n>',
      'how many claims to add',
      integerOption({ min: 1, max: 100_000_000 }),
    )
    .option('--seed <n>', 'seed of the generator', integerOption({ min: 0, max: 2 ** 31 }), 1)
    .option('--per-document <n>', 'claims per article', integerOption({ min: 1, max: 1_000 }), 10)
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExamples:\n  tally --workspace /tmp/big bench seed --claims 1000000\n')
    .action(async (flags: SeedFlags, command: Command) => {
      const started = performance.now();
      const report = await withStore(command, (store) =>
        seedWorkspace({
          store,
          claims: flags.claims,
          seed: flags.seed,
          claimsPerDocument: flags.perDocument,
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      if (flags.json) {
        sayJson({ ...report, seconds });
        return;
      }
      say(
        `${report.claims} claims in ${report.documents} documents added` +
          (report.unchanged > 0 ? `, ${report.unchanged} documents already there` : '') +
          ` (${seconds.toFixed(1)} s, ${Math.round(report.claims / seconds)} claims/s)`,
      );
    });
}
