import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { TallyError } from '../../../domain/index.ts';

/**
 * An integer SQLite handed over as a BigInt, as a number when the number says exactly the same
 * (every integer up to 2^53, and beyond it the ones a double holds exactly); any other is refused,
 * naming it, as PostgreSQL's int8 is (../postgres/int8.ts).
 */
export function exactNumber(value: bigint): number {
  const number = Number(value);
  if (BigInt(number) !== value) {
    throw new TallyError(
      'STORE_CORRUPT',
      `The database returned the integer ${value}, which Tally cannot hold exactly`,
    );
  }
  return number;
}

function exactRow(row: unknown): unknown {
  if (row === null || typeof row !== 'object')
    return typeof row === 'bigint' ? exactNumber(row) : row;
  const record = row as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'bigint') record[key] = exactNumber(value);
  }
  return record;
}

/**
 * better-sqlite3 reads an INTEGER beyond 2^53 as the nearest double, silently. Read as BigInts
 * (safe integers) and passed through exactNumber, every integer Kysely sees is exact or refused.
 */
export function withExactIntegers(options: {
  readonly connection: Sqlite.Database;
  /** Where statements are prepared: the connection, or a cache in front of it. */
  readonly statements: SqliteDatabase;
}): SqliteDatabase {
  const { connection, statements } = options;
  connection.defaultSafeIntegers(true);
  return {
    close: () => statements.close(),
    prepare(sql: string): SqliteStatement {
      const statement = statements.prepare(sql);
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters).map(exactRow),
        run: (parameters) => statement.run(parameters),
        *iterate(parameters) {
          for (const row of statement.iterate(parameters)) yield exactRow(row);
        },
      };
    },
  };
}
