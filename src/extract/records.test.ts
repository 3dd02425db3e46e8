import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../domain/index.ts';
import { claimWith, figureWith, periodOf } from './records.ts';
import { claimsIn } from './test-helpers.ts';

const [claim] = claimsIn(
  'North Korea sent about 3,000 more troops to Russia in May, officials said.',
);
const base = claim!;

describe('records rebuilt field by field', () => {
  it('changes only the fields given, and keeps every other one', () => {
    const changed = claimWith(base, { from: 'RUS', to: null });
    expect(changed).toEqual({ ...base, from: 'RUS', to: null });
    expect(changed).not.toBe(base);
  });

  it('writes a claim with its fields in the order a spread keeps, so its JSON is the same', () => {
    const period = { start: '2024-05', end: '2024-05', per: null } as const;
    expect(JSON.stringify(claimWith(base, { period }))).toBe(JSON.stringify({ ...base, period }));
    expect(Object.keys(claimWith(base, { attribution: null }))).toEqual(Object.keys(base));
  });

  it('sets a field to null when told to, rather than keeping the old value', () => {
    const credited: ExtractedClaim = claimWith(base, {
      attribution: { name: 'X', affiliation: null },
    });
    expect(claimWith(credited, { attribution: null }).attribution).toBeNull();
    expect(claimWith(base, { period: null }).period).toBeNull();
  });

  it('builds a period in start, end, per order from any span', () => {
    expect(Object.keys(periodOf({ start: '2023', end: null }, 'year'))).toEqual([
      'start',
      'end',
      'per',
    ]);
  });

  it("changes a figure's unit and amounts and keeps its place in the text", () => {
    const q = {
      first: 2,
      last: 5,
      numberStart: 3,
      value: 7.2,
      low: null,
      high: null,
      qualifier: 'exact' as const,
      unit: 'cny',
      category: 'money',
      unitFrom: 4,
      unitTo: 5,
      peopleCountry: null,
      per: null,
      guessed: false,
      change: false,
      cap: false,
      ratio: false,
      exchange: false,
    };
    const inDollars = figureWith(q, { unit: 'usd', value: 1, low: null });
    expect(inDollars).toEqual({ ...q, unit: 'usd', value: 1 });
    expect(Object.keys(inDollars)).toEqual(Object.keys(q));
  });

  it('gives an attribution built from another, an acronym spelled out, its name before its affiliation', () => {
    const [spelled] = claimsIn('North Korea has sent about 3,000 troops to Russia, the NIS said.');
    expect(spelled?.attribution).toEqual({
      name: 'National Intelligence Service (NIS)',
      affiliation: null,
    });
    expect(Object.keys(spelled?.attribution ?? {})).toEqual(['name', 'affiliation']);
  });
});
