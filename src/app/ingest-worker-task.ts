import { resolve } from 'node:path';
import { isTallyError, type DocumentId, type ErrorCode } from '../domain/index.ts';
import type { DocumentBundle } from '../store/index.ts';
import { documentIdOf } from './document-text.ts';
import { buildBundle, type DocumentOverrides } from './ingest.ts';
import { readDocument, type DocumentContent } from './read-document.ts';

/** What every reader of an ingest needs to know, the same for each file. */
export interface ReadSettings {
  readonly overrides: DocumentOverrides;
  readonly maxBytes?: number;
  readonly cwd?: string;
}

/** A file's failure as one line naming the file, in the shape the ingest report uses. */
export interface TaskFailure {
  readonly status: 'failed';
  readonly path: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** Reads one file; the id lets the caller skip extraction of a document it already has. */
export async function readTask(
  path: string,
  settings: ReadSettings,
): Promise<{ content: DocumentContent; documentId: DocumentId; title: string | null }> {
  const content = await readDocument(resolve(settings.cwd ?? '.', path), {
    displayPath: path,
    ...(settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes }),
  });
  return {
    content,
    documentId: documentIdOf(content.text),
    title: settings.overrides.title ?? content.title,
  };
}

/** Extracts a read file's claims and events into the records to store. */
export function extractTask(input: {
  readonly content: DocumentContent;
  /** The id `readTask` computed, so the text is not hashed twice. */
  readonly documentId: DocumentId;
  readonly settings: ReadSettings;
  readonly now: Date;
}): DocumentBundle {
  return buildBundle({
    content: input.content,
    documentId: input.documentId,
    overrides: input.settings.overrides,
    now: input.now,
  });
}

/** Turns an error into the file's failure line, as `ingest` words it. */
export function failureOf(path: string, error: unknown): TaskFailure {
  if (isTallyError(error)) {
    // Reader errors name the file already; the store's name a record, so add the file.
    const line = error.message.replace(/\s+/gu, ' ');
    const message = line.startsWith(`${path}: `) ? line : `${path}: ${line}`;
    return { status: 'failed', path, code: error.code, message };
  }
  const reason = ((error as Error)?.message ?? String(error)).replace(/\s+/gu, ' ');
  return {
    status: 'failed',
    path,
    code: 'INTERNAL',
    message: `${path}: internal error: ${reason}`,
  };
}
