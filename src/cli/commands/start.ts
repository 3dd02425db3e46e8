import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import {
  claimStatusCounts,
  describeWorkspace,
  indicatorView,
  ingest,
  setUpBundledLedger,
  summarizeApply,
  summarizeIngest,
  SUPPORTED_EXTENSIONS,
  workspaceIndicators,
  type BundledLedgerReport,
  type IngestReport,
} from '../../app/index.ts';
import { ERROR_CATALOGUE } from '../../domain/index.ts';
import { say, sayJson, warn, withStore } from '../context.ts';
import { documentTable, plural } from '../format.ts';
import { headlineLines } from './ledger-format.ts';

/** The documents that ship with Tally, beside src/ in the checkout. */
const BUNDLED_CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url));

interface StartFlags {
  readonly corpus: string;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('start')
    .summary('open the workspace, ingest the bundled corpus, and say what it holds')
    .description(
      'The main job behind `npm start`: open (or create) the workspace, ingest the bundled\n' +
        'corpus documents that are not in it yet (all of them on the first run), and print what\n' +
        'the workspace holds.',
    )
    .option('--corpus <dir>', 'folder of documents to ingest first', BUNDLED_CORPUS)
    .option('--json', 'print the outcome as JSON')
    .action(async (flags: StartFlags, command: Command) => {
      const corpus = await corpusFiles(flags.corpus);
      const { overview, report, ledger, statuses, indicators } = await withStore(
        command,
        async (store) => {
          // Read from the corpus's parent so documents record `corpus/<file>` wherever npm start runs.
          const report =
            corpus.files.length > 0
              ? await ingest({ store, inputs: corpus.files, cwd: dirname(flags.corpus) })
              : null;
          const newDocuments = new Set(
            report?.files.flatMap((f) => (f.status === 'ingested' ? [f.documentId] : [])) ?? [],
          );
          const ledger = corpus.exists
            ? await setUpBundledLedger({ store, corpus: flags.corpus, newDocuments })
            : { reference: null, reviews: null };
          return {
            overview: await describeWorkspace(store, { latest: 5 }),
            report,
            ledger,
            statuses: await claimStatusCounts(store),
            indicators: await workspaceIndicators({ store }),
          };
        },
      );
      const failures =
        report?.files.flatMap((file) => (file.status === 'failed' ? [file] : [])) ?? [];
      for (const failure of failures) warn(failure.message);
      if (failures[0]) process.exitCode = ERROR_CATALOGUE[failures[0].code].exit;

      if (flags.json) {
        sayJson({
          corpus: { folder: corpus.folder, note: corpus.note, ...summary(report) },
          ...overview,
          reference: ledger.reference && {
            facts: ledger.reference.facts,
            ingested: ledger.reference.ingested,
            unchanged: ledger.reference.unchanged,
          },
          reviews: ledger.reviews && {
            applied: ledger.reviews.applied,
            alreadyApplied: ledger.reviews.alreadyApplied,
            conflicting: ledger.reviews.conflicting,
            unmatched: ledger.reviews.unmatched,
            skipped: ledger.reviews.skipped,
          },
          claimsByStatus: statuses,
          indicators: indicators
            .map(indicatorView)
            .map(({ id, title, kind, unit, status, ...rest }) => ({
              id,
              title,
              kind,
              unit,
              status,
              ...('median' in rest ? { p5: rest.p5, median: rest.median, p95: rest.p95 } : {}),
              ...('missing' in rest ? { missing: rest.missing } : {}),
            })),
        });
        return;
      }
      say(`Tally workspace: ${overview.location} (${overview.dialect})`);
      say(`Bundled corpus: ${corpus.note ?? summarizeIngest(summary(report))}`);
      for (const line of ledgerLines(ledger)) say(line);
      const { documents, claims, events } = overview.counts;
      say(
        `It holds ${plural(documents, 'document')}, ${plural(claims, 'claim')} and ${plural(events, 'event')}.`,
      );
      say(
        `Claims: ${statuses.proposed} proposed, ${statuses.accepted} accepted, ${statuses.edited} edited, ${statuses.rejected} rejected.`,
      );
      if (overview.latest.length > 0) {
        say();
        say('Latest documents:');
        for (const line of documentTable(overview.latest)) say(`  ${line}`);
      }
      say();
      for (const line of headlineLines(indicators)) say(line);
      say();
      say(
        'Next: tally review · tally indicators · tally explain <indicator> · tally docs · tally search <words> · tally --help',
      );
    });
}

/** What the bundled reference facts and review decisions did, in a line each. */
function ledgerLines(ledger: BundledLedgerReport): string[] {
  const lines: string[] = [];
  const { reference, reviews } = ledger;
  if (reference) {
    lines.push(
      `Reference facts: ${plural(reference.facts, 'fact')} from ${plural(reference.documents.length, 'source')}, ${reference.ingested} ingested, ${reference.unchanged} unchanged`,
    );
  }
  if (reviews) {
    const considered = reviews.outcomes.length - reviews.skipped;
    lines.push(
      considered === 0
        ? 'Bundled reviews: nothing new to apply (they are applied when their documents are first ingested)'
        : `Bundled reviews: ${summarizeApply(reviews)}${reviews.unmatched > 0 ? ' (run tally reviews check corpus/reviews.jsonl)' : ''}`,
    );
  }
  return lines;
}

const summary = (report: IngestReport | null) => ({
  ingested: report?.ingested ?? 0,
  unchanged: report?.unchanged ?? 0,
  failed: report?.failed ?? 0,
});

/**
 * The corpus documents: readable files at the top of the folder, less its README, which
 * describes the corpus and is not part of it. A missing or empty folder is not an error: a
 * workspace can start empty.
 */
async function corpusFiles(
  folder: string,
): Promise<{ folder: string; files: string[]; note: string | null; exists: boolean }> {
  const shown = relative(process.cwd(), folder) || '.';
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (entries === null)
    return {
      folder: shown,
      files: [],
      note: `none found at ${shown}, nothing to ingest`,
      exists: false,
    };
  const files = entries
    .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() in SUPPORTED_EXTENSIONS)
    .filter((entry) => !/^readme\./iu.test(entry.name))
    .map((entry) => join(basename(folder), entry.name))
    .sort();
  return {
    folder: shown,
    files,
    note: files.length === 0 ? `${shown} holds no documents, nothing to ingest` : null,
    exists: true,
  };
}
