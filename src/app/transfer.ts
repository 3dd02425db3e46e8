import {
  AuditEntry,
  Claim,
  createParser,
  Document,
  Entity,
  Event,
  isTallyError,
  TallyError,
  type Issue,
  type Result,
} from '../domain/index.ts';
import { TextDecoder } from 'node:util';
import type { ExportRecord, Store } from '../store/index.ts';

/** The first line of every JSONL export names the format and its version. */
export const EXPORT_FORMAT = 'tally-export';
export const EXPORT_VERSION = 1;

export type ExportFormat = 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv'];

/**
 * The workspace as text chunks, ready to write in order.
 *
 * JSONL: a header line, one record per line in the store's export order, and a closing line
 * with the record count (so a file cut at a line boundary is still seen to be truncated).
 * The same workspace always gives the same bytes: records are built key by key in a fixed
 * order and numbers print in JavaScript's shortest round-trip form.
 *
 * CSV: one row per claim with its document's title, publisher, date and URL.
 *
 * @example
 * for await (const chunk of exportWorkspace({ store, format: 'jsonl' })) out.write(chunk);
 */
export function exportWorkspace(options: {
  store: Store;
  format: ExportFormat;
}): AsyncGenerator<string> {
  return options.format === 'csv' ? exportCsv(options.store) : exportJsonl(options.store);
}

async function* exportJsonl(store: Store): AsyncGenerator<string> {
  yield `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION })}\n`;
  let records = 0;
  for await (const item of store.exportRecords()) {
    records++;
    yield `${JSON.stringify({ kind: item.kind, record: item.record })}\n`;
  }
  yield `${JSON.stringify({ kind: 'end', records })}\n`;
}

