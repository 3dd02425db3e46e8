import { Type, type Static } from '@sinclair/typebox';
import {
  Category,
  CountryCode,
  createParser,
  fail,
  ok,
  type Claim,
  type Issue,
  type Result,
} from '../domain/index.ts';
import {
  applyScenario,
  DEFAULT_ASSUMPTIONS,
  Identifier,
  ReconciliationRuleName,
  type AppliedAssumption,
  type Assumption,
  type Scenario,
} from './assumptions.ts';
import {
  describeDistribution,
  fill,
  scaleDistribution,
  type Distribution,
} from './distribution.ts';
import { evaluateExpression, namesIn, parseExpression, type Values } from './expression.ts';
import {
  estimateFlows,
  type DocumentMeta,
  type FlowEstimate,
  type ReconciliationRule,
} from './flows.ts';
import { compareAsOf, shiftYears } from './period.ts';
import { createStream } from './random.ts';
import { summarizeDraws, type DrawSummary } from './summary.ts';
import type { UncertaintyRules } from './uncertainty.ts';
import bundledIndicators from '../../data/ledger/indicators.json' with { type: 'json' };

const nullableCountry = Type.Union([CountryCode, Type.Null()]);

/**
 * Which claims an input draws on. A missing `from`/`to` matches any country; `null` matches only
 * claims with no country at that end (a country's total exports has `to` null). Trade pairs
 * match in either order, as claims/1 leaves trade undirected.
 */
export const FlowSelector = Type.Object(
  {
    category: Category,
    unit: Type.String({ minLength: 1 }),
    from: Type.Optional(nullableCountry),
    to: Type.Optional(nullableCountry),
    /** Only rates (`per` stated) or only totals over a period. */
    period: Type.Optional(Type.Union([Type.Literal('rate'), Type.Literal('total')])),
    /** Keep only claims whose attribution (name or affiliation) contains one of these. */
    attributedTo: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Drop claims whose attribution contains one of these. */
    notAttributedTo: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  },
  { additionalProperties: false, $id: 'FlowSelector' },
);
export type FlowSelector = Static<typeof FlowSelector>;

export const IndicatorInput = Type.Object(
  {
    select: FlowSelector,
    /**
     * `per_year` divides a total by the years its period covers (a rate per year is used as it
     * is); `total` refuses rates. Absent: the flow's figures as they are.
     */
    as: Type.Optional(Type.Union([Type.Literal('per_year'), Type.Literal('total')])),
    /**
     * Which of several matching flows to use: `latest` (latest as-of date, then most independent
     * origins), or the flow covering the same months one year before another input's flow.
     */
    pick: Type.Optional(
      Type.Union([
        Type.Literal('latest'),
        Type.Object({ yearBefore: Identifier }, { additionalProperties: false }),
      ]),
    ),
    rule: Type.Optional(ReconciliationRuleName),
  },
  { additionalProperties: false },
);
export type IndicatorInput = Static<typeof IndicatorInput>;

export const Indicator = Type.Object(
  {
    id: Identifier,
    title: Type.String({ minLength: 1 }),
    question: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('gain'), Type.Literal('risk')]),
    unit: Type.String({ minLength: 1 }),
    formula: Type.String({ minLength: 1 }),
    inputs: Type.Record(Identifier, IndicatorInput),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false, $id: 'Indicator' },
);
export type Indicator = Static<typeof Indicator>;

export const IndicatorsFile = Type.Object(
  { format: Type.Literal('indicators/1'), indicators: Type.Array(Indicator) },
  { additionalProperties: false, $id: 'IndicatorsFile' },
);

const parseFile = createParser(IndicatorsFile);

/**
 * Reads indicator definitions and checks what a schema cannot: unique ids, formulas that parse,
 * names that are inputs or known assumptions, and `yearBefore` references.
 */
