import { sql, type Selectable } from 'kysely';
import type { Backend } from './backend.ts';
import type { IngestJobTable } from './schema.ts';
import type { IngestJob, Store } from './store.ts';

type JobMethods = Pick<
  Store,
  'enqueueJobs' | 'claimJobs' | 'renewJobs' | 'finishJob' | 'jobCounts' | 'listJobs'
>;

/** Rows per INSERT, well under both dialects' bound-parameter limits (3 parameters a row). */
const ENQUEUE_BATCH = 1_000;

/**
 * The shared ingest queue. PostgreSQL is where several workers meet: a claim locks the rows it
 * takes and skips rows other claims hold (`FOR UPDATE SKIP LOCKED`), so no two workers lease
 * the same job at once. SQLite has one writer at a time (`BEGIN IMMEDIATE`), which gives the
 * same guarantee without the clause, so one queue serves both.
 */
export function createJobMethods(
  backend: Backend,
  guard: <T>(operation: () => Promise<T>) => Promise<T>,
): JobMethods {
  const { db } = backend;
  return {
    enqueueJobs: (sources, at) =>
      guard(() =>
        db.transaction().execute(async (trx) => {
          let added = 0;
          const unique = [...new Set(sources)];
          for (let start = 0; start < unique.length; start += ENQUEUE_BATCH) {
            const rows = unique.slice(start, start + ENQUEUE_BATCH).map((source) => ({
              source,
              state: 'queued',
              attempts: 0,
              enqueued_at: at,
            }));
            const result = await trx
              .insertInto('ingest_jobs')
              .values(rows)
              .onConflict((conflict) =>
                conflict
                  .column('source')
                  .doUpdateSet({
                    state: 'queued',
                    attempts: 0,
                    error: null,
                    worker: null,
                    lease_until: null,
                    enqueued_at: at,
                    finished_at: null,
                  })
                  .where('ingest_jobs.state', '=', 'failed'),
              )
              .executeTakeFirst();
            added += Number(result.numInsertedOrUpdatedRows ?? 0);
          }
          return added;
        }),
      ),

    claimJobs: (options) =>
      guard(() =>
        db.transaction().execute(async (trx) => {
          const { worker, limit, leaseMs, now, maxAttempts } = options;
          // A job whose worker died maxAttempts times is likely what kills them: stop retrying.
          await trx
            .updateTable('ingest_jobs')
            .set({
              state: 'failed',
              error: `gave up after ${maxAttempts} attempts: its worker stopped each time`,
              finished_at: new Date(now).toISOString(),
            })
            .where('state', '=', 'running')
            .where('lease_until', '<', now)
            .where('attempts', '>=', maxAttempts)
            .execute();
          let candidates = trx
            .selectFrom('ingest_jobs')
            .select('id')
            .where((eb) =>
              eb.or([
                eb('state', '=', 'queued'),
                eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)]),
              ]),
            )
            .where('attempts', '<', maxAttempts)
            .orderBy('id')
            .limit(limit);
          if (backend.dialect === 'postgres') candidates = candidates.forUpdate().skipLocked();
          const rows = await trx
            .updateTable('ingest_jobs')
            .set((eb) => ({
              state: 'running',
              attempts: eb('attempts', '+', 1),
              worker,
              lease_until: now + leaseMs,
            }))
            .where('id', 'in', candidates)
            .returningAll()
            .execute();
          return rows.map(rowToJob).sort((a, b) => a.id - b.id);
        }),
      ),

    renewJobs: ({ worker, ids, leaseUntil }) =>
      guard(async () => {
        if (ids.length === 0) return [];
        const rows = await db
          .updateTable('ingest_jobs')
          .set({ lease_until: leaseUntil })
          .where('id', 'in', [...ids])
          .where('worker', '=', worker)
          .where('state', '=', 'running')
          .returning('id')
          .execute();
        return rows.map((row) => Number(row.id));
      }),

    finishJob: ({ id, worker, at, result }) =>
      guard(async () => {
        const fields =
          result.state === 'done'
            ? { document_id: result.documentId, outcome: result.outcome, error: null }
            : { error: result.error };
        const updated = await db
          .updateTable('ingest_jobs')
          .set({ ...fields, state: result.state, finished_at: at, lease_until: null })
          .where('id', '=', id)
          .where('worker', '=', worker)
          .where('state', '=', 'running')
          .executeTakeFirst();
        return Number(updated.numUpdatedRows) > 0;
      }),

    jobCounts: () =>
      guard(async () => {
        const rows = await db
          .selectFrom('ingest_jobs')
          .select(['state', sql<number | string>`count(*)`.as('n')])
          .groupBy('state')
          .execute();
        const count = (state: string) => Number(rows.find((row) => row.state === state)?.n ?? 0);
        return {
          queued: count('queued'),
          running: count('running'),
          done: count('done'),
          failed: count('failed'),
        };
      }),

    listJobs: (filter = {}) =>
      guard(async () => {
        let query = db.selectFrom('ingest_jobs').selectAll();
        if (filter.state !== undefined) query = query.where('state', '=', filter.state);
        const rows = await query.orderBy('id').execute();
        return rows.map(rowToJob);
      }),
  };
}

function rowToJob(row: Selectable<IngestJobTable>): IngestJob {
  return {
    id: Number(row.id),
    source: row.source,
    state: row.state as IngestJob['state'],
    attempts: Number(row.attempts),
    worker: row.worker,
    documentId: row.document_id,
    outcome: row.outcome as IngestJob['outcome'],
    error: row.error,
  };
}
