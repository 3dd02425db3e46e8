import { TallyError } from '../domain/index.ts';
import type { ExportRecord, Store } from '../store/index.ts';

/** How many records of each kind a migration copied (and found in the target afterwards). */
export interface MigrationReport {
  readonly documents: number;
  readonly claims: number;
  readonly events: number;
  readonly entities: number;
  readonly audit: number;
  readonly tokens: number;
}

/** Records per multi-row INSERT: about 200 documents of 5 KB with their claims and events. */
const IMPORT_BATCH = 3_000;

type Counted = { -readonly [K in keyof MigrationReport]: number };

const KIND_COUNTER: Record<ExportRecord['kind'], keyof MigrationReport> = {
  document: 'documents',
  claim: 'claims',
  event: 'events',
  entity: 'entities',
  audit: 'audit',
};

/**
 * Copies a whole workspace into an empty one, typically SQLite into PostgreSQL: documents (with
 * their full-text index), claims with their review state, events, entities and the audit trail
 * stream from the source page by page into one transaction on the target, so the target holds
 * all of them or, on any error, none. API tokens (digests only) follow, so clients keep working.
 * The ingest queue is not copied: its jobs name files on the machines that queued them. At the
 * end the target's counts must equal the source's, or the migration fails.
 * @throws TallyError CONFLICT when the target already holds anything, before writing a thing.
 * @example await migrateWorkspace({ source: sqliteStore, target: postgresStore });
 */
export async function migrateWorkspace(options: {
  readonly source: Store;
  readonly target: Store;
  /** Called every `progressEvery` records copied, and once at the end of the records. */
  readonly onProgress?: (copied: number) => void;
  readonly progressEvery?: number;
}): Promise<MigrationReport> {
  const { source, target } = options;
  const every = options.progressEvery ?? 1_000;
  const held = await tally(target);
  const found = Object.entries(held).find(([, count]) => count > 0);
  if (found) {
    throw new TallyError(
      'CONFLICT',
      `The target workspace ${target.location} is not empty (${found[0]}: ${found[1]}): migrate-to copies only into an empty database or schema`,
    );
  }
  const copied: Counted = { documents: 0, claims: 0, events: 0, entities: 0, audit: 0, tokens: 0 };
  let total = 0;
  async function* counting(): AsyncGenerator<ExportRecord> {
    for await (const item of source.exportRecords()) {
      copied[KIND_COUNTER[item.kind]]++;
      total++;
      if (total % every === 0) options.onProgress?.(total);
      yield item;
    }
    options.onProgress?.(total);
  }
  await target.importRecords(counting(), { batch: IMPORT_BATCH });
  for (const token of await source.listTokens()) {
    await target.saveToken(token);
    copied.tokens++;
  }

  // The source is read page by page, not in one snapshot: a write to it meanwhile shows here.
  const [before, after] = await Promise.all([tally(source), tally(target)]);
  for (const key of Object.keys(copied) as (keyof MigrationReport)[]) {
    if (before[key] === copied[key] && after[key] === copied[key]) continue;
    throw new TallyError(
      'CONFLICT',
      `The migration to ${target.location} does not add up: ${key} ${before[key]} in the source, ${copied[key]} copied, ${after[key]} in the target (was the source written to meanwhile?)`,
    );
  }
  return copied;
}

async function tally(store: Store): Promise<MigrationReport> {
  const [counts, entities, tokens, audit] = await Promise.all([
    store.counts(),
    store.listEntities(),
    store.listTokens(),
    store.listAudit(),
  ]);
  return {
    documents: counts.documents,
    claims: counts.claims,
    events: counts.events,
    entities: entities.length,
    audit: audit.length,
    tokens: tokens.length,
  };
}
