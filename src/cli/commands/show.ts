import type { Command } from 'commander';
import { TallyError } from '../../domain/index.ts';
import { columns, plural } from '../format.ts';
import { say, sayJson, withStore } from '../context.ts';

interface ShowFlags {
  readonly text: boolean;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('show')
    .summary('print a document’s metadata and text')
    .description(
      'Print a document’s metadata and text. DOC is its id or the first 6 or more characters of it.',
    )
    .argument('<doc>', 'document id or id prefix (as `tally docs` lists it)')
    .option('--no-text', 'print the metadata only')
    .option('--json', 'print the document as JSON, with its claim and event counts')
    .action(async (doc: string, flags: ShowFlags, command: Command) => {
      const found = await withStore(command, async (store) => {
        const id = await store.resolveDocumentId(doc);
        const document = id === undefined ? undefined : await store.getDocument(id);
        if (document === undefined) {
          throw new TallyError(
            'NOT_FOUND',
            `no document has the id or id prefix "${doc}" (give at least 6 hex characters; see tally docs)`,
          );
        }
        const [claims, events] = await Promise.all([
          store.listClaims({ documentId: document.id }),
          store.listEvents({ documentId: document.id }),
        ]);
        return { document, claims: claims.length, events: events.length };
      });
      const { document } = found;
      if (flags.json) {
        const { text, ...metadata } = document;
        sayJson({
          ...metadata,
          ...(flags.text ? { text } : {}),
          claims: found.claims,
          events: found.events,
        });
        return;
      }
      const rows: [string, string | null][] = [
        ['id', document.id],
        ['title', document.title],
        ['publisher', document.publisher],
        ['author', document.author],
        ['published', document.published],
        ['url', document.url],
        ['language', document.language],
        ['format', document.format],
        ['source', document.source],
        ['ingested', document.ingestedAt],
        ['length', plural(document.text.length, 'character')],
        ['extracted', `${plural(found.claims, 'claim')}, ${plural(found.events, 'event')}`],
      ];
      for (const line of columns(rows.map(([label, value]) => [label, value ?? '-']))) say(line);
      if (flags.text) {
        say();
        say(document.text.endsWith('\n') ? document.text.slice(0, -1) : document.text);
      }
    });
}
