import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { Option, type Command } from 'commander';
import {
  bulkIngest,
  DEFAULT_MAX_BYTES,
  defaultWorkerCount,
  formatByteSize,
  ingest,
  parseByteSize,
  parseOverrides,
  summarizeIngest,
  type IngestFileResult,
} from '../../app/index.ts';
import { ERROR_CATALOGUE, TallyError } from '../../domain/index.ts';
import { integerOption, say, sayJson, warn, withStore } from '../context.ts';
import { plural, shortId } from '../format.ts';

/** Below this many files a progress bar would flash by; the per-file lines say enough. */
const PROGRESS_BAR_FROM = 5;

interface IngestFlags {
  readonly title?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly maxSize: string;
  readonly json?: boolean;
  readonly workers?: number;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .summary('read documents into the workspace')
    .description(
      'Read .txt, .md, .html/.htm and .pdf files into the workspace and extract their claims.\n' +
        'Folders are searched for those files at any depth; globs are expanded (quote them).\n' +
        'A document whose text is already stored is reported unchanged. Each file is one\n' +
        'transaction: a file that fails leaves nothing behind, and the others are still ingested.\n' +
        'A folder is ingested in bulk: worker threads read and extract, documents are written in\n' +
        'batches of 200 per transaction, and a re-run skips what is stored, so it resumes.',
    )
    .argument('<paths...>', 'files, folders or glob patterns')
    .option('--title <text>', 'title for the documents, instead of the one the file gives')
    .option('--published <date>', 'publication date, YYYY[-MM[-DD]], instead of the file’s')
    .option('--publisher <name>', 'publisher of the documents')
    .option('--url <url>', 'where the documents were published')
    .addOption(
      new Option('--max-size <size>', 'refuse files larger than this (e.g. 10MB, 512KB)').default(
        formatByteSize(DEFAULT_MAX_BYTES).replace(' ', ''),
      ),
    )
    .option('--json', 'print the report as JSON (failures still go to stderr)')
    .option(
      '--workers <n>',
      `threads that read and extract when a folder is given (default ${defaultWorkerCount()}; 0: none)`,
      integerOption({ min: 0, max: 64 }),
    )
    .addHelpText(
      'after',
      `\nPrints one line per file (ingested, unchanged) and one line on stderr per failed file,\n` +
        `then a summary ("3 ingested, 1 unchanged, 2 failed"). Exits 0 when every file was\n` +
        `ingested or unchanged, otherwise with the exit code of the first failure (${ERROR_CATALOGUE.FILE_UNREADABLE.exit} for\n` +
        `unreadable, empty, binary, badly encoded or oversized files; see tally --help).\n\n` +
        `Examples:\n  tally ingest corpus/\n  tally ingest 'reports/**/*.pdf' --publisher "Example Times"\n`,
    )
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const overrides = parseOverrides(flags);
      if (!overrides.ok)
        throw new TallyError(
          'INVALID_INPUT',
          overrides.issues.map((issue) => issue.message).join('; '),
        );
      const maxBytes = parseByteSize(flags.maxSize);
      if (!maxBytes.ok)
        throw new TallyError('INVALID_INPUT', `--max-size: ${maxBytes.issues[0]?.message}`);

      const bulk = await namesFolder(paths);
      const report = await withStore(command, (store) => {
        const progress = createProgress();
        const options = {
          store,
          inputs: paths,
          overrides: overrides.value,
          maxBytes: maxBytes.value,
          onStart: (total: number) => progress.start(total),
          onFile: (result: IngestFileResult) =>
            progress.file(result, flags.json ? () => undefined : printResult),
        };
        const run = bulk
          ? bulkIngest({
              ...options,
              ...(flags.workers === undefined ? {} : { workers: flags.workers }),
            })
          : ingest(options);
        return run.finally(() => progress.stop());
      });

      if (flags.json) {
        sayJson({ ...report, summary: summarizeIngest(report) });
      } else {
        say(summarizeIngest(report));
      }
      const firstFailure = report.files.find((file) => file.status === 'failed');
      if (firstFailure?.status === 'failed')
        process.exitCode = ERROR_CATALOGUE[firstFailure.code].exit;
    });
}

function printResult(result: IngestFileResult): void {
  if (result.status === 'failed') {
    warn(result.message);
    return;
  }
  const title = result.title ? `  ${result.title}` : '';
  const found =
    result.status === 'ingested'
      ? `  (${plural(result.claims, 'claim')}, ${plural(result.events, 'event')})`
      : '';
  say(`${result.status.padEnd(9)}  ${shortId(result.documentId)}  ${result.path}${title}${found}`);
}

/**
 * Reports each file as it is done. With many files on a terminal, a progress bar on stderr
 * takes over and the per-file lines wait until it is gone, so the two never interleave; failure
 * lines are always printed, JSON or not, since they say what went wrong.
 */
function createProgress() {
  let bar: cliProgress.SingleBar | null = null;
  let started = 0;
  let done = 0;
  const deferred: (() => void)[] = [];
  return {
    start(total: number) {
      if (total < PROGRESS_BAR_FROM || !process.stderr.isTTY) return;
      bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'ingest [{bar}] {value}/{total}  {rate} docs/s  ETA {remaining}  {file}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      started = performance.now();
      bar.start(total, 0, { file: '', rate: '0', remaining: '…' });
    },
    file(result: IngestFileResult, print: (result: IngestFileResult) => void) {
      const show = result.status === 'failed' ? printResult : print;
      if (bar === null) {
        show(result);
        return;
      }
      done++;
      const seconds = (performance.now() - started) / 1000;
      const perSecond = seconds > 0 ? done / seconds : 0;
      const rate = perSecond.toFixed(perSecond < 10 ? 1 : 0);
      // Files finish in bursts of a batch, which throws cli-progress's own ETA off: ours is the
      // files left at the rate so far.
      const eta = perSecond > 0 ? formatSeconds((bar.getTotal() - done) / perSecond) : '…';
      bar.increment(1, { file: result.path, rate, remaining: eta });
      deferred.push(() => show(result));
    },
    stop() {
      bar?.stop();
      bar = null;
      for (const print of deferred.splice(0)) print();
    },
  };
}

/** Folders go to bulk ingest; a few named files keep the one-transaction-each path. */
async function namesFolder(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    if ((await stat(path).catch(() => null))?.isDirectory()) return true;
  }
  return false;
}

/** "42s", "3m05s", "1h02m" */
function formatSeconds(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}
