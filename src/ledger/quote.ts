/** Titles and initials whose full stop does not end a sentence ("Maj. Gen. Pat Ryder", "U.S."). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'maj',
  'col',
  'lt',
  'sgt',
  'capt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0';

/** The word just before `index` (the full stop's position), lower-cased. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !isSpace(text[start - 1]) && text[start - 1] !== '.') start -= 1;
  return text.slice(start, index).toLowerCase();
}

/** Whether the sentence ends right after `index` (a ".", "!" or "?" at that position). */
function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  if (char !== '.' && char !== '!' && char !== '?') return false;
  let next = index + 1;
  while (text[next] === '"' || text[next] === '”' || text[next] === "'" || text[next] === '’') {
    next += 1;
  }
  if (next < text.length && !isSpace(text[next])) return false;
  if (char !== '.') return true;
  const word = wordBefore(text, index);
  // "U.S." and single initials ("J. Smith") are abbreviations; so are the titles above.
  if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
  return !(index >= 2 && text[index - 2] === '.');
}

/**
 * The sentence of `text` that holds `span`, trimmed, for showing a claim in context. Paragraph
 * breaks always end a sentence; a very long sentence is cut to `maxLength` around the span.
 *
 * @example sentenceAt('One. Some 11,000 troops went. Two.', [5, 18]) // 'Some 11,000 troops went.'
 */
export function sentenceAt(
  text: string,
  span: readonly [number, number],
  options: { maxLength?: number } = {},
): string {
  const maxLength = options.maxLength ?? 600;
  const from = Math.max(0, Math.min(span[0], text.length));
  const to = Math.max(from, Math.min(span[1], text.length));
  let start = from;
  while (start > 0 && text[start - 1] !== '\n' && !endsSentence(text, start - 1)) start -= 1;
  let end = to;
  while (end < text.length && text[end] !== '\n' && !endsSentence(text, end)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  while (text[end] === '"' || text[end] === '”' || text[end] === '’') end += 1;
  if (end - start > maxLength) {
    const room = Math.max(0, maxLength - (to - from));
    start = Math.max(start, from - Math.floor(room / 2));
    end = Math.min(end, to + Math.ceil(room / 2));
    return `…${text.slice(start, end).trim()}…`;
  }
  return text.slice(start, end).trim();
}
