import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken } from '../src/app/index.ts';
import { TallyError } from '../src/domain/index.ts';
import { buildServer } from '../src/server/index.ts';
import type { Store } from '../src/store/index.ts';
import { bearer, openServerFixture, type ServerFixture } from './server-support.ts';

const UPLOAD_LIMIT = 64 * 1024;

let fixture: ServerFixture;
let claimId: string;
/** A claim of its own for the property test, whose valid bodies do review it. */
let fuzzedId: string;
let revoked: string;
beforeAll(async () => {
  fixture = await openServerFixture({ maxUploadBytes: UPLOAD_LIMIT });
  const page = (await fixture.app.inject('/api/v1/claims?status=proposed&limit=2')).json();
  claimId = page.items[0].id;
  fuzzedId = page.items[1].id;
  const { createToken } = await import('../src/app/index.ts');
  revoked = (await createToken({ store: fixture.store, name: 'gone', role: 'admin' })).token;
  await revokeToken({ store: fixture.store, name: 'gone' });
});
afterAll(async () => {
  await fixture.close();
});

const storedClaim = () => fixture.store.getClaim(claimId);

interface BadRequest {
  readonly name: string;
  readonly method?: 'GET' | 'POST';
  readonly url: string | (() => string);
  readonly headers?: () => Record<string, string>;
  readonly payload?: string | object;
  readonly status: number;
  readonly code: string;
  readonly says?: RegExp;
}

const analyst = () => bearer(fixture.tokens.analyst);
const json = (headers: Record<string, string> = {}) => ({
  ...analyst(),
  'content-type': 'application/json',
  ...headers,
});
const edit = () => `/api/v1/claims/${claimId}/edit`;
const accept = () => `/api/v1/claims/${claimId}/accept`;

