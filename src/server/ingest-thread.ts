import { Worker } from 'node:worker_threads';
import { TallyError } from '../domain/index.ts';
import type { OpenStoreOptions } from '../store/index.ts';
import type { ThreadAnswer, ThreadRequest } from './ingest-thread-protocol.ts';
import type { IngestOutcome, Upload } from './ingest-upload.ts';

/** Ingests uploads on a worker thread with its own connection to the workspace. */
export interface IngestThread {
  ingest(upload: Upload): Promise<IngestOutcome>;
  /** Lets the thread finish what it holds, close its store and stop. */
  close(): Promise<void>;
}

const BOOT = new URL('./ingest-thread-boot.mjs', import.meta.url);
/** A thread that does not stop after being asked to is stopped. */
const CLOSE_WAIT_MS = 10_000;

/**
 * Extracting a large document takes seconds of CPU and storing its claims most of a second more;
 * on the server's thread either would stall every other request. The thread starts with the first
 * upload, runs the same `ingest` use case as the CLI, and is started afresh if it dies.
 * @example const thread = createIngestThread({ workspace: './tally-workspace', env: {} });
 */
export function createIngestThread(open: OpenStoreOptions): IngestThread {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (v: IngestOutcome) => void; reject: (e: Error) => void }
  >();

  const failAll = (reason: string) => {
    for (const { reject } of waiting.values()) {
      reject(new TallyError('INTERNAL', `the ingest thread stopped: ${reason}`));
    }
    waiting.clear();
  };

  const start = (): Worker => {
    const created = new Worker(BOOT, { workerData: open });
    created.on('message', (message: ThreadAnswer) => {
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (!pending) return;
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new TallyError(message.code, message.message));
    });
    created.on('error', (error) => {
      if (worker === created) worker = undefined;
      failAll(error.message);
    });
    created.on('exit', (code) => {
      if (worker === created) worker = undefined;
      failAll(`exit code ${code}`);
    });
    // A server that is closed without closing the thread still lets its process end.
    created.unref();
    return created;
  };

  return {
    ingest(upload) {
      const id = ++next;
      const request: ThreadRequest = { type: 'ingest', id, ...upload };
      worker ??= start();
      const target = worker;
      return new Promise<IngestOutcome>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        target.postMessage(request);
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (!current) return;
      const exited = new Promise((done) => current.once('exit', done));
      current.postMessage({ type: 'close' });
      const timer = setTimeout(() => void current.terminate(), CLOSE_WAIT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
