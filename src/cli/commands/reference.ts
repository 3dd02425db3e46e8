import type { Command } from 'commander';
import { importReferenceFacts } from '../../app/index.ts';
import { say, sayJson, withStore } from '../context.ts';
import { plural, shortId } from '../format.ts';
import { readTextFile } from './read-text-file.ts';

export function register(program: Command): void {
  const reference = program
    .command('reference')
    .summary('import reference facts (sourced figures from official and monitoring bodies)');

  reference
    .command('import')
    .description(
      'Import a reference facts JSONL file (see corpus/reference/README.md): each cited source\n' +
        'becomes a document whose text is the statements citing it, and each fact an accepted\n' +
        'claim reviewed by "reference". Importing the same file again changes nothing.',
    )
    .argument('<file>', 'facts JSONL, e.g. corpus/reference/facts.jsonl')
    .option('--json', 'print the outcome as JSON')
    .action(async (file: string, flags: { json?: boolean }, command: Command) => {
      const text = await readTextFile(file);
      const report = await withStore(command, (store) =>
        importReferenceFacts({ store, text, name: file }),
      );
      if (flags.json) {
        sayJson(report);
        return;
      }
      for (const document of report.documents) {
        say(
          `${shortId(document.documentId)}  ${document.status.padEnd(9)}  ${plural(document.claims, 'fact')}  ${document.title ?? ''}`,
        );
      }
      say(
        `${plural(report.facts, 'fact')} from ${plural(report.documents.length, 'source')}: ${report.ingested} ingested, ${report.unchanged} unchanged`,
      );
    });
}