export function parseIndicators(
  value: unknown,
  assumptions: readonly Assumption[] = DEFAULT_ASSUMPTIONS,
): Result<Indicator[]> {
  const parsed = parseFile(value);
  if (!parsed.ok) return parsed;
  const known = new Set(assumptions.map((a) => a.id));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  parsed.value.indicators.forEach((indicator, index) => {
    const path = `/indicators/${index}`;
    if (seen.has(indicator.id))
      issues.push({ path: `${path}/id`, message: `"${indicator.id}" is defined twice` });
    seen.add(indicator.id);
    const expression = parseExpression(indicator.formula);
    if (!expression.ok) {
      issues.push(
        ...expression.issues.map((i) => ({ path: `${path}/formula`, message: i.message })),
      );
      return;
    }
    for (const name of namesIn(expression.value)) {
      if (!Object.hasOwn(indicator.inputs, name) && !known.has(name)) {
        issues.push({
          path: `${path}/formula`,
          message: `"${name}" is neither an input nor an assumption`,
        });
      }
    }
    for (const [name, input] of Object.entries(indicator.inputs)) {
      if (known.has(name))
        issues.push({
          path: `${path}/inputs/${name}`,
          message: 'shadows an assumption of the same name',
        });
      const pick = input.pick;
      if (typeof pick === 'object') {
        const target = indicator.inputs[pick.yearBefore];
        if (!target || typeof target.pick === 'object') {
          issues.push({
            path: `${path}/inputs/${name}/pick`,
            message: `yearBefore must name another input of this indicator picked as latest`,
          });
        }
      }
    }
  });
  return issues.length ? fail(issues) : ok(parsed.value.indicators);
}

/** The indicators shipped in data/ledger/indicators.json. */
export const DEFAULT_INDICATORS: readonly Indicator[] = (() => {
  const parsed = parseIndicators(bundledIndicators);
  if (!parsed.ok) {
    const [issue] = parsed.issues;
    throw new Error(`data/ledger/indicators.json: ${issue?.path} ${issue?.message}`);
  }
  return parsed.value;
})();

/** An input as an evaluation used it: the flow behind it and the claims behind that. */
export interface InputProvenance {
  readonly name: string;
  readonly flow: FlowEstimate;
  /** How the flow's figures were converted, e.g. "÷ 0.67 years to a yearly rate". */
  readonly conversion: string | null;
  readonly distribution: Distribution;
}

export interface MissingInput {
  readonly name: string;
  readonly reason: string;
}

interface ResultBase {
  readonly indicator: Indicator;
  readonly inputs: readonly InputProvenance[];
  readonly assumptions: readonly AppliedAssumption[];
  readonly seed: number;
}

/** An indicator's outcome: a figure with its provenance, or why there is none. */
export type IndicatorResult =
  | (ResultBase & { readonly status: 'ok'; readonly summary: DrawSummary })
  | (ResultBase & { readonly status: 'missing'; readonly missing: readonly MissingInput[] })
  | (ResultBase & { readonly status: 'invalid'; readonly issues: readonly Issue[] });

export interface EvaluateOptions {
  readonly claims: readonly Claim[];
  readonly documents: readonly DocumentMeta[];
  readonly indicators?: readonly Indicator[];
  readonly assumptions?: readonly Assumption[];
  /** Parse it with `parseScenario` first: unknown names are an error there. */
  readonly scenario?: Scenario;
  readonly seed?: number;
  readonly draws?: number;
  readonly uncertainty?: UncertaintyRules;
}

export const DEFAULT_DRAWS = 100_000;
export const DEFAULT_SEED = 20_241_203;

const normalize = (text: string) => text.toLowerCase();

function matches(selector: FlowSelector, claim: Claim): boolean {
  if (claim.category !== selector.category || claim.unit !== selector.unit) return false;
  const ends = (a: string | null | undefined, b: string | null | undefined) =>
    (a === undefined || a === claim.from) && (b === undefined || b === claim.to);
  // A pair of countries trades both ways; one named end (total exports, `to` null) keeps its side.
  const undirected = claim.category === 'trade' && Boolean(selector.from) && Boolean(selector.to);
  if (!ends(selector.from, selector.to) && !(undirected && ends(selector.to, selector.from)))
    return false;
  if (selector.period && (claim.period?.per ? 'rate' : 'total') !== selector.period) return false;
  const credited = normalize(
    `${claim.attribution?.name ?? ''} | ${claim.attribution?.affiliation ?? ''}`,
  );
  const mentions = (names: readonly string[]) =>
    names.some((name) => credited.includes(normalize(name)));
  if (selector.attributedTo && !mentions(selector.attributedTo)) return false;
  if (selector.notAttributedTo && mentions(selector.notAttributedTo)) return false;
  return true;
}

