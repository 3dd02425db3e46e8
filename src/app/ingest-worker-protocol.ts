import type { DocumentBundle } from '../store/index.ts';
import type { TaskFailure } from './ingest-worker-task.ts';

/** Messages the main thread sends a bulk-ingest worker: read a file, then extract it or not. */
export type ToWorker =
  | { readonly type: 'read'; readonly task: number; readonly path: string }
  | { readonly type: 'extract'; readonly task: number; readonly now: string }
  | { readonly type: 'skip'; readonly task: number };

/** What a worker answers. */
export type ToMain =
  | {
      readonly type: 'read';
      readonly task: number;
      readonly documentId: string;
      readonly title: string | null;
    }
  | { readonly type: 'bundle'; readonly task: number; readonly bundle: DocumentBundle }
  | { readonly type: 'failed'; readonly task: number; readonly failure: TaskFailure };
