import { Type, type Static } from '@sinclair/typebox';
import {
  createParser,
  fail,
  ok,
  type ExtractedClaim,
  type Qualifier,
  type Result,
} from '../domain/index.ts';
import type { DistributionSpec } from './distribution.ts';
import bundledRules from '../../data/ledger/uncertainty.json' with { type: 'json' };

const Shape = Type.Union([
  Type.Literal('uniform'),
  Type.Literal('triangular'),
  Type.Literal('loguniform'),
]);
export type Shape = Static<typeof Shape>;

const factor = Type.Number({ minimum: 0 });
const note = Type.Optional(Type.String());

/** How each qualifier turns a stated figure into a distribution (data/ledger/uncertainty.json). */
export const UncertaintyRules = Type.Object(
  {
    format: Type.Literal('uncertainty/1'),
    exact: Type.Object({ shape: Shape, maxRelativeHalfWidth: factor, note }),
    approx: Type.Object({ shape: Shape, relativeHalfWidth: factor, note }),
    up_to: Type.Object({ shape: Shape, lowerFactor: factor, note }),
    less_than: Type.Object({ shape: Shape, lowerFactor: factor, note }),
    at_least: Type.Object({ shape: Shape, upperFactor: Type.Number({ minimum: 1 }), note }),
    more_than: Type.Object({ shape: Shape, upperFactor: Type.Number({ minimum: 1 }), note }),
    range: Type.Object({ shape: Shape, note }),
    vague: Type.Object({ shape: Shape, upperFactor: Type.Number({ minimum: 1 }), note }),
    /** Values a unit cannot leave (a share is 0–100 %). */
    unitBounds: Type.Record(
      Type.String(),
      Type.Object({ min: Type.Optional(Type.Number()), max: Type.Optional(Type.Number()) }),
    ),
    /** Units whose figures are not amounts per time: never annualized (percent). */
    intensiveUnits: Type.Array(Type.String()),
  },
  { $id: 'UncertaintyRules' },
);
export type UncertaintyRules = Static<typeof UncertaintyRules>;

export const parseUncertaintyRules = createParser(UncertaintyRules);

/** The rules shipped in data/ledger/uncertainty.json. */
export const DEFAULT_UNCERTAINTY_RULES: UncertaintyRules = (() => {
  const parsed = parseUncertaintyRules(bundledRules);
  if (!parsed.ok) {
    throw new Error(
      `data/ledger/uncertainty.json: ${parsed.issues[0]?.path} ${parsed.issues[0]?.message}`,
    );
  }
  return parsed.value;
})();

type Figures = Pick<ExtractedClaim, 'value' | 'low' | 'high' | 'qualifier' | 'unit'>;

interface Interval {
  readonly low: number;
  readonly high: number;
  /** Where a triangular shape peaks: the stated figure. */
  readonly mode: number;
}

/**
 * The rounding unit a figure was stated to, from its significant digits: 11,000 → 1,000;
 * 5.5e9 → 1e8; 105,845 → 1; 33.33 → 0.01.
 */
export function roundingUnit(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  for (let exponent = Math.floor(Math.log10(magnitude)); exponent > -12; exponent -= 1) {
    const unit = 10 ** exponent;
    const multiple = magnitude / unit;
    if (Math.abs(multiple - Math.round(multiple)) <= 1e-9 * multiple) return unit;
  }
  return 1e-12;
}

const missing = (what: string): Result<never> =>
  fail([{ path: '/value', message: `needs ${what}` }]);

const around = (centre: number, halfWidth: number): Interval => ({
  low: centre - Math.abs(halfWidth),
  high: centre + Math.abs(halfWidth),
  mode: centre,
});

const midpoint = (figures: Figures) =>
  figures.low !== null && figures.high !== null ? (figures.low + figures.high) / 2 : null;

