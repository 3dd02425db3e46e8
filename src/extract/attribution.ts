import type { Attribution } from '../domain/index.ts';
import { CUE_SOURCE, type Scan } from './lexicon.ts';
import { NUMBER, PUNCT, WORD, type Tokens } from './tokenize.ts';

/** Who a sentence credits for what it states, and where that credit sits in the sentence. */
export interface SourceCue {
  /** Token position used to measure distance to a figure. */
  readonly at: number;
  /** Tokens naming the source, which direction rules must not read as a party. */
  readonly nameFrom: number;
  readonly nameTo: number;
  /** Null for "he added", "the report said": resolved to the source last named. */
  readonly attribution: Attribution | null;
  /** The words of the cue's source as written ("the minister"), for a back-reference with nothing before it. */
  readonly text: string;
  readonly insideQuote: boolean;
}

const MAX_NAME_TOKENS = 12;

/** Whether a token sits inside quotation marks opened earlier in its sentence. */
export function insideQuote(
  tokens: Tokens,
  position: { readonly from: number; readonly at: number },
): boolean {
  let inside = false;
  for (let i = position.from; i < position.at; i++) if (tokens.key[i] === '"') inside = !inside;
  return inside;
}

function textOf(tokens: Tokens, from: number, to: number): string {
  // A sentence's full stop is not part of a name, but the one in "U.S." is.
  if (
    to - from > 1 &&
    tokens.key[to - 1] === '.' &&
    tokens.end[to - 2]! - tokens.start[to - 2]! > 1
  )
    to--;
  if (to <= from) return '';
  return tokens.text.slice(tokens.start[from], tokens.end[to - 1]);
}

/** Speakers that stand for no one: "you can say", "we believe". */
const GENERIC_SPEAKERS = new Set([
  'you',
  'we',
  'i',
  'one',
  'people',
  'many',
  'some',
  'someone',
  'nobody',
  'who',
  'which',
]);

function isNameToken(cx: Scan, i: number): boolean {
  const { lex, tokens } = cx;
  const kind = tokens.kind[i];
  const key = tokens.key[i] ?? '';
  if (kind === WORD)
    return !lex.clauseStops.has(key) || (tokens.capital[i] === 1 && key !== 'that' && key !== 'it');
  if (kind === NUMBER) return false;
  // Name-internal punctuation: "U.S.", "Seong-kweun", "Moo-jin", "Korea's".
  return (
    (key === '.' || key === '-' || key === "'") && i > 0 && tokens.end[i - 1] === tokens.start[i]
  );
}

const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words a headline puts before a colon that are labels, not sources: "Exclusive: …". */
const HEADLINE_LABELS = new Set([
  'exclusive',
  'analysis',
  'opinion',
  'explainer',
  'update',
  'breaking',
  'watch',
  'live',
  'factbox',
  'insight',
  'interview',
  'editorial',
  'review',
  'comment',
]);
const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'it']);
const CONNECTORS = new Set(['of', 'at', 'by', 'in', 'for', 'from', 'and']);

/** Splits "researchers at the Korea Institute…" into a name and an affiliation. */
function splitAffiliation(tokens: Tokens, from: number, to: number): Attribution {
  for (let i = from + 1; i < to - 1; i++) {
    const k = tokens.key[i];
    if (
      (k === 'at' || k === 'of' || k === 'from' || k === 'with') &&
      !tokens.capital[i - 1] &&
      tokens.key[i - 1] !== 'familiar'
    ) {
      let a = i + 1;
      if (DETERMINERS.has(tokens.key[a] ?? '')) a++;
      return { name: textOf(tokens, from, i), affiliation: textOf(tokens, a, to) || null };
    }
  }
  return { name: textOf(tokens, from, to), affiliation: null };
}

/** The chunk after a name: ", a researcher at the Hankuk University of Foreign Studies". */
function appositive(tokens: Tokens, at: number, limit: number): string | null {
  if (tokens.key[at] !== ',') return null;
  let end = at + 1;
  while (
    end < limit &&
    tokens.key[end] !== ',' &&
    tokens.key[end] !== '.' &&
    tokens.key[end] !== ';' &&
    tokens.key[end] !== '"' &&
    end - at < 20
  )
    end++;
  if (end === at + 1) return null;
  // An appositive describes ("a researcher at …", "president of …"); a capital starts a new clause.
  if (tokens.capital[at + 1] && !DETERMINERS.has(tokens.key[at + 1] ?? '')) return null;
  for (let i = at + 1; i < end; i++) if (tokens.kind[i] === NUMBER) return null;
  let a = at + 1;
  // Keep the institution, not the role: "a researcher at the X" → "X".
  for (let i = at + 1; i < end; i++) {
    const k = tokens.key[i];
    if (k === 'at' || k === 'of' || k === 'for') {
      a = i + 1;
      if (DETERMINERS.has(tokens.key[a] ?? '')) a++;
      break;
    }
  }
  return a < end ? textOf(tokens, a, end) : null;
}

