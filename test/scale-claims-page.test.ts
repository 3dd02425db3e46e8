import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  decodeClaimCursor,
  encodeClaimCursor,
  findClaimPage,
  reviewClaim,
  seedWorkspace,
} from '../src/app/index.ts';
import type { Claim } from '../src/domain/index.ts';
import type { ClaimCursor, ClaimFilter, Store } from '../src/store/index.ts';
import { describeEachDialect, type StoreTarget } from './store-support.ts';

const FILTERS: readonly Omit<ClaimFilter, 'limit' | 'offset'>[] = [
  {},
  { status: 'accepted' },
  { category: 'munitions' },
  { country: 'PRK' },
  { country: 'RUS', status: 'accepted' },
  { country: 'RUS', category: 'oil' },
  { category: 'munitions', status: 'proposed' },
  { category: 'oil', country: 'PRK', status: 'rejected' },
  { country: 'XXX' },
];

const cursorOf = (claim: Claim): ClaimCursor => ({
  documentId: claim.documentId,
  spanStart: claim.span[0],
  id: claim.id,
});

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
        const items = all.slice(paging.offset, paging.offset + paging.limit);
        const last = items.at(-1);
        expect(page).toEqual({
          items,
          total: all.length,
          ...paging,
          ...(last && items.length === paging.limit
            ? { next: encodeClaimCursor(cursorOf(last)) }
            : {}),
        });
      }
    }
  });

  it('covers every claim exactly once, in listing order, when paged by cursor', async () => {
    for (const filter of FILTERS) {
      const all = await store.listClaims(filter);
      const walked: Claim[] = [];
      let after: string | undefined;
      for (let pages = 0; pages <= all.length; pages++) {
        const page = await findClaimPage({
          store,
          query: filter,
          paging: { limit: 7, offset: 0, ...(after === undefined ? {} : { after }) },
        });
        walked.push(...page.items);
        if (!page.next) break;
        after = page.next;
      }
      expect(walked).toEqual(all);
    }
  });

  it('starts a cursor page after the cursor even when the cursor claim is outside the filter', async () => {
    const all = await store.listClaims();
    const index = all.findIndex((claim, at) => at > 20 && claim.status !== 'accepted');
    const pivot = all[index];
    if (!pivot) throw new Error('the seed has too few claims that are not accepted');
    // A cursor is a position in the listing order, not a claim the filter must match.
    const expected = all.slice(index + 1).filter((claim) => claim.status === 'accepted');
    const page = await store.listClaims({ status: 'accepted', after: cursorOf(pivot), limit: 5 });
    expect(page).toEqual(expected.slice(0, 5));
  });

  it('refuses a cursor it did not make, naming it', async () => {
    for (const token of [
      'nonsense!',
      encodeURIComponent('[1,2,3]'),
      Buffer.from('[1,"a","b"]').toString('base64url'),
    ]) {
      await expect(
        findClaimPage({ store, query: {}, paging: { limit: 5, offset: 0, after: token } }),
      ).rejects.toThrow(/claim cursor .* is not one a claim page gave/u);
    }
    const cursor = { documentId: 'ab'.repeat(32), spanStart: 12, id: 'ab-c1' };
    expect(decodeClaimCursor(encodeClaimCursor(cursor))).toEqual(cursor);
  });

  it('stops counting at the bound asked for, and counts exactly below it', async () => {
    for (const filter of FILTERS) {
      const total = (await store.listClaims(filter)).length;
      for (const upTo of [0, 1, 10, total, total + 1]) {
        expect(await store.countClaims(filter, { upTo })).toBe(Math.min(total, upTo));
      }
    }
    await expect(store.countClaims({}, { upTo: -1 })).rejects.toThrow(/Count bound -1/u);
  });

  it('refuses a cursor with the filters the application applies itself', async () => {
    await expect(
      findClaimPage({
        store,
        query: { text: 'troops' },
        paging: {
          limit: 5,
          offset: 0,
          after: encodeClaimCursor({ documentId: 'a'.repeat(64), spanStart: 0, id: 'x' }),
        },
      }),
    ).rejects.toThrow(/cursor/u);
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

  // Last: it edits a claim, and the tests above compare against the seed as it was.
  it('finds a country at either end of the flow, once even when both ends are that country', async () => {
    const all = await store.listClaims();
    const outbound = all.find((claim) => claim.from === 'PRK' && claim.to !== 'PRK');
    if (!outbound) throw new Error('the seed has no claim from PRK');
    await reviewClaim({
      store,
      claimId: outbound.id,
      action: { kind: 'edit', changes: { to: 'PRK' } },
      reviewer: 'test',
    });
    const claims = await store.listClaims();
    for (const country of ['PRK', 'RUS']) {
      const expected = claims.filter((claim) => claim.from === country || claim.to === country);
      expect(expected.length).toBeGreaterThan(0);
      expect(await store.listClaims({ country })).toEqual(expected);
      expect(await store.countClaims({ country })).toBe(expected.length);
    }
    expect(
      (await store.listClaims({ country: 'PRK' })).filter((c) => c.id === outbound.id),
    ).toHaveLength(1);
  });
});
