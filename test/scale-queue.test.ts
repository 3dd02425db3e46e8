import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdOf, enqueue, runWorker, syntheticArticle } from '../src/app/index.ts';
import type { Store } from '../src/store/index.ts';
import { describeEachDialect, describeWithPostgres, type StoreTarget } from './store-support.ts';

const bin = fileURLToPath(new URL('../bin/tally.js', import.meta.url));
const AT = '2025-01-01T00:00:00.000Z';
const claimOptions = { limit: 1, leaseMs: 1_000, maxAttempts: 3 };

describeEachDialect('ingest job queue', (makeTarget) => {
  let target: StoreTarget;
  let store: Store;
  beforeAll(async () => {
    target = makeTarget();
    store = await target.open();
  });
  afterAll(() => target.cleanup());

  it('leases each job to one worker, hands an expired lease to another, and refuses the late finish', async () => {
    expect(await store.enqueueJobs(['/data/a.md', '/data/b.md', '/data/a.md'], AT)).toBe(2);
    expect(await store.enqueueJobs(['/data/a.md'], AT)).toBe(0);
    const [first] = await store.claimJobs({ ...claimOptions, worker: 'w1', now: 1_000 });
    const [second] = await store.claimJobs({ ...claimOptions, worker: 'w2', now: 1_000 });
    expect(first?.source).toBe('/data/a.md');
    expect(second?.source).toBe('/data/b.md');
    expect(await store.claimJobs({ ...claimOptions, worker: 'w3', now: 1_500 })).toEqual([]);
    // w1 went quiet: after its lease ends w3 takes the job over.
    const [taken] = await store.claimJobs({ ...claimOptions, worker: 'w3', now: 2_001 });
    expect(taken).toMatchObject({ id: first?.id, worker: 'w3', attempts: 2 });
    const done = { state: 'done', documentId: 'd'.repeat(64), outcome: 'ingested' } as const;
    expect(await store.finishJob({ id: first?.id ?? 0, worker: 'w1', at: AT, result: done })).toBe(
      false,
    );
    expect(await store.finishJob({ id: first?.id ?? 0, worker: 'w3', at: AT, result: done })).toBe(
      true,
    );
    expect(
      await store.renewJobs({ worker: 'w2', ids: [second?.id ?? 0], leaseUntil: 9_000 }),
    ).toEqual([second?.id]);
    expect(await store.jobCounts()).toEqual({ queued: 0, running: 1, done: 1, failed: 0 });
  });

  it('fails a job whose worker died on it as many times as allowed, and queues a failed job again on request', async () => {
    store = await target.open();
    await store.enqueueJobs(['/data/poison.md'], AT);
    const id = (await store.listJobs({ state: 'queued' }))[0]?.id;
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = 10_000 + attempt * 2_000;
      const [job] = await store.claimJobs({ ...claimOptions, worker: `w${attempt}`, now });
      expect(job?.id).toBe(id);
    }
    expect(await store.claimJobs({ ...claimOptions, worker: 'w9', now: 20_000 })).toEqual([]);
    const failed = await store.listJobs({ state: 'failed' });
    expect(failed.map((job) => [job.source, job.error])).toEqual([
      ['/data/poison.md', 'gave up after 3 attempts: its worker stopped each time'],
    ]);
    expect(await store.enqueueJobs(['/data/poison.md'], AT)).toBe(1);
    expect((await store.listJobs({ state: 'queued' })).map((job) => job.attempts)).toEqual([0]);
  });
});

describe('a worker in process', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tally-scale-queue-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('ingests every queued file once, reports a bad file as a failed job, and stops when drained', async () => {
    const { openStore } = await import('../src/store/index.ts');
    const store = await openStore({ workspace: join(folder, 'ws'), env: {} });
    try {
      for (let index = 0; index < 4; index++) {
        const article = syntheticArticle({ seed: 21, index, claims: 3 });
        writeFileSync(join(folder, article.fileName), article.markdown);
      }
      writeFileSync(join(folder, 'empty.txt'), '');
      const queued = await enqueue({ store, inputs: [folder] });
      expect(queued).toEqual({ added: 5, known: 0, problems: [] });
      const report = await runWorker({ store, drain: true, pollMs: 10 });
      expect(report).toEqual({ done: 4, failed: 1, lost: 0 });
      expect((await store.counts()).documents).toBe(4);
      const failed = await store.listJobs({ state: 'failed' });
      expect(failed[0]?.error).toMatch(/empty\.txt: is empty$/);
    } finally {
      await store.close();
    }
  });
});

