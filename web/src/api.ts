import type {
  AuditEntry,
  Claim,
  ClaimDetail,
  DocumentDetail,
  DocumentSummary,
  EventRecord,
  Flow,
  ClaimPage,
  FlowClaimPage,
  IndicatorResult,
  IngestOutcome,
  Overview,
  Page,
  Scenario,
  SearchHit,
} from './types.ts';

const TOKEN_KEY = 'tally.token';

/** The bearer token for changes: kept for this tab only, never in the URL or localStorage. */
export const token = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (value: string): void => {
    if (value.trim() === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value.trim());
  },
};

/** An API error as the server words it: a catalogue code and one line. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface RequestOptions {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly raw?: { readonly data: Blob; readonly type: string };
  readonly signal?: AbortSignal;
}

async function call<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const bearer = token.get();
  if (options.method === 'POST' && bearer !== '') headers.authorization = `Bearer ${bearer}`;
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    headers['content-type'] = options.raw.type;
    body = options.raw.data;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`/api/v1${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(body === undefined ? {} : { body }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? `${response.status} ${response.statusText}`,
    );
  }
  return payload as T;
}

const query = (params: Readonly<Record<string, string | number | null | undefined>>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

export type ClaimFilters = Readonly<Record<string, string | number | null | undefined>>;
export type ReviewKind = 'accept' | 'reject' | 'undo';

/** Draws per indicator for interactive views: enough for three figures, fast on a laptop. */
export const INTERACTIVE_DRAWS = 10_000;

/** Every call the dashboard makes: the REST API of docs/api.md, nothing else. */
export const api = {
  overview: () => call<Overview>('/overview'),
  documents: (params: ClaimFilters = {}) =>
    call<Page<DocumentSummary>>(`/documents${query(params)}`),
  search: (q: string) =>
    call<{ items: SearchHit[] }>(`/documents/search${query({ q, limit: 20 })}`),
  document: (id: string) => call<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  claims: (filters: ClaimFilters) => call<ClaimPage>(`/claims${query(filters)}`),
  claim: (id: string) => call<ClaimDetail>(`/claims/${encodeURIComponent(id)}`),
  claimAudit: (id: string) =>
    call<Page<AuditEntry> | { items: AuditEntry[] }>(`/claims/${encodeURIComponent(id)}/audit`),
  events: (params: ClaimFilters = {}) => call<Page<EventRecord>>(`/events${query(params)}`),
  /** Flows with their counts; `claims` of each is listed (the view pages the rest). */
  flows: (rule: string, claims = 0) =>
    call<{ rule: string; items: Flow[] }>(`/flows${query({ rule, claims })}`),
  flowClaims: (key: string, params: { rule: string; limit: number; after?: string }) =>
    call<FlowClaimPage>(`/flows/${encodeURIComponent(key)}/claims${query(params)}`),
  indicators: (draws = INTERACTIVE_DRAWS) =>
    call<{ items: IndicatorResult[] }>(`/indicators${query({ draws })}`),
  evaluate: (
    body: { scenario?: Scenario; only?: string[]; draws?: number },
    signal?: AbortSignal,
  ) =>
    call<{ items: IndicatorResult[] }>('/indicators/evaluate', {
      method: 'POST',
      body,
      ...(signal === undefined ? {} : { signal }),
    }),
  review: (id: string, kind: ReviewKind, reason: string | null) =>
    call<{ claim: Claim; audit: AuditEntry }>(`/claims/${encodeURIComponent(id)}/${kind}`, {
      method: 'POST',
      body: reason === null ? {} : { reason },
    }),
  edit: (id: string, changes: Record<string, unknown>, reason: string | null) =>
    call<{ claim: Claim; audit: AuditEntry }>(`/claims/${encodeURIComponent(id)}/edit`, {
      method: 'POST',
      body: reason === null ? { changes } : { changes, reason },
    }),
  ingestText: (body: Record<string, string>) =>
    call<IngestOutcome>('/ingest/text', { method: 'POST', body }),
  ingestFile: (file: File) =>
    call<IngestOutcome>(`/ingest/file${query({ filename: file.name })}`, {
      method: 'POST',
      raw: { data: file, type: 'application/octet-stream' },
    }),
};
