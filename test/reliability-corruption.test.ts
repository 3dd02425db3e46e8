import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace, ingest } from '../src/app/index.ts';
import { openStore, type Store } from '../src/store/index.ts';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tally-corruption-'));

/** A workspace still open by a writer, so its last commits live in the WAL beside the database. */
let live: Store;
let liveFolder: string;
let claimsRoot: number;
let expectedClaims: number;
beforeAll(async () => {
  liveFolder = join(scratch, 'live');
  live = await openStore({ workspace: liveFolder, env: {} });
  await ingest({ store: live, inputs: ['briefing-troops-and-munitions.md'], cwd: corpus });
  await ingest({ store: live, inputs: ['briefing-money-oil-and-trade.md'], cwd: corpus });
  expectedClaims = (await live.counts()).claims;
  const raw = new Sqlite(join(liveFolder, 'tally.db'), { readonly: true });
  claimsRoot = Number(
    raw.prepare("select rootpage from sqlite_master where name = 'claims'").pluck().get(),
  );
  raw.close();
});
afterAll(async () => {
  await live.close();
  rmSync(scratch, { recursive: true, force: true });
});

let copies = 0;
/**
 * Copies the live workspace's files as a crash would leave them (database, WAL and all): a test
 * may do this to the copy what a disk or a stray write might, without touching the original.
 */
function crashCopy(): string {
  const folder = join(scratch, `copy${++copies}`);
  mkdirSync(folder);
  for (const name of ['tally.db', 'tally.db-wal']) {
    if (existsSync(join(liveFolder, name))) {
      copyFileSync(join(liveFolder, name), join(folder, name));
    }
  }
  return folder;
}

/** A crash copy whose WAL is checkpointed into the database, so damage to a page is what SQLite reads. */
function checkpointedCopy(): string {
  const folder = crashCopy();
  const raw = new Sqlite(join(folder, 'tally.db'));
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return folder;
}

function overwrite(file: string, at: number, bytes: Buffer): void {
  const descriptor = openSync(file, 'r+');
  try {
    writeSync(descriptor, bytes, 0, bytes.length, at);
  } finally {
    closeSync(descriptor);
  }
}

function pageSize(file: string): number {
  const descriptor = openSync(file, 'r');
  try {
    const header = Buffer.alloc(18);
    readSync(descriptor, header, 0, 18, 0);
    const size = header.readUInt16BE(16);
    return size === 1 ? 65_536 : size;
  } finally {
    closeSync(descriptor);
  }
}

/** The error opening a folder gives, checked to be one line that names the database file. */
async function refusal(folder: string): Promise<Error & { code?: string }> {
  const error = (await openStore({ workspace: folder, env: {} }).then(
    async (store) => {
      await store.close();
      throw new Error(`the damaged workspace ${folder} was opened`);
    },
    (e: unknown) => e,
  )) as Error & { code?: string };
  expect(error.message).toContain(join(folder, 'tally.db'));
  expect(error.message).not.toContain('\n');
  return error;
}

describe('a damaged workspace', () => {
  it('opens an undamaged crash copy with every committed claim (the control)', async () => {
    const folder = crashCopy();
    expect(statSync(join(folder, 'tally.db-wal')).size).toBeGreaterThan(0);
    const store = await openStore({ workspace: folder, env: {} });
    try {
      expect((await store.counts()).claims).toBe(expectedClaims);
      expect((await checkWorkspace({ store })).problems).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('is refused when the database header is zeroed', async () => {
    const folder = checkpointedCopy();
    overwrite(join(folder, 'tally.db'), 0, Buffer.alloc(100));
    expect(await refusal(folder)).toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('is refused when a table page is flipped, and the file is left as it was', async () => {
    const folder = checkpointedCopy();
    const database = join(folder, 'tally.db');
    const size = pageSize(database);
    const page = Buffer.alloc(size);
    const descriptor = openSync(database, 'r');
    readSync(descriptor, page, 0, size, (claimsRoot - 1) * size);
    closeSync(descriptor);
    overwrite(database, (claimsRoot - 1) * size, Buffer.from(page.map((byte) => byte ^ 0xff)));
    const damaged = readFileSync(database);
    const error = await refusal(folder);
    expect(error).toMatchObject({ code: 'STORE_CORRUPT' });
    expect(error.message).toMatch(/damaged .*restore it from a backup/u);
    // Refused, not repaired: the bytes are as the damage left them.
    expect(readFileSync(database).equals(damaged)).toBe(true);
  });

  it('is refused when the WAL is cut inside its header, instead of opening without its commits', async () => {
    const folder = crashCopy();
    truncateSync(join(folder, 'tally.db-wal'), 20);
    const error = await refusal(folder);
    expect(error).toMatchObject({ code: 'STORE_CORRUPT' });
    expect(error.message).toMatch(/write-ahead log tally\.db-wal is cut short \(20 bytes\)/u);
  });

  it('is refused when the WAL header is overwritten', async () => {
    const folder = crashCopy();
    overwrite(join(folder, 'tally.db-wal'), 0, Buffer.from('garbage!'));
    const error = await refusal(folder);
    expect(error).toMatchObject({ code: 'STORE_CORRUPT' });
    expect(error.message).toMatch(/write-ahead log tally\.db-wal has a damaged header/u);
  });

  it('damaged deep inside a table: refused by tally serve at start, listed by tally check, and the read that reaches it fails', async () => {
    const folder = checkpointedCopy();
    const database = join(folder, 'tally.db');
    const size = pageSize(database);
    // The last leaf of the claims table: a plain open reads only each b-tree's root and first
    // leaf, so this damage is what the cheap check at every open lets through.
    const raw = new Sqlite(database, { readonly: true });
    const leaves = raw
      .prepare(
        "select pageno from dbstat where name = 'claims' and pagetype = 'leaf' order by path",
      )
      .pluck()
      .all() as number[];
    raw.close();
    expect(leaves.length).toBeGreaterThan(1);
    const leaf = leaves.at(-1) ?? 0;
    const page = Buffer.alloc(size);
    const descriptor = openSync(database, 'r');
    readSync(descriptor, page, 0, size, (leaf - 1) * size);
    closeSync(descriptor);
    overwrite(database, (leaf - 1) * size, Buffer.from(page.map((byte) => byte ^ 0xff)));

    const { runCli } = await import('./cli-support.ts');
    const serve = await runCli(['--workspace', folder, 'serve', '--port', '0', '--quiet']);
    expect(serve.code).toBe(8);
    expect(serve.stderr.trim().split('\n')).toHaveLength(1);
    expect(serve.stderr).toMatch(/tally\.db is damaged .*restore it from a backup/u);

    const check = await runCli(['--workspace', folder, 'check']);
    expect(check.code).toBe(8);
    expect(check.stderr.trim().split('\n')).toHaveLength(1);
    expect(check.stderr).toMatch(/tally\.db is damaged .*restore it from a backup/u);

    const store = await openStore({ workspace: folder, env: {} });
    try {
      expect((await store.counts()).documents).toBeGreaterThan(0);
      const readAll = async (): Promise<number> => {
        const records = [];
        for await (const record of store.exportRecords()) records.push(record);
        return records.length;
      };
      await expect(readAll()).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    } finally {
      await store.close();
    }
  });

  it('says the same from the command line in one line, with exit code 8', async () => {
    const folder = checkpointedCopy();
    overwrite(join(folder, 'tally.db'), 0, Buffer.alloc(100));
    const { runCli } = await import('./cli-support.ts');
    const run = await runCli(['--workspace', folder, 'docs']);
    expect(run.code).toBe(8);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(join(folder, 'tally.db'));
  });
});
