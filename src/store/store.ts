import type {
  AuditEntry,
  Claim,
  ClaimStatus,
  Document,
  DocumentId,
  Entity,
  EntityKind,
  Event,
} from '../domain/index.ts';

/** Which database holds a workspace. The same code and the same tests serve both. */
export type DialectName = 'sqlite' | 'postgres';

/** A document with everything extracted from it, written in one transaction. */
export interface DocumentBundle {
  readonly document: Document;
  readonly claims: readonly Claim[];
  readonly events: readonly Event[];
}

export type SaveOutcome = 'ingested' | 'unchanged';

export interface DocumentFilter {
  readonly publisher?: string;
  /** Inclusive lower bound on `published`, as a partial date prefix ("2024", "2024-12"). */
  readonly publishedFrom?: string;
  readonly publishedTo?: string;
  /** Substring of the title, case-insensitive. */
  readonly title?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** A document without its text, for listings. */
export type DocumentSummary = Omit<Document, 'text'> & {
  readonly length: number;
  readonly claimCount: number;
};

export interface SearchHit {
  readonly documentId: DocumentId;
  readonly title: string | null;
  /** A short passage around the best match, with the matched words as they stand in the text. */
  readonly snippet: string;
  readonly rank: number;
}

export interface ClaimFilter {
  readonly documentId?: DocumentId;
  readonly status?: ClaimStatus;
  readonly category?: string;
  /** Either end of the flow. */
  readonly country?: string;
  /**
   * Only claims after this one in the listing order (document, span start, id): the next page
   * starts where the last ended, read off an index however deep it is, unlike `offset`.
   */
  readonly after?: ClaimCursor;
  readonly limit?: number;
  readonly offset?: number;
}

/** Where a claim stands in the listing order. */
export interface ClaimCursor {
  readonly documentId: DocumentId;
  readonly spanStart: number;
  readonly id: string;
}

/** What the ledger reads of a document. */
export type LedgerDocument = Pick<Document, 'id' | 'title' | 'publisher' | 'published' | 'url'>;

/** Everything the ledger computes from, read at one revision of the workspace. */
export interface LedgerSnapshot {
  readonly revision: number;
  /** Accepted claims, then edited ones, each in the listing order. */
  readonly claims: Claim[];
  readonly documents: LedgerDocument[];
}

/** A claim's new stored fields with the audit entry that records the change. */
export interface ClaimUpdate {
  readonly claim: Claim;
  readonly audit: AuditEntry;
}

export interface WorkspaceCounts {
  readonly documents: number;
  readonly claims: number;
  readonly events: number;
}

/**
 * One line of a workspace export. Records come in a fixed order (documents by id, each
 * followed by its claims and then its events by id, then entities by id, then the audit log by
 * time and id; ids compare by code point on every dialect) so that an export of an import of an
 * export is byte-identical.
 */
export type ExportRecord =
  | { readonly kind: 'document'; readonly record: Document }
  | { readonly kind: 'claim'; readonly record: Claim }
  | { readonly kind: 'event'; readonly record: Event }
  | { readonly kind: 'entity'; readonly record: Entity }
  | { readonly kind: 'audit'; readonly record: AuditEntry };

/** What an API token may do: read, review and ingest, or everything. */
export type TokenRole = 'viewer' | 'analyst' | 'admin';

/** An API token as stored: its SHA-256 digest, never the token. */
export interface StoredToken {
  readonly name: string;
  readonly role: TokenRole;
  /** Lower-case hex SHA-256 of the token. */
  readonly digest: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A file waiting in, or done by, the shared ingest queue. */
export interface IngestJob {
  readonly id: number;
  readonly source: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  readonly attempts: number;
  readonly worker: string | null;
  readonly documentId: string | null;
  readonly outcome: 'ingested' | 'unchanged' | null;
  readonly error: string | null;
}

export interface JobCounts {
  readonly queued: number;
  readonly running: number;
  readonly done: number;
  readonly failed: number;
}

/** The workspace's persistence, whatever the database. Every method is one transaction. */
export interface Store {
  readonly dialect: DialectName;
  /** Where the workspace lives, with any password masked: for messages, never for connecting. */
  readonly location: string;

  /** Stores a document with its claims and events, or reports it `unchanged` if its id is known. */
  saveDocument(bundle: DocumentBundle): Promise<SaveOutcome>;
  /**
   * Stores many documents in one transaction (all or none), each `unchanged` if its id is known
   * or came earlier in the batch; outcomes are in the order of `bundles`.
   */
  saveDocuments(bundles: readonly DocumentBundle[]): Promise<SaveOutcome[]>;
  hasDocument(id: DocumentId): Promise<boolean>;
  getDocument(id: DocumentId): Promise<Document | undefined>;
  /** Finds a document by its full id or by an unambiguous prefix of at least 6 characters. */
  resolveDocumentId(idOrPrefix: string): Promise<DocumentId | undefined>;
  listDocuments(filter?: DocumentFilter): Promise<DocumentSummary[]>;
  /** Full-text search over document text (SQLite FTS5, PostgreSQL tsvector). */
  searchDocuments(query: string, options?: { limit?: number }): Promise<SearchHit[]>;

