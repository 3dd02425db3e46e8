import { isTallyError } from '../domain/index.ts';
import type { ClaimUpdate, Store } from '../store/index.ts';

/** Groups claim updates that arrive together into one transaction. */
export interface WriteBatcher {
  /** Resolves once the update is committed (with the others of its batch); rejects if it is not. */
  write(update: ClaimUpdate): Promise<void>;
  /** Commits what is waiting; later writes are refused. */
  close(): Promise<void>;
}

export interface WriteBatcherOptions {
  readonly store: Pick<Store, 'updateClaims'>;
  /** Updates per transaction at most (default 500); more wait for the next one. */
  readonly maxBatch?: number;
}

interface Waiting {
  readonly update: ClaimUpdate;
  readonly done: (error?: unknown) => void;
}

const DEFAULT_MAX_BATCH = 500;

/**
 * With `synchronous=FULL` every commit waits for the disk, so one review per transaction caps
 * writes at the disk's flush rate. Updates that arrive while a commit runs (or in the same turn of
 * the event loop) share the next commit; each caller hears back only after the commit that holds
 * its update, so nothing is acknowledged that is not stored. If a batch fails, its updates are
 * tried one by one, so that one bad update (a claim deleted meanwhile) fails alone.
 * @example const batcher = createWriteBatcher({ store }); await batcher.write({ claim, audit });
 */
export function createWriteBatcher(options: WriteBatcherOptions): WriteBatcher {
  const { store } = options;
  const maxBatch = Math.max(1, options.maxBatch ?? DEFAULT_MAX_BATCH);
  let waiting: Waiting[] = [];
  let running: Promise<void> | undefined;
  let scheduled = false;
  let closed = false;

  const commit = async (batch: readonly Waiting[]): Promise<void> => {
    try {
      await store.updateClaims(batch.map((item) => item.update));
      for (const item of batch) item.done();
      return;
    } catch (error) {
      if (batch.length === 1 || isUnavailable(error)) {
        for (const item of batch) item.done(error);
        return;
      }
    }
    for (const item of batch) {
      try {
        await store.updateClaims([item.update]);
        item.done();
      } catch (error) {
        item.done(error);
      }
    }
  };

  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(batch.length);
      await commit(batch);
    }
  };

  const start = () => {
    scheduled = false;
    if (running) return;
    running = drain().finally(() => {
      running = undefined;
      // Updates that arrived during the last commit already went with the loop above.
    });
  };

  return {
    write(update) {
      if (closed) return Promise.reject(new Error('the write batcher is closed'));
      return new Promise<void>((resolve, reject) => {
        waiting.push({
          update,
          done: (error) => (error === undefined ? resolve() : reject(error)),
        });
        // After this turn of the event loop, so the requests read in the same turn join in.
        if (!scheduled && !running) {
          scheduled = true;
          setImmediate(start);
        }
      });
    },
    async close() {
      closed = true;
      if (scheduled) start();
      await running;
      await drain();
    },
  };
}

/** The store cannot be reached: trying the updates one by one would only fail again. */
const isUnavailable = (error: unknown): boolean =>
  isTallyError(error) && (error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_CORRUPT');

/**
 * Runs tasks with the same key one after another (in call order) and tasks with different keys
 * side by side: a review reads the claim, decides, and writes; a second review of the same claim
 * must read what the first wrote.
 */
export function createKeyedSerializer(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
