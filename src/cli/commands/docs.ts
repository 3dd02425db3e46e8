import type { Command } from 'commander';
import { integerOption, partialDateOption, say, sayJson, withStore } from '../context.ts';
import { documentTable } from '../format.ts';

interface DocsFlags {
  readonly publisher?: string;
  readonly from?: string;
  readonly to?: string;
  readonly title?: string;
  readonly limit: number;
  readonly offset: number;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('docs')
    .summary('list the documents in the workspace')
    .description('List the documents in the workspace, newest publication first.')
    .option('--publisher <name>', 'only this publisher (exact name)')
    .option('--from <date>', 'published on or after YYYY[-MM[-DD]]', partialDateOption)
    .option(
      '--to <date>',
      'published on or before YYYY[-MM[-DD]] (the whole month or year)',
      partialDateOption,
    )
    .option('--title <text>', 'title contains this text (any case)')
    .option('--limit <n>', 'list at most n documents', integerOption({ min: 1, max: 10_000 }), 50)
    .option('--offset <n>', 'skip the first n documents', integerOption({ min: 0, max: 1e9 }), 0)
    .option('--json', 'print the documents as a JSON array (without their text)')
    .addHelpText(
      'after',
      '\nExamples:\n  tally docs --from 2024-10 --to 2024-12\n  tally docs --title kursk --json\n',
    )
    .action(async (flags: DocsFlags, command: Command) => {
      const documents = await withStore(command, (store) =>
        store.listDocuments({
          ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
          ...(flags.from === undefined ? {} : { publishedFrom: flags.from }),
          ...(flags.to === undefined ? {} : { publishedTo: flags.to }),
          ...(flags.title === undefined ? {} : { title: flags.title }),
          limit: flags.limit,
          offset: flags.offset,
        }),
      );
      if (flags.json) sayJson(documents);
      else if (documents.length === 0) say('No documents match. Add some with: tally ingest PATH…');
      else for (const line of documentTable(documents)) say(line);
    });
}
