import type { DocumentBundle } from '../store/index.ts';
import type { IngestFailure } from './ingest.ts';

/**
 * Messages the main thread sends a bulk-ingest worker: read a file (`now` is the ingest time its
 * records get), then extract it or not.
 */
export type ToWorker =
  | { readonly type: 'read'; readonly task: number; readonly path: string; readonly now: string }
  | { readonly type: 'extract'; readonly task: number }
  | { readonly type: 'skip'; readonly task: number };

/** What a worker answers; `ready` once, when its modules are loaded. */
export type ToMain =
  | { readonly type: 'ready' }
  | {
      readonly type: 'read';
      readonly task: number;
      readonly documentId: string;
      readonly title: string | null;
    }
  | { readonly type: 'bundle'; readonly task: number; readonly bundle: DocumentBundle }
  | { readonly type: 'failed'; readonly task: number; readonly failure: IngestFailure };
