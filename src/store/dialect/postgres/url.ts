/**
 * Replaces the password in a database URL with `***`, for messages and `Store.location`.
 * Works on malformed URLs too, since those are exactly the ones that end up in error messages.
 *
 * @example maskDatabaseUrl('postgres://tally:secret@db:5432/tally') // 'postgres://tally:***@db:5432/tally'
 */
export function maskDatabaseUrl(url: string): string {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return url;
  const authorityStart = schemeEnd + 3;
  const pathStart = url.indexOf('/', authorityStart);
  const authorityEnd = pathStart < 0 ? url.length : pathStart;
  const at = url.lastIndexOf('@', authorityEnd - 1);
  if (at < authorityStart) return url;
  const colon = url.indexOf(':', authorityStart);
  if (colon < 0 || colon > at) return url;
  return `${url.slice(0, colon + 1)}***${url.slice(at)}`;
}
