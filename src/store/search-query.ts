/** Longest query the store will run: more words than this only slow the search down. */
const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 100;

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Splits what a person typed into search terms that every dialect can quote safely: words
 * separated by white space, each holding at least one letter or digit. Query syntax in the
 * input (quotes, NEAR, OR, `*`, `:`) is never interpreted, only matched as text.
 */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/u)
    .filter((term) => WORDLIKE.test(term))
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH));
}

/** Quotes terms as FTS5 strings ("…" with inner quotes doubled): the tokenizer splits them. */
export function toFts5Query(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}
