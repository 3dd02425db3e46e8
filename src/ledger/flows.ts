import type { Category, Claim, CountryCode, Document, Period } from '../domain/index.ts';
import {
  describeDistribution,
  mixture,
  scaleDistribution,
  support,
  type Distribution,
} from './distribution.ts';
import { distributionQuantiles } from './mixture-quantiles.ts';
import { normalizePeriod, type NormalizedPeriod } from './period.ts';
import {
  claimDistribution,
  DEFAULT_UNCERTAINTY_RULES,
  isIntensive,
  type UncertaintyRules,
} from './uncertainty.ts';

/** What the ledger needs to know about a document: where a claim was published, and when. */
export type DocumentMeta = Pick<Document, 'id' | 'title' | 'publisher' | 'published' | 'url'>;

/** The statuses whose claims an analyst has vouched for. */
export const COUNTED_STATUSES: ReadonlySet<Claim['status']> = new Set(['accepted', 'edited']);

/** How several sources' figures for one flow become one estimate. */
export type ReconciliationRule = 'conservative' | 'pooled';

/** One source's figures for a flow: everything attributed to the same person or body. */
export interface OriginEstimate {
  readonly key: string;
  readonly name: string;
  readonly claimIds: readonly string[];
  readonly documentIds: readonly string[];
  readonly distribution: Distribution;
  readonly low: number;
  readonly high: number;
}

export interface FlowClaim {
  readonly claimId: string;
  readonly documentId: string;
  readonly text: string;
  readonly origin: string;
  readonly distribution: Distribution;
  /** What the figure was read as, e.g. "uniform 10,500–11,500". */
  readonly reading: string;
  /** The period as the claim states it, before normalization (which may drop an open start). */
  readonly statedPeriod: Period | null;
}

export interface FlowEstimate {
  /** Stable identity: category, unit, from, to and normalized period. */
  readonly key: string;
  readonly label: string;
  readonly category: Category;
  readonly unit: string;
  readonly from: CountryCode | null;
  readonly to: CountryCode | null;
  readonly period: NormalizedPeriod;
  readonly claims: readonly FlowClaim[];
  readonly origins: readonly OriginEstimate[];
  /** Distinct publishers (a document with no publisher counts as its own outlet). */
  readonly outlets: number;
  readonly documents: number;
  readonly rule: ReconciliationRule;
  /** Which origins the rule drew on. */
  readonly basis: readonly string[];
  readonly distribution: Distribution;
  /** 5th percentile, median and 95th percentile of the reconciled distribution. */
  readonly low: number;
  readonly best: number;
  readonly high: number;
  /** True when two origins' ranges do not overlap at all. */
  readonly contradiction: boolean;
  readonly conflicts: readonly (readonly [string, string])[];
  /** Counted claims whose figures could not be read as a distribution, and why. */
  readonly unusable: readonly { readonly claimId: string; readonly message: string }[];
}

/** Median; a flow's and an origin's distributions are mixtures of up to every claim they hold. */
const median = (d: Distribution) => distributionQuantiles(d, [0.5])[0] ?? Number.NaN;

/** Each rule carries its own reading of the origins. */
export const RECONCILIATION_RULES: {
  readonly [R in ReconciliationRule]: {
    readonly description: string;
    combine(origins: readonly OriginEstimate[]): { distribution: Distribution; basis: string[] };
  };
} = {
  conservative: {
    description:
      'the lowest credible figure: the distribution of the origin with the lowest median (ties: lowest floor)',
    combine: (origins) => {
      const ranked = [...origins].sort(
        (a, b) => median(a.distribution) - median(b.distribution) || a.low - b.low,
      );
      const lowest = ranked[0];
      if (!lowest) throw new Error('A flow estimate needs at least one origin');
      return { distribution: lowest.distribution, basis: [lowest.key] };
    },
  },
  pooled: {
    description: "an equal-weight mixture of every origin's distribution",
    combine: (origins) => ({
      distribution: mixture(origins.map((o) => o.distribution)),
      basis: origins.map((o) => o.key),
    }),
  },
};

