import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/index.ts';
import { describeWithPostgres, documentId, makeClaim, makeDocument } from './store-support.ts';

/**
 * Integers a JavaScript number cannot hold exactly never come back rounded: they are read
 * exactly (a double holds 2^60 exactly) or refused with STORE_CORRUPT naming the integer. The
 * values are put there behind Tally's back, as another program or a damaged import would.
 */
const BEYOND = '9007199254740993'; // 2^53 + 1: the double nearest to it is 2^53
const ROUNDED = 9007199254740992;
const EXACT = 2 ** 60;

interface Workspace {
  open(): Promise<Store>;
  /** Runs SQL on a connection of its own, beside the store. */
  exec(text: string): Promise<void>;
}

function suite(make: () => Promise<Workspace>): void {
  const doc = documentId('b7');
  const claimId = `${doc}:c1`;

  async function seeded(): Promise<{ workspace: Workspace; store: Store }> {
    const workspace = await make();
    const store = await workspace.open();
    await store.saveDocument({
      document: makeDocument({ id: doc }),
      claims: [makeClaim({ id: claimId, documentId: doc, value: 2 ** 53 + 2 })],
      events: [],
    });
    return { workspace, store };
  }

  it('refuses a stored span beyond 2^53 with an error naming it, never a rounded number', async () => {
    const { workspace, store } = await seeded();
    try {
      await workspace.exec(`update claims set span_end = ${BEYOND} where id = '${claimId}'`);
      for (const read of [
        () => store.getClaim(claimId),
        () => store.listClaims({ documentId: doc }),
      ]) {
        const outcome = await read().then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        expect(JSON.stringify(outcome)).not.toContain(String(ROUNDED));
        expect(outcome).toMatchObject({
          error: {
            code: 'STORE_CORRUPT',
            message: `The database returned the integer ${BEYOND}, which Tally cannot hold exactly`,
          },
        });
      }
    } finally {
      await store.close();
    }
  });

  it('reads an integer beyond 2^53 that a double holds exactly, exactly', async () => {
    const { workspace, store } = await seeded();
    try {
      await workspace.exec(`update workspace_revision set revision = ${2n ** 60n}`);
      expect(await store.revision()).toBe(EXACT);
    } finally {
      await store.close();
    }
  });

  it('keeps a claim value as the double it was given (quantities are doubles by design)', async () => {
    const { store } = await seeded();
    try {
      expect((await store.getClaim(claimId))?.value).toBe(2 ** 53 + 2);
    } finally {
      await store.close();
    }
  });
}

describe('integers beyond 2^53 [sqlite]', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  suite(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-integers-'));
    folders.push(folder);
    return {
      open: () => openStore({ workspace: folder, env: {} }),
      async exec(text) {
        const raw = new Sqlite(join(folder, 'tally.db'));
        try {
          raw.exec(text);
        } finally {
          raw.close();
        }
      },
    };
  });
});

describeWithPostgres('integers beyond 2^53 [postgres]', (url) => {
  const schemas: string[] = [];
  const run = async (text: string, schema?: string): Promise<void> => {
    const client = new pg.Client({
      connectionString: url,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    for (const schema of schemas) await run(`drop schema if exists ${schema} cascade`);
  });
  suite(async () => {
    const schema = `tally_int_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
    schemas.push(schema);
    return {
      open: () => openStore({ databaseUrl: url, schema, env: {} }),
      exec: (text) => run(text, schema),
    };
  });
});
