import type { FastifyRequest } from 'fastify';
import { authenticateToken, roleAllows, type TokenInfo } from '../app/index.ts';
import { TallyError } from '../domain/index.ts';
import type { Store, TokenRole } from '../store/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** "METHOD /api/v1/…" for every API route, so tests can check the OpenAPI document covers them. */
    apiRoutes: readonly string[];
  }
  interface FastifyContextConfig {
    /** The least role a route needs; absent for reads, which are open. */
    access?: TokenRole;
  }
  interface FastifyRequest {
    /** The token a write was made with; its name is the audit log's actor. */
    actor: TokenInfo | null;
  }
}

/** Query parameters that look like a credential: refused, since URLs end up in logs and history. */
const URL_CREDENTIALS = new Set(['token', 'access_token', 'api_key', 'apikey', 'auth', 'bearer']);

function urlCarriesToken(url: string): boolean {
  const query = url.indexOf('?');
  if (query < 0) return false;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const key of params.keys()) if (URL_CREDENTIALS.has(key.toLowerCase())) return true;
  return false;
}

const BEARER = 'bearer ';

/**
 * The onRequest check: a token in the URL is refused on every route; a route with `access` needs
 * `Authorization: Bearer <token>` of an unrevoked token whose role allows it.
 */
export function createAuthHook(store: Store) {
  return async (request: FastifyRequest): Promise<void> => {
    request.actor = null;
    if (urlCarriesToken(request.url)) {
      throw new TallyError(
        'UNAUTHORIZED',
        'tokens are not accepted in the URL: send them in an Authorization: Bearer header',
      );
    }
    const needed = request.routeOptions.config.access;
    if (needed === undefined) return;
    const header = request.headers.authorization;
    if (header === undefined || !header.toLowerCase().startsWith(BEARER)) {
      throw new TallyError(
        'UNAUTHORIZED',
        'this change needs a token: send Authorization: Bearer <token> (see tally token create)',
      );
    }
    const token = await authenticateToken(store, header.slice(BEARER.length).trim());
    if (!token) throw new TallyError('UNAUTHORIZED', 'the token is not valid or was revoked');
    if (!roleAllows(token.role, needed)) {
      throw new TallyError(
        'FORBIDDEN',
        `the token "${token.name}" is a ${token.role} token; this needs ${needed}`,
      );
    }
    request.actor = token;
  };
}

/** The actor a write records: the token's name. Only called on routes that need a token. */
export function actorOf(request: FastifyRequest): string {
  if (!request.actor) throw new TallyError('UNAUTHORIZED', 'this change needs a token');
  return request.actor.name;
}
