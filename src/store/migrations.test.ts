import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from './backend.ts';
import { createSqliteBackend } from './dialect/sqlite/index.ts';
import { MIGRATIONS, migrate, type Migration } from './migrations.ts';

const folders: string[] = [];
const backends: Backend[] = [];

function open(folder = mkdtempSync(join(tmpdir(), 'tally-migrate-'))): {
  backend: Backend;
  folder: string;
} {
  folders.push(folder);
  const backend = createSqliteBackend({ path: join(folder, 'tally.db') });
  backends.push(backend);
  return { backend, folder };
}

afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const versions = async (backend: Backend) =>
  await backend.db
    .selectFrom('schema_migrations')
    .select(['version', 'applied_at'])
    .orderBy('version')
    .execute();

// Test migrations follow the released ones, whatever their number.
const next = (MIGRATIONS.at(-1)?.version ?? 0) + 1;
const released = MIGRATIONS.map((migration) => migration.version);

const addNotes: Migration = {
  version: next,
  name: 'notes on claims',
  async up(trx) {
    await trx.schema.alterTable('claims').addColumn('note', 'text').execute();
  },
};

describe('migrate', () => {
  it('applies every migration on a new database and records each with its time', async () => {
    const { backend } = open();
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(await migrate(backend, { now: () => at })).toEqual({ applied: released });
    expect(await versions(backend)).toEqual(
      released.map((version) => ({ version, applied_at: at.toISOString() })),
    );
    expect(await migrate(backend)).toEqual({ applied: [] });
  });

  it('applies only the versions a database has not seen', async () => {
    const { backend } = open();
    await migrate(backend);
    expect(await migrate(backend, { migrations: [...MIGRATIONS, addNotes] })).toEqual({
      applied: [next],
    });
    expect((await versions(backend)).map((row) => row.version)).toEqual([...released, next]);
    const columns = await sql<{
      name: string;
    }>`select name from pragma_table_info('claims')`.execute(backend.db);
    expect(columns.rows.map((row) => row.name)).toContain('note');
  });

  it('leaves the database as it was when a migration fails part way', async () => {
    const { backend } = open();
    await migrate(backend);
    const broken: Migration = {
      version: next,
      name: 'half done',
      async up(trx) {
        await trx.schema.alterTable('claims').addColumn('note', 'text').execute();
        throw new Error('disk on fire');
      },
    };
    await expect(migrate(backend, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow(
      'disk on fire',
    );
    expect((await versions(backend)).map((row) => row.version)).toEqual(released);
    const columns = await sql<{
      name: string;
    }>`select name from pragma_table_info('claims')`.execute(backend.db);
    expect(columns.rows.map((row) => row.name)).not.toContain('note');
  });
});
