import { describe, expect, it } from 'vitest';
import {
  cdf,
  checkDistribution,
  describeDistribution,
  mixture,
  quantile,
  sample,
  scaleDistribution,
  support,
  type Distribution,
} from './distribution.ts';
import { createRandom } from './random.ts';

const stats = (draws: Float64Array) => {
  let sum = 0;
  for (const x of draws) sum += x;
  const mean = sum / draws.length;
  let squares = 0;
  for (const x of draws) squares += (x - mean) ** 2;
  return { mean, variance: squares / draws.length };
};

describe('distributions', () => {
  const cases: { name: string; d: Distribution; mean: number; variance: number }[] = [
    { name: 'uniform', d: { kind: 'uniform', low: 2, high: 8 }, mean: 5, variance: 36 / 12 },
    {
      name: 'triangular',
      d: { kind: 'triangular', low: 0, mode: 3, high: 6 },
      mean: 3,
      variance: (0 + 9 + 36 - 0 - 0 - 18) / 18,
    },
    {
      name: 'log-uniform',
      d: { kind: 'loguniform', low: 1, high: Math.E },
      mean: Math.E - 1,
      variance: (Math.E ** 2 - 1) / 2 - (Math.E - 1) ** 2,
    },
  ];

  for (const { name, d, mean, variance } of cases) {
    it(`samples a ${name} with its closed-form mean and variance`, () => {
      const draws = sample(d, { random: createRandom(11), count: 100_000 });
      const measured = stats(draws);
      const standardError = Math.sqrt(variance / draws.length);
      expect(Math.abs(measured.mean - mean)).toBeLessThan(5 * standardError);
      expect(Math.abs(measured.variance - variance) / variance).toBeLessThan(0.03);
    });

    it(`inverts its own cdf for a ${name}`, () => {
      for (const p of [0.05, 0.25, 0.5, 0.9]) expect(cdf(d, quantile(d, p))).toBeCloseTo(p, 9);
    });
  }

  it('mixes components with equal weight', () => {
    const d = mixture([
      { kind: 'uniform', low: 0, high: 1 },
      { kind: 'uniform', low: 10, high: 11 },
    ]);
    expect(support(d)).toEqual([0, 11]);
    expect(cdf(d, 5)).toBe(0.5);
    expect(quantile(d, 0.75)).toBeCloseTo(10.5, 6);
    const draws = sample(d, { random: createRandom(3), count: 20_000 });
    const low = draws.filter((x) => x < 5).length / draws.length;
    expect(Math.abs(low - 0.5)).toBeLessThan(0.02);
  });

  it('collapses a one-component mixture and refuses an empty one', () => {
    const only: Distribution = { kind: 'point', value: 4 };
    expect(mixture([only])).toBe(only);
    expect(() => mixture([])).toThrow(/at least one/);
  });

  it('scales every bound of a distribution', () => {
    expect(scaleDistribution({ kind: 'triangular', low: 1, mode: 2, high: 4 }, 12)).toEqual({
      kind: 'triangular',
      low: 12,
      mode: 24,
      high: 48,
    });
  });

  it('reports bounds in the wrong order', () => {
    expect(checkDistribution({ kind: 'uniform', low: 5, high: 1 }, '/x')).toEqual([
      { path: '/x', message: 'low 5 is above high 1' },
    ]);
    expect(
      checkDistribution({ kind: 'triangular', low: 0, mode: 9, high: 1 }, '/y')[0]?.message,
    ).toMatch(/mode 9 is outside/);
    expect(checkDistribution({ kind: 'uniform', low: 1, high: 5 }, '/x')).toEqual([]);
  });

  it('describes itself for people', () => {
    expect(describeDistribution({ kind: 'uniform', low: 10500, high: 11500 })).toBe(
      'uniform 10,500–11,500',
    );
  });
});
