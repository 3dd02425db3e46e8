/** What a token is made of; punctuation tokens are always one UTF-16 code unit. */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;
export type TokenKind = typeof WORD | typeof NUMBER | typeof PUNCT;

/**
 * The document as tokens, stored column-wise so a multi-megabyte text costs a few arrays rather
 * than millions of objects. `key` is the lower-cased text with typographic quotes folded.
 */
export interface Tokens {
  readonly text: string;
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  readonly key: string[];
  /** The token starts with an upper-case letter. */
  readonly capital: boolean[];
  /** A line break separates the token from the one before it. */
  readonly newline: boolean[];
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

/** Splits text into words, numbers ("11,000", "1.3") and single punctuation marks, in one pass. */
export function tokenize(text: string): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const kind: TokenKind[] = [];
  const key: string[] = [];
  const capital: boolean[] = [];
  const newline: boolean[] = [];
  const n = text.length;
  let sawNewline = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) sawNewline = true;
      i++;
      continue;
    }
    const s = i;
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // Thousands groups: a comma followed by exactly three digits.
      while (
        i + 3 < n + 0 &&
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
      start.push(s);
      end.push(i);
      kind.push(NUMBER);
      key.push(text.slice(s, i));
      capital.push(false);
    } else if (isLetter(c)) {
      let upper = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        if (isUpper(d)) upper = true;
        i++;
      }
      const raw = text.slice(s, i);
      start.push(s);
      end.push(i);
      kind.push(WORD);
      key.push(upper ? raw.toLowerCase() : raw);
      capital.push(isUpper(c));
    } else {
      i++;
      start.push(s);
      end.push(i);
      kind.push(PUNCT);
      key.push(foldPunct(c));
      capital.push(false);
    }
    newline.push(sawNewline);
    sawNewline = false;
  }
  return { text, start, end, kind, key, capital, newline, length: start.length };
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
    if (i > from && (tokens.newline[i] || i - from >= MAX_SENTENCE_TOKENS)) {
      sentences.push({ from, to: i });
      from = i;
    }
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
      if (abbreviations.has(prev)) continue;
    }
    sentences.push({ from, to: next });
    from = next;
    i = next - 1;
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}
