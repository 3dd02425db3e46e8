import { keyAt, NO_ID, type Tokens, type Vocabulary } from './tokenize.ts';

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
  /** Whether a key no vocabulary id stands for (a number, a rare mark) has a value. */
  readonly idless: boolean;
}

/**
 * A word list: one bit of a column of bits per vocabulary id that 31 other lists share. A rule asks
 * of a token whether it is one of the words with one AND in a column whose entry for a common
 * word stays in cache, where a table of values per list spreads a token's answers over as many
 * arrays as there are lists.
 */
export interface WordList {
  readonly vocabulary: Vocabulary;
  /** Per vocabulary id, the bits of the lists that share this column. */
  readonly column: Uint32Array;
  /** This list's bit in `column`. */
  readonly bit: number;
  /** The words, for a token whose key has no id or that another vocabulary read. */
  readonly words: ReadonlySet<string>;
  /** Whether a key no vocabulary id stands for (a number, a rare mark) is one of the words. */
  readonly idless: boolean;
}

/** The columns of list bits of each vocabulary, and how many bits are taken. */
const columnsOf = new WeakMap<Vocabulary, { columns: Uint32Array[]; taken: number }>();

/** A bit no other list of the vocabulary has. */
function takeBit(vocabulary: Vocabulary): { column: Uint32Array; bit: number } {
  let registry = columnsOf.get(vocabulary);
  if (!registry) {
    registry = { columns: [], taken: 0 };
    columnsOf.set(vocabulary, registry);
  }
  const index = registry.taken++;
  if (index % 32 === 0) registry.columns.push(new Uint32Array(vocabulary.ids));
  return { column: registry.columns[registry.columns.length - 1]!, bit: (2 ** (index % 32)) | 0 };
}

/** Builds the table of word-keyed values for the tokens one vocabulary reads. */
export function wordTable<V>(
  vocabulary: Vocabulary,
  entries: Iterable<readonly [string, V]>,
): WordTable<V> {
  const byKey = new Map(entries);
  const byId = new Array<V | undefined>(vocabulary.ids).fill(undefined);
  let idless = false;
  for (const [key, value] of byKey) {
    const id = vocabulary.idOf(key);
    if (id !== NO_ID) byId[id] = value;
    else idless = true;
  }
  return { vocabulary, byId, byKey, idless };
}

/**
 * Builds a word list for the tokens one vocabulary reads. Build lists once, when a module loads:
 * each takes a bit of the vocabulary's columns for as long as the vocabulary lives.
 */
export function wordList(vocabulary: Vocabulary, words: Iterable<string>): WordList {
  const set = new Set(words);
  const { column, bit } = takeBit(vocabulary);
  let idless = false;
  for (const word of set) {
    const id = vocabulary.idOf(word);
    if (id === NO_ID) idless = true;
    else column[id] = column[id]! | bit;
  }
  return { vocabulary, column, bit, words: set, idless };
}

/** The value of the key of token `at` (`undefined` past either end, as for a missing key). */
export function valueAt<V>(table: WordTable<V>, tokens: Tokens, at: number): V | undefined {
  const id = tokens.word[at];
  if (id !== undefined && tokens.vocabulary === table.vocabulary) {
    if (id !== NO_ID) return table.byId[id];
    if (!table.idless) return undefined;
  }
  return table.byKey.get(keyAt(tokens.key, at) ?? '');
}

/** Whether the key of token `at` is one of the words of the list: `set.has(key[at] ?? '')`. */
export function isWordAt(list: WordList, tokens: Tokens, at: number): boolean {
  const id = tokens.word[at];
  if (id !== undefined && tokens.vocabulary === list.vocabulary) {
    if (id !== NO_ID) return (list.column[id]! & list.bit) !== 0;
    if (!list.idless) return false;
  }
  // Through keyAt: this load is inlined into every caller, and one read at index -1 (the word
  // before the first) would make it megamorphic in all of them.
  return list.words.has(keyAt(tokens.key, at) ?? '');
}

/** Whether token `at` and the next read a two-word phrase of a table of phrases by first word (`pairsOf`). */
export function isPairAt(
  table: WordTable<ReadonlySet<string>>,
  tokens: Tokens,
  at: number,
): boolean {
  return valueAt(table, tokens, at)?.has(keyAt(tokens.key, at + 1) ?? '') === true;
}

/**
 * Whether the keys from `at` on are the words of a phrase, in order. A loop, not `every` with a
 * closure: a closure over the token index is allocated for every token and phrase.
 */
export function wordsAt(key: readonly string[], at: number, words: readonly string[]): boolean {
  // Callers ask for a phrase ending before a figure, which may start before the first token.
  for (let k = 0; k < words.length; k++) if (keyAt(key, at + k) !== words[k]) return false;
  return true;
}
