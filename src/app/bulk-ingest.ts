import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isTallyError, type DocumentId } from '../domain/index.ts';
import type { DocumentBundle, Store } from '../store/index.ts';
import { expandInputs } from './expand-inputs.ts';
import {
  failureOf,
  type DocumentOverrides,
  type IngestFailure,
  type IngestFileResult,
  type IngestReport,
} from './ingest.ts';
import { ingestWorkerEntry } from './ingest-worker-bundle.ts';
import type { ToMain, ToWorker } from './ingest-worker-protocol.ts';
import { extractTask, readTask, type ReadSettings } from './ingest-worker-task.ts';
import type { DocumentContent } from './read-document.ts';

export interface BulkIngestOptions {
  readonly store: Store;
  /** Files, directories and glob patterns. */
  readonly inputs: readonly string[];
  readonly overrides?: DocumentOverrides;
  readonly maxBytes?: number;
  readonly cwd?: string;
  readonly clock?: () => Date;
  /** Worker threads that read and extract (default: the cores less one, 1 to 4); 0: in-thread. */
  readonly workers?: number;
  /** Documents per write transaction; also bounds how many extracted documents wait in memory. */
  readonly batchSize?: number;
  /** Called once the inputs are expanded, with the number of files to read. */
  readonly onStart?: (total: number) => void;
  /** Called for each file, in input order, once its outcome is final (its batch committed). */
  readonly onFile?: (result: IngestFileResult) => void;
}

/**
 * Each commit writes every page the batch touched to the WAL and syncs it; claims update nine
 * indexes, so the same pages recur from document to document and a larger batch writes them once.
 * 200 documents of 5 KB hold about 5 MB.
 */
const DEFAULT_BATCH = 200;
/**
 * Files each worker holds at once. Every file waits for the main thread twice (is it known? here
 * is its bundle), and the main thread is busy for a whole batch write (better-sqlite3 is
 * synchronous, about 1 ms a document): a worker extracts ahead meanwhile, up to this many files.
 */
const IN_FLIGHT = 32;
/** Files the calling thread holds while it works alone, before a worker has started. */
const INLINE_IN_FLIGHT = 2;
const MAX_DEFAULT_WORKERS = 4;

/**
 * The worker count `bulkIngest` uses when none is asked for: a core for each, but one, since the
 * main thread writes full time (two workers and the writer on two cores run slower than one).
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, availableParallelism() - 1));
}

/**
 * Ingests many files: worker threads read and extract, the calling thread writes batches of
 * documents in one transaction each (and reads and extracts too until the first worker has
 * started). A document already stored (or met earlier in the run) is `unchanged` and not stored
 * again, so an interrupted run resumes where it stopped; a worker stops extracting ahead once it
 * meets one, so a resumed run extracts almost only what is new. Memory holds at most one batch
 * plus 32 files per worker. The report lists files in input order; a store that cannot be
 * reached stops the run, as `ingest` does.
 * @example await bulkIngest({ store, inputs: ['wire/2025/'], workers: 2 });
 */
