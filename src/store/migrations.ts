import { sql, type Transaction } from 'kysely';
import { TallyError } from '../domain/index.ts';
import type { Backend } from './backend.ts';
import type { Database } from './schema.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(trx: Transaction<Database>, backend: Backend): Promise<void>;
}

/** Append only: a released migration never changes, a new version follows it. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, claims, events, audit entries, entities, full-text index',
    async up(trx, backend) {
      const { keyText, serialKey } = backend.types;
      const schema = trx.schema;
      await schema
        .createTable('documents')
        .addColumn('seq', serialKey, (c) => c.primaryKey())
        .addColumn('id', keyText, (c) => c.notNull().unique())
        .addColumn('title', 'text')
        .addColumn('publisher', 'text')
        .addColumn('author', 'text')
        .addColumn('url', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await schema
        .createTable('claims')
        .addColumn('id', keyText, (c) => c.primaryKey())
        .addColumn('document_id', keyText, (c) =>
          c.notNull().references('documents.id').onDelete('cascade'),
        )
        .addColumn('span_start', 'bigint', (c) => c.notNull())
        .addColumn('span_end', 'bigint', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision')
        .addColumn('low', 'double precision')
        .addColumn('high', 'double precision')
        .addColumn('qualifier', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('from_country', 'text')
        .addColumn('to_country', 'text')
        .addColumn('period', 'text')
        .addColumn('stage', 'text')
        .addColumn('attribution', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reviewer', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await schema
        .createIndex('claims_by_document')
        .on('claims')
        .columns(['document_id', 'id'])
        .execute();
      await schema.createIndex('claims_by_status').on('claims').column('status').execute();
      await schema
        .createTable('events')
        .addColumn('id', keyText, (c) => c.primaryKey())
        .addColumn('document_id', keyText, (c) =>
          c.notNull().references('documents.id').onDelete('cascade'),
        )
        .addColumn('span_start', 'bigint', (c) => c.notNull())
        .addColumn('span_end', 'bigint', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('actors', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .execute();
      await schema
        .createIndex('events_by_document')
        .on('events')
        .columns(['document_id', 'id'])
        .execute();
      await schema
        .createTable('audit_entries')
        .addColumn('id', keyText, (c) => c.primaryKey())
        .addColumn('at', keyText, (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', keyText, (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text')
        .execute();
      await schema.createIndex('audit_by_time').on('audit_entries').columns(['at', 'id']).execute();
      await schema
        .createIndex('audit_by_subject')
        .on('audit_entries')
        .column('subject_id')
        .execute();
      await schema
        .createTable('entities')
        .addColumn('id', keyText, (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('aliases', 'text', (c) => c.notNull())
        .execute();
      await backend.createSearchIndex(trx);
    },
  },
  {
    version: 2,
    name: 'API tokens, kept as SHA-256 digests',
    async up(trx, backend) {
      const { keyText } = backend.types;
      await trx.schema
        .createTable('api_tokens')
        .addColumn('name', keyText, (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('digest', keyText, (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
    },
  },
  {
    version: 3,
    name: 'ingest jobs: a queue that several workers share, with leases',
    async up(trx, backend) {
      const { keyText, serialKey } = backend.types;
      await trx.schema
        .createTable('ingest_jobs')
        .addColumn('id', serialKey, (c) => c.primaryKey())
        .addColumn('source', keyText, (c) => c.notNull().unique())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        // Milliseconds since the epoch: the same comparison on both dialects.
        .addColumn('lease_until', 'bigint')
        .addColumn('worker', 'text')
        .addColumn('document_id', 'text')
        .addColumn('outcome', 'text')
        .addColumn('error', 'text')
        .addColumn('enqueued_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await trx.schema
        .createIndex('ingest_jobs_by_state')
        .on('ingest_jobs')
        .columns(['state', 'id'])
        .execute();
    },
  },
  {
    version: 4,
    name: 'claim indexes for listing pages at a million claims',
    async up(trx) {
      // The listing's order, so a page is read off the index instead of sorting every claim.
      await trx.schema
        .createIndex('claims_in_order')
        .on('claims')
        .columns(['document_id', 'span_start', 'id'])
        .execute();
      await trx.schema
        .createIndex('claims_by_category')
        .on('claims')
        .columns(['category', 'status'])
        .execute();
      await trx.schema.createIndex('claims_by_from').on('claims').column('from_country').execute();
      await trx.schema.createIndex('claims_by_to').on('claims').column('to_country').execute();
    },
  },
  {
    version: 5,
    name: 'workspace revision for ledger caches; an index in listing order for every claim filter',
    async up(trx) {
      await trx.schema
        .createTable('workspace_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', 'bigint', (c) => c.notNull())
        .execute();
      await trx.insertInto('workspace_revision').values({ id: 1, revision: 0 }).execute();
      // Each filter's columns, then the listing order: a page is the first rows of one index
      // range, read in order, with no sort and no scan of the claims the filter leaves out. A
      // country filter matches either end, so it reads the from and the to index and merges.
      const order = ['document_id', 'span_start', 'id'];
      const filters: Record<string, readonly string[]> = {
        status: ['status'],
        category: ['category'],
        category_status: ['category', 'status'],
      };
      for (const end of ['from', 'to'] as const) {
        const country = `${end}_country`;
        filters[end] = [country];
        filters[`${end}_status`] = [country, 'status'];
        filters[`${end}_category`] = [country, 'category'];
        filters[`${end}_category_status`] = [country, 'category', 'status'];
      }
      for (const [name, columns] of Object.entries(filters)) {
        // The to side skips claims from the same country (the from side has them) by the index
        // alone, so a capped count of a country reads no table rows.
        const tail = name.startsWith('to') ? ['from_country'] : [];
        await trx.schema
          .createIndex(`claims_listed_by_${name}`)
          .on('claims')
          .columns([...columns, ...order, ...tail])
          .execute();
      }
      // Each of these is the prefix of one above.
      for (const name of [
        'claims_by_status',
        'claims_by_category',
        'claims_by_from',
        'claims_by_to',
      ]) {
        await trx.schema.dropIndex(name).execute();
      }
    },
  },
];

/**
 * Brings the database up to the newest migration, in one transaction, recording each version
 * with the time it was applied. A database newer than this code is refused rather than guessed at.
 */
