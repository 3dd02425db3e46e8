/** An expected failure is a value, not an exception (parsers never throw on bad input). */
export type Result<T, E = Issue[]> = { ok: true; value: T } | { ok: false; issues: E };

/** One thing wrong with an input: where, and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E = Issue[]>(issues: E): Result<never, E> => ({ ok: false, issues });
