import type { Command } from 'commander';
import { integerOption, say, sayJson, withStore } from '../context.ts';
import { shortId } from '../format.ts';

interface SearchFlags {
  readonly limit: number;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('search')
    .summary('full-text search over the documents')
    .description(
      'Find documents whose text contains the words of QUERY, best match first. Punctuation and\n' +
        'operators are ignored: every word is looked up as typed.',
    )
    .argument('<query...>', 'words to look for')
    .option('--limit <n>', 'show at most n documents', integerOption({ min: 1, max: 100 }), 10)
    .option('--json', 'print the hits as a JSON array')
    .addHelpText('after', '\nExample:\n  tally search Kursk troops\n')
    .action(async (words: string[], flags: SearchFlags, command: Command) => {
      const query = words.join(' ');
      const hits = await withStore(command, (store) =>
        store.searchDocuments(query, { limit: flags.limit }),
      );
      if (flags.json) {
        sayJson(hits);
        return;
      }
      if (hits.length === 0) {
        say(`No documents match "${query}".`);
        return;
      }
      for (const hit of hits) {
        say(`${shortId(hit.documentId)}  ${hit.title ?? '(untitled)'}`);
        say(`    ${hit.snippet.replace(/\s+/gu, ' ').trim()}`);
      }
    });
}
