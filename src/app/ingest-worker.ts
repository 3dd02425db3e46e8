/**
 * The body of one bulk-ingest worker thread: it reads and extracts, the costly and pure steps,
 * while the main thread alone writes to the store. Started by `bulkIngest` (see
 * bulk-ingest.ts); a few files at a time, each in two steps so that a document already stored is never
 * extracted again.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentId } from '../domain/index.ts';
import type { DocumentContent } from './read-document.ts';
import { failureOf } from './ingest.ts';
import { extractTask, readTask, type ReadSettings } from './ingest-worker-task.ts';
import type { ToMain, ToWorker } from './ingest-worker-protocol.ts';

const settings = workerData as ReadSettings;
const port = parentPort;
if (port === null) throw new Error('ingest-worker.ts runs only as a worker thread');
const post = (message: ToMain) => port.postMessage(message);

// Several files may be in hand at once: the main thread keeps a worker busy while it writes.
const held = new Map<
  number,
  { path: string; content: DocumentContent; documentId: DocumentId; now: Date; answer?: ToMain }
>();
/**
 * Whether to extract a file as soon as it is read, before the main thread says it is new: while
 * its answers are "extract", they most likely stay so, and the worker never waits for the main
 * thread (which is busy for a whole batch write). A run over stored documents (a resume) answers
 * "skip", which stops it, so stored documents are not extracted for nothing.
 */
let extractAhead = true;

port.on('message', (message: ToWorker) => {
  void handle(message);
});
// Loading the extractor takes a while; until this arrives the main thread works on its own.
post({ type: 'ready' });

async function handle(message: ToWorker): Promise<void> {
  const { task } = message;
  if (message.type === 'read') {
    let file;
    try {
      const read = await readTask(message.path, settings);
      file = { ...read, path: message.path, now: new Date(message.now) };
      post({ type: 'read', task, documentId: read.documentId, title: read.title });
    } catch (error) {
      post({ type: 'failed', task, failure: failureOf(message.path, error) });
      return;
    }
    held.set(task, extractAhead ? { ...file, answer: extracted(task, file) } : file);
    return;
  }
  const file = held.get(task);
  held.delete(task);
  extractAhead = message.type === 'extract';
  if (message.type === 'skip') return;
  if (file === undefined) {
    const failure = failureOf(
      `task ${task}`,
      new Error(`task ${task} was not read by this worker`),
    );
    post({ type: 'failed', task, failure });
    return;
  }
  post(file.answer ?? extracted(task, file));
}

function extracted(
  task: number,
  file: { path: string; content: DocumentContent; documentId: DocumentId; now: Date },
): ToMain {
  try {
    return { type: 'bundle', task, bundle: extractTask({ ...file, settings }) };
  } catch (error) {
    return { type: 'failed', task, failure: failureOf(file.path, error) };
  }
}
