import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, openServerFixture, type ServerFixture } from './server-support.ts';

const LOCK_MS = 7_000;

let fixture: ServerFixture;
let claimId: string;
beforeAll(async () => {
  fixture = await openServerFixture();
  const page = (await fixture.app.inject('/api/v1/claims?status=proposed&limit=1')).json();
  claimId = page.items[0].id;
});
afterAll(async () => {
  await fixture.close();
});

/**
 * Another process takes the workspace's write lock and holds it for `ms`; resolves once the
 * lock is held, with a promise for the process's exit.
 */
function holdWriteLock(database: string, ms: number): Promise<{ exited: Promise<number> }> {
  const script = `
    const Sqlite = require('better-sqlite3');
    const db = new Sqlite(process.argv[1]);
    db.exec('begin exclusive');
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('commit');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, database, String(ms)], {
    cwd: fixture.folder,
    env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('locked')) resolve({ exited });
    });
    child.on('error', reject);
    void exited.then((code) => reject(new Error(`the lock holder exited early (${code})`)));
  });
}

describe('a workspace locked by another process for 7 s', () => {
  it('answers writes 503 with Retry-After, keeps serving, and takes writes again once free', async () => {
    const database = join(fixture.folder, 'workspace', 'tally.db');
    const { exited } = await holdWriteLock(database, LOCK_MS);
    const lockedAt = Date.now();
    // The event loop must stay free while a write waits for the lock.
    let longestGap = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 20);
    try {
      const write = await fixture.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claimId}/accept`,
        headers: { ...bearer(fixture.tokens.analyst), 'content-type': 'application/json' },
        payload: {},
      });
      expect(Date.now() - lockedAt).toBeLessThan(LOCK_MS);
      expect(write.statusCode).toBe(503);
      expect(write.headers['retry-after']).toMatch(/^\d+$/u);
      expect(write.json()).toEqual({
        error: { code: 'STORE_UNAVAILABLE', message: 'The workspace is unavailable' },
      });
      const read = await fixture.app.inject('/api/v1/claims?limit=1');
      expect(read.statusCode).toBe(200);
      expect(longestGap).toBeLessThan(1_000);
    } finally {
      clearInterval(ticker);
    }
    expect((await fixture.store.getClaim(claimId))?.status).toBe('proposed');
    expect(await exited).toBe(0);
    const retried = await fixture.app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimId}/accept`,
      headers: { ...bearer(fixture.tokens.analyst), 'content-type': 'application/json' },
      payload: {},
    });
    expect(retried.statusCode).toBe(200);
    expect((await fixture.store.getClaim(claimId))?.status).toBe('accepted');
  }, 20_000);
});
