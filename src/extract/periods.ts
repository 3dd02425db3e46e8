import type { ExtractedClaim, PartialDate, Period } from '../domain/index.ts';
import type { DateExpression } from './dates.ts';
import {
  CUE_AMOUNT,
  CUE_FLOW,
  CUE_QUANTITY,
  CUE_SOURCE,
  lexicon,
  tableOf,
  wordsOf,
  type PerUnit,
  type Scan,
} from './lexicon.ts';
import { pairsOf } from './phrase-table.ts';
import { refersBack, type QuantityMatch } from './quantities.ts';
import { claimWith, periodOf } from './records.ts';
import { keyAt, NUMBER, PUNCT, type Tokens } from './tokenize.ts';
import { isPairAt, isWordAt, valueAt, wordsAt } from './word-table.ts';

// The rules that choose a figure's period: which of its sentence's dates dates it, and when a
// sentence with none goes on with the period of the one before.

/** How far back and ahead a date may sit in an aside: ", which fired 10m shells in 2024,". */
const ASIDE_REACH = 15;
/**
 * How far before a date the comma that opens its aside may stand: ", a large sum for a town whose
 * trade with its twin city, a minor partner, came to $30 million last year".
 */
const ASIDE_OPEN_REACH = 25;

/**
 * How far, in tokens, a period may sit from the figure it qualifies: a running total that opens a
 * long list ("Since October 2023, … at least 8 million rounds … across the border by rail and by
 * sea, together with some 90 missiles and over 150 heavy guns") reaches its last figures.
 */
const MAX_PERIOD_DISTANCE = 40;

/**
 * Words of comparison by token id, and the two-word ones ("up from") by their first word, so a
 * token and the next are tested without building a string of the two: this is asked of every
 * word of a sentence.
 */
const COMPARISON_WORDS = wordsOf(lexicon.data.comparisonWords);
const COMPARISON_FIRSTS = tableOf(pairsOf(lexicon.data.comparisonWords));
/** The words before "than" in a bound of a figure ("more than 200"), from the qualifier table. */
const BOUNDS_BY_THAN = new Set(
  Object.keys(lexicon.data.qualifiers).flatMap((phrase) => {
    const words = phrase.split(' ');
    return words.at(-1) === 'than' && words.length > 1 ? [words.at(-2)!] : [];
  }),
);

/**
 * "10,000 laborers, up from fewer than 5,000 in early 2023", "$330 million a year, roughly equal
 * to its exports in 2023": a date after a word of comparison dates the thing compared with.
 */
function comparedBetween(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  const { key } = cx.tokens;
  for (let i = span.from; i < span.to; i++) {
    const k = key[i] ?? '';
    // "…, along with more than 200 missiles": the "than" of a later figure's bound compares
    // nothing; "12% higher than a year earlier" does.
    if (
      k === 'than' &&
      BOUNDS_BY_THAN.has(key[i - 1] ?? '') &&
      (cx.cues[i + 1]! & CUE_QUANTITY) !== 0
    )
      continue;
    if (isWordAt(COMPARISON_WORDS, cx.tokens, i) || isPairAt(COMPARISON_FIRSTS, cx.tokens, i))
      return true;
    // "63 flatcars, against 27 in late March": set off by a comma before a figure, "against" opens
    // a base; not "fired 40 missiles against 12 towns on Monday".
    if (k === 'against' && key[i - 1] === ',' && (cx.cues[i + 1]! & CUE_QUANTITY) !== 0)
      return true;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
const FOUNDING = new Set(lexicon.data.foundingParticiples);
/** "2,000 labourers pledged in May": a date after these is the pledge's. */
const DESCRIBING = new Set(lexicon.data.describingParticiples);
/** Dates that bound a count rather than place a happening. */
const BOUNDS = new Set(['since', 'by', 'until', 'through', 'as']);

/**
 * "a quarter of the 11,000-strong contingent that the North sent in October", "a coalition of
 * 11 countries, launched in October 2024", "2,000 labourers pledged in May": a date in a clause
 * that describes the noun after a figure dates that noun's happening, not the figure.
 */
function describesNoun(
  cx: Scan,
  span: { readonly from: number; readonly to: number; readonly date: DateExpression },
): boolean {
  const { key } = cx.tokens;
  const { date } = span;
  // "6,000 people who arrived over the past two months": a span in the clause is the count's own;
  // a season is one time, as a month is ("the crews that came in spring 2025").
  if (
    BOUNDS.has(key[date.first] ?? '') ||
    date.start === null ||
    (date.start !== date.end && !namesSeason(cx, date))
  )
    return false;
  for (let i = span.from; i < span.to; i++) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';') return false;
    if (RELATIVE_PRONOUNS.has(k) && !cx.lex.speechVerbs.has(key[i - 1] ?? ''))
      return !movesCounted(cx, i + 1);
    if (FOUNDING.has(k) || DESCRIBING.has(k)) return true;
  }
  return false;
}

const HAPPENING_VERBS = new Set(lexicon.data.relativeHappeningVerbs);
const AUXILIARIES = new Set(['were', 'was', 'had', 'have', 'has', 'been']);
/** How many auxiliaries may stand between a relative word and its verb: "who had been sent". */
const AUXILIARY_REACH = 2;

/**
 * Whether the relative clause opening at `at` is the counted things' own movement, the relative
 * word its subject: "who were sent", "that arrived"; not "that the North sent".
 */
function movesCounted(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  let i = at;
  while (i < at + AUXILIARY_REACH && AUXILIARIES.has(key[i] ?? '')) i++;
  return HAPPENING_VERBS.has(key[i] ?? '');
}

/** Whether a date names a season ("in spring 2025", "the autumn of 2024"). */
function namesSeason(cx: Scan, date: DateExpression): boolean {
  for (let i = date.first; i < date.last; i++)
    if (cx.lex.seasons.has(cx.tokens.key[i] ?? '')) return true;
  return false;
}

/**
 * How far before a figure its verb of valuing may stand: "put North Korea's earnings at", "had
 * put its losses, counting the missing, at".
 */
const VALUATION_REACH = 12;

const PART_OF_YEAR = new Set(['early', 'late', 'mid']);

/**
 * "which Syrskyi put at around 700,000 troops in August", "put the earnings at 20 trillion won in
 * early 2025": a month, or a part of a year, after a valued figure is when it was valued. A whole
 * year ("put trade at $34 million in 2023") is the figure's own.
 */
function valuedWhen(
  cx: Scan,
  input: { readonly q: QuantityMatch; readonly date: DateExpression },
): boolean {
  const { date, q } = input;
  const { key } = cx.tokens;
  const { start } = date;
  if (start === null || start !== date.end || key[date.first] !== 'in') return false;
  if (start.length !== 7 && !PART_OF_YEAR.has(key[date.first + 1] ?? '')) return false;
  for (let i = q.first - 1; i >= 0 && i >= q.first - VALUATION_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';' || cx.tokens.kind[i] === NUMBER) return false;
    if (cx.lex.valuationVerbs.has(k)) return true;
  }
  return false;
}

/** Words before a date that make it the date of a document ("adopted in December 2017"). */
const DOCUMENT_DATE_WORDS = new Set(lexicon.data.documentDateWords);
/** The same words and the bundled verbs of saying by word id, for the scan before every date. */
const DOCUMENT_DATE_LIST = wordsOf(DOCUMENT_DATE_WORDS);
const SPEECH_VERB_LIST = wordsOf(lexicon.speechVerbs);

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
      if (which < 0) return openingRate(cx, i);
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

/** How far before the "at" or "to" of a figure the rate word of its clause's subject may stand. */
const SUBJECT_RATE_REACH = 10;
/** The most words before a subject's rate word in its clause: "Kenya's yearly", "its typical monthly". */
const SUBJECT_LEAD = 5;
/** Words that open the clause of a subject: "…, was fixed when the mine's yearly output stood at". */
const SUBJECT_OPENERS = new Set([',', 'when', 'that', 'while', 'and', 'as']);
/** What links a subject's level to its figure: "was reckoned at", "has risen to". */
const LEVEL_LINKS = wordsOf(['at', 'to']);

/**
 * "Kenya's yearly need for wheat was reckoned at 2.4 million tonnes", "the typical monthly rent in
 * the capital has risen to 61,000 rubles": a rate word that opens the subject of the clause a level
 * ends is the level's rate, past the verb that `rateBefore` stops at. Not a change, and not a
 * figure after "below the" or "than", which compares.
 */
function subjectRate(cx: Scan, q: QuantityMatch): PerUnit | null {
  const { lex, tokens } = cx;
  // A figure at the first token has no link before it, and a read at index -1 would slow the shared
  // helper wherever it is inlined (docs, Speed).
  if (q.change || q.unit === 'percent' || q.first === 0) return null;
  if (!isWordAt(LEVEL_LINKS, tokens, q.first - 1)) return null;
  const link = q.first - 1;
  for (let i = link - 2; i >= 0 && i >= link - SUBJECT_RATE_REACH; i--) {
    const key = tokens.key[i] ?? '.';
    if (tokens.kind[i] === NUMBER || key === '.' || key === ';' || key === ',') return null;
    const m = lex.perPhrases.match(tokens, i, i + 1);
    if (!m || m.end !== i + 1) continue;
    // The rate word opens its clause's subject: only a few words of the noun phrase before it.
    if (opensSentence(cx, i)) return m.value;
    for (let s = i - 1; s >= 0 && s >= i - SUBJECT_LEAD; s--)
      if (SUBJECT_OPENERS.has(tokens.key[s] ?? '') || opensSentence(cx, s)) return m.value;
    return null;
  }
  return null;
}

/** How far before the verb of a figure's clause a rate that opens the sentence may end. */
const OPENING_RATE_REACH = 8;
/** The most words a rate phrase has ("in a typical year"). */
const RATE_WORDS = 4;

/**
 * "Each year, North Korea earns $500 million", "Every month, Russia delivers 60,000 barrels": a
 * rate that opens the sentence, set off by a comma, frames the clause after it.
 */
function openingRate(cx: Scan, verb: number): PerUnit | null {
  const { lex, tokens } = cx;
  for (let k = verb - 1; k > 0 && k >= verb - OPENING_RATE_REACH; k--) {
    const key = tokens.key[k];
    if (key === '.' || key === ';' || tokens.kind[k] === NUMBER) return null;
    if (key !== ',') continue;
    for (let s = k - 1; s >= 0 && s >= k - RATE_WORDS; s--) {
      if (!opensSentence(cx, s)) continue;
      const m = lex.perPhrases.match(tokens, s, k);
      return m && m.end === k ? m.value : null;
    }
    return null;
  }
  return null;
}

/** Words of the present, the same way: asked of every word near a figure. */
const PRESENT_WORDS = wordsOf(lexicon.data.presentWords);
const PRESENT_FIRSTS = tableOf(pairsOf(lexicon.data.presentWords));
/** How far after a figure, and before it, a word of the present may stand. */
const PRESENT_AFTER = 4;
const PRESENT_BEFORE = 3;

/**
 * "about 11,000 are now in the Kursk region", "perhaps a third now", "a third of Russian fire at
 * present": a figure said of the time of writing, which no earlier date covers.
 */
function atPresent(cx: Scan, q: QuantityMatch): boolean {
  return nearFigure(cx, { q, after: PRESENT_AFTER, before: PRESENT_BEFORE }, presentAt);
}

const FIRST_GROUP = tableOf(pairsOf(lexicon.data.firstGroupPhrases));
/** How far from a figure "the initial contingent" may stand: "the initial contingent of around". */
const FIRST_GROUP_REACH = 6;

/**
 * "the initial contingent of around 11,000 troops", "about 11,000 were sent in the first wave",
 * "roughly half of its original contingent": the first group sent, which the dates of later
 * rotations and reinforcements in its sentence do not date.
 */
function ofFirstGroup(cx: Scan, q: QuantityMatch): boolean {
  return nearFigure(cx, { q, after: FIRST_GROUP_REACH, before: FIRST_GROUP_REACH }, firstGroupAt);
}

function firstGroupAt(tokens: Tokens, i: number): boolean {
  return isPairAt(FIRST_GROUP, tokens, i);
}

/**
 * Whether `test` holds of a token of the figure's clause, from its last token up to `after`
 * tokens on or in the `before` tokens before it; another figure ends the clause.
 */
function nearFigure(
  cx: Scan,
  reach: { readonly q: QuantityMatch; readonly after: number; readonly before: number },
  test: (tokens: Tokens, i: number) => boolean,
): boolean {
  const { q, after, before } = reach;
  const { tokens } = cx;
  const { key, kind } = tokens;
  for (let i = q.last; i < key.length && i < q.last + after; i++) {
    if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, tokens, i)) break;
    if (test(tokens, i)) return true;
  }
  for (let i = q.first - 1; i >= 0 && i >= q.first - before; i--) {
    if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, tokens, i)) break;
    if (test(tokens, i)) return true;
  }
  return false;
}

function presentAt(tokens: Tokens, i: number): boolean {
  return isWordAt(PRESENT_WORDS, tokens, i) || isPairAt(PRESENT_FIRSTS, tokens, i);
}