const BAD_REQUESTS: readonly BadRequest[] = [
  // Tokens
  {
    name: 'a write without a token',
    method: 'POST',
    url: accept,
    payload: {},
    status: 401,
    code: 'UNAUTHORIZED',
    says: /needs a token/u,
  },
  {
    name: 'a token of the wrong shape',
    method: 'POST',
    url: accept,
    headers: () => bearer('letmein'),
    payload: {},
    status: 401,
    code: 'UNAUTHORIZED',
  },
  {
    name: 'a well-formed token nobody issued',
    method: 'POST',
    url: accept,
    headers: () => bearer(`tly_${'A'.repeat(43)}`),
    payload: {},
    status: 401,
    code: 'UNAUTHORIZED',
  },
  {
    name: 'a revoked token',
    method: 'POST',
    url: accept,
    headers: () => bearer(revoked),
    payload: {},
    status: 401,
    code: 'UNAUTHORIZED',
    says: /revoked/u,
  },
  {
    name: 'a token in the query string of a write',
    method: 'POST',
    url: () => `${accept()}?access_token=${fixture.tokens.analyst}`,
    payload: {},
    status: 401,
    code: 'UNAUTHORIZED',
    says: /URL/u,
  },
  {
    name: 'a token in the query string of a read',
    url: () => `/api/v1/claims?token=${fixture.tokens.analyst}`,
    status: 401,
    code: 'UNAUTHORIZED',
  },
  {
    name: 'a token sent as Basic credentials',
    method: 'POST',
    url: accept,
    headers: () => ({ authorization: `Basic ${fixture.tokens.analyst}` }),
    payload: {},
    status: 401,
    code: 'UNAUTHORIZED',
  },
  {
    name: 'a viewer token for a review',
    method: 'POST',
    url: accept,
    headers: () => bearer(fixture.tokens.viewer),
    payload: {},
    status: 403,
    code: 'FORBIDDEN',
    says: /viewer/u,
  },
  // Mass assignment
  {
    name: 'an edit that sets status',
    method: 'POST',
    url: edit,
    headers: json,
    payload: { changes: { status: 'accepted' } },
    status: 400,
    code: 'INVALID_INPUT',
    says: /status/u,
  },
  {
    name: 'an edit that sets reviewer',
    method: 'POST',
    url: edit,
    headers: json,
    payload: { changes: { value: 5, reviewer: 'someone else' } },
    status: 400,
    code: 'INVALID_INPUT',
    says: /reviewer/u,
  },
  {
    name: 'an edit that moves the quote',
    method: 'POST',
    url: edit,
    headers: json,
    payload: { changes: { span: [0, 1] } },
    status: 400,
    code: 'INVALID_INPUT',
    says: /span/u,
  },
  {
    name: 'status beside the changes',
    method: 'POST',
    url: edit,
    headers: json,
    payload: { changes: { value: 5 }, status: 'accepted' },
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: 'reviewer on an accept',
    method: 'POST',
    url: accept,
    headers: json,
    payload: { reviewer: 'admin' },
    status: 400,
    code: 'INVALID_INPUT',
    says: /reviewer/u,
  },
  {
    name: 'an empty edit',
    method: 'POST',
    url: edit,
    headers: json,
    payload: { changes: {} },
    status: 400,
    code: 'INVALID_INPUT',
  },
  // Type coercion
  {
    name: 'null for a number (Fastify would make it 0)',
    method: 'POST',
    url: '/api/v1/indicators/evaluate',
    headers: json,
    payload: { draws: null },
    status: 400,
    code: 'INVALID_INPUT',
    says: /draws/u,
  },
  {
    name: '"12abc" for a number',
    method: 'POST',
    url: edit,
    headers: json,
    payload: { changes: { value: '12abc' } },
    status: 400,
    code: 'INVALID_INPUT',
    says: /value/u,
  },
  {
    name: 'a numeric string for a number',
    method: 'POST',
    url: '/api/v1/indicators/evaluate',
    headers: json,
    payload: { draws: '5000' },
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: '1e400 for a number in a body',
    method: 'POST',
    url: edit,
    headers: json,
    payload: '{"changes":{"value":1e400}}',
    status: 400,
    code: 'INVALID_INPUT',
    says: /too large/u,
  },
  {
    name: 'a boolean for a string',
    method: 'POST',
    url: accept,
    headers: json,
    payload: { reason: true },
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: '1e400 for a page size',
    url: '/api/v1/claims?limit=1e400',
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: '"12abc" for a page size',
    url: '/api/v1/claims?limit=12abc',
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: 'null for an offset',
    url: '/api/v1/claims?offset=null',
    status: 400,
    code: 'INVALID_INPUT',
  },
  // Prototype poisoning
  {
    name: '__proto__ in a body',
    method: 'POST',
    url: edit,
    headers: json,
    payload: '{"changes":{"value":5},"__proto__":{"status":"accepted"}}',
    status: 400,
    code: 'INVALID_INPUT',
    says: /__proto__/u,
  },
  {
    name: 'constructor.prototype in a body',
    method: 'POST',
    url: edit,
    headers: json,
    payload: '{"changes":{"value":5},"constructor":{"prototype":{"status":"accepted"}}}',
    status: 400,
    code: 'INVALID_INPUT',
    says: /constructor/u,
  },
  // Content types, sizes, CSRF
  {
    name: 'a form post from another site',
    method: 'POST',
    url: accept,
    headers: () => ({ ...analyst(), 'content-type': 'application/x-www-form-urlencoded' }),
    payload: 'reason=x',
    status: 415,
    code: 'UNSUPPORTED_FORMAT',
  },
  {
    name: 'JSON sent as text/plain',
    method: 'POST',
    url: edit,
    headers: () => ({ ...analyst(), 'content-type': 'text/plain' }),
    payload: '{"changes":{"value":5}}',
    status: 415,
    code: 'UNSUPPORTED_FORMAT',
  },
  {
    name: 'a body that is not JSON',
    method: 'POST',
    url: edit,
    headers: json,
    payload: '{"changes":',
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: 'a body over the limit',
    method: 'POST',
    url: edit,
    headers: json,
    payload: JSON.stringify({ changes: { value: 1 }, reason: 'x'.repeat(1_100_000) }),
    status: 413,
    code: 'FILE_TOO_LARGE',
  },
  {
    name: 'pasted text over the upload limit',
    method: 'POST',
    url: '/api/v1/ingest/text',
    headers: json,
    payload: { text: 'troops '.repeat(UPLOAD_LIMIT / 4) },
    status: 413,
    code: 'FILE_TOO_LARGE',
  },
  // Paths, paging, sorting
  {
    name: 'a page size over the bound',
    url: '/api/v1/claims?limit=501',
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: 'a negative offset',
    url: '/api/v1/documents?offset=-1',
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: 'a sort column outside the allowlist',
    url: '/api/v1/claims?sort=id%20desc',
    status: 400,
    code: 'INVALID_INPUT',
    says: /sort/u,
  },
  {
    name: 'an unknown filter',
    url: '/api/v1/claims?where=1',
    status: 400,
    code: 'INVALID_INPUT',
    says: /where/u,
  },
  {
    name: 'a path traversal as a claim id',
    url: '/api/v1/claims/..%2F..%2Fetc%2Fpasswd',
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    name: 'a document id that is not hex',
    url: '/api/v1/documents/zzzzzzzz',
    status: 400,
    code: 'INVALID_INPUT',
  },
  { name: 'an unknown route', url: '/api/v1/secrets', status: 404, code: 'NOT_FOUND' },
  { name: 'a review by GET', url: accept, status: 404, code: 'NOT_FOUND' },
];

