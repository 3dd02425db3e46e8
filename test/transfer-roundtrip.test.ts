import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportWorkspace, importJsonl } from '../src/app/index.ts';
import type { AuditEntry, Claim, Document, Entity, Event } from '../src/domain/index.ts';
import type { ExportRecord, Store } from '../src/store/index.ts';
import {
  describeEachDialect,
  describeWithPostgres,
  documentId,
  makeClaim,
  makeDocument,
  makeEvent,
  postgresTarget,
  sqliteTarget,
  type StoreTarget,
} from './store-support.ts';

async function exportText(store: Store, format: 'jsonl' | 'csv' = 'jsonl'): Promise<string> {
  let text = '';
  for await (const chunk of exportWorkspace({ store, format })) text += chunk;
  return text;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  yield* lines;
}

const importText = (store: Store, text: string) =>
  importJsonl({ store, lines: linesOf(text), source: 'export.jsonl' });

// Arbitrary workspaces: odd unicode, extreme and tiny floats, nulls wherever the schema allows.

/** Any Unicode text both databases can hold: no NUL (PostgreSQL text cannot), no lone surrogate. */
const text = (max = 40) =>
  fc.string({ unit: 'binary', maxLength: max }).map((s) => s.replaceAll('\u0000', '\u2400'));
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(5e-324, 1.7976931348623157e308, 0.1 + 0.2, 2 ** 53 + 2, -1e-300, 1 / 3),
  fc.integer(),
);
const partialDate = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 28 }),
  )
  .map(([y, m, d]) => {
    const year = String(y).padStart(4, '0');
    if (m === 0) return year;
    const month = `${year}-${String(m).padStart(2, '0')}`;
    return d === 0 ? month : `${month}-${String(d).padStart(2, '0')}`;
  });
const instant = fc
  .date({
    min: new Date('0001-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const hexId = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 64,
  maxLength: 64,
});
const country = fc.constantFrom('PRK', 'RUS', 'UKR', 'KOR', 'CHN');
const span = fc.tuple(fc.maxSafeNat(), fc.maxSafeNat());
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  text(),
  number,
  fc.boolean(),
  fc.constant(null),
  fc.array(number, { maxLength: 3 }),
);

const documentArb = (id: string): fc.Arbitrary<Document> =>
  fc.record({
    id: fc.constant(id),
    title: nullable(text()),
    publisher: nullable(text()),
    author: nullable(text()),
    url: nullable(text()),
    published: nullable(partialDate),
    language: nullable(fc.constantFrom('en', 'ko', 'ru')),
    format: fc.constantFrom('text', 'markdown', 'html', 'pdf'),
    source: nullable(text()),
    text: text(200),
    ingestedAt: instant,
  });

const claimArb = (documentId: string, id: string): fc.Arbitrary<Claim> =>
  fc.record({
    span,
    text: text(),
    value: nullable(number),
    low: nullable(number),
    high: nullable(number),
    qualifier: fc.constantFrom(
      'exact',
      'approx',
      'up_to',
      'at_least',
      'more_than',
      'less_than',
      'range',
      'vague',
    ),
    unit: fc.constantFrom('person', 'usd', 'shell', 'krw', 'barrel'),
    category: fc.constantFrom('personnel', 'munitions', 'money', 'oil', 'other'),
    from: nullable(country),
    to: nullable(country),
    period: nullable(
      fc.record({
        start: nullable(partialDate),
        end: nullable(partialDate),
        per: fc.constantFrom('year', 'month', 'day', null),
      }),
    ),
    stage: fc.constantFrom('delivered', 'pledged', 'estimated', 'projected', null),
    attribution: nullable(fc.record({ name: nullable(text()), affiliation: nullable(text()) })),
    id: fc.constant(id),
    documentId: fc.constant(documentId),
    status: fc.constantFrom('proposed', 'accepted', 'edited', 'rejected'),
    reviewer: nullable(text()),
    createdAt: instant,
    updatedAt: instant,
  });

const eventArb = (documentId: string, id: string): fc.Arbitrary<Event> =>
  fc.record({
    span,
    text: text(),
    date: partialDate,
    type: fc.constantFrom('meeting', 'visit', 'shipment', 'other'),
    actors: fc.array(text(), { maxLength: 3 }),
    place: nullable(text()),
    id: fc.constant(id),
    documentId: fc.constant(documentId),
  });

const entityArb = (id: string): fc.Arbitrary<Entity> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom('country', 'person', 'organization', 'weapon_system', 'place'),
    name: text().map((s) => s || 'x'),
    country: nullable(country),
    aliases: fc.array(
      text().map((s) => s || 'y'),
      { maxLength: 3 },
    ),
  });

const auditArb = (id: string): fc.Arbitrary<AuditEntry> =>
  fc.record({
    id: fc.constant(id),
    at: instant,
    actor: text().map((s) => s || 'z'),
    action: fc.constantFrom('edit', 'accept', 'reject'),
    subjectKind: fc.constantFrom('claim', 'document', 'assumption'),
    subjectId: text().map((s) => s || 'c'),
    before: nullable(fc.dictionary(text(8), jsonish, { maxKeys: 4 })),
    after: nullable(fc.dictionary(text(8), jsonish, { maxKeys: 4 })),
    reason: nullable(text()),
  });