/**
 * How far after a figure "every month" may stand: "drones that Russia launches every month", "the
 * 500,000 barrels of refined products it may receive per year". The clause ends the search first
 * (a comma, another figure); this only bounds the work.
 */
const RATE_AFTER_REACH = 12;
const EVERY_WORDS = wordsOf(['every', 'each']);
const RATE_UNITS = tableOf<PerUnit>([
  ['year', 'year'],
  ['month', 'month'],
  ['day', 'day'],
  // "launched 150 drones each night": the nights of a span are its days.
  ['night', 'day'],
]);

/** Where a rate phrase of more words may begin after a figure: "in any given year", "per twelve-month period". */
const RATE_OPENERS = wordsOf(['in', 'per', 'on']);
/** "a year", "per month" after a figure's noun: the article of a rate, as "every" is. */
const RATE_ARTICLES = wordsOf(['a', 'per']);
/** "for a year", "within a month": a length of time or a deadline, not a rate. */
const RATE_NOT_AFTER = new Set(lexicon.data.rateNotAfterWords);
/** "a year earlier", "a month ago": a distance in time, not a rate. */
const RATE_NOT_BEFORE = new Set(lexicon.data.rateNotBeforeWords);

/**
 * "Hundreds of wagons now cross every month", "the drones that Russia launches every month",
 * "the 300,000 tonnes the mill may sell in a year":
 * "every", "each", "a" or "per" with a unit of time later in the figure's clause is its rate.
 */
function rateAfter(
  cx: Scan,
  input: { readonly q: QuantityMatch; readonly dates: readonly DateExpression[] },
): PerUnit | null {
  const { q } = input;
  const { key, kind } = cx.tokens;
  for (let i = q.last; i < key.length && i < q.last + RATE_AFTER_REACH; i++) {
    if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, cx.tokens, i)) return null;
    // "500,000 barrels of refined products in an entire year", "4 million barrels in each
    // twelve-month period": a rate phrase of the lexicon, read where one may begin.
    if (isWordAt(RATE_OPENERS, cx.tokens, i)) {
      const phrase = cx.lex.perPhrases.match(cx.tokens, i);
      if (phrase) return phrase.value;
    }
    if (isWordAt(EVERY_WORDS, cx.tokens, i)) return valueAt(RATE_UNITS, cx.tokens, i + 1) ?? null;
    // "a year since 2022", "a month in the winter": a date after the rate is no distance in time.
    if (
      isWordAt(RATE_ARTICLES, cx.tokens, i) &&
      !RATE_NOT_AFTER.has(key[i - 1] ?? '') &&
      // "in a night of strikes" is one night; "per night" is a rate.
      !(key[i] === 'a' && key[i + 1] === 'night') &&
      (!RATE_NOT_BEFORE.has(key[i + 2] ?? '') || dateAt(input.dates, i + 2))
    ) {
      const unit = valueAt(RATE_UNITS, cx.tokens, i + 1);
      if (unit) return unit;
    }
  }
  return null;
}

/** Whether one of the sentence's dates begins at token `at`. */
function dateAt(dates: readonly DateExpression[], at: number): boolean {
  for (const d of dates) if (d.first === at && (d.start !== null || d.end !== null)) return true;
  return false;
}

/** Tokens that close the clause of a figure before a rate after it. */
const CLAUSE_ENDS = new Set(['.', ';', ',', ':', '"', '(', ')', '—', '–']);
const CLAUSE_END_WORDS = wordsOf(CLAUSE_ENDS);

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
function reportsAfter(
  cx: Scan,
  span: {
    readonly from: number;
    readonly to: number;
    /** Whether the date is a month or finer, which a bare "said North Korea had" may date. */
    readonly month: boolean;
    /** Whether the date is a bound "by" opens ("By April the agency had raised its estimate"). */
    readonly by: boolean;
  },
): boolean {
  const { lex, tokens } = cx;
  const { key } = tokens;
  // "saying in May that …": the date stands between the verb and its "that".
  if (key[span.from] === 'that') return true;
  for (let i = span.from; i < span.to; i++) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';') return false;
    if (lex.valuationVerbs.has(k)) return true;
    // "By April the agency had raised its estimate to 4,700": the bound is the estimate's.
    if (span.by) {
      if (isWordAt(ESTIMATE_NOUNS, tokens, i) && isWordAt(ESTIMATE_LINKS, tokens, i + 1))
        return true;
      if (!lex.speechVerbs.has(k)) continue;
      // "by September it said 2,000 had died"; not "By November, the agency told lawmakers, 1
      // million shells had been sent", where the saying is an aside and the bound the count's.
      for (let j = i + 1; j < span.to; j++) if (key[j] === ',') return false;
      return true;
    }
    if (!lex.speechVerbs.has(k)) continue;
    for (let j = i + 1; j < span.to && j <= i + THAT_REACH; j++) if (key[j] === 'that') return true;
    // "In October, the agency said the North would send 12,000 troops": a month's saying with no
    // "that"; a year ("In 2024, the bank said exports reached $50m") stays the figure's, and "said,"
    // opens an aside.
    if (span.month && key[i + 1] !== ',') return true;
  }
  return false;
}

/** "raised its estimate to 4,700", "revised its count to": what a bound before them dates. */
const ESTIMATE_NOUNS = wordsOf(lexicon.data.estimateNouns);
const ESTIMATE_LINKS = wordsOf(['to', 'at']);
const SPEECH_VERBS = wordsOf(lexicon.data.speechVerbs);

/** How far past a "by" date the verb of saying it bounds may stand: "by September it said". */
const BOUND_SAYING_REACH = 4;

/** "by September it said", "By April the agency had raised its estimate to": a date of a saying. */
function boundsSaying(cx: Scan, d: DateExpression): boolean {
  const { tokens } = cx;
  const end = Math.min(tokens.key.length, d.last + BOUND_SAYING_REACH);
  for (let i = d.last; i < end; i++) {
    if (tokens.kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, tokens, i)) return false;
    if (isWordAt(SPEECH_VERBS, tokens, i)) return true;
    if (isWordAt(ESTIMATE_NOUNS, tokens, i) && isWordAt(ESTIMATE_LINKS, tokens, i + 1)) return true;
  }
  return false;
}

/** How far before a date its verb of saying may stand: "told the BBC in September". */
const SAYING_REACH = 4;
/**
 * How far, when a phrase of where or how comes between: "said in a separate assessment last
 * month", "published on a state purchasing portal in February 2025".
 */
const SAYING_PHRASE_REACH = 7;
const SAYING_PHRASE_OPENERS = wordsOf(['in', 'on', 'at']);

/** Whether the words between a verb and a date are a phrase of where or how, with no figure in it. */
function sayingPhrase(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  if (!isWordAt(SAYING_PHRASE_OPENERS, cx.tokens, span.from)) return false;
  // "confirmed at least two cases this year": a figure's bound is no phrase of where.
  // (A dash carries the bit too, for ranges: "a closed-door briefing" has no figure.)
  for (let i = span.from; i < span.to; i++)
    if ((cx.cues[i]! & CUE_AMOUNT) !== 0 && cx.tokens.kind[i] !== PUNCT) return false;
  return true;
}

/** "last year's harvest", "this year's calls": a date that a possessive ties to the noun after it. */
function possessiveAfter(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  return key[d.last] === "'" && key[d.last + 1] === 's';
}

/** "told the BBC in September", "published last month": the date of saying, not of the figure. */
function datesTheSaying(cx: Scan, d: DateExpression): boolean {
  const { lex, tokens } = cx;
  // Nobody says "since": a running total's opening is the figure's, not the saying's, also when
  // a clause names the happening it opens from ("since it began filing reports in 2019").
  if (tokens.key[d.first] === 'since') return false;
  // "said last year's harvest came to": a year held by the noun after it is that noun's.
  if (possessiveAfter(cx, d)) return false;
  for (let i = d.first - 1; i >= 0 && i >= d.first - SAYING_PHRASE_REACH; i--) {
    const key = tokens.key[i] ?? '';
    // "an estimated 96% in 2023": a figure between the verb and the date takes the date.
    // "believed to have fired since 2022": the verb after "to" is the figure's own.
    if (key === 'that' || key === ',' || key === 'to' || tokens.kind[i] === NUMBER) return false;
    // "…, the source said. In July, Moscow shipped": a verb of the sentence before says nothing here.
    if (key === '.' || key === ';' || key === '?' || key === '!') return false;
    const speech =
      lex === lexicon ? isWordAt(SPEECH_VERB_LIST, tokens, i) : lex.speechVerbs.has(key);
    if (!speech && !isWordAt(DOCUMENT_DATE_LIST, tokens, i)) continue;
    // "said it had confirmed at least two cases this year", "signed a treaty in Pyongyang in June
    // 2024": past the near reach, only a phrase of where or how stands between verb and date.
    if (i < d.first - SAYING_REACH && !sayingPhrase(cx, { from: i + 1, to: d.first })) return false;
    if (speech) return sinceAt(cx, d) < 0;
    // "the law passed in 2017"; not "payments passed through the bank in 2024".
    return !MOTION_AFTER.has(tokens.key[i + 1] ?? '') && sinceAt(cx, d) < 0;
  }
  return false;
}

/** How far past a figure its "by then" may stand: "had been killed or wounded by then". */
const BY_THEN_REACH = 8;

/**
 * Whether "by then" stands in the clause of a figure, between the date of saying at `from` and the
 * figure ("told lawmakers in May that the North had by then sent 200 guns") or just after it.
 */
function byThen(cx: Scan, input: { readonly from: number; readonly q: QuantityMatch }): boolean {
  const { key } = cx.tokens;
  const { q } = input;
  const end = Math.min(key.length - 1, q.last + BY_THEN_REACH);
  let found = false;
  for (let i = input.from; i < end; i++) {
    const k = key[i];
    if (k === '.' || k === ';' || (k === ',' && i >= q.last)) return found;
    // "had by then shipped 12 million shells, and estimated that they were 40% of …": a figure
    // between "by then" and this one is what it bounds.
    if (i < q.first && cx.tokens.kind[i] === NUMBER) found = false;
    if (k === 'by' && key[i + 1] === 'then') found = true;
  }
  return found;
}

/** Words after "passed" or "issued" that make it a movement, not a document's act. */
const MOTION_AFTER = new Set(['through', 'across', 'into']);

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

/**
 * "sent shells and, from March 2025, some 4,000 engineers": a "from" date set off by
 * commas opens a span as "since" does; it is no base of a comparison.
 */
function opensFrom(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  return (
    key[d.first] === 'from' &&
    key[d.last] === ',' &&
    (key[d.first - 1] === ',' || opensSentence(cx, d.first))
  );
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
  if (k === 'and') return !figureNext && !pairInList(cx, at);
  return k === 'from' && figureNext;
}

/** How far the second noun of a pair inside a list item may run: "self-propelled rocket launchers". */
const PAIR_REACH = 6;

/**
 * "about 90 howitzers and mortars, and 6,000 crates": an "and" that joins two nouns of one item,
 * the comma after them going on to the list's next figure, joins no clauses.
 */
