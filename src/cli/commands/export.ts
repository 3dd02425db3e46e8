import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { exportWorkspace, EXPORT_FORMATS, type ExportFormat } from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { warn, withStore } from '../context.ts';

interface ExportFlags {
  readonly format: ExportFormat;
  readonly out?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .summary('write the whole workspace as JSONL (lossless) or CSV (claims)')
    .description(
      [
        'Write the workspace to stdout, or to FILE with --out.',
        'jsonl: the whole workspace, losslessly: a header line {"format":"tally-export","version":1}, ' +
          'then one record per line (documents by id, each followed by its claims and events, then ' +
          'entities, then the audit log by time), then {"kind":"end","records":N}. Exporting, ' +
          'importing into an empty workspace and exporting again gives the same bytes, on SQLite ' +
          'and PostgreSQL alike. `tally import` reads it back.',
        "csv: one row per claim, with its document's title, publisher, published date and URL " +
          "(RFC 4180, CRLF line ends; text starting with = + - @ gets a leading ' so spreadsheets " +
          'do not run it). For reading, not for import.',
        'With --out, the file is written beside its final name and renamed into place when ' +
          'complete, so an interrupted export never leaves a partial file.',
      ].join('\n\n'),
    )
    .addOption(
      new Option('--format <format>', 'jsonl or csv').choices(EXPORT_FORMATS).default('jsonl'),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  tally export --out workspace.jsonl\n  tally export --format csv --out claims.csv\n',
    )
    .action(async (flags: ExportFlags, command: Command) => {
      await withStore(command, async (store) => {
        const chunks = exportWorkspace({ store, format: flags.format });
        if (flags.out === undefined) {
          await writeToStdout(chunks);
          return;
        }
        const target = resolve(flags.out);
        await writeAtomically(chunks, target);
        warn(`exported ${store.location} as ${flags.format} to ${target}`);
      });
    });
}

async function writeToStdout(chunks: AsyncIterable<string>): Promise<void> {
  try {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
  } catch (error) {
    // The reader went away (`tally export | head`): not an error of ours.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw error;
  }
}

/** Writes to a temporary file in the target's folder, then renames it over the target. */
async function writeAtomically(chunks: AsyncIterable<string>, target: string): Promise<void> {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await pipeline(Readable.from(chunks), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      const reason = code === 'ENOENT' ? 'its folder does not exist' : code;
      throw new TallyError('FILE_UNREADABLE', `cannot write ${target}: ${reason}`, {
        cause: error,
      });
    }
    throw error;
  }
}
