import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, it } from 'vitest';
import type { Claim, Document, DocumentId, Event } from '../src/domain/index.ts';
import {
  maskDatabaseUrl,
  openStore,
  type DialectName,
  type ExportRecord,
  type Store,
} from '../src/store/index.ts';

/** One database the contract suite runs against; every `open` gives an empty workspace. */
export interface StoreTarget {
  readonly dialect: DialectName;
  /** Opens a new, empty workspace; `same` reopens the one last opened. */
  open(options?: { same?: boolean }): Promise<Store>;
  /** Runs SQL directly against the last workspace opened, to look behind the Store. */
  query(text: string): Promise<Record<string, unknown>[]>;
  /** Removes every workspace this target opened. */
  cleanup(): Promise<void>;
}

const PG_URL = process.env.TALLY_TEST_DATABASE_URL;

export function sqliteTarget(): StoreTarget {
  const folders: string[] = [];
  const stores: Store[] = [];
  return {
    dialect: 'sqlite',
    async open(options = {}) {
      if (!options.same || folders.length === 0) {
        folders.push(mkdtempSync(join(tmpdir(), 'tally-store-')));
      }
      const store = await openStore({ workspace: folders.at(-1), env: {} });
      stores.push(store);
      return store;
    },
    async query(text) {
      const { default: Sqlite } = await import('better-sqlite3');
      const folder = folders.at(-1);
      if (!folder) throw new Error('no workspace opened yet');
      const db = new Sqlite(join(folder, 'tally.db'), { readonly: true });
      try {
        return db.prepare(text).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async cleanup() {
      await Promise.all(stores.splice(0).map((store) => store.close().catch(() => undefined)));
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Each workspace is a schema of its own, so parallel test files never see each other's rows. */
export function postgresTarget(url: string): StoreTarget {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const run = async (text: string, schema?: string) => {
    const client = new pg.Client({
      connectionString: url,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    await client.connect();
    try {
      return (await client.query(text)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  return {
    dialect: 'postgres',
    async open(options = {}) {
      if (!options.same || schemas.length === 0) {
        schemas.push(`tally_test_${process.pid}_${Date.now().toString(36)}_${schemas.length}`);
      }
      const store = await openStore({ databaseUrl: url, schema: schemas.at(-1), env: {} });
      stores.push(store);
      return store;
    },
    async query(text) {
      return run(text, schemas.at(-1));
    },
    async cleanup() {
      await Promise.all(stores.splice(0).map((store) => store.close().catch(() => undefined)));
      const drop = schemas.splice(0).map((schema) => `drop schema if exists ${schema} cascade;`);
      if (drop.length > 0) await run(drop.join(' '));
    },
  };
}

/**
 * Runs `suite` once per dialect. Without TALLY_TEST_DATABASE_URL the PostgreSQL run fails in
 * CI (a missing server is a failure there) and is skipped, loudly, anywhere else.
 */
export function describeEachDialect(
  title: string,
  suite: (target: () => StoreTarget) => void,
): void {
  describe(`${title} [sqlite]`, () => suite(() => sqliteTarget()));
  if (PG_URL) {
    describe(`${title} [postgres]`, () => {
      // The log must show that PostgreSQL ran, not only that nothing failed.
      let ran = 0;
      afterEach(() => {
        ran += 1;
      });
      afterAll(() => {
        process.stdout.write(
          `PostgreSQL suite "${title}" ran ${ran} tests against ${maskDatabaseUrl(PG_URL)}\n`,
        );
      });
      suite(() => postgresTarget(PG_URL));
    });
  } else if (process.env.CI === 'true') {
    describe(`${title} [postgres]`, () => {
      it('has a PostgreSQL server to run against (TALLY_TEST_DATABASE_URL)', () => {
        throw new Error(
          'CI=true but TALLY_TEST_DATABASE_URL is not set: the PostgreSQL suite cannot run',
        );
      });
    });
  } else {
    process.stderr.write(
      `\n*** SKIPPED: "${title} [postgres]": TALLY_TEST_DATABASE_URL is not set, so the PostgreSQL ` +
        'store suite did not run. Set it (see .ci/run) to run it. ***\n\n',
    );
    describe.skip(`${title} [postgres] (SKIPPED: TALLY_TEST_DATABASE_URL is not set)`, () => {
      it('needs a PostgreSQL server', () => undefined);
    });
  }
}

/**
 * A suite that needs PostgreSQL only, under the same rule as describeEachDialect: it fails in
 * CI without TALLY_TEST_DATABASE_URL and is skipped loudly elsewhere.
 */
export function describeWithPostgres(title: string, suite: (url: string) => void): void {
  if (PG_URL) {
    describe(title, () => suite(PG_URL));
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it('has a PostgreSQL server to run against (TALLY_TEST_DATABASE_URL)', () => {
        throw new Error(`CI=true but TALLY_TEST_DATABASE_URL is not set: "${title}" cannot run`);
      });
    });
  } else {
    process.stderr.write(
      `\n*** SKIPPED: "${title}": TALLY_TEST_DATABASE_URL is not set (see .ci/run). ***\n\n`,
    );
    describe.skip(`${title} (SKIPPED: TALLY_TEST_DATABASE_URL is not set)`, () => {
      it('needs a PostgreSQL server', () => undefined);
    });
  }
}

// Fixtures in our own words; the figures echo public reporting.

export const NOW = '2024-12-03T10:00:00.000Z';

export function documentId(seed: string): DocumentId {
  return seed.padEnd(64, '0').slice(0, 64);
}

export function makeDocument(overrides: Partial<Document> & { id: DocumentId }): Document {
  return {
    title: 'Shells north, oil south',
    publisher: 'Tally Test Desk',
    author: null,
    url: 'https://example.org/shells',
    published: '2024-12-03',
    language: 'en',
    format: 'text',
    source: null,
    text: 'Pyongyang has shipped millions of artillery shells to Moscow, analysts say.',
    ingestedAt: NOW,
    ...overrides,
  };
}

export function makeClaim(
  overrides: Partial<Claim> & { id: string; documentId: DocumentId },
): Claim {
  return {
    span: [22, 53],
    text: 'millions of artillery shells',
    value: null,
    low: 2e6,
    high: null,
    qualifier: 'vague',
    unit: 'shell',
    category: 'munitions',
    from: 'PRK',
    to: 'RUS',
    period: { start: '2023-08', end: null, per: null },
    stage: 'delivered',
    attribution: { name: null, affiliation: 'analysts' },
    status: 'proposed',
    reviewer: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function makeEvent(
  overrides: Partial<Event> & { id: string; documentId: DocumentId },
): Event {
  return {
    span: [0, 40],
    text: 'The leaders met in Vladivostok in September 2023',
    date: '2023-09',
    type: 'meeting',
    actors: ['Kim Jong Un', 'Vladimir Putin'],
    place: 'Vladivostok',
    ...overrides,
  };
}

/** Every item of an async listing, in order. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Everything a workspace holds, as `tally export` writes it. */
export const exportedRecords = (store: Store): Promise<ExportRecord[]> =>
  collect(store.exportRecords());
