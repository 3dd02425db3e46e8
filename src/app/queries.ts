import {
  TallyError,
  type AuditEntry,
  type Claim,
  type ClaimStatus,
  type Document,
  type DocumentId,
  type Event,
} from '../domain/index.ts';
import type {
  ClaimCursor,
  DocumentFilter,
  DocumentSummary,
  SearchHit,
  Store,
} from '../store/index.ts';
import { decodePageCursor, encodePageCursor } from './page-cursor.ts';

/** One page of a listing, with the total the filters match so a client can page through. */
export interface Page<T> {
  readonly items: T[];
  /** Exact, unless `totalCapped`: then the filters match at least this many. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** Present when counting stopped at `total` (CLAIM_COUNT_CAP) rather than read every match. */
  readonly totalCapped?: true;
  /** Where the next page starts, when there may be one: pass it back as `paging.after`. */
  readonly next?: string;
}

export interface Paging {
  readonly limit: number;
  readonly offset: number;
}

/** A claim's place in the listing order as an opaque page cursor (see page-cursor.ts). */
export function encodeClaimCursor(cursor: ClaimCursor): string {
  return encodePageCursor([cursor.documentId, cursor.spanStart, cursor.id]);
}

/**
 * Reads a token `encodeClaimCursor` made.
 * @throws TallyError INVALID_INPUT when it is not one.
 */
export function decodeClaimCursor(token: string): ClaimCursor {
  const value = decodePageCursor(token);
  if (
    value !== null &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    Number.isSafeInteger(value[1]) &&
    typeof value[2] === 'string'
  ) {
    return { documentId: value[0] as DocumentId, spanStart: value[1] as number, id: value[2] };
  }
  throw new TallyError(
    'INVALID_INPUT',
    `The claim cursor "${token.slice(0, 60)}" is not one a claim page gave (its next)`,
  );
}

/**
 * Claim listings count matches up to this many: a page never reads more than that many index
 * entries to say how many there are ("1000+"), however many a million claims match.
 */
export const CLAIM_COUNT_CAP = 1_000;

function pageOf<T>(items: readonly T[], paging: Paging): Page<T> {
  return {
    items: items.slice(paging.offset, paging.offset + paging.limit),
    total: items.length,
    limit: paging.limit,
    offset: paging.offset,
  };
}

/** Documents without their text, newest first, filtered as the store allows. */
export async function listDocumentPage(options: {
  readonly store: Store;
  readonly filter: Omit<DocumentFilter, 'limit' | 'offset'>;
  readonly paging: Paging;
}): Promise<Page<DocumentSummary>> {
  return pageOf(await options.store.listDocuments(options.filter), options.paging);
}

/** Full-text search, best match first. */
export async function searchDocumentHits(options: {
  readonly store: Store;
  readonly query: string;
  readonly limit: number;
}): Promise<SearchHit[]> {
  return options.store.searchDocuments(options.query, { limit: options.limit });
}

/** A document with everything extracted from it. */
export interface DocumentDetail {
  readonly document: Document;
  readonly claims: Claim[];
  readonly events: Event[];
}

/**
 * A document by id or unambiguous prefix, with its claims and events.
 * @throws TallyError NOT_FOUND when no document matches.
 */
export async function showDocument(options: {
  readonly store: Store;
  readonly id: string;
}): Promise<DocumentDetail> {
  const { store } = options;
  const id = await store.resolveDocumentId(options.id);
  const document = id && (await store.getDocument(id));
  if (!id || !document) throw new TallyError('NOT_FOUND', `no document has the id "${options.id}"`);
  const [claims, events] = await Promise.all([
    store.listClaims({ documentId: id }),
    store.listEvents({ documentId: id }),
  ]);
  return { document, claims, events };
}

/** The columns claims may be sorted by; a leading "-" sorts descending. */
export const CLAIM_SORTS = [
  'document',
  'category',
  'value',
  'status',
  'createdAt',
  'updatedAt',
] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ClaimQuery {
  readonly documentId?: DocumentId;
  readonly status?: ClaimStatus;
  readonly category?: string;
  /** Either end of the flow (ISO alpha-3). */
  readonly country?: string;
  /** Case-insensitive substring of the attributed source's name or affiliation, or the publisher. */
  readonly source?: string;
  /** Case-insensitive substring of the claim's quoted text. */
  readonly text?: string;
  readonly sort?: ClaimSort;
  readonly descending?: boolean;
}