function isBackReference(cx: Scan, from: number, to: number): boolean {
  const { lex, tokens } = cx;
  const match = lex.backReferences.match(tokens, from, to);
  return match !== null && match.end === to;
}

/** A name after the cue, running until punctuation or a clause word. */
function nameAfter(cx: Scan, from: number, limit: number): number {
  const { tokens } = cx;
  let i = from;
  while (i < limit && i - from < MAX_NAME_TOKENS) {
    const key = tokens.key[i] ?? '';
    // "researchers at the Korea Institute", "University of North Korean Studies": a connector
    // stays in the name when a capitalized name follows it.
    if (CONNECTORS.has(key) && i > from) {
      const next = DETERMINERS.has(tokens.key[i + 1] ?? '') ? i + 2 : i + 1;
      if (!tokens.capital[next]) break;
      i = next;
      continue;
    }
    if (!isNameToken(cx, i)) break;
    i++;
  }
  return i;
}

/**
 * Finds the sources a sentence credits: "according to X", "X said", "said X, title of Y",
 * "a report by X", and back-references such as "he added" or "the report said".
 */
export function findSourceCues(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): SourceCue[] {
  const { lex, tokens } = cx;
  const cues: SourceCue[] = [];
  const { from, to } = sentence;
  // A headline credits its source before a colon: "Seoul: North Korea has sent …".
  for (let c = from + 1; c < to && c <= from + 4; c++) {
    if (tokens.key[c] !== ':') continue;
    let capitalized = true;
    for (let k = from; k < c; k++)
      if (tokens.kind[k] === WORD && !tokens.capital[k]) capitalized = false;
    if (capitalized && tokens.kind[from] === WORD && !HEADLINE_LABELS.has(tokens.key[from] ?? '')) {
      const name = textOf(tokens, from, c);
      cues.push({
        text: name,
        at: c,
        nameFrom: from,
        nameTo: c,
        attribution: { name, affiliation: null },
        insideQuote: false,
      });
    }
    break;
  }
  // Quotation marks carry the source bit too, so the scan keeps track of being inside a quote.
  let quoted = false;
  for (let i = from; i < to; i++) {
    if ((cx.cues[i]! & CUE_SOURCE) === 0) continue;
    const key = tokens.key[i] ?? '';
    if (key === '"') {
      quoted = !quoted;
      continue;
    }
    if (key === 'according' && tokens.key[i + 1] === 'to') {
      let n = i + 2;
      const back = lex.backReferences.match(tokens, n, to);
      if (
        back &&
        !tokens.capital[back.end] &&
        (back.end >= to || tokens.kind[back.end] === PUNCT)
      ) {
        cues.push({
          text: textOf(tokens, n, back.end),
          at: i,
          nameFrom: n,
          nameTo: back.end,
          attribution: null,
          insideQuote: quoted,
        });
        continue;
      }
      // "according to a report by researchers at …", "according to data from …"
      let k = n;
      if (DETERMINERS.has(tokens.key[k] ?? '')) k++;
      while (
        k < to &&
        tokens.kind[k] === WORD &&
        !tokens.capital[k] &&
        !lex.sourceNouns.has(tokens.key[k] ?? '') &&
        k - n < 4
      )
        k++;
      if (lex.sourceNouns.has(tokens.key[k] ?? '')) {
        let m = k + 1;
        while (
          m < to &&
          tokens.key[m] !== 'by' &&
          tokens.key[m] !== 'from' &&
          tokens.key[m] !== ',' &&
          m - k < 8
        )
          m++;
        if (tokens.key[m] === 'by' || tokens.key[m] === 'from') n = m + 1;
        if (DETERMINERS.has(tokens.key[n] ?? '')) n++;
      }
      const end = nameAfter(cx, n, to);
      if (end > n) {
        const base = splitAffiliation(tokens, n, end);
        const extra = appositive(tokens, end, to);
        const attribution: Attribution = {
          name: base.name,
          affiliation: base.affiliation ?? extra,
        };
        cues.push({
          text: textOf(tokens, n, end),
          at: i,
          nameFrom: n,
          nameTo: end,
          attribution,
          insideQuote: quoted,
        });
      }
      continue;
    }
    if (!lex.speechVerbs.has(key)) continue;
    // "the 3,000 soldiers said to be wounded", "estimated to have": a description, not a source.
    if (tokens.key[i + 1] === 'to') continue;
    const prev = tokens.key[i - 1] ?? '';
    if (
      DETERMINERS.has(prev) ||
      prev === 'be' ||
      prev === 'is' ||
      prev === 'are' ||
      prev === 'was' ||
      prev === 'were' ||
      prev === 'been'
    )
      continue;
    // Subject before the verb, skipping auxiliaries ("have said", "also reported").
    let j = i - 1;
    while (j >= from && lex.speechAuxiliaries.has(tokens.key[j] ?? '')) j--;
    // "the Institute for the Study of War (ISW) said": step over the acronym.
    if (j > from && tokens.key[j] === ')') {
      let open = j - 1;
      while (open > from && tokens.key[open] !== '(' && j - open < 6) open--;
      if (tokens.key[open] === '(') j = open - 1;
    }
    while (j >= from && lex.speechAuxiliaries.has(tokens.key[j] ?? '')) j--;
    // "Pat Ryder, the Pentagon spokesman, said": step over the appositive.
    let appositiveText: string | null = null;
    if (j >= from && tokens.key[j] === ',') {
      let c = j - 1;
      while (c >= from && tokens.key[c] !== ',' && j - c < 12) c--;
      if (c >= from && tokens.key[c] === ',' && c > from) {
        appositiveText = textOf(tokens, c + 1, j);
        j = c - 1;
      } else {
        j = from - 1;
      }
    }
    if (GENERIC_SPEAKERS.has(tokens.key[j] ?? '')) continue;
    if (j >= from && PRONOUN_SPEAKERS.has(tokens.key[j] ?? '')) {
      cues.push({
        text: textOf(tokens, j, j + 1),
        at: i,
        nameFrom: j,
        nameTo: j + 1,
        attribution: null,
        insideQuote: quoted,
      });
      continue;
    }
    let s = j;
    while (s >= from && j - s < MAX_NAME_TOKENS) {
      // "the Bank of Korea estimated": a connector between capitals stays in the name.
      const after = DETERMINERS.has(tokens.key[s + 1] ?? '') ? s + 2 : s + 1;
      const connector =
        CONNECTORS.has(tokens.key[s] ?? '') &&
        tokens.capital[after] === 1 &&
        tokens.capital[s - 1] === 1;
      // "people familiar with the matter told Reuters"
      if (tokens.key[s] === 'with' && tokens.key[s - 1] === 'familiar') {
        s -= 2;
        continue;
      }
      if (!connector && !isNameToken(cx, s)) break;
      s--;
    }
    // "three people familiar with …", "two officials said": the count belongs to the source.
    if (
      s >= from &&
      s < j &&
      (tokens.kind[s] === NUMBER || lex.wordNumbers.startsWith(tokens.key[s] ?? ''))
    )
      s--;
    s++;
    if (s <= j) {
      if (GENERIC_SPEAKERS.has(tokens.key[s] ?? '')) continue;
      if (isBackReference(cx, s, j + 1) || tokens.key[s] === 'it' || tokens.key[s] === 'this') {
        cues.push({
          text: textOf(tokens, s, j + 1),
          at: i,
          nameFrom: s,
          nameTo: j + 1,
          attribution: null,
          insideQuote: quoted,
        });
      } else {
        const base = splitAffiliation(tokens, s, j + 1);
        const attribution: Attribution = {
          name: base.name,
          affiliation: base.affiliation ?? (appositiveText ? stripRole(appositiveText) : null),
        };
        cues.push({
          text: textOf(tokens, s, j + 1),
          at: i,
          nameFrom: s,
          nameTo: j + 1,
          attribution,
          insideQuote: quoted,
        });
      }
      continue;
    }
    // "said Yang Moo-jin, president of the University of North Korean Studies"
    let a = i + 1;
    if (lex.weekdays.has(tokens.key[a] ?? '')) a++;
    if (a < to && tokens.capital[a]) {
      const end = nameAfter(cx, a, to);
      if (end > a) {
        const attribution: Attribution = {
          name: textOf(tokens, a, end),
          affiliation: appositive(tokens, end, to),
        };
        cues.push({
          text: textOf(tokens, a, end),
          at: i,
          nameFrom: a,
          nameTo: end,
          attribution,
          insideQuote: quoted,
        });
      }
    } else if (a < to && lex.backReferences.match(tokens, a, to)) {
      const back = lex.backReferences.match(tokens, a, to);
      cues.push({
        text: textOf(tokens, a, back?.end ?? a),
        at: i,
        nameFrom: a,
        nameTo: back?.end ?? a,
        attribution: null,
        insideQuote: quoted,
      });
    }
  }
  return cues;
}

function stripRole(text: string): string {
  const m = / (?:at|of|for) (?:the )?/.exec(text);
  return m ? text.slice(m.index + m[0].length) : text.replace(/^(?:the|a|an) /i, '');
}
