import type { ClaimsDocument, PartialDate } from '../domain/index.ts';

export interface ExtractInput {
  readonly text: string;
  /** Relative dates ("last year", "on Monday") resolve against this. */
  readonly published: PartialDate | null;
  readonly title?: string | null;
}

/** Reads every quantity claim and dated event in a document (format claims/1). */
export function extract(input: ExtractInput): ClaimsDocument {
  // Placeholder until the engine lands: the shape is final, the contents are not.
  return {
    format: 'claims/1',
    document: { title: input.title ?? null, published: input.published },
    claims: [],
    events: [],
  };
}
