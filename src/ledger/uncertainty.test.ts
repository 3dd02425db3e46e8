import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { support } from './distribution.ts';
import type { ExtractedClaim } from '../domain/index.ts';
import {
  claimDistribution,
  DEFAULT_UNCERTAINTY_RULES,
  parseUncertaintyRules,
  roundingUnit,
  type UncertaintyRules,
} from './uncertainty.ts';

type Figures = Pick<ExtractedClaim, 'value' | 'low' | 'high' | 'qualifier' | 'unit'>;
const figures = (overrides: Partial<Figures>): Figures => ({
  value: null,
  low: null,
  high: null,
  qualifier: 'exact',
  unit: 'person',
  ...overrides,
});
const read = (overrides: Partial<Figures>, rules?: UncertaintyRules) => {
  const result = claimDistribution(figures(overrides), rules);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.value;
};

describe('roundingUnit', () => {
  it('reads the unit a figure was rounded to from its significant digits', () => {
    expect(roundingUnit(11_000)).toBe(1000);
    expect(roundingUnit(5.5e9)).toBe(1e8);
    expect(roundingUnit(105_845)).toBe(1);
    expect(roundingUnit(33.33)).toBeCloseTo(0.01, 12);
    expect(roundingUnit(0)).toBe(0);
  });
});

describe('claimDistribution', () => {
  it('spreads an exact figure over its rounding: 11,000 → 10,500–11,500', () => {
    expect(read({ value: 11_000 })).toEqual({ kind: 'uniform', low: 10_500, high: 11_500 });
  });

  it('caps the rounding spread of a one-digit figure at the configured share', () => {
    expect(read({ value: 20_000, unit: 'container' })).toEqual({
      kind: 'uniform',
      low: 15_000,
      high: 25_000,
    });
    expect(read({ value: 100 })).toEqual({ kind: 'uniform', low: 75, high: 125 });
  });

  it('puts a symmetric band around "about" figures', () => {
    expect(read({ value: 1000, qualifier: 'approx' })).toEqual({
      kind: 'triangular',
      low: 850,
      mode: 1000,
      high: 1150,
    });
  });

  it('reads "up to X" and "less than X" as below X', () => {
    expect(read({ value: 5.5e9, qualifier: 'up_to', unit: 'usd' })).toEqual({
      kind: 'uniform',
      low: 2.75e9,
      high: 5.5e9,
    });
    expect(read({ value: 2, qualifier: 'less_than', unit: 'percent' })).toEqual({
      kind: 'uniform',
      low: 0,
      high: 2,
    });
  });

  it('reads "at least" and "more than" as above X up to the ceiling factor', () => {
    expect(read({ value: 6000, qualifier: 'more_than' })).toEqual({
      kind: 'uniform',
      low: 6000,
      high: 9000,
    });
    expect(read({ low: 2e6, qualifier: 'at_least', unit: 'shell' })).toEqual({
      kind: 'uniform',
      low: 2e6,
      high: 3e6,
    });
  });

  it('keeps shares within 0–100 percent', () => {
    expect(read({ value: 90, qualifier: 'more_than', unit: 'percent' })).toEqual({
      kind: 'uniform',
      low: 90,
      high: 100,
    });
  });

  it('reads a range as uniform and a vague plural as log-uniform', () => {
    expect(read({ low: 10_000, high: 12_000, qualifier: 'range' })).toEqual({
      kind: 'uniform',
      low: 10_000,
      high: 12_000,
    });
    expect(read({ low: 2000, qualifier: 'vague' })).toEqual({
      kind: 'loguniform',
      low: 2000,
      high: 10_000,
    });
  });

  it('follows edited rules', () => {
    const rules = {
      ...DEFAULT_UNCERTAINTY_RULES,
      approx: { shape: 'uniform' as const, relativeHalfWidth: 0.5 },
    };
    expect(read({ value: 10, qualifier: 'approx' }, rules)).toEqual({
      kind: 'uniform',
      low: 5,
      high: 15,
    });
  });

  it('says what is missing when the figures cannot be read', () => {
    const result = claimDistribution(figures({ qualifier: 'range', low: 5 }));
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '/value', message: 'needs both bounds' }],
    });
    expect(claimDistribution(figures({ qualifier: 'exact' })).ok).toBe(false);
    expect(claimDistribution(figures({ value: Number.NaN })).ok).toBe(false);
    expect(claimDistribution(figures({ qualifier: 'range', low: 9, high: 1 })).ok).toBe(false);
  });
});

describe('parseUncertaintyRules', () => {
  it('accepts the bundled rules and rejects a rule set with a bad factor', () => {
    expect(parseUncertaintyRules(DEFAULT_UNCERTAINTY_RULES).ok).toBe(true);
    const bad = { ...DEFAULT_UNCERTAINTY_RULES, vague: { shape: 'loguniform', upperFactor: 0.5 } };
    const result = parseUncertaintyRules(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('/vague/upperFactor');
  });
});

describe('claimDistribution on any figures', () => {
  it('never throws, and every distribution it gives has ordered, finite bounds', () => {
    const figure = fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: null });
    const qualifier = fc.constantFrom(
      'exact',
      'approx',
      'up_to',
      'at_least',
      'more_than',
      'less_than',
      'range',
      'vague',
    ) as fc.Arbitrary<Figures['qualifier']>;
    fc.assert(
      fc.property(
        fc.record({
          value: figure,
          low: figure,
          high: figure,
          qualifier,
          unit: fc.constantFrom('person', 'percent'),
        }),
        (input) => {
          const result = claimDistribution(input);
          if (!result.ok) return;
          const [low, high] = support(result.value);
          expect(Number.isFinite(low) && Number.isFinite(high)).toBe(true);
          expect(low).toBeLessThanOrEqual(high);
          if (input.unit === 'percent') {
            expect(low).toBeGreaterThanOrEqual(0);
            expect(high).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
