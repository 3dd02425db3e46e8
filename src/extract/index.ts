import type {
  Attribution,
  ClaimsDocument,
  ExtractedClaim,
  ExtractedEvent,
  PartialDate,
  Period,
} from '../domain/index.ts';
import {
  asContact,
  createSourceMemory,
  findSourceCues,
  insideQuote,
  lastBody,
  leadsSummary,
  learnAcronyms,
  remember,
  resolveSource,
  type QuoteState,
  speakerLabel,
  type SourceCue,
  type SourceMemory,
} from './attribution.ts';
import { mayStartDate, parseAnchor, readDate, type Anchor, type DateExpression } from './dates.ts';
import { findEvents } from './events.ts';
import {
  categoryWords,
  direct,
  CARGO_CATEGORIES,
  PEOPLE_CATEGORIES,
  sayOfChanged,
  type CountryMention,
  type FlowVerb,
  type SentenceFacts,
  type Topic,
} from './flows.ts';
import {
  CUE_DATE,
  CUE_QUANTITY,
  CUE_COUNTRY,
  CUE_FLOW,
  CUE_SOURCE,
  CUE_DATE_ANCHOR,
  CUE_AMOUNT,
  CUE_CATEGORY,
  lexicon,
  scanText,
  type Lexicon,
  type PerUnit,
  type Scan,
} from './lexicon.ts';
import { readQuantity, refersBack, type QuantityMatch } from './quantities.ts';
import { NUMBER, splitSentences, WORD } from './tokenize.ts';

export interface ExtractInput {
  readonly text: string;
  /** Relative dates ("last year", "on Monday") resolve against this. */
  readonly published: PartialDate | null;
  readonly title?: string | null;
}

/** What carries from one sentence to the next: the source and the country last named. */
interface Carry {
  readonly sources: SourceMemory;
  country: string | null;
}

/**
 * Shared by every sentence in which a rule has nothing to look for: no allocation. Not frozen: a
 * frozen array has elements of another kind, which makes every `for…of` that sees both it and the
 * rules' own arrays fall back to allocating an iterator result per element. `readonly` keeps it empty.
 */
const NONE: readonly never[] = [];

/** How far, in tokens, a period may sit from the figure it qualifies. */
const MAX_PERIOD_DISTANCE = 30;

// The scans below call these rather than `some` with a closure: a closure over the loop's
// token index makes V8 allocate a fresh context for every token of every sentence.

/** Whether token `at` is part of the name of one of the sentence's sources. */
function inCueName(cues: readonly SourceCue[], at: number): boolean {
  for (const c of cues) if (at >= c.nameFrom && at < c.nameTo) return true;
  return false;
}

/**
 * "Cho, an economist at the Seoul-based institute, estimates that…": a country in the words
 * between a source's name and its verb describes the source, not a party to the flow.
 */
function inAppositive(cues: readonly SourceCue[], at: number): boolean {
  for (const c of cues) if (at >= c.nameTo && at < c.at) return true;
  return false;
}

/** Whether token `at` is inside one of the sentence's date expressions. */
function inDate(dates: readonly DateExpression[], at: number): boolean {
  for (const d of dates) if (at >= d.first && at < d.last) return true;
  return false;
}

/** The two-word war phrases by their first word: a mention is tested without building a string. */
const WAR_PHRASES = pairsOf(lexicon.data.warPhrases);

/**
 * "after the invasion of Ukraine", "the war in Ukraine": the country names the war, a time or a
 * cause, not a party to the flow beside it.
 */
function namesTheWar(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  const before = at > 0 && key[at - 1] === 'the' ? at - 1 : at;
  if (before < 2) return false;
  return WAR_PHRASES.get(key[before - 2]!)?.has(key[before - 1]!) === true;
}

function findCountries(
  cx: Scan,
  input: { from: number; to: number; cues: readonly SourceCue[]; carry: Carry },
): CountryMention[] {
  const { lex, tokens } = cx;
  const out: CountryMention[] = [];
  // "SEOUL -- Trade between China and North Korea rose": the place of filing is no party.
  const opening = datelineEnd(cx, input);
  for (let i = input.from; i < input.to; i++) {
    const bits = cx.cues[i]!;
    if ((bits & CUE_COUNTRY) === 0) continue;
    // "US$3 billion": a currency symbol names no party. Every symbol's first word carries the
    // quantity bit, so "the", "its" and "north", the commonest country cues, skip the lookup.
    const symbol =
      (bits & CUE_QUANTITY) === 0 ? null : lex.currencySymbols.match(tokens, i, input.to);
    if (symbol && symbol.end > i + 1) {
      i = symbol.end - 1;
      continue;
    }
    const m = lex.countries.match(tokens, i, input.to);
    if (!m) continue;
    const source =
      i < opening || inCueName(input.cues, i) || inAppositive(input.cues, i) || namesTheWar(cx, i);
    const code = m.value.anaphora ? input.carry.country : m.value.code;
    if (code) {
      out.push({ first: i, last: m.end, code, source });
      if (!source && !m.value.anaphora) input.carry.country = code;
    }
    i = m.end - 1;
  }
  return out;
}

function findVerbs(
  cx: Scan,
  input: { from: number; to: number; cues: readonly SourceCue[] },
): FlowVerb[] {
  const { lex, tokens } = cx;
  const out: FlowVerb[] = [];
  for (let i = input.from; i < input.to; i++) {
    if ((cx.cues[i]! & CUE_FLOW) === 0) continue;
    const m = lex.flowVerbs.match(tokens, i, input.to);
    if (!m) continue;
    // "made up $45 million of it": a share of a total, not money made.
    const share =
      m.value === 'receive' && tokens.key[m.end] === 'up' && tokens.key[m.end + 1] !== 'to';
    if (!share && !inCueName(input.cues, i)) {
      out.push({ first: i, last: m.end, role: m.value, key: tokens.key[i] ?? '' });
    }
    i = m.end - 1;
  }
  return out;
}

/** How far a phrase may run before its anchor: "since the start of December", "as many as 3,000". */
const ANCHOR_REACH = 7;

/** Whether a token with the anchor bit (a month, a digit, "million") starts within reach. */
function anchorWithin(
  cx: Scan,
  window: { readonly at: number; readonly to: number; readonly bit: number },
): boolean {
  const last = Math.min(window.to, window.at + ANCHOR_REACH);
  for (let i = window.at; i < last; i++) if ((cx.cues[i]! & window.bit) !== 0) return true;
  return false;
}

/**
 * "SEOUL, Nov 22 (Wire) - …": the place and date of filing open a wire story; they date the
 * report, not what it reports. Returns the first token after the dateline, or `from`.
 */