describe('bad requests', () => {
  it.each(BAD_REQUESTS)('answers $name with $status $code and changes nothing', async (bad) => {
    const before = await storedClaim();
    const response = await fixture.app.inject({
      method: bad.method ?? 'GET',
      url: typeof bad.url === 'function' ? bad.url() : bad.url,
      headers: bad.headers?.() ?? {},
      ...(bad.payload === undefined ? {} : { payload: bad.payload }),
    });
    expect(response.statusCode).toBe(bad.status);
    expect(response.headers['content-type']).toMatch(/^application\/json/u);
    const body = response.json();
    expect(body).toEqual({
      error: {
        code: bad.code,
        message: expect.any(String),
        ...(body.error.details ? { details: expect.any(Array) } : {}),
      },
    });
    expect(body.error.message).not.toMatch(/\n|at .*\.ts:\d+|\/tmp\//u);
    if (bad.says) expect(body.error.message).toMatch(bad.says);
    expect(await storedClaim()).toEqual(before);
    expect(await fixture.store.listAudit({ subjectId: claimId })).toEqual([]);
  });

  it('ingests nothing when the token is refused', async () => {
    const before = await fixture.store.counts();
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/text',
      headers: bearer(fixture.tokens.viewer),
      payload: { text: 'Moscow sent 100 buses to Pyongyang in 2025.' },
    });
    expect(response.statusCode).toBe(403);
    expect(await fixture.store.counts()).toEqual(before);
  });
});

describe('any body', () => {
  it('is answered in the error shape or as a valid review, never with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('edit', 'accept', 'reject', 'undo'),
        fc.oneof(fc.jsonValue(), fc.record({ changes: fc.jsonValue() }), fc.string()),
        async (action, body) => {
          const response = await fixture.app.inject({
            method: 'POST',
            url: `/api/v1/claims/${fuzzedId}/${action}`,
            headers: { ...analyst(), 'content-type': 'application/json' },
            payload: typeof body === 'string' ? body : JSON.stringify(body),
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode !== 200) {
            expect(Object.keys(response.json())).toEqual(['error']);
            return;
          }
          // A body the schema takes is a real review: put the claim back for the next run.
          await fixture.app.inject({
            method: 'POST',
            url: `/api/v1/claims/${fuzzedId}/undo`,
            headers: analyst(),
            payload: {},
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('headers', () => {
  it('sends a CSP with no inline script, no plugins, no base and no framing', async () => {
    const response = await fixture.app.inject('/api/v1/overview');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });
});

describe('server faults', () => {
  const faulty = (failure: Error): Store => ({
    ...fixture.store,
    listClaims: () => Promise.reject(failure),
  });

  it('answers an unexpected fault with 500 INTERNAL and no stack, path or driver message', async () => {
    const app = await buildServer({
      store: faulty(new Error('SQLITE_IOERR at /srv/secret/tally.db')),
      options: { webRoot: null },
    });
    const response = await app.inject('/api/v1/claims');
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: 'Internal error' } });
    expect(response.body).not.toContain('secret');
  });

  it('answers an unavailable workspace with 503, Retry-After, and no path', async () => {
    const app = await buildServer({
      store: faulty(
        new TallyError('STORE_UNAVAILABLE', 'The workspace at /srv/secret/tally.db is locked'),
      ),
      options: { webRoot: null },
    });
    const response = await app.inject('/api/v1/claims');
    await app.close();
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({
      error: { code: 'STORE_UNAVAILABLE', message: 'The workspace is unavailable' },
    });
  });
});
