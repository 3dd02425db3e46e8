import type { ErrorCode } from '../domain/index.ts';
import type { IngestOutcome, Upload } from './ingest-upload.ts';

/** An upload for the ingest thread, with the id its answer carries back. */
export interface ThreadRequest extends Upload {
  readonly type: 'ingest';
  readonly id: number;
}

export type ThreadAnswer =
  | { readonly id: number; readonly ok: true; readonly value: IngestOutcome }
  | { readonly id: number; readonly ok: false; readonly code: ErrorCode; readonly message: string };