export async function bulkIngest(options: BulkIngestOptions): Promise<IngestReport> {
  const expanded = await expandInputs(
    options.inputs,
    options.cwd === undefined ? {} : { cwd: options.cwd },
  );
  const settings: ReadSettings = {
    overrides: options.overrides ?? {},
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  const clock = options.clock ?? (() => new Date());
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const results: IngestFileResult[] = [];
  // Outcomes are announced in input order, as `ingest` announces them: one that is ready early
  // waits for those before it (results are small; the documents are already written).
  const ready = new Map<number, IngestFileResult>();
  const record = (index: number, result: IngestFileResult) => {
    ready.set(index, result);
    for (let next = ready.get(results.length); next; next = ready.get(results.length)) {
      ready.delete(results.length);
      results.push(next);
      options.onFile?.(next);
    }
  };
  const problems = expanded.problems.length;
  options.onStart?.(expanded.files.length + problems);
  expanded.problems.forEach(({ input, error }, index) =>
    record(index, { status: 'failed', path: input, code: error.code, message: error.message }),
  );

  const files = expanded.files;
  const workerCount = Math.min(options.workers ?? defaultWorkerCount(), files.length);
  const lanes = createLanes(settings, workerCount);
  // A worker takes a second or so to load the extractor; this thread has it loaded already, so it
  // reads and extracts by itself until the first worker is ready.
  let workersReady = workerCount <= 0;
  const starter = workersReady ? undefined : createInlineLane(settings);
  void Promise.race(lanes.map((lane) => lane.ready)).then(() => {
    workersReady = true;
  });

  interface Pending {
    readonly index: number;
    readonly path: string;
    readonly title: string | null;
    readonly bundle: DocumentBundle;
  }
  let batch: Pending[] = [];
  const inBatch = new Set<string>();
  let writes: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    const taken = batch;
    batch = [];
    writes = writes.then(() => writeBatch(taken));
    return writes;
  };
  const writeBatch = async (taken: readonly Pending[]) => {
    if (taken.length === 0) return;
    let outcomes: (IngestFileResult | undefined)[];
    try {
      const saved = await options.store.saveDocuments(taken.map((item) => item.bundle));
      outcomes = saved.map((outcome, at) => resultOf(taken[at], outcome));
    } catch (error) {
      if (isFatal(error)) throw error;
      // One bad document must not sink the batch: store the rest one by one.
      outcomes = [];
      for (const item of taken) {
        try {
          outcomes.push(resultOf(item, await options.store.saveDocument(item.bundle)));
        } catch (single) {
          if (isFatal(single)) throw single;
          outcomes.push(failureOf(item.path, single));
        }
      }
    }
    taken.forEach((item, at) => {
      inBatch.delete(item.bundle.document.id);
      const outcome = outcomes[at];
      if (outcome) record(item.index, outcome);
    });
  };

  // Files are read in parallel but checked against the store in input order, so that of two
  // files with the same text the first is ingested and the second unchanged, as with `ingest`.
  let checked = 0;
  const turns = new Map<number, () => void>();
  const awaitTurn = (index: number) =>
    index === checked ? Promise.resolve() : new Promise<void>((go) => turns.set(index, go));
  const passTurn = () => {
    checked++;
    const go = turns.get(checked);
    turns.delete(checked);
    go?.();
  };

  let next = 0;
  let stopped = false;
  const runLane = async (lane: Lane, until: () => boolean = () => false) => {
    await lane.ready;
    while (!stopped && next < files.length && !until()) {
      const index = next++;
      const path = files[index] as string;
      const order = problems + index;
      const read = await lane.read(index, { path, now: clock() });
      // The store is asked before this file's turn, so lookups overlap (a round trip each on
      // PostgreSQL); only the check against this run's own documents waits for the files before.
      // A document of this run committed meanwhile is caught by the write, as `unchanged`.
      const stored = 'status' in read ? undefined : options.store.hasDocument(read.documentId);
      stored?.catch(() => undefined);
      await awaitTurn(index);
      if ('status' in read) {
        passTurn();
        record(order, read);
        continue;
      }
      const { documentId, title } = read;
      let known: boolean;
      try {
        known = inBatch.has(documentId) || (stored !== undefined && (await stored));
      } finally {
        passTurn();
      }
      if (known) {
        lane.skip(index);
        record(order, { status: 'unchanged', path, documentId, title });
        continue;
      }
      inBatch.add(documentId);
      const bundle = await lane.extract(index);
      if ('status' in bundle) {
        inBatch.delete(documentId);
        record(order, bundle);
        continue;
      }
      batch.push({ index: order, path, title, bundle });
      if (batch.length >= batchSize) await flush();
    }
  };

  const running = (lane: Lane, count: number, until?: () => boolean) =>
    Array.from({ length: count }, () =>
      runLane(lane, until).catch((error: unknown) => {
        stopped = true;
        throw error;
      }),
    );
  try {
    await Promise.all([
      ...(starter ? running(starter, INLINE_IN_FLIGHT, () => workersReady) : []),
      ...lanes.flatMap((lane) => running(lane, workerCount > 0 ? IN_FLIGHT : INLINE_IN_FLIGHT)),
    ]);
    await flush();
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  const ordered = results;
  return {
    files: ordered,
    ingested: ordered.filter((file) => file.status === 'ingested').length,
    unchanged: ordered.filter((file) => file.status === 'unchanged').length,
    failed: ordered.filter((file) => file.status === 'failed').length,
  };
}

function resultOf(
  item: { path: string; title: string | null; bundle: DocumentBundle } | undefined,
  outcome: 'ingested' | 'unchanged',
): IngestFileResult | undefined {
  if (!item) return undefined;
  const { path, title, bundle } = item;
  const documentId = bundle.document.id;
  if (outcome === 'unchanged') return { status: 'unchanged', path, documentId, title };
  return {
    status: 'ingested',
    path,
    documentId,
    title,
    claims: bundle.claims.length,
    events: bundle.events.length,
  };
}

const isFatal = (error: unknown): boolean =>
  isTallyError(error) && (error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_CORRUPT');

/**
 * `count` worker threads that each read and extract files, or, for 0, one lane in
 * this thread (no thread start-up cost, for small runs).
 */
export function createLanes(settings: ReadSettings, count: number): Lane[] {
  return count <= 0
    ? [createInlineLane(settings)]
    : Array.from({ length: count }, () => createThreadLane(settings));
}

/** Where files are read and extracted, several in hand at once: a worker thread, or this thread. */
export interface Lane {
  /** Settles once the lane can take files (a worker thread has loaded its modules). */
  readonly ready: Promise<void>;
  /** Reads a file; `now` is the time its records will say they were ingested. */
  read(
    task: number,
    file: { readonly path: string; readonly now: Date },
  ): Promise<{ documentId: string; title: string | null } | IngestFailure>;
  extract(task: number): Promise<DocumentBundle | IngestFailure>;
  /** Drops the file read for `task` without extracting it. */
  skip(task: number): void;
  close(): Promise<void>;
}

function createInlineLane(settings: ReadSettings): Lane {
  const held = new Map<
    number,
    { path: string; content: DocumentContent; documentId: DocumentId; now: Date }
  >();
  return {
    ready: Promise.resolve(),
    async read(task, { path, now }) {
      try {
        const read = await readTask(path, settings);
        held.set(task, { path, content: read.content, documentId: read.documentId, now });
        return { documentId: read.documentId, title: read.title };
      } catch (error) {
        return failureOf(path, error);
      }
    },
    async extract(task) {
      const current = held.get(task);
      held.delete(task);
      if (!current) throw new Error(`extract of task ${task} before its read`);
      try {
        return extractTask({ ...current, settings });
      } catch (error) {
        return failureOf(current.path, error);
      }
    },
    skip(task) {
      held.delete(task);
    },
    async close() {},
  };
}

function createThreadLane(settings: ReadSettings): Lane {
  const waiting = new Map<number, { path: string; resolve: (message: ToMain) => void }>();
  const paths = new Map<number, string>();
  let started = () => {};
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  // Messages wait for the worker's first start; a worker that crashes is replaced at once.
  let worker: Promise<Worker> = ingestWorkerEntry().then(spawn);

  function spawn(entry: URL): Worker {
    const created = new Worker(entry, { workerData: settings });
    created.on('message', (message: ToMain) => {
      if (message.type === 'ready') {
        started();
        return;
      }
      const current = waiting.get(message.task);
      waiting.delete(message.task);
      current?.resolve(message);
    });
    created.on('error', (error) => {
      // A crashed worker fails the files it held; a fresh one takes the next files.
      const lost = [...waiting.entries()];
      waiting.clear();
      worker = Promise.resolve(spawn(entry));
      for (const [task, { path, resolve }] of lost) {
        resolve({ type: 'failed', task, failure: failureOf(path, error) });
      }
    });
    return created;
  }

  const post = (message: ToWorker) => {
    void worker.then((current) => current.postMessage(message));
  };
  const ask = (message: ToWorker, path: string) =>
    new Promise<ToMain>((resolve) => {
      waiting.set(message.task, { path, resolve });
      post(message);
    });

  return {
    ready,
    async read(task, { path, now }) {
      paths.set(task, path);
      const answer = await ask({ type: 'read', task, path, now: now.toISOString() }, path);
      if (answer.type === 'failed') paths.delete(task);
      if (answer.type === 'failed') return answer.failure;
      if (answer.type !== 'read') throw new Error(`worker answered ${answer.type} to read`);
      return { documentId: answer.documentId, title: answer.title };
    },
    async extract(task) {
      const path = paths.get(task) ?? `task ${task}`;
      paths.delete(task);
      const answer = await ask({ type: 'extract', task }, path);
      if (answer.type === 'failed') return answer.failure;
      if (answer.type !== 'bundle') throw new Error(`worker answered ${answer.type} to extract`);
      return answer.bundle;
    },
    skip(task) {
      paths.delete(task);
      post({ type: 'skip', task });
    },
    async close() {
      await (await worker).terminate();
    },
  };
}