function datelineEnd(cx: Scan, sentence: { readonly from: number; readonly to: number }): number {
  const { tokens } = cx;
  const first = sentence.from;
  const start = tokens.start[first]!;
  const end = tokens.end[first]!;
  if (tokens.kind[first] !== 0 || end - start < 3) return first;
  // All capitals: a place name in a dateline ("SEOUL", "KYIV").
  for (let k = start; k < end; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c >= 97 && c <= 122) return first;
  }
  for (let i = first + 1; i < sentence.to && i <= first + 12; i++) {
    const key = tokens.key[i];
    if (key === '-' || key === '—' || key === '–') return i + 1;
  }
  return first;
}

function findDates(
  cx: Scan,
  input: { from: number; to: number; anchor: Anchor | null },
): DateExpression[] {
  const out: DateExpression[] = [];
  let previous: DateExpression | null = null;
  for (let i = datelineEnd(cx, input); i < input.to; i++) {
    if (
      (cx.cues[i]! & CUE_DATE) === 0 ||
      !anchorWithin(cx, { at: i, to: input.to, bit: CUE_DATE_ANCHOR }) ||
      !mayStartDate(cx, i)
    )
      continue;
    const d = readDate(cx, { at: i, anchor: input.anchor, previous });
    if (!d || d.last > input.to) continue;
    out.push(d);
    if (d.start !== null || d.end !== null) previous = d;
    i = d.last - 1;
  }
  return out;
}

function findQuantities(
  cx: Scan,
  input: {
    from: number;
    to: number;
    dates: readonly DateExpression[];
    carried: QuantityMatch | null;
    /** The sentence before, when it stated no figure. */
    quiet: { readonly from: number; readonly to: number } | null;
  },
): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (let i = input.from; i < input.to; i++) {
    if (
      (cx.cues[i]! & CUE_QUANTITY) === 0 ||
      !anchorWithin(cx, { at: i, to: input.to, bit: CUE_AMOUNT })
    )
      continue;
    const q = readQuantity(cx, {
      at: i,
      limit: input.to,
      sentenceFrom: input.from,
      inherit: out.at(-1) ?? null,
      carried: input.carried,
      quiet: input.quiet,
    });
    if (!q) continue;
    // Numbers inside a date expression are days and years, not quantities.
    if (inDate(input.dates, q.numberStart)) continue;
    out.push(q);
    i = q.last - 1;
  }
  return out;
}

/** Words that open a new clause: a source named after one speaks only for what follows it. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but']);
const RELATIVE_OPENERS = new Set(['which', 'that']);

/**
 * "…GDP, which the bank puts at $25bn", "the 5 million rounds Kyiv believes were fired": a
 * source inside a relative clause speaks for the figure the clause describes and for the figures
 * it states after its verb, not for the rest of the sentence.
 */
function outsideRelative(cx: Scan, cue: SourceCue, q: QuantityMatch): boolean {
  if (cue.at <= cue.nameFrom) return false;
  if (cue.contact) return q.last !== cue.nameFrom;
  const { key } = cx.tokens;
  const opener = cue.nameFrom - 1;
  if (!RELATIVE_OPENERS.has(key[opener] ?? '')) return false;
  if (q.last === opener || (q.last === opener - 1 && key[q.last] === ',')) return false;
  return !(q.first > cue.at && !punctuationBetween(cx, { from: cue.at, to: q.first }));
}

/**
 * Whether every cue of a sentence sits in a relative clause ("a category that analysts say is
 * common"): such a sentence still goes on in its paragraph's voice.
 */
function onlyRelative(cx: Scan, cues: readonly SourceCue[]): boolean {
  for (const c of cues)
    if (
      !c.contact &&
      !(RELATIVE_OPENERS.has(cx.tokens.key[c.nameFrom - 1] ?? '') && c.at > c.nameFrom)
    )
      return false;
  return true;
}

function punctuationBetween(
  cx: Scan,
  span: { readonly from: number; readonly to: number },
): boolean {
  const { key } = cx.tokens;
  for (let i = span.from; i < span.to; i++) {
    const k = key[i];
    if (k === ',' || k === ';' || k === '.' || k === ':') return true;
  }
  return false;
}

/**
 * Marks the cues whose subject follows a figure with no relative pronoun ("the 12 million rounds
 * Seoul believes were shipped"): allocates only for the rare sentence that has one.
 */
function markContacts(
  cx: Scan,
  input: { readonly cues: readonly SourceCue[]; readonly quantities: readonly QuantityMatch[] },
): readonly SourceCue[] {
  const { cues, quantities } = input;
  let out: SourceCue[] | null = null;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    if (c.at <= c.nameFrom || !cx.tokens.capital[c.nameFrom]) continue;
    for (const q of quantities)
      if (q.last === c.nameFrom) {
        out ??= cues.slice();
        out[k] = asContact(c);
      }
  }
  return out ?? cues;
}

/**
 * "while the panel estimated", ", and satellite images showed", "and, according to the ministry,":
 * the source opens a clause of its own, which speaks for what follows it.
 */
function opensClause(cx: Scan, cue: SourceCue): boolean {
  const { key } = cx.tokens;
  let b = Math.min(cue.at, cue.nameFrom) - 1;
  const comma = key[b] === ',';
  if (comma) b--;
  const before = key[b] ?? '';
  // "sufficient, by some estimates, for 4m shells": a reckoning set off mid-sentence.
  if (before === 'by' && key[b - 1] === ',' && key[Math.max(cue.at + 1, cue.nameTo)] === ',')
    return true;
  // "…are held in Lviv; both have said": a clause after a semicolon has its own speakers.
  if (CLAUSE_OPENERS.has(before) || before === ';') return true;
  return before === 'and' && (comma || key[b - 1] === ',');
}

/** How far back and ahead a figure may sit in an aside: ", which fields about 1.2 million soldiers,". */
const ASIDE_REACH = 15;

/**
 * "The army, which fields about 1.2 million soldiers, has lost …, the agency said":
 * the span of a ", which …," aside that holds the figure, whose facts are the writer's background
 * rather than the source's; null when the figure is not in one.
 */
function asideAround(cx: Scan, q: QuantityMatch): { from: number; to: number } | null {
  const { key } = cx.tokens;
  let open = -1;
  for (let i = q.first - 1; i >= 0 && i >= q.first - ASIDE_REACH; i--) {
    const k = key[i] ?? '';
    if (k === 'which' || k === 'who') {
      if (key[i - 1] === ',') open = i;
      break;
    }
    if (k === ',' || k === '.' || k === ';' || k === ':' || k === '"') return null;
  }
  if (open < 0) return null;
  for (let i = q.last; i < key.length && i < q.last + ASIDE_REACH; i++) {
    const k = key[i] ?? '';
    if (k === ',') return { from: open, to: i };
    if (k === '.' || k === ';' || k === ':' || k === '"') return null;
  }
  return null;
}

