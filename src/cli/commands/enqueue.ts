import type { Command } from 'commander';
import { enqueue } from '../../app/index.ts';
import { ERROR_CATALOGUE } from '../../domain/index.ts';
import { say, sayJson, warn, withStore } from '../context.ts';
import { plural } from '../format.ts';

export function register(program: Command): void {
  program
    .command('enqueue')
    .summary('add files to the shared ingest queue')
    .description(
      'Adds files (folders and globs expanded) to the workspace’s ingest queue, by absolute ' +
        'path, for `tally worker` processes to ingest. Every worker must read the files at the ' +
        'same paths. A file queued or done already is left as it is; a failed one is queued again.',
    )
    .argument('<paths...>', 'files, folders or glob patterns')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  tally --database postgres://tally@db/tally enqueue /srv/wire/2025-06/\n',
    )
    .action(async (paths: string[], flags: { json?: boolean }, command: Command) => {
      const report = await withStore(command, (store) => enqueue({ store, inputs: paths }));
      for (const problem of report.problems) warn(problem);
      if (flags.json) sayJson(report);
      else say(`${plural(report.added, 'job')} queued, ${report.known} already known`);
      if (report.problems.length > 0) process.exitCode = ERROR_CATALOGUE.FILE_UNREADABLE.exit;
    });
}
