import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, ingest } from '../src/app/index.ts';
import { buildServer, type TallyApp } from '../src/server/index.ts';
import type { Store } from '../src/store/index.ts';
import { bearer } from './server-support.ts';
import { postgresTarget, type StoreTarget } from './store-support.ts';

const run = promisify(execFile);
const corpus = new URL('../corpus', import.meta.url).pathname;

/**
 * A PostgreSQL version this machine can make clusters of, when it lets us (root with
 * pg_createcluster, as CI has). The suite restarts a private cluster of its own: restarting the
 * shared one would cut the connections of every other PostgreSQL suite running beside it.
 */
function findVersion(): string | undefined {
  try {
    if (process.getuid?.() !== 0) return undefined;
    if (!existsSync('/usr/bin/pg_createcluster')) return undefined;
    const versions = readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/u.test(name));
    return versions.sort((x, y) => Number(y) - Number(x))[0];
  } catch {
    return undefined;
  }
}
const version = findVersion();
if (!version && process.env.CI === 'true') {
  throw new Error('CI=true but no PostgreSQL cluster can be created here (pg_createcluster, root)');
}
if (!version) {
  process.stderr.write(
    '\n*** SKIPPED: PostgreSQL restart suite: needs root and pg_createcluster. ***\n\n',
  );
}

// Named and placed per process: two test runs on one machine (as on a shared workstation) would
// otherwise drop or restart each other's cluster mid-test.
const cluster = {
  name: `tally_restart_${process.pid}`,
  port: String(55_000 + (process.pid % 900)),
};
const dropCluster = (name: string = cluster.name) => {
  try {
    execFileSync('pg_dropcluster', ['--stop', version!, name], { stdio: 'ignore' });
  } catch {
    // Not there: nothing to drop.
  }
};
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** Clusters left by interrupted runs whose process is gone (and the one fixed name used before). */
const dropStaleClusters = () => {
  const configs = `/etc/postgresql/${version!}`;
  if (!existsSync(configs)) return;
  for (const name of readdirSync(configs)) {
    const owner = /^tally_restart_(\d+)$/u.exec(name)?.[1];
    if (name === 'tally_restart_test' || (owner !== undefined && !alive(Number(owner)))) {
      dropCluster(name);
    }
  }
};

describe.runIf(version !== undefined)('PostgreSQL restarted under load', () => {
  const url = `postgres://postgres@127.0.0.1:${cluster.port}/postgres`;
  let target: StoreTarget;
  let store: Store;
  let app: TallyApp;
  let token: string;
  let claimIds: string[];
  beforeAll(async () => {
    dropStaleClusters();
    dropCluster(); // this process's own, should a retry have left it
    execFileSync(
      'pg_createcluster',
      [version!, cluster.name, '-p', cluster.port, '--start', '--', '-A', 'trust'],
      { stdio: 'ignore' },
    );
    target = postgresTarget(url);
    store = await target.open();
    await ingest({ store, inputs: ['briefing-troops-and-munitions.md'], cwd: corpus });
    token = (await createToken({ store, name: 'under-load', role: 'analyst' })).token;
    // The load here is the point: the write rate limit must not answer before the database does.
    app = await buildServer({
      store,
      options: { webRoot: null, rateLimit: { writesPerMinute: 100_000 } },
    });
    await app.ready();
    claimIds = (await store.listClaims({ limit: 20 })).map((claim) => claim.id);
  });
  afterAll(async () => {
    await app?.close();
    await target?.cleanup();
    dropCluster();
  });

  it('stays up, answers 503 while it is down, recovers within 10 s, and keeps every acknowledged review', async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let restarted: number | undefined;
    const restart = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await run('pg_ctlcluster', [version!, cluster.name, 'restart']);
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
  }, 60_000);
});
