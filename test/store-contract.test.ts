import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AuditEntry, Claim } from '../src/domain/index.ts';
import type { ExportRecord, Store } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import {
  collect,
  describeEachDialect,
  documentId,
  makeClaim,
  makeDocument,
  makeEvent,
  NOW,
  type StoreTarget,
} from './store-support.ts';

describeEachDialect('store contract', (makeTarget) => {
  let target: StoreTarget;
  let store: Store;

  beforeEach(async () => {
    target = makeTarget();
    store = await target.open();
  });
  afterEach(async () => {
    await target.cleanup();
  });

  const docA = makeDocument({ id: documentId('aa11'), title: 'Shells north' });
  const claimA1 = makeClaim({ id: 'aa11-c1', documentId: docA.id });
  const claimA2 = makeClaim({
    id: 'aa11-c2',
    documentId: docA.id,
    span: [60, 75],
    text: '11,000 troops',
    value: 11_000,
    low: null,
    qualifier: 'approx',
    unit: 'person',
    category: 'personnel',
    period: null,
    stage: null,
    attribution: null,
    status: 'accepted',
  });
  const eventA = makeEvent({ id: 'aa11-e1', documentId: docA.id });

  it('records the schema version it migrated to, once, however often the workspace opens', async () => {
    await store.close();
    store = await target.open({ same: true });
    const rows = await target.query('select version, name, applied_at from schema_migrations');
    expect(rows.map((row) => Number(row.version))).toEqual(
      MIGRATIONS.map((migration) => migration.version),
    );
    expect(String(rows[0]?.applied_at)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('gives back a saved document, its claims and its events exactly as given', async () => {
    expect(
      await store.saveDocument({ document: docA, claims: [claimA1, claimA2], events: [eventA] }),
    ).toBe('ingested');
    expect(await store.getDocument(docA.id)).toEqual(docA);
    expect(await store.hasDocument(docA.id)).toBe(true);
    expect(await store.listClaims({ documentId: docA.id })).toEqual([claimA1, claimA2]);
    expect(await store.getClaim(claimA2.id)).toEqual(claimA2);
    expect(await store.listEvents({ documentId: docA.id })).toEqual([eventA]);
    expect(await store.counts()).toEqual({ documents: 1, claims: 2, events: 1 });
  });

  it('keeps data across a close and reopen', async () => {
    await store.saveDocument({ document: docA, claims: [claimA1], events: [] });
    await store.close();
    store = await target.open({ same: true });
    expect(await store.getDocument(docA.id)).toEqual(docA);
    expect(await store.searchDocuments('shells')).toHaveLength(1);
  });

  it('reports a document it already holds as unchanged and stores it once, even when saved concurrently', async () => {
    const bundle = { document: docA, claims: [claimA1], events: [eventA] };
    const outcomes = await Promise.all([store.saveDocument(bundle), store.saveDocument(bundle)]);
    expect(outcomes.sort()).toEqual(['ingested', 'unchanged']);
    expect(await store.saveDocument(bundle)).toBe('unchanged');
    expect(await store.counts()).toEqual({ documents: 1, claims: 1, events: 1 });
    expect(await store.searchDocuments('shells')).toHaveLength(1);
  });

  it('stores nothing of a document whose claims cannot be stored, not even its search entry', async () => {
    const duplicate = makeClaim({ id: claimA1.id, documentId: docA.id, text: 'again' });
    await expect(
      store.saveDocument({ document: docA, claims: [claimA1, duplicate], events: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.hasDocument(docA.id)).toBe(false);
    expect(await store.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
    expect(await store.searchDocuments('shells')).toEqual([]);
    // The failed attempt must not block a correct one.
    expect(await store.saveDocument({ document: docA, claims: [claimA1], events: [] })).toBe(
      'ingested',
    );
  });

  it('refuses a claim that names another document, naming both ids', async () => {
    const stray = makeClaim({ id: 'stray', documentId: documentId('bb22') });
    await expect(
      store.saveDocument({ document: docA, claims: [stray], events: [] }),
    ).rejects.toThrow(/stray belongs to document bb22/);
    expect(await store.hasDocument(docA.id)).toBe(false);
  });

  it('refuses text that one of the databases could not hold (NUL, lone surrogate) the same way on both', async () => {
    const nul = makeDocument({ id: documentId('cc33'), text: 'before\u0000after' });
    await expect(
      store.saveDocument({ document: nul, claims: [], events: [] }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/text contains a NUL character/),
    });
    const surrogate = makeDocument({ id: documentId('cc34'), title: 'half \ud800 pair' });
    await expect(
      store.saveDocument({ document: surrogate, claims: [], events: [] }),
    ).rejects.toThrow(/title contains a lone UTF-16 surrogate/);
    expect(await store.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
  });

  it('resolves a document by full id or unambiguous prefix, and says when a prefix is ambiguous', async () => {
    const twin = makeDocument({ id: documentId('aa11f'), text: 'Another text entirely.' });
    await store.saveDocument({ document: docA, claims: [], events: [] });
    await store.saveDocument({ document: twin, claims: [], events: [] });
    expect(await store.resolveDocumentId(docA.id)).toBe(docA.id);
    expect(await store.resolveDocumentId('aa11f0')).toBe(twin.id);
    expect(await store.resolveDocumentId('AA1100')).toBe(docA.id);
    expect(await store.resolveDocumentId('aa11')).toBeUndefined();
    expect(await store.resolveDocumentId('ffffff')).toBeUndefined();
    expect(await store.resolveDocumentId("aa11' or 1=1")).toBeUndefined();
    await expect(store.resolveDocumentId('aa110')).resolves.toBeUndefined();
    const third = makeDocument({ id: documentId('aa1100f'), text: 'A third text.' });
    await store.saveDocument({ document: third, claims: [], events: [] });
    await expect(store.resolveDocumentId('aa1100')).rejects.toThrow(
      /matches more than one document/,
    );
  });

  it('lists documents newest first with their length and claim count, filtered and paged', async () => {
    const old = makeDocument({
      id: documentId('dd44'),
      title: '100% of_trade',
      publisher: 'Other Desk',
      published: '2023-05',
      text: 'Trade figures for the year.',
    });
    const undated = makeDocument({
      id: documentId('ee55'),
      title: null,
      published: null,
      text: 'No date.',
    });
    await store.saveDocument({ document: docA, claims: [claimA1, claimA2], events: [] });
    await store.saveDocument({ document: old, claims: [], events: [] });
    await store.saveDocument({ document: undated, claims: [], events: [] });

    const all = await store.listDocuments();
    expect(all.map((d) => d.id)).toEqual([docA.id, old.id, undated.id]);
    expect(all[0]).toMatchObject({ claimCount: 2, length: docA.text.length, title: docA.title });
    expect(all[0]).not.toHaveProperty('text');
    expect((await store.listDocuments({ publisher: 'Other Desk' })).map((d) => d.id)).toEqual([
      old.id,
    ]);
    expect((await store.listDocuments({ publishedFrom: '2024' })).map((d) => d.id)).toEqual([
      docA.id,
    ]);
    expect((await store.listDocuments({ publishedTo: '2023-05' })).map((d) => d.id)).toEqual([
      old.id,
    ]);
    expect((await store.listDocuments({ publishedTo: '2024-12' })).map((d) => d.id)).toEqual([
      docA.id,
      old.id,
    ]);
    expect((await store.listDocuments({ title: 'SHELLS' })).map((d) => d.id)).toEqual([docA.id]);
    // LIKE wildcards in the filter are literal characters.
    expect((await store.listDocuments({ title: '0% of_' })).map((d) => d.id)).toEqual([old.id]);
    expect(await store.listDocuments({ title: '%' })).toHaveLength(1);
    expect((await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual([old.id]);
    expect((await store.listDocuments({ offset: 2 })).map((d) => d.id)).toEqual([undated.id]);
    await expect(store.listDocuments({ limit: -1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('finds documents by words in their text, with a snippet around the match and the best first', async () => {
    const other = makeDocument({
      id: documentId('ff66'),
      title: 'Fuel',
      text: 'Russia delivered more than a million barrels of oil to North Korea, exceeding the cap. Oil oil oil.',
    });
    await store.saveDocument({ document: docA, claims: [], events: [] });
    await store.saveDocument({ document: other, claims: [], events: [] });

    const shells = await store.searchDocuments('artillery shell');
    expect(shells.map((hit) => hit.documentId)).toEqual([docA.id]);
    expect(shells[0]?.snippet).toContain('artillery shells');
    expect(shells[0]?.title).toBe(docA.title);

    const oil = await store.searchDocuments('barrels oil');
    expect(oil.map((hit) => hit.documentId)).toEqual([other.id]);
    expect(oil[0]?.snippet).toMatch(/barrels of oil/);

    expect(await store.searchDocuments('artillery barrels')).toEqual([]);
    expect(await store.searchDocuments('   ')).toEqual([]);
    expect(await store.searchDocuments('north korea', { limit: 1 })).toHaveLength(1);
    await expect(store.searchDocuments('oil', { limit: 0 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('stores a long document of distinct words and still finds it by a word near its start', async () => {
    // All-distinct words are the worst case for PostgreSQL's 1 MB tsvector limit.
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}`);
    const long = makeDocument({ id: documentId('10c'), text: `convoy ${words.join(' ')}` });
    expect(long.text.length).toBeGreaterThan(1_500_000);
    expect(await store.saveDocument({ document: long, claims: [], events: [] })).toBe('ingested');
    expect((await store.searchDocuments('convoy')).map((hit) => hit.documentId)).toEqual([long.id]);
    expect((await store.getDocument(long.id))?.text).toBe(long.text);
  });

  it('treats search syntax in the query as plain words, never as a syntax error', async () => {
    await store.saveDocument({ document: docA, claims: [], events: [] });
    for (const query of [
      '"shells',
      'shells"',
      '(shells',
      'shells)',
      'shells:*',
      '*shells',
      'shells^',
      '{shells}',
      "shells'",
      'shells & | ! ( ) :*',
      '-shells',
      '\\shells',
    ]) {
      const hits = await store.searchDocuments(query);
      expect(
        hits.map((hit) => hit.documentId),
        query,
      ).toEqual([docA.id]);
    }
    // Words the text lacks are still words, on both dialects alike; none is a stop word.
    for (const query of ['title:shells', 'NEAR(shells', 'shells OR']) {
      expect(await store.searchDocuments(query), query).toEqual([]);
    }
    expect(await store.searchDocuments('shells to')).toHaveLength(1);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 30 }), async (query) => {
        const hits = await store.searchDocuments(query);
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('filters claims by status, category and either end of the flow', async () => {
    await store.saveDocument({ document: docA, claims: [claimA1, claimA2], events: [] });
    const payment = makeClaim({
      id: 'aa11-c3',
      documentId: docA.id,
      span: [80, 90],
      category: 'money',
      unit: 'usd',
      from: 'RUS',
      to: 'PRK',
    });
    const docB = makeDocument({ id: documentId('ab12'), text: 'Other text.' });
    await store.saveDocument({
      document: docB,
      claims: [{ ...payment, documentId: docB.id, id: 'ab12-c1' }],
      events: [],
    });
    expect((await store.listClaims({ status: 'accepted' })).map((c) => c.id)).toEqual([claimA2.id]);
    expect((await store.listClaims({ category: 'money' })).map((c) => c.id)).toEqual(['ab12-c1']);
    expect((await store.listClaims({ country: 'PRK' })).map((c) => c.id)).toEqual([
      claimA1.id,
      claimA2.id,
      'ab12-c1',
    ]);
    expect(await store.listClaims({ country: 'UKR' })).toEqual([]);
    expect((await store.listClaims({ limit: 1, offset: 1 })).map((c) => c.id)).toEqual([
      claimA2.id,
    ]);
  });

  it('updates a claim and appends its audit entry together, or neither', async () => {
    await store.saveDocument({ document: docA, claims: [claimA1], events: [] });
    const edited: Claim = {
      ...claimA1,
      value: 3e6,
      qualifier: 'approx',
      status: 'edited',
      reviewer: 'ana',
      updatedAt: '2024-12-04T09:00:00.000Z',
    };
    const audit: AuditEntry = {
      id: 'audit-1',
      at: '2024-12-04T09:00:00.000Z',
      actor: 'ana',
      action: 'edit',
      subjectKind: 'claim',
      subjectId: claimA1.id,
      before: { value: null, qualifier: 'vague' },
      after: { value: 3e6, qualifier: 'approx' },
      reason: 'the report gives a figure',
    };
    await store.updateClaim(edited, audit);
    expect(await store.getClaim(claimA1.id)).toEqual(edited);
    expect(await store.listAudit({ subjectId: claimA1.id })).toEqual([audit]);

    const ghost = { ...edited, id: 'no-such-claim' };
    await expect(
      store.updateClaim(ghost, { ...audit, id: 'audit-2', subjectId: ghost.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // A second entry with a used id fails, and takes the claim change back with it.
    await expect(store.updateClaim({ ...edited, value: 4e6 }, audit)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await store.getClaim(claimA1.id))?.value).toBe(3e6);
    expect(await store.listAudit()).toEqual([audit]);
  });

  it('keeps entities, replacing one saved again under the same id', async () => {
    await store.saveEntity({
      id: 'country:PRK',
      kind: 'country',
      name: 'North Korea',
      country: 'PRK',
      aliases: ['DPRK', 'Pyongyang'],
    });
    await store.saveEntity({
      id: 'system:kn-23',
      kind: 'weapon_system',
      name: 'KN-23',
      country: null,
      aliases: [],
    });
    await store.saveEntity({
      id: 'country:PRK',
      kind: 'country',
      name: 'North Korea',
      country: 'PRK',
      aliases: ['DPRK'],
    });
    expect(await store.listEntities()).toEqual([
      {
        id: 'country:PRK',
        kind: 'country',
        name: 'North Korea',
        country: 'PRK',
        aliases: ['DPRK'],
      },
      { id: 'system:kn-23', kind: 'weapon_system', name: 'KN-23', country: null, aliases: [] },
    ]);
    expect(await store.listEntities({ kind: 'weapon_system' })).toHaveLength(1);
  });

  it('exports documents by id, each with its claims then events, then entities, then the audit log by time', async () => {
    const docB = makeDocument({ id: documentId('0b'), text: 'First by id.' });
    await store.saveDocument({ document: docA, claims: [claimA2, claimA1], events: [eventA] });
    await store.saveDocument({ document: docB, claims: [], events: [] });
    await store.saveEntity({
      id: 'place:vladivostok',
      kind: 'place',
      name: 'Vladivostok',
      country: 'RUS',
      aliases: [],
    });
    const late: AuditEntry = {
      id: 'a',
      at: '2024-12-05T00:00:00.000Z',
      actor: 'x',
      action: 'accept',
      subjectKind: 'claim',
      subjectId: claimA1.id,
      before: null,
      after: null,
      reason: null,
    };
    const early: AuditEntry = { ...late, id: 'b', at: '2024-12-04T00:00:00.000Z' };
    await store.updateClaim(claimA1, late);
    await store.updateClaim(claimA1, early);
    const records = await collect(store.exportRecords());
    expect(records.map((r) => `${r.kind}:${r.record.id}`)).toEqual([
      `document:${docB.id}`,
      `document:${docA.id}`,
      `claim:${claimA1.id}`,
      `claim:${claimA2.id}`,
      `event:${eventA.id}`,
      'entity:place:vladivostok',
      'audit:b',
      'audit:a',
    ]);
  });

  it('orders ids by code point on both dialects, whatever the server collation', async () => {
    const ids = ['b', 'B', 'a-1', 'a_1', 'a1', 'é', 'z', '\u{1F600}', '\uFF21'];
    await store.saveDocument({
      document: docA,
      claims: ids.map((id, index) =>
        makeClaim({ id, documentId: docA.id, span: [index, index + 1] }),
      ),
      events: [],
    });
    const exported = (await collect(store.exportRecords()))
      .filter((r) => r.kind === 'claim')
      .map((r) => r.record.id);
    const byCodePoint = [...ids].sort((x, y) => {
      const a = [...x].map((c) => c.codePointAt(0) ?? 0);
      const b = [...y].map((c) => c.codePointAt(0) ?? 0);
      for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
      return a.length - b.length;
    });
    expect(exported).toEqual(byCodePoint);
  });

  it('imports all records or, on any failure, none', async () => {
    async function* records(): AsyncGenerator<ExportRecord> {
      yield { kind: 'document', record: docA };
      yield { kind: 'claim', record: claimA1 };
      yield { kind: 'event', record: eventA };
    }
    expect(await store.importRecords(records())).toEqual({ imported: 3 });
    expect(await store.searchDocuments('shells')).toHaveLength(1);

    const docB = makeDocument({ id: documentId('bb22'), text: 'Second text about drones.' });
    async function* failing(): AsyncGenerator<ExportRecord> {
      yield { kind: 'document', record: docB };
      yield { kind: 'claim', record: makeClaim({ id: 'orphan', documentId: documentId('cc') }) };
    }
    await expect(store.importRecords(failing())).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /claim orphan refers to a document that is not in the workspace/,
      ),
    });
    async function* broken(): AsyncGenerator<ExportRecord> {
      yield { kind: 'document', record: docB };
      throw new Error('the file ended early');
    }
    await expect(store.importRecords(broken())).rejects.toThrow('the file ended early');
    expect(await store.hasDocument(docB.id)).toBe(false);
    expect(await store.searchDocuments('drones')).toEqual([]);
    expect(await store.counts()).toEqual({ documents: 1, claims: 1, events: 1 });
    await expect(store.importRecords(records())).rejects.toThrow(/already exists in the workspace/);
  });

  it('can be closed twice', async () => {
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('says where the workspace is without showing a password', () => {
    expect(store.location).not.toMatch(/:tally@/);
    expect(store.location.length).toBeGreaterThan(0);
    expect(store.dialect).toBe(target.dialect);
  });

  it('stores timestamps and partial dates as given', async () => {
    const precise = makeDocument({
      id: documentId('1a'),
      published: '2024',
      ingestedAt: '1999-12-31T23:59:59.999Z',
    });
    await store.saveDocument({ document: precise, claims: [], events: [] });
    expect(await store.getDocument(precise.id)).toEqual(precise);
    expect(NOW).toMatch(/Z$/);
  });

  it('keeps API tokens by digest: finds, lists, refuses a second name, and revokes once', async () => {
    const token = {
      name: 'ci',
      role: 'analyst' as const,
      digest: 'ab'.repeat(32),
      createdAt: NOW,
      revokedAt: null,
    };
    await store.saveToken(token);
    expect(await store.findTokenByDigest(token.digest)).toEqual(token);
    expect(await store.findTokenByDigest('cd'.repeat(32))).toBeUndefined();
    await expect(store.saveToken({ ...token, digest: 'ef'.repeat(32) })).rejects.toThrow(
      /token named ci already exists/,
    );
    expect(await store.revokeToken('ci', '2030-01-01T00:00:00.000Z')).toBe(true);
    expect(await store.revokeToken('ci', '2030-01-02T00:00:00.000Z')).toBe(false);
    expect(await store.listTokens()).toEqual([{ ...token, revokedAt: '2030-01-01T00:00:00.000Z' }]);
  });
});
