import { TallyError, type Period } from '../domain/index.ts';
import type {
  DocumentMeta,
  Distribution,
  FlowClaim,
  FlowEstimate,
  IndicatorResult,
  ReconciliationRule,
} from '../ledger/index.ts';
import type { Store } from '../store/index.ts';
import { workspaceFlows, workspaceIndicators, type IndicatorRunOptions } from './ledger.ts';
import { cachedLedgerResult } from './ledger-cache.ts';
import { decodePageCursor, encodePageCursor } from './page-cursor.ts';

/** Claims (and claim ids per origin) a flow carries in a listing when the caller names no number. */
export const FLOW_CLAIMS_DEFAULT = 5;
/** The most a listing or a page of a flow's claims carries: a response stays small. */
export const FLOW_CLAIMS_MAX = 500;

/** A claim as a flow lists it, with the publication date of its document (what orders them). */
export interface FlowClaimEntry {
  readonly claimId: string;
  readonly documentId: string;
  readonly text: string;
  readonly origin: string;
  readonly distribution: Distribution;
  readonly reading: string;
  readonly statedPeriod: Period | null;
  readonly published: string | null;
}

/** A flow with its claims in listing order: most recently published document first. */
interface OrderedFlow {
  readonly flow: FlowEstimate;
  readonly claims: readonly FlowClaimEntry[];
}

/**
 * The listing order of a flow's claims: the most recently published document first (a
 * document with no date last), then by claim id, so the first few are the latest reporting and
 * the order is the same on every call.
 */
export function compareFlowClaims(
  a: Pick<FlowClaimEntry, 'published' | 'claimId'>,
  b: Pick<FlowClaimEntry, 'published' | 'claimId'>,
): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    // Partial dates ("2024", "2024-05", "2024-05-03") compare as text; a coarser date sorts as
    // the earliest day it covers.
    return a.published < b.published ? 1 : -1;
  }
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}

/** The flow with its claims in listing order, given each document's publication date. */
function orderFlow(flow: FlowEstimate, published: ReadonlyMap<string, string | null>): OrderedFlow {
  return {
    flow,
    claims: flow.claims
      .map((claim: FlowClaim) => ({ ...claim, published: published.get(claim.documentId) ?? null }))
      .sort(compareFlowClaims),
  };
}

const publicationDates = (documents: readonly DocumentMeta[]) =>
  new Map(documents.map((d) => [d.id as string, d.published ?? null]));

async function orderedFlows(options: {
  readonly store: Store;
  readonly rule: ReconciliationRule;
}): Promise<Map<string, OrderedFlow>> {
  const { store, rule } = options;
  return cachedLedgerResult({
    store,
    key: `flows ordered ${rule}`,
    compute: async ({ documents }) => {
      const published = publicationDates(documents);
      const flows = await workspaceFlows({ store, rule });
      return new Map(flows.map((flow) => [flow.key, orderFlow(flow, published)]));
    },
  });
}

/**
 * A flow as the API lists it: its figures, counts, and at most `limit` of its claims (and of each
 * origin's claim ids) in listing order; an origin's documents are counted, not listed. The rest is paged with `flowClaimPage`.
 * Mixture distributions are left out: a flow's or an origin's is a mixture of its claims' (each
 * claim carries its own), and at a million claims it would hold hundreds of thousands of parts.
 */
export function flowSummary(ordered: OrderedFlow, limit: number) {
  const { flow, claims } = ordered;
  // An origin's ids are listed in the flow's order, so its first ones are its latest too.
  const rank = new Map<string, number>();
  claims.forEach((claim, index) => rank.set(claim.claimId, index));
  const first = <T>(items: readonly T[]) => items.slice(0, limit);
  return {
    key: flow.key,
    label: flow.label,
    category: flow.category,
    unit: flow.unit,
    from: flow.from,
    to: flow.to,
    period: flow.period,
    claimCount: claims.length,
    claims: first(claims),
    claimsTruncated: claims.length > limit,
    origins: flow.origins.map((origin) => ({
      key: origin.key,
      name: origin.name,
      claimCount: origin.claimIds.length,
      claimIds: first([...origin.claimIds].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))),
      documentCount: origin.documentIds.length,
      low: origin.low,
      high: origin.high,
    })),
    outlets: flow.outlets,
    documents: flow.documents,
    rule: flow.rule,
    basis: flow.basis,
    low: flow.low,
    best: flow.best,
    high: flow.high,
    contradiction: flow.contradiction,
    conflicts: flow.conflicts,
    unusableCount: flow.unusable.length,
    unusable: first(flow.unusable),
  };
}

export type FlowSummary = ReturnType<typeof flowSummary>;

/** Flows as the API lists them, each with at most `limit` claims, given the documents' dates. */
export function listFlows(options: {
  readonly flows: readonly FlowEstimate[];
  readonly documents: readonly DocumentMeta[];
  readonly limit: number;
}): FlowSummary[] {
  const published = publicationDates(options.documents);
  return options.flows.map((flow) => flowSummary(orderFlow(flow, published), options.limit));
}

