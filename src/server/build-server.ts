import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { DEFAULT_MAX_BYTES } from '../app/index.ts';
import { TallyError } from '../domain/index.ts';
import type { OpenStoreOptions, Store } from '../store/index.ts';
import { createAuthHook } from './auth.ts';
import type { ServerContext, TallyApp } from './context.ts';
import { handleError } from './errors.ts';
import { createIngestThread, type IngestThread } from './ingest-thread.ts';
import { createLoadShedder } from './load-shedder.ts';
import { createReadCache } from './read-cache.ts';
import { applySecurityHeaders, securityHeaders } from './security-headers.ts';
import { parseJsonBody } from './json-body.ts';
import { registerIngestRoutes } from './routes/ingest.ts';
import { registerLedgerRoutes } from './routes/ledger.ts';
import { registerReadRoutes } from './routes/read.ts';
import { registerReviewRoutes } from './routes/review.ts';

/** The dashboard's build, beside src/ in the checkout. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const API_PREFIX = '/api/v1';

export interface ServerOptions {
  /** Fastify's logger options; off unless given (tests stay quiet). */
  readonly logger?: FastifyServerOptions['logger'];
  /** The dashboard's static files; served at `/` when the folder exists. Null: no dashboard. */
  readonly webRoot?: string | null;
  /** JSON bodies beyond this are refused with 413 (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Uploads and pasted text beyond this are refused with 413 (default 10 MiB, as the CLI). */
  readonly maxUploadBytes?: number;
  /** A connection idle this long (say, a body that stalls half way) is closed (default 30 s). */
  readonly connectionTimeoutMs?: number;
  /**
   * Requests answered at once beyond which new ones get 503 at once (default 256): under
   * overload a client hears "busy, retry" instead of waiting into a timeout.
   */
  readonly maxInFlight?: number;
  /**
   * Event-loop delay beyond which new requests get 503 at once: requests pile up unseen in socket
   * buffers, and this is how long the one just read has waited. Off unless given, so that a
   * test's own slow step cannot turn the next request into a 503; `tally serve` sets
   * SHED_LOAD_DELAY_MS.
   */
  readonly maxEventLoopDelayMs?: number;
  /**
   * Read, extract and store uploads on a worker thread (default true), so a large upload does not
   * hold up every other request.
   */
  readonly ingestThread?: boolean;
  /**
   * Keep the answers of the hot reads (overview, document and claim listings, a claim) until
   * the workspace's revision moves (default true).
   */
  readonly readCache?: boolean;
  /** Changes allowed per token (or, without one, per client address) per minute; reads are not limited. */
  readonly rateLimit?: { readonly writesPerMinute?: number; readonly ingestsPerMinute?: number };
}

/** Enough for an analyst working fast through the review queue, not for a runaway script. */
const DEFAULT_WRITES_PER_MINUTE = 600;
const DEFAULT_MAX_IN_FLIGHT = 256;
/** Well above the delay of a loaded but keeping-up server (tens of ms), well below a timeout. */
export const SHED_LOAD_DELAY_MS = 200;
/** Ingest extracts on the server's one thread: far fewer of those. */
const DEFAULT_INGESTS_PER_MINUTE = 60;

export interface ServerDeps {
  readonly store: Store;
  readonly options?: ServerOptions;
  /**
   * How the ingest thread opens the same workspace (its own connection). Found by itself for a
   * SQLite workspace; without it, a PostgreSQL server ingests uploads on its own thread.
   */
  readonly reopen?: OpenStoreOptions;
}

/**
 * Bodies are validated exactly as sent: Fastify's default Ajv turns `null` into 0 and `"12"` into
 * 12. Query strings and path parameters arrive as text, so there numbers are read from strings.
 * Neither strips unknown fields: a closed schema refuses them, so nothing is silently dropped.
 */
function createValidators() {
  const shared = {
    removeAdditional: false,
    useDefaults: true,
    allErrors: false,
    strict: false,
  } as const;
  const exact = new Ajv({ ...shared, coerceTypes: false });
  const fromText = new Ajv({ ...shared, coerceTypes: true });
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) =>
    (httpPart === 'querystring' || httpPart === 'params' ? fromText : exact).compile(schema);
}

/** The CSP: only our own files, no inline script, no plugins, no framing, no <base> tricks. */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

const UPLOAD_BODY = {
  type: 'string',
  format: 'binary',
  description: 'The file: one part of a multipart form, or the whole body with ?filename=',
};

/** The ingest thread over the server's workspace, or null if no thread can open it. */
function startIngestThread(deps: ServerDeps): IngestThread | null {
  if (deps.reopen) return createIngestThread(deps.reopen);
  if (deps.store.dialect !== 'sqlite') return null;
  // The environment is not read again: TALLY_DATABASE_URL must not send the thread elsewhere.
  return createIngestThread({ workspace: dirname(deps.store.location), env: {} });
}

