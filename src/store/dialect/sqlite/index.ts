import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import { TallyError } from '../../../domain/index.ts';
import type { Backend } from '../../backend.ts';
import type { Database } from '../../schema.ts';
import { toFts5Query } from '../../search-query.ts';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Write transactions take the write lock up front (`BEGIN IMMEDIATE`): a deferred transaction
 * that reads first and then writes can fail with SQLITE_BUSY instead of waiting its turn.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Opens (creating it if needed) the SQLite database file of a workspace. */
export function createSqliteBackend(options: { path: string }): Backend {
  const { path } = options;
  let connection: Sqlite.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    connection = new Sqlite(path, { timeout: BUSY_TIMEOUT_MS });
    // Per connection, and this dialect has exactly one.
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('synchronous = FULL');
    connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    connection?.close();
    throw describeSqliteError(error, path) ?? openFailure(error, path);
  }
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: connection }),
  });

  return {
    dialect: 'sqlite',
    location: path,
    db,
    types: { serialKey: 'integer', keyText: 'text' },
    async lockForMigration() {
      // BEGIN IMMEDIATE already holds the database's only write lock.
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
      const result = await sql<{
        id: string;
        title: string | null;
        snippet: string;
        score: number;
      }>`
        select d.id, d.title, snippet(documents_fts, 1, '', '', '…', 24) as snippet,
          bm25(documents_fts) as score
        from documents_fts join documents d on d.seq = documents_fts.rowid
        where documents_fts match ${toFts5Query(terms)}
        order by score, d.id
        limit ${limit}`.execute(db);
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
    async close() {
      await db.destroy();
    },
  };
}

function describeSqliteError(error: unknown, path: string): TallyError | undefined {
  const code = (error as { code?: unknown })?.code;
  const reason = (error as Error)?.message ?? String(error);
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new TallyError(
      'STORE_CORRUPT',
      `The workspace database ${path} is damaged or not a Tally database: ${reason}`,
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
