import { TallyError } from '../domain/index.ts';
import type { DocumentBundle, Store } from '../store/index.ts';
import { syntheticArticle, syntheticBundle } from './synthetic.ts';

export interface SeedOptions {
  readonly store: Store;
  /** How many claims the workspace gains. */
  readonly claims: number;
  readonly seed?: number;
  /** Figures per article (default 10: a 2-3 KB report). */
  readonly claimsPerDocument?: number;
  /** Documents per transaction. */
  readonly batchSize?: number;
  readonly now?: Date;
  /** Called after each batch with the claims stored so far. */
  readonly onProgress?: (done: number) => void;
}

export interface SeedReport {
  readonly documents: number;
  readonly claims: number;
  /** Documents already in the workspace (an earlier seed with the same seed number). */
  readonly unchanged: number;
}

const DEFAULT_CLAIMS_PER_DOCUMENT = 10;
const DEFAULT_BATCH = 200;

/**
 * Fills a workspace with synthetic articles and their claims, written straight to the store in
 * batched transactions (no extractor: the templates know their claims). The same seed gives the
 * same documents, so a second run with the same seed adds nothing.
 * @example await seedWorkspace({ store, claims: 10_000, seed: 7 });
 */
export async function seedWorkspace(options: SeedOptions): Promise<SeedReport> {
  const perDocument = options.claimsPerDocument ?? DEFAULT_CLAIMS_PER_DOCUMENT;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(options.claims) || options.claims < 1) {
    throw new TallyError(
      'INVALID_INPUT',
      `--claims ${options.claims} is not a whole number of 1 or more`,
    );
  }
  const seed = options.seed ?? 1;
  const now = (options.now ?? new Date()).toISOString();
  let claims = 0;
  let documents = 0;
  let unchanged = 0;
  let batch: DocumentBundle[] = [];
  const flush = async () => {
    const outcomes = await options.store.saveDocuments(batch);
    outcomes.forEach((outcome, index) => {
      if (outcome === 'unchanged') {
        unchanged++;
        return;
      }
      documents++;
      claims += batch[index]?.claims.length ?? 0;
    });
    batch = [];
    options.onProgress?.(claims);
  };
  let planned = 0;
  for (let index = 0; planned < options.claims; index++) {
    const count = Math.min(perDocument, options.claims - planned);
    planned += count;
    const article = syntheticArticle({ seed, index, claims: count });
    batch.push(syntheticBundle({ article, now }));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return { documents, claims, unchanged };
}