function pairInList(cx: Scan, at: number): boolean {
  const { key, kind } = cx.tokens;
  for (let j = at + 1; j <= at + PAIR_REACH; j++) {
    const k = key[j];
    if (k === undefined || kind[j] === NUMBER) return false;
    if (k !== ',') {
      if (CLAUSE_ENDS.has(k) || CLAUSE_BREAKS.has(k) || k === 'and') return false;
      continue;
    }
    const next = key[j + 1] === 'and' ? j + 2 : j + 1;
    return (cx.cues[next]! & CUE_QUANTITY) !== 0;
  }
  return false;
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
/** What may stand right before a record's superlative: "the highest", "its fastest", ", highest". */
const RECORD_OPENERS = new Set(['the', 'its', 'their', ',']);

/** "the highest since 2017", "the first since the war began": a record's date, not a period. */
function sinceRecord(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  const since = key[d.first] === 'since' ? d.first : sinceAt(cx, d);
  if (since < 0) return false;
  // "the highest since", "the 16th since", "its fastest pace since", ", highest since"; not "a
  // fifth since May", a share, nor past a figure ("the fastest ships have carried 900 since").
  for (let i = since - 1; i >= 0 && i >= since - SUPERLATIVE_REACH; i--) {
    if (cx.tokens.kind[i] === NUMBER) return false;
    if (
      SUPERLATIVES.has(key[i] ?? '') &&
      (RECORD_OPENERS.has(key[i - 1] ?? '') || key[i - 2] === 'the')
    )
      return true;
  }
  return false;
}

/** Words that open a ", which …," aside, or an appositive that has one (", a staple that …,"). */
const ASIDE_OPENERS = new Set(['which', 'who', 'where', 'a', 'an']);
const ASIDE_RELATIVES = wordsOf(['which', 'who', 'where', 'that', 'whose']);

/**
 * "shipments of soybean oil, a staple that had been scarce last year, reached $96 million",
 * "Russia, which fired 10m shells in 2024, now relies on the North for half": the comma-bounded
 * aside a date sits in, whose date is said of the noun it describes; null when it is in none.
 */
function dateAside(cx: Scan, d: DateExpression): { from: number; to: number } | null {
  const { key } = cx.tokens;
  let open = -1;
  let relative = false;
  for (let i = d.first - 1; i >= 0 && i >= d.first - ASIDE_OPEN_REACH; i--) {
    const k = key[i] ?? '';
    if (k === ',') {
      open = i;
      // ", whose trade with its twin city, a minor partner, came to": a comma after the relative
      // word bounds an appositive inside the clause, not the aside.
      if (!relative) continue;
      break;
    }
    if (k === '.' || k === ';' || k === ':' || k === '"') return null;
    if (isWordAt(ASIDE_RELATIVES, cx.tokens, i)) relative = true;
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

const RUNNING_TOTAL = wordsOf(lexicon.data.runningTotalWords);
/** How far before a figure ", bringing the total number of soldiers sent to Russia to" may open. */
const RUNNING_REACH = 16;

/**
 * "3,000 more were sent in January, bringing the total to 14,000": the comma that opens a clause of
 * a running total the figure ends, before which no date covers it; -1 when there is none.
 */
function runningTotalFrom(cx: Scan, q: QuantityMatch): number {
  const { key } = cx.tokens;
  for (let i = q.first - 1; i > 0 && i >= q.first - RUNNING_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';' || cx.tokens.kind[i] === NUMBER) return -1;
    if (isWordAt(RUNNING_TOTAL, cx.tokens, i) && key[i - 1] === ',') return i - 1;
  }
  return -1;
}

const WRITING_DAY = new Set(lexicon.data.writingDayWords);
/** How far before a day a word of publication may stand: "released by the customs office on". */
const RELEASED_REACH = 8;

/**
 * "the yard held 25 railcars on August 30": a day that may date a count, being neither the day of
 * writing ("today") nor that of a publication ("the data, released by customs on January 20").
 */
function countsOnDay(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  if (WRITING_DAY.has(key[d.first] ?? '')) return false;
  for (let i = d.first - 1; i >= 0 && i >= d.first - RELEASED_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';') return true;
    if (DOCUMENT_DATE_WORDS.has(k)) return false;
  }
  return true;
}

/** How far past a count the day of its own clause may stand: "lost 900 men dead or hurt on". */
const OWN_DAY_REACH = 10;

/**
 * "the brigade lost 640 men on Monday", "killed 21 soldiers and wounded 40 on Friday": a
 * day the clause of a toll names after it is the day of the losses, also in a sentence that
 * credits someone; not a day past a comma, a joiner or a verb of saying, which dates the saying or
 * a clause of its own ("…, officials said on Monday", "and on Saturday released a video"). Other
 * counts but a salvo's (launchDay) keep a credited sentence's day as the day of saying ("sent
 * 3,000 troops on May 2, according to Seoul"), as the annotated sets read them.
 */
function ownDay(
  cx: Scan,
  input: { readonly d: DateExpression; readonly q: QuantityMatch },
): boolean {
  const { d, q } = input;
  // "on Thursday and Friday", "on 4-5 May": two days read as one are as much the toll's.
  if (
    d.first < q.last ||
    d.first - q.last > OWN_DAY_REACH ||
    d.start === null ||
    (d.start !== d.end && !d.weekday && !d.day)
  )
    return false;
  const { tokens } = cx;
  if (tokens.key[d.first - 1] === 'and' || !countsOnDay(cx, d)) return false;
  for (let i = q.last; i < d.first; i++) {
    const k = tokens.key[i] ?? '';
    if (k === 'that' || DOCUMENT_DATE_WORDS.has(k) || isWordAt(CLAUSE_END_WORDS, tokens, i))
      return false;
    if (cx.lex === lexicon ? isWordAt(SPEECH_VERB_LIST, tokens, i) : cx.lex.speechVerbs.has(k))
      return false;
  }
  return true;
}

const LAUNCH_VERBS = wordsOf(lexicon.data.launchVerbs);
/** How far before a count its verb of launching may stand: "fired 60 drones and two cruise". */
const LAUNCH_REACH = 8;

/** Whether a word of saying, a "that" or a clause's end stands at `i`: what parts a day from a verb. */
function partsClause(cx: Scan, i: number): boolean {
  const { tokens } = cx;
  const k = tokens.key[i] ?? '';
  if (k === 'that' || k === '.' || k === ';' || isWordAt(CLAUSE_END_WORDS, tokens, i)) return true;
  return cx.lex === lexicon ? isWordAt(SPEECH_VERB_LIST, tokens, i) : cx.lex.speechVerbs.has(k);
}

/**
 * "Russia fired 40 drones at Odesa on Sunday", "On Sunday, Russia launched 40 drones", "launched
 * 40 drones at the port overnight": the day of a salvo is that of what it sent, also in a sentence
 * that credits someone, as the day of a toll is; not a day past a comma or a verb of saying after
 * the count, nor an opening day with a saying before the verb ("On Sunday, the navy said Russia
 * fired 40 drones"), which date the saying.
 */
function launchDay(
  cx: Scan,
  input: { readonly d: DateExpression; readonly q: QuantityMatch },
): boolean {
  const { d, q } = input;
  if (d.start === null || d.start !== d.end) return false;
  const { tokens } = cx;
  let verb = -1;
  for (let i = q.first - 1; i >= 0 && i >= q.first - LAUNCH_REACH; i--) {
    if (isWordAt(LAUNCH_VERBS, tokens, i)) {
      verb = i;
      break;
    }
    if (partsClause(cx, i)) return false;
  }
  if (verb < 0) return false;
  if (d.first >= q.last) return ownDay(cx, input);
  // An opening day: "On Sunday, Russia fired", with nothing before it in its sentence.
  if (d.last > verb || !opensSentence(cx, d.first)) return false;
  for (let i = d.last; i < verb; i++) if (tokens.key[i] !== ',' && partsClause(cx, i)) return false;
  return countsOnDay(cx, d);
}

const STRIKE_WORDS = new Set(lexicon.data.strikeWords);
/** How far before a day its strike may be named: "slammed into a block in the city in the early hours of". */
const STRIKE_REACH = 12;

/**
 * "A missile that hit a block in Kyiv on Oct. 3 killed nine people", "the strike on Kharkiv on
 * May 2 that wounded 30": the day of a strike dates what it did, also in a sentence that credits
 * someone, where a day is otherwise that of saying.
 */
function strikeDay(
  cx: Scan,
  input: { readonly d: DateExpression; readonly q: QuantityMatch },
): boolean {
  const { d, q } = input;
  const { key, kind } = cx.tokens;
  // ", killing two people": a toll set off after the day is told apart from it, and annotators
  // leave it undated as often as not.
  const from = d.last < q.first ? d.last : q.last;
  const to = d.last < q.first ? q.first : d.first;
  for (let i = from; i < to; i++) if (key[i] === ',') return false;
  for (let i = d.first - 1; i >= 0 && i >= d.first - STRIKE_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';' || kind[i] === NUMBER) return false;
    if (STRIKE_WORDS.has(k)) return true;
  }
  return false;
}

const IMAGE_WORDS = wordsOf(lexicon.data.imageWords);
/** How far before a date the picture it dates may be named: "imagery of the yard showed 240 wagons on". */
const IMAGE_REACH = 10;

/**
 * "Imagery from September 28 shows 40 railcars", "in an image taken on Aug. 19", "clips posted
 * in July showed 30 men": the date of a picture is when what it shows was there, the figure's
 * date, though the picture "shows" like a speaker and the sentence credits an analyst.
 */
function datesImage(cx: Scan, d: DateExpression): boolean {
  const { tokens } = cx;
  for (let i = d.first - 1; i >= 0 && i >= d.first - IMAGE_REACH; i--) {
    if (tokens.key[i] !== ',' && isWordAt(CLAUSE_END_WORDS, tokens, i)) return false;
    // "photographs published last week": the day a picture came out is not when it was taken.
    if (DOCUMENT_DATE_WORDS.has(tokens.key[i] ?? '')) return false;
    if (isWordAt(IMAGE_WORDS, tokens, i)) return true;
  }
  return false;
}

const SHOWING_VERBS = wordsOf(lexicon.data.imageShowingVerbs);
/** How far before its verb of showing the picture may be named, past an aside on who read it. */
const SHOWN_REACH = 30;

/**
 * "Images analysed by 38 North, a website that monitors the North, showed 43 railcars in the yard
 * on 14 February", "On June 11, commercial imagery showed three tankers loading": a count a
 * picture showed is of the day the picture was taken, wherever the sentence names the day.
 */
function shownByImage(cx: Scan, q: QuantityMatch): boolean {
  const verb = q.first - 1;
  if (verb <= 0 || !isWordAt(SHOWING_VERBS, cx.tokens, verb)) return false;
  const { key } = cx.tokens;
  for (let i = verb - 1; i >= 0 && i >= verb - SHOWN_REACH; i--) {
    const k = key[i];
    // (A number may be part of a name: "images analysed by 38 North".)
    if (k === '.' || k === ';') return false;
    if (isWordAt(IMAGE_WORDS, cx.tokens, i)) return true;
  }
  return false;
}

const OWN_COUNT_VERBS = wordsOf(lexicon.data.ownCountVerbs);
/** The watcher who counts in the first person: "we counted", not "the ministry counted". */
const OWN_COUNTERS = new Set(['we']);

/**
 * "On May 3 we counted 58 railcars", "we logged 12 tankers at the pier on 9 April": a count the
 * writers made themselves is of the day they made it, as a picture's is.
 */
function countedByUs(cx: Scan, q: QuantityMatch): boolean {
  const verb = q.first - 1;
  return (
    verb > 0 &&
    isWordAt(OWN_COUNT_VERBS, cx.tokens, verb) &&
    OWN_COUNTERS.has(keyAt(cx.tokens.key, verb - 1) ?? '')
  );
}

