import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { TallyError } from '../../../domain/index.ts';

/** Tables every Tally database has had since its first schema version. */
const TALLY_TABLES = ['schema_migrations', 'documents', 'claims', 'events', 'audit_entries'];

export interface RestoreOptions {
  /** The backup file (as `tally backup` writes it). */
  readonly from: string;
  /** The workspace's database file, which is created or replaced. */
  readonly target: string;
  /** Replace an existing database; without it an existing one is never touched. */
  readonly force?: boolean;
  /** The newest schema version this Tally can open. */
  readonly latestVersion: number;
  readonly now?: () => Date;
}

export interface RestoreReport {
  /** Where the database that was replaced now lives, if there was one. */
  readonly keptAs: string | null;
  readonly schemaVersion: number;
}

/**
 * Puts a backup in place as the workspace's database, after checking it is a sound Tally
 * database. The backup is copied with SQLite's backup API into a new file beside the target and
 * renamed into place; a replaced database is renamed aside (with its WAL), never deleted.
 */
export async function restoreSqliteDatabase(options: RestoreOptions): Promise<RestoreReport> {
  const { from, target } = options;
  if (!existsSync(from)) {
    throw new TallyError('FILE_UNREADABLE', `cannot restore ${from}: the file does not exist`);
  }
  if (existsSync(target) && options.force !== true) {
    throw new TallyError(
      'CONFLICT',
      `the workspace already has a database (${target}): give --force to replace it (it is kept beside as a copy)`,
    );
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.restore`);
  let source: Sqlite.Database | undefined;
  try {
    source = openBackup(from);
    const schemaVersion = checkBackup(source, options);
    await source.backup(temporary);
    source.close();
    source = undefined;
    const keptAs = existsSync(target) ? moveAside(target, options.now ?? (() => new Date())) : null;
    renameSync(temporary, target);
    return { keptAs, schemaVersion };
  } finally {
    source?.close();
    rmSync(temporary, { force: true });
  }
}

function openBackup(from: string): Sqlite.Database {
  try {
    return new Sqlite(from, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw invalid(from, messageOf(error), error);
  }
}

/** The backup's schema version, once it is known to be an undamaged Tally database. */
function checkBackup(source: Sqlite.Database, options: RestoreOptions): number {
  const { from } = options;
  let version: number;
  try {
    const problems = (source.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    if (problems.length > 0) throw invalid(from, `it is damaged (${problems[0]})`);
    const tables = new Set(
      source
        .prepare("select name from sqlite_master where type = 'table'")
        .pluck()
        .all() as string[],
    );
    const missing = TALLY_TABLES.filter((name) => !tables.has(name));
    if (missing.length > 0) {
      throw invalid(from, `it is not a Tally database (no ${missing.join(', ')} table)`);
    }
    version = Number(source.prepare('select max(version) from schema_migrations').pluck().get());
  } catch (error) {
    if (error instanceof TallyError) throw error;
    const code = String((error as { code?: unknown }).code);
    const damaged = code.startsWith('SQLITE_CORRUPT');
    throw invalid(from, damaged ? `it is damaged (${messageOf(error)})` : messageOf(error), error);
  }
  if (version > options.latestVersion) {
    throw invalid(
      from,
      `it has schema version ${version}, newer than this Tally knows (${options.latestVersion})`,
    );
  }
  return version;
}

/** Renames the database (and its WAL and shared-memory files) aside, so nothing is lost. */
function moveAside(target: string, now: () => Date): string {
  const stamp = now().toISOString().replace(/[:.]/gu, '-');
  const aside = `${target}.before-restore-${stamp}`;
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
  }
  renameSync(target, aside);
  return aside;
}

function invalid(from: string, problem: string, cause?: unknown): TallyError {
  return new TallyError('IMPORT_INVALID', `cannot restore ${from}: ${problem}`, { cause });
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
