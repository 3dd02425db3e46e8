import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isTallyError } from '../domain/index.ts';
import type { IngestJob, JobCounts, Store } from '../store/index.ts';
import { createLanes, type Lane } from './bulk-ingest.ts';
import { expandInputs } from './expand-inputs.ts';
import { failureOf, type DocumentOverrides } from './ingest.ts';

export interface EnqueueReport {
  /** Jobs added (or failed ones queued again). */
  readonly added: number;
  /** Files named that were queued or done already. */
  readonly known: number;
  /** Arguments that named no readable file, as one-line messages. */
  readonly problems: readonly string[];
}

/**
 * Puts files on the workspace's shared ingest queue, by absolute path: every worker must see
 * the same files at the same paths (a shared or synchronised folder).
 * @example await enqueue({ store, inputs: ['/srv/wire/2025-06-01/'] });
 */
export async function enqueue(options: {
  readonly store: Store;
  readonly inputs: readonly string[];
  readonly cwd?: string;
  readonly clock?: () => Date;
}): Promise<EnqueueReport> {
  const cwd = options.cwd ?? process.cwd();
  const expanded = await expandInputs(options.inputs, { cwd });
  const sources = expanded.files.map((path) => resolve(cwd, path));
  const at = (options.clock ?? (() => new Date()))().toISOString();
  const added = await options.store.enqueueJobs(sources, at);
  return {
    added,
    known: new Set(sources).size - added,
    problems: expanded.problems.map((problem) => problem.error.message),
  };
}

export interface WorkerOptions {
  readonly store: Store;
  /** Names this worker in the jobs table (default host:pid). */
  readonly name?: string;
  /** Jobs processed at once, each in its own thread when more than 1 (default 1). */
  readonly concurrency?: number;
  /** How long a lease lasts before another worker may take the job over (default 60 s). */
  readonly leaseMs?: number;
  /** How long to wait when the queue is empty (default 1 s). */
  readonly pollMs?: number;
  /** Leases a job may take before it is failed (default 3). */
  readonly maxAttempts?: number;
  /** Stop once nothing is queued or running, instead of waiting for more work. */
  readonly drain?: boolean;
  readonly overrides?: DocumentOverrides;
  readonly maxBytes?: number;
  /** Stops the worker after the jobs in hand. */
  readonly signal?: AbortSignal;
  readonly onJob?: (job: IngestJob, result: JobResult) => void;
}

export type JobResult =
  | {
      readonly state: 'done';
      readonly outcome: 'ingested' | 'unchanged';
      readonly documentId: string;
    }
  | { readonly state: 'failed'; readonly error: string }
  /** Another worker took the job over (this one's lease ran out); its result was not recorded. */
  | { readonly state: 'lost' };

export interface WorkerReport {
  readonly done: number;
  readonly failed: number;
  readonly lost: number;
}

/**
 * Works the shared ingest queue: leases a job, reads and extracts the file, stores it and marks
 * the job done, renewing its lease meanwhile. A worker killed mid-job leaves a lease that runs
 * out, and another worker takes the job. A document is never stored twice: its id is its text's
 * hash, and storing a known id is `unchanged`.
 * @example await runWorker({ store, concurrency: 2, drain: true });
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { store } = options;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const settings = {
    overrides: options.overrides ?? {},
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
  const lanes = createLanes(settings, concurrency === 1 ? 0 : concurrency);
  const held = new Set<number>();
  const counts = { done: 0, failed: 0, lost: 0 };
  // Renews every lease in hand well before it runs out, whatever each lane is doing.
  const heartbeat = setInterval(
    () => {
      if (held.size === 0) return;
      store
        .renewJobs({ worker: name, ids: [...held], leaseUntil: Date.now() + leaseMs })
        .catch(() => undefined);
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );

  const work = async (lane: Lane) => {
    while (!options.signal?.aborted) {
      const [job] = await store.claimJobs({
        worker: name,
        limit: 1,
        leaseMs,
        now: Date.now(),
        maxAttempts,
      });
      if (!job) {
        if (options.drain && isSettled(await store.jobCounts())) return;
        await sleep(pollMs);
        continue;
      }
      held.add(job.id);
      let result: JobResult;
      try {
        result = await processJob({ store, lane, job, worker: name });
      } finally {
        held.delete(job.id);
      }
      counts[result.state]++;
      options.onJob?.(job, result);
    }
  };
  try {
    await Promise.all(lanes.map(work));
  } finally {
    clearInterval(heartbeat);
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  return counts;
}

const isSettled = (counts: JobCounts): boolean => counts.queued === 0 && counts.running === 0;

async function processJob(input: {
  store: Store;
  lane: Lane;
  job: IngestJob;
  worker: string;
}): Promise<JobResult> {
  const { store, lane, job, worker } = input;
  let result: Exclude<JobResult, { state: 'lost' }>;
  const read = await lane.read(job.id, { path: job.source, now: new Date() });
  if ('status' in read) {
    result = { state: 'failed', error: read.message };
  } else if (await store.hasDocument(read.documentId)) {
    lane.skip(job.id);
    result = { state: 'done', outcome: 'unchanged', documentId: read.documentId };
  } else {
    const bundle = await lane.extract(job.id);
    if ('status' in bundle) {
      result = { state: 'failed', error: bundle.message };
    } else {
      try {
        const outcome = await store.saveDocument(bundle);
        result = { state: 'done', outcome, documentId: bundle.document.id };
      } catch (error) {
        if (isTallyError(error) && error.code.startsWith('STORE_')) throw error;
        result = { state: 'failed', error: failureOf(job.source, error).message };
      }
    }
  }
  const recorded = await store.finishJob({
    id: job.id,
    worker,
    at: new Date().toISOString(),
    result,
  });
  return recorded ? result : { state: 'lost' };
}