const FIRST_PERSON = new Set(lexicon.data.firstPersonWords);

/** How far back a subject's noun phrase may open: "our own review of funeral notices and defector testimony". */
const OWN_REACH = 8;

/**
 * Whether a cue is the text's own: "our estimate", or a subject whose noun phrase opens with "our"
 * before the words read as the name ("Our own review of … and defector testimony suggests").
 */
function ownVoice(cx: Scan, cue: SourceCue): boolean {
  const { key, kind, capital } = cx.tokens;
  // Inside a quotation, "our" is the speaker's, whom the words outside it name.
  if (cue.insideQuote) return false;
  if (FIRST_PERSON.has(key[cue.nameFrom] ?? '')) return true;
  if (cue.at < cue.nameFrom) return false;
  for (let i = cue.nameFrom - 1; i >= 0 && i >= cue.nameFrom - OWN_REACH; i--) {
    const k = key[i] ?? '';
    if (FIRST_PERSON.has(k)) return true;
    if (kind[i] !== WORD || (capital[i] && i < cue.nameFrom - 1)) return false;
  }
  return false;
}

const LIMIT_LINKS = new Set(['of', 'at', 'to']);

/**
 * "a yearly cap of 600,000 barrels", "capped separately at 4m barrels": the figure of a
 * limit is the rule's, which the text states as fact, not what a source reckons.
 */
function namesLimit(cx: Scan, q: QuantityMatch): boolean {
  const { lex, tokens } = cx;
  const link = q.first - 1;
  if (!LIMIT_LINKS.has(tokens.key[link] ?? '')) return false;
  const before = tokens.key[link - 1] ?? '';
  if (lex.capWords.has(before)) return true;
  return lex.speechAuxiliaries.has(before) && lex.capWords.has(tokens.key[link - 2] ?? '');
}

function chooseSource(
  cx: Scan,
  q: QuantityMatch,
  context: { readonly cues: readonly SourceCue[]; readonly quoted: boolean; readonly carry: Carry },
): Attribution | null {
  const { cues, quoted, carry } = context;
  if (namesLimit(cx, q)) return null;
  let best: SourceCue | null = null;
  let bestScore = Infinity;
  const aside = cues.length === 0 ? null : asideAround(cx, q);
  for (const c of cues) {
    if (aside && (c.at < aside.from || c.at > aside.to)) continue;
    // "…$350 million in 2023, while the panel estimated …": the later clause has its own figures.
    if (c.nameFrom >= q.last && opensClause(cx, c)) continue;
    // "…visas, which experts say is common, the data shows": the relative clause judges the noun
    // before it; the figure keeps the sentence's other source, when it has one.
    if (outsideRelative(cx, c, q)) continue;
    // "a team set up by eight governments concluded": a figure that describes the source is not its claim.
    if (q.first >= c.nameTo && q.last <= c.at) continue;
    const d = c.at < q.first ? q.first - c.at : c.at - q.last;
    // A cue inside the same quotation speaks for the figure before any cue outside it.
    const score = Math.abs(d) + (c.insideQuote === quoted ? 0 : 1000);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (!best) return null;
  // "Our estimate:", "our tanker tracking suggests": the text's own voice credits no one else.
  if (ownVoice(cx, best)) return null;
  const resolved = resolveSource(best, carry.sources);
  if (resolved) return resolved;
  return best.text ? { name: best.text, affiliation: null } : null;
}

/** Two-word entries ("up from") are looked up as the key of a token and the next. */
const COMPARISON = new Set(lexicon.data.comparisonWords);
/** By first word, so a token and the next are tested without building a string of the two. */
const COMPARISON_PAIRS = pairsOf(COMPARISON);

/**
 * "10,000 laborers, up from fewer than 5,000 in early 2023", "$330 million a year, roughly equal
 * to its exports in 2023": a date after a word of comparison dates the thing compared with.
 */
function comparedBetween(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  const { key } = cx.tokens;
  for (let i = span.from; i < span.to; i++) {
    const k = key[i] ?? '';
    // "…, along with more than 200 missiles": the "than" of a later figure's bound compares nothing.
    if (k === 'than' && (cx.cues[i + 1]! & CUE_QUANTITY) !== 0) continue;
    if (COMPARISON.has(k) || COMPARISON_PAIRS.get(k)?.has(key[i + 1] ?? '') === true) return true;
  }
  return false;
}

/** Words before a date that make it the date of a document ("adopted in December 2017"). */
const DOCUMENT_DATE_WORDS = new Set(lexicon.data.documentDateWords);

/** How far before a figure a word of rate may stand: "its annual grain shortfall of about". */
const RATE_REACH = 6;

/**
 * "the North's annual grain shortfall of about 1 million tonnes", "annual GDP, which the bank
 * puts at $25bn": a one-word rate in the noun phrase before the figure is the figure's rate.
 */
function rateBefore(cx: Scan, q: QuantityMatch): PerUnit | null {
  const { lex, tokens } = cx;
  let floor = q.first - RATE_REACH;
  let skipped = false;
  for (let i = q.first - 1; i >= 0 && i >= floor; i--) {
    const key = tokens.key[i];
    if (tokens.kind[i] === NUMBER || key === '.' || key === ';') return null;
    if ((cx.cues[i]! & (CUE_SOURCE | CUE_FLOW)) !== 0) {
      // "the North's annual take at $700m": a rate word makes the verb form after it a noun.
      const rate = i > 0 ? lex.perPhrases.match(tokens, i - 1, i) : null;
      if (rate && rate.end === i) return rate.value;
      // "annual GDP, which the bank puts at $25bn": the noun phrase stands before the clause.
      const which = skipped ? -1 : relativeOpening(cx, i);
      if (which < 0) return null;
      // "the annual report says 300 missiles": any other verb between ends the noun phrase.
      skipped = true;
      i = which - 1;
      floor = i - RATE_REACH;
      continue;
    }
    const m = lex.perPhrases.match(tokens, i, i + 1);
    if (m && m.end === i + 1) return m.value;
  }
  return null;
}

/** How far before its verb ", which" may open a relative clause: ", which the Bank of Korea puts". */
const RELATIVE_REACH = 6;

/** Where the comma of ", which" stands before a verb at `at`, or -1. */
function relativeOpening(cx: Scan, at: number): number {
  const { key, kind } = cx.tokens;
  for (let i = at - 1; i >= 1 && i >= at - RELATIVE_REACH; i--) {
    if (kind[i] === NUMBER || key[i] === '.' || key[i] === ';') return -1;
    if (key[i] === 'which' && key[i - 1] === ',') return i - 1;
  }
  return -1;
}

/** How far after a verb of saying its "that" may stand: "told reporters on Monday that". */
const THAT_REACH = 4;

/**
 * "In June, Shoigu announced that Pyongyang would send 1,000 sappers", "saying in May that losses
 * stood at 6,000", "In April, the agency had put the casualties at 4,700": a date before a verb of
 * saying or valuing, with the figure in what is said, dates the saying, not the figure.
 */
function reportsAfter(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  const { lex, tokens } = cx;
  const { key } = tokens;
  // "saying in May that …": the date stands between the verb and its "that".
  if (key[span.from] === 'that') return true;
  for (let i = span.from; i < span.to; i++) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';') return false;
    if (lex.valuationVerbs.has(k)) return true;
    if (!lex.speechVerbs.has(k)) continue;
    for (let j = i + 1; j < span.to && j <= i + THAT_REACH; j++) if (key[j] === 'that') return true;
  }
  return false;
}

