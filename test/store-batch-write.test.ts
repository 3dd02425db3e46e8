import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ExportRecord, Store } from '../src/store/index.ts';
import {
  describeEachDialect,
  documentId,
  makeClaim,
  makeDocument,
  makeEvent,
  type StoreTarget,
} from './store-support.ts';

/** A document of its own with two claims and an event, as bulk ingest hands them over. */
function bundle(seed: string, text = `Report ${seed}: 1,200 shells crossed the border.`) {
  const id = documentId(seed);
  return {
    document: makeDocument({ id, text, title: `Report ${seed}` }),
    claims: [1, 2].map((n) => makeClaim({ id: `${seed}-c${n}`, documentId: id })),
    events: [makeEvent({ id: `${seed}-e1`, documentId: id })],
  };
}

describeEachDialect('Store.saveDocuments, the batch write of bulk ingest', (makeTarget) => {
  let target: StoreTarget;
  let store: Store;
  beforeEach(async () => {
    target = makeTarget();
    store = await target.open();
  });
  afterEach(() => target.cleanup());

  it('stores a batch in order, each document with its claims, events and search entry', async () => {
    const batch = ['b1', 'b2', 'b3'].map((seed) => bundle(seed));
    expect(await store.saveDocuments(batch)).toEqual(['ingested', 'ingested', 'ingested']);
    expect(await store.counts()).toEqual({ documents: 3, claims: 6, events: 3 });
    for (const item of batch) {
      expect(await store.getDocument(item.document.id)).toEqual(item.document);
      expect(await store.listClaims({ documentId: item.document.id })).toEqual(item.claims);
    }
    const hits = await store.searchDocuments('Report b2');
    expect(hits.map((hit) => hit.documentId)).toContain(documentId('b2'));
  });

  it('calls a stored id, and the second of two equal ids in a batch, unchanged, storing their records once', async () => {
    await store.saveDocuments([bundle('c1')]);
    const outcomes = await store.saveDocuments([
      bundle('c2'),
      bundle('c1'),
      bundle('c3'),
      bundle('c2'),
    ]);
    expect(outcomes).toEqual(['ingested', 'unchanged', 'ingested', 'unchanged']);
    expect(await store.counts()).toEqual({ documents: 3, claims: 6, events: 3 });
  });

  it('stores more documents than fit one INSERT, keeping every outcome in its place', async () => {
    const batch = Array.from({ length: 1_203 }, (_, n) =>
      bundle(`a${n.toString(16).padStart(5, '0')}`),
    );
    const outcomes = await store.saveDocuments([...batch, bundle('a00000')]);
    expect(outcomes.filter((outcome) => outcome === 'ingested')).toHaveLength(1_203);
    expect(outcomes.at(-1)).toBe('unchanged');
    expect((await store.counts()).documents).toBe(1_203);
  }, 60_000);

  it('stores none of a batch when one claim cannot be stored', async () => {
    const good = bundle('d1');
    const bad = bundle('d2');
    const clash = { ...bad, claims: [bad.claims[0], bad.claims[0]].filter((c) => c !== undefined) };
    await expect(store.saveDocuments([good, clash])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
    expect(await store.searchDocuments('Report d1')).toEqual([]);
  });
});

describeEachDialect('Store.importRecords in batches, as migrate-to writes', (makeTarget) => {
  let target: StoreTarget;
  afterEach(() => target.cleanup());

  async function exported(store: Store): Promise<ExportRecord[]> {
    const records: ExportRecord[] = [];
    for await (const item of store.exportRecords()) records.push(item);
    return records;
  }

  async function* from(records: readonly ExportRecord[]): AsyncGenerator<ExportRecord> {
    yield* records;
  }

  it('stores the same records batched as one by one, search entries included', async () => {
    target = makeTarget();
    const source = await target.open();
    await source.saveDocuments(['e1', 'e2', 'e3', 'e4', 'e5'].map((seed) => bundle(seed)));
    await source.saveEntity({
      id: 'country:RUS',
      kind: 'country',
      name: 'Russia',
      country: 'RUS',
      aliases: [],
    });
    const records = await exported(source);
    const single = await target.open();
    await single.importRecords(from(records));
    const batched = await target.open();
    // 4 records a batch: batches end between a document and its claims.
    expect(await batched.importRecords(from(records), { batch: 4 })).toEqual({
      imported: records.length,
    });
    expect(await exported(batched)).toEqual(await exported(single));
    expect((await batched.searchDocuments('Report e4')).map((hit) => hit.documentId)).toContain(
      documentId('e4'),
    );
  });

  it('stores nothing when a record of a batch already exists, naming the batch', async () => {
    target = makeTarget();
    const source = await target.open();
    await source.saveDocuments([bundle('f1'), bundle('f2')]);
    const records = await exported(source);
    const store = await target.open();
    await expect(
      store.importRecords(from([...records, ...records.slice(0, 2)]), { batch: 100 }),
    ).rejects.toThrow('A record of this batch already exists in the workspace');
    expect(await store.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
  });
});
