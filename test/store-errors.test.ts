import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { describeWithPostgres } from './store-support.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tally-store-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('opening a SQLite workspace that cannot be used', () => {
  it('names the path when the workspace folder is a file', async () => {
    const file = join(scratch, 'plain-file');
    writeFileSync(file, 'not a folder');
    await expect(openStore({ workspace: file, env: {} })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining(file),
    });
  });

  it('calls a tally.db that is not a database damaged, and leaves the file alone', async () => {
    const folder = join(scratch, 'corrupt');
    const content = 'this was never an SQLite database '.repeat(200);
    await openStore({ workspace: folder, env: {} }).then((store) => store.close());
    writeFileSync(join(folder, 'tally.db'), content);
    rmSync(join(folder, 'tally.db-wal'), { force: true });
    rmSync(join(folder, 'tally.db-shm'), { force: true });
    const error = await openStore({ workspace: folder, env: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'STORE_CORRUPT',
      message: expect.stringContaining('tally.db'),
    });
    expect(String((error as Error).message)).not.toContain('\n');
  });

  it('uses TALLY_WORKSPACE when no folder is given, and the database URL when both are', async () => {
    const folder = join(scratch, 'from-env');
    const store = await openStore({ env: { TALLY_WORKSPACE: folder } });
    expect(store.dialect).toBe('sqlite');
    expect(store.location).toBe(join(folder, 'tally.db'));
    await store.close();
    await expect(
      openStore({ workspace: folder, env: { TALLY_DATABASE_URL: 'mysql://x@y/z' } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses a workspace written by a newer Tally', async () => {
    const folder = join(scratch, 'newer');
    await openStore({ workspace: folder, env: {} }).then((store) => store.close());
    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Sqlite(join(folder, 'tally.db'));
    db.prepare(
      "insert into schema_migrations values (99, 'future', '2030-01-01T00:00:00.000Z')",
    ).run();
    db.close();
    const latest = MIGRATIONS.at(-1)?.version;
    await expect(openStore({ workspace: folder, env: {} })).rejects.toThrow(
      `schema version 99, newer than this Tally knows (${latest})`,
    );
  });
});

describe('a new SQLite workspace', () => {
  it('keeps its database in write-ahead-log mode, so readers never wait for a writer', async () => {
    const folder = join(scratch, 'wal');
    await openStore({ workspace: folder, env: {} }).then((store) => store.close());
    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Sqlite(join(folder, 'tally.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('opening a PostgreSQL workspace that cannot be used', () => {
  it('says the URL is malformed without showing its password', async () => {
    const error = await openStore({
      databaseUrl: 'postgres://tally:hunter2@host:notaport/db',
      env: {},
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('tally:***@'),
    });
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('refuses a URL of another database kind', async () => {
    await expect(openStore({ databaseUrl: 'mysql://u:p@host/db', env: {} })).rejects.toThrow(
      /is not a PostgreSQL URL/,
    );
  });

  it('reports an unreachable server as unavailable, naming it without the password', async () => {
    // Port 1 on loopback: nothing listens there, so the refusal is immediate.
    const error = await openStore({
      databaseUrl: 'postgres://tally:hunter2@127.0.0.1:1/tally',
      env: {},
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(
        /Cannot reach the PostgreSQL server at postgres:\/\/tally:\*\*\*@127\.0\.0\.1:1\/tally/,
      ),
    });
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('refuses a schema name it would have to quote', async () => {
    await expect(
      openStore({
        databaseUrl: 'postgres://tally:x@127.0.0.1:1/tally',
        schema: 'bad"name',
        env: {},
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describeWithPostgres('PostgreSQL login failures', (pgUrl) => {
  it('reports a wrong password as a refused login, masking it', async () => {
    const url = new URL(pgUrl);
    url.password = 'definitely-wrong';
    const error = await openStore({ databaseUrl: url.toString(), env: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).not.toContain('definitely-wrong');
  });
});
