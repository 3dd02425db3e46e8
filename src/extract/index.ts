import type {
  Attribution,
  ClaimsDocument,
  ExtractedClaim,
  ExtractedEvent,
  PartialDate,
  Period,
} from '../domain/index.ts';
import {
  createSourceMemory,
  findSourceCues,
  hyphenCredit,
  insideQuote,
  lastNamedBody,
  leadsSummary,
  learnAcronyms,
  rememberSubject,
  remember,
  spokenIn,
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
  describedNation,
  economyOwner,
  inNorthKoreanEconomy,
  CARGO_CATEGORIES,
  WEIGHED_CATEGORIES,
  PEOPLE_CATEGORIES,
  sayOfChanged,
  type CountryMention,
  type FlowVerb,
  type SentenceFacts,
  type Topic,
  tradeWithPair,
} from './flows.ts';
import {
  CUE_DATE,
  CUE_QUANTITY,
  CUE_COUNTRY,
  CUE_FLOW,
  CUE_SOURCE,
  CUE_DATE_ANCHOR,
  CUE_AMOUNT,
  CUE_EVENT,
  CUE_ACRONYM,
  CUE_TRADE,
  CUE_CATEGORY,
  lexicon,
  scanText,
  tableOf,
  wordsOf,
  type Scan,
} from './lexicon.ts';
import {
  capRates,
  carryPeriod,
  choosePeriod,
  comparedOrCap,
  coveredSpan,
  datesAFigure,
  echoes,
  frameNamed,
  happeningDate,
  heldPeriods,
  type NamedPoint,
  type RatedSum,
  pointNamed,
  hasDates,
  mainClaim,
  namedStartPeriods,
  noteStarts,
  partsOfCounted,
  type NamedStarts,
  periodReferredBack,
  RELEASE_CATEGORIES,
  releasePeriods,
  sumRates,
  yearReferredWithin,
  sharesApart,
  tallyOfCounted,
} from './periods.ts';
import { pairsOf, PhraseTable } from './phrase-table.ts';
import { readQuantity, type QuantityMatch } from './quantities.ts';
import { claimWith, figureWith, periodOf } from './records.ts';
import {
  chooseSource,
  creditQuotation,
  continuesParagraph,
  creditOf,
  closesWithCredit,
  creditsBefore,
  hypothetical,
  markContacts,
  nameBodies,
  onlyRelative,
  opensQuote,
} from './sources.ts';
import { NUMBER, splitSentences } from './tokenize.ts';
import { isPairAt, isWordAt } from './word-table.ts';

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
  /**
   * The country that opened the last clause of the last sentence naming one: "North Korea sent
   * 11,000 troops to Russia. Its losses…" means the subject, as a reader takes "its" before the next
   * sentence names a country of its own, not the country named last.
   */
  subject: string | null;
}

/** How long a phrase set off by a comma may open a sentence before its subject ("In June last year, Russia"). */
const SUBJECT_REACH = 8;
const CLAUSE_BREAKS = new Set(lexicon.data.clauseBreaks);
const PARTNER_NOUNS = new Set(lexicon.data.partnerNouns);
const KIND_NOUNS = new Set(lexicon.data.kindNouns);

/**
 * A country that opens its sentence (or follows a phrase that opens it: "Last autumn, Pyongyang";
 * not "Flights between Moscow and"), the clause a verb of saying reports ("the agency said North
 * Korea"), or a clause after "but", ";" or ", and": a subject.
 */
function opensClause(
  cx: Scan,
  input: { from: number; at: number; first: boolean; cues: readonly SourceCue[] },
): boolean {
  const { tokens } = cx;
  const { from, at } = input;
  // (An index below zero reads the keys by name, which makes every read of this line generic.)
  const key = at > 0 ? tokens.key[at - 1]! : '';
  if (input.first && (at === from || (key === ',' && at - from <= SUBJECT_REACH))) return true;
  // A clause break carries the category bit, so most words before a country skip the lookup.
  if ((cx.cues[at - 1]! & CUE_CATEGORY) !== 0 && CLAUSE_BREAKS.has(key)) return true;
  if (key === 'and' && at >= 2 && tokens.key[at - 2] === ',') return true;
  const verb = key === 'that' ? at - 2 : at - 1;
  for (const c of input.cues) if (c.at === verb) return true;
  return false;
}

/**
 * Shared by every sentence in which a rule has nothing to look for: no allocation. Not frozen: a
 * frozen array has elements of another kind, which makes every `for…of` that sees both it and the
 * rules' own arrays fall back to allocating an iterator result per element. `readonly` keeps it empty.
 */
const NONE: readonly never[] = [];

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