/** Non-empty ids, unique per table; sometimes odd unicode to exercise the ordering. */
const ids = (max: number) =>
  fc.uniqueArray(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).filter((s) => !s.includes('\u0000')),
    {
      maxLength: max,
    },
  );

const workspaceArb = fc
  .record({
    documents: fc.uniqueArray(hexId, { maxLength: 3 }),
    claimIds: ids(6),
    eventIds: ids(3),
    entityIds: ids(3),
    auditIds: ids(3),
  })
  .chain(({ documents, claimIds, eventIds, entityIds, auditIds }) => {
    const owner = (index: number) => documents[index % Math.max(documents.length, 1)] ?? '';
    const withDocs = documents.length > 0;
    return fc.record({
      documents: fc.tuple(...documents.map(documentArb)),
      claims: fc.tuple(...(withDocs ? claimIds : []).map((id, i) => claimArb(owner(i), id))),
      events: fc.tuple(...(withDocs ? eventIds : []).map((id, i) => eventArb(owner(i), id))),
      entities: fc.tuple(...entityIds.map(entityArb)),
      audits: fc.tuple(...auditIds.map(auditArb)),
    });
  });

type Workspace = {
  documents: Document[];
  claims: Claim[];
  events: Event[];
  entities: Entity[];
  audits: AuditEntry[];
};

async function fill(store: Store, workspace: Workspace): Promise<void> {
  for (const document of workspace.documents) {
    await store.saveDocument({
      document,
      claims: workspace.claims.filter((c) => c.documentId === document.id),
      events: workspace.events.filter((e) => e.documentId === document.id),
    });
  }
  for (const entity of workspace.entities) await store.saveEntity(entity);
  async function* audits(): AsyncGenerator<ExportRecord> {
    for (const record of workspace.audits) yield { kind: 'audit', record };
  }
  await store.importRecords(audits());
}