/** "told the BBC in September", "published last month": the date of saying, not of the figure. */
function datesTheSaying(cx: Scan, d: DateExpression): boolean {
  const { lex, tokens } = cx;
  // Nobody says "since": a running total's opening is the figure's, not the saying's.
  if (tokens.key[d.first] === 'since') return false;
  for (let i = d.first - 1; i >= 0 && i >= d.first - 4; i--) {
    const key = tokens.key[i] ?? '';
    // "an estimated 96% in 2023": a figure between the verb and the date takes the date.
    // "believed to have fired since 2022": the verb after "to" is the figure's own.
    if (key === 'that' || key === ',' || key === 'to' || tokens.kind[i] === NUMBER) return false;
    // "…, the source said. In July, Moscow shipped": a verb of the sentence before says nothing here.
    if (key === '.' || key === ';' || key === '?' || key === '!') return false;
    if (lex.speechVerbs.has(key) || DOCUMENT_DATE_WORDS.has(key)) return true;
  }
  return false;
}

/** How far back ", when" may open the clause of a figure: "…, when the figure hit $2.3bn". */
const WHEN_REACH = 8;

/** "down 5% from 2023, when the figure hit $2.3bn": a figure in the clause that describes a base. */
function whenOfBase(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  for (let i = at - 1; i >= 1 && i >= at - WHEN_REACH; i--) {
    const k = key[i];
    if (k === '.' || k === ';') return false;
    if (k !== 'when' || key[i - 1] !== ',') continue;
    for (let j = i - 2; j >= 0 && j >= i - 2 - BASE_REACH; j--) if (key[j] === 'from') return true;
    return false;
  }
  return false;
}

/** "from 2023, when …": a date that ", when" goes on to describe. */
function datesWhen(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  return key[d.last] === ',' && key[d.last + 1] === 'when';
}

/** Words that open a clause of its own after a figure: "…, with 3,000 more to follow". */
const CLAUSE_BREAKS = new Set(['.', ';', '—', '–', 'while', 'but', 'whereas']);

/**
 * Whether token `at` breaks the clause of a figure from a later one: a dash, "while", "but",
 * ", with 3,000 more", ", which the bank put at", "and that the units lost…"; or makes the later
 * one a base ("25% from $2bn
 * in 2024"). Not a list: "12 million rounds, along with 200 missiles and about 120 howitzers".
 */
function breaksClause(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  const k = key[at] ?? '';
  if (CLAUSE_BREAKS.has(k)) return true;
  const figureNext = (cx.cues[at + 1]! & CUE_QUANTITY) !== 0;
  if (k === 'with' || k === 'which') return key[at - 1] === ',';
  if (k === 'and') return !figureNext;
  return k === 'from' && figureNext;
}

/**
 * "about 11,000 soldiers are there, with 3,000 more to follow by the end of the year": a date
 * after another figure in a clause of its own dates that figure, the nearer one; "40 howitzers
 * and a dozen launchers between October and February" dates both.
 */
function laterFigureFirst(
  cx: Scan,
  input: {
    readonly q: QuantityMatch;
    readonly quantities: readonly QuantityMatch[];
    readonly before: number;
  },
): boolean {
  const { q, before, quantities } = input;
  // The figures are in order: find the last one before the date by halving, so a sentence of
  // many figures stays linear. A break before it is a break before some figure between.
  let lo = 0;
  let hi = quantities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quantities[mid]!.first < before) lo = mid + 1;
    else hi = mid;
  }
  const other = quantities[lo - 1];
  if (!other || other.first < q.last) return false;
  for (let i = q.last; i < other.first; i++) if (breaksClause(cx, i)) return true;
  return false;
}

const SUPERLATIVES = new Set(lexicon.data.superlativeWords);
/** How far before "since" a superlative may stand: "the deadliest attack on the capital since". */
const SUPERLATIVE_REACH = 6;

/** "the highest since 2017", "the first since the war began": a record's date, not a period. */
function sinceRecord(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  const since = key[d.first] === 'since' ? d.first : sinceAt(cx, d);
  if (since < 0) return false;
  // "the highest since", "the 16th since"; not "a fifth since May", a share.
  for (let i = since - 1; i >= 0 && i >= since - SUPERLATIVE_REACH; i--)
    if (SUPERLATIVES.has(key[i] ?? '') && (key[i - 1] === 'the' || key[i - 2] === 'the'))
      return true;
  return false;
}

/** Words that open a ", which …," aside, or an appositive that has one (", a staple that …,"). */
const ASIDE_OPENERS = new Set(['which', 'who', 'where', 'a', 'an']);
const ASIDE_RELATIVES = new Set(['which', 'who', 'where', 'that']);

/**
 * "shipments of soybean oil, a staple that had been scarce last year, reached $96 million",
 * "Russia, which fired 10m shells in 2024, now relies on the North for half": the comma-bounded
 * aside a date sits in, whose date is said of the noun it describes; null when it is in none.
 */