/** Whether a date is a base moved from another period ("a year earlier", "the same months of 2023"). */
const isEcho = (d: DateExpression): boolean => d.echo === true;

/** Whether token `at` is inside one of the sentence's date expressions. */
function inDate(dates: readonly DateExpression[], at: number): boolean {
  for (const d of dates) if (at >= d.first && at < d.last) return true;
  return false;
}

/** The two-word war phrases by their first word: a mention is tested without building a string. */
const WAR_PHRASES = tableOf(pairsOf(lexicon.data.warPhrases));
/** Asked after every country named (`wordsOf`: by word id). */
const WAR_NOUNS = wordsOf(lexicon.data.warNouns);
const WAR_COMPOUNDS = wordsOf(lexicon.data.warCompounds);

/** Whether the words of a country are the whole name of a source in its sentence ("Seoul says"). */
function wholeName(cues: readonly SourceCue[], m: { first: number; last: number }): boolean {
  for (const c of cues) if (c.nameFrom === m.first && c.nameTo === m.last) return true;
  return false;
}

/**
 * "after the invasion of Ukraine", "the war in Ukraine": the country names the war, a time or a
 * cause, not a party to the flow beside it.
 */
function namesTheWar(cx: Scan, at: number, end: number): boolean {
  const { key } = cx.tokens;
  // "from the Ukraine war" names the war as "the war in Ukraine" does; "the Russian war effort"
  // is still Russia's.
  if (isWordAt(WAR_NOUNS, cx.tokens, end) && !isWordAt(WAR_COMPOUNDS, cx.tokens, end + 1))
    return true;
  const before = at > 0 && key[at - 1] === 'the' ? at - 1 : at;
  if (before < 2) return false;
  return isPairAt(WAR_PHRASES, cx.tokens, before - 2);
}

const BASED_SOURCES = new Set(lexicon.data.basedSourceNouns);
/** How far after "-based" the noun of the body may stand: "a London-based defence research group". */
const BASED_REACH = 4;

/**
 * "a London-based research group", "Seoul-based analysts": a place before "-based" says where a
 * body that watches or reports sits, not a party to the flow ("a Vladivostok-based trading firm"
 * or "Vladivostok-based Vostok Intur" may be one).
 */
function basedSource(cx: Scan, end: number): boolean {
  const { key } = cx.tokens;
  if (key[end] !== '-' || key[end + 1] !== 'based') return false;
  for (let i = end + 2; i < end + 2 + BASED_REACH && i < key.length; i++)
    if (BASED_SOURCES.has(key[i] ?? '')) return true;
  return false;
}

/** How far before a country the subject "it" of its clause may stand: "it sent pilots to Vietnam". */
const PRONOUN_REACH = 10;

/**
 * A country named in passing, which a later "its" does not mean: the seat of a body ("a company
 * based in Oslo") or the object of a clause whose subject is "it", the country already named
 * ("North Korea said it had sold shells to Syria. Its factories…").
 */
function inPassing(cx: Scan, input: { at: number; from: number; named: boolean }): boolean {
  const { key } = cx.tokens;
  const { at, from } = input;
  if (at >= 2 && key[at - 1] === 'in' && key[at - 2] === 'based') return true;
  if (!input.named) return false;
  for (let k = at - 1; k >= from && k >= at - PRONOUN_REACH; k--) if (key[k] === 'it') return true;
  return false;
}

function findCountries(
  cx: Scan,
  input: { from: number; to: number; cues: readonly SourceCue[]; carry: Carry },
): readonly CountryMention[] {
  const { lex, tokens } = cx;
  // Made at the first mention: a sentence may have only country cues that name none ("the").
  let out: CountryMention[] | null = null;
  // "SEOUL -- Trade between China and North Korea rose": the place of filing is no party.
  const opening = datelineEnd(cx, input);
  const before = input.carry.subject;
  let named = false;
  let subject: string | null = null;
  /** The country last named in this sentence, or one that is a source's whole name: "Russia says its losses". */
  let here: string | null = null;
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
      i < opening ||
      inCueName(input.cues, i) ||
      inAppositive(input.cues, i) ||
      namesTheWar(cx, i, m.end) ||
      basedSource(cx, m.end);
    const code: string | null = !m.value.anaphora
      ? m.value.code
      : // "North Korea sent troops to Russia. Its ally paid…": the partner is not the subject.
        PARTNER_NOUNS.has(tokens.key[m.end]!)
        ? input.carry.country
        : named
          ? // "North Korea stockpiled shells for a war with the South, and its bunkers hold":
            // "its" opening a clause of its own means the sentence's subject.
            ((subject !== null &&
            opensClause(cx, { from: input.from, at: i, first: false, cues: input.cues })
              ? subject
              : null) ?? input.carry.country)
          : (here ?? before ?? input.carry.country);
    if (code) {
      (out ??= []).push({ first: i, last: m.end, code, source });
      if (!m.value.anaphora && (!source || wholeName(input.cues, { first: i, last: m.end })))
        here = code;
      if (!source && !m.value.anaphora) {
        const first = !named;
        if (!inPassing(cx, { at: i, from: input.from, named })) input.carry.country = code;
        named = true;
        const clause = { from: input.from, at: i, first, cues: input.cues };
        if (m.value.adjective !== true && opensClause(cx, clause)) subject = code;
      }
    }
    i = m.end - 1;
  }
  if (named) input.carry.subject = subject;
  return out ?? NONE;
}

