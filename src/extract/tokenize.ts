/** What a token is made of; punctuation tokens are always one UTF-16 code unit. */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

/** The key of an ASCII word outside the vocabulary, when tokenized with one: no rule names it. */
export const UNKNOWN = '';

/** The id of a token no vocabulary id stands for (a number, a word or mark outside it): read its key. */
export const NO_ID = 0;
/** The id of an ASCII word outside the vocabulary, whose key is `UNKNOWN`. */
export const UNKNOWN_ID = 1;

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
  /** Per token, the id of its key in the vocabulary (`NO_ID` without one); see `Vocabulary.idOf`. */
  readonly word: Int32Array;
  /** The vocabulary the tokens were read with. */
  readonly vocabulary: Vocabulary | null;
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

/** What the tokenizer does with a character: one table read per ASCII character. */
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const LOWER = 3;
const UPPER = 4;
/** Characters above ASCII that are letters; upper-case ones are told apart when a word starts. */
const LETTER = 5;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isSpace(c)) ASCII_CLASS[c] = SPACE;
  else if (isDigit(c)) ASCII_CLASS[c] = DIGIT;
  else if (c >= 97 && c <= 122) ASCII_CLASS[c] = LOWER;
  else if (c >= 65 && c <= 90) ASCII_CLASS[c] = UPPER;
}

function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  if (isSpace(c)) return SPACE;
  return isLetter(c) ? LETTER : OTHER;
}

const EM_DASH = '\u2014';

/** Folds typographic apostrophes and quotes so lexicon phrases match either style. */
function foldPunct(c: number): string {
  if (c === 0x2019 || c === 0x2018 || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return '"';
  return String.fromCharCode(c);
}

/**
 * Words the tokenizer knows, each with a byte of flags. A known word is handed out as the interned
 * string and its flags are read from an open-addressing table keyed by the word's `packed` code,
 * built while the word is scanned, so the common words of prose cost no allocation and no map lookup.
 */
export interface Vocabulary {
  /**
   * Two integers a slot: the `packed` code of the word in it, then its index plus one shifted
   * left by 8 over its length (0 for an empty slot), so a probe reads one cache line.
   */
  readonly slots: Int32Array;
  /** How far a slot hash is shifted right: the table has `2 ** (32 - shift)` slots. */
  readonly shift: number;
  readonly words: readonly string[];
  readonly flags: Uint16Array;
  /** Flags of words outside the fast path (non-ASCII letters, punctuation). */
  readonly other: ReadonlyMap<string, number>;
  /** Flags of each ASCII punctuation mark, read from `other` once rather than per token. */
  readonly asciiFlags: Uint16Array;
  /** Ids of the keys in `other`, and of every ASCII punctuation mark, whether in `other` or not. */
  readonly otherIds: ReadonlyMap<string, number>;
  readonly asciiIds: Int32Array;
  /** One more than the largest id. */
  readonly ids: number;
  /**
   * The id a token with this key carries: a key's id stands for it exactly, so a rule's word list
   * becomes a table indexed by id. `NO_ID` for a key tokens give no id (numbers, unlisted marks).
   */
  idOf(key: string): number;
  /** Flags every number token carries. */
  readonly numberFlags: number;
  /** Flags of a number that can be a day or a year ("16", "2023"), where dates may start. */
  readonly dateNumberFlags: number;
}

/**
 * The slot a word hashes to, from its `packed` code, its length and, past six letters, the code of
 * its first three letters (`head`): the scan of a word then does one shift and one OR a letter,
 * and the hash is mixed once a word. Multiplicative (Fibonacci) hashing, read from the high bits.
 */
function slotHash(word: { packed: number; head: number; length: number }, shift: number): number {
  return (
    Math.imul(word.packed ^ Math.imul(word.head ^ word.length, 0x9e3779b1), 0x85ebca6b) >>> shift
  );
}

/**
 * V8's internalized copy of a string: the one every string literal in the rules already is, so
 * `key === 'said'` is a pointer comparison and a set lookup ends at the pointer too. Property keys
 * are internalized, and the key of a one-property object is read back as that copy. The object has
 * no prototype, so V8 keeps its properties in a dictionary: a plain `{ [text]: 0 }` would leave a
 * hidden class per word hanging off the one every small object literal starts from, and with the
 * vocabulary's 1,500 words that fills its list of transitions until a full collection clears it.
 * Until then every record of four fields or fewer got a class of its own, held only by the records
 * alive that had it, and the optimized code that had seen one was thrown away when it died
 * (a weak-objects deoptimization in --trace-deopt: direct, on the tuning texts).
 */
export function intern(text: string): string {
  const holder: Record<string, number> = Object.create(null) as Record<string, number>;
  holder[text] = 0;
  return Object.keys(holder)[0] ?? text;
}

/**
 * A word's letters packed five bits a letter ("a" = 1 … "z" = 26) into one 32-bit integer, the
 * earliest shifting out: the low thirty bits are the last six letters. Two words of one length and
 * code are equal in all but their letters before the last six, so a word of up to six letters is
 * found without comparing characters, and a longer one compares only those before its last six.
 */
const PACKED_LETTERS = 6;

function packWord(word: string): number {
  let packed = 0;
  for (let k = 0; k < word.length; k++) packed = (packed << 5) | (word.charCodeAt(k) - 96);
  return packed;
}

/** The code of a word's first three letters, which a word longer than six letters hashes with. */
function headOf(word: string): number {
  return word.length <= PACKED_LETTERS ? 0 : packWord(word.slice(0, 3));
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
      // A slot keeps a word's length in a byte.
      if (word.length > 255) throw new Error(`a vocabulary word has over 255 letters: ${word}`);
      words.push(intern(word));
      flags.push(bits);
    } else other.set(word, bits);
  }
  let shift = 28;
  while (2 ** (32 - shift) < words.length * 2) shift--;
  const mask = 2 ** (32 - shift) - 1;
  const slots = new Int32Array(2 * (mask + 1));
  words.forEach((word, index) => {
    const code = { packed: packWord(word), head: headOf(word), length: word.length };
    let slot = slotHash(code, shift);
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = code.packed;
    slots[2 * slot + 1] = ((index + 1) << 8) | word.length;
  });
  const asciiFlags = new Uint16Array(128);
  for (let c = 0; c < 128; c++) asciiFlags[c] = other.get(String.fromCharCode(c)) ?? 0;
  // Ids: words from 2, in their order, then the other keys, then the ASCII marks not among those.
  const wordIds = new Map(words.map((word, index) => [word, index + 2]));
  let next = words.length + 2;
  const otherIds = new Map<string, number>();
  for (const key of other.keys()) otherIds.set(key, next++);
  const asciiIds = new Int32Array(128);
  for (let c = 0; c < 128; c++) {
    if (ASCII_CLASS[c] !== OTHER) continue;
    const mark = String.fromCharCode(c);
    const id = otherIds.get(mark) ?? next++;
    otherIds.set(mark, id);
    asciiIds[c] = id;
  }
  const ids = next;
  const idOf = (key: string): number =>
    key === UNKNOWN ? UNKNOWN_ID : (wordIds.get(key) ?? otherIds.get(key) ?? NO_ID);
  return {
    otherIds,
    asciiIds,
    ids,
    idOf,
    slots,
    shift,
    words,
    flags: Uint16Array.from(flags),
    other,
    asciiFlags,
    ...numbers,
  };
}

