import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TallyError } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { importReferenceFacts, type ReferenceImportReport } from './reference-facts.ts';
import { applyReviews, readReviews, type ApplyReviewsReport } from './reviews-transfer.ts';

/** Where a corpus folder keeps its reference facts and review decisions. */
export const BUNDLED_FACTS = join('reference', 'facts.jsonl');
export const BUNDLED_REVIEWS = 'reviews.jsonl';

/** Who the bundled decisions are recorded as, unless a line names its own reviewer. */
export const BUNDLED_REVIEWER = 'tally-bundled-review';

export interface BundledLedgerReport {
  /** Null when the corpus has no reference facts file. */
  readonly reference: ReferenceImportReport | null;
  /** Null when the corpus has no reviews file. */
  readonly reviews: ApplyReviewsReport | null;
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new TallyError('FILE_UNREADABLE', `${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Fills the ledger of a workspace built from a corpus folder: imports `reference/facts.jsonl`
 * (idempotent) and applies `reviews.jsonl` to the documents this run ingested, so bundled
 * decisions land on a fresh workspace but never overrule what an analyst has since changed.
 * Both files are optional; a malformed one fails with IMPORT_INVALID naming it.
 */
export async function setUpBundledLedger(options: {
  readonly store: Store;
  /** The corpus folder on disk. */
  readonly corpus: string;
  /** Documents ingested by this run: only their claims get the bundled decisions. */
  readonly newDocuments: ReadonlySet<string>;
  readonly clock?: () => Date;
}): Promise<BundledLedgerReport> {
  const { store, corpus } = options;
  const shown = basename(corpus);
  const clock = options.clock ? { clock: options.clock } : {};
  const facts = await readOptional(join(corpus, BUNDLED_FACTS));
  const reference =
    facts === null
      ? null
      : await importReferenceFacts({
          store,
          text: facts,
          name: join(shown, BUNDLED_FACTS),
          ...clock,
        });
  const reviewsText = await readOptional(join(corpus, BUNDLED_REVIEWS));
  const reviews =
    reviewsText === null
      ? null
      : await applyReviews({
          store,
          decisions: readReviews(reviewsText, join(shown, BUNDLED_REVIEWS)),
          reviewer: BUNDLED_REVIEWER,
          documents: options.newDocuments,
          ...clock,
        });
  return { reference, reviews };
}
