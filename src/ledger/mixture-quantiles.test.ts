import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdf, mixture, quantile, support, type Distribution } from './distribution.ts';
import { distributionQuantiles } from './mixture-quantiles.ts';

/** Ends in a range where claims' figures live, rounded so that ties between ends happen too. */
const end = fc.integer({ min: -2_000, max: 2_000_000 }).map((n) => n / 4);
const positive = fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 4);

const spec: fc.Arbitrary<Distribution> = fc.oneof(
  end.map((value): Distribution => ({ kind: 'point', value })),
  fc.tuple(end, end).map(([a, b]): Distribution => ({
    kind: 'uniform',
    low: Math.min(a, b),
    high: Math.max(a, b),
  })),
  fc.tuple(positive, positive).map(([a, b]): Distribution => ({
    kind: 'loguniform',
    low: Math.min(a, b),
    high: Math.max(a, b),
  })),
  fc.tuple(end, end, end).map(([a, b, c]): Distribution => {
    const [low = 0, mode = 0, high = 0] = [a, b, c].sort((x, y) => x - y);
    return { kind: 'triangular', low, mode, high };
  }),
);

/** Flat mixtures (an origin pools its claims) and mixtures of them (a pooled flow). */
const mixtures: fc.Arbitrary<Distribution> = fc.oneof(
  fc.array(spec, { minLength: 2, maxLength: 12 }).map(mixture),
  fc
    .array(fc.oneof(spec, fc.array(spec, { minLength: 1, maxLength: 6 }).map(mixture)), {
      minLength: 2,
      maxLength: 6,
    })
    .map(mixture),
);

/**
 * Within a millionth of the support of the bisected quantile, or (where the CDF is nearly flat,
 * so that a sliver of mass spans a long way) at a value whose CDF is within 1e-9 of p.
 */
const close = (options: { d: Distribution; p: number; fast: number }) => {
  const { d, p, fast } = options;
  const [low, high] = support(d);
  const tolerance = 1e-6 * Math.max(1, high - low, Math.abs(high));
  return Math.abs(fast - quantile(d, p)) <= tolerance || Math.abs(cdf(d, fast) - p) <= 1e-9;
};

describe('distributionQuantiles', () => {
  it('agrees with bisecting the mixture CDF, on random mixtures of every kind', () => {
    fc.assert(
      fc.property(mixtures, fc.double({ min: 0.001, max: 0.999, noNaN: true }), (d, p) => {
        const ps = [0.05, 0.5, 0.95, p];
        const fast = distributionQuantiles(d, ps);
        return ps.every((share, index) => close({ d, p: share, fast: fast[index] ?? Number.NaN }));
      }),
      { numRuns: 500 },
    );
  });

  it('puts the median of two disjoint halves at the end of the lower one, as bisection does', () => {
    const d = mixture([
      { kind: 'uniform', low: 0, high: 1 },
      { kind: 'uniform', low: 2, high: 3 },
    ]);
    const [median] = distributionQuantiles(d, [0.5]);
    expect(median).toBeCloseTo(1, 6);
    expect(median).toBeCloseTo(quantile(d, 0.5), 6);
  });

  it('answers a point mass with its value and a single distribution in closed form', () => {
    const points = mixture([
      { kind: 'point', value: 5 },
      { kind: 'point', value: 5 },
      { kind: 'point', value: 9 },
    ]);
    expect(distributionQuantiles(points, [0.05, 0.5, 0.95])).toEqual([5, 5, 9]);
    expect(distributionQuantiles({ kind: 'uniform', low: 10, high: 20 }, [0.25])).toEqual([12.5]);
  });

  it('gives the same answer for a mixture it has laid out before', () => {
    const d = mixture([
      { kind: 'triangular', low: 0, mode: 1, high: 4 },
      { kind: 'loguniform', low: 1, high: 100 },
    ]);
    const first = distributionQuantiles(d, [0.1, 0.9]);
    expect(distributionQuantiles(d, [0.1, 0.9])).toEqual(first);
    expect(first[0]).toBeLessThan(first[1] ?? Number.NaN);
  });
});