export const isReconciliationRule = (name: string): name is ReconciliationRule =>
  Object.hasOwn(RECONCILIATION_RULES, name);

const normalizeName = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Who a figure comes from. Claims attributed to the same person or body are one origin however
 * many outlets repeat them; a figure an outlet states in its own voice is that outlet's.
 */
export function originOf(
  claim: Pick<Claim, 'attribution' | 'documentId'>,
  document?: DocumentMeta,
) {
  const credited = claim.attribution?.name ?? claim.attribution?.affiliation ?? null;
  if (credited !== null && normalizeName(credited) !== '') {
    const affiliation = claim.attribution?.name ? claim.attribution.affiliation : null;
    return {
      key: normalizeName(credited),
      name: affiliation ? `${credited} (${affiliation})` : credited,
    };
  }
  const outlet = document?.publisher ?? document?.title ?? claim.documentId;
  return { key: `outlet:${normalizeName(outlet)}`, name: `${outlet} (in its own voice)` };
}

/**
 * A lone capitalized name ("Guseinova", "Shin") is the same origin as the one full name in the
 * flow that ends or starts with it ("Olena Guseinova", "Shin Won-sik": Korean names put the
 * family name first). With two candidates ("Kim") nothing is merged.
 */
function shortNameOrigins(
  origins: readonly { key: string; name: string; credited: string | null }[],
): Map<string, { key: string; name: string }> {
  const isOutlet = (key: string) => key.startsWith('outlet:');
  const full = new Map(
    origins.filter((o) => o.key.includes(' ') && !isOutlet(o.key)).map((o) => [o.key, o]),
  );
  const merged = new Map<string, { key: string; name: string }>();
  for (const origin of origins) {
    if (origin.key.includes(' ') || isOutlet(origin.key)) continue;
    if (!origin.credited || !/^\p{Lu}/u.test(origin.credited)) continue;
    const matches = [...full.values()].filter((candidate) => {
      const words = candidate.key.split(' ');
      return words[0] === origin.key || words.at(-1) === origin.key;
    });
    const [only] = matches;
    if (only && matches.length === 1) merged.set(origin.key, { key: only.key, name: only.name });
  }
  return merged;
}

/** Trade has no direction in claims/1, so its ends are put in a fixed order. */
function flowEnds(claim: Pick<Claim, 'category' | 'from' | 'to'>) {
  if (
    claim.category === 'trade' &&
    claim.from !== null &&
    claim.to !== null &&
    claim.from > claim.to
  ) {
    return { from: claim.to, to: claim.from };
  }
  return { from: claim.from, to: claim.to };
}

/** "PRK → RUS", "CHN ↔ PRK" for trade, "from PRK" (casualties, total exports), "to PRK". */
function describeEnds(flow: Pick<Claim, 'category' | 'from' | 'to'>): string {
  if (flow.from && flow.to)
    return `${flow.from} ${flow.category === 'trade' ? '↔' : '→'} ${flow.to}`;
  if (flow.from) return `from ${flow.from}`;
  if (flow.to) return `to ${flow.to}`;
  return 'no countries named';
}

interface Placed {
  readonly claim: Claim;
  readonly document: DocumentMeta | undefined;
  readonly period: NormalizedPeriod;
  readonly factor: number;
  readonly key: string;
}

/**
 * Groups counted (accepted or edited) claims into flows and reconciles each flow's sources.
 * Claims with other statuses are ignored; the result is sorted by flow key.
 */
export function estimateFlows(options: {
  readonly claims: readonly Claim[];
  readonly documents: readonly DocumentMeta[];
  readonly rule?: ReconciliationRule;
  readonly uncertainty?: UncertaintyRules;
}): FlowEstimate[] {
  const rules = options.uncertainty ?? DEFAULT_UNCERTAINTY_RULES;
  const documents = new Map(options.documents.map((d) => [d.id, d]));
  const groups = new Map<string, Placed[]>();
  for (const claim of options.claims) {
    if (!COUNTED_STATUSES.has(claim.status)) continue;
    const document = documents.get(claim.documentId);
    const { period, factor } = normalizePeriod({
      period: claim.period,
      published: document?.published ?? null,
      intensive: isIntensive(claim.unit, rules),
    });
    const { from, to } = flowEnds(claim);
    const key = [claim.category, claim.unit, from ?? '-', to ?? '-', period.key].join('|');
    const group = groups.get(key) ?? [];
    group.push({ claim, document, period, factor, key });
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, placed]) =>
      estimateFlow({ key, placed, rules, rule: options.rule ?? 'conservative' }),
    );
}