/** What the store should give back: the input as JSON would carry it (-0 becomes 0). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const byKey = (
  a: { kind: string; record: { id: string } },
  b: { kind: string; record: { id: string } },
) => (`${a.kind}\u0000${a.record.id}` < `${b.kind}\u0000${b.record.id}` ? -1 : 1);

describeEachDialect('export and import round trip', (makeTarget) => {
  let target: StoreTarget;
  beforeEach(() => {
    target = makeTarget();
  });
  afterEach(async () => {
    await target.cleanup();
  });

  it('export → import into an empty workspace → export gives the same bytes', async () => {
    const source = await target.open();
    const doc = makeDocument({
      id: documentId('ab'),
      title: 'Näher an 🚀 "quoted", line\nbreak',
      text: 'Tab\there, CRLF\r\nthere, U+2028\u2028 and emoji 🇰🇵.',
    });
    await source.saveDocument({
      document: doc,
      claims: [
        makeClaim({
          id: 'c1',
          documentId: doc.id,
          value: 0.1 + 0.2,
          low: 5e-324,
          high: 1.7976931348623157e308,
        }),
        makeClaim({
          id: 'c2',
          documentId: doc.id,
          value: -0,
          low: null,
          high: null,
          period: null,
          attribution: null,
        }),
      ],
      events: [makeEvent({ id: 'e1', documentId: doc.id, actors: [] })],
    });
    await source.saveEntity({
      id: 'p:kim',
      kind: 'person',
      name: 'Kim Jong Un',
      country: 'PRK',
      aliases: [],
    });
    await source.updateClaim(makeClaim({ id: 'c1', documentId: doc.id, status: 'accepted' }), {
      id: 'audit-1',
      at: '2024-12-04T00:00:00.000Z',
      actor: 'reviewer',
      action: 'accept',
      subjectKind: 'claim',
      subjectId: 'c1',
      before: { status: 'proposed', nested: { z: 1, a: [1.5, null] } },
      after: { status: 'accepted' },
      reason: null,
    });
    const first = await exportText(source);
    const copy = await target.open();
    expect(await importText(copy, first)).toEqual({ imported: 6 });
    const second = await exportText(copy);
    expect(second).toBe(first);
    expect(first.split('\n')[0]).toBe('{"format":"tally-export","version":1}');
    expect(first.endsWith('{"kind":"end","records":6}\n')).toBe(true);
    // Key order inside stored JSON survives, and search works on the imported copy.
    expect(first).toContain('"before":{"status":"proposed","nested":{"z":1,"a":[1.5,null]}}');
    expect(await copy.searchDocuments('emoji')).toHaveLength(1);
  });

  it('round-trips any workspace byte for byte, giving back every record as stored (property)', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (workspace) => {
        const source = await target.open();
        await fill(source, workspace as Workspace);
        const first = await exportText(source);
        const copy = await target.open();
        await importText(copy, first);
        expect(await exportText(copy)).toBe(first);

        const lines = first.trimEnd().split('\n');
        const records = lines.slice(1, -1).map((line) => JSON.parse(line) as ExportRecord);
        const expected = asJson([
          ...workspace.documents.map((record) => ({ kind: 'document', record })),
          ...workspace.claims.map((record) => ({ kind: 'claim', record })),
          ...workspace.events.map((record) => ({ kind: 'event', record })),
          ...workspace.entities.map((record) => ({ kind: 'entity', record })),
          ...workspace.audits.map((record) => ({ kind: 'audit', record })),
        ]) as ExportRecord[];
        expect([...records].sort(byKey)).toEqual([...expected].sort(byKey));
        await target.cleanup();
      }),
      { numRuns: target.dialect === 'sqlite' ? 20 : 10 },
    );
  });

  it('refuses a file cut short, mid-line or at a line end, naming the line and importing nothing', async () => {
    const source = await target.open();
    const doc = makeDocument({ id: documentId('cd') });
    await source.saveDocument({
      document: doc,
      claims: [makeClaim({ id: 'c1', documentId: doc.id })],
      events: [],
    });
    const full = await exportText(source);
    const copy = await target.open();

    await expect(importText(copy, full.slice(0, full.length - 20))).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: 'export.jsonl:4: the line is not valid JSON (is the file cut short?)',
    });
    const withoutEnd = full.split('\n').slice(0, 3).join('\n');
    await expect(importText(copy, withoutEnd)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: 'export.jsonl:3: the file ends without its closing line: it is truncated',
    });
    const withoutClaim = full
      .split('\n')
      .filter((_, index) => index !== 2)
      .join('\n');
    await expect(importText(copy, withoutClaim)).rejects.toThrow(
      'export.jsonl:3: the closing line counts 2 records but the file holds 1',
    );
    await expect(importText(copy, full.replace('"version":1', '"version":7'))).rejects.toThrow(
      'export.jsonl:1: export version 7 is not supported',
    );
    await expect(importText(copy, '')).rejects.toThrow('export.jsonl:1: the file is empty');
    expect(await copy.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
    expect(await copy.searchDocuments('shells')).toEqual([]);
  });

  it('names the line of a record the store refuses, and rolls the whole file back', async () => {
    const source = await target.open();
    const doc = makeDocument({ id: documentId('ef') });
    await source.saveDocument({
      document: doc,
      claims: [makeClaim({ id: 'c1', documentId: doc.id })],
      events: [],
    });
    const full = await exportText(source);
    // Importing into the workspace it came from: the document is already there.
    await expect(importText(source, full)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^export\.jsonl:2: The document ef0+ already exists in the workspace$/,
      ),
    });
    const orphan = full.split('\n').filter((_, index) => index !== 1);
    orphan[orphan.length - 2] = '{"kind":"end","records":1}';
    const copy = await target.open();
    await expect(importText(copy, orphan.join('\n'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^export\.jsonl:2: The claim c1 refers to a document that is not in the workspace$/,
      ),
    });
    const invalid = full.replace('"qualifier":"vague"', '"qualifier":"roughly"');
    await expect(importText(copy, invalid)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: expect.stringMatching(/^export\.jsonl:3: the claim is not valid: \/qualifier /),
    });
    expect(await copy.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
  });

  it('writes claims as CSV rows with their document, quoted where needed', async () => {
    const store = await target.open();
    const doc = makeDocument({
      id: documentId('0c'),
      title: 'Oil, and "more"',
      url: 'https://example.org/a',
    });
    await store.saveDocument({
      document: doc,
      claims: [
        makeClaim({
          id: 'c1',
          documentId: doc.id,
          text: '=1+1',
          value: 1.5e9,
          unit: 'usd',
          category: 'money',
        }),
        makeClaim({
          id: 'c2',
          documentId: doc.id,
          attribution: { name: 'Kim, the analyst', affiliation: null },
        }),
      ],
      events: [],
    });
    const csv = await exportText(store, 'csv');
    const rows = csv.split('\r\n');
    expect(rows[0]).toMatch(
      /^claim_id,document_id,document_title,document_publisher,document_published,document_url,/,
    );
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain(
      `c1,${doc.id},"Oil, and ""more""",Tally Test Desk,2024-12-03,https://example.org/a,proposed,'=1+1,1500000000,`,
    );
    expect(rows[2]).toContain(',"Kim, the analyst",,22,53,');
    expect(rows[3]).toBe('');
  });
});

describeWithPostgres('export across dialects', (url) => {
  const sqlite = sqliteTarget();
  const postgres = postgresTarget(url);
  afterEach(async () => {
    await Promise.all([sqlite.cleanup(), postgres.cleanup()]);
  });

  it('gives the same bytes from SQLite and PostgreSQL for the same records', async () => {
    const [lite, pg] = await Promise.all([sqlite.open(), postgres.open()]);
    const sample = fc.sample(workspaceArb, { numRuns: 1, seed: 42 })[0] as Workspace;
    await fill(lite, sample);
    const fromSqlite = await exportText(lite);
    await importText(pg, fromSqlite);
    expect(await exportText(pg)).toBe(fromSqlite);
  });
});