/** The period of a figure: the nearest of its sentence's dates that dates it, and its rate. */
export function choosePeriod(
  cx: Scan,
  input: {
    readonly dates: readonly DateExpression[];
    readonly q: QuantityMatch;
    /** The sentence's figures, in order. */
    readonly quantities: readonly QuantityMatch[];
    /** Whether a day may date a count: only in a sentence that credits no one, where it is no day of saying. */
    readonly days?: boolean;
    /** The last date of a happening the text named before this sentence, which "has since" opens from. */
    readonly before?: DateExpression | null;
    /** Whether the figure is pledged ("agreed to send"), not yet sent. */
    readonly pledged?: boolean;
    /** Whether the figure counts the dead or wounded, a toll counted from the start. */
    readonly toll?: boolean;
  },
): Period | null {
  const { dates, q, quantities } = input;
  // "80,000 rubles a month ($900)", "1.1 trillion won ($800 million) over three years": a sum
  // restated in another currency covers the time of the one it restates.
  const restated = keyAt(cx.tokens.key, q.first - 1) === '(' ? restatedFigure(quantities, q) : null;
  if (restated) return choosePeriod(cx, { ...input, q: restated });
  // "about 15,000 in all, including some 3,000 sent in January and February": the part's own date
  // is its period, over the whole's; the whole's clause ends where the parts begin.
  const including = includingAround(cx, { q, quantities });
  let best: DateExpression | null =
    including.part >= 0 ? ownItemDate(cx, { q, dates, quantities }) : null;
  let bestDistance = Infinity;
  let bestThen = false;
  // The figure's own facts are read only when a date needs them: most dates fail a cheaper test
  // first, and a date no nearer than the best so far cannot win.
  let running: number | undefined;
  let now: boolean | undefined;
  let shown: boolean | undefined;
  const { key } = cx.tokens;
  for (const d of best === null ? dates : NO_DATES) {
    if (d.start === null && d.end === null) continue;
    if (d.first > including.whole && d.first < including.partsEnd) continue;
    const gap = d.last <= q.first ? q.first - d.last : d.first >= q.last ? d.first - q.last : 0;
    // Bounded by the reach, so a long sentence of dates and figures stays linear.
    if (gap > MAX_PERIOD_DISTANCE || gap >= bestDistance) continue;
    if (d.last < q.first && d.last <= (running ??= runningTotalFrom(cx, q))) continue;
    // "about 11,000 are now in Kursk", "the initial contingent of 11,000": a figure of the time
    // of writing or of the first group sent; a running total ("has now sent 20,000 since 2023")
    // still opens where it says, and a date right after the figure is its own ("the first
    // contingent of 11,000 in October").
    if (
      !BOUNDS.has(key[d.first] ?? '') &&
      d.first !== q.last &&
      (now ??= atPresent(cx, q) || ofFirstGroup(cx, q))
    )
      continue;
    // "14,000 have rotated through since the autumn, and about 11,000 remain": an opening or a
    // cut-off in a clause before does not reach a figure said of the time of writing, unless it
    // opens the sentence ("Since 2023, it has now sent 20,000").
    if (
      BOUNDS.has(key[d.first] ?? '') &&
      d.last <= q.first &&
      commaBetween(cx, d.last, q.first) &&
      !framesClause(cx, d.first) &&
      (now ??= atPresent(cx, q) || ofFirstGroup(cx, q))
    )
      continue;
    let image: boolean | undefined;
    // A day dates a happening, not a count, unless the count is that day's: "on Monday alone";
    // in a sentence that credits no one, a day that is no day of writing or of a publication
    // dates the count it opens ("On March 3, the yard held 40 railcars").
    // "since its troops crossed the border on Feb. 24, 2022": a day a running total opens from.
    if (
      (d.weekday ||
        (d.day &&
          !(
            (input.days === true ||
              (image ??= datesImage(cx, d)) ||
              (shown ??= shownByImage(cx, q) || countedByUs(cx, q)) ||
              strikeDay(cx, { d, q })) &&
            countsOnDay(cx, d)
          ))) &&
      key[d.last] !== 'alone' &&
      !(d.day && sinceAt(cx, d) >= 0) &&
      !(input.toll === true && ownDay(cx, { d, q })) &&
      !launchDay(cx, { d, q })
    )
      continue;
    if (sinceRecord(cx, d)) continue;
    // "twice as many arrivals as in 2022", "18 percent more than in February": the time compared
    // with, which no figure states, is no figure's period.
    if (baseWithoutFigure(cx, d)) continue;
    // "topped out near $2bn in 2023 and have since dropped 25%": a change after "has since"
    // runs on from the date before it to the time of writing, which annotators leave undated.
    if (q.change && d.last <= q.first && sinceBetween(cx, d.last, q.first)) continue;
    // "As of February 16, the prosecutor stated that…": a cut-off or an opening dates the count.
    // "said in January that 4,000 had been killed by then": "by then" makes the day of saying the
    // end of what is said.
    let then = false;
    if (
      ((datesTheSaying(cx, d) && !(image ??= datesImage(cx, d))) ||
        (d.last <= q.first &&
          d.end !== null &&
          (d.start !== null || key[d.first] === 'by') &&
          // "…, and judged they held 300,000 barrels": what the runs dated carried.
          !oilTheyCarried(cx, d.last, q) &&
          reportsAfter(cx, {
            from: d.last,
            to: q.first,
            month: d.end.length > 4 && d.start === d.end,
            by: d.start === null,
          }) &&
          // "On June 11, commercial imagery showed three tankers": the picture's "showed" says
          // nothing; its day is the count's.
          !(
            (image ??= datesImage(cx, d)) ||
            (d.day && (shown ??= shownByImage(cx, q)) && countsOnDay(cx, d))
          ))) &&
      !(then = d.last <= q.first && d.end !== null && byThen(cx, { from: d.last, q }))
    )
      continue;
    // "raised its estimate to 4,700, and by September it said 2,000 had died", "…, and in
    // September it said": a later date of a saying in a clause of its own dates no figure before.
    if (
      d.first >= q.last &&
      ((d.start === null && key[d.first] === 'by') ||
        (d.first > 0 && key[d.first - 1] === 'and')) &&
      boundsSaying(cx, d)
    )
      continue;
    // "The port unloaded 70,000 tonnes of coal in 2023, up from 50,000 tonnes a year earlier, along
    // with 8,000 tonnes of salt": a date right after the base of a comparison is that base's.
    if (d.last <= q.first && endsBase(cx, { quantities, at: d.first })) continue;
    // "raised its count of the dead to 2,000, up from 600 in April", "three times its April
    // figure": a toll is counted from the start, so a month after it dates the earlier estimate.
    if (input.toll === true && d.first >= q.last && earlierEstimateMonth(cx, { q, d, dates }))
      continue;
    if (d.first >= q.last && comparedBetween(cx, { from: q.last, to: d.first })) continue;
    if (d.first >= q.last && describesNoun(cx, { from: q.last, to: d.first, date: d })) continue;
    if (d.first >= q.last && valuedWhen(cx, { q, date: d })) continue;
    // "up 15% on the same period of 2023": the span a change is measured against is not its own.
    if (q.change && d.echo === true && d.first >= q.last) continue;
    // "For the first seven months, trade reached $1.28 billion, up 9% on the same period of
    // 2024": a base after a later change is that change's, not the level's before it.
    if (d.echo === true && d.first >= q.last && changeBetween(quantities, q.last, d.first))
      continue;
    // "figures for the first half show trade up 18% from the like period of 2024, at $1.3 billion":
    // a base right after a change is that change's, not the level that follows it.
    if (d.echo === true && d.last <= q.first && changeEndsAt(quantities, d.first)) continue;
    // "up 35% on 2023": a year right after a change is what it is measured against.
    if (q.change && d.first === q.last && key[d.first] === 'on' && d.start === d.end) continue;
    // "up 21% from November": a lone "from" date is the base of a comparison, not the period.
    // "down 5% from 2023, when the figure hit $2.3bn": ", when" makes it the date of what follows.
    // "income from last year's sales" names where the sum came from, a year of its own.
    if (
      key[d.first] === 'from' &&
      (d.start === d.end || d.echo === true) &&
      !possessiveAfter(cx, d) &&
      !(datesWhen(cx, d) && q.first > d.last) &&
      !opensFrom(cx, d) &&
      !(image ??= datesImage(cx, d))
    )
      continue;
    if (d.first >= q.last && laterFigureFirst(cx, { q, quantities, before: d.first })) continue;
    const aside = dateAside(cx, d);
    if (aside && (q.last <= aside.from || q.first >= aside.to)) continue;
    // "at least 24 launches, and by the middle of the year …": a date just past a joiner after
    // the figure opens the next clause, as one before the figure closes the last.
    // "(said that) since September 2023, the North shipped 9 million rounds of artillery and
    // rocket ammunition, along with 100 missiles": a date that opens its clause frames all of it.
    const joined =
      d.last <= q.first
        ? framesClause(cx, d.first)
          ? NOT_JOINED
          : joinsClauses(cx, d.last, q.first)
        : d.first >= q.last
          ? joinsClauses(cx, Math.max(q.last, d.first - 2), d.first)
          : NOT_JOINED;
    // "The harvest last autumn was good, but the agency estimates that 40% go hungry": "but"
    // bounds a date inside the clause before it; "In 2024, exports fell but imports rose to $2bn"
    // is framed by the date that opens the sentence.
    if (d.last <= q.first && !framesClause(cx, d.first) && butBetween(cx, d.last, q.first))
      continue;
    // "said that 3,000 arrived in March, and that 10,000 remained": a second reported clause
    // takes no date of the first, unless it counts a part of what the first did in a closed
    // span ("came in 2024, and that 800 of them were students"); "since January" is open.
    if (
      d.last <= q.first &&
      !framesClause(cx, d.first) &&
      andThatBetween(cx, d.last, q.first) &&
      !(d.end !== null && partOfThem(cx, q) && sinceAt(cx, d) < 0)
    )
      continue;
    // "counted 40 runs between May and October, and reckoned that they carried 300,000 barrels":
    // the oil that the runs counted before carried, in the clause joined after them, has their
    // span.
    const carried = joined === CLAUSE_JOINED && d.last <= q.first && oilTheyCarried(cx, d.last, q);
    const distance = gap + (joined !== NOT_JOINED && !carried ? CLAUSE_PENALTY : 0);
    // A running total past the "and" of a list yields to a nearer date, yet still reaches the
    // list's later figures ("12 million rounds since 2023, …, along with 250 missiles and 220
    // guns"); a closed date there is as far as any other.
    const reach =
      MAX_PERIOD_DISTANCE + (joined === LIST_JOINED && d.end === null ? CLAUSE_PENALTY : 0);
    if (distance < bestDistance && distance <= reach) {
      best = d;
      bestDistance = distance;
      bestThen = then;
    }
  }
  // "grew this year, with $300 million booked in the first quarter of the year": a part of the
  // year named before, stated after the figure in its own clause, is the narrower span it covers.
  const inner = best === null ? null : partAfter(cx, { best, q, dates });
  if (inner !== null) {
    const narrowed = choosePeriod(cx, { ...input, dates: [inner] });
    if (narrowed !== null && narrowed.start === inner.start) return narrowed;
  }
  // "Each vessel can carry 30,000 barrels": what one of a kind holds or earns has no dates; nor
  // has a cap ("sold 3 million barrels in 2023, well past an annual limit of 500,000"), which
  // holds every year.
  if (best !== null && (q.cap || distributive(cx, q) || agentCount(cx, q))) best = null;
  if (best !== null && opensTotalBefore(cx, { q, quantities, d: best })) best = null;
  // "Pyongyang promised in March to send 800 engineers": a month before a pledge dates the pledge;
  // what is pledged is not yet sent. A year stays ("this year the mill plans to ship 9,000
  // tonnes"), as does a date after.
  if (
    input.pledged === true &&
    best !== null &&
    best.last <= q.first &&
    best.start !== null &&
    best.start === best.end &&
    best.start.length >= 7
  )
    best = null;
  // "annual GDP, which the bank put at 40 trillion won in 2023": the year's figure, not a rate.
  const pointed = best !== null && best.start !== null && best.start === best.end;
  // "a tenth of its annual output": the rate is the whole's; a share of it is none.
  const per = wholeRated(cx, q)
    ? null
    : (q.per ??
      (pointed ? null : (rateBefore(cx, q) ?? subjectRate(cx, q) ?? rateAfter(cx, { q, dates }))));
  // "It has since sent 13,000 containers": from the happening last dated.
  if (!best) {
    const then = sinceThen(cx, { q, dates, before: input.before ?? null });
    if (then) return { start: then, end: null, per };
  }
  if (!best && !per) return null;
  if (best && bestThen) return { start: null, end: best.end, per };
  // "since the war began in 2022", "and, from March 2025, 4,000 engineers": the date opens the
  // period rather than filling it.
  // "The mill opened in 2021 and has since shipped 9,000 tonnes": the happening it counts from.
  if (
    best &&
    best.start !== null &&
    best.start === best.end &&
    (sinceAt(cx, best) >= 0 ||
      opensFrom(cx, best) ||
      (best.last <= q.first && sinceBetween(cx, best.last, q.first)))
  ) {
    return { start: best.start, end: null, per };
  }
  return { start: best?.start ?? null, end: best?.end ?? null, per };
}

const NO_DATES: readonly DateExpression[] = [];

/**
 * A closed part of the whole year `best` names ("in the first quarter of the year"), after the
 * figure with no comma between: the narrower date of a figure whose year was named before it.
 */
function partAfter(
  cx: Scan,
  input: {
    readonly best: DateExpression;
    readonly q: QuantityMatch;
    readonly dates: readonly DateExpression[];
  },
): DateExpression | null {
  const { best, q, dates } = input;
  const year = best.start;
  if (best.last > q.first || year === null || year.length !== 4 || best.end !== year) return null;
  for (const d of dates) {
    if (d.first < q.last || d.first - q.last > MAX_PERIOD_DISTANCE) continue;
    if (d.start === null || d.end === null || d.start === d.end || d.echo === true) continue;
    if (d.start.slice(0, 4) !== year || d.end.slice(0, 4) !== year) continue;
    return commaBetween(cx, q.last, d.first) ? null : d;
  }
  return null;
}

/** Whether a share's own words run past its "of" into a whole that bears the rate. */
function wholeRated(cx: Scan, q: QuantityMatch): boolean {
  if (q.unit !== 'percent' || q.per === null) return false;
  const { key } = cx.tokens;
  for (let i = q.first; i < q.last; i++) if (key[i] === 'of') return true;
  return false;
}

/**
 * "has taken in $6bn since May 2024, roughly a tenth of its yearly output", "30 tankers have called
 * there since 2023, nearly a quarter of the fleet": a share set after a running total measures it
 * against a whole that opens nowhere, so the total's opening is not the share's. A part of what
 * was counted ("half of them") runs from where the total does.
 */
function opensTotalBefore(
  cx: Scan,
  input: {
    readonly q: QuantityMatch;
    readonly quantities: readonly QuantityMatch[];
    readonly d: DateExpression;
  },
): boolean {
  const { q, d } = input;
  if (q.unit !== 'percent' || d.start === null || d.last > q.first) return false;
  const first = input.quantities[0];
  if (first === undefined || first === q || first.last > d.first) return false;
  if (d.end !== null && sinceAt(cx, d) < 0) return false;
  return shareOf(cx, q) && !partOfThem(cx, q);
}

/** "a quarter of the fleet", "40 percent of the total": a share, said "of" a whole. */
function shareOf(cx: Scan, q: QuantityMatch): boolean {
  if (q.unit !== 'percent') return false;
  const { key } = cx.tokens;
  for (let i = q.first; i <= q.last + 1; i++) if (key[i] === 'of') return true;
  return false;
}

/** Whether a figure of change stands wholly between two tokens. */
function changeBetween(quantities: readonly QuantityMatch[], from: number, to: number): boolean {
  for (const o of quantities) if (o.change && o.first >= from && o.last <= to) return true;
  return false;
}
/** Whether a figure of change ends at token `at` or one word before it ("up 30% | on the same"). */
function changeEndsAt(quantities: readonly QuantityMatch[], at: number): boolean {
  for (const o of quantities) if (o.change && o.last <= at && o.last >= at - 1) return true;
  return false;
}
/** How far before a figure the "including" of the list it stands in may be: three items back. */
const INCLUDING_REACH = 30;
/** How far after a part its own date may begin: "3,000 reinforcements who arrived in". */
const OWN_DATE_REACH = 8;

