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
 * meanwhile cannot leave an older answer under a newer revision.
 * @example const cached = createReadCache({ store }); await cached(request.url, () => compute());
 */
export function createReadCache(options: {
  readonly store: Pick<Store, 'revision'>;
  readonly maxEntries?: number;
}): ReadCache {
  const { store } = options;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  let revision: number | undefined;
  const answers = new Map<string, unknown>();
  return async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const before = await store.revision();
    if (before !== revision) {
      answers.clear();
      revision = before;
    }
    if (answers.has(key)) return answers.get(key) as T;
    const answer = await compute();
    if ((await store.revision()) === before && revision === before) {
      if (answers.size >= maxEntries) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
