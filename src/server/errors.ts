import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOGUE, isTallyError, type ErrorCode, type Issue } from '../domain/index.ts';

export interface ErrorPayload {
  readonly error: { code: ErrorCode; message: string; details?: Issue[] };
}

/** Fastify's own 4xx errors, by status, in the catalogue's terms. */
const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  406: 'INVALID_INPUT',
  409: 'CONFLICT',
  411: 'INVALID_INPUT',
  413: 'FILE_TOO_LARGE',
  415: 'UNSUPPORTED_FORMAT',
  422: 'INVALID_INPUT',
  429: 'RATE_LIMITED',
};

/** One line a client can show: no newlines, and no longer than a line should be. */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim().slice(0, 500);

/** The JSON error body and status for anything a handler or Fastify threw. */
export function describeError(error: unknown): { status: number; payload: ErrorPayload } {
  if (isTallyError(error)) {
    // A server-side failure's own message may name the database file or host: it goes to the
    // log, and the client gets the catalogue's wording.
    const message = error.status >= 500 ? ERROR_CATALOGUE[error.code].message : error.message;
    return {
      status: error.status,
      payload: { error: { code: error.code, message: oneLine(message) } },
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    const part = fastifyError.validationContext ?? 'request';
    const details = fastifyError.validation.slice(0, 10).map((issue) => ({
      path: `${part}${issue.instancePath || ''}`,
      message: oneLine(
        issue.keyword === 'additionalProperties'
          ? `has no field "${String(issue.params.additionalProperty)}"`
          : (issue.message ?? 'is not valid'),
      ),
    }));
    const first = details[0];
    return {
      status: 400,
      payload: {
        error: {
          code: 'INVALID_INPUT',
          message: first ? `${first.path} ${first.message}` : `the ${part} is not valid`,
          details,
        },
      },
    };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'INVALID_INPUT';
    return {
      status: ERROR_CATALOGUE[code].status === status ? status : ERROR_CATALOGUE[code].status,
      // Fastify's client-error messages name the problem, never a path or a stack.
      payload: { error: { code, message: oneLine(fastifyError.message ?? code) } },
    };
  }
  if (error instanceof SyntaxError) {
    return {
      status: 400,
      payload: {
        error: {
          code: 'INVALID_INPUT',
          message: `the body is not JSON: ${oneLine(error.message)}`,
        },
      },
    };
  }
  return {
    status: 500,
    payload: { error: { code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.message } },
  };
}

/** Fastify's error handler: the stable JSON shape, with server faults logged and never shown. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, payload } = describeError(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  const retry = status === 503 ? { 'retry-after': '5' } : {};
  void reply.status(status).headers(retry).type('application/json; charset=utf-8').send(payload);
}
