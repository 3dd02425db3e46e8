import { dirname } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, reviewClaim } from '../src/app/index.ts';
import { TallyError } from '../src/domain/index.ts';
import { buildServer, type TallyApp } from '../src/server/index.ts';
import { openStore, type ClaimUpdate, type Store } from '../src/store/index.ts';
import { bearer, openServerFixture, type ServerFixture } from './server-support.ts';
import { describeWithPostgres } from './store-support.ts';

let fixture: ServerFixture;
let claimIds: string[];

beforeAll(async () => {
  fixture = await openServerFixture();
  // Few enough that three rounds stay under the analyst token's writes a minute.
  claimIds = (await fixture.store.listClaims({ limit: 40 })).map((claim) => claim.id);
}, 60_000);
afterAll(async () => fixture?.close());

const edit = (app: TallyApp, { claimId, value }: { claimId: string; value: number }) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/claims/${claimId}/edit`,
    headers: bearer(fixture.tokens.analyst),
    payload: { changes: { value }, reason: 'load test' },
  });

/** A sentence of our own, repeated: each line carries a figure the extractor reads as a claim. */
const largeText = (lines: number) =>
  Array.from(
    { length: lines },
    (_, i) => `Line ${i}: a depot on the coast logged ${1000 + i} crates of shells in 2024.`,
  ).join('\n');

describe('review writes under load', () => {
  it('stores exactly the reviews it acknowledged when many arrive at once', async () => {
    const before = (await fixture.store.listAudit()).length;
    // Several rounds over every claim, all in flight together: same-claim edits must queue.
    const edits = Array.from({ length: 3 * claimIds.length }, (_, i) => ({
      claimId: claimIds[i % claimIds.length] as string,
      value: 10_000 + i,
    }));
    const replies = await Promise.all(edits.map((change) => edit(fixture.app, change)));
    const acknowledged = replies.filter((reply) => reply.statusCode === 200);
    expect(acknowledged).toHaveLength(edits.length);
    const audit = await fixture.store.listAudit();
    expect(audit.length - before).toBe(acknowledged.length);
    const stored = new Set(audit.map((entry) => entry.id));
    for (const reply of acknowledged) expect(stored.has(reply.json().audit.id)).toBe(true);
    // Each claim ends with its last edit: the rounds ran in turn, none lost to another.
    const lastRound = edits.slice(-claimIds.length);
    for (const { claimId, value } of lastRound) {
      expect((await fixture.store.getClaim(claimId))?.value).toBe(value);
    }
  });

  it('acknowledges none of a batch whose commit fails, and stores none of it', async () => {
    const before = (await fixture.store.listAudit()).length;
    const batches: number[] = [];
    const failing: Store = {
      ...fixture.store,
      updateClaims: async (changes: readonly ClaimUpdate[]) => {
        batches.push(changes.length);
        throw new TallyError('STORE_UNAVAILABLE', 'the disk is full');
      },
    };
    const app = await buildServer({ store: failing, options: { webRoot: null } });
    try {
      const replies = await Promise.all(
        claimIds.slice(0, 5).map((claimId, i) => edit(app, { claimId, value: 1 + i })),
      );
      expect(replies.map((reply) => reply.statusCode)).toEqual([503, 503, 503, 503, 503]);
      expect(replies[0]?.headers['retry-after']).toBeDefined();
      // The five shared one transaction: one failed commit answered them all.
      expect(batches).toEqual([5]);
      expect((await fixture.store.listAudit()).length).toBe(before);
    } finally {
      await app.close();
    }
  });
});

describe('reads answered from the cache', () => {
  it('never answers with what a later change, here or from another process, has replaced', async () => {
    const [claimId] = claimIds as [string];
    const read = async () => (await fixture.app.inject(`/api/v1/claims/${claimId}`)).json();
    const page = async () => (await fixture.app.inject('/api/v1/claims?limit=40')).json();
    await read();
    await page();
    expect((await edit(fixture.app, { claimId, value: 777 })).statusCode).toBe(200);
    expect((await read()).claim.value).toBe(777);
    // Another process: its own connection to the workspace, as `tally claims edit` would use.
    const other = await openStore({ workspace: dirname(fixture.store.location), env: {} });
    try {
      await reviewClaim({
        store: other,
        claimId,
        action: { kind: 'edit', changes: { value: 888 } },
        reviewer: 'outside',
      });
    } finally {
      await other.close();
    }
    expect((await read()).claim.value).toBe(888);
    const listed = (await page()).items.find((item: { id: string }) => item.id === claimId);
    expect(listed.value).toBe(888);
  });
});

describe('overload', () => {
  it('answers 503 with Retry-After at once while the event loop runs late, then serves again', async () => {
    const app = await buildServer({
      store: fixture.store,
      options: { webRoot: null, maxEventLoopDelayMs: 100 },
    });
    try {
      await app.ready();
      const hold = async () => {
        const until = performance.now() + 400;
        while (performance.now() < until);
        // A turn for the delay timer to measure the pause.
        await new Promise((resolve) => setTimeout(resolve, 0));
      };
      // One long pause (a collection, a large body) is over: requests are still served.
      await hold();
      expect((await app.inject('/api/v1/overview')).statusCode).toBe(200);
      // The thread held again and again, as a flood of requests holds it.
      await hold();
      await hold();
      const refused = await app.inject('/api/v1/overview');
      expect(refused.statusCode).toBe(503);
      expect(refused.json().error.code).toBe('OVERLOADED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      let served = 0;
      for (let attempt = 0; attempt < 100 && served !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        served = (await app.inject('/api/v1/overview')).statusCode;
      }
      expect(served).toBe(200);
    } finally {
      await app.close();
    }
  });
});

// The uploads go with the admin token: the analyst's changes a minute are spent on the reviews.
describe('ingest beside reads', () => {
  it('keeps answering reads while a large upload is being extracted and stored', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    let uploaded = false;
    const upload = fixture.app
      .inject({
        method: 'POST',
        url: '/api/v1/ingest/text',
        headers: bearer(fixture.tokens.admin),
        payload: { text: largeText(4000), title: 'A long depot log' },
      })
      .finally(() => (uploaded = true));
    let readsMeanwhile = 0;
    while (!uploaded) {
      // A turn of the event loop between reads, as between requests from a socket.
      await new Promise((resolve) => setImmediate(resolve));
      const read = await fixture.app.inject('/api/v1/overview');
      expect(read.statusCode).toBe(200);
      if (!uploaded) readsMeanwhile++;
    }
    delay.disable();
    const took = performance.now() - started;
    expect(readsMeanwhile).toBeGreaterThan(0);
    // On the server's own thread the extraction alone held the loop for most of the upload;
    // compared with the upload's own length, so a slow machine slows both alike.
    expect(delay.max / 1e6).toBeLessThan(took / 4);
    const reply = await upload;
    expect(reply.statusCode).toBe(200);
    const { documentId, claims } = reply.json();
    expect(claims).toBeGreaterThan(3000);
    // Stored through the thread's own connection, and seen by the server's.
    expect(await fixture.store.countClaims({ documentId })).toBe(claims);
    const again = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/text',
      headers: bearer(fixture.tokens.admin),
      payload: { text: largeText(4000) },
    });
    expect(again.json()).toMatchObject({ status: 'unchanged', documentId, claims });
  }, 60_000);

  it('ingests on the server thread when asked to, with the same answer', async () => {
    const app = await buildServer({
      store: fixture.store,
      options: { webRoot: null, ingestThread: false },
    });
    try {
      const reply = await app.inject({
        method: 'POST',
        url: '/api/v1/ingest/text',
        headers: bearer(fixture.tokens.admin),
        payload: { text: largeText(20) },
      });
      expect(reply.statusCode).toBe(200);
      expect(reply.json()).toMatchObject({ status: 'ingested', claims: 20, events: 0 });
    } finally {
      await app.close();
    }
  }, 60_000);
});

describeWithPostgres('ingest thread on PostgreSQL', (url) => {
  it('stores an upload through its own pool when told how to reopen the workspace', async () => {
    const schema = `tally_load_${process.pid}_${Date.now().toString(36)}`;
    const reopen = { databaseUrl: url, schema, env: {} };
    const store = await openStore(reopen);
    const { token } = await createToken({ store, name: 'loader', role: 'analyst' });
    const app = await buildServer({ store, reopen, options: { webRoot: null } });
    try {
      const reply = await app.inject({
        method: 'POST',
        url: '/api/v1/ingest/text',
        headers: bearer(token),
        payload: { text: largeText(30) },
      });
      expect(reply.statusCode).toBe(200);
      const { documentId, claims } = reply.json();
      expect(claims).toBe(30);
      expect(await store.countClaims({ documentId })).toBe(30);
    } finally {
      await app.close();
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  }, 60_000);
});
