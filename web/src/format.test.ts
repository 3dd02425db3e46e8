import { describe, expect, it } from 'vitest';
import {
  claimFigure,
  compact,
  countryName,
  formatRange,
  formatValue,
  partialDateStart,
  words,
} from './format.ts';

describe('formatValue', () => {
  it('writes dollars with a sign, a suffix and the rate', () => {
    expect(formatValue(3_861_000_000, 'usd/year')).toBe('$3.86B a year');
    expect(formatValue(-2_500_000, 'usd')).toBe('-$2.5M');
  });

  it('writes ratios with × and percentages with %', () => {
    expect(formatValue(11.734, 'ratio')).toBe('11.7×');
    expect(formatValue(0.9971, 'percent')).toBe('0.997 %');
  });

  it('keeps counts whole below a million and names the unit', () => {
    expect(formatValue(13_748.9, 'person')).toBe('13,700 people');
    expect(formatValue(12_143_978, 'shell')).toBe('12.1M shells');
  });

  it('keeps a single unit singular', () => {
    expect(formatValue(1, 'missile')).toBe('1 missile');
  });

  it('shows a dash for a missing or infinite figure', () => {
    expect(formatValue(null, 'usd')).toBe('–');
    expect(formatValue(Number.POSITIVE_INFINITY, 'usd')).toBe('–');
  });

  it('names a per-unit rate other than a year', () => {
    expect(formatValue(520, 'shell/container')).toBe('520 shells per container');
  });
});

describe('helpers', () => {
  it('shortens amounts from a thousand up', () => {
    expect(compact(999)).toBe('999');
    expect(compact(1500)).toBe('1.5k');
    expect(compact(2e12)).toBe('2T');
  });

  it('joins a range with a dash', () => {
    expect(formatRange(100, 150, 'person')).toBe('100 people – 150 people');
  });

  it('names the countries of the exchange and keeps unknown codes', () => {
    expect(countryName('PRK')).toBe('North Korea');
    expect(countryName('FRA')).toBe('FRA');
    expect(countryName(null)).toBe('–');
  });

  it('turns snake case into words', () => {
    expect(words('force_size')).toBe('force size');
  });
});

describe('partialDateStart', () => {
  it('places years and months at their first day', () => {
    expect(partialDateStart('2024')).toBe('2024-01-01');
    expect(partialDateStart('2024-11')).toBe('2024-11-01');
    expect(partialDateStart('2024-11-05')).toBe('2024-11-05');
  });

  it('gives null for anything that is not a partial date', () => {
    expect(partialDateStart('late 2024')).toBeNull();
    expect(partialDateStart(null)).toBeNull();
  });
});

describe('claimFigure', () => {
  const claim = { value: null, low: null, high: null, unit: 'usd' };

  it('reads a value, a range and open bounds', () => {
    expect(claimFigure({ ...claim, value: 5e9 })).toBe('$5B');
    expect(claimFigure({ ...claim, low: 1e9, high: 2e9 })).toBe('$1B – $2B');
    expect(claimFigure({ ...claim, low: 2e9 })).toBe('$2B or more');
    expect(claimFigure({ ...claim, high: 3e6 })).toBe('up to $3M');
  });

  it('says so when a claim has no figure', () => {
    expect(claimFigure(claim)).toBe('no figure');
  });
});