function estimateFlow(options: {
  key: string;
  placed: readonly Placed[];
  rules: UncertaintyRules;
  rule: ReconciliationRule;
}): FlowEstimate {
  const { key, placed, rules, rule } = options;
  const first = placed[0];
  if (!first) throw new Error(`Flow ${key} has no claims`);
  const claims: FlowClaim[] = [];
  const unusable: { claimId: string; message: string }[] = [];
  const byOrigin = new Map<string, { name: string; claims: FlowClaim[] }>();
  const sorted = [...placed].sort((a, b) => (a.claim.id < b.claim.id ? -1 : 1));
  const sameAs = shortNameOrigins(
    sorted.map(({ claim, document }) => ({
      ...originOf(claim, document),
      credited: claim.attribution?.name ?? null,
    })),
  );
  for (const { claim, document, factor } of sorted) {
    const read = claimDistribution(claim, rules);
    if (!read.ok) {
      unusable.push({
        claimId: claim.id,
        message: read.issues.map((i) => `${i.path} ${i.message}`).join('; '),
      });
      continue;
    }
    const stated = originOf(claim, document);
    const origin = sameAs.get(stated.key) ?? stated;
    const distribution = scaleDistribution(read.value, factor);
    const entry: FlowClaim = {
      claimId: claim.id,
      documentId: claim.documentId,
      text: claim.text,
      origin: origin.key,
      distribution,
      reading: describeDistribution(distribution),
      statedPeriod: claim.period,
    };
    claims.push(entry);
    const group = byOrigin.get(origin.key) ?? { name: origin.name, claims: [] };
    group.claims.push(entry);
    byOrigin.set(origin.key, group);
  }
  const origins: OriginEstimate[] = [...byOrigin.entries()].map(([originKey, group]) => {
    const distribution = mixture(group.claims.map((c) => c.distribution));
    const [low, high] = support(distribution);
    return {
      key: originKey,
      name: group.name,
      claimIds: group.claims.map((c) => c.claimId),
      documentIds: [...new Set(group.claims.map((c) => c.documentId))],
      distribution,
      low,
      high,
    };
  });
  const conflicts: [string, string][] = [];
  origins.forEach((a, index) => {
    for (const b of origins.slice(index + 1)) {
      if (a.high < b.low || b.high < a.low) conflicts.push([a.key, b.key]);
    }
  });
  const { claim } = first;
  const { from, to } = flowEnds(claim);
  const label = `${claim.category} (${claim.unit}) ${describeEnds({ category: claim.category, from, to })}, ${first.period.label}`;
  const outlets = new Set(placed.map((p) => p.document?.publisher ?? p.claim.documentId));
  const base = {
    key,
    label,
    category: claim.category,
    unit: claim.unit,
    from,
    to,
    period: first.period,
    claims,
    origins,
    outlets: outlets.size,
    documents: new Set(placed.map((p) => p.claim.documentId)).size,
    rule,
    contradiction: conflicts.length > 0,
    conflicts,
    unusable,
  };
  if (origins.length === 0) {
    return {
      ...base,
      basis: [],
      distribution: { kind: 'point', value: Number.NaN },
      low: Number.NaN,
      best: Number.NaN,
      high: Number.NaN,
    };
  }
  const { distribution, basis } = RECONCILIATION_RULES[rule].combine(origins);
  const [low = Number.NaN, best = Number.NaN, high = Number.NaN] = distributionQuantiles(
    distribution,
    [0.05, 0.5, 0.95],
  );
  return { ...base, basis, distribution, low, best, high };
}
