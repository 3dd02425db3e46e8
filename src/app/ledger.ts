import { TallyError, type ClaimStatus } from '../domain/index.ts';
import {
  applyScenario,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_INDICATORS,
  estimateFlows,
  evaluateIndicators,
  explainIndicator,
  parseScenario,
  sentenceAt,
  type AppliedAssumption,
  type FlowEstimate,
  type IndicatorResult,
  type ReconciliationRule,
  type Scenario,
} from '../ledger/index.ts';
import type { Store } from '../store/index.ts';
import { cachedLedgerInputs, cachedLedgerResult, type LedgerInputs } from './ledger-cache.ts';

/**
 * The claims the ledger counts (accepted and edited) and the metadata of every document, read
 * once per revision of the workspace and shared: do not change them.
 */
export async function ledgerInputs(store: Store): Promise<LedgerInputs> {
  return cachedLedgerInputs(store);
}

/**
 * Reconciled flow estimates over the workspace's counted claims, by the rule asked for:
 * computed once per revision of the workspace and shared between callers (do not change them).
 */
export async function workspaceFlows(options: {
  readonly store: Store;
  readonly rule?: ReconciliationRule;
}): Promise<FlowEstimate[]> {
  const rule = options.rule ?? 'conservative';
  return cachedLedgerResult({
    store: options.store,
    key: `flows ${rule}`,
    compute: ({ claims, documents }) => estimateFlows({ claims, documents, rule }),
  });
}

export interface IndicatorRunOptions {
  readonly store: Store;
  /** Parsed with `readScenario`. */
  readonly scenario?: Scenario;
  readonly seed?: number;
  readonly draws?: number;
  /** Only these indicator ids (all when absent). */
  readonly only?: readonly string[];
}

