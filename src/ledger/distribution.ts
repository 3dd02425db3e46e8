import { Type, type Static } from '@sinclair/typebox';
import type { Issue } from '../domain/index.ts';
import type { Random } from './random.ts';

const finite = (options: object = {}) => Type.Number({ ...options });

/** A distribution as data files write it (assumptions, scenario overrides). */
export const DistributionSpec = Type.Union(
  [
    Type.Object({ kind: Type.Literal('point'), value: finite() }, { additionalProperties: false }),
    Type.Object(
      { kind: Type.Literal('uniform'), low: finite(), high: finite() },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        kind: Type.Literal('loguniform'),
        low: finite({ exclusiveMinimum: 0 }),
        high: finite({ exclusiveMinimum: 0 }),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('triangular'), low: finite(), mode: finite(), high: finite() },
      { additionalProperties: false },
    ),
  ],
  { $id: 'DistributionSpec' },
);
export type DistributionSpec = Static<typeof DistributionSpec>;

/** A mixture draws from one of its components, each equally likely. */
export interface Mixture {
  readonly kind: 'mixture';
  readonly components: readonly Distribution[];
}

export type Distribution = DistributionSpec | Mixture;

/** The orderings a schema cannot state ("low ≤ high"), as issues under `path`. */
export function checkDistribution(spec: DistributionSpec, path: string): Issue[] {
  const values = Object.values(spec).filter((value) => typeof value === 'number');
  if (!values.every(Number.isFinite)) return [{ path, message: 'every bound must be finite' }];
  if (spec.kind === 'point') return [];
  if (spec.low > spec.high)
    return [{ path, message: `low ${spec.low} is above high ${spec.high}` }];
  if (spec.kind === 'triangular' && (spec.mode < spec.low || spec.mode > spec.high)) {
    return [{ path, message: `mode ${spec.mode} is outside ${spec.low}–${spec.high}` }];
  }
  return [];
}

interface Operations<D> {
  support(distribution: D): readonly [number, number];
  cdf(distribution: D, x: number): number;
  quantile(distribution: D, p: number): number;
  draw(distribution: D, random: Random): number;
  fill(distribution: D, random: Random, out: Float64Array): void;
  describe(distribution: D): string;
}

// One formatter for every reading: `toLocaleString` with options builds a new one per call, which
// was most of the time a flow estimate took at a million claims.
const FIGURE = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const show = (x: number) => FIGURE.format(x);

type Of<K extends Distribution['kind']> = Extract<Distribution, { kind: K }>;

const clamp01 = (p: number) => Math.min(1, Math.max(0, p));

const triangularQuantile = (d: Of<'triangular'>, p: number): number => {
  const width = d.high - d.low;
  if (width === 0) return d.low;
  const split = (d.mode - d.low) / width;
  return p < split
    ? d.low + Math.sqrt(p * width * (d.mode - d.low))
    : d.high - Math.sqrt((1 - p) * width * (d.high - d.mode));
};

