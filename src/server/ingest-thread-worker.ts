/**
 * The body of the server's ingest thread: it reads, extracts and stores uploads through its own
 * connection to the workspace, so that neither the extraction nor the write of a large document
 * holds the thread that answers requests. Started by `createIngestThread`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isTallyError } from '../domain/index.ts';
import { openStore, type OpenStoreOptions } from '../store/index.ts';
import type { ThreadAnswer, ThreadRequest } from './ingest-thread-protocol.ts';
import { ingestUpload } from './ingest-upload.ts';

const port = parentPort;
if (port === null) throw new Error('ingest-thread-worker.ts runs only as a worker thread');
const opening = openStore(workerData as OpenStoreOptions);
// An open that fails fails each request with its reason, instead of killing the thread.
opening.catch(() => undefined);

const inFlight = new Set<Promise<unknown>>();

port.on('message', (message: ThreadRequest | { readonly type: 'close' }) => {
  if (message.type === 'close') {
    // Uploads already taken are finished (and answered) before the store closes.
    void Promise.all(inFlight)
      .then(() => opening)
      .then((store) => store.close())
      .catch(() => undefined)
      .finally(() => port.close());
    return;
  }
  const running = answer(message).then((reply) => port.postMessage(reply));
  inFlight.add(running);
  void running.finally(() => inFlight.delete(running));
});

async function answer(request: ThreadRequest): Promise<ThreadAnswer> {
  try {
    const store = await opening;
    return { id: request.id, ok: true, value: await ingestUpload(store, request) };
  } catch (error) {
    if (isTallyError(error)) {
      return { id: request.id, ok: false, code: error.code, message: error.message };
    }
    return { id: request.id, ok: false, code: 'INTERNAL', message: String(error) };
  }
}
