import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkIngest } from '../src/app/bulk-ingest.ts';
import { ingest, syntheticArticle } from '../src/app/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { exportedRecords } from './store-support.ts';

const CLOCK = () => new Date('2025-03-04T05:06:07.000Z');
let folder: string;
const stores: Store[] = [];

async function workspace(name: string): Promise<Store> {
  const store = await openStore({ workspace: join(folder, name), env: {} });
  stores.push(store);
  return store;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tally-scale-bulk-'));
  const docs = join(folder, 'docs');
  mkdirSync(join(docs, 'nested'), { recursive: true });
  for (let index = 0; index < 24; index++) {
    const article = syntheticArticle({ seed: 11, index, claims: 5, targetBytes: 2_000 });
    const where = index % 3 === 0 ? join(docs, 'nested') : docs;
    writeFileSync(join(where, article.fileName), article.markdown);
  }
  // The same text twice, an empty file and a binary one: outcomes must match ingest's.
  const copy = syntheticArticle({ seed: 11, index: 1, claims: 5, targetBytes: 2_000 });
  writeFileSync(join(docs, 'zz-copy.md'), copy.markdown);
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
});

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  rmSync(folder, { recursive: true, force: true });
});

describe('bulk ingest with worker threads', () => {
  it('stores with 2 workers exactly what a single-threaded ingest stores, file outcome for file outcome', async () => {
    const single = await workspace('single');
    const bulk = await workspace('bulk');
    const expected = await ingest({ store: single, inputs: ['docs'], cwd: folder, clock: CLOCK });
    const seen: string[] = [];
    const report = await bulkIngest({
      store: bulk,
      inputs: ['docs'],
      cwd: folder,
      clock: CLOCK,
      workers: 2,
      batchSize: 5,
      onFile: (result) => seen.push(result.path),
    });
    expect(report).toEqual(expected);
    expect(report.ingested).toBe(24);
    expect(report.unchanged).toBe(1);
    expect(report.failed).toBe(2);
    expect(seen).toEqual(expected.files.map((file) => file.path));
    expect(await exportedRecords(bulk)).toEqual(await exportedRecords(single));
  });

  it('reports every file unchanged on a second run, and stores nothing more', async () => {
    const store = await workspace('rerun');
    await bulkIngest({ store, inputs: ['docs'], cwd: folder, clock: CLOCK, workers: 2 });
    const before = await store.counts();
    const again = await bulkIngest({ store, inputs: ['docs'], cwd: folder, workers: 2 });
    expect(again.ingested).toBe(0);
    expect(again.unchanged).toBe(25);
    expect(again.failed).toBe(2);
    expect(await store.counts()).toEqual(before);
  });

  it('resumes a run stopped half-way: only the missing documents are ingested', async () => {
    const store = await workspace('resume');
    const half = await bulkIngest({
      store,
      inputs: [join('docs', 'nested')],
      cwd: folder,
      workers: 0,
    });
    expect(half.ingested).toBe(8);
    const rest = await bulkIngest({ store, inputs: ['docs'], cwd: folder, workers: 2 });
    expect(rest.ingested).toBe(16);
    expect(rest.unchanged).toBe(9);
    expect((await store.counts()).documents).toBe(24);
  });
});
