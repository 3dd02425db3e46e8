import {
  Claim,
  type ClaimsDocument,
  createParser,
  Document,
  type DocumentId,
  Event,
  fail,
  isTallyError,
  ok,
  PartialDate,
  TallyError,
  type ErrorCode,
  type Issue,
  type Result,
} from '../domain/index.ts';
import { resolve } from 'node:path';
import { extract, type ExtractInput } from '../extract/index.ts';
import type { DocumentBundle, Store } from '../store/index.ts';
import { documentIdOf } from './document-text.ts';
import { expandInputs } from './expand-inputs.ts';
import { readDocument, type DocumentContent } from './read-document.ts';

/** Metadata the user states for the documents of one ingest, winning over what the files say. */
export interface DocumentOverrides {
  readonly title?: string;
  readonly published?: PartialDate;
  readonly publisher?: string;
  readonly url?: string;
}

export type Extractor = (input: ExtractInput) => ClaimsDocument;

export type IngestFileResult =
  | {
      readonly status: 'ingested';
      readonly path: string;
      readonly documentId: string;
      readonly title: string | null;
      readonly claims: number;
      readonly events: number;
    }
  | {
      readonly status: 'unchanged';
      readonly path: string;
      readonly documentId: string;
      readonly title: string | null;
    }
  | IngestFailure;

/** A file's failure as one line naming the file, in the shape the ingest report uses. */
export interface IngestFailure {
  readonly status: 'failed';
  readonly path: string;
  readonly code: ErrorCode;
  /** One line naming the file and the reason. */
  readonly message: string;
}

/** Turns an error into the file's failure line, as `ingest` words it. */
export function failureOf(path: string, error: unknown): IngestFailure {
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

export interface IngestReport {
  readonly files: readonly IngestFileResult[];
  readonly ingested: number;
  readonly unchanged: number;
  readonly failed: number;
}

export interface IngestOptions {
  readonly store: Store;
  /** Files, directories and glob patterns. */
  readonly inputs: readonly string[];
  readonly overrides?: DocumentOverrides;
  readonly maxBytes?: number;
  readonly cwd?: string;
  readonly clock?: () => Date;
  /** The claim extractor; `extract` unless a test stands in for it. */
  readonly extractor?: Extractor;
  /** Called once the inputs are expanded, with the number of files to read. */
  readonly onStart?: (total: number) => void;
  /** Called after each file, in order. */
  readonly onFile?: (result: IngestFileResult) => void;
}

/**
 * Reads, extracts and stores documents, one transaction each, and reports what became of every
 * file. A bad file is reported and skipped; the others are still ingested. A document whose
 * normalized text is already stored is `unchanged` and is not extracted again. A store that
 * cannot be reached stops the run, since no later file could be stored either.
 * @example const report = await ingest({ store, inputs: ['corpus/'] });
 */
export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const expanded = await expandInputs(
    options.inputs,
    options.cwd === undefined ? {} : { cwd: options.cwd },
  );
  const files: IngestFileResult[] = [];
  const record = (result: IngestFileResult) => {
    files.push(result);
    options.onFile?.(result);
  };
  options.onStart?.(expanded.files.length + expanded.problems.length);
  for (const { input, error } of expanded.problems) {
    record({ status: 'failed', path: input, code: error.code, message: error.message });
  }
  for (const path of expanded.files) {
    record(await ingestFile(path, options));
  }
  return {
    files,
    ingested: files.filter((file) => file.status === 'ingested').length,
    unchanged: files.filter((file) => file.status === 'unchanged').length,
    failed: files.filter((file) => file.status === 'failed').length,
  };
}

/** "3 ingested, 1 unchanged, 2 failed" */
export function summarizeIngest(
  report: Pick<IngestReport, 'ingested' | 'unchanged' | 'failed'>,
): string {
  return `${report.ingested} ingested, ${report.unchanged} unchanged, ${report.failed} failed`;
}

