/** What a token is made of; punctuation tokens are always one UTF-16 code unit. */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

/** The key of an ASCII word outside the vocabulary, when tokenized with one: no rule names it. */
export const UNKNOWN = '';

/**
 * The document as tokens, stored column-wise in typed arrays so a multi-megabyte text costs a few
 * buffers rather than millions of objects. `key` is the lower-cased text with quotes folded.
 */
export interface Tokens {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** Lower-cased text; `UNKNOWN` for a word a vocabulary does not know. */
  readonly key: string[];
  /** 1 where the token starts with an upper-case letter. */
  readonly capital: Uint8Array;
  /** 1 where a line break separates the token from the one before it, 2 where a blank line does. */
  readonly newline: Uint8Array;
  /** Per token, the vocabulary's flags (zero without a vocabulary). */
  readonly flags: Uint16Array;
  readonly length: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 12 ||
  c === 11 ||
  c === 0xa0 ||
  c === 0x2009 ||
  c === 0x202f ||
  c === 0x200b ||
  c === 0xfeff;
const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Letters of any script; punctuation, symbols and currency signs above ASCII stay punctuation. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c < 0x2000) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff65) return false;
  return c >= 0x2c00;
}

/** Folds typographic apostrophes and quotes so lexicon phrases match either style. */
function foldPunct(c: number): string {
  if (c === 0x2019 || c === 0x2018 || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return '"';
  return String.fromCharCode(c);
}

/**
 * Words the tokenizer knows, each with a byte of flags. A known word is handed out as the interned
 * string and its flags are read from an open-addressing table keyed by a hash computed while the
 * word is scanned, so the common words of prose cost no allocation and no map lookup.
 */
export interface Vocabulary {
  readonly slots: Int32Array;
  readonly words: readonly string[];
  readonly flags: Uint16Array;
  /** Flags of words outside the fast path (non-ASCII letters, punctuation). */
  readonly other: ReadonlyMap<string, number>;
  /** Flags every number token carries. */
  readonly numberFlags: number;
  /** Flags of a number that can be a day or a year ("16", "2023"), where dates may start. */
  readonly dateNumberFlags: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Builds a vocabulary from words and their flags; words that are not lower-case ASCII letters go to a map. */
export function createVocabulary(
  entries: ReadonlyMap<string, number>,
  numbers: { readonly numberFlags: number; readonly dateNumberFlags: number },
): Vocabulary {
  const words: string[] = [];
  const flags: number[] = [];
  const other = new Map<string, number>();
  for (const [word, bits] of entries) {
    if (/^[a-z]+$/.test(word)) {
      words.push(word);
      flags.push(bits);
    } else other.set(word, bits);
  }
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const slots = new Int32Array(size);
  words.forEach((word, index) => {
    let slot = hashWord(word) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = index + 1;
  });
  return { slots, words, flags: Uint16Array.from(flags), other, ...numbers };
}

function grow<T extends Int32Array | Uint8Array | Uint16Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** Splits text into words, numbers ("11,000", "1.3") and single punctuation marks, in one pass. */
export function tokenize(text: string, vocabulary?: Vocabulary): Tokens {
  const n = text.length;
  // Prose runs about one token per five characters; the buffers double when it runs denser.
  let capacity = (n >> 2) + 16;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let kind = new Uint8Array(capacity);
  let capital = new Uint8Array(capacity);
  let newline = new Uint8Array(capacity);
  let flags = new Uint16Array(capacity);
  const key: string[] = new Array<string>(capacity);
  let count = 0;
  let lineBreaks = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineBreaks++;
      i++;
      continue;
    }
    if (count === capacity) {
      capacity *= 2;
      start = grow(start, capacity);
      end = grow(end, capacity);
      kind = grow(kind, capacity);
      capital = grow(capital, capacity);
      newline = grow(newline, capacity);
      flags = grow(flags, capacity);
      key.length = capacity;
    }
    const s = i;
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // Thousands groups: a comma followed by exactly three digits.
      while (
        i + 3 < n &&
        text.charCodeAt(i) === 44 &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        (i + 4 >= n || !isDigit(text.charCodeAt(i + 4)))
      ) {
        i += 4;
      }
      if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      kind[count] = NUMBER;
      key[count] = text.slice(s, i);
      if (vocabulary) {
        // Only a bare one-, two- or four-digit number can be a day or a year.
        const length = i - s;
        flags[count] =
          length <= 2 || (length === 4 && text.charCodeAt(s + 1) !== 44)
            ? vocabulary.dateNumberFlags
            : vocabulary.numberFlags;
      }
    } else if (isLetter(c)) {
      let upper = false;
      let ascii = true;
      let hash = FNV_OFFSET;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          hash = Math.imul(hash ^ d, FNV_PRIME);
        } else if (d >= 65 && d <= 90) {
          upper = true;
          hash = Math.imul(hash ^ (d | 32), FNV_PRIME);
        } else if (isLetter(d)) {
          ascii = false;
          if (isUpper(d)) upper = true;
        } else break;
        i++;
      }
      kind[count] = WORD;
      let entry = -1;
      if (vocabulary && ascii) {
        // Open addressing, inlined: this runs once per word of every document.
        const { slots, words } = vocabulary;
        const mask = slots.length - 1;
        const length = i - s;
        for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
          const candidate = slots[slot]! - 1;
          if (candidate < 0) break;
          const word = words[candidate]!;
          if (word.length !== length) continue;
          let k = 0;
          while (k < length && (text.charCodeAt(s + k) | 32) === word.charCodeAt(k)) k++;
          if (k === length) {
            entry = candidate;
            break;
          }
        }
      }
      if (entry >= 0 && vocabulary) {
        key[count] = vocabulary.words[entry]!;
        flags[count] = vocabulary.flags[entry]!;
      } else if (vocabulary && ascii) {
        // No rule looks a word up unless the vocabulary has it: skip the string.
        key[count] = UNKNOWN;
      } else {
        const raw = text.slice(s, i);
        const lower = upper ? raw.toLowerCase() : raw;
        key[count] = lower;
        if (vocabulary) flags[count] = vocabulary.other.get(lower) ?? 0;
      }
      capital[count] = isUpper(c) ? 1 : 0;
    } else {
      i++;
      kind[count] = PUNCT;
      const folded = foldPunct(c);
      key[count] = folded;
      if (vocabulary) flags[count] = vocabulary.other.get(folded) ?? 0;
    }
    start[count] = s;
    end[count] = i;
    newline[count] = lineBreaks > 1 ? 2 : lineBreaks;
    lineBreaks = 0;
    count++;
  }
  key.length = count;
  return {
    text,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    kind: kind.subarray(0, count),
    key,
    capital: capital.subarray(0, count),
    newline: newline.subarray(0, count),
    flags: flags.subarray(0, count),
    length: count,
  };
}

