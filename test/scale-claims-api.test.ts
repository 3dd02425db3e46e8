import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from '../src/app/index.ts';
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
    await seedWorkspace({ store, claims: 120, seed: 9, now: new Date('2025-04-04T00:00:00Z') });
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
      let url = `/api/v1/claims?limit=9${filter}`;
      for (let pages = 0; pages <= expected.length; pages++) {
        const { status, body } = await get(url);
        expect(status).toBe(200);
        expect(body.total).toBe(expected.length);
        expect(body.totalCapped).toBeUndefined();
        seen.push(...body.items.map((claim) => claim.id));
        if (body.next === undefined) break;
        url = `/api/v1/claims?limit=9${filter}&after=${encodeURIComponent(body.next)}`;
      }
      expect(seen).toEqual(expected.map((claim) => claim.id));
    }
  });

  it('answers 400 naming a cursor it did not make', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/claims?after=bm9wZQ' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/claim cursor \\"bm9wZQ\\" is not one a claim page gave/u);
  });
});
