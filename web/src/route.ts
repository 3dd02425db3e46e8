/** The views the dashboard has; each is a path, and its state lives in the query string. */
export type ViewName =
  | 'overview'
  | 'flows'
  | 'timeline'
  | 'claims'
  | 'document'
  | 'review'
  | 'indicator'
  | 'ingest'
  | 'not-found';

export interface Route {
  readonly view: ViewName;
  /** The path's parameter: a document or indicator id. */
  readonly id: string | null;
  readonly query: URLSearchParams;
}

const SIMPLE: Readonly<Record<string, ViewName>> = {
  '': 'overview',
  flows: 'flows',
  timeline: 'timeline',
  claims: 'claims',
  review: 'review',
  ingest: 'ingest',
};

const WITH_ID: Readonly<Record<string, ViewName>> = {
  documents: 'document',
  indicators: 'indicator',
};

/**
 * The view a URL names: `/indicators/earnings_per_year?a.x=2` is the indicator view with its
 * scenario in the query, so every view's state is a permalink.
 */
export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter((part) => part !== '');
  const [head = '', id, ...rest] = parts;
  if (rest.length > 0) return { view: 'not-found', id: null, query };
  if (id === undefined) {
    const view = SIMPLE[head];
    return { view: view ?? 'not-found', id: null, query };
  }
  const view = WITH_ID[head];
  if (view === undefined) return { view: 'not-found', id: null, query };
  return { view, id: decodeURIComponent(id), query };
}

/** A path and query for a view, leaving out empty values so permalinks stay short. */
export function href(
  path: string,
  query: Readonly<Record<string, string | null | undefined>> = {},
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, value);
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}