/** The CSV columns, in order: the claim, then its document. */
export const CSV_COLUMNS = [
  'claim_id',
  'document_id',
  'document_title',
  'document_publisher',
  'document_published',
  'document_url',
  'status',
  'text',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'category',
  'from',
  'to',
  'period_start',
  'period_end',
  'period_per',
  'stage',
  'attribution_name',
  'attribution_affiliation',
  'span_start',
  'span_end',
  'reviewer',
  'created_at',
  'updated_at',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

async function* exportCsv(store: Store): AsyncGenerator<string> {
  yield csvLine(CSV_COLUMNS);
  let document: Document | undefined;
  // Claims follow their document in the export order, so one document is all we hold.
  for await (const item of store.exportRecords()) {
    if (item.kind === 'document') document = item.record;
    if (item.kind !== 'claim') continue;
    const claim = item.record;
    const row: Record<CsvColumn, string | number | null> = {
      claim_id: claim.id,
      document_id: claim.documentId,
      document_title: document?.title ?? null,
      document_publisher: document?.publisher ?? null,
      document_published: document?.published ?? null,
      document_url: document?.url ?? null,
      status: claim.status,
      text: claim.text,
      value: claim.value,
      low: claim.low,
      high: claim.high,
      qualifier: claim.qualifier,
      unit: claim.unit,
      category: claim.category,
      from: claim.from,
      to: claim.to,
      period_start: claim.period?.start ?? null,
      period_end: claim.period?.end ?? null,
      period_per: claim.period?.per ?? null,
      stage: claim.stage ?? null,
      attribution_name: claim.attribution?.name ?? null,
      attribution_affiliation: claim.attribution?.affiliation ?? null,
      span_start: claim.span[0],
      span_end: claim.span[1],
      reviewer: claim.reviewer,
      created_at: claim.createdAt,
      updated_at: claim.updatedAt,
    };
    yield csvLine(CSV_COLUMNS.map((column) => row[column]));
  }
}

/** RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted. */
function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe
 * (OWASP's advice against CSV injection); numbers are written as numbers.
 */
export function csvCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const recordParsers = {
  document: createParser(Document),
  claim: createParser(Claim),
  event: createParser(Event),
  entity: createParser(Entity),
  audit: createParser(AuditEntry),
} as const;

type RecordKind = keyof typeof recordParsers;

/** One parsed line of a JSONL export. */
export type ExportLine =
  | { readonly kind: 'header'; readonly version: number }
  | { readonly kind: 'end'; readonly records: number }
  | ExportRecord;

/**
 * Reads one line of a JSONL export; never throws. The first line must be the header, the others
 * records or the closing line.
 */
export function parseExportLine(
  text: string,
  options: { first: boolean },
): Result<ExportLine, string> {
  let value: unknown;
  try {
    value = JSON.parse(options.first ? text.replace(/^\uFEFF/, '') : text);
  } catch {
    return {
      ok: false,
      issues:
        text.trim() === ''
          ? 'the line is empty'
          : 'the line is not valid JSON (is the file cut short?)',
    };
  }
  if (!isObject(value)) return { ok: false, issues: 'the line is not a JSON object' };
  if (options.first) {
    if (value.format !== EXPORT_FORMAT) {
      return {
        ok: false,
        issues: `not a Tally export: the first line must be {"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION}}`,
      };
    }
    if (value.version !== EXPORT_VERSION) {
      return {
        ok: false,
        issues: `export version ${JSON.stringify(value.version)} is not supported: this Tally reads version ${EXPORT_VERSION}`,
      };
    }
    return { ok: true, value: { kind: 'header', version: EXPORT_VERSION } };
  }
  if (value.kind === 'end') {
    const records = value.records;
    if (typeof records !== 'number' || !Number.isSafeInteger(records) || records < 0) {
      return { ok: false, issues: 'the closing line has no valid record count' };
    }
    return { ok: true, value: { kind: 'end', records } };
  }
  const kind = value.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(recordParsers, kind)) {
    return {
      ok: false,
      issues: `unknown record kind ${JSON.stringify(kind)} (expected ${Object.keys(recordParsers).join(', ')} or end)`,
    };
  }
  const extra = Object.keys(value).filter((key) => key !== 'kind' && key !== 'record');
  if (extra.length > 0) return { ok: false, issues: `unexpected field "${extra[0]}"` };
  const parsed = recordParsers[kind as RecordKind](value.record);
  if (!parsed.ok)
    return { ok: false, issues: `the ${kind} is not valid: ${describeIssues(parsed.issues)}` };
  return { ok: true, value: { kind, record: parsed.value } as ExportRecord };
}

export interface ImportReport {
  readonly imported: number;
}

/**
 * Imports a JSONL export in one transaction: every record, or none. Any problem is reported as
 * `SOURCE:LINE: what is wrong`, including a file cut short (no closing line, or a count that
 * does not match).
 */
export async function importJsonl(options: {
  store: Store;
  lines: AsyncIterable<string>;
  /** How the file is named in messages. */
  source: string;
}): Promise<ImportReport> {
  const { store, lines, source } = options;
  let lineNumber = 0;
  const invalid = (problem: string, line = lineNumber) =>
    new TallyError('IMPORT_INVALID', `${source}:${line}: ${problem}`);
  const located = new WeakSet<object>();

  async function* records(): AsyncGenerator<ExportRecord> {
    let count = 0;
    let ended = false;
    for await (const text of lines) {
      lineNumber++;
      if (ended) {
        if (text.trim() === '') continue;
        throw mark(invalid('there is more after the closing line'));
      }
      const parsed = parseExportLine(text, { first: lineNumber === 1 });
      if (!parsed.ok) throw mark(invalid(parsed.issues));
      const line = parsed.value;
      if (line.kind === 'header') continue;
      if (line.kind === 'end') {
        if (line.records !== count) {
          throw mark(
            invalid(`the closing line counts ${line.records} records but the file holds ${count}`),
          );
        }
        ended = true;
        continue;
      }
      count++;
      yield line;
    }
    if (lineNumber === 0) throw mark(invalid('the file is empty', 1));
    if (!ended) {
      throw mark(invalid('the file ends without its closing line: it is truncated'));
    }
  }

  function mark(error: TallyError): TallyError {
    located.add(error);
    return error;
  }

  try {
    return await store.importRecords(records());
  } catch (error) {
    if (isTallyError(error) && !located.has(error) && !error.message.startsWith(`${source}:`)) {
      // A record the store refused (a duplicate, a claim without its document): name its line.
      throw new TallyError(error.code, `${source}:${lineNumber}: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

function describeIssues(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path} ${first.message}${more}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Splits a file into lines (LF or CRLF), pulling chunks only as lines are wanted: readline's
 * iterator would start the stream flowing at once and drop the lines that pass while the
 * database opens its transaction. Lines are cut as bytes (0x0A never occurs inside a UTF-8
 * sequence) and decoded strictly, so a byte that is not UTF-8 stops the import at its line
 * instead of entering the workspace as U+FFFD.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer>,
  file: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lineNumber = 0;
  const decode = (bytes: Buffer): string => {
    lineNumber++;
    try {
      const line = decoder.decode(bytes);
      return line.endsWith('\r') ? line.slice(0, -1) : line;
    } catch (error) {
      throw new TallyError(
        'INVALID_ENCODING',
        `${file}:${lineNumber}: the line is not valid UTF-8`,
        {
          cause: error,
        },
      );
    }
  };
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let start = 0;
    for (let end = pending.indexOf(0x0a); end >= 0; end = pending.indexOf(0x0a, start)) {
      yield decode(pending.subarray(start, end));
      start = end + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length > 0) yield decode(pending);
}
