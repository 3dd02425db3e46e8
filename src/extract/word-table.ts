import { NO_ID, type Tokens, type Vocabulary } from './tokenize.ts';

/**
 * The word list of a rule, or its word-keyed map, as an array indexed by the vocabulary ids tokens carry: a
 * rule that asks of every token of a sentence whether it is one of its words reads one array slot,
 * where a `Set` of strings hashes the key and probes a table for each. A profile of extract() had
 * those lookups as its largest single cost.
 *
 * Exact for any token: one whose key has no id (a number, a word or mark outside the vocabulary)
 * and tokens read with another vocabulary are looked up by key.
 */
export interface WordTable<V> {
  readonly vocabulary: Vocabulary;
  /** Per id, the value of the word with that id, `undefined` for the rest. */
  readonly byId: ReadonlyArray<V | undefined>;
  readonly byKey: ReadonlyMap<string, V>;
}

/** A word list as a table whose value is `true` for its words. */
export type WordList = WordTable<true>;

/** Builds the table of word-keyed values for the tokens one vocabulary reads. */
export function wordTable<V>(
  vocabulary: Vocabulary,
  entries: Iterable<readonly [string, V]>,
): WordTable<V> {
  const byKey = new Map(entries);
  const byId = new Array<V | undefined>(vocabulary.ids).fill(undefined);
  for (const [key, value] of byKey) {
    const id = vocabulary.idOf(key);
    if (id !== NO_ID) byId[id] = value;
  }
  return { vocabulary, byId, byKey };
}

/** Builds a word list for the tokens one vocabulary reads. */
export function wordList(vocabulary: Vocabulary, words: Iterable<string>): WordList {
  const entries: Array<readonly [string, true]> = [];
  for (const word of words) entries.push([word, true]);
  return wordTable(vocabulary, entries);
}

/** The value of the key of token `at` (`undefined` past either end, as for a missing key). */
export function valueAt<V>(table: WordTable<V>, tokens: Tokens, at: number): V | undefined {
  const id = tokens.word[at];
  if (id === undefined) return table.byKey.get('');
  if (id !== NO_ID && tokens.vocabulary === table.vocabulary) return table.byId[id];
  return table.byKey.get(tokens.key[at] ?? '');
}

/** Whether the key of token `at` is one of the words of the list: `set.has(key[at] ?? '')`. */
export function isWordAt(list: WordList, tokens: Tokens, at: number): boolean {
  return valueAt(list, tokens, at) === true;
}

/** Whether token `at` and the next read a two-word phrase of a table of phrases by first word (`pairsOf`). */
export function isPairAt(
  table: WordTable<ReadonlySet<string>>,
  tokens: Tokens,
  at: number,
): boolean {
  return valueAt(table, tokens, at)?.has(tokens.key[at + 1] ?? '') === true;
}

/**
 * Whether the keys from `at` on are the words of a phrase, in order. A loop, not `every` with a
 * closure: a closure over the token index is allocated for every token and phrase.
 */
export function wordsAt(key: readonly string[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (key[at + k] !== words[k]) return false;
  return true;
}