/** What an input's `as` does to a flow, or why it cannot. */
function convert(
  flow: FlowEstimate,
  as: IndicatorInput['as'],
): { factor: number; conversion: string | null } | { reason: string } {
  const { period } = flow;
  if (as === undefined) return { factor: 1, conversion: null };
  if (as === 'total') {
    return period.kind === 'total'
      ? { factor: 1, conversion: null }
      : { reason: 'is a rate, not a total' };
  }
  if (period.kind === 'rate') {
    return period.per === 'year'
      ? { factor: 1, conversion: null }
      : { reason: `is per ${period.per}` };
  }
  if (period.years === null || period.years <= 0) {
    return {
      reason: `covers "${period.label}", which has no known start and end to make it yearly`,
    };
  }
  return {
    factor: 1 / period.years,
    conversion: `÷ ${period.years.toFixed(2)} years (${period.label}) to a yearly rate`,
  };
}

const describeSelector = (s: FlowSelector) =>
  [
    `${s.category} in ${s.unit}`,
    s.from !== undefined && `from ${s.from ?? 'no country'}`,
    s.to !== undefined && `to ${s.to ?? 'no country'}`,
    s.period && `as a ${s.period}`,
    s.attributedTo && `attributed to ${s.attributedTo.join(' or ')}`,
    s.notAttributedTo && `not attributed to ${s.notAttributedTo.join(' or ')}`,
  ]
    .filter(Boolean)
    .join(', ');

const byLatest = (a: FlowEstimate, b: FlowEstimate) =>
  compareAsOf(b.period.asOf, a.period.asOf) ||
  b.origins.length - a.origins.length ||
  b.claims.length - a.claims.length ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

interface Context {
  readonly options: EvaluateOptions;
  readonly rule: ReconciliationRule;
  readonly seed: number;
  readonly draws: number;
  /** Draws are shared across indicators by stream name, so a flow is sampled once per run. */
  readonly cache: Map<string, Float64Array>;
  readonly flowsBySelector: Map<string, FlowEstimate[]>;
}

function flowsFor(context: Context, input: IndicatorInput): FlowEstimate[] {
  const rule = input.rule ?? context.rule;
  const cacheKey = `${rule}|${JSON.stringify(input.select)}`;
  const cached = context.flowsBySelector.get(cacheKey);
  if (cached) return cached;
  const { options } = context;
  const flows = estimateFlows({
    claims: options.claims.filter((claim) => matches(input.select, claim)),
    documents: options.documents,
    rule,
    ...(options.uncertainty ? { uncertainty: options.uncertainty } : {}),
  }).filter((flow) => flow.origins.length > 0);
  context.flowsBySelector.set(cacheKey, flows);
  return flows;
}

function drawsFor(
  context: Context,
  options: { stream: string; distribution: Distribution },
): Float64Array {
  const cached = context.cache.get(options.stream);
  if (cached) return cached;
  const out = new Float64Array(context.draws);
  fill(options.distribution, createStream({ seed: context.seed, name: options.stream }), out);
  context.cache.set(options.stream, out);
  return out;
}

/** Why an input found no flow: no claims at all, no usable period, or no year-earlier match. */
function missingReason(options: {
  input: IndicatorInput;
  flows: readonly FlowEstimate[];
  chosen: ReadonlySet<string>;
}): string {
  const { input, flows } = options;
  const selector = describeSelector(input.select);
  if (flows.length === 0) return `no accepted claim on ${selector}`;
  if (typeof input.pick === 'object') {
    const anchor = input.pick.yearBefore;
    return options.chosen.has(anchor)
      ? `no flow on ${selector} covers the same months a year before "${anchor}"`
      : `"${anchor}" is itself missing`;
  }
  const reasons = flows.flatMap((flow) => {
    const conversion = convert(flow, input.as);
    return 'reason' in conversion ? [`${flow.period.label} ${conversion.reason}`] : [];
  });
  const wanted = input.as === 'per_year' ? 'as a yearly rate' : 'as a total';
  return `no flow on ${selector} can be used ${wanted}: ${reasons.join('; ')}`;
}

