import type { EventType, ExtractedEvent } from '../domain/index.ts';
import type { DateExpression } from './dates.ts';
import type { CountryMention } from './flows.ts';
import { CUE_BREAK, CUE_EVENT, lexicon, wordsOf, type Scan } from './lexicon.ts';
import { keyAt, WORD, type Tokens } from './tokenize.ts';
import { isWordAt } from './word-table.ts';

interface Trigger {
  readonly first: number;
  readonly last: number;
  readonly type: EventType;
}

/** How far, in tokens, a date may sit from the verb or noun it dates. */
const MAX_EVENT_DISTANCE = 22;

function gap(a: { first: number; last: number }, b: { first: number; last: number }): number {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return 0;
}

/** A "that" between two positions: the date and the verb sit in different clauses. */
/** A clause break ("that", ";") between two positions: the date and the verb sit apart. */
function crossesClause(breaks: readonly number[], a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  for (const at of breaks) if (at >= lo && at < hi) return true;
  return false;
}

const ACTOR_REACH = 10;
const CANDIDATES_PER_DATE = 4;

/** A pairing of a date with an event word, and how unlikely it is. */
interface Pair {
  readonly d: DateExpression;
  readonly t: Trigger;
  readonly cost: number;
}

/** Shared by every sentence that dates no happening: no allocation. */
const NO_EVENTS: readonly ExtractedEvent[] = [];
const NO_BREAKS: readonly number[] = [];

/**
 * Sorts `items[from…]` by `rank`, stably, as `Array.prototype.sort` does. The runs sorted here are
 * a few pairs a sentence, where the built-in sort copies each into a work array of its own.
 */