/** Each qualifier's reading of the figures as an interval; the shape comes from the rules. */
const INTERVALS: {
  readonly [Q in Qualifier]: (figures: Figures, rules: UncertaintyRules) => Result<Interval>;
} = {
  exact: (f, rules) => {
    if (f.value === null)
      return f.low !== null && f.high !== null ? INTERVALS.range(f, rules) : missing('a value');
    const half = Math.min(
      roundingUnit(f.value) / 2,
      Math.abs(f.value) * rules.exact.maxRelativeHalfWidth,
    );
    return ok(around(f.value, half));
  },
  approx: (f, rules) => {
    const centre = f.value ?? midpoint(f);
    if (centre === null) return missing('a value or both bounds');
    return ok(around(centre, centre * rules.approx.relativeHalfWidth));
  },
  up_to: (f, rules) => below(f, rules.up_to.lowerFactor),
  less_than: (f, rules) => below(f, rules.less_than.lowerFactor),
  at_least: (f, rules) => above(f, rules.at_least.upperFactor),
  more_than: (f, rules) => above(f, rules.more_than.upperFactor),
  range: (f) => {
    const low = f.low ?? f.value;
    const high = f.high ?? f.value;
    if (low === null || high === null) return missing('both bounds');
    if (low > high) return fail([{ path: '/low', message: `low ${low} is above high ${high}` }]);
    return ok({ low, high, mode: (low + high) / 2 });
  },
  vague: (f, rules) => {
    const base = f.low ?? f.value;
    if (base === null) return missing('a lower bound');
    const high = f.high ?? base * rules.vague.upperFactor;
    return ok({ low: base, high, mode: base });
  },
};

function below(f: Figures, lowerFactor: number): Result<Interval> {
  const high = f.value ?? f.high;
  if (high === null) return missing('a value or an upper bound');
  return ok({ low: f.low ?? high * lowerFactor, high, mode: high });
}

function above(f: Figures, upperFactor: number): Result<Interval> {
  const low = f.value ?? f.low;
  if (low === null) return missing('a value or a lower bound');
  return ok({ low, high: f.high ?? low * upperFactor, mode: low });
}

function shaped(interval: Interval, shape: Shape): DistributionSpec {
  const { low, high, mode } = interval;
  if (low === high) return { kind: 'point', value: low };
  // A log-uniform spread needs a positive floor; "less than 2 %" (0–2) falls back to uniform.
  if (shape === 'loguniform' && low > 0) return { kind: 'loguniform', low, high };
  if (shape === 'triangular')
    return { kind: 'triangular', low, mode: Math.min(high, Math.max(low, mode)), high };
  return { kind: 'uniform', low, high };
}

/**
 * The distribution a claim's figures stand for, by the qualifier's rule.
 *
 * @example claimDistribution({ value: 11000, low: null, high: null, qualifier: 'exact', unit: 'person' })
 *   // → { ok: true, value: { kind: 'uniform', low: 10500, high: 11500 } }
 */
export function claimDistribution(
  figures: Figures,
  rules: UncertaintyRules = DEFAULT_UNCERTAINTY_RULES,
): Result<DistributionSpec> {
  const numbers = [figures.value, figures.low, figures.high].filter((n) => n !== null);
  if (!numbers.every(Number.isFinite))
    return fail([{ path: '/value', message: 'is not a finite number' }]);
  const interval = INTERVALS[figures.qualifier](figures, rules);
  if (!interval.ok) return interval;
  const bounds = rules.unitBounds[figures.unit];
  const floor = bounds?.min ?? -Infinity;
  const ceiling = bounds?.max ?? Infinity;
  const clampTo = (x: number) => Math.min(ceiling, Math.max(floor, x));
  // Factors flip for negative figures ("more than −5" × 1.5 is below it), so order the ends.
  const { low, high, mode } = interval.value;
  const clamped = {
    low: clampTo(Math.min(low, high)),
    high: clampTo(Math.max(low, high)),
    mode: clampTo(mode),
  };
  return ok(shaped(clamped, rules[figures.qualifier].shape));
}

/** Whether figures in this unit are amounts that accrue over time. */
export const isIntensive = (unit: string, rules: UncertaintyRules = DEFAULT_UNCERTAINTY_RULES) =>
  rules.intensiveUnits.includes(unit);
