import { resolve } from 'node:path';
import type { DocumentId } from '../domain/index.ts';
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