function selectIndicators(only: readonly string[] | undefined) {
  if (!only) return DEFAULT_INDICATORS;
  const known = new Set(DEFAULT_INDICATORS.map((i) => i.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new TallyError(
      'NOT_FOUND',
      `no indicator "${unknown[0]}" (known: ${[...known].join(', ')})`,
    );
  }
  return DEFAULT_INDICATORS.filter((i) => only.includes(i.id));
}

/**
 * Evaluates the shipped indicators over the workspace by Monte Carlo, seeded: once per revision
 * of the workspace, scenario, seed, draws and selection, shared between callers.
 */
export async function workspaceIndicators(
  options: IndicatorRunOptions,
): Promise<IndicatorResult[]> {
  const indicators = selectIndicators(options.only);
  const { scenario, seed, draws } = options;
  return cachedLedgerResult({
    store: options.store,
    // Everything the result depends on besides the workspace; the indicators and assumptions
    // themselves are data files read once per process.
    key: `indicators ${JSON.stringify({ only: indicators.map((i) => i.id), scenario, seed, draws })}`,
    compute: ({ claims, documents }) =>
      evaluateIndicators({
        claims,
        documents,
        indicators,
        ...(scenario ? { scenario } : {}),
        ...(seed === undefined ? {} : { seed }),
        ...(draws === undefined ? {} : { draws }),
      }),
  });
}

/** The assumptions a run would use, with a scenario's overrides marked. */
export function workspaceAssumptions(
  options: { readonly scenario?: Scenario } = {},
): AppliedAssumption[] {
  return applyScenario(DEFAULT_ASSUMPTIONS, options.scenario);
}

/**
 * Reads a scenario file's JSON text.
 * @throws TallyError INVALID_INPUT naming the file and its first problem.
 */
export function readScenario(text: string, name: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new TallyError('INVALID_INPUT', `${name}: is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseScenario(value);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    throw new TallyError('INVALID_INPUT', `${name}: ${first?.path} ${first?.message}`);
  }
  return { ...parsed.value, name: parsed.value.name ?? name };
}

/** An indicator's result and its provenance chain as text, quotes read from stored documents. */
export async function explainWorkspaceIndicator(
  options: Omit<IndicatorRunOptions, 'only'> & { readonly indicatorId: string },
): Promise<{ result: IndicatorResult; lines: string[] }> {
  const [result] = await workspaceIndicators({ ...options, only: [options.indicatorId] });
  if (!result) throw new TallyError('NOT_FOUND', `no indicator "${options.indicatorId}"`);
  const quotes = new Map<string, string>();
  const claimIds = new Set(result.inputs.flatMap((i) => i.flow.claims.map((c) => c.claimId)));
  const documentIds = new Set(result.inputs.flatMap((i) => i.flow.claims.map((c) => c.documentId)));
  const { store } = options;
  for (const documentId of documentIds) {
    const [document, claims] = await Promise.all([
      store.getDocument(documentId),
      store.listClaims({ documentId }),
    ]);
    if (!document) continue;
    for (const claim of claims) {
      if (claimIds.has(claim.id)) quotes.set(claim.id, sentenceAt(document.text, claim.span));
    }
  }
  const { documents } = await ledgerInputs(store);
  return { result, lines: explainIndicator(result, { documents, quotes }) };
}

/** How many claims each review status holds. */
export async function claimStatusCounts(store: Store): Promise<Record<ClaimStatus, number>> {
  const statuses: ClaimStatus[] = ['proposed', 'accepted', 'edited', 'rejected'];
  // Counted by the store, not listed: the overview is the dashboard's most frequent read.
  const counts = await Promise.all(statuses.map((status) => store.countClaims({ status })));
  return Object.fromEntries(statuses.map((s, i) => [s, counts[i] ?? 0])) as Record<
    ClaimStatus,
    number
  >;
}

/** A flow estimate as plain JSON for scripts and the server: figures, origins and claims. */
export function flowView(flow: FlowEstimate) {
  return {
    key: flow.key,
    label: flow.label,
    category: flow.category,
    unit: flow.unit,
    from: flow.from,
    to: flow.to,
    period: flow.period.label,
    rule: flow.rule,
    low: flow.low,
    best: flow.best,
    high: flow.high,
    contradiction: flow.contradiction,
    conflicts: flow.conflicts,
    outlets: flow.outlets,
    documents: flow.documents,
    independentOrigins: flow.origins.length,
    basis: flow.basis,
    origins: flow.origins.map((o) => ({
      key: o.key,
      name: o.name,
      claimIds: o.claimIds,
      documentIds: o.documentIds,
      low: o.low,
      high: o.high,
    })),
    claims: flow.claims.map((c) => ({
      claimId: c.claimId,
      documentId: c.documentId,
      text: c.text,
      origin: c.origin,
      reading: c.reading,
    })),
    unusable: flow.unusable,
  };
}

/** An indicator result as plain JSON: the figure (or what is missing) and its provenance. */
export function indicatorView(result: IndicatorResult) {
  const { indicator } = result;
  const base = {
    id: indicator.id,
    title: indicator.title,
    question: indicator.question,
    kind: indicator.kind,
    unit: indicator.unit,
    formula: indicator.formula,
    status: result.status,
    seed: result.seed,
    inputs: result.inputs.map((input) => ({
      name: input.name,
      conversion: input.conversion,
      flow: { key: input.flow.key, label: input.flow.label, rule: input.flow.rule },
      claimIds: input.flow.claims.map((c) => c.claimId),
    })),
    assumptions: result.assumptions.map((a) => ({
      id: a.id,
      title: a.title,
      unit: a.unit,
      distribution: a.distribution,
      overriddenBy: a.overriddenBy,
    })),
  };
  if (result.status === 'ok') {
    const { p5, median, p95, mean, sd, draws, invalid, histogram } = result.summary;
    return { ...base, p5, median, p95, mean, sd, draws, invalid, histogram };
  }
  if (result.status === 'missing') return { ...base, missing: result.missing };
  return { ...base, issues: result.issues };
}