/**
 * Where the ", including" of a figure's sentence stands: `part` before the figure, when it is a
 * part listed after its whole; `whole` after it, when it is the whole the parts are listed of;
 * -1 where there is none.
 */
function includingAround(
  cx: Scan,
  input: { readonly q: QuantityMatch; readonly quantities: readonly QuantityMatch[] },
): { part: number; whole: number; partsEnd: number } {
  const { q, quantities } = input;
  const { key } = cx.tokens;
  let part = -1;
  for (let i = q.first - 1; i > 0 && i >= q.first - INCLUDING_REACH; i--) {
    const k = key[i] ?? '';
    if (CLAUSE_BREAKS.has(k) || k === ':') break;
    // "put casualties, including the wounded, at 4,700 in April": an aside of no figure is closed.
    if (k === ',' && !figureFrom(quantities, i)) break;
    // "casualties, including the wounded, at 4,700": the parts listed are figures.
    if (k === 'including' && key[i - 1] === ',') {
      if (figureFrom(quantities, i)) part = i;
      break;
    }
  }
  let whole = -1;
  // A whole is listed with parts after it: the sentence's last figure is none.
  if (part < 0 && quantities.at(-1) !== q)
    for (let i = q.last; i < key.length && i < q.last + INCLUDING_REACH; i++) {
      const k = key[i] ?? '';
      if (CLAUSE_BREAKS.has(k) || k === ':') break;
      if (k === 'including' && key[i - 1] === ',') {
        if (figureFrom(quantities, i)) whole = i;
        break;
      }
    }
  // "about 4,700 casualties, including some 600 deaths, since they were sent": the list of parts
  // ends at a comma no figure follows, and a date after it is the whole's again.
  let partsEnd = whole;
  if (whole >= 0)
    for (partsEnd = whole + 1; partsEnd < key.length; partsEnd++) {
      const k = key[partsEnd] ?? '';
      if (k === '.' || k === ';') break;
      if (k === ',' && !figureFrom(quantities, partsEnd)) break;
    }
  return { part, whole, partsEnd };
}

/** How far after a comma the next item's figure may begin: ", and some 3,000". */
const ITEM_REACH = 3;

/** Whether one of the sentence's figures begins just after token `at` (by halving: they are in order). */
function figureFrom(quantities: readonly QuantityMatch[], at: number): boolean {
  let lo = 0;
  let hi = quantities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quantities[mid]!.first <= at) lo = mid + 1;
    else hi = mid;
  }
  const next = quantities[lo];
  return next !== undefined && next.first <= at + ITEM_REACH;
}

/**
 * "including 11,000 sent last October and 3,000 reinforcements who arrived in January": the date
 * a listed part's own words give it, before the next figure, a comma or a pledge ("5,000 workers
 * pledged in June" is the pledge's); null when it has none.
 */
function ownItemDate(
  cx: Scan,
  input: {
    readonly q: QuantityMatch;
    readonly dates: readonly DateExpression[];
    readonly quantities: readonly QuantityMatch[];
  },
): DateExpression | null {
  const { q } = input;
  const { key, kind } = cx.tokens;
  for (const d of input.dates) {
    if (d.first < q.last || d.first > q.last + OWN_DATE_REACH) continue;
    if (d.start === null && d.end === null) continue;
    if (d.weekday || (d.day && sinceAt(cx, d) < 0) || datesTheSaying(cx, d)) return null;
    for (let i = q.last; i < d.first; i++) {
      const k = key[i] ?? '';
      if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, cx.tokens, i)) return null;
      if (FOUNDING.has(k) || DESCRIBING.has(k)) return null;
    }
    return d;
  }
  return null;
}

/**
 * "Between March and November, tankers made 43 trips. The deliveries would amount to 1 million
 * barrels.": a sentence with no date of its own continues the period of the figure just before,
 * when it speaks of the same kind of thing.
 */
export function carryPeriod(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    /** The sentence's figures, one per claim. */
    readonly quantities: readonly QuantityMatch[];
    readonly previous: ExtractedClaim | null;
    /** Whether figures that are no part may take it too: false in a sentence dated by a day. */
    readonly any: boolean;
    /** The period of the release the text reports, once it stated one. */
    readonly release?: Period | null;
  },
): readonly ExtractedClaim[] {
  const { claims, previous, quantities } = input;
  const period = previous?.period;
  if (!previous || !period || (period.start === null && period.end === null)) return claims;
  // An open "since …" total runs to the day of writing; only a closed period carries over,
  // except to a part of that very total ("Of those, 300 were killed").
  const closed = period.start !== null && period.end !== null;
  const older = olderThanRelease(period, input.release ?? null);
  return claims.map((c, k) => {
    const q = quantities[k];
    return (c.period === null || (c.period.start === null && c.period.end === null)) &&
      // "…, after a 2.0 percent rise in 2022. Mining grew 7.1 percent.": a change of the economy
      // after an earlier year set beside the release is the release's, not that year's.
      !(
        older &&
        q !== undefined &&
        RELEASE_CATEGORIES.has(c.category) &&
        changeAt(cx, { quantities, k })
      ) &&
      ((q !== undefined && refersBack(cx, { at: q.first, end: q.last })) ||
        (closed && input.any)) &&
      // What is said of each one of a kind takes no dates, and what is said of the time of
      // writing ("now") no period before it.
      // A cumulative figure ("puts the cumulative figure at $11bn") runs past the period before;
      // a cap holds every year.
      (q === undefined ||
        !(
          q.cap ||
          distributive(cx, q) ||
          atPresent(cx, q) ||
          ofFirstGroup(cx, q) ||
          cumulative(cx, q) ||
          failing(cx, q)
        )) &&
      (c.category === previous.category || sameStrike(c, previous)) &&
      // "is expected to reach": a projection looks past the period just reported.
      c.stage !== 'projected' &&
      c.stage !== 'pledged'
      ? claimWith(c, { period: periodOf(period, c.period?.per ?? null) })
      : c;
  });
}

/** The kinds of figure a salvo gives: the missiles and the drones fired. */
const SALVO_KINDS = new Set<string>(['missiles', 'weapons']);

/**
 * "Five people were killed in the strike on Tuesday night. Russia launched six missiles at the
 * city": the salvo of a strike whose toll the sentence before dated by its day goes on with that
 * day. Not a toll after a salvo, which annotators split on.
 */
function sameStrike(c: ExtractedClaim, previous: ExtractedClaim): boolean {
  const p = previous.period;
  return (
    previous.category === 'casualties' &&
    SALVO_KINDS.has(c.category) &&
    p !== null &&
    p.start !== null &&
    p.start === p.end &&
    p.start.length === 10
  );
}

const NEGATIONS = wordsOf(lexicon.data.negationWords);
const DUDS = wordsOf(lexicon.data.dudWords);
/** How far after a share its failure may be told: "about 15% of those rounds fail to explode". */
const FAILING_REACH = 12;

/**
 * "a tenth of the rounds do not explode": the share of a kind that fails is
 * said of the weapons themselves, which the period of the shipments before does not date.
 */
function failing(cx: Scan, q: QuantityMatch): boolean {
  const { tokens } = cx;
  for (let i = q.last; i < tokens.key.length && i < q.last + FAILING_REACH; i++) {
    if (tokens.kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, tokens, i)) return false;
    if (!isWordAt(NEGATIONS, tokens, i)) continue;
    if (isWordAt(DUDS, tokens, tokens.key[i + 1] === 'to' ? i + 2 : i + 1)) return true;
  }
  return false;
}

const CUMULATIVE_WORDS = wordsOf(lexicon.data.cumulativeWords);
/** How far before a figure its "cumulative" may stand: "the army's cumulative losses at". */
const CUMULATIVE_REACH = 6;

/** "puts the cumulative figure at $11bn", "$5bn cumulatively": a total of all periods. */
function cumulative(cx: Scan, q: QuantityMatch): boolean {
  return nearFigure(cx, { q, after: PRESENT_AFTER, before: CUMULATIVE_REACH }, cumulativeAt);
}

function cumulativeAt(tokens: Tokens, i: number): boolean {
  return isWordAt(CUMULATIVE_WORDS, tokens, i);
}

/** How far before a figure "each" may stand: "each standard 20ft container can hold". */
const EACH_REACH = 6;
const EACH_WORDS = wordsOf(['each', 'every']);
const TIME_UNITS = new Set(['year', 'month', 'week', 'day']);

/** "per cent", "per capita": words after "per" that make a sum no price of one. */
const NOT_ONE = new Set(lexicon.data.notPriceOfOneWords);
/** How far after a sum its "for each" may stand, past a rate: "$2,000 a month for each soldier". */
const PRICE_REACH = 4;

/**
 * "$800 per shell", "up to $1.5 million for each missile", "$70 a round": a sum paid for one of a
 * kind, which no period covers (a rate of its own stays: "$2,000 a month for each soldier").
 */
function priceOfOne(cx: Scan, q: QuantityMatch): boolean {
  if (q.category !== 'money') return false;
  const { key, kind } = cx.tokens;
  for (let i = q.last; i < key.length && i < q.last + PRICE_REACH; i++) {
    if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, cx.tokens, i)) return false;
    const next = key[i + 1] ?? '';
    if (TIME_UNITS.has(next)) continue;
    if (key[i] === 'for' && isWordAt(EACH_WORDS, cx.tokens, i + 1)) return true;
    if (
      i === q.last &&
      (isWordAt(RATE_ARTICLES, cx.tokens, i) || key[i] === 'each') &&
      !NOT_ONE.has(next)
    )
      return true;
  }
  return false;
}

const MEMBER_NOUNS = wordsOf([...lexicon.data.nationNouns, ...lexicon.data.memberNouns]);

/**
 * "launched in May by 14 countries", "set up by 14 nations after the vote in March": the members
 * that did something, whose number is no amount of a time, as the date of their act is not.
 */
function agentCount(cx: Scan, q: QuantityMatch): boolean {
  const { tokens } = cx;
  return (
    q.first > 0 &&
    tokens.key[q.first - 1] === 'by' &&
    q.last > q.first &&
    isWordAt(MEMBER_NOUNS, tokens, q.last - 1)
  );
}

/** "Each laborer earns $900 a month", "each of which might sell for $2m": a figure of one of a kind. */
function distributive(cx: Scan, q: QuantityMatch): boolean {
  if (priceOfOne(cx, q)) return true;
  const { key } = cx.tokens;
  for (let i = q.first - 1; i >= 0 && i >= q.first - EACH_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';' || cx.tokens.kind[i] === NUMBER) return false;
    // "each year" is a rate, read as such elsewhere.
    if (isWordAt(EACH_WORDS, cx.tokens, i) && !TIME_UNITS.has(key[i + 1] ?? '')) return true;
  }
  return false;
}

/** How far before its "(" the figure a parenthesis restates may end: "rubles a month (". */
const RESTATED_REACH = 4;

/** The figure just before the parenthesis a figure opens, when it ends right there. */
function restatedFigure(
  quantities: readonly QuantityMatch[],
  q: QuantityMatch,
): QuantityMatch | null {
  const at = quantities.indexOf(q);
  const before = at > 0 ? quantities[at - 1]! : null;
  return before && before.last <= q.first && q.first - before.last <= RESTATED_REACH
    ? before
    : null;
}

/**
 * Whether a sentence has a date that could give a figure its period: not a day or a weekday, nor
 * a base moved back from the period before ("up from 21,000 tonnes a year earlier"), which leaves
 * the sentence's other figures to go on with that period.
 */
export function datesAFigure(dates: readonly DateExpression[]): boolean {
  for (const d of dates)
    if (!d.day && !d.weekday && d.echo !== true && (d.start !== null || d.end !== null))
      return true;
  return false;
}

/** How far before a figure a word of comparison makes it the base of one: "down 5% from $2.3bn". */
const BASE_REACH = 4;

/**
 * Whether a date is the base a word of comparison sets beside a figure: "as (than) in 2022", "more
 * than a year before".
 */
function baseWithoutFigure(cx: Scan, d: DateExpression): boolean {
  const { key } = cx.tokens;
  const before = key[d.first - 1];
  return (key[d.first] === 'in' || d.echo === true) && (before === 'than' || before === 'as');
}

/** Whether a figure after "from" ends at token `at`: "up from 50,000 tonnes | a year earlier". */
function endsBase(
  cx: Scan,
  input: { readonly quantities: readonly QuantityMatch[]; readonly at: number },
): boolean {
  for (const o of input.quantities) {
    if (o.last > input.at) return false;
    if (o.last === input.at) return cx.tokens.key[o.first - 1] === 'from';
  }
  return false;
}

/**
 * "Trade came to $2.18bn in 2024, down from $2.3bn in 2023.": the sentence's last figure that is
 * not a base of comparison, whose period the next sentence goes on with.
 */
export function mainClaim(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    readonly quantities: readonly QuantityMatch[];
  },
): ExtractedClaim | null {
  const { claims, quantities } = input;
  const offset = claims.length - quantities.length;
  for (let k = quantities.length - 1; k >= 0; k--)
    if (!comparedOrCap(cx, quantities[k]!)) return claims[offset + k] ?? null;
  return claims.at(-1) ?? null;
}