const claimKey: Record<ClaimSort, (claim: Claim) => string | number | null> = {
  document: (claim) => claim.documentId,
  category: (claim) => claim.category,
  value: (claim) => claim.value ?? claim.high ?? claim.low,
  status: (claim) => claim.status,
  createdAt: (claim) => claim.createdAt,
  updatedAt: (claim) => claim.updatedAt,
};

function compareKeys(a: string | number | null, b: string | number | null): number {
  // Claims without a figure sort last whichever way the list runs.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Claims matching every given filter, sorted by an allowlisted column (then by document, span and
 * id, so pages are stable), one page at a time.
 */
export async function findClaimPage(options: {
  readonly store: Store;
  readonly query: ClaimQuery;
  /** `after` (a page's `next`) starts the page after that claim, by index, however deep. */
  readonly paging: Paging & { readonly after?: string };
}): Promise<Page<Claim>> {
  const { store, query } = options;
  const filter = {
    ...(query.documentId === undefined ? {} : { documentId: query.documentId }),
    ...(query.status === undefined ? {} : { status: query.status }),
    ...(query.category === undefined ? {} : { category: query.category }),
    ...(query.country === undefined ? {} : { country: query.country }),
  };
  const { after: token, ...paging } = options.paging;
  const after = token === undefined ? undefined : decodeClaimCursor(token);
  if (query.text === undefined && query.source === undefined && query.sort === undefined) {
    // The store can page these filters itself: a page of a million claims reads one page.
    const [items, counted] = await Promise.all([
      store.listClaims({ ...filter, ...paging, ...(after === undefined ? {} : { after }) }),
      store.countClaims(filter, { upTo: CLAIM_COUNT_CAP + 1 }),
    ]);
    const last = items.at(-1);
    return {
      items,
      total: Math.min(counted, CLAIM_COUNT_CAP),
      ...paging,
      ...(counted > CLAIM_COUNT_CAP ? { totalCapped: true as const } : {}),
      ...(last && items.length === paging.limit
        ? {
            next: encodeClaimCursor({
              documentId: last.documentId,
              spanStart: last.span[0],
              id: last.id,
            }),
          }
        : {}),
    };
  }
  if (after !== undefined) {
    throw new TallyError(
      'INVALID_INPUT',
      'A claim cursor (after) pages only the store filters (status, category, country, document), not text, source or sort',
    );
  }
  const claims = await store.listClaims(filter);
  let matched = claims;
  if (query.text !== undefined) {
    const needle = query.text.toLowerCase();
    matched = matched.filter((claim) => claim.text.toLowerCase().includes(needle));
  }
  if (query.source !== undefined) {
    const needle = query.source.toLowerCase();
    const publishers = new Map(
      (await store.listDocuments()).map((document) => [document.id, document.publisher]),
    );
    const has = (value: string | null | undefined) =>
      value !== null && value !== undefined && value.toLowerCase().includes(needle);
    matched = matched.filter(
      (claim) =>
        has(claim.attribution?.name) ||
        has(claim.attribution?.affiliation) ||
        has(publishers.get(claim.documentId)),
    );
  }
  if (query.sort !== undefined) {
    const key = claimKey[query.sort];
    const sign = query.descending ? -1 : 1;
    // Array.prototype.sort is stable, so ties keep the store's document-span-id order.
    matched = [...matched].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return compareKeys(ka, kb);
      return sign * compareKeys(ka, kb);
    });
  }
  return pageOf(matched, options.paging);
}

/** Events, optionally of one document, ordered by date. */
export async function listEventPage(options: {
  readonly store: Store;
  readonly documentId?: DocumentId;
  readonly type?: string;
  readonly paging: Paging;
}): Promise<Page<Event>> {
  const events = await options.store.listEvents(
    options.documentId === undefined ? {} : { documentId: options.documentId },
  );
  const matched =
    options.type === undefined ? events : events.filter((e) => e.type === options.type);
  const byDate = [...matched].sort((a, b) => compareKeys(a.date, b.date));
  return pageOf(byDate, options.paging);
}

/** The audit log, oldest first, for one subject or the whole workspace. */
export async function listAuditPage(options: {
  readonly store: Store;
  readonly subjectId?: string;
  readonly paging: Paging;
}): Promise<Page<AuditEntry>> {
  const entries = await options.store.listAudit(
    options.subjectId === undefined ? {} : { subjectId: options.subjectId },
  );
  return pageOf(entries, options.paging);
}
