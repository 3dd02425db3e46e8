import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../src/app/index.ts';
import type { Backend } from '../src/store/backend.ts';
import { createPostgresBackend } from '../src/store/dialect/postgres/index.ts';
import { createSqliteBackend } from '../src/store/dialect/sqlite/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { createKyselyStore } from '../src/store/kysely-store.ts';
import { MIGRATIONS, migrate, type Migration } from '../src/store/migrations.ts';
import { runCli } from './cli-support.ts';
import { describeWithPostgres } from './store-support.ts';

/**
 * Rows as each schema version wrote them, frozen here as literal values: the row mappers of
 * today's code may change, but a workspace made by an older Tally holds what it held then.
 * Text in our own words.
 */
const TEXT =
  'Officials said about 1,500 troops crossed the border in March. ' +
  'Later, 200 tanker trips carried oil north, a monitor reported on 3 April 2024.';
const DOC = 'a1'.repeat(32);
const span = (quote: string): [number, number] => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the fixture text`);
  return [start, start + quote.length];
};
const TROOPS = span('about 1,500 troops');
const TRIPS = span('200 tanker trips');
const EVENT = span('3 April 2024');
const AT = '2024-05-01T08:00:00.000Z';
const LATER = '2024-05-02T09:30:00.000Z';

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/** What each schema version added to a workspace, written the way that version wrote it. */
const SEEDS: Record<number, (db: AnyDb, backend: Backend) => Promise<void>> = {
  1: async (db, backend) => {
    const inserted = await db
      .insertInto('documents')
      .values({
        id: DOC,
        title: 'Troops west, oil east',
        publisher: 'Tally Test Desk',
        author: null,
        url: 'https://example.org/troops-oil',
        published: '2024-04-03',
        language: 'en',
        format: 'text',
        source: 'notes/troops-oil.txt',
        text: TEXT,
        ingested_at: AT,
      })
      .returning('seq')
      .executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      backend.indexDocument(trx as never, {
        seq: Number(inserted.seq),
        title: 'Troops west, oil east',
        text: TEXT,
      }),
    );
    const claim = (id: string, values: Record<string, unknown>) => ({
      id,
      document_id: DOC,
      value: null,
      low: null,
      high: null,
      period: null,
      stage: null,
      attribution: null,
      reviewer: null,
      created_at: AT,
      updated_at: AT,
      ...values,
    });
    await db
      .insertInto('claims')
      .values([
        claim(`${DOC}:c1`, {
          span_start: TROOPS[0],
          span_end: TROOPS[1],
          text: 'about 1,500 troops',
          value: 1500,
          qualifier: 'approx',
          unit: 'person',
          category: 'personnel',
          from_country: 'PRK',
          to_country: 'RUS',
          period: JSON.stringify({ start: '2024-03', end: '2024-03', per: null }),
          stage: 'delivered',
          attribution: JSON.stringify({ name: null, affiliation: 'officials' }),
          status: 'accepted',
          reviewer: 'analyst-a',
          updated_at: LATER,
        }),
        claim(`${DOC}:c2`, {
          span_start: TRIPS[0],
          span_end: TRIPS[1],
          text: '200 tanker trips',
          value: 200,
          qualifier: 'exact',
          unit: 'trip',
          category: 'oil',
          from_country: 'RUS',
          to_country: 'PRK',
          status: 'proposed',
        }),
      ])
      .execute();
    await db
      .insertInto('events')
      .values({
        id: `${DOC}:e1`,
        document_id: DOC,
        span_start: EVENT[0],
        span_end: EVENT[1],
        text: '3 April 2024',
        date: '2024-04-03',
        type: 'publication',
        actors: JSON.stringify(['monitor']),
        place: null,
      })
      .execute();
    await db
      .insertInto('audit_entries')
      .values({
        id: 'audit-1',
        at: LATER,
        actor: 'analyst-a',
        action: 'accept',
        subject_kind: 'claim',
        subject_id: `${DOC}:c1`,
        before: JSON.stringify({ status: 'proposed' }),
        after: JSON.stringify({ status: 'accepted' }),
        reason: 'matches the ministry figure',
      })
      .execute();
    await db
      .insertInto('entities')
      .values({
        id: 'monitor-x',
        kind: 'organization',
        name: 'Monitor X',
        country: null,
        aliases: JSON.stringify(['the monitor']),
      })
      .execute();
  },
  2: async (db) => {
    await db
      .insertInto('api_tokens')
      .values([
        {
          name: 'desk',
          role: 'analyst',
          digest: 'ab'.repeat(32),
          created_at: AT,
          revoked_at: null,
        },
        { name: 'old', role: 'admin', digest: 'cd'.repeat(32), created_at: AT, revoked_at: LATER },
      ])
      .execute();
  },
  3: async (db) => {
    await db
      .insertInto('ingest_jobs')
      .values([
        {
          source: 'inbox/one.txt',
          state: 'done',
          attempts: 1,
          lease_until: null,
          worker: 'w1',
          document_id: DOC,
          outcome: 'ingested',
          error: null,
          enqueued_at: AT,
          finished_at: LATER,
        },
        {
          source: 'inbox/two.txt',
          state: 'queued',
          attempts: 0,
          lease_until: null,
          worker: null,
          document_id: null,
          outcome: null,
          error: null,
          enqueued_at: AT,
          finished_at: null,
        },
      ])
      .execute();
  },
  // Indexes only: no new kind of data.
  4: async () => undefined,
  5: async (db) => {
    await db.updateTable('workspace_revision').set({ revision: 7 }).where('id', '=', 1).execute();
  },
};

/** A workspace brought to version `k` by the migrations of that time, with each version's data. */
async function buildAtVersion(backend: Backend, k: number): Promise<void> {
  try {
    await migrate(backend, { migrations: MIGRATIONS.filter((m) => m.version <= k) });
    for (const migration of MIGRATIONS.filter((m) => m.version <= k)) {
      const seed = SEEDS[migration.version];
      if (!seed) throw new Error(`no seed data for migration ${migration.version}`);
      await seed(backend.db as unknown as AnyDb, backend);
    }
  } finally {
    await backend.close();
  }
}

/** Everything the seeds wrote, read back through today's Store. */
async function expectIntact(store: Store, k: number): Promise<void> {
  const document = await store.getDocument(DOC);
  expect(document).toMatchObject({ id: DOC, title: 'Troops west, oil east', text: TEXT });
  expect(await store.listClaims({ documentId: DOC })).toMatchObject([
    {
      id: `${DOC}:c1`,
      span: TROOPS,
      text: 'about 1,500 troops',
      value: 1500,
      from: 'PRK',
      to: 'RUS',
      period: { start: '2024-03', end: '2024-03', per: null },
      attribution: { name: null, affiliation: 'officials' },
      status: 'accepted',
      reviewer: 'analyst-a',
    },
    { id: `${DOC}:c2`, span: TRIPS, value: 200, status: 'proposed', category: 'oil' },
  ]);
  expect(await store.listEvents({ documentId: DOC })).toMatchObject([
    { id: `${DOC}:e1`, span: EVENT, date: '2024-04-03', actors: ['monitor'] },
  ]);
  expect(await store.listAudit({ subjectId: `${DOC}:c1` })).toMatchObject([
    { id: 'audit-1', actor: 'analyst-a', after: { status: 'accepted' } },
  ]);
  expect(await store.listEntities()).toMatchObject([{ id: 'monitor-x', aliases: ['the monitor'] }]);
  expect((await store.searchDocuments('tanker')).map((hit) => hit.documentId)).toEqual([DOC]);
  const tokens = await store.listTokens();
  expect(tokens.map((token) => [token.name, token.revokedAt])).toEqual(
    k >= 2
      ? [
          ['desk', null],
          ['old', LATER],
        ]
      : [],
  );
  const jobs = await store.listJobs();
  expect(jobs.map((job) => [job.source, job.state, job.documentId])).toEqual(
    k >= 3
      ? [
          ['inbox/one.txt', 'done', DOC],
          ['inbox/two.txt', 'queued', null],
        ]
      : [],
  );
  if (k >= 5) expect(await store.revision()).toBe(7);
  // Today's code still writes to the migrated workspace.
  const [first] = await store.listClaims({ documentId: DOC, status: 'proposed' });
  expect(first?.id).toBe(`${DOC}:c2`);
}

const latest = MIGRATIONS.at(-1)?.version ?? 0;
const versions = MIGRATIONS.map((m) => m.version);

it('has seed data for every released migration', () => {
  expect(versions.filter((version) => !SEEDS[version])).toEqual([]);
});

describe('opening a SQLite workspace made by every earlier schema version', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it.each(versions)(
    'migrates a version %i workspace to the latest, intact and checked',
    async (k) => {
      const folder = mkdtempSync(join(tmpdir(), `tally-from-v${k}-`));
      folders.push(folder);
      await buildAtVersion(createSqliteBackend({ path: join(folder, 'tally.db') }), k);

      const store = await openStore({ workspace: folder, env: {} });
      try {
        expect(await store.checkStorage()).toEqual([]);
        expect((await checkWorkspace({ store })).problems).toEqual([]);
        await expectIntact(store, k);
      } finally {
        await store.close();
      }
      const Sqlite = (await import('better-sqlite3')).default;
      const raw = new Sqlite(join(folder, 'tally.db'), { readonly: true });
      try {
        expect(raw.pragma('foreign_key_check')).toEqual([]);
        expect(raw.prepare('select max(version) from schema_migrations').pluck().get()).toBe(
          latest,
        );
      } finally {
        raw.close();
      }
      const check = await runCli(['--workspace', folder, 'check']);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
      expect(check.stdout).toMatch(/^ok: 1 documents, 2 claims, 1 events; no problems found/u);
    },
  );
});

describeWithPostgres(
  'opening a PostgreSQL workspace made by every earlier schema version',
  (url) => {
    const schemas: string[] = [];
    afterAll(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    });

    it.each(versions)(
      'migrates a version %i workspace to the latest, intact and checked',
      async (k) => {
        const schema = `tally_from_v${k}_${process.pid}_${Date.now().toString(36)}`;
        schemas.push(schema);
        await buildAtVersion(await createPostgresBackend({ url, schema }), k);

        const store = await openStore({ databaseUrl: url, schema, env: {} });
        try {
          expect((await checkWorkspace({ store })).problems).toEqual([]);
          await expectIntact(store, k);
        } finally {
          await store.close();
        }
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query(
            `select max(version) as v from ${schema}.schema_migrations`,
          );
          expect(Number(rows[0]?.v)).toBe(latest);
        } finally {
          await client.end();
        }
      },
    );
  },
);

describe('a migration that rebuilds a parent table (SQLite)', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** A workspace at the latest version with the seeds of every version, reopened raw. */
  async function seededBackend(): Promise<{ backend: Backend; folder: string }> {
    const folder = mkdtempSync(join(tmpdir(), 'tally-rebuild-'));
    folders.push(folder);
    const path = join(folder, 'tally.db');
    await buildAtVersion(createSqliteBackend({ path }), latest);
    return { backend: createSqliteBackend({ path }), folder };
  }

  // SQLite's documented way to change a table it cannot alter: create, copy, drop, rename.
  const rebuildDocuments: Migration = {
    version: latest + 1,
    name: 'documents rebuilt with a note column',
    async up(trx) {
      const ddl = await sql<{
        sql: string;
      }>`select sql from sqlite_schema where name = 'documents'`.execute(trx);
      const create = (ddl.rows[0]?.sql ?? '').replace('"documents"', '"documents_new"');
      await sql.raw(create).execute(trx);
      await sql`insert into documents_new select * from documents`.execute(trx);
      await sql`drop table documents`.execute(trx);
      await sql`alter table documents_new rename to documents`.execute(trx);
      await sql`alter table documents add column note text`.execute(trx);
    },
  };

  it('keeps every claim, event and reference: foreign key actions are off outside its transaction', async () => {
    const { backend } = await seededBackend();
    // Today's Store over the rebuilt database (openStore would refuse its newer version).
    const store = createKyselyStore(backend);
    try {
      expect(await migrate(backend, { migrations: [...MIGRATIONS, rebuildDocuments] })).toEqual({
        applied: [latest + 1],
      });
      expect(await store.checkStorage()).toEqual([]);
      expect((await checkWorkspace({ store })).problems).toEqual([]);
      await expectIntact(store, latest);
      // Back on for everything after the migration: a dangling write is refused again.
      await expect(
        sql`insert into events (id, document_id, span_start, span_end, text, date, type, actors)
          values ('stray', 'no-such-document', 0, 1, 'x', '2024', 'other', '[]')`.execute(
          backend.db,
        ),
      ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    } finally {
      await store.close();
    }
  });

  it('is refused and rolled back whole when it leaves a row without its parent', async () => {
    const { backend } = await seededBackend();
    const orphaning: Migration = {
      version: latest + 1,
      name: 'loses a document',
      async up(trx) {
        await sql`delete from documents`.execute(trx);
      },
    };
    try {
      await expect(
        migrate(backend, { migrations: [...MIGRATIONS, orphaning] }),
      ).rejects.toMatchObject({
        code: 'STORE_CORRUPT',
        message: expect.stringMatching(
          new RegExp(
            `to version ${latest + 1} would break its references \\(a row of \\w+ refers to a missing row of documents\\): nothing was changed$`,
            'u',
          ),
        ),
      });
      const versions = await sql<{
        v: number;
      }>`select max(version) as v from schema_migrations`.execute(backend.db);
      expect(versions.rows[0]?.v).toBe(latest);
      const documents = await sql<{ n: number }>`select count(*) as n from documents`.execute(
        backend.db,
      );
      expect(documents.rows[0]?.n).toBe(1);
    } finally {
      await backend.close();
    }
  });
});