/**
 * "down about 5% from $2.3bn", "up from 870": the figure changed from; "against a cap of
 * 500,000": a limit, which holds every year. Neither is the period a sentence states.
 */
export function comparedOrCap(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  return (
    q.cap ||
    keyAt(key, q.first - 1) === 'from' ||
    keyAt(key, q.first - 2) === 'from' ||
    comparedBetween(cx, { from: Math.max(0, q.first - BASE_REACH), to: q.first }) ||
    whenOfBase(cx, q.first)
  );
}

/** How far past the base of a toll the month of its estimate may stand: "the agency cited in". */
const EARLIER_ESTIMATE_REACH = 5;
const POSSESSIVES = new Set(['its', 'their']);

/**
 * Whether month `d`, past toll `q`, names an earlier estimate: "its April figure", or the month
 * after the base of a change ("up from 600 in April", "from 3,000 the agency cited in January")
 * where no date of the sentence before the figure dates the level it is compared with.
 */
function earlierEstimateMonth(
  cx: Scan,
  input: {
    readonly q: QuantityMatch;
    readonly d: DateExpression;
    readonly dates: readonly DateExpression[];
  },
): boolean {
  const { q, d, dates } = input;
  if (d.end === null || d.start !== d.end || d.end.length !== 7) return false;
  const { key } = cx.tokens;
  if (POSSESSIVES.has(key[d.first - 1] ?? '') && isWordAt(ESTIMATE_NOUNS, cx.tokens, d.last))
    return true;
  if (d.first - q.last > EARLIER_ESTIMATE_REACH) return false;
  if (
    keyAt(key, q.first - 1) !== 'from' &&
    keyAt(key, q.first - 2) !== 'from' &&
    !comparedBetween(cx, { from: Math.max(0, q.first - BASE_REACH), to: q.first })
  )
    return false;
  // "Losses in May were 40,000, up from 35,000 in April": a monthly count, not a running toll.
  for (const o of dates)
    if (o !== d && o.last <= q.first && o.end !== null && !datesTheSaying(cx, o)) return false;
  return true;
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
/** Whether a comma stands between tokens `from` and `to`. */
function commaBetween(cx: Scan, from: number, to: number): boolean {
  const { key } = cx.tokens;
  for (let i = from; i < to; i++) if (key[i] === ',') return true;
  return false;
}

function opensSentence(cx: Scan, at: number): boolean {
  const { key, newline } = cx.tokens;
  return at === 0 || newline[at] === 1 || key[at - 1] === '.' || key[at - 1] === '"';
}

/** Whether "but", "though", "although" or "whereas" stands between two tokens. */
function butBetween(cx: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONTRASTS.has(cx.tokens.key[i] ?? '')) return true;
  return false;
}

const THEM = new Set(['them', 'it', 'those', 'these']);

/** "nearly 800 of them", "some 6,000 tonnes of it": a part of what was counted before. */
function partOfThem(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  for (let i = q.first; i <= q.last + 1; i++)
    if (key[i] === 'of' && THEM.has(key[i + 1] ?? '')) return true;
  return false;
}

/**
 * "said 60 missiles were fired since January, and that half of them missed", "…, and that its
 * rounds are now a third of the fire": a share or change told in a further reported clause takes no
 * period from the figure it is said of, as a date of the first clause dates none there, unless
 * it is a part ("of them") of what a closed span counted. `made` are the claims before the
 * shares took the periods of their figures, `said` after.
 */
export function sharesApart(
  cx: Scan,
  input: {
    readonly made: readonly ExtractedClaim[];
    readonly said: readonly ExtractedClaim[];
    readonly quantities: readonly QuantityMatch[];
  },
): readonly ExtractedClaim[] {
  const { made, said, quantities } = input;
  let out: ExtractedClaim[] | null = null;
  for (let k = 0; k < said.length; k++) {
    const q = quantities[k];
    const taken = said[k]!.period;
    if (q === undefined || !q.change || hasDates(made[k]!.period) || !hasDates(taken)) continue;
    // "made up 60 percent of the sum, including 3 million shells sent since 2024": the parts a
    // share lists are dated in their own right, not the share they make up.
    if (shareOf(cx, q) && includingAround(cx, { q, quantities }).whole >= 0) {
      out ??= said.slice();
      out[k] = claimWith(said[k]!, { period: made[k]!.period });
      continue;
    }
    let level = k - 1;
    while (level >= 0 && quantities[level]!.change) level--;
    if (level < 0) continue;
    // "topped out near $2bn a year in 2023 and have since dropped 25%": past "has since", the
    // change runs to the time of writing, not over the level's period.
    const since = sinceBetween(cx, quantities[level]!.last, q.first);
    if (!since && !andThatBetween(cx, quantities[level]!.last, q.first)) continue;
    if (!since && taken!.end !== null && partOfThem(cx, q)) continue;
    out ??= said.slice();
    out[k] = claimWith(said[k]!, { period: made[k]!.period });
  }
  return out ?? said;
}

/** How far after its "they" an oil figure may stand: "judged they held nearly". */
const CARRIED_REACH = 5;

/** An oil figure whose subject, after the joiner past `from`, is "they": what the runs carried. */
function oilTheyCarried(cx: Scan, from: number, q: QuantityMatch): boolean {
  if (q.category !== 'oil') return false;
  const { key } = cx.tokens;
  for (let i = q.first - 1; i > from && i >= q.first - CARRIED_REACH; i--)
    if (key[i] === 'they') return true;
  return false;
}

/** Whether "and that" opens a further reported clause between two tokens. */
function andThatBetween(cx: Scan, from: number, to: number): boolean {
  const { key } = cx.tokens;
  for (let i = from; i < to; i++) if (key[i] === 'and' && key[i + 1] === 'that') return true;
  return false;
}

/** Words that open a clause in contrast to the one before: "cut since January, though some …". */
const CONTRASTS = new Set(['but', 'though', 'although', 'whereas']);

const NOT_JOINED = 0;
const LIST_JOINED = 1;
const CLAUSE_JOINED = 2;

/**
 * What joins the clause of a date to a figure: a joiner of clauses, only the "and" of a list of
 * figures ("250 missiles and some 220 guns"), or nothing.
 */
function joinsClauses(cx: Scan, from: number, to: number): number {
  const { capital, key } = cx.tokens;
  let joined = NOT_JOINED;
  for (let i = from; i < to; i++) {
    const k = key[i] ?? '';
    // "since Kim Jong Un and Vladimir Putin met": "and" between two names joins no clauses.
    if (!CLAUSE_JOINERS.has(k) || (capital[i - 1] && capital[i + 1])) continue;
    if (k === 'and' && (cx.cues[i + 1]! & CUE_QUANTITY) !== 0) joined = LIST_JOINED;
    else return CLAUSE_JOINED;
  }
  return joined;
}

/** The phrases by their first word, so a sentence is read once rather than once per phrase. */
const BACK_PERIODS = tableOf(byFirstWord(lexicon.data.periodBackReferences));
const BACK_YEARS = tableOf(byFirstWord(lexicon.data.yearBackReferences));
const BACK_MONTHS = tableOf(byFirstWord(lexicon.data.monthBackReferences));
const BACK_POINTS = tableOf(byFirstWord(lexicon.data.pointBackReferences));
const BACK_DAYS = tableOf(byFirstWord(lexicon.data.dayBackReferences));
const REPORT_PERIODS = tableOf(byFirstWord(lexicon.data.reportPeriodReferences));
const COVERING_WORDS = wordsOf(lexicon.data.reportCoveringWords);
/** How far before its span a word of covering may stand: "covering the period from". */
const COVERING_REACH = 4;
/** "before the reporting period began": a time outside the span, not the span. */
const OUTSIDE_WORDS = wordsOf(['before', 'after', 'since', 'until']);

/**
 * "the second report, covering the period from December 2024 to June 2026": the span a report
 * says it covers, which a later "during the reporting period" means; null when no date of the
 * sentence is one.
 */
export function coveredSpan(cx: Scan, dates: readonly DateExpression[]): Period | null {
  for (const d of dates) {
    if (d.start === null || d.end === null) continue;
    for (let i = d.first - 1; i >= 0 && i >= d.first - COVERING_REACH; i--) {
      if (isWordAt(CLAUSE_END_WORDS, cx.tokens, i)) break;
      if (isWordAt(COVERING_WORDS, cx.tokens, i)) return { start: d.start, end: d.end, per: null };
    }
  }
  return null;
}

/** Whether the sentence says "during the reporting period" or the like, not "before" it. */
function refersToReport(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { key } = cx.tokens;
  for (let i = sentence.from; i < sentence.to; i++) {
    const phrases = valueAt(REPORT_PERIODS, cx.tokens, i);
    if (phrases === undefined) continue;
    for (const words of phrases)
      if (wordsAt(key, i, words)) return !(i > 0 && isWordAt(OUTSIDE_WORDS, cx.tokens, i - 1));
  }
  return false;
}

function byFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly string[][]> {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0]!;
    out.set(first, [...(out.get(first) ?? []), words]);
  }
  return out;
}

/**
 * "puts the figure at $5bn-7bn over the same period": the period last stated in full; "worth
 * $98 million over the six months", "in the nine-month period": that many months up to its end.
 * Null when the sentence refers back to no period.
 */
export function periodReferredBack(
  cx: Scan,
  input: {
    readonly sentence: { readonly from: number; readonly to: number };
    readonly last: Period | null;
    /**
     * The year or month a sentence with no figure set since ("In 2025, the mix shifted.",
     * "December was weaker still.").
     */
    readonly frame: Period | null;
    /** The span the report last said it covers, which "the reporting period" means. */
    readonly covered?: Period | null;
    /** The time the text last named, which "at the time" and "the same day" mean. */
    readonly point?: NamedPoint;
  },
): Period | null {
  const { key } = cx.tokens;
  const { sentence, last, frame } = input;
  // "during the period covered" before "during the period": the report's span, not the last stated.
  if (input.covered && refersToReport(cx, sentence)) return input.covered;
  for (let i = sentence.from; i < sentence.to; i++) {
    const k = key[i]!;
    const years = valueAt(BACK_YEARS, cx.tokens, i);
    if (years !== undefined) {
      const year = frame ? yearOfPeriod(frame) : last && yearOfPeriod(last);
      for (const words of years) if (year && wordsAt(key, i, words)) return year;
    }
    const months = valueAt(BACK_MONTHS, cx.tokens, i);
    if (months !== undefined) {
      const month = frame ? monthOfPeriod(frame) : last && monthOfPeriod(last);
      // "in the month to March", "in the month before the vote": a month of its own.
      for (const words of months)
        if (month && wordsAt(key, i, words) && !SPAN_CONTINUATIONS.has(key[i + words.length] ?? ''))
          return month;
    }
    const point = input.point;
    if (point) {
      const atPoint = pointReferredAt(cx, i, point);
      if (atPoint) return atPoint;
    }
    if (last === null) continue;
    if (k === 'the') {
      // "over the same eight months": the span last stated itself, as "the same months" is, when
      // it lasts that many months.
      if (key[i + 1] === 'same') {
        const same = monthsNamed(cx, i + 2);
        if (same > 0) {
          if (monthsSpanned(last) === same) return last;
          continue;
        }
      }
      const months = monthsNamed(cx, i + 1);
      if (months > 0) return monthsUpTo(last, months);
    }
    const phrases = valueAt(BACK_PERIODS, cx.tokens, i);
    if (phrases === undefined) continue;
    for (const words of phrases)
      // "in the same period of 2023" names its own year; "At the same time, the agency said" is
      // "meanwhile", no span.
      if (
        wordsAt(key, i, words) &&
        key[i + words.length] !== 'of' &&
        !(key[i - 1] === 'at' && key[i + words.length - 1] === 'time')
      )
        return last;
  }
  return null;
}

/** The last time a text named: any date as a point, and the last single day. */
export interface NamedPoint {
  readonly at: Period | null;
  readonly day: Period | null;
}

/** "at the time", "the same day" at `i`: the point or day they mean, when one was named. */
function pointReferredAt(cx: Scan, i: number, point: NamedPoint): Period | null {
  const { key } = cx.tokens;
  const points = point.at ? valueAt(BACK_POINTS, cx.tokens, i) : undefined;
  // "at the time of writing" is now, no time named before.
  if (points !== undefined)
    for (const words of points)
      if (wordsAt(key, i, words) && key[i + words.length] !== 'of') return point.at;
  const days = point.day ? valueAt(BACK_DAYS, cx.tokens, i) : undefined;
  if (days !== undefined) for (const words of days) if (wordsAt(key, i, words)) return point.day;
  return null;
}

/**
 * The time the dates of a sentence name last ("by the end of 2019" is its end), and its last
 * single day, for a later "at the time" or "the same day", a day of saying and a document's date
 * ("a resolution adopted in December 2017 ... were working there at the time") too.
 */