export async function migrate(
  backend: Backend,
  options: { migrations?: readonly Migration[]; now?: () => Date } = {},
): Promise<{ applied: number[] }> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  return backend.withoutForeignKeyActions(() => migrateInTransaction(backend, { migrations, now }));
}

async function migrateInTransaction(
  backend: Backend,
  options: { migrations: readonly Migration[]; now: () => Date },
): Promise<{ applied: number[] }> {
  const { migrations, now } = options;
  const latest = migrations.at(-1)?.version ?? 0;
  return backend.db.transaction().execute(async (trx) => {
    await backend.lockForMigration(trx);
    await trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const row = await trx
      .selectFrom('schema_migrations')
      .select(sql<number | string | null>`max(version)`.as('version'))
      .executeTakeFirst();
    const current = Number(row?.version ?? 0);
    if (current > latest) {
      throw new TallyError(
        'STORE_UNAVAILABLE',
        `The workspace at ${backend.location} has schema version ${current}, newer than this Tally knows (${latest}): upgrade Tally`,
      );
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await migration.up(trx, backend);
      await trx
        .insertInto('schema_migrations')
        .values({
          version: migration.version,
          name: migration.name,
          applied_at: now().toISOString(),
        })
        .execute();
      applied.push(migration.version);
    }
    // With foreign keys off nothing stopped a migration from leaving a row without its parent.
    const broken = applied.length > 0 ? await backend.foreignKeyProblems(trx) : [];
    if (broken.length > 0) {
      throw new TallyError(
        'STORE_CORRUPT',
        `Migrating the workspace at ${backend.location} to version ${applied.at(-1)} would break its references (${broken[0]}): nothing was changed`,
      );
    }
    return { applied };
  });
}