function dateAside(cx: Scan, d: DateExpression): { from: number; to: number } | null {
  const { key } = cx.tokens;
  let open = -1;
  let relative = false;
  for (let i = d.first - 1; i >= 0 && i >= d.first - ASIDE_REACH; i--) {
    const k = key[i] ?? '';
    if (k === ',') {
      open = i;
      break;
    }
    if (k === '.' || k === ';' || k === ':' || k === '"') return null;
    if (ASIDE_RELATIVES.has(k)) relative = true;
  }
  const opener = key[open + 1] ?? '';
  if (open < 0 || !ASIDE_OPENERS.has(opener) || !relative) return null;
  // An aside that closes the sentence ends with it: ", where Ukrainian forces have held ground since August."
  for (let i = d.last; i < key.length && i < d.last + ASIDE_REACH; i++) {
    const k = key[i] ?? '';
    if (k === ',' || k === '.' || k === ';') return { from: open, to: i };
    if (k === ':' || k === '"') return null;
  }
  return d.last >= key.length ? { from: open, to: key.length } : null;
}

const RUNNING_TOTAL = new Set(lexicon.data.runningTotalWords);
/** How far before a figure ", bringing the total number of troops to" may open. */
const RUNNING_REACH = 10;

/**
 * "3,000 more were sent in January, bringing the total to 14,000": the comma that opens a clause of
 * a running total the figure ends, before which no date covers it; -1 when there is none.
 */
function runningTotalFrom(cx: Scan, q: QuantityMatch): number {
  const { key } = cx.tokens;
  for (let i = q.first - 1; i > 0 && i >= q.first - RUNNING_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';' || cx.tokens.kind[i] === NUMBER) return -1;
    if (RUNNING_TOTAL.has(k) && key[i - 1] === ',') return i - 1;
  }
  return -1;
}

function choosePeriod(
  cx: Scan,
  input: {
    readonly dates: readonly DateExpression[];
    readonly q: QuantityMatch;
    /** The sentence's figures, in order. */
    readonly quantities: readonly QuantityMatch[];
  },
): Period | null {
  const { dates, q, quantities } = input;
  let best: DateExpression | null = null;
  let bestDistance = Infinity;
  const running = dates.length > 0 ? runningTotalFrom(cx, q) : -1;
  for (const d of dates) {
    if (d.start === null && d.end === null) continue;
    if (d.last <= running) continue;
    // A day dates a happening, not a count, unless the count is that day's: "on Monday alone".
    if ((d.weekday || d.day) && cx.tokens.key[d.last] !== 'alone') continue;
    if (datesTheSaying(cx, d) || sinceRecord(cx, d)) continue;
    // "As of February 16, the prosecutor stated that…": a cut-off or an opening dates the count.
    if (
      d.last <= q.first &&
      d.start !== null &&
      d.end !== null &&
      reportsAfter(cx, { from: d.last, to: q.first })
    )
      continue;
    if (d.first >= q.last && comparedBetween(cx, { from: q.last, to: d.first })) continue;
    // "up 15% on the same period of 2023": the span a change is measured against is not its own.
    if (q.change && d.echo === true && d.first >= q.last) continue;
    // "up 21% from November": a lone "from" date is the base of a comparison, not the period.
    // "down 5% from 2023, when the figure hit $2.3bn": ", when" makes it the date of what follows.
    if (
      cx.tokens.key[d.first] === 'from' &&
      (d.start === d.end || d.echo === true) &&
      !(datesWhen(cx, d) && q.first > d.last)
    )
      continue;
    const gap = d.last <= q.first ? q.first - d.last : d.first >= q.last ? d.first - q.last : 0;
    // Bounded by the reach, so a long sentence of dates and figures stays linear.
    if (gap > MAX_PERIOD_DISTANCE) continue;
    if (d.first >= q.last && laterFigureFirst(cx, { q, quantities, before: d.first })) continue;
    const aside = dateAside(cx, d);
    if (aside && (q.last <= aside.from || q.first >= aside.to)) continue;
    // "at least 24 launches, and by the middle of the year …": a date just past a joiner after
    // the figure opens the next clause, as one before the figure closes the last.
    // "(said that) since September 2023, the North shipped 9 million rounds of artillery and
    // rocket ammunition, along with 100 missiles": a date that opens its clause frames all of it.
    const joined =
      d.last <= q.first
        ? !framesClause(cx, d.first) && joinsClauses(cx, d.last, q.first)
        : d.first >= q.last && joinsClauses(cx, Math.max(q.last, d.first - 2), d.first);
    // "The harvest last autumn was good, but the agency estimates that 40% go hungry": "but"
    // bounds a date inside the clause before it; "In 2024, exports fell but imports rose to $2bn"
    // is framed by the date that opens the sentence.
    if (d.last <= q.first && !framesClause(cx, d.first) && butBetween(cx, d.last, q.first))
      continue;
    const distance = gap + (joined ? CLAUSE_PENALTY : 0);
    if (distance < bestDistance && distance <= MAX_PERIOD_DISTANCE) {
      best = d;
      bestDistance = distance;
    }
  }
  // "Each vessel can carry 30,000 barrels": what one of a kind holds or earns has no dates.
  if (distributive(cx, q)) best = null;
  // "annual GDP, which the bank put at 40 trillion won in 2023": the year's figure, not a rate.
  const pointed = best !== null && best.start !== null && best.start === best.end;
  const per = q.per ?? (pointed ? null : rateBefore(cx, q));
  if (!best && !per) return null;
  // "since the war began in 2022": the date opens the period rather than filling it.
  if (best && best.start !== null && best.start === best.end && sinceClause(cx, best)) {
    return { start: best.start, end: null, per };
  }
  return { start: best?.start ?? null, end: best?.end ?? null, per };
}

/**
 * "Between March and November, tankers made 43 trips. The deliveries would amount to 1 million
 * barrels.": a sentence with no date of its own continues the period of the figure just before,
 * when it speaks of the same kind of thing.
 */
function carryPeriod(input: {
  readonly claims: readonly ExtractedClaim[];
  readonly previous: ExtractedClaim | null;
  /** Per claim, whether it counts part of the group just named ("Of those, 300 were killed"). */
  readonly parts: readonly boolean[];
  /** Whether figures that are no part may take it too: false in a sentence dated by a day. */
  readonly any: boolean;
  /** Per claim, whether it is said of each one of a kind, which takes no dates. */
  readonly each: readonly boolean[];
}): readonly ExtractedClaim[] {
  const { claims, previous, parts } = input;
  const period = previous?.period;
  if (!previous || !period || (period.start === null && period.end === null)) return claims;
  // An open "since …" total runs to the day of writing; only a closed period carries over,
  // except to a part of that very total.
  const closed = period.start !== null && period.end !== null;
  return claims.map((c, k) =>
    (c.period === null || (c.period.start === null && c.period.end === null)) &&
    (parts[k] === true || (closed && input.any)) &&
    input.each[k] !== true &&
    c.category === previous.category &&
    // "is expected to reach": a projection looks past the period just reported.
    c.stage !== 'projected'
      ? { ...c, period: { start: period.start, end: period.end, per: c.period?.per ?? null } }
      : c,
  );
}