/** Whether token `at` is inside one of the figures, from its number on. */
function inFigure(quantities: readonly QuantityMatch[], at: number): boolean {
  for (const q of quantities) if (at >= q.numberStart && at < q.last) return true;
  return false;
}

function findVerbs(
  cx: Scan,
  input: {
    from: number;
    to: number;
    cues: readonly SourceCue[];
    quantities: readonly QuantityMatch[];
  },
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
    // "containers of the type used for shells": a use after a noun of kind describes the kind.
    const kind = m.value === 'use' && KIND_NOUNS.has(tokens.key[i - 1] ?? '');
    // "shipping containers": a verb form inside a quantity phrase names the thing, not the act.
    if (!share && !kind && !inCueName(input.cues, i) && !inFigure(input.quantities, i)) {
      out.push({ first: i, last: m.end, role: m.value, key: tokens.key[i] ?? '' });
    }
    i = m.end - 1;
  }
  return out;
}

/** How far a phrase may run before its anchor: "since the start of December", "as many as 3,000". */
const ANCHOR_REACH = 7;

/**
 * The first token at or after `at`, before `to`, with the anchor bit (a month, a digit,
 * "million"), or `to`; `known` is the answer for an earlier token. Scans move it only forward, so a
 * sentence is read once for its anchors rather than a reach's worth of tokens per candidate.
 */
function nextAnchor(
  cx: Scan,
  window: { readonly at: number; readonly to: number; readonly bit: number },
  known: number,
): number {
  if (known >= window.at) return known;
  let i = window.at;
  while (i < window.to && (cx.cues[i]! & window.bit) === 0) i++;
  return i;
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
  input: { from: number; to: number; anchor: Anchor | null; stated: Period | null },
): DateExpression[] {
  const out: DateExpression[] = [];
  let previous: DateExpression | null = null;
  let anchor = -1;
  for (let i = datelineEnd(cx, input); i < input.to; i++) {
    if ((cx.cues[i]! & CUE_DATE) === 0) continue;
    anchor = nextAnchor(cx, { at: i, to: input.to, bit: CUE_DATE_ANCHOR }, anchor);
    if (anchor >= input.to || anchor >= i + ANCHOR_REACH || !mayStartDate(cx, i)) continue;
    const d = readDate(cx, { at: i, anchor: input.anchor, previous, stated: input.stated });
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
    /** The last count of the sentence `carried` ends, when `carried` is a share or a sum. */
    carriedCount: QuantityMatch | null;
    /** The sentence before, when it stated no figure. */
    quiet: { readonly from: number; readonly to: number } | null;
    /** Whether the last figure before was a sum in the North's won. */
    northernWon: boolean;
    /** What a bare rate opening the sentence's figures counts: see `elided` in quantities.ts. */
    lent: QuantityMatch | null;
  },
): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  // The last figure that counts something: a share before a bare figure lends it no noun.
  let counted: QuantityMatch | null = null;
  let rate: QuantityMatch | null = null;
  let anchor = -1;
  // One record a sentence, its candidate's fields set before each read (readQuantity keeps none).
  const span = {
    at: input.from,
    limit: input.to,
    sentenceFrom: input.from,
    inherit: null as QuantityMatch | null,
    counted: null as QuantityMatch | null,
    carried: input.carried,
    carriedCount: input.carriedCount,
    quiet: input.quiet,
    lent: input.lent,
  };
  for (let i = input.from; i < input.to; i++) {
    if ((cx.cues[i]! & CUE_QUANTITY) === 0) continue;
    // A figure read from a number starts its number there (no qualifier or currency symbol
    // begins with a digit), so one inside a date expression, its day or year, is dropped below.
    if (cx.tokens.kind[i] === NUMBER && inDate(input.dates, i)) continue;
    anchor = nextAnchor(cx, { at: i, to: input.to, bit: CUE_AMOUNT }, anchor);
    if (anchor >= input.to || anchor >= i + ANCHOR_REACH) continue;
    span.at = i;
    span.inherit = out.at(-1) ?? null;
    span.counted = counted;
    const q = readQuantity(cx, span);
    if (!q) continue;
    // Numbers inside a date expression are days and years, not quantities.
    if (inDate(input.dates, q.numberStart)) continue;
    if (q.exchange) {
      rate = q;
      i = q.last - 1;
      continue;
    }
    out.push(q);
    if (q.unit !== 'percent') counted = q;
    i = q.last - 1;
  }
  const priced = rate === null ? out : inDollars(out, rate);
  // "rice sold for 5,500 won a kilogram in the markets": South Korea's won read as the North's.
  // "Diesel fell to 13,200 won from 15,900 won": a sum in won after one in the North's won goes on
  // in the North's market, unless its sentence names South Korea.
  return priced.some(inSouthKoreanWon) && (input.northernWon || inNorthKoreanEconomy(cx, input))
    ? priced.map((q) => (inSouthKoreanWon(q) ? figureWith(q, { unit: 'kpw' }) : q))
    : priced;
}