function resolveInputs(context: Context, indicator: Indicator) {
  const chosen = new Map<string, InputProvenance>();
  const missing: MissingInput[] = [];
  const ordered = Object.entries(indicator.inputs).sort(
    ([, a], [, b]) => Number(typeof a.pick === 'object') - Number(typeof b.pick === 'object'),
  );
  for (const [name, input] of ordered) {
    const flows = flowsFor(context, input);
    const convertible = flows.flatMap((flow) => {
      const conversion = convert(flow, input.as);
      return 'reason' in conversion ? [] : [{ flow, ...conversion }];
    });
    const pick = input.pick ?? 'latest';
    let found: (typeof convertible)[number] | undefined;
    if (pick === 'latest') {
      found = [...convertible].sort((a, b) => byLatest(a.flow, b.flow))[0];
    } else {
      const anchor = chosen.get(pick.yearBefore)?.flow.period;
      found = anchor
        ? convertible.find(
            ({ flow }) =>
              flow.period.kind === anchor.kind &&
              flow.period.start === shiftYears(anchor.start, -1) &&
              flow.period.end === shiftYears(anchor.end, -1),
          )
        : undefined;
    }
    if (!found) {
      const why = missingReason({ input, flows, chosen: new Set(chosen.keys()) });
      missing.push({ name, reason: why });
      continue;
    }
    chosen.set(name, {
      name,
      flow: found.flow,
      conversion: found.conversion,
      distribution: scaleDistribution(found.flow.distribution, found.factor),
    });
  }
  const inputs = Object.keys(indicator.inputs).flatMap((name) => chosen.get(name) ?? []);
  return { inputs, missing };
}

function evaluateOne(
  context: Context,
  options: { indicator: Indicator; assumptions: readonly AppliedAssumption[] },
): IndicatorResult {
  const { indicator } = options;
  const expression = parseExpression(indicator.formula);
  const names = expression.ok ? namesIn(expression.value) : [];
  const usedAssumptions = options.assumptions.filter((a) => names.includes(a.id));
  const base = { indicator, assumptions: usedAssumptions, seed: context.seed };
  if (!expression.ok) return { ...base, inputs: [], status: 'invalid', issues: expression.issues };
  const { inputs, missing } = resolveInputs(context, indicator);
  if (missing.length > 0) return { ...base, inputs, status: 'missing', missing };
  const bindings = new Map<string, Values>();
  for (const input of inputs) {
    const claimIds = input.flow.claims.map((c) => c.claimId).join(',');
    const stream = `flow|${input.flow.key}|${input.flow.rule}|${input.conversion ?? ''}|${claimIds}`;
    bindings.set(input.name, drawsFor(context, { stream, distribution: input.distribution }));
  }
  for (const assumption of usedAssumptions) {
    const stream = `assumption|${assumption.id}|${describeDistribution(assumption.distribution)}`;
    bindings.set(
      assumption.id,
      drawsFor(context, { stream, distribution: assumption.distribution }),
    );
  }
  const evaluated = evaluateExpression(expression.value, bindings);
  if (!evaluated.ok) return { ...base, inputs, status: 'invalid', issues: evaluated.issues };
  const summary = summarizeDraws(evaluated.value);
  if (summary.invalid === summary.draws) {
    const message = 'no draw gives a finite value: the formula divides by zero or overflows';
    return { ...base, inputs, status: 'invalid', issues: [{ path: 'formula', message }] };
  }
  return { ...base, inputs, status: 'ok', summary };
}

/**
 * Evaluates every indicator by Monte Carlo over the counted claims. Each flow and assumption
 * draws from its own seeded stream, named after what it is, so results are reproducible for a
 * seed and changing one claim moves only the indicators that use its flow.
 */
export function evaluateIndicators(options: EvaluateOptions): IndicatorResult[] {
  const draws = options.draws ?? DEFAULT_DRAWS;
  if (!Number.isInteger(draws) || draws < 1)
    throw new Error(`draws must be a positive integer, not ${draws}`);
  const context: Context = {
    options,
    rule: options.scenario?.reconciliation ?? 'conservative',
    seed: options.seed ?? DEFAULT_SEED,
    draws,
    cache: new Map(),
    flowsBySelector: new Map(),
  };
  const assumptions = applyScenario(options.assumptions ?? DEFAULT_ASSUMPTIONS, options.scenario);
  return (options.indicators ?? DEFAULT_INDICATORS).map((indicator) =>
    evaluateOne(context, { indicator, assumptions }),
  );
}