export function pointNamed(
  cx: Scan,
  input: { readonly dates: readonly DateExpression[]; readonly before: NamedPoint },
): NamedPoint {
  let { at, day } = input.before;
  for (const d of input.dates) {
    const bound = d.end ?? d.start;
    if (bound === null || d.weekday || d.echo) continue;
    at = { start: bound, end: bound, per: null };
    if (bound.length === 10 && (d.start === null || d.start === d.end)) day = at;
  }
  return { at, day };
}

/** The whole calendar year a period lies in, or null when it spans more than one or is open. */
function yearOfPeriod(period: {
  readonly start: string | null;
  readonly end: string | null;
}): Period | null {
  const year = period.start?.slice(0, 4);
  if (year === undefined || period.end?.slice(0, 4) !== year) return null;
  return { start: year, end: year, per: null };
}

/** The one month a period lies in, or null when it is longer or open. */
export function monthOfPeriod(period: {
  readonly start: string | null;
  readonly end: string | null;
}): Period | null {
  const month = period.start?.slice(0, 7);
  if (month === undefined || month.length !== 7 || period.end?.slice(0, 7) !== month) return null;
  return { start: month as Period['start'], end: month as Period['end'], per: null };
}

/** Words after "the N months" that make it a span of its own ("the six months to June"). */
const SPAN_CONTINUATIONS = new Set([
  'of',
  'to',
  'through',
  'until',
  'since',
  'from',
  'before',
  'after',
]);

/** "nine months", "nine-month period", "6 months" at `at`: the count of months, or 0. */
function monthsNamed(cx: Scan, at: number): number {
  const { key, kind } = cx.tokens;
  const word = cx.lex.wordNumbers.match(cx.tokens, at);
  const count = word?.value ?? (kind[at] === NUMBER ? Number(key[at]) : 0);
  let j = word?.end ?? at + 1;
  if (!Number.isInteger(count) || count < 2 || count > 12) return 0;
  if (key[j] === '-' && key[j + 1] === 'month' && key[j + 2] === 'period') j += 3;
  else if (key[j] === 'months') j++;
  else return 0;
  return SPAN_CONTINUATIONS.has(key[j] ?? '') ? 0 : count;
}

/** How many calendar months a closed period spans ("2024-03".."2024-11" is nine), or null. */
function monthsSpanned(period: Period): number | null {
  const { start, end } = period;
  if (start === null || end === null) return null;
  const first =
    Number(start.slice(0, 4)) * 12 + (start.length >= 7 ? Number(start.slice(5, 7)) : 1);
  const last = Number(end.slice(0, 4)) * 12 + (end.length >= 7 ? Number(end.slice(5, 7)) : 12);
  return last - first + 1;
}

/** The `months` months that end where `last` ends, when it ends in a month. */
function monthsUpTo(last: Period, months: number): Period | null {
  const end = last.end;
  if (end === null || end.length < 7) return null;
  const index = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return {
    start: `${year}-${String(month).padStart(2, '0')}` as Period['start'],
    end: end.slice(0, 7) as Period['end'],
    per: null,
  };
}

/** "compared with $1bn in the same months of 2024": a base of comparison is not the period a
 * later "in the same period" refers back to. */
export function echoes(dates: readonly DateExpression[], period: Period): boolean {
  for (const d of dates)
    if (d.echo && d.start === period.start && d.end === period.end) return true;
  return false;
}

const CAPACITY_VERBS = new Set(lexicon.data.capacityVerbs);
/** How far before a figure its verb of holding may stand: "which could hold more than". */
const HOLD_REACH = 4;
/** How far before that verb the relative word may stand: "that could hold", "which may hold". */
const HOLD_RELATIVE_REACH = 3;

/** Whether a figure is what a relative clause says the thing before it holds: "which may hold". */
function heldBy(cx: Scan, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  for (let i = q.first - 1; i >= 0 && i >= q.first - HOLD_REACH; i--) {
    if (kind[i] === NUMBER) return false;
    if (!CAPACITY_VERBS.has(key[i] ?? '')) continue;
    for (let j = i - 1; j >= 0 && j >= i - HOLD_RELATIVE_REACH; j--)
      if (key[j] === 'which' || key[j] === 'that') return true;
    return false;
  }
  return false;
}

/**
 * "has shipped 4,000 crates since March that could hold 2 million rounds": what a relative clause
 * says a dated figure holds has that figure's period.
 */
export function heldPeriods(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    /** The sentence's figures, one per claim. */
    readonly quantities: readonly QuantityMatch[];
  },
): readonly ExtractedClaim[] {
  const { claims, quantities } = input;
  let out: ExtractedClaim[] | null = null;
  for (let k = 1; k < claims.length; k++) {
    const c = claims[k]!;
    const of = claims[k - 1]!;
    const q = quantities[k];
    if (hasDates(c.period) || !hasDates(of.period) || q === undefined || !heldBy(cx, q)) continue;
    out ??= claims.slice();
    out[k] = claimWith(c, { period: periodOf(of.period!, c.period?.per ?? null) });
  }
  return out ?? claims;
}

const YEARLY_CAP_UNITS = new Set(lexicon.data.yearlyCapUnits);

/**
 * "caps refined products at 500,000 barrels a year and crude oil at 4 million barrels", "carries
 * 3.8 million barrels a year, just under the ceiling of 4 million barrels": a cap that states no
 * rate of its own holds over the time of the figure of its unit just before it in its sentence;
 * with none, a cap of oil holds every year, as the sanctions that set it do ("the
 * half-million-barrel limit").
 */
export function capRates(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    /** The sentence's figures, one per claim. */
    readonly quantities: readonly QuantityMatch[];
  },
): readonly ExtractedClaim[] {
  const { claims, quantities } = input;
  let out: ExtractedClaim[] | null = null;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if ((c.period?.per ?? null) !== null) continue;
    // "capped at 3 million barrels, or about 400,000 tonnes, a year": the cap in other units
    // holds over the time of the one it restates.
    const restates = quantities[k]?.cap !== true && capRestated(cx, { quantities, k });
    if (restates) {
      const capPer = (out ?? claims)[k - 1]!.period?.per ?? null;
      if (capPer === null) continue;
      out ??= claims.slice();
      out[k] = claimWith(c, { period: periodOf(c.period ?? NO_SPAN, capPer) });
      continue;
    }
    if (quantities[k]?.cap !== true) continue;
    let per: PerUnit | null = YEARLY_CAP_UNITS.has(c.unit) ? 'year' : null;
    for (let j = k - 1; j >= 0; j--) {
      const before = claims[j]!;
      if (before.unit !== c.unit) continue;
      per = before.period?.per ?? per;
      break;
    }
    if (per !== null) {
      out ??= claims.slice();
      out[k] = claimWith(c, { period: periodOf(c.period ?? NO_SPAN, per) });
    }
  }
  return out ?? claims;
}

const NO_SPAN = { start: null, end: null } as const;

/**
 * Whether figure `k` restates the cap just before it in other units, after ", or": "3 million
 * barrels, or about 400,000 tonnes".
 */
function capRestated(
  cx: Scan,
  input: { readonly quantities: readonly QuantityMatch[]; readonly k: number },
): boolean {
  const { quantities, k } = input;
  const { key } = cx.tokens;
  const q = quantities[k];
  const cap = k > 0 ? quantities[k - 1]! : null;
  return (
    q !== undefined &&
    cap !== null &&
    cap.cap &&
    cap.unit !== q.unit &&
    q.first - cap.last <= RESTATED_REACH &&
    key[cap.last] === ',' &&
    key[cap.last + 1] === 'or'
  );
}

/** Whether a period ends before the release the text reports begins. */
function olderThanRelease(period: Period, release: Period | null): boolean {
  if (release === null || release.start === null || period.end === null) return false;
  const end = period.end;
  // ISO dates of one precision or a shorter one compare as text: "2023-12" < "2024".
  return end < release.start && !release.start.startsWith(end);
}

/** The kinds of figure a release of economic data reports: the economy's and trade. */
export const RELEASE_CATEGORIES: ReadonlySet<string> = new Set(['other', 'trade']);
const SHARE_VERBS = wordsOf(lexicon.data.shareVerbs);

/**
 * "rose 6.8 percent", and the level it rose to ("jumped 24.6 percent to $2.72 billion"); not
 * a share that "makes up" a total, which the word of change misreads.
 */
function changeAt(
  cx: Scan,
  input: { readonly quantities: readonly QuantityMatch[]; readonly k: number },
): boolean {
  const { quantities, k } = input;
  const q = quantities[k]!;
  const { key } = cx.tokens;
  if (q.change)
    return !(key[q.first - 1] === 'up' && isWordAt(SHARE_VERBS, cx.tokens, q.first - 2));
  return k > 0 && quantities[k - 1]!.change && key[q.first - 1] === 'to';
}

const DATA_NOUNS = wordsOf(lexicon.data.releaseDataNouns);

/**
 * "…, the data showed", "customs data show that": the sentence says its figures are what the
 * release shows, so a level in it, with no word of change, is of the release's period too.
 */
function dataShown(cx: Scan, sentence: { readonly from: number; readonly to: number }): boolean {
  const { tokens } = cx;
  for (let i = sentence.from + 1; i < sentence.to; i++)
    if (isWordAt(SHOWING_VERBS, tokens, i) && isWordAt(DATA_NOUNS, tokens, i - 1)) return true;
  return false;
}

/**
 * "North Korea's economy grew 3.7% in 2024. … Output in manufacturing rose 6.8 percent, while
 * exports jumped 40.2 percent to $310 million.": a change of the economy or of trade that its
 * sentence does not date is measured over the period of the release the text reports, the one it
 * stated at its first dated figure of the economy or of trade.
 */
export function releasePeriods(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    /** The sentence's figures, one per claim. */
    readonly quantities: readonly QuantityMatch[];
    readonly release: Period;
    readonly sentence: { readonly from: number; readonly to: number };
  },
): readonly ExtractedClaim[] {
  const { claims, quantities, release, sentence } = input;
  let out: ExtractedClaim[] | null = null;
  // Whether the sentence credits its figures to the data, looked up once, at its first level.
  let shown: boolean | null = null;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (hasDates(c.period)) continue;
    if (!(RELEASE_CATEGORIES.has(c.category) && changeAt(cx, { quantities, k }))) {
      shown ??= dataShown(cx, sentence);
      if (!shown) continue;
    }
    out ??= claims.slice();
    out[k] = claimWith(c, { period: periodOf(release, c.period?.per ?? null) });
  }
  return out ?? claims;
}

/** How far before a figure "that year" may stand: "set output for that year at roughly". */
const THAT_YEAR_REACH = 6;

/**
 * "grew 4.2% in 2022 and set output for that year at $14 billion": a figure "that year"
 * leads to is of the one year its sentence named before it, ahead of a period carried from
 * sentences before.
 */
export function yearReferredWithin(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    /** The sentence's figures, one per claim. */
    readonly quantities: readonly QuantityMatch[];
    readonly dates: readonly DateExpression[];
  },
): readonly ExtractedClaim[] {
  const { key } = cx.tokens;
  const { claims, quantities, dates } = input;
  let out: ExtractedClaim[] | null = null;
  for (let k = 0; k < claims.length; k++) {
    const q = quantities[k]!;
    let at = -1;
    for (let i = q.first - 2; i >= 0 && i >= q.first - THAT_YEAR_REACH; i--) {
      if (CLAUSE_ENDS.has(key[i] ?? '.')) break;
      if (key[i] === 'that' && key[i + 1] === 'year' && key[i - 1] !== 'of') {
        at = i;
        break;
      }
    }
    if (at < 0) continue;
    // The last closed date before it in the sentence, when it lies in one year; not the opening
    // of a record ("the quickest rise since 2009").
    let year: string | null = null;
    for (const d of dates) {
      if (d.last > at) break;
      if (d.start === null || d.end === null) continue;
      year = d.start.slice(0, 4) === d.end.slice(0, 4) ? d.start.slice(0, 4) : null;
    }
    if (year === null) continue;
    const c = claims[k]!;
    out ??= claims.slice();
    out[k] = claimWith(c, { period: periodOf({ start: year, end: year }, c.period?.per ?? null) });
  }
  return out ?? claims;
}

/** A sum of money paid at a rate, which a sum after it may be part of: see `sumRates`. */
export interface RatedSum {
  readonly unit: string;
  readonly amount: number | null;
  readonly per: PerUnit;
}

/** The amount a figure states, its highest bound for a range. */
const amountOf = (q: QuantityMatch): number | null => q.value ?? q.high ?? q.low;

/** Whether a sum may be part of a rated sum: no larger in its currency, or put in another. */
const partOf = (
  rated: RatedSum,
  sum: { readonly unit: string; readonly amount: number | null },
): boolean =>
  rated.unit !== sum.unit ||
  (sum.amount !== null && rated.amount !== null && sum.amount <= rated.amount);

/**
 * "pays welders 90,000 rubles a month. They keep a slice of that: 12,000 rubles": a
 * sum with no period of its own right after a sum paid at a rate is part of it, paid at that rate
 * too, as is the same sum put in another currency ("this comes to $1,100 to $1,400"); a larger sum in
 * the same currency is not ("a crane cost 60 million rubles"). Returns the sentence's claims and
 * its last sum paid at a rate, which the next sentence may go on with.
 */