  listClaims(filter?: ClaimFilter): Promise<Claim[]>;
  /**
   * How many claims `listClaims` would return for the filter without its limit and offset; with
   * `upTo`, counting stops there (a page's "10,000+" costs no more than 10,000 index entries).
   */
  countClaims(
    filter?: Omit<ClaimFilter, 'limit' | 'offset' | 'after'>,
    options?: { readonly upTo?: number },
  ): Promise<number>;
  getClaim(id: string): Promise<Claim | undefined>;
  listEvents(filter?: { documentId?: DocumentId }): Promise<Event[]>;

  /** Replaces a claim's stored fields and appends the audit entry in the same transaction. */
  updateClaim(claim: Claim, audit: AuditEntry): Promise<void>;
  /**
   * Many `updateClaim`s in one transaction, in order: all of them or, on any error, none. A
   * server groups concurrent reviews so that they share one commit (and one fsync).
   */
  updateClaims(changes: readonly ClaimUpdate[]): Promise<void>;
  listAudit(filter?: { subjectId?: string }): Promise<AuditEntry[]>;

  /** Adds an entity, or replaces the one with the same id. */
  saveEntity(entity: Entity): Promise<void>;
  listEntities(filter?: { kind?: EntityKind }): Promise<Entity[]>;

  counts(): Promise<WorkspaceCounts>;

  /**
   * The workspace's revision: a number that every change to documents, claims, entities or the
   * audit log raises, in the change's own transaction. Kept in the database, so every process
   * sharing the workspace sees the same number.
   */
  revision(): Promise<number>;
  /** The counted claims and document metadata, with the revision they were read at. */
  ledgerSnapshot(): Promise<LedgerSnapshot>;

  /** Adds an API token; a name already used (even revoked) is a CONFLICT. */
  saveToken(token: StoredToken): Promise<void>;
  /** Every token, revoked ones included, by name. */
  listTokens(): Promise<StoredToken[]>;
  /** The token with this digest, revoked or not; the caller checks `revokedAt`. */
  findTokenByDigest(digest: string): Promise<StoredToken | undefined>;
  /** Marks a token revoked at `at`; false when no unrevoked token has that name. */
  revokeToken(name: string, at: string): Promise<boolean>;

  /** Every record, in the export order. */
  exportRecords(): AsyncIterable<ExportRecord>;
  /**
   * Adds records to the workspace in one transaction: all of them, or none on any error. With
   * `batch` above 1, records are written that many at a time in multi-row INSERTs (far faster on
   * PostgreSQL), and a refused record is named less precisely ("a record of this batch").
   */
  importRecords(
    records: AsyncIterable<ExportRecord>,
    options?: { readonly batch?: number },
  ): Promise<{ imported: number }>;

  /**
   * Problems in the stored data itself: damaged pages or indexes (SQLite integrity_check) and
   * orphans (claims, events or audit entries about a claim that is gone). Empty when sound.
   */
  checkStorage(): Promise<string[]>;
  /** Writes a consistent copy of the live workspace to a file; SQLite only (PostgreSQL: pg_dump). */
  backup(options: { readonly path: string }): Promise<void>;

  /**
   * Adds files to the ingest queue; a file already queued or done stays as it is, a failed one
   * is queued again. Returns how many jobs were added or re-queued.
   */
  enqueueJobs(sources: readonly string[], at: string): Promise<number>;
  /**
   * Leases up to `limit` jobs to `worker` until `now + leaseMs`: queued ones first by id, or
   * running ones whose lease has run out (their worker died). On PostgreSQL concurrent workers
   * skip each other's locked rows (`FOR UPDATE SKIP LOCKED`). A job leased `maxAttempts` times
   * without finishing is marked failed instead.
   */
  claimJobs(options: {
    readonly worker: string;
    readonly limit: number;
    readonly leaseMs: number;
    readonly now: number;
    readonly maxAttempts: number;
  }): Promise<IngestJob[]>;
  /** Extends the worker's leases; returns the ids it still holds. */
  renewJobs(options: {
    readonly worker: string;
    readonly ids: readonly number[];
    readonly leaseUntil: number;
  }): Promise<number[]>;
  /** Records a leased job's end; false when the worker no longer held the lease. */
  finishJob(options: {
    readonly id: number;
    readonly worker: string;
    readonly at: string;
    readonly result:
      | {
          readonly state: 'done';
          readonly documentId: string;
          readonly outcome: 'ingested' | 'unchanged';
        }
      | { readonly state: 'failed'; readonly error: string };
  }): Promise<boolean>;
  jobCounts(): Promise<JobCounts>;
  listJobs(filter?: { readonly state?: IngestJob['state'] }): Promise<IngestJob[]>;

  close(): Promise<void>;
}