/**
 * The HTTP server over a workspace, not yet listening: tests call `inject()` on it, `tally serve`
 * calls `listen`.
 * @example const app = await buildServer({ store }); await app.listen({ port: 4173, host: '127.0.0.1' });
 */
export async function buildServer(deps: ServerDeps): Promise<TallyApp> {
  const options = deps.options ?? {};
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_BYTES;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // A slow or stalled client cannot hold a connection or a request open indefinitely.
    connectionTimeout: options.connectionTimeoutMs ?? 30_000,
    requestTimeout: 60_000,
    // The client address is the socket's: no header from a proxy is trusted to replace it.
    trustProxy: false,
    return503OnClosing: true,
    // A malformed URL or an over-long path parameter is answered by the router itself, in its own
    // shape and echoing the path, unless handed to our error handler.
    frameworkErrors: handleError,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (route.url.startsWith(API_PREFIX) && method !== 'HEAD')
        routes.push(`${method} ${route.url}`);
    }
  });
  app.decorate('apiRoutes', routes);
  app.setValidatorCompiler(createValidators());
  // JSON routes take JSON only: text/plain is what a cross-site form can send without a preflight.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(String(body)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.setErrorHandler(handleError);
  const security = securityHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: true,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Loopback is plain HTTP; HSTS there would only pin a browser to a scheme it cannot use.
    hsts: false,
  });
  // First of all hooks, so that refusals (busy, no token) carry the headers too.
  app.addHook('onRequest', (_request, reply, next) => {
    applySecurityHeaders(reply.raw, security);
    next();
  });
  const shedder = createLoadShedder({
    maxInFlight: options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT,
    ...(options.maxEventLoopDelayMs === undefined
      ? {}
      : { maxDelayMs: options.maxEventLoopDelayMs }),
  });
  app.addHook('onClose', async () => shedder.close());
  const counted = new WeakSet<object>();
  const done = async (request: { id: string }) => {
    if (counted.delete(request)) shedder.release();
  };
  app.addHook('onRequest', async (request) => {
    const refusal = shedder.admit();
    if (refusal) throw refusal;
    counted.add(request);
  });
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', createAuthHook(deps.store));

  const writes = options.rateLimit?.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE;
  const ingests = options.rateLimit?.ingestsPerMinute ?? DEFAULT_INGESTS_PER_MINUTE;
  await app.register(rateLimit, {
    // After the token check, so the limit follows the token; without one, the socket's address
    // (trustProxy is off, so X-Forwarded-For cannot pick another client's bucket).
    hook: 'preHandler',
    timeWindow: 60_000,
    allowList: (request) => request.routeOptions.config.access === undefined,
    keyGenerator: (request) =>
      request.actor ? `token:${request.actor.name}` : `address:${request.socket.remoteAddress}`,
    max: (request) => (request.url.startsWith(`${API_PREFIX}/ingest`) ? ingests : writes),
    errorResponseBuilder: (_request, context) =>
      new TallyError(
        'RATE_LIMITED',
        `over ${context.max} changes a minute: try again in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });
  await app.register(multipart, {
    limits: { fileSize: maxUploadBytes, files: 2, fields: 4, parts: 6 },
  });
  await app.register(swagger, {
    // The upload route reads its body itself (multipart or raw bytes); describe it for the docs only.
    transform: ({ schema, url }) =>
      url === `${API_PREFIX}/ingest/file`
        ? { schema: { ...schema, body: UPLOAD_BODY } as typeof schema, url }
        : { schema, url },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tally API',
        version: '1.0.0',
        description:
          'The evidence ledger of the North Korea–Russia exchange. Reads are open; changes need a bearer token (tally token create).',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: `${API_PREFIX}/docs`,
    staticCSP: false,
    // No call to validator.swagger.io: the page loads nothing from outside the server.
    uiConfig: { deepLinking: false, validatorUrl: null },
  });

  const ingestThread = options.ingestThread === false ? null : startIngestThread(deps);
  if (ingestThread) app.addHook('onClose', async () => ingestThread.close());
  const readCache = options.readCache === false ? null : createReadCache({ store: deps.store });
  const context: ServerContext = {
    app,
    store: deps.store,
    maxUploadBytes,
    ingestThread,
    readCache,
  };
  registerReadRoutes(context);
  registerReviewRoutes(context);
  registerLedgerRoutes(context);
  registerIngestRoutes(context);
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const serveWeb = webRoot !== null && existsSync(webRoot);
  if (serveWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: 'index.html' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The dashboard routes in the browser: any GET outside the API opens its page.
    if (serveWeb && request.method === 'GET' && !path.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    throw new TallyError('NOT_FOUND', `no route ${request.method} ${path.slice(0, 200)}`);
  });
  return app;
}