describeWithPostgres('three worker processes on one PostgreSQL workspace', (url) => {
  const DOCUMENTS = 36;
  const schema = `tally_scale_${process.pid}_${Date.now().toString(36)}`;
  const schemaUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let folder: string;
  const expectedIds = new Set<string>();
  const children: ChildProcess[] = [];

  const query = async (text: string): Promise<Record<string, unknown>[]> => {
    const client = new pg.Client({ connectionString: schemaUrl });
    await client.connect();
    try {
      return (await client.query(text)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };

  const runTally = (args: readonly string[]) => {
    const child = spawn(process.execPath, [bin, '--database', schemaUrl, ...args], {
      env: { ...process.env, TALLY_DATABASE_URL: '', TALLY_WORKSPACE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null; output: string }>(
      (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })),
    );
    return { child, exited };
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tally-scale-workers-'));
    for (let index = 0; index < DOCUMENTS; index++) {
      // Long enough that a worker spends most of its time inside a job, where the kill lands.
      const article = syntheticArticle({ seed: 31, index, claims: 12, targetBytes: 12_000 });
      writeFileSync(join(folder, article.fileName), article.markdown);
      expectedIds.add(documentIdOf(article.markdown));
    }
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores every document exactly once when one of three workers is killed mid-run', async () => {
    const queued = await runTally(['enqueue', folder]).exited;
    expect(queued.output).toContain(`${DOCUMENTS} jobs queued`);
    const flags = ['worker', '--drain', '--lease', '2', '--poll-ms', '100', '--quiet'];
    const victim = runTally([...flags, '--name', 'victim']);
    const survivors = [
      runTally([...flags, '--name', 'survivor-1']),
      runTally([...flags, '--name', 'survivor-2']),
    ];
    // Kill the victim while it holds a lease, after it has finished some work of its own. It is
    // frozen first and the lease checked while it cannot move, so the kill lands inside a job
    // however slowly this machine answers the query.
    const deadline = Date.now() + 60_000;
    let held: string[] = [];
    for (;;) {
      const rows = await query(
        `select (select count(*) from ingest_jobs where worker = 'victim' and state = 'done') as done,
                (select count(*) from ingest_jobs where worker = 'victim' and state = 'running') as running`,
      );
      if (Number(rows[0]?.done) >= 1 && Number(rows[0]?.running) >= 1) {
        victim.child.kill('SIGSTOP');
        const running = await query(
          `select id from ingest_jobs where worker = 'victim' and state = 'running'`,
        );
        held = running.map((row) => String(row.id));
        if (held.length > 0) break;
        victim.child.kill('SIGCONT');
      }
      if (Date.now() > deadline) throw new Error('the victim never held a job');
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    victim.child.kill('SIGKILL');
    const killed = await victim.exited;
    expect(killed.signal).toBe('SIGKILL');
    const finished = await Promise.all(survivors.map((survivor) => survivor.exited));
    for (const survivor of finished) expect(survivor.code, survivor.output).toBe(0);

    const jobs = await query('select id, state, attempts, worker from ingest_jobs');
    expect(jobs).toHaveLength(DOCUMENTS);
    expect(jobs.filter((job) => job.state !== 'done')).toEqual([]);
    // The jobs the victim held were taken over after their leases ran out.
    const takenOver = jobs.filter((job) => held.includes(String(job.id)));
    expect(takenOver).toHaveLength(held.length);
    for (const job of takenOver) {
      expect(Number(job.attempts)).toBeGreaterThanOrEqual(2);
      expect(String(job.worker)).toMatch(/^survivor-/u);
    }
    const documents = await query('select id from documents');
    expect(documents).toHaveLength(DOCUMENTS);
    expect(new Set(documents.map((row) => String(row.id)))).toEqual(expectedIds);
    const claims = await query(
      'select document_id, count(*) as n, count(distinct span_start) as spans from claims group by document_id',
    );
    expect(claims).toHaveLength(DOCUMENTS);
    for (const row of claims) expect(Number(row.n)).toBe(Number(row.spans));
  }, 120_000);
});
