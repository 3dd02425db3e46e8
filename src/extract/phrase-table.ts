import { intern, NO_ID, tokenize, type Tokens, type Vocabulary } from './tokenize.ts';

interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | null;
  /**
   * The children again, by the vocabulary ids of their keys (see `#index`): a node has few, so a
   * scan of the ids finds the next word without hashing its key. A key with no id is only in `next`.
   */
  ids: number[];
  children: Array<TrieNode<V>>;
  value: V | undefined;
  /** Set when the phrase only matches with this exact casing ("US", not "us"). */
  exact: string | undefined;
}

const leaf = <V>(): TrieNode<V> => ({
  next: null,
  ids: [],
  children: [],
  value: undefined,
  exact: undefined,
});

/** A match of a multi-word phrase: the value and the token index after its last token. */
export interface PhraseMatch<V> {
  readonly value: V;
  readonly end: number;
}

/**
 * Multi-word phrases keyed token by token, so matching at a position costs at most the length of
 * the longest phrase, whatever the input.
 */
export class PhraseTable<V> {
  readonly #root: TrieNode<V> = leaf();
  #longest = 0;
  /** The first words' nodes by vocabulary id, for the vocabulary last matched against. */
  #vocabulary: Vocabulary | null = null;
  #firstById: Array<TrieNode<V> | undefined> = [];

  /** Adds a phrase; an upper-case letter in it makes the phrase case-sensitive. */
  add(phrase: string, value: V): this {
    const tokens = tokenize(phrase);
    let node = this.#root;
    for (const token of tokens.key) {
      // The same internalized string as a document token's key: a lookup ends at the pointer.
      const key = intern(token);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = leaf();
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      node.exact = phrase !== phrase.toLowerCase() ? phrase.replaceAll(' ', '') : undefined;
    }
    this.#longest = Math.max(this.#longest, tokens.length);
    this.#vocabulary = null;
    return this;
  }

  /** The longest phrase that starts at token `at` and ends before token `limit`. */
  match(tokens: Tokens, at: number, limit: number = tokens.length): PhraseMatch<V> | null {
    // Called for most cue tokens of every sentence and usually fails at the first key, so that
    // case reads one map and allocates nothing; a match allocates one record, at the end.
    const first = this.#root.next;
    if (first === null || at >= limit) return null;
    const { vocabulary } = tokens;
    if (vocabulary !== null && vocabulary !== this.#vocabulary) this.#index(vocabulary);
    const id = tokens.word[at] ?? NO_ID;
    const node =
      id !== NO_ID && vocabulary !== null ? this.#firstById[id] : first.get(tokens.key[at] ?? '');
    return node === undefined ? null : walk(tokens, node, { at, limit });
  }

  /** Files the first words' nodes by their ids in `vocabulary`; a key without one stays in the map. */
  #index(vocabulary: Vocabulary): void {
    this.#firstById = new Array<TrieNode<V> | undefined>(vocabulary.ids).fill(undefined);
    for (const [key, node] of this.#root.next ?? []) {
      const id = vocabulary.idOf(key);
      if (id !== NO_ID) this.#firstById[id] = node;
    }
    const pending = [...(this.#root.next?.values() ?? [])];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      node.ids = [];
      node.children = [];
      for (const [key, child] of node.next ?? []) {
        const id = vocabulary.idOf(key);
        if (id !== NO_ID) {
          node.ids.push(id);
          node.children.push(child);
        }
        pending.push(child);
      }
    }
    this.#vocabulary = vocabulary;
  }

  /** The keys that phrases begin with, for building one lookup over all tables. */
  firstKeys(): IterableIterator<string> {
    return (this.#root.next ?? new Map<string, TrieNode<V>>()).keys();
  }

  /** Whether a phrase starts with the key of token `at`: `startsWith` read by token id. */
  startsAt(tokens: Tokens, at: number): boolean {
    const { vocabulary } = tokens;
    const id = tokens.word[at] ?? NO_ID;
    if (vocabulary === null || id === NO_ID) return this.startsWith(tokens.key[at] ?? '');
    if (vocabulary !== this.#vocabulary) this.#index(vocabulary);
    return this.#firstById[id] !== undefined;
  }

  /** Whether a one-token phrase starts with this key: a cheap filter before `match`. */
  startsWith(key: string): boolean {
    return this.#root.next?.has(key) ?? false;
  }
}

/**
 * The longest phrase from `node`, the first word's, on: `match` without its first lookup, kept
 * apart so that `match`, which most callers leave at the first word, is small enough for V8 to
 * inline wherever it is called, beside the rest of the caller's helpers.
 */
function walk<V>(
  tokens: Tokens,
  first: TrieNode<V>,
  span: { readonly at: number; readonly limit: number },
): PhraseMatch<V> | null {
  const { at, limit } = span;
  const vocabulary = tokens.vocabulary;
  let node: TrieNode<V> | undefined = first;
  let best: TrieNode<V> | null = null;
  let bestEnd = 0;
  for (let i = at; node !== undefined;) {
    if (
      node.value !== undefined &&
      (node.exact === undefined || spelledTo(tokens, node.exact, at) === i + 1)
    ) {
      best = node;
      bestEnd = i + 1;
    }
    i++;
    if (i >= limit || node.next === null) break;
    const next = vocabulary === null ? NO_ID : tokens.word[i]!;
    if (next === NO_ID) node = node.next.get(tokens.key[i] ?? '');
    else {
      const { ids, children } = node;
      node = undefined;
      for (let k = 0; k < ids.length; k++)
        if (ids[k] === next) {
          node = children[k];
          break;
        }
    }
  }
  return best === null ? null : { value: best.value as V, end: bestEnd };
}

/**
 * The token after those from `from` that read `exact` with the spaces between them dropped, or -1:
 * compared in place, since a case-sensitive alias ("US", "North Korea") is tried at every mention
 * of its words, and with no record of arguments to allocate each time.
 */
function spelledTo(tokens: Tokens, exact: string, from: number): number {
  const { text, start, end } = tokens;
  let k = 0;
  for (let i = from; i < tokens.length; i++) {
    const last = end[i]!;
    if (k + last - start[i]! > exact.length) return -1;
    for (let c = start[i]!; c < last; c++, k++)
      if (text.charCodeAt(c) !== exact.charCodeAt(k)) return -1;
    if (k === exact.length) return i + 1;
  }
  return -1;
}

/** Two-word phrases by their first word, so a token and the next are tested without building a string. */
export function pairsOf(phrases: Iterable<string>): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const space = phrase.indexOf(' ');
    if (space < 0) continue;
    const first = phrase.slice(0, space);
    const seconds = out.get(first) ?? new Set<string>();
    seconds.add(phrase.slice(space + 1));
    out.set(first, seconds);
  }
  return out;
}
