import { describe, expect, it } from 'vitest';
import { compareAsOf, normalizePeriod, shiftYears, yearsBetween } from './period.ts';

describe('normalizePeriod', () => {
  it('turns monthly and daily rates into yearly ones', () => {
    const monthly = normalizePeriod({
      period: { start: null, end: null, per: 'month' },
      published: '2024-12-03',
      intensive: false,
    });
    expect(monthly.factor).toBe(12);
    expect(monthly.period).toMatchObject({ kind: 'rate', per: 'year', label: 'per year' });
    const daily = normalizePeriod({
      period: { start: '2024', end: null, per: 'day' },
      published: null,
      intensive: false,
    });
    expect(daily.factor).toBe(365.25);
    expect(daily.period.label).toBe('per year from 2024');
  });

  it('never multiplies an intensive unit such as a percentage', () => {
    const share = normalizePeriod({
      period: { start: null, end: null, per: 'month' },
      published: null,
      intensive: true,
    });
    expect(share.factor).toBe(1);
    expect(share.period.per).toBe('month');
  });

  it('closes an open total at the month the report was published, whatever start it names', () => {
    const { period } = normalizePeriod({ period: null, published: '2024-12-19', intensive: false });
    expect(period).toMatchObject({
      kind: 'total',
      start: null,
      end: '2024-12',
      asOf: '2024-12',
      years: null,
      label: 'cumulative to 2024-12',
    });
    const since = normalizePeriod({
      period: { start: '2023-09', end: null, per: null },
      published: '2024-02-27',
      intensive: false,
    });
    expect(since.period).toMatchObject({
      start: null,
      label: 'cumulative to 2024-02',
      key: period.key.replace('2024-12', '2024-02'),
      years: null,
    });
  });

  it('gives a calendar year a length of one year', () => {
    const { period } = normalizePeriod({
      period: { start: '2023', end: '2023', per: null },
      published: '2024-01',
      intensive: false,
    });
    expect(period.label).toBe('2023');
    expect(period.years).toBeCloseTo(1, 2);
  });
});

describe('period arithmetic', () => {
  it('measures spans between partial dates inclusively', () => {
    expect(yearsBetween('2024-03-07', '2024-11-05') * 365.2425).toBeCloseTo(244, 6);
    expect(yearsBetween('2023-01', '2023-09') * 12).toBeCloseTo(9, 1);
  });

  it('orders partial dates by the last day they cover', () => {
    expect(compareAsOf('2024', '2024-11')).toBeGreaterThan(0);
    expect(compareAsOf('2024-02', '2024-02-28')).toBeGreaterThan(0);
    expect(compareAsOf(null, '1999')).toBeLessThan(0);
  });

  it('shifts a period by whole years', () => {
    expect(shiftYears('2024-01', -1)).toBe('2023-01');
    expect(shiftYears(null, 1)).toBeNull();
  });
});