/** How far before a figure "each" may stand: "each standard 20ft container can hold". */
const EACH_REACH = 6;
const EACH_WORDS = new Set(['each', 'every']);
const TIME_UNITS = new Set(['year', 'month', 'week', 'day']);

/** "Each laborer earns $900 a month", "each of which might sell for $2m": a figure of one of a kind. */
function distributive(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  for (let i = q.first - 1; i >= 0 && i >= q.first - EACH_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';' || cx.tokens.kind[i] === NUMBER) return false;
    // "each year" is a rate, read as such elsewhere.
    if (EACH_WORDS.has(k) && !TIME_UNITS.has(key[i + 1] ?? '')) return true;
  }
  return false;
}

/** Whether a sentence has a date that could give a figure its period: not a day or a weekday. */
function datesAFigure(dates: readonly DateExpression[]): boolean {
  for (const d of dates)
    if (!d.day && !d.weekday && (d.start !== null || d.end !== null)) return true;
  return false;
}

/** How far before a figure a word of comparison makes it the base of one: "down 5% from $2.3bn". */
const BASE_REACH = 4;

/**
 * "Trade came to $2.18bn in 2024, down from $2.3bn in 2023.": the sentence's last figure that is
 * not a base of comparison, whose period the next sentence goes on with.
 */
function mainClaim(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    readonly quantities: readonly QuantityMatch[];
  },
): ExtractedClaim | null {
  const { claims, quantities } = input;
  const offset = claims.length - quantities.length;
  for (let k = quantities.length - 1; k >= 0; k--) {
    const q = quantities[k]!;
    const { key } = cx.tokens;
    // "down about 5% from $2.3bn", "up from 870": the figure changed from.
    const base =
      key[q.first - 1] === 'from' ||
      key[q.first - 2] === 'from' ||
      comparedBetween(cx, { from: Math.max(0, q.first - BASE_REACH), to: q.first }) ||
      whenOfBase(cx, q.first);
    if (!base) return claims[offset + k] ?? null;
  }
  return claims.at(-1) ?? null;
}

/** A date before "and"/"but" belongs to the clause it ends, ahead of one the figure opens. */
const CLAUSE_PENALTY = 12;
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', ';']);

/**
 * Whether a date at `at` is an adverbial that opens its sentence or the clause reported after
 * "that" ("In 2024, …", "said that since May, …"); not a noun phrase ("The first-quarter sales").
 */
function framesClause(cx: Scan, at: number): boolean {
  if (cx.tokens.key[at] === 'the') return false;
  return opensSentence(cx, at) || cx.tokens.key[at - 1] === 'that';
}

/** Whether token `at` opens its sentence or line. */
function opensSentence(cx: Scan, at: number): boolean {
  const { key, newline } = cx.tokens;
  return at === 0 || newline[at] === 1 || key[at - 1] === '.' || key[at - 1] === '"';
}

/** Whether "but" stands between two tokens. */
function butBetween(cx: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (cx.tokens.key[i] === 'but') return true;
  return false;
}

function joinsClauses(cx: Scan, from: number, to: number): boolean {
  const { capital, key } = cx.tokens;
  for (let i = from; i < to; i++)
    // "since Kim Jong Un and Vladimir Putin met": "and" between two names joins no clauses.
    if (CLAUSE_JOINERS.has(key[i] ?? '') && !(capital[i - 1] && capital[i + 1])) return true;
  return false;
}

/**
 * "12m rounds would be worth $2.4bn": a sentence that supposes is the writer's own reckoning, so
 * it takes no source from the sentences before it.
 */
function hypothetical(cx: Scan, sentence: { readonly from: number; readonly to: number }): boolean {
  for (let i = sentence.from; i < sentence.to; i++)
    if (cx.lex.stageCues.get(cx.tokens.key[i] ?? '') === 'projected') return true;
  return false;
}

/** Two-word entries ("in return") are looked up as the key of a token and the next. */
const CONTINUATION = new Set(lexicon.data.continuationWords);
/** Two-word entries ("in return", "the total") by their first word: no string built per token. */
const CONTINUATION_PAIRS = pairsOf(CONTINUATION);

function pairsOf(phrases: Iterable<string>): ReadonlyMap<string, ReadonlySet<string>> {
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

/**
 * "It also sent about 220 pieces", "Russia had launched more than 70 of them": a sentence that
 * refers back goes on with the source its paragraph credited.
 */
function continuesParagraph(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { key } = cx.tokens;
  for (let i = sentence.from; i < sentence.to; i++) {
    const k = key[i] ?? '';
    if (CONTINUATION.has(k) || CONTINUATION_PAIRS.get(k)?.has(key[i + 1] ?? '') === true)
      return true;
  }
  return false;
}

/**
 * '"At this rate, a force of 11,000 men…"': a quotation that follows a credited one in its
 * paragraph goes on in the same voice.
 */
function opensQuote(cx: Scan, sentence: { readonly from: number }): boolean {
  const { key, start, end } = cx.tokens;
  const at = sentence.from;
  if (key[at] === '"') return true;
  // The splitter may leave the opening mark on the sentence before: a mark with a space before
  // it and none after opens the quotation.
  return (
    key[at - 1] === '"' && at >= 2 && end[at - 2]! < start[at - 1]! && end[at - 1] === start[at]
  );
}

/** The phrases by their first word, so a sentence is read once rather than once per phrase. */
const BACK_PERIODS = byFirstWord(lexicon.data.periodBackReferences);

function byFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly string[][]> {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0]!;
    out.set(first, [...(out.get(first) ?? []), words]);
  }
  return out;
}

/** "puts the figure at $5bn-7bn over the same period": the period last stated in full. */
function refersToPeriod(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { key } = cx.tokens;
  for (let i = sentence.from; i < sentence.to; i++) {
    const phrases = BACK_PERIODS.get(key[i]!);
    if (phrases === undefined) continue;
    for (const words of phrases)
      // "in the same period of 2023" names its own year.
      if (wordsAt(key, i, words) && key[i + words.length] !== 'of') return true;
  }
  return false;
}

/**
 * Whether the keys from `at` on are `words`. A loop, not `every` with a closure: a closure over the
 * token index is allocated for every token and phrase.
 */
