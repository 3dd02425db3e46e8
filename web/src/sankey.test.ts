import { describe, expect, it } from 'vitest';
import { bandsOf, leadFlow } from './sankey.ts';
import type { Flow } from './types.ts';

const flow = ([from, to, category, claims = 1]: [string | null, string | null, string, number?]) =>
  ({
    key: `${from}-${to}-${category}-${claims}`,
    from,
    to,
    category,
    claimCount: claims,
    // Listings carry at most a few claims: sizes come from the count alone.
    claims: [],
  }) as unknown as Flow;

describe('bandsOf', () => {
  it('groups flows by direction and category and counts their claims', () => {
    const bands = bandsOf([
      flow(['PRK', 'RUS', 'munitions', 2]),
      flow(['PRK', 'RUS', 'munitions', 1]),
      flow(['RUS', 'PRK', 'oil']),
    ]);
    expect(bands.map((band) => [band.key, band.flows.length, band.claims])).toEqual([
      ['PRK-RUS-munitions', 2, 3],
      ['RUS-PRK-oil', 1, 1],
    ]);
  });

  it('leaves out flows with another country or an open end', () => {
    expect(
      bandsOf([
        flow(['CHN', 'PRK', 'trade']),
        flow(['PRK', null, 'casualties']),
        flow(['PRK', 'PRK', 'x']),
      ]),
    ).toEqual([]);
  });

  it('lets the flow with most claims speak for its band', () => {
    const [band] = bandsOf([flow(['RUS', 'PRK', 'oil', 1]), flow(['RUS', 'PRK', 'oil', 3])]);
    expect(band && leadFlow(band)?.claimCount).toBe(3);
  });
});