const OPERATIONS: { readonly [K in Distribution['kind']]: Operations<Of<K>> } = {
  point: {
    support: (d) => [d.value, d.value],
    cdf: (d, x) => (x < d.value ? 0 : 1),
    quantile: (d) => d.value,
    draw: (d) => d.value,
    fill: (d, _random, out) => out.fill(d.value),
    describe: (d) => `exactly ${show(d.value)}`,
  },
  uniform: {
    support: (d) => [d.low, d.high],
    cdf: (d, x) =>
      d.high === d.low ? (x < d.low ? 0 : 1) : clamp01((x - d.low) / (d.high - d.low)),
    quantile: (d, p) => d.low + p * (d.high - d.low),
    draw: (d, random) => d.low + random() * (d.high - d.low),
    describe: (d) => `uniform ${show(d.low)}–${show(d.high)}`,
    fill: (d, random, out) => {
      const width = d.high - d.low;
      for (let index = 0; index < out.length; index += 1) out[index] = d.low + random() * width;
    },
  },
  loguniform: {
    support: (d) => [d.low, d.high],
    cdf: (d, x) =>
      d.high === d.low
        ? x < d.low
          ? 0
          : 1
        : x <= 0
          ? 0
          : clamp01(Math.log(x / d.low) / Math.log(d.high / d.low)),
    quantile: (d, p) => d.low * Math.exp(p * Math.log(d.high / d.low)),
    draw: (d, random) => d.low * Math.exp(random() * Math.log(d.high / d.low)),
    describe: (d) => `log-uniform ${show(d.low)}–${show(d.high)}`,
    fill: (d, random, out) => {
      const logLow = Math.log(d.low);
      const logWidth = Math.log(d.high) - logLow;
      for (let index = 0; index < out.length; index += 1) {
        out[index] = Math.exp(logLow + random() * logWidth);
      }
    },
  },
  triangular: {
    support: (d) => [d.low, d.high],
    cdf: (d, x) => {
      if (x <= d.low) return x < d.low || d.high > d.low ? 0 : 1;
      if (x >= d.high) return 1;
      const width = d.high - d.low;
      return x <= d.mode
        ? ((x - d.low) * (x - d.low)) / (width * (d.mode - d.low))
        : 1 - ((d.high - x) * (d.high - x)) / (width * (d.high - d.mode));
    },
    quantile: triangularQuantile,
    draw: (d, random) => triangularQuantile(d, random()),
    describe: (d) => `triangular ${show(d.low)}–${show(d.high)} (mode ${show(d.mode)})`,
    fill: (d, random, out) => {
      for (let index = 0; index < out.length; index += 1) {
        out[index] = triangularQuantile(d, random());
      }
    },
  },
  mixture: {
    support: (d) => {
      const supports = d.components.map(support);
      return [Math.min(...supports.map((s) => s[0])), Math.max(...supports.map((s) => s[1]))];
    },
    cdf: (d, x) => d.components.reduce((total, c) => total + cdf(c, x), 0) / d.components.length,
    quantile: (d, p) => {
      // The mixture CDF has no closed-form inverse; bisection to 1e-9 of the support is plenty.
      let [low, high] = support(d);
      for (let step = 0; step < 80 && high - low > 1e-9 * Math.max(1, Math.abs(high)); step += 1) {
        const middle = (low + high) / 2;
        if (cdf(d, middle) < p) low = middle;
        else high = middle;
      }
      return (low + high) / 2;
    },
    draw: (d, random) => {
      const count = d.components.length;
      const component = d.components[Math.min(count - 1, Math.floor(random() * count))];
      return component ? draw(component, random) : Number.NaN;
    },
    fill: (d, random, out) => {
      for (let index = 0; index < out.length; index += 1) out[index] = draw(d, random);
    },
    describe: (d) => `equal mixture of ${d.components.map(describeDistribution).join('; ')}`,
  },
};

const operations = <D extends Distribution>(d: D) => OPERATIONS[d.kind] as Operations<D>;

/** The smallest and largest values the distribution can take. */
export const support = (d: Distribution): readonly [number, number] => operations(d).support(d);
/** P(X ≤ x). */
export const cdf = (d: Distribution, x: number): number => operations(d).cdf(d, x);
/** The value below which a share `p` of the mass lies. */
export const quantile = (d: Distribution, p: number): number =>
  operations(d).quantile(d, clamp01(p));
/** One draw. */
export const draw = (d: Distribution, random: Random): number => operations(d).draw(d, random);
/** Fills `out` with independent draws. */
export const fill = (d: Distribution, random: Random, out: Float64Array): void =>
  operations(d).fill(d, random, out);

/** `count` independent draws from `d`. */
export function sample(d: Distribution, options: { random: Random; count: number }): Float64Array {
  const out = new Float64Array(options.count);
  fill(d, options.random, out);
  return out;
}

/** An equal-weight mixture, collapsing the one-component case. */
export function mixture(components: readonly Distribution[]): Distribution {
  if (components.length === 0) throw new Error('A mixture needs at least one component');
  return components.length === 1 && components[0] ? components[0] : { kind: 'mixture', components };
}

/** A short human reading of a distribution, e.g. "uniform 10,500–11,500". */
export const describeDistribution = (d: Distribution): string => operations(d).describe(d);

/** The distribution of `factor × X` for a positive factor (e.g. a monthly rate made yearly). */
export function scaleDistribution(d: Distribution, factor: number): Distribution {
  if (factor === 1) return d;
  if (d.kind === 'mixture') {
    return { kind: 'mixture', components: d.components.map((c) => scaleDistribution(c, factor)) };
  }
  const scaled: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(d)) {
    scaled[name] = typeof value === 'number' ? value * factor : value;
  }
  return scaled as DistributionSpec;
}
