import { describe, expect, it } from 'vitest';
import { sortedQuantile, summarizeDraws } from './summary.ts';

describe('summarizeDraws', () => {
  it('gives percentiles by linear interpolation', () => {
    const sorted = Float64Array.from({ length: 101 }, (_, i) => i);
    expect(sortedQuantile(sorted, 0.05)).toBe(5);
    expect(sortedQuantile(sorted, 0.5)).toBe(50);
    expect(sortedQuantile(Float64Array.from([0, 10]), 0.25)).toBe(2.5);
    expect(sortedQuantile(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('leaves infinite and undefined draws out and counts them', () => {
    const summary = summarizeDraws(Float64Array.from([1, 2, 3, Infinity, Number.NaN]));
    expect(summary.invalid).toBe(2);
    expect(summary.median).toBe(2);
    expect(summary.mean).toBe(2);
  });

  it('bins every finite draw into the histogram', () => {
    const draws = Float64Array.from({ length: 1000 }, (_, i) => i);
    const summary = summarizeDraws(draws, { bins: 10 });
    expect(summary.histogram.counts).toHaveLength(10);
    expect(summary.histogram.counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(summary.histogram.from).toBeCloseTo(4.995, 6);
  });

  it('treats a scalar as one constant draw', () => {
    const summary = summarizeDraws(7);
    expect([summary.p5, summary.median, summary.p95]).toEqual([7, 7, 7]);
    expect(summary.histogram.counts.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