/** Whether a sentence names South Korea, whose won a sum there is in ("a court in Seoul fined"). */
function namesSouthKorea(countries: readonly CountryMention[]): boolean {
  for (const m of countries) if (m.code === 'KOR') return true;
  return false;
}

/** A count of a sentence whose figures end in a share or a sum: the last one before them. */
function countBefore(found: readonly QuantityMatch[]): QuantityMatch | null {
  for (let k = found.length - 1; k >= 0; k--) {
    const q = found[k]!;
    if (q.category !== 'money' && q.unit !== 'percent') return k === found.length - 1 ? null : q;
  }
  return null;
}

/** The last figure of a sentence stated per day, month or year, or null. */
function lastRate(found: readonly QuantityMatch[]): QuantityMatch | null {
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.per !== null) return found[k]!;
  return null;
}

/** Sums in won below a billion: prices and payments, which may be North Korea's own currency. */
const inSouthKoreanWon = (q: QuantityMatch): boolean =>
  q.unit === 'krw' && (q.value ?? q.low ?? q.high ?? 0) < 1e9;

/** "1.8 million yuan …, at 7.2 yuan to the dollar": sums in the rate's currency, put in dollars. */
function inDollars(found: readonly QuantityMatch[], rate: QuantityMatch): QuantityMatch[] {
  const per = rate.value;
  if (per === null || per <= 0) return [...found];
  const convert = (x: number | null): number | null => (x === null ? null : x / per);
  return found.map((q) =>
    q.unit === rate.unit
      ? figureWith(q, {
          unit: 'usd',
          value: convert(q.value),
          low: convert(q.low),
          high: convert(q.high),
        })
      : q,
  );
}

/**
 * The first two different countries named outside sources, or null. A loop rather than filter and
 * map: a list of codes that was sometimes empty and sometimes not gave the read of its first code
 * two array layouts, and V8 threw away extract's optimized code at it three times in a run.
 */
function tradeSides(countries: readonly CountryMention[]): string[] | null {
  let first: string | null = null;
  for (const m of countries) {
    if (m.source) continue;
    if (first === null) first = m.code;
    else if (m.code !== first) return [first, m.code];
  }
  return null;
}

/** The two countries a sentence names outside sources, when it names exactly two; else null. */
function twoNamed(countries: readonly CountryMention[]): string[] | null {
  let pair: string[] | null = null;
  for (const m of countries) {
    if (m.source) continue;
    if (pair === null) pair = [m.code];
    else if (!pair.includes(m.code)) {
      if (pair.length === 2) return null;
      pair.push(m.code);
    }
  }
  return pair?.length === 2 ? pair : null;
}

const PAIR_REFERENCES = new PhraseTable<true>();
for (const phrase of lexicon.data.pairReferences) PAIR_REFERENCES.add(phrase, true);

