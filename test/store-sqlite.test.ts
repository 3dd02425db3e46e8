import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.ts';
import { documentId, makeClaim, makeDocument } from './store-support.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tally-store-sqlite-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the SQLite full-text index', () => {
  it('matches the documents table exactly after saves, a rolled-back save and an import', async () => {
    const store = await openStore({ workspace: scratch, env: {} });
    const first = makeDocument({ id: documentId('1f'), title: null });
    const second = makeDocument({
      id: documentId('2f'),
      text: 'Rail cars carried the crates north.',
    });
    await store.saveDocument({ document: first, claims: [], events: [] });
    const clash = makeClaim({ id: 'dup', documentId: second.id });
    await expect(
      store.saveDocument({ document: second, claims: [clash, clash], events: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    async function* records() {
      yield { kind: 'document' as const, record: second };
    }
    await store.importRecords(records());
    await store.close();

    const db = new Sqlite(join(scratch, 'tally.db'));
    try {
      // FTS5 compares every indexed token with the content table and throws on any difference.
      expect(() =>
        db
          .prepare("insert into documents_fts (documents_fts, rank) values ('integrity-check', 1)")
          .run(),
      ).not.toThrow();
      const indexed = db.prepare('select count(*) as n from documents_fts').get() as { n: number };
      expect(indexed.n).toBe(2);
    } finally {
      db.close();
    }
  });

  it('notices an index out of step with its documents (the check above can fail)', async () => {
    const folder = join(scratch, 'drift');
    const store = await openStore({ workspace: folder, env: {} });
    await store.saveDocument({
      document: makeDocument({ id: documentId('3f') }),
      claims: [],
      events: [],
    });
    await store.close();
    const db = new Sqlite(join(folder, 'tally.db'));
    try {
      db.prepare("update documents set text = 'something else entirely'").run();
      expect(() =>
        db
          .prepare("insert into documents_fts (documents_fts, rank) values ('integrity-check', 1)")
          .run(),
      ).toThrow();
    } finally {
      db.close();
    }
  });
});