/**
 * The columns of the tokens, carved from one buffer: a document costs one allocation however many
 * columns there are. Int32 columns come first so every view is aligned.
 */
export interface Columns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly word: Int32Array;
  readonly flags: Uint16Array;
  readonly kind: Uint8Array;
  readonly capital: Uint8Array;
  readonly newline: Uint8Array;
}

/** Bytes per token: start, end and word (4 each), flags (2), kind, capital and newline (1 each). */
const BYTES_PER_TOKEN = 17;

function allocateColumns(capacity: number): Columns {
  // Rounded up to a multiple of 4 so that every column starts on a 4-byte boundary.
  const n = (capacity + 3) & ~3;
  const buffer = new ArrayBuffer(n * BYTES_PER_TOKEN);
  return {
    start: new Int32Array(buffer, 0, n),
    end: new Int32Array(buffer, 4 * n, n),
    word: new Int32Array(buffer, 8 * n, n),
    flags: new Uint16Array(buffer, 12 * n, n),
    kind: new Uint8Array(buffer, 14 * n, n),
    capital: new Uint8Array(buffer, 15 * n, n),
    newline: new Uint8Array(buffer, 16 * n, n),
  };
}

function growColumns(columns: Columns, capacity: number): Columns {
  const next = allocateColumns(capacity);
  next.start.set(columns.start);
  next.end.set(columns.end);
  next.word.set(columns.word);
  next.flags.set(columns.flags);
  next.kind.set(columns.kind);
  next.capital.set(columns.capital);
  next.newline.set(columns.newline);
  return next;
}

/**
 * Buffers that hold the tokens of one document at a time, each overwriting the last: a caller
 * done with its tokens before it tokenizes again (extract() is) reuses them rather than
 * allocating columns and keys for every document.
 */
export interface TokenBuffers {
  columns: Columns | null;
  readonly key: string[];
}

export function createTokenBuffers(): TokenBuffers {
  return { columns: null, key: [] };
}

/**
 * Whether a group of three digits follows a space at `at` as thousands of the digits before: any
 * group after a no-break or thin space, and after a plain space "000" or a group that such groups
 * follow ("1 500 000"), up to trillions.
 */
