/** Longest query the store will run: more words than this only slow the search down. */
const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 100;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits what a person typed into the words every dialect's tokenizer would see: runs of
 * letters, marks and digits. Everything else (quotes, parentheses, `*`, `:`, `-`) separates
 * words and is never read as query syntax, so no input can be a syntax error.
 */
export function searchTerms(query: string): string[] {
  const words = query.match(WORD) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/** Quotes terms as FTS5 strings ("…" with inner quotes doubled): the tokenizer splits them. */
export function toFts5Query(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}