function wordsAt(key: readonly string[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (key[at + k] !== words[k]) return false;
  return true;
}

/** "compared with $1bn in the same months of 2024": a base of comparison is not the period a
 * later "in the same period" refers back to. */
function echoes(dates: readonly DateExpression[], period: Period): boolean {
  for (const d of dates)
    if (d.echo && d.start === period.start && d.end === period.end) return true;
  return false;
}

function hasDates(period: Period | null): boolean {
  return period !== null && (period.start !== null || period.end !== null);
}

/** Whether a sentence has a word of trade ("trade", "exports"). */
function namesTrade(cx: Scan, sentence: { readonly from: number; readonly to: number }): boolean {
  const { lex, tokens } = cx;
  for (let i = sentence.from; i < sentence.to; i++)
    if (
      (cx.cues[i]! & CUE_CATEGORY) !== 0 &&
      lex.categoryCues.get(tokens.key[i] ?? '')?.some((c) => c.category === 'trade') === true
    )
      return true;
  return false;
}

/**
 * "…at Ukraine, ministry says" in a headline: a body credited by its bare noun is the one the
 * text names in full with that noun ("the Ministry of National Defense"), before or after.
 * One pass to learn the full names, one to use them: linear in the claims.
 */
function nameBodies(lex: Lexicon, claims: ExtractedClaim[]): ExtractedClaim[] {
  const full = new Map<string, Attribution>();
  const bare: number[] = [];
  // A name read once has taught all it can: its nouns are in `full` (the first body wins) and
  // whether it is bare is known, so a name that recurs, as most do, is not split again.
  const bareName = new Map<string, boolean>();
  for (let k = 0; k < claims.length; k++) {
    const a = claims[k]!.attribution;
    const name = a?.name;
    if (!a || !name) continue;
    const known = bareName.get(name);
    if (known !== undefined) {
      if (known) bare.push(k);
      continue;
    }
    // Read in place: most names are proper, and only those are split, to learn their nouns.
    const proper = capitalWord(name);
    const isBare =
      !proper && name.indexOf(' ') === name.lastIndexOf(' ') && lex.bodyNouns.has(lastWord(name));
    bareName.set(name, isBare);
    if (isBare) bare.push(k);
    if (!proper) continue;
    // One lower-cased copy, read word by word: no array, and no copy per word.
    const lower = name.toLowerCase();
    for (let from = 0; from <= lower.length;) {
      const space = lower.indexOf(' ', from);
      const to = space < 0 ? lower.length : space;
      const noun = lower.slice(from, to);
      if (lex.bodyNouns.has(noun) && !full.has(noun)) full.set(noun, a);
      from = to + 1;
    }
  }
  for (const k of bare) {
    const claim = claims[k]!;
    const named = full.get(lastWord(claim.attribution!.name!));
    if (named) claims[k] = { ...claim, attribution: named };
  }
  return claims;
}

/** Whether a word of a name (split at spaces) starts with an ASCII capital. */
function capitalWord(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
    const d = name.charCodeAt(at + 1);
    if (d >= 65 && d <= 90) return true;
  }
  return false;
}

/** The last word of a name, after its last space. */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Keeps the last two distinct countries named outside sources, most recent last. */
function rememberPair(recent: string[], countries: readonly CountryMention[]): void {
  // Two slots moved by hand: `splice` and `shift` allocate or move far more than a pair needs.
  for (const m of countries) {
    if (m.source) continue;
    const code = m.code;
    if (recent.length < 2) {
      if (recent[0] !== code) recent.push(code);
    } else if (recent[1] !== code) {
      recent[0] = recent[1]!;
      recent[1] = code;
    }
  }
}

function sinceClause(cx: Scan, d: DateExpression): boolean {
  return sinceAt(cx, d) >= 0;
}

/** How far before a date its "since" may stand: "since the full-scale invasion began in 2022". */
const SINCE_REACH = 12;

/** Where the "since" that opens the clause of a date stands ("since the war began in 2022"), or -1. */
function sinceAt(cx: Scan, d: DateExpression): number {
  const { tokens } = cx;
  for (let i = d.first - 1; i >= 0 && i >= d.first - SINCE_REACH; i--) {
    const key = tokens.key[i];
    if (key === 'since') return i;
    if (key === ',' || key === '.' || key === ';') return -1;
  }
  return -1;
}

function claimFrom(
  cx: Scan,
  input: {
    q: QuantityMatch;
    facts: SentenceFacts;
    cues: readonly SourceCue[];
    dates: readonly DateExpression[];
    quantities: readonly QuantityMatch[];
    carry: Carry;
    lastCountry: string | null;
    lastPair: readonly string[];
    topic: Topic | null;
    people: string | null;
    cargo: Topic | null;
  },
): ExtractedClaim {
  const { tokens } = cx;
  const { q } = input;
  const start = tokens.start[q.first] ?? 0;
  const end = tokens.end[q.last - 1] ?? start;
  const direction = direct(cx, {
    facts: input.facts,
    quantity: q,
    lastCountry: input.lastCountry,
    lastPair: input.lastPair,
    topic: input.topic,
    people: input.people,
    cargo: input.cargo,
  });
  return {
    span: [start, end],
    text: tokens.text.slice(start, end),
    value: q.value,
    low: q.low,
    high: q.high,
    qualifier: q.qualifier,
    unit: q.unit,
    category: direction.category,
    from: direction.from,
    to: direction.to,
    period: choosePeriod(cx, { dates: input.dates, q, quantities: input.quantities }),
    stage: direction.stage,
    attribution: chooseSource(cx, q, {
      cues: input.cues,
      quoted: insideQuote(tokens, { from: input.facts.from, at: q.first }),
      carry: input.carry,
    }),
  };
}

/**
 * Reads every quantity claim and dated event in a document (format claims/1). Pure and linear in
 * the length of the text: one tokenization, then bounded work per sentence.
 *
 * @example
 * extract({ text: 'North Korea has sent about 11,000 troops to Russia.', published: '2024-12-03' })
 *   .claims[0]; // { text: 'about 11,000 troops', value: 11000, qualifier: 'approx', from: 'PRK', to: 'RUS', … }
 */