function spacedThousands(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const thin = c === 0xa0 || c === 0x202f || c === 0x2009;
  if (!thin && c !== 32) return false;
  for (let group = 0, k = at; group < 4; group++, k += 4) {
    if (!isDigit(text.charCodeAt(k + 1)) || !isDigit(text.charCodeAt(k + 2))) return false;
    if (!isDigit(text.charCodeAt(k + 3)) || isDigit(text.charCodeAt(k + 4))) return false;
    if (thin) return true;
    const zeros =
      text.charCodeAt(k + 1) === 48 &&
      text.charCodeAt(k + 2) === 48 &&
      text.charCodeAt(k + 3) === 48;
    if (zeros) return true;
    if (text.charCodeAt(k + 4) !== 32) return false;
  }
  return false;
}

/**
 * Splits text into words, numbers ("11,000", "1.3") and single punctuation marks, in one pass.
 * With `buffers`, the tokens share them and stay valid only until the next call that passes them.
 */
export function tokenize(text: string, vocabulary?: Vocabulary, buffers?: TokenBuffers): Tokens {
  const n = text.length;
  // Prose runs about one token per five characters; the buffers double when it runs denser.
  let capacity = (n >> 2) + 16;
  let columns =
    buffers?.columns && buffers.columns.start.length >= capacity
      ? buffers.columns
      : allocateColumns(capacity);
  capacity = columns.start.length;
  let { start, end, word, kind, capital, newline, flags } = columns;
  // Written in order, so the array stays packed however long the document.
  const key: string[] = buffers ? buffers.key : [];
  let count = 0;
  let lineBreaks = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const type = c < 128 ? ASCII_CLASS[c]! : classOf(c);
    if (type === SPACE) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineBreaks++;
      i++;
      continue;
    }
    if (count === start.length) {
      capacity *= 2;
      columns = growColumns(columns, capacity);
      ({ start, end, word, kind, capital, newline, flags } = columns);
    }
    const s = i;
    let bits = 0;
    let id = NO_ID;
    if (type === DIGIT) {
      i++;
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
      // Thousands groups set off by a space: "11 000", or any group after a no-break or thin
      // space ("11\u202f500"). A plain space before other digits is left alone: "220 170-mm guns"
      // is a count and a calibre.
      if (i - s <= 3) while (i + 3 < n && spacedThousands(text, i)) i += 4;
      if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      kind[count] = NUMBER;
      capital[count] = 0;
      key[count] = text.slice(s, i);
      if (vocabulary) {
        // Only a bare one-, two- or four-digit number can be a day or a year.
        const length = i - s;
        bits =
          length <= 2 || (length === 4 && text.charCodeAt(s + 1) !== 44)
            ? vocabulary.dateNumberFlags
            : vocabulary.numberFlags;
      }
    } else if (type !== OTHER) {
      let upper = false;
      let ascii = true;
      // Letters past the sixth shift out of the low thirty bits (see `packWord`).
      let packed = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) packed = (packed << 5) | (d - 96);
        else if (d >= 65 && d <= 90) {
          upper = true;
          packed = (packed << 5) | (d - 64);
        } else if (d >= 128 && isLetter(d)) {
          ascii = false;
          if (isUpper(d)) upper = true;
        } else break;
        i++;
      }
      kind[count] = WORD;
      capital[count] = type === UPPER || (type === LETTER && isUpper(c)) ? 1 : 0;
      if (vocabulary && ascii) {
        // Open addressing, inlined: this runs once per word of every document.
        const { slots, words } = vocabulary;
        const mask = (slots.length >> 1) - 1;
        const length = i - s;
        const head =
          length <= PACKED_LETTERS
            ? 0
            : (((text.charCodeAt(s) | 32) - 96) << 10) |
              (((text.charCodeAt(s + 1) | 32) - 96) << 5) |
              ((text.charCodeAt(s + 2) | 32) - 96);
        let entry = -1;
        for (
          let slot = slotHash({ packed, head, length }, vocabulary.shift);
          ;
          slot = (slot + 1) & mask
        ) {
          const meta = slots[2 * slot + 1]!;
          if (meta === 0) break;
          if ((meta & 255) !== length || slots[2 * slot] !== packed) continue;
          const candidate = (meta >>> 8) - 1;
          // The last six letters are the code's; only those before them are left to compare.
          const word = words[candidate]!;
          const rest = length - PACKED_LETTERS;
          let k = 0;
          while (k < rest && (text.charCodeAt(s + k) | 32) === word.charCodeAt(k)) k++;
          if (k >= rest) {
            entry = candidate;
            break;
          }
        }
        if (entry >= 0) {
          key[count] = words[entry]!;
          bits = vocabulary.flags[entry]!;
          id = entry + 2;
        } else {
          // No rule looks a word up unless the vocabulary has it: skip the string.
          key[count] = UNKNOWN;
          id = UNKNOWN_ID;
        }
      } else {
        const raw = text.slice(s, i);
        const lower = upper ? raw.toLowerCase() : raw;
        key[count] = lower;
        if (vocabulary) {
          bits = vocabulary.other.get(lower) ?? 0;
          id = vocabulary.otherIds.get(lower) ?? NO_ID;
        }
      }
    } else {
      i++;
      kind[count] = PUNCT;
      capital[count] = 0;
      if (c === 45 && text.charCodeAt(i) === 45) {
        // "--", typed for a dash where the keyboard has none (wire copy, plain-text pages), is one
        // token that reads as the dash it stands for.
        while (i < n && text.charCodeAt(i) === 45) i++;
        key[count] = EM_DASH;
        if (vocabulary) {
          bits = vocabulary.other.get(EM_DASH) ?? 0;
          id = vocabulary.otherIds.get(EM_DASH) ?? NO_ID;
        }
      } else if (c < 128) {
        key[count] = String.fromCharCode(c);
        if (vocabulary) {
          bits = vocabulary.asciiFlags[c]!;
          id = vocabulary.asciiIds[c]!;
        }
      } else {
        const folded = foldPunct(c);
        key[count] = folded;
        if (vocabulary) {
          bits = vocabulary.other.get(folded) ?? 0;
          id = vocabulary.otherIds.get(folded) ?? NO_ID;
        }
      }
    }
    start[count] = s;
    end[count] = i;
    flags[count] = bits;
    word[count] = id;
    newline[count] = lineBreaks > 1 ? 2 : lineBreaks;
    lineBreaks = 0;
    count++;
  }
  if (buffers) buffers.columns = columns;
  return {
    text,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    kind: kind.subarray(0, count),
    // The shared keys are never cut short: V8 would trim their store to a short document and grow
    // it again, copy by copy, for the next long one. One copy of exactly this document's keys.
    key: buffers ? key.slice(0, count) : key,
    capital: capital.subarray(0, count),
    newline: newline.subarray(0, count),
    flags: flags.subarray(0, count),
    word: word.subarray(0, count),
    vocabulary: vocabulary ?? null,
    length: count,
  };
}

