/**
 * Every error Tally reports on purpose, with a stable code, an HTTP status for the server and an
 * exit code for the CLI. Codes never change meaning once released: scripts depend on them.
 */
export const ERROR_CATALOGUE = {
  INVALID_INPUT: { status: 400, exit: 2, message: 'The input is not valid' },
  UNSUPPORTED_FORMAT: { status: 415, exit: 3, message: 'The file format is not supported' },
  FILE_TOO_LARGE: { status: 413, exit: 3, message: 'The file is over the size limit' },
  FILE_UNREADABLE: { status: 400, exit: 3, message: 'The file cannot be read' },
  EMPTY_DOCUMENT: { status: 422, exit: 3, message: 'The document has no text' },
  BINARY_CONTENT: { status: 415, exit: 3, message: 'The file is binary, not text' },
  INVALID_ENCODING: { status: 422, exit: 3, message: 'The file is not valid UTF-8' },
  NOT_FOUND: { status: 404, exit: 4, message: 'Not found' },
  CONFLICT: { status: 409, exit: 5, message: 'The change conflicts with stored data' },
  IMPORT_INVALID: { status: 422, exit: 6, message: 'The import file is not valid' },
  STORE_UNAVAILABLE: { status: 503, exit: 7, message: 'The workspace is unavailable' },
  STORE_CORRUPT: { status: 500, exit: 8, message: 'The workspace is damaged' },
  UNAUTHORIZED: { status: 401, exit: 9, message: 'A valid token is required' },
  FORBIDDEN: { status: 403, exit: 9, message: 'The token may not do this' },
  RATE_LIMITED: { status: 429, exit: 10, message: 'Too many changes: wait and try again' },
  OVERLOADED: { status: 503, exit: 7, message: 'The server is busy: try again shortly' },
  INTERNAL: { status: 500, exit: 1, message: 'Internal error' },
} as const satisfies Record<string, { status: number; exit: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The one error type Tally throws on purpose; `message` is a single line meant for people. */
export class TallyError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly exitCode: number;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    const entry = ERROR_CATALOGUE[code];
    super(message ?? entry.message, options);
    this.name = 'TallyError';
    this.code = code;
    this.status = entry.status;
    this.exitCode = entry.exit;
  }
}

export const isTallyError = (error: unknown): error is TallyError => error instanceof TallyError;
