import type { ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets for these options (and those it removes), worked out once. */
export interface SecurityHeaders {
  readonly set: Readonly<Record<string, string>>;
  readonly remove: readonly string[];
}

/**
 * Helmet's middleware, as @fastify/helmet runs it, is rebuilt for every request (the CSP parsed
 * again each time): a few percent of a small read. The headers depend only on the options, so
 * helmet is run once against a response that records what it is told.
 */
export function securityHeaders(options: HelmetOptions): SecurityHeaders {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      set[name] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => remove.push(name),
  };
  let failure: unknown;
  helmet(options)(
    {} as never,
    recorder as unknown as ServerResponse,
    (error?: unknown) => (failure = error),
  );
  if (failure) throw failure;
  return { set, remove };
}

/** Puts the headers on a response, as helmet would have. */
export function applySecurityHeaders(response: ServerResponse, headers: SecurityHeaders): void {
  for (const name of headers.remove) response.removeHeader(name);
  for (const [name, value] of Object.entries(headers.set)) response.setHeader(name, value);
}
