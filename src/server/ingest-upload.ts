import { ingest, type DocumentOverrides } from '../app/index.ts';
import { TallyError } from '../domain/index.ts';
import type { Store } from '../store/index.ts';

/** One upload to ingest: a file the server wrote to a private folder. */
export interface Upload {
  readonly folder: string;
  readonly name: string;
  readonly overrides: DocumentOverrides;
  readonly maxBytes: number;
}

/** What became of an upload, with the counts the ingest routes answer. */
export interface IngestOutcome {
  readonly status: 'ingested' | 'unchanged';
  readonly documentId: string;
  readonly title: string | null;
  readonly claims: number;
  readonly events: number;
}

/**
 * Runs the CLI's ingest use case on one uploaded file, so an upload is read, checked and
 * extracted exactly as a file on disk would be.
 * @throws TallyError with the file's failure (its code and one line naming the problem).
 */
export async function ingestUpload(store: Store, upload: Upload): Promise<IngestOutcome> {
  const report = await ingest({
    store,
    inputs: [upload.name],
    cwd: upload.folder,
    overrides: upload.overrides,
    maxBytes: upload.maxBytes,
  });
  const [result] = report.files;
  if (!result) throw new TallyError('INTERNAL');
  if (result.status === 'failed') throw new TallyError(result.code, result.message);
  const { status, documentId, title } = result;
  if (result.status === 'ingested') {
    return { status, documentId, title, claims: result.claims, events: result.events };
  }
  // Counted, not listed: a document of thousands of claims is not loaded to count them.
  const [claims, events] = await Promise.all([
    store.countClaims({ documentId }),
    store.listEvents({ documentId }),
  ]);
  return { status, documentId, title, claims, events: events.length };
}
