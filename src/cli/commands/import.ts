import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { importJsonl, readLines } from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { say, sayJson, withStore } from '../context.ts';

interface ImportFlags {
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('import')
    .summary('add the records of a JSONL export to the workspace')
    .description(
      'Read a file written by `tally export` (jsonl) and add its documents, claims, events, ' +
        'entities and audit entries to the workspace, in one transaction: if any line is wrong, ' +
        'a record already exists, or the file is cut short, nothing is imported and the error ' +
        'names the line. CSV exports cannot be imported.',
    )
    .argument('<file>', 'a JSONL export')
    .option('--json', 'print {"imported": n} as JSON')
    .addHelpText('after', '\nExample:\n  tally --workspace ./copy import workspace.jsonl\n')
    .action(async (file: string, flags: ImportFlags, command: Command) => {
      const path = resolve(file);
      await checkReadable(file, path);
      const report = await withStore(command, async (store) => {
        const input = createReadStream(path);
        try {
          return await importJsonl({ store, lines: readLines(input, file), source: file });
        } finally {
          input.destroy();
        }
      });
      if (flags.json) sayJson(report);
      else say(`Imported ${report.imported} records from ${file}.`);
    });
}

async function checkReadable(file: string, path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new TallyError('FILE_UNREADABLE', `${file}: not a file`);
  } catch (error) {
    if (error instanceof TallyError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const reason = code === 'ENOENT' ? 'no such file' : code;
    throw new TallyError('FILE_UNREADABLE', `${file}: ${reason}`, { cause: error });
  }
}
