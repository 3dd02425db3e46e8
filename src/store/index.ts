import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Backend } from './backend.ts';
import { createPostgresBackend } from './dialect/postgres/index.ts';
import { createSqliteBackend } from './dialect/sqlite/index.ts';
import { createKyselyStore } from './kysely-store.ts';
import { restoreSqliteDatabase, type RestoreReport } from './dialect/sqlite/restore.ts';
import { MIGRATIONS, migrate } from './migrations.ts';
import type { Store } from './store.ts';

export type * from './store.ts';
export { maskDatabaseUrl } from './dialect/postgres/url.ts';
export type { RestoreReport } from './dialect/sqlite/restore.ts';

export interface OpenStoreOptions {
  /** Folder of the SQLite workspace (env TALLY_WORKSPACE, default ./tally-workspace). */
  readonly workspace?: string | undefined;
  /** A PostgreSQL URL; when given (or in env TALLY_DATABASE_URL) it wins over the workspace. */
  readonly databaseUrl?: string | undefined;
  /** PostgreSQL schema to keep the tables in, created if missing (default: the search path). */
  readonly schema?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * SQLite: read every page for damage before use (`quick_check`), as `tally serve` does once at
   * start; every open already checks the header, the schema and each b-tree's root.
   */
  readonly checkEveryPage?: boolean;
}

export const DEFAULT_WORKSPACE = './tally-workspace';
export const SQLITE_FILE_NAME = 'tally.db';

/**
 * Opens the workspace's database, creating and migrating it as needed.
 *
 * @example
 * const store = await openStore({ workspace: './tally-workspace' });
 * try { console.log(await store.counts()); } finally { await store.close(); }
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const env = options.env ?? process.env;
  const databaseUrl = options.databaseUrl || env.TALLY_DATABASE_URL || undefined;
  let backend: Backend;
  if (databaseUrl) {
    backend = await createPostgresBackend({ url: databaseUrl, schema: options.schema });
  } else {
    const workspace = options.workspace || env.TALLY_WORKSPACE || DEFAULT_WORKSPACE;
    backend = createSqliteBackend({
      path: join(resolve(workspace), SQLITE_FILE_NAME),
      checkEveryPage: options.checkEveryPage ?? false,
    });
  }
  try {
    await migrate(backend);
  } catch (error) {
    await backend.close().catch(() => undefined);
    throw backend.describeError(error) ?? error;
  }
  return createKyselyStore(backend);
}

export interface RestoreWorkspaceOptions {
  /** The backup file. */
  readonly from: string;
  /** The workspace folder (default as openStore's: TALLY_WORKSPACE, then ./tally-workspace). */
  readonly workspace?: string | undefined;
  readonly force?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Replaces (with `force`) or creates a SQLite workspace's database from a backup, refusing a
 * damaged file, a file that is not Tally's, or one newer than this Tally. Open it with openStore
 * afterwards: that migrates a backup made by an older version.
 */
export async function restoreWorkspace(
  options: RestoreWorkspaceOptions,
): Promise<RestoreReport & { readonly target: string }> {
  const env = options.env ?? process.env;
  const workspace = resolve(options.workspace || env.TALLY_WORKSPACE || DEFAULT_WORKSPACE);
  const target = join(workspace, SQLITE_FILE_NAME);
  mkdirSync(workspace, { recursive: true });
  const report = await restoreSqliteDatabase({
    from: resolve(options.from),
    target,
    force: options.force ?? false,
    latestVersion: MIGRATIONS.at(-1)?.version ?? 0,
  });
  return { ...report, target };
}
