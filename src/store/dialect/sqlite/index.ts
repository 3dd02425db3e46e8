import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';
import { TallyError } from '../../../domain/index.ts';
import type { Backend } from '../../backend.ts';
import type { Database } from '../../schema.ts';
import { toFts5Query } from '../../search-query.ts';
import { withExactIntegers } from './exact-integers.ts';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;
/**
 * better-sqlite3 waits for a lock synchronously, freezing the event loop (and every other
 * request) for the whole wait; SQLite itself waits only this long, and BEGIN IMMEDIATE retries
 * with timers in between until BUSY_TIMEOUT_MS has passed.
 */
const BLOCKING_WAIT_MS = 50;
const RETRY_PAUSE_MS = 50;
/** A checkpoint leaves the WAL file at most this long, so it cannot grow without bound. */
const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;
/**
 * SQLite checkpoints after a commit that takes the WAL past 1,000 pages; a long-lived server that
 * mostly reads may never commit again, so a timer copies the WAL back into the database too.
 */
const CHECKPOINT_INTERVAL_MS = 60_000;
/**
 * How many of a search's matches are ranked, newest first: every match when there are fewer, as
 * with any word rarer than one document in twenty of 100,000.
 */
const SEARCH_CANDIDATES = 5_000;
/** The two magic numbers a WAL file's header may start with (sqlite.org/fileformat2.html#walformat). */
const WAL_MAGIC = new Set([0x377f0682, 0x377f0683]);
const WAL_HEADER_BYTES = 32;

/**
 * Write transactions take the write lock up front (`BEGIN IMMEDIATE`): a deferred transaction
 * that reads first and then writes can fail with SQLITE_BUSY instead of waiting its turn.
 */
interface ImmediateConfig extends SqliteDialectConfig {
  readonly database: Sqlite.Database;
  /** What Kysely prepares its statements on: the connection, or a cache in front of it. */
  readonly statements: SqliteDatabase;
}

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: Sqlite.Database;
  constructor(config: ImmediateConfig) {
    super({ ...config, database: config.statements });
    this.#database = config.database;
  }

  /**
   * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR); a
   * second ROLLBACK would fail and hide the error that says what happened.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#database.inTransaction) return;
    await super.rollbackTransaction(connection);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (;;) {
      try {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
        return;
      } catch (error) {
        const code = String((error as { code?: unknown }).code);
        if (!code.startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ImmediateConfig;
  constructor(config: ImmediateConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Distinct statements kept compiled; Kysely emits one text per query shape, so a few hundred. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh, and compiling the SQL costs more than running a small
 * indexed read. The same text reuses its compiled statement, unless that one is still being
 * iterated (a streamed query), which better-sqlite3 would refuse.
 */
