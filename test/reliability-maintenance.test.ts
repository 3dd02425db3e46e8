import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupWorkspace, checkWorkspace, ingest, restoreFromBackup } from '../src/app/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { configureConnection } from '../src/store/dialect/sqlite/index.ts';
import { runCli } from './cli-support.ts';
import { describeWithPostgres, exportedRecords, postgresTarget } from './store-support.ts';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tally-maintenance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A fresh workspace holding the bundled briefings, ingested through the app's use case. */
async function seededWorkspace(): Promise<{ folder: string; store: Store }> {
  const folder = join(scratch, `w${++counter}`);
  const store = await openStore({ workspace: folder, env: {} });
  await ingest({
    store,
    inputs: ['briefing-troops-and-munitions.md', 'briefing-money-oil-and-trade.md'],
    cwd: corpus,
  });
  return { folder, store };
}

/** Changes the database behind the store's back, as a bug or a hand edit could. */
function tamper(folder: string, statements: string): void {
  const raw = new Sqlite(join(folder, 'tally.db'));
  try {
    raw.pragma('foreign_keys = OFF');
    raw.exec(statements);
  } finally {
    raw.close();
  }
}

describe('durability settings', () => {
  it('sets WAL, synchronous FULL, a busy timeout, a WAL size limit and autocheckpoints on a connection', () => {
    const raw = new Sqlite(join(scratch, 'pragmas.db'));
    try {
      configureConnection(raw);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 is FULL (0 OFF, 1 NORMAL, 3 EXTRA).
      expect(raw.pragma('synchronous', { simple: true })).toBe(2);
      expect(raw.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      expect(raw.pragma('journal_size_limit', { simple: true })).toBeGreaterThan(0);
      expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(0);
      expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      raw.close();
    }
  });
});

describe('tally check', () => {
  let folder: string;
  let store: Store;
  beforeAll(async () => {
    ({ folder, store } = await seededWorkspace());
  });
  afterAll(async () => {
    await store.close();
  });

  it('finds nothing wrong in a freshly ingested workspace', async () => {
    const report = await checkWorkspace({ store });
    expect(report.problems).toEqual([]);
    expect(report.documents).toBe(2);
    expect(report.claims).toBeGreaterThan(10);
  });

  it('reports a claim whose quote no longer matches its document, and an orphaned event', async () => {
    const [claim] = await store.listClaims({ limit: 1 });
    const [event] = await store.listEvents();
    await store.close();
    tamper(
      folder,
      `update claims set text = 'something else' where id = '${claim?.id}';
       update events set document_id = 'gone' where id = '${event?.id}';
       insert into audit_entries (id, at, actor, action, subject_kind, subject_id)
         values ('a-orphan', '2026-01-01T00:00:00.000Z', 'x', 'accept', 'claim', 'no-such-claim');`,
    );
    store = await openStore({ workspace: folder, env: {} });
    const { problems } = await checkWorkspace({ store });
    expect(problems).toContain(
      `claim ${claim?.id} quotes text that differs from its document at [${claim?.span.join(', ')}]`,
    );
    expect(problems).toContain(`event ${event?.id} has no document`);
    expect(problems).toContain('audit entry a-orphan is about a missing claim');
    expect(problems.some((p) => p.startsWith('a row of events refers to a missing row'))).toBe(
      true,
    );
  });

  it('exits 8 from the command line and prints each problem on one line', async () => {
    const run = await runCli(['--workspace', folder, 'check']);
    expect(run.code).toBe(8);
    expect(run.stderr).toMatch(/^tally: claim .* quotes text that differs/mu);
    const clean = await seededWorkspace();
    await clean.store.close();
    const ok = await runCli(['--workspace', clean.folder, 'check', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ problems: [], documents: 2 });
  });
});

describe('backup and restore', () => {
  it('restores a backup taken while the workspace was open to the same records', async () => {
    const { folder, store } = await seededWorkspace();
    const before = await exportedRecords(store);
    const file = join(scratch, 'online.db');
    await backupWorkspace({ store, path: file });
    // A later write is not in the backup: it holds one moment of the workspace.
    const [claim] = await store.listClaims({ limit: 1 });
    await store.close();
    tamper(folder, `delete from claims where id = '${claim?.id}'`);
    // The backup is one file: no WAL beside it carries part of its content.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const report = await restoreFromBackup({ from: file, workspace: folder, force: true, env: {} });
    expect(report.check.problems).toEqual([]);
    expect(report.keptAs).toMatch(/tally\.db\.before-restore-/u);
    const restored = await openStore({ workspace: folder, env: {} });
    try {
      expect(await exportedRecords(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
    // The replaced database was moved aside, not deleted.
    expect(readdirSync(folder).some((name) => name.startsWith('tally.db.before-restore-'))).toBe(
      true,
    );
  });

  it('never overwrites a workspace without --force, and leaves it usable', async () => {
    const { folder, store } = await seededWorkspace();
    const file = join(scratch, 'no-force.db');
    await backupWorkspace({ store, path: file });
    const counts = await store.counts();
    await store.close();
    const run = await runCli(['--workspace', folder, 'restore', file]);
    expect(run.code).toBe(5);
    expect(run.stderr.trim()).toBe(
      `tally: the workspace already has a database (${join(folder, 'tally.db')}): give --force to replace it (it is kept beside as a copy)`,
    );
    const again = await openStore({ workspace: folder, env: {} });
    expect(await again.counts()).toEqual(counts);
    await again.close();
  });

  it.each([
    {
      what: 'a file that is not a database',
      make: () => writeFileSync(join(scratch, 'x1.db'), 'hello '.repeat(900)),
      name: 'x1.db',
      says: /file is not a database/u,
    },
    {
      what: 'an SQLite database of another program',
      make: () => {
        const other = new Sqlite(join(scratch, 'x2.db'));
        other.exec('create table notes (body text)');
        other.close();
      },
      name: 'x2.db',
      says: /it is not a Tally database \(no schema_migrations, documents, claims, events, audit_entries table\)/u,
    },
    {
      what: 'a missing file',
      make: () => undefined,
      name: 'x3.db',
      says: /the file does not exist/u,
    },
  ])('refuses $what, naming it, and creates nothing', async ({ make, name, says }) => {
    make();
    const folder = join(scratch, `refused-${name}`);
    const run = await runCli(['--workspace', folder, 'restore', join(scratch, name)]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).toContain(name);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(folder, 'tally.db'))).toBe(false);
  });

  it('refuses a damaged backup and keeps the workspace it would have replaced', async () => {
    const { folder, store } = await seededWorkspace();
    const file = join(scratch, 'damaged.db');
    await backupWorkspace({ store, path: file });
    await store.close();
    flipPage(file, 3);
    const run = await runCli(['--workspace', folder, 'restore', '--force', file]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/cannot restore .*damaged\.db: it is damaged/u);
    expect(readdirSync(folder).filter((n) => n.includes('before-restore'))).toEqual([]);
    const again = await openStore({ workspace: folder, env: {} });
    expect((await checkWorkspace({ store: again })).problems).toEqual([]);
    await again.close();
  });
});

describeWithPostgres('backup and check on PostgreSQL', (url) => {
  it('checks a PostgreSQL workspace, and points to pg_dump instead of backing it up', async () => {
    const target = postgresTarget(url);
    const store = await target.open();
    try {
      await ingest({ store, inputs: ['briefing-money-oil-and-trade.md'], cwd: corpus });
      expect((await checkWorkspace({ store })).problems).toEqual([]);
      await expect(store.backup({ path: join(scratch, 'pg.db') })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/PostgreSQL workspace: back it up with pg_dump/u),
      });
      expect(existsSync(join(scratch, 'pg.db'))).toBe(false);
    } finally {
      await target.cleanup();
    }
  });
});

/** Inverts every byte of one page (1-based), as a failing disk or a stray write could. */
function flipPage(file: string, page: number): void {
  const raw = new Sqlite(file, { readonly: true });
  const size = Number(raw.pragma('page_size', { simple: true }));
  raw.close();
  const descriptor = openSync(file, 'r+');
  try {
    const buffer = Buffer.alloc(size);
    readSync(descriptor, buffer, 0, size, (page - 1) * size);
    for (let i = 0; i < size; i++) buffer[i] = (buffer[i] ?? 0) ^ 0xff;
    writeSync(descriptor, buffer, 0, size, (page - 1) * size);
  } finally {
    closeSync(descriptor);
  }
}
