import { afterAll, beforeAll, expect, it } from 'vitest';
import { findClaimPage, seedWorkspace } from '../src/app/index.ts';
import type { ClaimFilter, Store } from '../src/store/index.ts';
import { describeEachDialect, type StoreTarget } from './store-support.ts';

const FILTERS: readonly Omit<ClaimFilter, 'limit' | 'offset'>[] = [
  {},
  { country: 'PRK' },
  { country: 'RUS', status: 'accepted' },
  { category: 'munitions', status: 'proposed' },
  { category: 'oil', country: 'PRK', status: 'rejected' },
  { country: 'XXX' },
];

describeEachDialect('claim pages read from the store', (makeTarget) => {
  let target: StoreTarget;
  let store: Store;
  beforeAll(async () => {
    target = makeTarget();
    store = await target.open();
    await seedWorkspace({ store, claims: 230, seed: 4, now: new Date('2025-02-02T00:00:00Z') });
  });
  afterAll(() => target.cleanup());

  it('gives the page and total that slicing the whole filtered list gives, for every filter', async () => {
    for (const filter of FILTERS) {
      const all = await store.listClaims(filter);
      expect(await store.countClaims(filter)).toBe(all.length);
      for (const paging of [
        { limit: 50, offset: 0 },
        { limit: 7, offset: 45 },
        { limit: 50, offset: all.length },
      ]) {
        const page = await findClaimPage({ store, query: filter, paging });
        expect(page).toEqual({
          items: all.slice(paging.offset, paging.offset + paging.limit),
          total: all.length,
          ...paging,
        });
      }
    }
  });

  it('still filters by text in the application, with the same paging', async () => {
    const all = (await store.listClaims({ country: 'PRK' })).filter((claim) =>
      claim.text.toLowerCase().includes('troops'),
    );
    expect(all.length).toBeGreaterThan(0);
    const page = await findClaimPage({
      store,
      query: { country: 'PRK', text: 'TROOPS' },
      paging: { limit: 5, offset: 1 },
    });
    expect(page.items).toEqual(all.slice(1, 6));
    expect(page.total).toBe(all.length);
  });
});
