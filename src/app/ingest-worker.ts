/**
 * The body of one bulk-ingest worker thread: it reads and extracts, the costly and pure steps,
 * while the main thread alone writes to the store. Started by `bulkIngest` (see
 * bulk-ingest.ts); a few files at a time, each in two steps so that a document already stored is never
 * extracted again.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentContent } from './read-document.ts';
import { extractTask, failureOf, readTask, type ReadSettings } from './ingest-worker-task.ts';
import type { ToMain, ToWorker } from './ingest-worker-protocol.ts';

const settings = workerData as ReadSettings;
const port = parentPort;
if (port === null) throw new Error('ingest-worker.ts runs only as a worker thread');
const post = (message: ToMain) => port.postMessage(message);

// Several files may be in hand at once: the main thread keeps a worker busy while it writes.
const held = new Map<number, { path: string; content: DocumentContent }>();

port.on('message', (message: ToWorker) => {
  void handle(message);
});

async function handle(message: ToWorker): Promise<void> {
  const path =
    message.type === 'read'
      ? message.path
      : (held.get(message.task)?.path ?? `task ${message.task}`);
  try {
    if (message.type === 'read') {
      const read = await readTask(message.path, settings);
      held.set(message.task, { path: message.path, content: read.content });
      post({ type: 'read', task: message.task, documentId: read.documentId, title: read.title });
      return;
    }
    const file = held.get(message.task);
    held.delete(message.task);
    if (file === undefined) throw new Error(`task ${message.task} was not read by this worker`);
    if (message.type === 'skip') return;
    const bundle = extractTask({ content: file.content, settings, now: new Date(message.now) });
    post({ type: 'bundle', task: message.task, bundle });
  } catch (error) {
    post({ type: 'failed', task: message.task, failure: failureOf(path, error) });
  }
}