/**
 * The key of token `at`, `undefined` before the first token as after the last. A rule that may ask
 * for the token before the first calls this rather than `key[at]`: an index below zero is read as
 * a property name, and that one read turns the load megamorphic for every later call.
 */
export function keyAt(key: readonly string[], at: number): string | undefined {
  return at >= 0 ? key[at] : undefined;
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
  if (kind === NUMBER && listNumber(tokens, at)) return false;
  return !TERMINAL.has(tokens.key[at - 1] ?? '.');
}

/** The most digits a list's item number has: "12." opens an item, "2024." ends a sentence. */
const LIST_NUMBER_DIGITS = 2;

/** "2. Russia has paid …": an item number, its stop or bracket written onto it, then a capital. */
function listNumber(tokens: Tokens, at: number): boolean {
  const mark = tokens.key[at + 1];
  return (
    tokens.end[at]! - tokens.start[at]! <= LIST_NUMBER_DIGITS &&
    (mark === '.' || mark === ')') &&
    tokens.start[at + 1] === tokens.end[at] &&
    tokens.capital[at + 2] === 1
  );
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
  // The columns as locals: this loop runs once per token of every document.
  const { newline, kind, key, capital, start, end, length } = tokens;
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < length; i++) {
    if (i > from && ((newline[i] && !wrapped(tokens, i)) || i - from >= MAX_SENTENCE_TOKENS)) {
      sentences.push({ from, to: i });
      from = i;
    }
    if (kind[i] !== PUNCT) continue;
    const k = key[i];
    if (k !== '.' && k !== '!' && k !== '?') continue;
    let next = i + 1;
    while (
      next < length &&
      (key[next] === '"' || key[next] === "'" || key[next] === ')') &&
      !newline[next]
    )
      next++;
    if (next >= length || newline[next]) continue;
    if (!capital[next] && kind[next] !== NUMBER && key[next] !== '"') continue;
    if (k === '.' && i > 0 && kind[i - 1] === WORD && end[i - 1] === start[i]) {
      const prev = key[i - 1] ?? '';
      // Initials ("Donald J. Trump") and abbreviations ("Gen.", "Nov.") do not end a sentence; the
      // letter of a decade ("in the 1980s.") is no initial.
      const decade = i > 1 && kind[i - 2] === NUMBER && end[i - 2] === start[i - 1];
      if (!decade && (end[i - 1]! - start[i - 1]! === 1 || abbreviations.has(prev))) continue;
    }
    sentences.push({ from, to: next });
    from = next;
    i = next - 1;
  }
  if (from < length) sentences.push({ from, to: length });
  return sentences;
}
