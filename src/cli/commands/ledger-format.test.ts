import { describe, expect, it } from 'vitest';
import { describeFigure, describePeriod } from './claim-format.ts';
import { formatAmount, formatRange } from './ledger-format.ts';

describe('formatAmount', () => {
  it('writes dollars compactly, percentages and ratios with their sign, other units after the figure', () => {
    expect(formatAmount(4_130_000_000, 'usd')).toBe('$4.13B');
    expect(formatAmount(429_000_000, 'usd/year')).toBe('$429M a year');
    expect(formatAmount(27.24, 'percent')).toBe('27.2 %');
    expect(formatAmount(11.66, 'ratio')).toBe('11.7×');
    expect(formatAmount(13_712, 'person')).toBe('13,700 person');
    expect(formatAmount(Number.NaN, 'usd')).toBe('NaN');
  });
});

describe('formatRange', () => {
  it('gives the median, then the 5th to 95th percentile, then the unit once', () => {
    expect(formatRange({ low: 2.74e9, best: 3.86e9, high: 5.2e9, unit: 'usd/year' })).toBe(
      '$3.86B ($2.74B to $5.2B) a year',
    );
    expect(formatRange({ low: 11_300, best: 13_700, high: 16_200, unit: 'person' })).toBe(
      '13,700 (11,300 to 16,200) person',
    );
  });
});

describe('describeFigure', () => {
  it('keeps every digit a claim states and words its qualifier', () => {
    const claim = { value: 105_845, low: null, high: null, qualifier: 'exact' as const };
    expect(describeFigure(claim)).toBe('105,845');
    expect(describeFigure({ ...claim, qualifier: 'more_than' })).toBe('more than 105,845');
    expect(describeFigure({ value: null, low: 10, high: 12, qualifier: 'range' })).toBe('10–12');
    expect(describeFigure({ value: null, low: null, high: null, qualifier: 'vague' })).toBe(
      'vaguely (no figure)',
    );
  });
});

describe('describePeriod', () => {
  it('writes START..END with the rate, as tally claims edit --period takes it', () => {
    expect(describePeriod({ start: '2024-01', end: '2024-09', per: null })).toBe(
      '2024-01..2024-09',
    );
    expect(describePeriod({ start: null, end: null, per: 'year' })).toBe('/year');
    expect(describePeriod({ start: null, end: '2024-12', per: null })).toBe('..2024-12');
    expect(describePeriod(null)).toBe('-');
  });
});
