import type { ColumnDataType, Expression, Kysely, Transaction } from 'kysely';
import type { TallyError } from '../domain/index.ts';
import type { Database } from './schema.ts';
import type { DialectName, SearchHit } from './store.ts';

/** What the shared repository code needs to know about one database. */
export interface Backend {
  readonly dialect: DialectName;
  /** Where the workspace lives, password masked. */
  readonly location: string;
  readonly db: Kysely<Database>;
  readonly types: {
    /** An integer primary key the database assigns and never renumbers. */
    readonly serialKey: ColumnDataType | Expression<unknown>;
    /** Text whose ordering is by code point on every dialect, so exports sort alike. */
    readonly keyText: ColumnDataType | Expression<unknown>;
  };
  /** Keeps concurrent openers from migrating the same database twice. */
  lockForMigration(trx: Transaction<Database>): Promise<void>;
  /**
   * Runs the migrations with foreign key actions off (SQLite: set outside the transaction, the
   * only place the pragma takes effect), so a migration that rebuilds a parent table does not
   * cascade its drop into the children.
   */
  withoutForeignKeyActions<T>(run: () => Promise<T>): Promise<T>;
  /** Rows referring to a missing parent, one line each; checked before a migration commits. */
  foreignKeyProblems(trx: Transaction<Database>): Promise<string[]>;
  /** Creates the full-text index over documents (migration 1). */
  createSearchIndex(trx: Transaction<Database>): Promise<void>;
  /** Adds a newly stored document to the full-text index, in the caller's transaction. */
  indexDocument(
    trx: Transaction<Database>,
    document: { seq: number; title: string | null; text: string },
  ): Promise<void>;
  /** Runs an already-sanitised list of search terms (all must match). */
  search(options: { terms: readonly string[]; limit: number }): Promise<SearchHit[]>;
  /** Which integrity rule a failed write broke, if any. */
  constraintKind(error: unknown): 'unique' | 'foreign_key' | undefined;
  /** Translates a driver error into a TallyError where it means something to a user. */
  describeError(error: unknown): TallyError | undefined;
  /** Problems the database finds in its own storage (pages, indexes, foreign keys); empty when sound. */
  checkStorage(): Promise<string[]>;
  /** Writes a consistent copy of the live database to a file (SQLite's online backup API). */
  backup(options: { path: string }): Promise<void>;
  close(): Promise<void>;
}