/** Whether a sentence refers to a pair of countries without naming them: "between the two". */
function namesThePair(cx: Scan, sentence: { readonly from: number; readonly to: number }): boolean {
  for (let i = sentence.from; i < sentence.to; i++)
    if (PAIR_REFERENCES.match(cx.tokens, i, sentence.to) !== null) return true;
  return false;
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

/**
 * What the rules are told of a figure: made once a sentence, with the figure's own fields set
 * before each claim, since the rules keep none of these records (an options object a figure was
 * most of what a sentence allocated besides its claims).
 */
interface FigureInputs {
  readonly direct: {
    readonly facts: SentenceFacts;
    quantity: QuantityMatch;
    readonly lastCountry: string | null;
    readonly lastPair: readonly string[];
    readonly tradeWith: readonly string[] | null;
    topic: Topic | null;
    people: string | null;
    cargo: Topic | null;
    weighed: Topic | null;
    readonly economy: string | null;
    trade: Topic | null;
    sum: Topic | null;
  };
  readonly period: {
    readonly dates: readonly DateExpression[];
    q: QuantityMatch;
    readonly quantities: readonly QuantityMatch[];
    readonly days: boolean;
    /** The last date of a happening before this sentence, which a "has since" opens from. */
    readonly before: DateExpression | null;
    /** Whether the figure is pledged ("agreed to send"), not yet sent. */
    pledged: boolean;
    /** Whether the figure counts the dead or wounded. */
    toll: boolean;
  };
  readonly source: {
    readonly cues: readonly SourceCue[];
    quoted: boolean;
    readonly carry: Carry;
  };
}

function claimFrom(cx: Scan, q: QuantityMatch, inputs: FigureInputs): ExtractedClaim {
  const { tokens } = cx;
  const start = tokens.start[q.first] ?? 0;
  const end = tokens.end[q.last - 1] ?? start;
  inputs.direct.quantity = q;
  const direction = direct(cx, inputs.direct);
  inputs.period.q = q;
  inputs.period.pledged = direction.stage === 'pledged';
  inputs.period.toll = direction.category === 'casualties';
  const period = choosePeriod(cx, inputs.period);
  inputs.source.quoted = insideQuote(tokens, { from: inputs.direct.facts.from, at: q.first });
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
    period,
    stage: direction.stage,
    attribution: chooseSource(cx, q, inputs.source),
  };
}

