/**
 * A place in a listing order as an opaque token for URLs (base64url of a JSON array), so a client
 * pages on without knowing what a position is made of. Each listing checks the parts it reads.
 */
export const encodePageCursor = (parts: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The parts of a token `encodePageCursor` made, or null when the token is not one. */
export function decodePageCursor(token: string): readonly unknown[] | null {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
