import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken, ingest } from '../src/app/index.ts';
import { buildServer, type TallyApp } from '../src/server/index.ts';
import type { Store } from '../src/store/index.ts';
import { bearer } from './server-support.ts';
import { describeWithPostgres, postgresTarget, type StoreTarget } from './store-support.ts';

const run = promisify(execFile);
const corpus = new URL('../corpus', import.meta.url).pathname;

/** The local cluster to restart, if this machine lets us (CI runs as root with pg_ctlcluster). */
function findCluster(): { version: string; name: string } | undefined {
  try {
    const [first] = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const [version, name] = (first ?? '').split(/\s+/u);
    if (!version || !name || process.getuid?.() !== 0) return undefined;
    return { version, name };
  } catch {
    return undefined;
  }
}
const cluster = findCluster();
if (!cluster && process.env.CI === 'true') {
  throw new Error('CI=true but no PostgreSQL cluster can be restarted here (pg_lsclusters, root)');
}
if (!cluster) {
  process.stderr.write(
    '\n*** SKIPPED: PostgreSQL restart suite: needs root and pg_ctlcluster. ***\n\n',
  );
}

describeWithPostgres('PostgreSQL restarted under load', (url) => {
  let target: StoreTarget;
  let store: Store;
  let app: TallyApp;
  let token: string;
  let claimIds: string[];
  beforeAll(async () => {
    target = postgresTarget(url);
    store = await target.open();
    await ingest({ store, inputs: ['briefing-troops-and-munitions.md'], cwd: corpus });
    token = (await createToken({ store, name: 'under-load', role: 'analyst' })).token;
    app = await buildServer({ store, options: { webRoot: null } });
    await app.ready();
    claimIds = (await store.listClaims({ limit: 20 })).map((claim) => claim.id);
  });
  afterAll(async () => {
    await app?.close();
    await target?.cleanup();
  });

  it.runIf(cluster !== undefined)(
    'stays up, answers 503 while it is down, recovers within 10 s, and keeps every acknowledged review',
    async () => {
      const acknowledged: string[] = [];
      const statuses = new Map<number, number>();
      let restarted: number | undefined;
      const restart = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await run('pg_ctlcluster', [cluster!.version, cluster!.name, 'restart']);
        restarted = Date.now();
      })();
      let recoveredAt: number | undefined;
      for (let i = 0; recoveredAt === undefined; i++) {
        const reason = `load-${i}`;
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1/claims/${claimIds[i % claimIds.length]}/edit`,
          headers: { ...bearer(token), 'content-type': 'application/json' },
          payload: { changes: { value: 1000 + i }, reason },
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect([200, 503], response.body).toContain(response.statusCode);
        if (response.statusCode === 200) {
          acknowledged.push(reason);
          if (restarted !== undefined) recoveredAt = Date.now();
        } else {
          expect(response.headers['retry-after']).toMatch(/^\d+$/u);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        if (restarted !== undefined) expect(Date.now() - restarted).toBeLessThan(10_000);
      }
      await restart;
      const reasons = new Set((await store.listAudit()).map((entry) => entry.reason));
      expect(acknowledged.filter((reason) => !reasons.has(reason))).toEqual([]);
      process.stdout.write(
        `PostgreSQL restart: ${acknowledged.length} reviews acknowledged, statuses ${JSON.stringify([...statuses])}, ` +
          `first success ${recoveredAt - (restarted ?? recoveredAt)} ms after the restart returned\n`,
      );
    },
    60_000,
  );
});