export function sumRates(input: {
  readonly claims: readonly ExtractedClaim[];
  /** The sentence's figures, one per claim. */
  readonly quantities: readonly QuantityMatch[];
  /** The last sum of the sentence before, when it was paid at a rate. */
  readonly before: RatedSum | null;
}): { readonly claims: readonly ExtractedClaim[]; readonly rated: RatedSum | null } {
  const { claims, quantities } = input;
  let rated = input.before;
  let sums = 0;
  let out: ExtractedClaim[] | null = null;
  for (let k = 0; k < claims.length; k++) {
    const q = quantities[k]!;
    if (q.category !== 'money' || q.unit === 'percent') continue;
    sums++;
    const c = claims[k]!;
    const own = c.period;
    const amount = amountOf(q);
    if (own === null || (own.start === null && own.end === null && own.per === null)) {
      if (rated === null || q.change || !partOf(rated, { unit: q.unit, amount })) {
        rated = null;
        continue;
      }
      out ??= claims.slice();
      out[k] = claimWith(c, { period: periodOf({ start: null, end: null }, rated.per) });
      rated = { unit: q.unit, amount, per: rated.per };
      continue;
    }
    rated = own.per === null ? null : { unit: q.unit, amount, per: own.per };
  }
  // A sentence with no sum of money ends the run of sums.
  return { claims: out ?? claims, rated: sums > 0 ? rated : null };
}

/** Whether a period has a start or an end, not only a rate. */
export function hasDates(period: Period | null): boolean {
  return period !== null && (period.start !== null || period.end !== null);
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

/** How far before a figure, and after it, the "since" of "has since sent" may stand. */
const SINCE_THEN_BEFORE = 8;
const SINCE_THEN_AFTER = 3;
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * "North Korea began shipping shells in August 2023. It has since sent 13,000 containers": a
 * "since" with no date of its own opens where the happening last dated did.
 */
function sinceThen(
  cx: Scan,
  input: {
    readonly q: QuantityMatch;
    readonly dates: readonly DateExpression[];
    readonly before: DateExpression | null;
  },
): PartialStart | null {
  const { q } = input;
  const { key, kind } = cx.tokens;
  let at = -1;
  for (let i = q.first - 1; i >= 0 && i >= q.first - SINCE_THEN_BEFORE; i--) {
    if (kind[i] === NUMBER || key[i] === '.' || key[i] === ';') break;
    if (key[i] === 'since' && PERFECT.has(key[i - 1] ?? '')) at = i;
  }
  if (at < 0)
    for (let i = q.last; i < key.length && i < q.last + SINCE_THEN_AFTER; i++) {
      if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, cx.tokens, i)) break;
      if (key[i] === 'since' && PERFECT.has(key[i - 1] ?? '')) at = i;
    }
  const closing = at < 0 ? sinceThenAfter(cx, q) : -1;
  if (closing >= 0) at = closing;
  // "have since been killed": a state the figure is in now, which annotators leave undated.
  // "have since declined 30%": a change to the time of writing, undated too.
  if (at < 0 || key[at + 1] === 'been' || q.change) return null;
  let then: DateExpression | null = null;
  for (const d of input.dates)
    if (d.last <= at && d.start !== null && !datesTheSaying(cx, d)) then = d;
  then ??= input.before;
  if (!then) return null;
  // "3,000 in January and February … 1,000 more since then": after a span, from the month that
  // follows it.
  if (closing >= 0 && then.end !== null && then.end !== then.start)
    return followingPeriod(then.end);
  return then.start;
}
type PartialStart = NonNullable<Period['start']>;

/** How far after a figure its clause may close with "since then": "have arrived there since then". */
const SINCE_THEN_CLOSING = 10;

/**
 * Where "since then" closes the figure's clause ("1,500 tourists have come since then"), or -1;
 * not a "Since then," that opens a sentence, which annotators leave undated.
 */
function sinceThenAfter(cx: Scan, q: QuantityMatch): number {
  const { key, kind } = cx.tokens;
  for (let i = q.last; i < key.length && i < q.last + SINCE_THEN_CLOSING; i++) {
    if (kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, cx.tokens, i)) return -1;
    if (key[i] === 'since' && key[i + 1] === 'then') return i;
  }
  return -1;
}

/** The month after a month, the year after a year: where a span that ended at `end` is followed. */
function followingPeriod(end: PartialStart): PartialStart {
  const year = Number(end.slice(0, 4));
  if (end.length === 4) return String(year + 1);
  const month = Number(end.slice(5, 7));
  if (end.length !== 7) return end;
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Whether a "has since" ("have since declined") stands between two tokens. */
function sinceBetween(cx: Scan, from: number, to: number): boolean {
  const { key } = cx.tokens;
  for (let i = from + 1; i < to; i++)
    if (key[i] === 'since' && PERFECT.has(key[i - 1] ?? '')) return true;
  return false;
}

/** The last date of the sentence that dates a happening rather than a saying, for a later "has since". */
/**
 * "In 2025, the mix shifted.", "December was weaker still.": the one whole year, or the one month,
 * a sentence names, not as its date of saying.
 */
export function frameNamed(cx: Scan, dates: readonly DateExpression[]): Period | null {
  let year: Period | null = null;
  let month: Period | null = null;
  let months = true;
  for (const d of dates) {
    if (d.weekday || d.start === null || datesTheSaying(cx, d)) continue;
    if (d.start.length === 7) {
      const named = monthOfPeriod(d);
      if (named === null || (month !== null && month.start !== named.start)) months = false;
      month = named;
      continue;
    }
    if (d.start.length !== 4) continue;
    const named = yearOfPeriod(d);
    if (named === null || (year !== null && year.start !== named.start)) return null;
    year = named;
  }
  return months && month !== null && (year === null || month.start?.startsWith(year.start ?? ''))
    ? month
    : year;
}

export function happeningDate(cx: Scan, dates: readonly DateExpression[]): DateExpression | null {
  let last: DateExpression | null = null;
  for (const d of dates) if (d.start !== null && !d.weekday && !datesTheSaying(cx, d)) last = d;
  return last;
}

const TALLY_BACK = tableOf(byFirstWord(lexicon.data.tallyBackReferences));
/** How far before an oil total its subject may stand: "the deliveries would exceed". */
const TALLY_REACH = 5;

/**
 * "Tankers called at the terminal 40 times between May and October. If each sailed full, the
 * total comes to 300,000 barrels": an oil total worked out from the runs counted before it, in a
 * sentence with no date of its own, covers their span (`counted`: the period of the last dated
 * count of oil or of runs). Not a rate nor a cap, nor a figure whose subject is no such tally.
 */
export function tallyOfCounted(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    readonly quantities: readonly QuantityMatch[];
    readonly counted: Period;
  },
): readonly ExtractedClaim[] {
  const { claims, quantities, counted } = input;
  return claims.map((c, k) => {
    const q = quantities[k];
    return q !== undefined &&
      c.category === 'oil' &&
      c.period === null &&
      !q.cap &&
      c.stage !== 'pledged' &&
      (c.stage !== 'projected' || supposed(cx, q)) &&
      talliedBefore(cx, q)
      ? claimWith(c, { period: periodOf(counted, null) })
      : c;
  });
}

/** How far before a figure the "if" of its supposition may stand. */
const SUPPOSING_REACH = 30;

/**
 * "If each sailed full, the deliveries would exceed …": a sum worked out on a supposition about
 * the runs counted, not a forecast, which looks past them.
 */
function supposed(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  for (let i = q.first - 1; i >= 0 && i >= q.first - SUPPOSING_REACH; i--) {
    const k = key[i] ?? '';
    if (k === '.' || k === ';') return false;
    if (k === 'if') return true;
  }
  return false;
}

function talliedBefore(cx: Scan, q: QuantityMatch): boolean {
  const { tokens } = cx;
  for (let i = q.first - 1; i >= 0 && i >= q.first - TALLY_REACH; i--) {
    if (tokens.kind[i] === NUMBER || isWordAt(CLAUSE_END_WORDS, tokens, i)) return false;
    const phrases = valueAt(TALLY_BACK, tokens, i);
    if (phrases !== undefined)
      for (const words of phrases) if (wordsAt(tokens.key, i, words)) return true;
  }
  return false;
}

/** How many claims back the group a part is counted of may stand. */
const PART_LOOKBACK = 12;
/** How far past its number the "of the" of a part may stand: "at least nine of the". */
const PART_REACH = 3;

/** Whether a count picks a part out of a group named with "the": "Three of the missiles". */
function definitePart(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (q.ratio || q.change || q.unitFrom < 0) return false;
  const to = Math.min(q.unitFrom, q.numberStart + 1 + PART_REACH);
  for (let i = q.numberStart + 1; i < to; i++) if (key[i] === 'of') return key[i + 1] === 'the';
  return false;
}

/**
 * "Russia fired 7 missiles and 260 drones on Tuesday night. Three of the missiles were Iranian.
 * Air defences downed 230 of the drones.": a count of part of a group, with no date of
 * its own, has the closed span of the last count of its unit before it (the day of a salvo, the
 * months of a tally); not a share ("half of the shells"), nor a group with an open span.
 */
export function partsOfCounted(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    /** The sentence's figures, one per claim. */
    readonly quantities: readonly QuantityMatch[];
    /** The claims of the text before this sentence. */
    readonly earlier: readonly ExtractedClaim[];
  },
): readonly ExtractedClaim[] {
  const { claims, quantities, earlier } = input;
  let out: ExtractedClaim[] | null = null;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    const q = quantities[k];
    if (hasDates(c.period) || q === undefined || !definitePart(cx, q)) continue;
    const group = lastOfUnit(earlier, c.unit);
    const p = group?.period;
    if (!p || p.start === null || p.end === null) continue;
    out ??= claims.slice();
    out[k] = claimWith(c, { period: periodOf(p, c.period?.per ?? null) });
  }
  return out ?? claims;
}

/** The last of the claims within reach that counts in `unit`. */
function lastOfUnit(claims: readonly ExtractedClaim[], unit: string): ExtractedClaim | null {
  for (let j = claims.length - 1; j >= 0 && j >= claims.length - PART_LOOKBACK; j--)
    if (claims[j]!.unit === unit) return claims[j]!;
  return null;
}

const DEPLOYMENT_NOUNS = new Set(lexicon.data.startedDeploymentNouns);
const SHIPMENT_NOUNS = new Set(lexicon.data.startedShipmentNouns);
const BEGINNING_VERBS = new Set(['began', 'begun', 'started']);
/** The kinds of figure whose start a deployment or a run of shipments is. */
const SENT_PEOPLE = new Set<string>(['personnel', 'casualties']);
const SENT_GOODS = new Set<string>(['munitions', 'missiles', 'weapons', 'oil', 'food', 'money']);

/** The earliest starts the text gave the sending of people and of goods, so far. */
export interface NamedStarts {
  people: PartialDate | null;
  goods: PartialDate | null;
}

/** Keeps the earliest start of people sent and goods shipped that the sentence's claims give. */
export function noteStarts(starts: NamedStarts, claims: readonly ExtractedClaim[]): void {
  for (const c of claims) {
    const start = c.period?.start ?? null;
    if (start === null) continue;
    if (c.category === 'personnel' && (starts.people === null || start < starts.people))
      starts.people = start;
    if (CARGO_KINDS.has(c.category) && (starts.goods === null || start < starts.goods))
      starts.goods = start;
  }
}

const CARGO_KINDS = new Set<string>(['munitions', 'missiles', 'oil', 'food']);

/**
 * "about 900 have died since the deployment started", "$3bn since the shipments
 * began": a start named by its happening, with no date, is the earliest start the text gave
 * the sending of people (goods) before; undated when it gave none.
 */
export function namedStartPeriods(
  cx: Scan,
  input: {
    readonly claims: readonly ExtractedClaim[];
    readonly sentence: { readonly from: number; readonly to: number };
    readonly starts: NamedStarts;
  },
): readonly ExtractedClaim[] {
  const { claims, sentence, starts } = input;
  if (claims.length === 0 || (starts.people === null && starts.goods === null)) return claims;
  const { key } = cx.tokens;
  let kinds: ReadonlySet<string> | null = null;
  let start: PartialDate | null = null;
  for (let i = sentence.from; i + 3 < sentence.to; i++) {
    if (key[i] !== 'since' || key[i + 1] !== 'the' || !BEGINNING_VERBS.has(key[i + 3] ?? ''))
      continue;
    const noun = key[i + 2] ?? '';
    if (DEPLOYMENT_NOUNS.has(noun)) [kinds, start] = [SENT_PEOPLE, starts.people];
    else if (SHIPMENT_NOUNS.has(noun)) [kinds, start] = [SENT_GOODS, starts.goods];
    break;
  }
  if (kinds === null || start === null) return claims;
  let out: ExtractedClaim[] | null = null;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (hasDates(c.period) || (c.period?.per ?? null) !== null || !kinds.has(c.category)) continue;
    out ??= claims.slice();
    out[k] = claimWith(c, { period: { start, end: null, per: null } });
  }
  return out ?? claims;
}