const TERMINAL = new Set(['.', '!', '?', ':', '"', "'", ')']);

/**
 * A single line break inside running prose, as in hard-wrapped text: the next line goes on in
 * lower case or with a figure, after a line that did not end a sentence. Headlines and new
 * paragraphs start with a capital, a quote or a blank line.
 */
function wrapped(tokens: Tokens, at: number): boolean {
  if (tokens.newline[at] !== 1 || tokens.capital[at]) return false;
  const kind = tokens.kind[at];
  if (kind !== WORD && kind !== NUMBER) return false;
  return !TERMINAL.has(tokens.key[at - 1] ?? '.');
}

/** Token index ranges `[from, to)` of the sentences of a document. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

/** Sentences longer than this are cut, so no rule ever scans an unbounded window. */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Splits tokens into sentences at line breaks and at terminal punctuation that is followed by a
 * capital, a digit or a quote, unless the full stop closes an abbreviation ("Nov.", "Gen.", "U.S.").
 */
export function splitSentences(tokens: Tokens, abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (
      i > from &&
      ((tokens.newline[i] && !wrapped(tokens, i)) || i - from >= MAX_SENTENCE_TOKENS)
    ) {
      sentences.push({ from, to: i });
      from = i;
    }
    if (tokens.kind[i] !== PUNCT) continue;
    const k = tokens.key[i];
    if (k !== '.' && k !== '!' && k !== '?') continue;
    let next = i + 1;
    while (
      next < tokens.length &&
      (tokens.key[next] === '"' || tokens.key[next] === "'" || tokens.key[next] === ')') &&
      !tokens.newline[next]
    )
      next++;
    if (next >= tokens.length || tokens.newline[next]) continue;
    if (!tokens.capital[next] && tokens.kind[next] !== NUMBER && tokens.key[next] !== '"') continue;
    if (
      k === '.' &&
      i > 0 &&
      tokens.kind[i - 1] === WORD &&
      tokens.end[i - 1] === tokens.start[i]
    ) {
      const prev = tokens.key[i - 1] ?? '';
      // Initials ("Donald J. Trump") and abbreviations ("Gen.", "Nov.") do not end a sentence.
      if (tokens.end[i - 1]! - tokens.start[i - 1]! === 1 || abbreviations.has(prev)) continue;
    }
    sentences.push({ from, to: next });
    from = next;
    i = next - 1;
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}