function sortRun<T>(items: T[], from: number, rank: (item: T) => number): void {
  for (let k = from + 1; k < items.length; k++) {
    const item = items[k]!;
    const r = rank(item);
    let j = k - 1;
    while (j >= from && rank(items[j]!) > r) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
}

const costOf = (pair: Pair): number => pair.cost;
const startOf = (event: ExtractedEvent): number => event.span[0];
const NEAREST_EACH_SIDE = 3;

// Months and weekdays name no actor either; one table answers for all three lists.
const NOT_ACTORS = wordsOf([
  ...lexicon.months.keys(),
  ...lexicon.weekdays.keys(),
  'a',
  'about',
  'according',
  'after',
  'almost',
  'also',

  'an',
  'and',
  'around',
  'as',
  'at',
  'before',
  'but',
  'by',

  'dr',
  'even',
  'first',
  'for',
  'from',
  'gen',
  'her',
  'his',
  'however',
  'in',
  'it',
  'its',

  'maj',
  'meanwhile',
  'more',
  'mr',
  'mrs',
  'ms',
  'nearly',
  'of',
  'on',
  'only',
  'over',
  'recently',
  'roughly',

  'said',
  'since',
  'some',
  'still',
  'that',
  'the',
  'their',
  'then',
  'these',
  'this',
  'those',
  'to',

  'under',
  'up',
  'when',
  'while',
  'with',
]);

function actorsIn(
  tokens: Tokens,
  span: { first: number; last: number },
): { actors: string[]; place: string | null } {
  const actors: string[] = [];
  let place: string | null = null;
  let i = span.first;
  while (i < span.last) {
    if (tokens.kind[i] !== WORD || !tokens.capital[i] || isWordAt(NOT_ACTORS, tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A name begun inside the window is read to its end.
    while (
      j < Math.min(tokens.length, span.last + 4) &&
      ((tokens.kind[j] === WORD && tokens.capital[j]) ||
        // "Bank of Korea", "U.S.", "Moo-jin"
        (tokens.key[j] === 'of' && tokens.capital[j + 1]) ||
        ((tokens.key[j] === '.' || tokens.key[j] === '-') && tokens.end[j - 1] === tokens.start[j]))
    )
      j++;
    while (j > i + 1 && tokens.kind[j - 1] !== WORD) j--;
    const name = tokens.text.slice(tokens.start[i], tokens.end[j - 1]);
    // "in Pyongyang", "in the Russian Far East", "at the Vostochny Cosmodrome": a place.
    const prev =
      keyAt(tokens.key, i - 1) === 'the' ? keyAt(tokens.key, i - 2) : keyAt(tokens.key, i - 1);
    if ((prev === 'in' || prev === 'at') && place === null) place = name;
    else if (!actors.includes(name)) actors.push(name);
    i = j;
  }
  return { actors, place };
}

const DATE_BEFORE_COST = 3;
/** How far after a verb the goods it moves are looked for: "sent Russia as many as 8m shells". */
const GOODS_REACH = 10;
const WEAPON_CATEGORIES = new Set(['munitions', 'missiles', 'weapons']);

/**
 * What the goods after a verb say about the act: "sent 8m shells" ships things where "sent
 * 11,000 troops" deploys people; "launched 20 missiles" attacks where "launched a friendship
 * year" does not.
 */
function typeByGoods(
  cx: Scan,
  trigger: { readonly at: number; readonly type: EventType },
): EventType {
  const { type, at } = trigger;
  const { lex, tokens } = cx;
  // "deployed missiles" still deploys; only a verb of sending ships what it sends.
  const sending =
    type === 'deployment' &&
    lex.flowVerbs.match(tokens, at - 1, at)?.value === 'send' &&
    !lex.useVerbsForWeapons.has(tokens.key[at - 1] ?? '');
  if (!sending && type !== 'attack') return type;
  const last = Math.min(tokens.length, at + GOODS_REACH);
  for (let i = at; i < last; i++) {
    const key = tokens.key[i];
    if (key === '.' || key === ';') break;
    const unit = lex.units.match(tokens, i, last);
    if (!unit) continue;
    const category = unit.value.category;
    if (type === 'deployment') return category === 'personnel' ? type : 'shipment';
    return WEAPON_CATEGORIES.has(category) ? type : 'other';
  }
  return type === 'attack' && tokens.key[at - 1] === 'launched' ? 'other' : type;
}
/** "from the same period a year earlier", "than in 2023", "compared with last year". */
const COMPARISON_WORDS = wordsOf(['same', 'than', 'compared']);
const COMPARISON_REACH = 3;
const NOT_VERB_AFTER = new Set(['a', 'an', 'the']);
const NEGATIONS = wordsOf(lexicon.data.negationWords);

/** A period's start dates what happens over it: "in the first quarter of 2025" → 2025-01. */
function eventDate(d: DateExpression): string | null {
  if (d.season) return null;
  if (d.date === null || (d.start !== null && d.start.startsWith(d.date))) return d.start ?? d.date;
  return d.date;
}

/**
 * "by the end of February": a tally's cut-off; "up 36 percent from the same period a year
 * earlier": a base of comparison. Neither dates a happening.
 */
function deadline(tokens: Tokens, d: DateExpression): boolean {
  const { key } = tokens;
  if (key[d.first] === 'by' || key[d.first - 1] === 'by') return true;
  for (
    let i = Math.max(0, d.first - COMPARISON_REACH);
    i < d.first + COMPARISON_REACH && i < d.last;
    i++
  )
    if (isWordAt(COMPARISON_WORDS, tokens, i)) return true;
  return false;
}

/**
 * Whether a date dates the act of saying: a day ("said on Monday") anywhere near, a month or year
 * just after the verb ("said in October", "estimated late last month", "told lawmakers in
 * November"), or one that opens the sentence, set off by a comma, before its speaker ("In
 * October, the spy agency said"). A month or year before "said" elsewhere ("Revenue doubled in
 * 2022, the agency said"), or further on, dates what was said about.
 */
function datesSaying(
  tokens: Tokens,
  pair: { d: DateExpression; t: Trigger; from: number },
): boolean {
  const { d, t } = pair;
  if (d.day || d.weekday) return true;
  if (d.first >= t.last) return d.first - t.last <= STATEMENT_DATE_REACH;
  return (
    d.first === pair.from &&
    tokens.key[d.last] === ',' &&
    d.last <= t.first &&
    t.first - d.last <= OPENER_SPEAKER_REACH
  );
}

/** How many words a speaker may take between an opening date and its verb ("In October, the … said"). */
const OPENER_SPEAKER_REACH = 12;

/**
 * How many words may stand between "said" and the month or year that dates it ("told lawmakers
 * in", "said in an interview earlier this year", "reported to lawmakers in Seoul in April").
 */
const STATEMENT_DATE_REACH = 4;

/** Words a page's own date line may put before its verb: "First published on …". */
const STAMP_OPENERS = new Set(['first', 'last']);

/**
 * "Published 12:04 PM EST, Tue December 3, 2024": a line that opens with the verb and ends without
 * a full stop is the page's own stamp, the date of the article, not a happening it reports. A
 * sentence ("Published in March, the report found …") ends in a stop and keeps its event.
 */
function pageStamp(
  tokens: Tokens,
  at: number,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { from, to } = sentence;
  const opens = at === from || (at === from + 1 && STAMP_OPENERS.has(tokens.key[from] ?? ''));
  if (!opens || (from > 0 && tokens.newline[from] === 0)) return false;
  if (to < tokens.key.length && tokens.newline[to] === 0) return false;
  return tokens.key[to - 1] !== '.';
}

/** Pairs each stated date with the nearest event word in its clause ("met … on Nov. 29"). */
export function findEvents(
  cx: Scan,
  sentence: {
    readonly from: number;
    readonly to: number;
    readonly dates: readonly DateExpression[];
    readonly countries: readonly CountryMention[];
  },
): readonly ExtractedEvent[] {
  const { lex, tokens } = cx;
  // Most sentences with a date have no event word: their lists are made only once one is found.
  let triggers: Trigger[] | null = null;
  let breaks: number[] | null = null;
  for (let i = sentence.from; i < sentence.to; i++) {
    const bits = cx.cues[i]!;
    if ((bits & (CUE_EVENT | CUE_BREAK)) === 0) continue;
    if ((bits & CUE_BREAK) !== 0) (breaks ??= []).push(i);
    if ((bits & CUE_EVENT) === 0) continue;
    const m = lex.eventTriggers.match(tokens, i, sentence.to);
    // "according to a report" credits a source; it does not report a publication. "According to
    // figures published last month" does: there the verb dates the publishing.
    const verb = (tokens.key[i] ?? '').endsWith('ed');
    const credited =
      !verb &&
      (keyAt(tokens.key, i - 2) === 'according' || keyAt(tokens.key, i - 3) === 'according');
    // "an estimated $25mn", "the signed text": an article makes the verb form a modifier.
    const modifier = verb && NOT_VERB_AFTER.has(tokens.key[i - 1] ?? '');
    // "has not published data since 2022", "has not been released": no happening, dated or not.
    // "has reported no deliveries since", "reported none": the object denies it too.
    const negated =
      isWordAt(NEGATIONS, tokens, i - 1) ||
      (isWordAt(NEGATIONS, tokens, i - 2) && keyAt(tokens.key, i - 1) !== 'only') ||
      (m !== null && (tokens.key[m.end] === 'no' || tokens.key[m.end] === 'none'));
    if (m && !credited && !modifier && !negated && !pageStamp(tokens, i, sentence)) {
      (triggers ??= []).push({
        first: i,
        last: m.end,
        type: typeByGoods(cx, { at: m.end, type: m.value }),
      });
      i = m.end - 1;
    }
  }
  if (triggers === null) return NO_EVENTS;
  const clauses = breaks ?? NO_BREAKS;
  const pairs: Pair[] = [];
  let low = 0;
  for (const d of sentence.dates) {
    // "overnight" dates the salvos and tolls of a night (periods.ts), a happening as loosely as
    // the annotated sets leave it.
    if (eventDate(d) === null || deadline(tokens, d) || tokens.key[d.first] === 'overnight')
      continue;
    // Triggers and dates both run left to right: skip the triggers too far behind for good.
    while (low < triggers.length && d.first - triggers[low]!.last > MAX_EVENT_DISTANCE) low++;
    // Only the few triggers nearest the date on each side can win it.
    let next = low;
    while (next < triggers.length && triggers[next]!.first < d.first) next++;
    const first = Math.max(low, next - NEAREST_EACH_SIDE);
    const last = Math.min(triggers.length, next + NEAREST_EACH_SIDE);
    // This date's candidates go straight into `pairs`, sorted there and cut to the best few.
    const from = pairs.length;
    for (let k = first; k < last; k++) {
      const t = triggers[k]!;
      if (t.first - d.last > MAX_EVENT_DISTANCE) break;
      const g = gap(d, t);
      if (g > MAX_EVENT_DISTANCE) continue;
      if (t.type === 'statement' && !datesSaying(tokens, { d, t, from: sentence.from })) continue;
      // "…last year, officials said": a month or a year before "said" dates what was said about.
      const loose = t.type === 'statement' && !d.day && !d.weekday ? 8 : 0;
      // A "study" or "report" noun is weaker evidence of a dated act than a verb.
      const noun = t.type === 'publication' && !(tokens.key[t.first] ?? '').endsWith('ed') ? 6 : 0;
      // "between March and November, the report identifies 43 voyages": a span before a report
      // is the time it covers, not the day it came out.
      if (noun > 0 && d.start !== null && d.end !== null && d.start !== d.end) continue;
      // English puts the time of an act after its verb ("moved to the front in November"); a date
      // before the verb more often belongs to an earlier clause.
      const before = t.type !== 'statement' && d.last <= t.first ? DATE_BEFORE_COST : 0;
      pairs.push({
        d,
        t,
        cost: g + loose + noun + before + (crossesClause(clauses, d.first, t.first) ? 100 : 0),
      });
    }
    // A date's few best words are all the one-to-one pairing needs; keeping them bounds the sort.
    sortRun(pairs, from, costOf);
    if (pairs.length > from + CANDIDATES_PER_DATE) pairs.length = from + CANDIDATES_PER_DATE;
  }
  sortRun(pairs, 0, costOf);
  // Each date and each word pairs once: the few already taken are looked through, not hashed.
  const usedD: DateExpression[] = [];
  const usedT: Trigger[] = [];
  const events: ExtractedEvent[] = [];
  for (const { d, t } of pairs) {
    const date = eventDate(d);
    if (usedD.includes(d) || usedT.includes(t) || date === null) continue;
    usedD.push(d);
    usedT.push(t);
    const first = Math.min(d.first, t.first);
    const last = Math.max(d.last, t.last);
    const start = tokens.start[first] ?? 0;
    const end = tokens.end[last - 1] ?? start;
    // The doers and the place usually stand around the verb ("Mr. Putin hosted Mr. Kim … in the
    // Russian Far East"), outside the span from date to verb, so the search reaches a few words out.
    const { actors, place } = actorsIn(tokens, {
      first: Math.max(sentence.from, first - ACTOR_REACH),
      last: Math.min(sentence.to, last + ACTOR_REACH),
    });
    events.push({
      span: [start, end],
      text: tokens.text.slice(start, end),
      date,
      type: t.type,
      actors,
      place,
    });
  }
  sortRun(events, 0, startOf);
  return events;
}
