import type { Claim } from '../domain/index.ts';
import { COUNTED_STATUSES, type DocumentMeta } from '../ledger/index.ts';
import type { Store } from '../store/index.ts';

/** What the ledger computes from: the counted claims and every document's metadata. */
export interface LedgerInputs {
  readonly revision: number;
  readonly claims: readonly Claim[];
  readonly documents: readonly DocumentMeta[];
}

/** The inputs and results computed from one revision of one workspace. */
interface RevisionCache {
  readonly revision: number;
  inputs: Promise<LedgerInputs> | undefined;
  /** By what was asked (flows by rule, indicators by scenario, seed and draws), oldest first. */
  readonly results: Map<string, Promise<unknown>>;
}

/**
 * Distinct results kept per revision. A dashboard asks for a handful (two rules, the default
 * indicators); what-if scenarios each add one, and the oldest is dropped past this many.
 */
const MAX_RESULTS = 32;

/** Per open store: a store is one workspace, and a closed one is collected with its cache. */
const caches = new WeakMap<Store, RevisionCache>();

/**
 * The result `compute` gives over the workspace's ledger inputs, computed once per revision of
 * the workspace and `key`: later calls at the same revision share it (the value is shared, so
 * callers must not change it). Any change to the workspace raises its revision in the database,
 * so a change made by another process is seen on the next call too.
 */
export async function cachedLedgerResult<T>(options: {
  readonly store: Store;
  readonly key: string;
  readonly compute: (inputs: LedgerInputs) => T | Promise<T>;
}): Promise<T> {
  const { store, key } = options;
  const cache = await currentCache(store);
  const kept = cache.results.get(key);
  if (kept) {
    // Most recently used last, so the first entry is the one to drop.
    cache.results.delete(key);
    cache.results.set(key, kept);
    return kept as Promise<T>;
  }
  const result = inputsOf(store, cache).then(options.compute);
  cache.results.set(key, result);
  if (cache.results.size > MAX_RESULTS) {
    const oldest = cache.results.keys().next().value;
    if (oldest !== undefined) cache.results.delete(oldest);
  }
  // A failure is not kept: the next call tries again.
  result.catch(() => {
    if (cache.results.get(key) === result) cache.results.delete(key);
  });
  return result;
}

/** The ledger inputs at the workspace's current revision, read once per revision. */
export async function cachedLedgerInputs(store: Store): Promise<LedgerInputs> {
  return inputsOf(store, await currentCache(store));
}

async function currentCache(store: Store): Promise<RevisionCache> {
  const revision = await store.revision();
  const cache = caches.get(store);
  // Not "newer than": a workspace restored from a backup goes back to an older revision.
  if (cache?.revision === revision) return cache;
  const fresh: RevisionCache = { revision, inputs: undefined, results: new Map() };
  caches.set(store, fresh);
  return fresh;
}

function inputsOf(store: Store, cache: RevisionCache): Promise<LedgerInputs> {
  if (cache.inputs) return cache.inputs;
  const inputs = store.ledgerSnapshot().then((snapshot): LedgerInputs => ({
    revision: snapshot.revision,
    claims: snapshot.claims.filter((claim) => COUNTED_STATUSES.has(claim.status)),
    documents: snapshot.documents,
  }));
  cache.inputs = inputs;
  inputs.catch(() => {
    if (cache.inputs === inputs) cache.inputs = undefined;
  });
  return inputs;
}