/** Indicator results as the API lists them: each input's flow listed as `listFlows` does. */
export function listIndicatorResults(options: {
  readonly results: readonly IndicatorResult[];
  readonly documents: readonly DocumentMeta[];
  readonly limit: number;
}) {
  const published = publicationDates(options.documents);
  return options.results.map((result) => ({
    ...result,
    inputs: result.inputs.map((input) => ({
      ...input,
      flow: flowSummary(orderFlow(input.flow, published), options.limit),
    })),
  }));
}

/** The flows of the workspace as the API lists them, each with at most `limit` claims. */
export async function workspaceFlowSummaries(options: {
  readonly store: Store;
  readonly rule?: ReconciliationRule;
  readonly limit?: number;
}): Promise<FlowSummary[]> {
  const rule = options.rule ?? 'conservative';
  const limit = options.limit ?? FLOW_CLAIMS_DEFAULT;
  const ordered = await orderedFlows({ store: options.store, rule });
  return [...ordered.values()].map((flow) => flowSummary(flow, limit));
}

/**
 * The flows as the API's response body, `{ rule, items }` in JSON. The dashboard's listing (no
 * claims) and the default are serialized once per revision and rule; any other claim limit is
 * serialized per request from the cached flows, so a client stepping through limits cannot push
 * the flows themselves out of the per-revision cache (they cost seconds to compute again).
 */
export async function workspaceFlowsJson(options: {
  readonly store: Store;
  readonly rule?: ReconciliationRule;
  readonly limit?: number;
}): Promise<string> {
  const { store } = options;
  const rule = options.rule ?? 'conservative';
  const limit = options.limit ?? FLOW_CLAIMS_DEFAULT;
  const serialize = async () =>
    JSON.stringify({ rule, items: await workspaceFlowSummaries({ store, rule, limit }) });
  if (limit !== 0 && limit !== FLOW_CLAIMS_DEFAULT) return serialize();
  return cachedLedgerResult({ store, key: `flows json ${rule} ${limit}`, compute: serialize });
}

/**
 * The indicators as the API's response body, `{ items }` in JSON, serialized once per question;
 * each input's flow is listed as `/api/v1/flows` lists it, with at most `limit` claims.
 */
export async function workspaceIndicatorsJson(
  options: IndicatorRunOptions & { readonly limit?: number },
): Promise<string> {
  const { scenario, seed, draws, only, store } = options;
  const limit = options.limit ?? FLOW_CLAIMS_DEFAULT;
  return cachedLedgerResult({
    store,
    key: `indicators json ${JSON.stringify({ only, scenario, seed, draws, limit })}`,
    compute: async ({ documents }) => {
      const results = await workspaceIndicators(options);
      return JSON.stringify({ items: listIndicatorResults({ results, documents, limit }) });
    },
  });
}

/** Where a page of a flow's claims starts: after the claim with this date and id. */
type FlowClaimCursor = Pick<FlowClaimEntry, 'published' | 'claimId'>;

const encodeFlowCursor = (cursor: FlowClaimCursor) =>
  encodePageCursor([cursor.published, cursor.claimId]);

function decodeFlowCursor(token: string): FlowClaimCursor {
  const value = decodePageCursor(token);
  if (
    value !== null &&
    value.length === 2 &&
    (value[0] === null || typeof value[0] === 'string') &&
    typeof value[1] === 'string'
  ) {
    return { published: value[0] as string | null, claimId: value[1] };
  }
  throw new TallyError(
    'INVALID_INPUT',
    `The flow claim cursor "${token.slice(0, 60)}" is not one a page of flow claims gave (its next)`,
  );
}

/** The index of the first claim after `cursor` in listing order (binary search). */
function positionAfter(claims: readonly FlowClaimEntry[], cursor: FlowClaimCursor): number {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const claim = claims[middle];
    if (claim && compareFlowClaims(claim, cursor) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One page of a flow's claims in listing order (most recently published first), and `next`, the
 * cursor of the page after it. A cursor is a place in the order, not an index, so paging on after
 * the workspace changed neither repeats nor skips a claim that was there before.
 * @throws TallyError NOT_FOUND when the workspace has no flow with that key; INVALID_INPUT for a
 *   cursor no page gave.
 */
export async function flowClaimPage(options: {
  readonly store: Store;
  readonly key: string;
  readonly rule?: ReconciliationRule;
  readonly limit?: number;
  readonly after?: string;
}): Promise<{ key: string; total: number; items: FlowClaimEntry[]; next?: string }> {
  const limit = options.limit ?? FLOW_CLAIMS_DEFAULT;
  const cursor = options.after === undefined ? undefined : decodeFlowCursor(options.after);
  const ordered = await orderedFlows({
    store: options.store,
    rule: options.rule ?? 'conservative',
  });
  const found = ordered.get(options.key);
  if (!found) {
    throw new TallyError(
      'NOT_FOUND',
      `no flow "${options.key.slice(0, 200)}" in this workspace (keys come from GET /api/v1/flows)`,
    );
  }
  const { claims } = found;
  const start = cursor === undefined ? 0 : positionAfter(claims, cursor);
  const items = claims.slice(start, start + limit);
  const last = items.at(-1);
  return {
    key: found.flow.key,
    total: claims.length,
    items,
    ...(last && start + limit < claims.length ? { next: encodeFlowCursor(last) } : {}),
  };
}
