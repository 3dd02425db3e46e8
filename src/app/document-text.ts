import { createHash } from 'node:crypto';
import type { DocumentId, PartialDate } from '../domain/index.ts';

/**
 * The text a document's identity is computed from: Unicode NFC, every whitespace run collapsed to
 * one space, trimmed. The same article saved with different line endings or wrapping is one document.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A document's id: lower-case hex SHA-256 of its normalized text.
 * @example documentIdOf('a  b\n') === documentIdOf('a b')
 */
export function documentIdOf(text: string): DocumentId {
  return createHash('sha256').update(normalizeText(text), 'utf8').digest('hex');
}

// Enough letters to judge the script; scanning a whole book would add nothing.
const LANGUAGE_SAMPLE = 20_000;
const LATIN_SHARE = 0.8;

/**
 * A deliberately simple guess: 'en' when the letters are mostly Latin (the corpus is English
 * reporting), null otherwise, so nothing claims a language it cannot tell.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  // ASCII letters are Latin and other ASCII is not a letter, so only the rest needs the Unicode
  // tables: English reporting is nearly all ASCII, and this runs on every ingested file.
  let letters = 0;
  let other = '';
  for (let at = 0; at < sample.length; at++) {
    const code = sample.charCodeAt(at);
    if (code >= 0x80) other += sample[at];
    else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
  }
  let latin = letters;
  if (other !== '') {
    letters += countMatches(other, /\p{L}/gu);
    latin += countMatches(other, /(?=\p{L})\p{Script=Latin}/gu);
  }
  return letters > 0 && latin / letters >= LATIN_SHARE ? 'en' : null;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count += 1;
  return count;
}

/** A language tag reduced to its primary subtag ("en-GB" → "en"), or null if it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/u)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/u.test(primary) ? primary : null;
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * Reads a publication date as metadata states it ("2024-12-03T10:00:00+09:00", "2024-12",
 * "Tue, 03 Dec 2024 10:00:00 GMT") as a partial date, keeping the calendar day the publisher
 * wrote; null when it is not a date.
 */
export function toPartialDate(input: string | null | undefined): PartialDate | null {
  const value = input?.trim() ?? '';
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/u.exec(value);
  if (iso) {
    const [, year, month, day] = iso;
    if (month === undefined) return year ?? null;
    if (!MONTHS.includes(month)) return null;
    if (day === undefined) return `${year}-${month}`;
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : null;
  }
  if (!/[a-z]/iu.test(value) || !/\d{4}/u.test(value)) return null;
  // Date parses "December 3, 2024" as local midnight, so the local calendar day is the one written.
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}
