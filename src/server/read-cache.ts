import type { Store } from '../store/index.ts';

/** Answers of read routes, kept while the workspace's revision stays the same. */
export type ReadCache = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

/** Distinct reads kept at once; a page holds at most 200 claims, so this bounds the memory. */
const DEFAULT_MAX_ENTRIES = 500;

/**
 * The dashboard asks for the same overview and first pages again and again, and nothing changes
 * between most of those asks. Every change to the workspace raises its revision in the change's
 * own transaction, whichever process makes it, so an answer computed at one revision stays true
 * until the revision moves: one small read then stands in for the whole query. An answer is
 * kept only if the revision was the same before and after computing it, so a change committed
 * meanwhile cannot leave an older answer under a newer revision; a failed one is not kept.
 * @example const cached = createReadCache({ store }); await cached(request.url, () => compute());
 */
export function createReadCache(options: {
  readonly store: Pick<Store, 'revision'>;
  readonly maxEntries?: number;
}): ReadCache {
  const { store } = options;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  let revision: number | undefined;
  // Promises, so that the requests arriving together after a change share one computation
  // instead of each running the same queries.
  const answers = new Map<string, Promise<unknown>>();
  return async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const before = await store.revision();
    if (before !== revision) {
      answers.clear();
      revision = before;
    }
    const kept = answers.get(key);
    if (kept) return kept as Promise<T>;
    if (answers.size >= maxEntries) answers.clear();
    const answer = compute();
    answers.set(key, answer);
    const forget = () => {
      if (answers.get(key) === answer) answers.delete(key);
    };
    try {
      const value = await answer;
      if ((await store.revision()) !== before) forget();
      return value;
    } catch (error) {
      forget();
      throw error;
    }
  };
}