export function extract(input: ExtractInput): ClaimsDocument {
  const lex = lexicon;
  const cx: Scan = scanText(lex, input.text);
  const { tokens } = cx;
  const anchor = parseAnchor(input.published);
  const carry: Carry = { sources: createSourceMemory(), country: null };
  let lastQuantity: QuantityMatch | null = null;
  /** The sentence before, when it stated no figure. */
  let quietBefore: { readonly from: number; readonly to: number } | null = null;
  const recent: string[] = [];
  let tradePair: string[] = [];
  let previousPeriod: ExtractedClaim | null = null;
  let lastStated: Period | null = null;
  let paragraphSource: Attribution | null = null;
  const quote: QuoteState = { open: false };
  /** In a transcript, the speaker whose turn it is: a question goes on with the last answer's. */
  let turn: Attribution | null = null;
  let summarySource: Attribution | null = null;
  let topic: Topic | null = null;
  let people: string | null = null;
  let cargo: Topic | null = null;
  const claims: ExtractedClaim[] = [];
  const events: ExtractedEvent[] = [];
  for (const sentence of splitSentences(tokens, lex.abbreviations)) {
    const { from, to } = sentence;
    // A new paragraph speaks afresh: no source or kind of figure carries into it.
    if (tokens.newline[from]) {
      paragraphSource = null;
      topic = null;
      quote.open = false;
    }
    // A sentence inside a quotation opened before it goes on in the quotation's voice.
    const quotedOn = quote.open;
    if (tokens.newline[from] || from === 0) turn = speakerLabel(cx, { from, to })?.speaker ?? turn;
    // One pass over the sentence's cue bits decides which rules can find anything in it.
    let bits = 0;
    for (let i = from; i < to; i++) bits |= cx.cues[i]!;
    const cues = bits & CUE_SOURCE ? findSourceCues(cx, { from, to }, quote) : NONE;
    if (bits & CUE_SOURCE) {
      learnAcronyms(cx, { from, to, memory: carry.sources });
      // A lead-in states no figure, so only a sentence without one is looked at.
      if ((bits & CUE_AMOUNT) === 0 && leadsSummary(cx, { from, to }))
        summarySource = lastBody(carry.sources);
    }
    const lastCountry = carry.country;
    const countries = bits & CUE_COUNTRY ? findCountries(cx, { from, to, cues, carry }) : NONE;
    const dates = bits & CUE_DATE_ANCHOR ? findDates(cx, { from, to, anchor }) : NONE;
    const found: readonly QuantityMatch[] =
      bits & CUE_AMOUNT
        ? findQuantities(cx, { from, to, dates, carried: lastQuantity, quiet: quietBefore })
        : NONE;
    // "three people familiar with the matter said": a count that describes the source is no claim.
    const quantities =
      cues.length === 0 ? found : found.filter((q) => !inCueName(cues, q.numberStart));
    if (quantities.length > 0) {
      // "shipping containers": a verb form inside a quantity phrase names the thing, not the act.
      const verbs = findVerbs(cx, { from, to, cues }).filter(
        (v) => !quantities.some((q) => v.first >= q.numberStart && v.first < q.last),
      );
      const facts: SentenceFacts = {
        from,
        to,
        countries,
        verbs,
        ...categoryWords(cx, { from, to }),
      };
      const made: ExtractedClaim[] = [];
      const scoped = cues.length === 0 ? cues : markContacts(cx, { cues, quantities });
      for (const q of quantities) {
        const claim = claimFrom(cx, {
          q,
          facts,
          cues: scoped,
          dates,
          quantities,
          carry,
          lastCountry,
          lastPair: tradePair.length === 2 ? tradePair : recent,
          topic,
          people,
          cargo,
        });
        if (claim.category !== 'other') topic = claim;
        if (PEOPLE_CATEGORIES.has(claim.category) && claim.from) people = claim.from;
        if (CARGO_CATEGORIES.has(claim.category)) cargo = claim;
        made.push(claim);
      }
      // A sentence that refers back goes on in its paragraph's voice; after "its conclusions are
      // summarised below", every sentence goes on in the report's.
      // Inside a quotation a supposition ("I would guess $1 billion") is the speaker's own.
      const inQuote = quotedOn || opensQuote(cx, sentence);
      const open =
        (paragraphSource !== null || summarySource !== null) &&
        onlyRelative(cx, scoped) &&
        (inQuote || !hypothetical(cx, sentence));
      const voice = !open
        ? null
        : paragraphSource && (inQuote || continuesParagraph(cx, sentence))
          ? paragraphSource
          : summarySource;
      // A transcript's speaker says whatever their turn states with no source of its own, "we
      // assess" included.
      const speaking = voice ?? turn;
      const credited = speaking
        ? made.map((c) => (c.attribution ? c : { ...c, attribution: speaking }))
        : made;
      const said = sayOfChanged(credited, quantities);
      // A paragraph's source is the one its last credited figure carries.
      if (cues.length > 0) paragraphSource = said.at(-1)?.attribution ?? paragraphSource;
      // A quotation speaks in a voice of its own: the period of the narrative before stays there.
      // A part of the group just named ("Of those, 300 …, the agency said on Feb. 27") goes on
      // with its period past a day of saying; other figures only in a sentence with no date.
      const dated =
        !datesAFigure(dates) && !opensQuote(cx, sentence)
          ? carryPeriod({
              claims: said,
              previous: previousPeriod,
              parts: quantities.map((q) => refersBack(cx, { at: q.first, end: q.last })),
              each: quantities.map((q) => distributive(cx, q)),
              any: dates.length === 0,
            })
          : said;
      claims.push(
        ...(lastStated && refersToPeriod(cx, sentence)
          ? dated.map((c) =>
              hasDates(c.period)
                ? c
                : { ...c, period: { ...lastStated!, per: c.period?.per ?? null } },
            )
          : dated),
      );
    }
    // "…, said Rasmus Kirk. \"A force of 11,000 men…\"": a speaker credited with no figure is
    // still the voice the paragraph goes on in.
    if (quantities.length === 0 && cues.length > 0)
      paragraphSource = resolveSource(cues.at(-1)!, carry.sources) ?? paragraphSource;
    previousPeriod = quantities.length > 0 ? mainClaim(cx, { claims, quantities }) : null;
    for (let k = claims.length - quantities.length; k < claims.length; k++) {
      const c = claims[k]!;
      // "all shipped over the same period": the span last stated, closed or still running.
      if (c.period && c.period.start !== null && !echoes(dates, c.period)) lastStated = c.period;
    }
    lastQuantity = quantities.at(-1) ?? lastQuantity;
    quietBefore = quantities.length === 0 ? sentence : null;
    rememberPair(recent, countries);
    // "Trade between China and North Korea fell": the two sides a word of trade was said of.
    if (countries.length > 1 && (bits & CUE_CATEGORY) !== 0 && namesTrade(cx, { from, to })) {
      const sides = countries.filter((m) => !m.source).map((m) => m.code);
      const first = sides[0];
      const second = sides.find((c) => c !== first);
      if (first && second) tradePair = [first, second];
    }
    if (dates.length > 0) events.push(...findEvents(cx, { from, to, dates, countries }));
    for (const cue of cues) remember(carry.sources, cue);
  }
  return {
    format: 'claims/1',
    document: { title: input.title ?? null, published: input.published },
    claims: nameBodies(lex, claims),
    events,
  };
}
