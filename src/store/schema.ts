import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Structured fields (span aside) are JSON text, not jsonb: the
 * export must give back the exact bytes it was given, and jsonb reorders keys.
 */
export interface Database {
  schema_migrations: SchemaMigrationTable;
  documents: DocumentTable;
  claims: ClaimTable;
  events: EventTable;
  audit_entries: AuditTable;
  entities: EntityTable;
  api_tokens: ApiTokenTable;
  ingest_jobs: IngestJobTable;
  workspace_revision: WorkspaceRevisionTable;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface DocumentTable {
  /** A stable integer key: SQLite's external-content FTS index points at it. */
  seq: Generated<number>;
  id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  format: string;
  source: string | null;
  text: string;
  ingested_at: string;
}

export interface ClaimTable {
  id: string;
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  category: string;
  from_country: string | null;
  to_country: string | null;
  period: string | null;
  stage: string | null;
  attribution: string | null;
  status: string;
  reviewer: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventTable {
  id: string;
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  date: string;
  type: string;
  actors: string;
  place: string | null;
}

export interface AuditTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject_kind: string;
  subject_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export interface EntityTable {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  aliases: string;
}

export interface ApiTokenTable {
  name: string;
  role: string;
  /** Lower-case hex SHA-256 of the token; the token itself is never stored. */
  digest: string;
  created_at: string;
  revoked_at: string | null;
}

export interface IngestJobTable {
  id: Generated<number>;
  /** The file to ingest, as an absolute path every worker can read. */
  source: string;
  /** queued, running, done or failed. */
  state: string;
  attempts: number;
  /** When a running job's lease ends (ms since the epoch); after that another worker may take it. */
  lease_until: number | null;
  worker: string | null;
  document_id: string | null;
  outcome: string | null;
  error: string | null;
  enqueued_at: string;
  finished_at: string | null;
}

/**
 * One row (id 1) counting the changes made to the workspace: every write transaction that
 * changes what the ledger reads adds one, so caches in any process can tell they are stale.
 */
export interface WorkspaceRevisionTable {
  id: number;
  revision: number | string;
}