/** The figures of `found` whose number is not part of a source's name: `found` itself if all. */
function outsideCueNames(
  found: readonly QuantityMatch[],
  cues: readonly SourceCue[],
): readonly QuantityMatch[] {
  let kept: QuantityMatch[] | null = null;
  for (let k = 0; k < found.length; k++) {
    const q = found[k]!;
    if (inCueName(cues, q.numberStart)) kept ??= found.slice(0, k);
    else if (kept) kept.push(q);
  }
  return kept ?? found;
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
  const carry: Carry = { sources: createSourceMemory(tokens), country: null, subject: null };
  let lastQuantity: QuantityMatch | null = null;
  /** The last count of the last sentence with figures, when a share or a sum ended it. */
  let lastCount: QuantityMatch | null = null;
  /** The sentence before, when it stated no figure. */
  let quietBefore: { readonly from: number; readonly to: number } | null = null;
  /** The last rate of the last sentence with figures, else its last figure. */
  let lentBefore: QuantityMatch | null = null;
  const recent: string[] = [];
  let tradePair: string[] = [];
  /** The sides of the last "trade with Russia" since `tradePair`, for figures of trade only. */
  let tradeWith: string[] | null = null;
  /** The two countries the sentence before named, if it named exactly two: "the two" next. */
  let twoBefore: string[] | null = null;
  let previousPeriod: ExtractedClaim | null = null;
  let lastHappening: DateExpression | null = null;
  let lastStated: Period | null = null;
  const starts: NamedStarts = { people: null, goods: null };
  /** The period of the last dated count of oil or of runs, which an oil total worked out from it covers. */
  let lastOil: Period | null = null;
  /**
   * "North Korea's economy grew 3.7% in 2024 … Manufacturing rose 6.8 percent": the period of the
   * data an article reports, stated at its first dated figure of the economy or of trade.
   */
  let release: Period | null = null;
  /** The last sum of the sentence before, when it was paid at a rate: "…a month. They keep …". */
  let ratedSum: RatedSum | null = null;
  /** "covering the period from December 2024 to June 2026": what "the reporting period" means. */
  let covered: Period | null = null;
  // "In 2025, the mix shifted. ... sent 3,000 more early in the year", "December was weaker still.
  // ... during the month": the year or month a sentence with no figure names, which "the year" or
  // "the month" means until a figure states a period of its own.
  let frame: Period | null = null;
  /** "were working there at the time", "imagery from the same day": the time last named. */
  let point: NamedPoint = { at: null, day: null };
  let paragraphSource: Attribution | null = null;
  /** Whether the sentence before credited a source and stated no figure: "Cash moved too, the report found." */
  let announced = false;
  const quote: QuoteState = { open: false };
  /** The first claim of a quotation still open, whose speaker may be named only as it closes. */
  let quoteFrom = -1;
  /** The claims of the sentence before, which a "This was stated by X" after them credits. */
  let leadFrom = 0;
  let leadTo = 0;
  /** In a transcript, the speaker whose turn it is: a question goes on with the last answer's. */
  let turn: Attribution | null = null;
  let summarySource: Attribution | null = null;
  let topic: Topic | null = null;
  let people: string | null = null;
  /** The country whose economy the text last named: "GDP rose 3.7%" in a later sentence is its. */
  let economy: string | null = null;
  let cargo: Topic | null = null;
  /** The last fuel or food counted: "…some 300 tonnes each month" goes on with its kind. */
  let weighed: Topic | null = null;
  /** The last figure of trade, in any paragraph: "The annual figure is still below $2.8 billion". */
  let trade: Topic | null = null;
  /** The last figure, when it was a sum of money, in any paragraph: "a third of the total". */
  let sum: Topic | null = null;
  const claims: ExtractedClaim[] = [];
  const events: ExtractedEvent[] = [];
  for (const sentence of splitSentences(tokens, lex.abbreviations)) {
    const { from, to } = sentence;
    // A new paragraph speaks afresh: no source or kind of figure carries into it.
    if (tokens.newline[from]) {
      paragraphSource = null;
      ratedSum = null;
      announced = false;
      topic = null;
      quote.open = false;
      quoteFrom = -1;
    }
    // A sentence inside a quotation opened before it goes on in the quotation's voice.
    const quotedOn = quote.open;
    const sentenceClaims = claims.length;
    if (tokens.newline[from] || from === 0) turn = speakerLabel(cx, sentence)?.speaker ?? turn;
    // One pass over the sentence's cue bits decides which rules can find anything in it.
    let bits = 0;
    for (let i = from; i < to; i++) bits |= cx.cues[i]!;
    const cues =
      bits & CUE_SOURCE || hyphenCredit(cx, sentence) ? findSourceCues(cx, sentence, quote) : NONE;
    if (bits & CUE_SOURCE) {
      if (bits & CUE_ACRONYM) learnAcronyms(cx, { from, to, memory: carry.sources });
      // A lead-in states no figure, so only a sentence without one is looked at.
      if ((bits & CUE_AMOUNT) === 0 && leadsSummary(cx, sentence))
        summarySource = lastNamedBody(carry.sources);
    }
    const lastCountry = carry.country;
    const countries = bits & CUE_COUNTRY ? findCountries(cx, { from, to, cues, carry }) : NONE;
    if (countries.length > 0) economy = economyOwner(cx, countries) ?? economy;
    // "a big sum for a state whose income …": the economy the sentence describes.
    if (bits & CUE_AMOUNT)
      economy = describedNation(cx, sentence, { countries, topic, lastCountry }) ?? economy;
    // "Trade with China reached…": a partner named with the word of trade is one of its sides
    // now, not a pair the text named paragraphs before.
    if ((bits & CUE_TRADE) !== 0) {
      const named: string[] | null =
        countries.length > 0
          ? tradeWithPair(cx, countries, { economy, pair: tradeWith ?? tradePair })
          : null;
      // "Beijing is still Pyongyang's main partner. Commerce between the two came to…": the
      // pair the sentence before named, not a pair of trade named paragraphs before.
      tradeWith = named ?? (twoBefore && namesThePair(cx, sentence) ? twoBefore : tradeWith);
    }
    const dates: readonly DateExpression[] =
      bits & CUE_DATE_ANCHOR
        ? findDates(cx, { from, to, anchor, stated: frame ?? lastStated })
        : NONE;
    const found: readonly QuantityMatch[] =
      bits & CUE_AMOUNT
        ? findQuantities(cx, {
            from,
            to,
            dates,
            carried: lastQuantity,
            carriedCount: lastCount,
            quiet: quietBefore,
            northernWon: lastQuantity?.unit === 'kpw' && !namesSouthKorea(countries),
            lent: quietBefore === null && !tokens.newline[from] ? lentBefore : null,
          })
        : NONE;
    // "three people familiar with the matter said": a count that describes the source is no claim.
    const quantities = cues.length === 0 ? found : outsideCueNames(found, cues);
    if (quantities.length > 0) {
      const verbs = findVerbs(cx, { from, to, cues, quantities });
      // Field by field: a spread of the words' record copies it through a slow generic path.
      const words = categoryWords(cx, sentence);
      const facts: SentenceFacts = {
        from,
        to,
        countries,
        verbs,
        categoryCues: words.categoryCues,
        forceCue: words.forceCue,
        forceAt: words.forceAt,
        standingAt: words.standingAt,
        adjectivalAt: words.adjectivalAt,
        partAt: words.partAt,
        numberAt: words.numberAt,
        breakAt: words.breakAt,
        accuracy: words.accuracy,
        worldwide: words.worldwide,
        smuggled: words.smuggled,
        trading: words.trading,
      };
      const made: ExtractedClaim[] = [];
      const scoped = cues.length === 0 ? cues : markContacts(cx, { cues, quantities });
      const first = quantities[0]!;
      const inputs: FigureInputs = {
        direct: {
          facts,
          quantity: first,
          lastCountry,
          lastPair: tradePair.length === 2 ? tradePair : recent,
          tradeWith,
          topic,
          people,
          cargo,
          weighed,
          economy,
          trade,
          sum,
        },
        period: {
          dates,
          q: first,
          quantities,
          days: scoped.length === 0,
          before: lastHappening,
          pledged: false,
          toll: false,
        },
        source: { cues: scoped, quoted: false, carry },
      };
      for (const q of quantities) {
        inputs.direct.topic = topic;
        inputs.direct.people = people;
        inputs.direct.cargo = cargo;
        inputs.direct.weighed = weighed;
        inputs.direct.trade = trade;
        inputs.direct.sum = sum;
        const claim = claimFrom(cx, q, inputs);
        if (claim.category !== 'other') topic = claim;
        if (claim.category === 'trade') trade = claim;
        sum = claim.category === 'money' ? claim : null;
        if (PEOPLE_CATEGORIES.has(claim.category) && claim.from) people = claim.from;
        if (CARGO_CATEGORIES.has(claim.category)) cargo = claim;
        if (WEIGHED_CATEGORIES.has(claim.category)) weighed = claim;
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
        : paragraphSource && (inQuote || announced || continuesParagraph(cx, sentence))
          ? paragraphSource
          : summarySource;
      // A transcript's speaker says whatever their turn states with no source of its own, "we
      // assess" included.
      // In place rather than by map: map makes a holey array, so the rules after it met claims
      // in two array layouts, and V8 threw away extract's optimized code at each new one.
      const speaking = voice ?? turn;
      if (speaking)
        for (let k = 0; k < made.length; k++) {
          const c = made[k]!;
          if (!c.attribution) made[k] = claimWith(c, { attribution: speaking });
        }
      const said = sharesApart(cx, { made, said: sayOfChanged(made, quantities), quantities });
      // A paragraph's source is the one its last credited figure carries.
      if (cues.length > 0) paragraphSource = said.at(-1)?.attribution ?? paragraphSource;
      // A quotation speaks in a voice of its own: the period of the narrative before stays there.
      // A part of the group just named ("Of those, 300 …, the agency said on Feb. 27") goes on
      // with its period past a day of saying; other figures only in a sentence with no date.
      // "over the same period", "over the six months": the span last stated, ahead of the period
      // of the sentence just before.
      const back =
        lastStated || frame || covered || point.at
          ? periodReferredBack(cx, { sentence, last: lastStated, frame, covered, point })
          : null;
      const dated = back
        ? said.map((c) =>
            hasDates(c.period)
              ? c
              : claimWith(c, { period: periodOf(back, c.period?.per ?? null) }),
          )
        : !datesAFigure(dates) && !opensQuote(cx, sentence)
          ? carryPeriod(cx, {
              claims: said,
              quantities,
              previous: previousPeriod,
              // A base moved back from the period before ("a year earlier") dates no day.
              any: dates.every(isEcho),
              release,
            })
          : said;
      // "If each sailed full, the total comes to 300,000 barrels": an oil total worked out from
      // the runs counted before, in a quotation too, and past a date that dates no figure of its
      // own (the year a cap was set).
      const tallied =
        lastOil && !back
          ? tallyOfCounted(cx, { claims: dated, quantities, counted: lastOil })
          : dated;
      // "shipped 4,000 crates since March that could hold 2 million rounds": what a dated figure
      // holds shares its period.
      const held = capRates(cx, {
        claims: tallied.length > 1 ? heldPeriods(cx, { claims: tallied, quantities }) : tallied,
        quantities,
      });
      // "Manufacturing rose 6.8 percent.": a change the sentence does not date is over the
      // period of the release it reports.
      const measured =
        release !== null && !datesAFigure(dates) && !opensQuote(cx, sentence)
          ? releasePeriods(cx, { claims: held, quantities, release, sentence })
          : held;
      // "grew 4.2% in 2022 and set output for that year at …": the year named before it.
      const within =
        dates.length > 0
          ? yearReferredWithin(cx, { claims: measured, quantities, dates })
          : measured;
      // "pays welders 90,000 rubles a month. They keep a slice of that: 12,000 rubles": a sum paid
      // at the rate of the sum before it, in a sentence that dates no figure.
      const paid = sumRates({
        claims: within,
        quantities,
        before: datesAFigure(dates) ? null : ratedSum,
      });
      ratedSum = paid.rated;
      // "Russia fired 7 missiles on Tuesday night. Three of the missiles were …": a count of part
      // of a group counted before has that count's span.
      const parted = partsOfCounted(cx, { claims: paid.claims, quantities, earlier: claims });
      // "died since the deployment started": the start the text gave the sending before.
      const begun = namedStartPeriods(cx, { claims: parted, sentence, starts });
      noteStarts(starts, begun);
      for (const c of begun) claims.push(c);
    }
    // "…, said Rasmus Kirk. \"A force of 11,000 men…\"": a speaker credited with no figure is
    // still the voice the paragraph goes on in.
    if (quantities.length === 0 && cues.length > 0)
      paragraphSource = creditOf(cues.at(-1)!, carry.sources) ?? paragraphSource;
    announced = quantities.length === 0 && paragraphSource !== null && closesWithCredit(cx, cues);
    const main = quantities.length > 0 ? mainClaim(cx, { claims, quantities }) : null;
    // "That compared with $2.3 billion a year earlier.": a base alone leaves the period before.
    previousPeriod = main?.period && echoes(dates, main.period) ? previousPeriod : main;
    // The sentence's claims are the last ones made, one per figure, in the figures' order.
    const firstOfSentence = claims.length - quantities.length;
    for (let k = 0; k < quantities.length; k++) {
      const c = claims[firstOfSentence + k]!;
      // "all shipped over the same period": the span last stated, closed or still running; not
      // that of a base of comparison ("2.1 million barrels in 2024, against 1 million in 2023").
      if (
        c.period &&
        c.period.start !== null &&
        !echoes(dates, c.period) &&
        !comparedOrCap(cx, quantities[k]!)
      ) {
        lastStated = c.period;
        frame = null;
        if (c.category === 'oil' || c.unit === 'item') lastOil = c.period;
        // The first closed period of a figure of the economy or of trade: the release's.
        if (release === null && c.period.end !== null && RELEASE_CATEGORIES.has(c.category))
          release = c.period;
      }
    }
    if (quantities.length === 0 && dates.length > 0) frame = frameNamed(cx, dates) ?? frame;
    if (dates.length > 0) covered = coveredSpan(cx, dates) ?? covered;
    lastQuantity = quantities.at(-1) ?? lastQuantity;
    if (quantities.length > 0) lastCount = countBefore(quantities);
    if (quantities.length > 0) lentBefore = lastRate(quantities) ?? lastQuantity;
    if (dates.length > 0) lastHappening = happeningDate(cx, dates) ?? lastHappening;
    if (dates.length > 0) point = pointNamed(cx, { dates, before: point });
    quietBefore = quantities.length === 0 ? sentence : null;
    if (quantities.length === 0) ratedSum = null;
    rememberPair(recent, countries);
    twoBefore = twoNamed(countries);
    // "Trade between China and North Korea fell": the two sides a word of trade was said of.
    if (countries.length > 1 && (bits & CUE_TRADE) !== 0) {
      const sides = tradeSides(countries);
      if (sides) {
        tradePair = sides;
        tradeWith = null;
      }
    }
    // An event pairs a date with an event word: a sentence with no word of that bit has none.
    if (dates.length > 0 && (bits & CUE_EVENT) !== 0)
      for (const event of findEvents(cx, { from, to, dates, countries })) events.push(event);
    // '"About 300 trucks pass each week. Before the war it was a trickle," Oh said.': the speaker
    // named as a quotation closes speaks for the figures of its earlier sentences too.
    if (quotedOn && !quote.open && quoteFrom >= 0)
      creditQuotation(claims, { from: quoteFrom, to: sentenceClaims, cues, carry });
    // (The splitter may leave a quotation's opening mark at the end of the sentence before it.)
    const opensAtEnd = tokens.key[to - 1] === '"';
    quoteFrom = !quote.open
      ? -1
      : quotedOn
        ? quoteFrom
        : opensAtEnd
          ? claims.length
          : sentenceClaims;
    if (leadTo > leadFrom && quantities.length === 0 && cues.length > 0) {
      const credit = creditsBefore(cx, { from, cues });
      if (credit)
        creditQuotation(claims, { from: leadFrom, to: leadTo, cues: [credit], carry, cx });
    }
    leadFrom = sentenceClaims;
    leadTo = claims.length;
    for (const cue of cues) remember(carry.sources, cue, spokenIn(cx, cue));
    if (cues.length === 0) rememberSubject(cx, { from, to, memory: carry.sources });
  }
  return {
    format: 'claims/1',
    document: { title: input.title ?? null, published: input.published },
    claims: nameBodies(lex, claims),
    events,
  };
}