function reusingStatements(database: Sqlite.Database): SqliteDatabase {
  const cache = new Map<string, Sqlite.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      const kept = cache.get(text);
      if (kept && !kept.busy) return kept;
      const statement = database.prepare(text);
      if (!kept) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * Opens (creating it if needed) the SQLite database file of a workspace. Every open checks the
 * header, the schema and the root of every table and index; `checkEveryPage` adds SQLite's
 * `quick_check` over every page, which reads the whole file (seconds on a big workspace).
 */
export function createSqliteBackend(options: { path: string; checkEveryPage?: boolean }): Backend {
  const { path } = options;
  let connection: Sqlite.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    checkWalHeader(path);
    connection = new Sqlite(path, { timeout: BLOCKING_WAIT_MS });
    configureConnection(connection);
    // Damage found now is refused before anything reads or writes through it; damage deeper in
    // a b-tree fails the statement that reaches it (STORE_CORRUPT), and tally check finds it.
    if (options.checkEveryPage) {
      const problems = quickCheck(connection);
      if (problems.length > 0) throw corrupt(path, problems[0] ?? 'quick_check failed');
    } else {
      checkStructure(connection);
    }
  } catch (error) {
    connection?.close();
    if (error instanceof TallyError) throw error;
    throw describeSqliteError(error, path) ?? openFailure(error, path);
  }
  const open = connection;
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({
      database: open,
      statements: withExactIntegers({ connection: open, statements: reusingStatements(open) }),
    }),
  });
  const checkpoints = setInterval(() => {
    try {
      open.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A busy or closing database is checkpointed by the next commit or close instead.
    }
  }, CHECKPOINT_INTERVAL_MS);
  checkpoints.unref();

  return {
    dialect: 'sqlite',
    location: path,
    db,
    types: { serialKey: 'integer', keyText: 'text' },
    async lockForMigration() {
      // BEGIN IMMEDIATE already holds the database's only write lock.
    },
    async withoutForeignKeyActions(run) {
      open.pragma('foreign_keys = OFF');
      try {
        return await run();
      } finally {
        open.pragma('foreign_keys = ON');
      }
    },
    async foreignKeyProblems(trx) {
      const rows = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(
        trx,
      );
      return rows.rows.map(
        (row) => `a row of ${row.table} refers to a missing row of ${row.parent}`,
      );
    },
    async createSearchIndex(trx) {
      // External content: the index keeps no copy of the text, and `seq` is an INTEGER PRIMARY
      // KEY, so VACUUM cannot renumber the rowids the index points at.
      await sql`create virtual table documents_fts using fts5(
        title, text, content = 'documents', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      )`.execute(trx);
    },
    async indexDocument(trx, document) {
      await sql`insert into documents_fts (rowid, title, text)
        values (${document.seq}, ${document.title}, ${document.text})`.execute(trx);
    },
    async search({ terms, limit }) {
      const query = toFts5Query(terms);
      // Ranks at most SEARCH_CANDIDATES matches, the most recently stored, and makes snippets
      // only for the page: a common word matches most of a big workspace, and scoring and
      // quoting every match took most of a second at 100,000 documents.
      const result = await sql<{
        id: string;
        title: string | null;
        snippet: string;
        score: number;
      }>`
        with candidates as (
          select rowid from documents_fts where documents_fts match ${query}
          order by rowid desc limit ${SEARCH_CANDIDATES}
        ), top as materialized (
          select rowid as seq, bm25(documents_fts) as score from documents_fts
          where documents_fts match ${query}
            and rowid >= (select min(rowid) from candidates)
          order by score, rowid
          limit ${limit}
        )
        select d.id, d.title, snippet(documents_fts, 1, '', '', '…', 24) as snippet, top.score
        from top cross join documents_fts cross join documents d
        where documents_fts.rowid = top.seq and documents_fts match ${query} and d.seq = top.seq
        order by top.score, d.id`.execute(db);
      // bm25 is lower-is-better; the Store reports higher-is-better.
      return result.rows.map((row) => ({
        documentId: row.id,
        title: row.title,
        snippet: row.snippet,
        rank: -row.score,
      }));
    },
    constraintKind(error) {
      const code = (error as { code?: unknown })?.code;
      if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        return 'unique';
      }
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
      return undefined;
    },
    describeError: (error) => describeSqliteError(error, path),
    async checkStorage() {
      const pages = open.pragma('integrity_check') as { integrity_check: string }[];
      const problems = pages.map((row) => row.integrity_check).filter((line) => line !== 'ok');
      const orphans = open.pragma('foreign_key_check') as { table: string; parent: string }[];
      for (const row of orphans) {
        problems.push(`a row of ${row.table} refers to a missing row of ${row.parent}`);
      }
      return problems;
    },
    async backup({ path: target }) {
      await backupInto(open, target);
    },
    async close() {
      clearInterval(checkpoints);
      await db.destroy();
    },
  };
}

/** Every connection gets the same durability settings: better-sqlite3 opens with SQLite's defaults. */
export function configureConnection(connection: Sqlite.Database): void {
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  // FULL: a commit is on disk before it returns, so an acknowledged write survives power loss.
  connection.pragma('synchronous = FULL');
  connection.pragma(`busy_timeout = ${BLOCKING_WAIT_MS}`);
  connection.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  connection.pragma('wal_autocheckpoint = 1000');
}

