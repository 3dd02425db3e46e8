import { describe, expect, it } from 'vitest';
import { sliderRange, sourcesOf } from './indicators.ts';
import type { IndicatorResult } from './types.ts';

const input = (documentIds: string[]) =>
  ({
    name: 'x',
    conversion: null,
    flow: { claims: documentIds.map((documentId) => ({ documentId })) },
  }) as unknown as IndicatorResult['inputs'][number];

describe('sourcesOf', () => {
  it('counts each document once across inputs', () => {
    expect(sourcesOf({ inputs: [input(['a', 'b']), input(['b', 'c'])] })).toBe(3);
  });

  it('counts at least the documents of a flow whose claims are cut short', () => {
    const cut = {
      name: 'cut',
      flow: { claims: [{ documentId: 'a' }], claimsTruncated: true, documents: 40 },
    } as unknown as IndicatorResult['inputs'][number];
    expect(sourcesOf({ inputs: [input(['a', 'b']), cut] })).toBe(40);
    expect(
      sourcesOf({
        inputs: [input(['a', 'b', 'c']), { ...cut, flow: { ...cut.flow, documents: 2 } }],
      }),
    ).toBe(3);
  });

  it('counts no sources for an indicator without inputs', () => {
    expect(sourcesOf({ inputs: [] })).toBe(0);
  });
});

describe('sliderRange', () => {
  it('spans a uniform range and starts in its middle', () => {
    expect(sliderRange({ kind: 'uniform', low: 1, high: 1.4 })).toEqual({
      min: 1,
      max: 1.4,
      initial: 1.2,
    });
  });

  it('starts a triangular range at its mode', () => {
    expect(sliderRange({ kind: 'triangular', low: 350, mode: 520, high: 600 }).initial).toBe(520);
  });

  it('starts a log-uniform range at its geometric middle', () => {
    expect(sliderRange({ kind: 'loguniform', low: 200, high: 2000 }).initial).toBeCloseTo(
      632.46,
      1,
    );
  });

  it('lets a point value move from half to double, negative values included', () => {
    expect(sliderRange({ kind: 'point', value: 500_000 })).toEqual({
      min: 250_000,
      max: 1_000_000,
      initial: 500_000,
    });
    expect(sliderRange({ kind: 'point', value: -4 })).toEqual({ min: -8, max: -2, initial: -4 });
  });
});
