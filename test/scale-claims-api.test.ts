import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COUNT_CAP, seedWorkspace } from '../src/app/index.ts';
import type { Claim } from '../src/domain/index.ts';
import { buildServer, type TallyApp } from '../src/server/index.ts';
import type { Store } from '../src/store/index.ts';
import { sqliteTarget } from './store-support.ts';

interface ClaimPageBody {
  items: Claim[];
  total: number;
  totalCapped?: true;
  next?: string;
}

describe('claim pages over HTTP, paged by cursor', () => {
  const target = sqliteTarget();
  let store: Store;
  let app: TallyApp;
  beforeAll(async () => {
    store = await target.open();
    // More claims than a page counts, so the unfiltered listing stops counting.
    await seedWorkspace({
      store,
      claims: CLAIM_COUNT_CAP + 100,
      seed: 9,
      now: new Date('2025-04-04T00:00:00Z'),
    });
    app = await buildServer({ store, options: { webRoot: null } });
  });
  afterAll(async () => {
    await app.close();
    await target.cleanup();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<ClaimPageBody>() };
  };

  it('follows next from page to page, every claim of the filter once, in order', async () => {
    for (const filter of ['', '&status=accepted', '&country=PRK&category=munitions']) {
      const expected = await store.listClaims(
        Object.fromEntries(new URLSearchParams(filter.slice(1))) as Parameters<
          Store['listClaims']
        >[0],
      );
      const seen: string[] = [];
      let url = `/api/v1/claims?limit=50${filter}`;
      for (let pages = 0; pages <= expected.length; pages++) {
        const { status, body } = await get(url);
        expect(status).toBe(200);
        expect(body.total).toBe(Math.min(expected.length, CLAIM_COUNT_CAP));
        if (expected.length > CLAIM_COUNT_CAP) expect(body.totalCapped).toBe(true);
        else expect(body.totalCapped).toBeUndefined();
        seen.push(...body.items.map((claim) => claim.id));
        if (body.next === undefined) break;
        url = `/api/v1/claims?limit=50${filter}&after=${encodeURIComponent(body.next)}`;
      }
      expect(seen).toEqual(expected.map((claim) => claim.id));
    }
  });

  it('counts up to the cap and says it stopped, exactly below it', async () => {
    const all = await get('/api/v1/claims?limit=5');
    expect(all.body).toMatchObject({ total: CLAIM_COUNT_CAP, totalCapped: true });
    const accepted = (await store.listClaims({ status: 'accepted' })).length;
    expect(accepted).toBeLessThan(CLAIM_COUNT_CAP);
    const some = await get('/api/v1/claims?limit=5&status=accepted');
    expect(some.body.total).toBe(accepted);
    expect(some.body).not.toHaveProperty('totalCapped');
  });

  it('answers 400 naming a cursor it did not make', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/claims?after=bm9wZQ' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/claim cursor \\"bm9wZQ\\" is not one a claim page gave/u);
  });
});