function quickCheck(connection: Sqlite.Database): string[] {
  const rows = connection.pragma('quick_check') as { quick_check: string }[];
  return rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
}

/**
 * Reads the schema and the root page (and first leaf) of every b-tree: a zeroed header, a damaged
 * schema or a flipped root throws SQLITE_CORRUPT or SQLITE_NOTADB here, in a few page reads
 * whatever the size of the workspace.
 */
function checkStructure(connection: Sqlite.Database): void {
  const tables = connection
    .prepare("select name from sqlite_schema where type = 'table' and rootpage > 0")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const quoted = quoteName(table);
    connection.prepare(`select 1 from ${quoted} not indexed limit 1`).all();
    const indexes = connection.pragma(`index_list(${quoted})`) as {
      name: string;
      partial: number | bigint;
    }[];
    for (const index of indexes) {
      // A partial index serves only queries that repeat its WHERE; quick_check reads it instead.
      if (index.partial) continue;
      connection
        .prepare(`select 1 from ${quoted} indexed by ${quoteName(index.name)} limit 1`)
        .all();
    }
  }
}

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * SQLite ignores a WAL whose header is cut short or overwritten, and with it every commit the WAL
 * held: the workspace would open quietly without them. A WAL is written header first in a single
 * write, so a header shorter than 32 bytes or with a wrong magic number is damage, not a crash.
 */
function checkWalHeader(path: string): void {
  const wal = `${path}-wal`;
  if (!existsSync(wal)) return;
  const descriptor = openSync(wal, 'r');
  try {
    const size = fstatSync(descriptor).size;
    if (size === 0) return;
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    const read = readSync(descriptor, header, 0, WAL_HEADER_BYTES, 0);
    if (read < WAL_HEADER_BYTES) {
      throw corrupt(path, `its write-ahead log ${basename(wal)} is cut short (${size} bytes)`);
    }
    if (!WAL_MAGIC.has(header.readUInt32BE(0))) {
      throw corrupt(path, `its write-ahead log ${basename(wal)} has a damaged header`);
    }
  } finally {
    closeSync(descriptor);
  }
}

function corrupt(path: string, problem: string): TallyError {
  return new TallyError(
    'STORE_CORRUPT',
    `The workspace database ${path} is damaged (${problem}): restore it from a backup (tally restore)`,
  );
}

/**
 * Copies a live database page by page with SQLite's online backup API, which sees one consistent
 * snapshot even while others write; a file copy of a WAL database can tear. The copy is written
 * beside the target and renamed into place, so a failed backup leaves no partial file.
 */
export async function backupInto(source: Sqlite.Database, target: string): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.backup`);
  try {
    await source.backup(temporary);
    const copy = new Sqlite(temporary);
    try {
      // The copy is a single self-contained file: no -wal beside it to lose on the way.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new TallyError(
      'FILE_UNREADABLE',
      `cannot write the backup ${target}: ${typeof code === 'string' ? code : (error as Error).message}`,
      { cause: error },
    );
  }
}

function describeSqliteError(error: unknown, path: string): TallyError | undefined {
  const code = (error as { code?: unknown })?.code;
  const reason = (error as Error)?.message ?? String(error);
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new TallyError(
      'STORE_CORRUPT',
      `The workspace database ${path} is damaged or not a Tally database (${reason}): restore it from a backup (tally restore)`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new TallyError(
      'STORE_UNAVAILABLE',
      `The workspace database ${path} is busy (another process holds its lock): try again`,
      { cause: error },
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_PERM'
  ) {
    return new TallyError(
      'STORE_UNAVAILABLE',
      `Cannot use the workspace database ${path}: ${reason}`,
      { cause: error },
    );
  }
  return undefined;
}

function openFailure(error: unknown, path: string): TallyError {
  const reason = (error as Error)?.message ?? String(error);
  return new TallyError(
    'STORE_UNAVAILABLE',
    `Cannot open the workspace database ${path}: ${reason}`,
    { cause: error },
  );
}