async function ingestFile(path: string, options: IngestOptions): Promise<IngestFileResult> {
  try {
    const content = await readDocument(resolve(options.cwd ?? '.', path), {
      displayPath: path,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    });
    const documentId = documentIdOf(content.text);
    const title = options.overrides?.title ?? content.title;
    // Skips extraction, the costly step, for a document already stored.
    if (await options.store.hasDocument(documentId))
      return { status: 'unchanged', path, documentId, title };
    const bundle = buildBundle({
      content,
      overrides: options.overrides ?? {},
      now: (options.clock ?? (() => new Date()))(),
      extractor: options.extractor ?? extract,
    });
    const outcome = await options.store.saveDocument(bundle);
    if (outcome === 'unchanged') return { status: 'unchanged', path, documentId, title };
    return {
      status: 'ingested',
      path,
      documentId,
      title,
      claims: bundle.claims.length,
      events: bundle.events.length,
    };
  } catch (error) {
    // A store that cannot be used ends the whole run, not just this file.
    if (
      isTallyError(error) &&
      (error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_CORRUPT')
    )
      throw error;
    return failureOf(path, error);
  }
}

const checkDocument = createParser(Document);
const checkClaim = createParser(Claim);
const checkEvent = createParser(Event);

/**
 * The records one file becomes: the document with its metadata (overrides first), and every claim
 * and event the extractor finds, as `proposed` claims with ids stable across workspaces
 * (`<first 12 hex of the document id>-c<n>`, `-e<n>`).
 * @throws TallyError INTERNAL when the extractor emits a record the schema refuses, so that
 * nothing malformed is stored.
 */
export function buildBundle(input: {
  readonly content: DocumentContent;
  readonly overrides: DocumentOverrides;
  readonly now: Date;
  readonly extractor?: Extractor;
  /** The id of `content.text`, when the caller has it already: hashing costs as much as reading. */
  readonly documentId?: DocumentId;
}): DocumentBundle {
  const { content, overrides } = input;
  const at = input.now.toISOString();
  const id = input.documentId ?? documentIdOf(content.text);
  const published = overrides.published ?? content.published;
  const title = overrides.title ?? content.title;
  const extracted = (input.extractor ?? extract)({ text: content.text, published, title });
  const document: Document = {
    id,
    title,
    publisher: overrides.publisher ?? content.publisher,
    author: content.author,
    url: overrides.url ?? content.url,
    published,
    language: content.language,
    format: content.format,
    source: content.path,
    text: content.text,
    ingestedAt: at,
  };
  const prefix = id.slice(0, 12);
  const claims: Claim[] = extracted.claims.map((claim, index) => ({
    ...claim,
    id: `${prefix}-c${index + 1}`,
    documentId: id,
    status: 'proposed',
    reviewer: null,
    createdAt: at,
    updatedAt: at,
  }));
  const events: Event[] = extracted.events.map((event, index) => ({
    ...event,
    id: `${prefix}-e${index + 1}`,
    documentId: id,
  }));
  assertValid(content.path, 'document', checkDocument(document));
  for (const claim of claims) assertValid(content.path, `claim ${claim.id}`, checkClaim(claim));
  for (const event of events) assertValid(content.path, `event ${event.id}`, checkEvent(event));
  return { document, claims, events };
}

function assertValid(path: string, what: string, result: Result<unknown>): void {
  if (result.ok) return;
  const first = result.issues[0];
  const detail = first ? `${first.path}: ${first.message}` : 'schema mismatch';
  throw new TallyError(
    'INTERNAL',
    `${path}: the extractor produced an invalid ${what} (${detail})`,
  );
}

const checkPartialDate = createParser(PartialDate);

/**
 * Checks metadata a user typed: a published date must be "YYYY", "YYYY-MM" or "YYYY-MM-DD";
 * empty strings are refused rather than stored as titles.
 */
export function parseOverrides(input: {
  readonly title?: string | undefined;
  readonly published?: string | undefined;
  readonly publisher?: string | undefined;
  readonly url?: string | undefined;
}): Result<DocumentOverrides> {
  const issues: Issue[] = [];
  const overrides: { -readonly [K in keyof DocumentOverrides]: DocumentOverrides[K] } = {};
  for (const key of ['title', 'publisher', 'url'] as const) {
    const value = input[key]?.trim();
    if (value === undefined) continue;
    if (value === '') issues.push({ path: `/${key}`, message: `--${key} must not be empty` });
    else overrides[key] = value;
  }
  if (input.published !== undefined) {
    const published = input.published.trim();
    if (checkPartialDate(published).ok) overrides.published = published;
    else
      issues.push({
        path: '/published',
        message: `--published "${input.published}" is not YYYY, YYYY-MM or YYYY-MM-DD`,
      });
  }
  return issues.length > 0 ? fail(issues) : ok(overrides);
}
