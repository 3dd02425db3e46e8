import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from '../src/app/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { exportedRecords } from './store-support.ts';
import { runCli } from './cli-support.ts';

const NOW = new Date('2025-06-01T00:00:00.000Z');
let folder: string;
const stores: Store[] = [];

async function workspace(name: string): Promise<Store> {
  const store = await openStore({ workspace: join(folder, name), env: {} });
  stores.push(store);
  return store;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tally-scale-seed-'));
});

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  rmSync(folder, { recursive: true, force: true });
});

describe('synthetic workspace seed', () => {
  it('adds exactly the claims asked for, in batches, across documents of ten', async () => {
    const store = await workspace('count');
    const progress: number[] = [];
    const report = await seedWorkspace({
      store,
      claims: 95,
      seed: 3,
      now: NOW,
      batchSize: 4,
      onProgress: (done) => progress.push(done),
    });
    expect(report).toEqual({ documents: 10, claims: 95, unchanged: 0 });
    expect(progress).toEqual([40, 80, 95]);
    expect(await store.counts()).toEqual({ documents: 10, claims: 95, events: 0 });
    const statuses = new Set((await store.listClaims()).map((claim) => claim.status));
    expect(statuses).toEqual(new Set(['proposed', 'accepted', 'rejected']));
  });

  it('builds the same workspace for the same seed, another for another seed, and adds nothing twice', async () => {
    const first = await workspace('first');
    const second = await workspace('second');
    const other = await workspace('other');
    await seedWorkspace({ store: first, claims: 60, seed: 8, now: NOW });
    await seedWorkspace({ store: second, claims: 60, seed: 8, now: NOW });
    await seedWorkspace({ store: other, claims: 60, seed: 9, now: NOW });
    expect(await exportedRecords(second)).toEqual(await exportedRecords(first));
    expect(await exportedRecords(other)).not.toEqual(await exportedRecords(first));
    const again = await seedWorkspace({ store: first, claims: 60, seed: 8, now: NOW });
    expect(again).toEqual({ documents: 0, claims: 0, unchanged: 6 });
  });

  it('is reachable as tally bench seed --claims N, and refuses a count that is not a number', async () => {
    const path = join(folder, 'cli');
    const run = await runCli(['--workspace', path, 'bench', 'seed', '--claims', '25', '--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ documents: 3, claims: 25, unchanged: 0 });
    const bad = await runCli(['--workspace', path, 'bench', 'seed', '--claims', 'many']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--claims');
  });
});
