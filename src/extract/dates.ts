import type { PartialDate } from '../domain/index.ts';
import {
  countWords,
  CUE_DATE_ANCHOR,
  CUE_QUANTITY,
  DATE_STARTS,
  lexicon,
  tableOf,
  wordsOf,
  type Scan,
} from './lexicon.ts';
import { keyAt, NUMBER, WORD, type Tokens } from './tokenize.ts';
import { isWordAt, valueAt } from './word-table.ts';

/** The published date split into parts; relative dates resolve against it. */
export interface Anchor {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  /** The latest date on each weekday, filled as a document names them. */
  readonly weekdays?: Array<PartialDate | null | undefined>;
}

/** A date or period the text states, resolved as far as the anchor allows. */
export interface DateExpression {
  readonly first: number;
  /** Token index after the expression. */
  readonly last: number;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  /** The date of the happening, for events; null for spans such as "the first nine months". */
  readonly date: PartialDate | null;
  /** A day of the week names when something was said, not the time a figure covers. */
  readonly weekday: boolean;
  /** "on Nov. 29": a single day that dates an event rather than a figure. */
  readonly day: boolean;
  /** "the same months of 2024": a span moved from one stated before, the base of a comparison. */
  readonly echo?: boolean;
  /**
   * "last summer", "a decade ago": places a figure in its year, too loosely to date a happening;
   * "over the previous day": a count's span, which dates none either.
   */
  readonly season?: boolean;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null for anything else. */
export function parseAnchor(published: string | null): Anchor | null {
  if (!published) return null;
  // Documents of one ingest share a day: its anchor, and the weekdays it has resolved, serve all.
  if (published === lastPublished) return lastAnchor;
  lastAnchor = readAnchor(published);
  lastPublished = published;
  return lastAnchor;
}

let lastPublished: string | null = null;
let lastAnchor: Anchor | null = null;

function readAnchor(published: string): Anchor | null {
  const [y, m, d] = published.split('-').map(Number);
  if (y === undefined || !Number.isInteger(y)) return null;
  return {
    year: y,
    month: m ?? null,
    day: d ?? null,
    weekdays: new Array<PartialDate | null | undefined>(7),
  };
}

const adjacent = (tokens: Tokens, a: number, b: number): boolean =>
  tokens.end[a] === tokens.start[b];

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const ymd = (y: number, m?: number | null, d?: number | null): PartialDate =>
  m == null ? String(y) : d == null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;

/** The most recent date on that weekday, on or before the anchor day. */
function resolveWeekday(anchor: Anchor, weekday: number): PartialDate | null {
  const cached = anchor.weekdays?.[weekday];
  if (cached !== undefined) return cached;
  const date = weekdayBefore(anchor, weekday);
  if (anchor.weekdays) anchor.weekdays[weekday] = date;
  return date;
}

function weekdayBefore(anchor: Anchor, weekday: number): PartialDate | null {
  if (anchor.month === null || anchor.day === null) return null;
  const base = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  const back = (base.getUTCDay() - weekday + 7) % 7;
  base.setUTCDate(base.getUTCDate() - back);
  return ymd(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
}

/** A month named without a year is the latest such month not after the anchor. */
function yearForMonth(anchor: Anchor | null, month: number, day: number | null): number | null {
  if (!anchor) return null;
  if (anchor.month === null) return anchor.year;
  if (
    month < anchor.month ||
    (month === anchor.month && (day === null || anchor.day === null || day <= anchor.day))
  ) {
    return anchor.year;
  }
  return anchor.year - 1;
}

function shiftMonth(anchor: Anchor, by: number): PartialDate | null {
  if (anchor.month === null) return null;
  const index = anchor.year * 12 + (anchor.month - 1) + by;
  return ymd(Math.floor(index / 12), (index % 12) + 1);
}

interface Core {
  readonly end: number;
  readonly start: PartialDate | null;
  readonly stop: PartialDate | null;
  readonly weekday?: boolean;
  readonly day?: boolean;
  /** "last summer": a season places a figure in its year but dates no happening. */
  readonly season?: boolean;
  /** "the war": a happening the lexicon dates in full, whose year no later date replaces. */
  readonly named?: boolean;
}

/**
 * A core moved to other months, built with every field rather than spread: a spread's hidden class
 * is held only by the objects alive that have it, and when a garbage collection finds none, V8
 * throws away the optimized code of every rule that read one (see records.ts).
 */
function coreWith(core: Core, start: PartialDate, stop: PartialDate): Core {
  return {
    end: core.end,
    start,
    stop,
    weekday: core.weekday === true,
    day: core.day === true,
    season: core.season === true,
    named: core.named === true,
  };
}

/** The seasons table gives each season's last month; a season runs three months. */
const SEASON_LENGTH = 3;

const YEAR_WORDS = new Map([
  ['last', -1],
  ['this', 0],
  ['next', 1],
]);

/** The year a four-digit number from 1900 to 2100 names ("in 2023"), else null. */
export function isYear(tokens: Tokens, at: number): number | null {
  if (tokens.kind[at] !== NUMBER) return null;
  const key = tokens.key[at] ?? '';
  if (key.length !== 4) return null;
  const y = Number(key);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** "last year", "this year", "a year ago" → year offset and the end token. */
function relativeYear(tokens: Tokens, at: number): { offset: number; end: number } | null {
  if (tokens.key[at + 1] !== 'year') return null;
  const k = tokens.key[at];
  if (k === 'last') return { offset: -1, end: at + 2 };
  if (k === 'this') return { offset: 0, end: at + 2 };
  if (k === 'next') return { offset: 1, end: at + 2 };
  if (
    (k === 'a' || k === 'one') &&
    (tokens.key[at + 2] === 'ago' || tokens.key[at + 2] === 'earlier')
  ) {
    return { offset: -1, end: at + 3 };
  }
  return null;
}

/** "Chad's 2024 maize crop": a year set between a possessive and a lower-case noun. */
function yearModifier(tokens: Tokens, at: number): boolean {
  return (
    tokens.key[at - 1] === 's' &&
    tokens.key[at - 2] === "'" &&
    tokens.kind[at + 1] === WORD &&
    !tokens.capital[at + 1]
  );
}

/** "a decade ago": ten years before the year of writing, as "a year ago" is one. */
function decadeAgo(tokens: Tokens, at: number): { offset: number; end: number } | null {
  const k = tokens.key[at];
  return (k === 'a' || k === 'one') &&
    tokens.key[at + 1] === 'decade' &&
    tokens.key[at + 2] === 'ago'
    ? { offset: -10, end: at + 3 }
    : null;
}

/**
 * A whole count from 1 to `max` at `at`, in words or digits ("two", "18"), and the token after it.
 */
function countAt(
  cx: Scan,
  input: { readonly at: number; readonly max: number },
): { readonly count: number; readonly end: number } | null {
  const { lex, tokens } = cx;
  const { at } = input;
  const n = lex.wordNumbers.match(tokens, at);
  const count = n?.value ?? (tokens.kind[at] === NUMBER ? Number(tokens.key[at]) : null);
  if (count === null || !Number.isInteger(count) || count < 1 || count > input.max) return null;
  return { count, end: n?.end ?? at + 1 };
}

/**
 * "two years ago", "18 months ago": counted back from the date of writing, as "a year ago" is.
 */
function countAgo(cx: Scan, at: number, anchor: Anchor): Core | null {
  const { tokens } = cx;
  // Asked of every core ("the", a month): a count is digits or a word of a number, whose first
  // word carries the quantity bit; the other words skip the phrase lookup.
  if (tokens.kind[at] !== NUMBER && (cx.cues[at]! & CUE_QUANTITY) === 0) return null;
  const read = countAt(cx, { at, max: 100 });
  if (read === null) return null;
  const { count, end: j } = read;
  const unit = tokens.key[j];
  if (tokens.key[j + 1] !== 'ago') return null;
  // Like "a decade ago", too loose to date a happening ("Two years ago Kim was isolated").
  if (unit === 'years') {
    const y = String(anchor.year - count);
    return { end: j + 2, start: y, stop: y, season: true };
  }
  if (unit !== 'months') return null;
  const m = shiftMonth(anchor, -count);
  return m ? { end: j + 2, start: m, stop: m, season: true } : null;
}

/** "since May", "in May": after one of these, a capitalized "May" is the month, not the verb. */
const MONTH_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'till',
  'from',
  'through',
  'between',
  'and',
  'to',
  'of',
  'by',
  'late',
  'early',
  'mid',
  // "last May", "next May": the month, as "last October" is.
  'last',
  'next',
  // "in January-May": the second month of a span.
  '-',
  '–',
]);

function readMonth(cx: Scan, at: number, anchor: Anchor | null): Core | null {
  const { lex, tokens } = cx;
  const key = tokens.key[at] ?? '';
  const month = lex.months.get(key);
  if (month === undefined || !tokens.capital[at]) return null;
  let j = at + 1;
  if (tokens.key[j] === '.') j++;
  let day: number | null = null;
  if (tokens.kind[j] === NUMBER && (tokens.key[j] ?? '').length <= 2) {
    const d = Number(tokens.key[j]);
    if (d >= 1 && d <= 31) {
      day = d;
      j++;
      if (
        tokens.key[j] === 'st' ||
        tokens.key[j] === 'nd' ||
        tokens.key[j] === 'rd' ||
        tokens.key[j] === 'th'
      )
        j++;
    }
  }
  // "May" is also a verb: accept it only with a day or a year.
  let year: number | null = null;
  let k = j;
  // "February 16, 2024", "February of 2022".
  if (tokens.key[k] === ',' || (tokens.key[k] === 'of' && isYear(tokens, k + 1) !== null)) k++;
  const explicit = isYear(tokens, k);
  if (explicit !== null) {
    year = explicit;
    j = k + 1;
  } else {
    // "September of last year", as "September last year".
    const rel =
      relativeYear(tokens, j) ?? (tokens.key[j] === 'of' ? relativeYear(tokens, j + 1) : null);
    if (rel && anchor) {
      year = anchor.year + rel.offset;
      j = rel.end;
    } else if (key === 'may' && day === null && !MONTH_PREPOSITIONS.has(tokens.key[at - 1] ?? '')) {
      return null;
    } else {
      year = yearForMonth(anchor, month, day);
      // "last June" in a June article is a year back: the month itself is "this month".
      if (
        year !== null &&
        tokens.key[at - 1] === 'last' &&
        day === null &&
        anchor?.month === month &&
        year === anchor.year
      )
        year--;
    }
  }
  if (year === null) return null;
  const date = ymd(year, month, day);
  const last = day === null ? null : secondDay(tokens, { at: at + 2, day });
  if (last !== null && j === at + 2) {
    // "September 9-10, 2025": the year, if any, follows the second day.
    let y = year;
    let e = at + 4;
    const k = tokens.key[e] === ',' ? e + 1 : e;
    const named = isYear(tokens, k);
    if (named !== null) {
      y = named;
      e = k + 1;
    }
    return { end: e, start: ymd(y, month, day), stop: ymd(y, month, last), day: true };
  }
  return { end: j, start: date, stop: date, day: day !== null };
}

/**
 * "9-10": the second day of a range of two or more days of one month, after a dash at `at`, or
 * null.
 */
function secondDay(
  tokens: Tokens,
  input: { readonly at: number; readonly day: number },
): number | null {
  const dash = tokens.key[input.at];
  if (dash !== '-' && dash !== '–') return null;
  const key = tokens.key[input.at + 1] ?? '';
  if (tokens.kind[input.at + 1] !== NUMBER || key.length > 2) return null;
  const last = Number(key);
  return last > input.day && last <= 31 ? last : null;
}

function readDayMonth(cx: Scan, at: number, anchor: Anchor | null): Core | null {
  const { lex, tokens } = cx;
  if (tokens.kind[at] !== NUMBER || (tokens.key[at] ?? '').length > 2) return null;
  const last = secondDay(tokens, { at: at + 1, day: Number(tokens.key[at]) });
  if (last !== null) {
    const range = readDayMonth(cx, at + 2, anchor);
    if (range === null || range.start === null) return range;
    return { ...range, start: `${range.start.slice(0, 8)}${pad(Number(tokens.key[at]))}` };
  }
  const month = lex.months.get(tokens.key[at + 1] ?? '');
  if (month === undefined || !tokens.capital[at + 1]) return null;
  const day = Number(tokens.key[at]);
  if (day < 1 || day > 31) return null;
  const explicit = isYear(tokens, at + 2);
  const year = explicit ?? yearForMonth(anchor, month, day);
  if (year === null) return null;
  const date = ymd(year, month, day);
  return { end: explicit !== null ? at + 3 : at + 2, start: date, stop: date, day: true };
}

function readCore(cx: Scan, at: number, anchor: Anchor | null): Core | null {
  const { lex, tokens } = cx;
  const key = tokens.key[at] ?? '';
  const year = isYear(tokens, at);
  if (year !== null) return { end: at + 1, start: String(year), stop: String(year) };
  const month = readMonth(cx, at, anchor) ?? readDayMonth(cx, at, anchor);
  if (month) return month;
  const weekday = lex.weekdays.get(key);
  if (weekday !== undefined && tokens.capital[at]) {
    const date = anchor ? resolveWeekday(anchor, weekday) : null;
    if (!date || !anchor) return null;
    // "on Thursday and Friday", "from Monday to Wednesday": the days between, in one week.
    const joiner = tokens.key[at + 1];
    const second = lex.weekdays.get(tokens.key[at + 2] ?? '');
    if ((joiner === 'and' || joiner === 'to') && second !== undefined && tokens.capital[at + 2]) {
      const stop = resolveWeekday(anchor, second);
      if (stop !== null && stop > date) return { end: at + 3, start: date, stop, weekday: true };
    }
    return { end: at + 1, start: date, stop: date, weekday: true };
  }
  if (!anchor) return null;
  const rel = relativeYear(tokens, at);
  if (rel) {
    const y = String(anchor.year + rel.offset);
    return { end: rel.end, start: y, stop: y };
  }
  const ago = countAgo(cx, at, anchor);
  if (ago) return ago;
  // "a decade ago" places a figure in a year, too loosely to date a happening.
  const decade = decadeAgo(tokens, at);
  if (decade) {
    const y = String(anchor.year + decade.offset);
    return { end: decade.end, start: y, stop: y, season: true };
  }
  const offset = YEAR_WORDS.get(key);
  // "the last week of May" is May's, read from the month.
  if (
    offset !== undefined &&
    tokens.key[at + 1] === 'week' &&
    tokens.key[at + 2] !== 'of' &&
    anchor.month !== null &&
    anchor.day !== null
  ) {
    // A week is resolved to its month: the text rarely says which day.
    const base = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + 7 * offset));
    const m = ymd(base.getUTCFullYear(), base.getUTCMonth() + 1);
    return { end: at + 2, start: m, stop: m };
  }
  // "in fall 2024", "during summer 2024": the season's months in the year named, as "the autumn
  // of 2024" is. A winter straddles two years, so "winter 2024" is left to the year alone.
  // (A season carries the anchor bit, so most cores skip the lookup.)
  const ownSeason = cx.cues[at]! & CUE_DATE_ANCHOR ? lex.seasons.get(key) : undefined;
  // "spring of 2024"
  const yearAt = tokens.key[at + 1] === 'of' ? at + 2 : at + 1;
  const ownYear = ownSeason === undefined ? null : isYear(tokens, yearAt);
  if (ownSeason !== undefined && ownYear !== null) {
    return ownSeason >= SEASON_LENGTH
      ? {
          end: yearAt + 1,
          start: ymd(ownYear, ownSeason - SEASON_LENGTH + 1),
          stop: ymd(ownYear, ownSeason),
        }
      : { end: yearAt + 1, start: String(ownYear), stop: String(ownYear) };
  }
  // "by year-end", "at year-end 2024": the last month of the year named, or of the year of writing.
  if (
    key === 'year' &&
    tokens.key[at + 1] === '-' &&
    tokens.key[at + 2] === 'end' &&
    adjacent(tokens, at, at + 1) &&
    adjacent(tokens, at + 1, at + 2)
  ) {
    const named = isYear(tokens, at + 3);
    return {
      end: named !== null ? at + 4 : at + 3,
      start: ymd(named ?? anchor.year, 12),
      stop: ymd(named ?? anchor.year, 12),
    };
  }
  // "last summer", "this autumn", "since the spring": the three months of the season, told from
  // the latest one begun by the anchor; "the summer of 2023" names its own year; "the fall in
  // prices" is no season.
  const seasonWord = tokens.key[at + 1] ?? '';
  const season = lex.seasons.get(seasonWord);
  // "through the winter", "over the summer" say when something is done, not which season
  // (annotators left "in the spring", "over the winter" undated five times against one in the
  // read sets); after "since" the season opens a running total.
  const named =
    offset !== undefined ||
    (key === 'the' && seasonWord !== 'fall' && keyAt(tokens.key, at - 1) === 'since');
  if (named && season !== undefined && anchor.month !== null && tokens.key[at + 2] !== 'of') {
    const now = anchor.year * 12 + anchor.month - 1;
    // The end month of the latest such season begun by the anchor, as a month index.
    let last = Math.floor(now / 12) * 12 + season - 1;
    while (last - (SEASON_LENGTH - 1) > now) last -= 12;
    while (last + 12 - (SEASON_LENGTH - 1) <= now) last += 12;
    const ended = now > last;
    let end = last;
    if (offset !== undefined && offset < 0 && !ended) end -= 12;
    else if (offset !== undefined && offset > 0) end += 12;
    else if (offset === 0 && ended && Math.floor(last / 12) < anchor.year) end += 12;
    const from = end - (SEASON_LENGTH - 1);
    return {
      end: at + 2,
      start: ymd(Math.floor(from / 12), (from % 12) + 1),
      stop: ymd(Math.floor(end / 12), (end % 12) + 1),
      season: true,
    };
  }
  // "the autumn of 2024": the season's months in the year named. A winter straddles two years,
  // so "the winter of 2024" is left to the year alone.
  // "the autumn of last year" names its year as "the autumn of 2024" does.
  const ofRelative =
    key === 'the' && tokens.key[at + 2] === 'of' ? relativeYear(tokens, at + 3) : null;
  const seasonYear =
    key === 'the' && tokens.key[at + 2] === 'of'
      ? (isYear(tokens, at + 3) ?? (ofRelative ? anchor.year + ofRelative.offset : null))
      : null;
  // "The fall of 2024" stays with the year alone: read as months, "began by the fall of 2023"
  // became a deadline and lost the happening annotators date by its year.
  if (
    seasonYear !== null &&
    season !== undefined &&
    seasonWord !== 'fall' &&
    season >= SEASON_LENGTH
  ) {
    return {
      end: ofRelative ? ofRelative.end : at + 4,
      start: ymd(seasonYear, season - SEASON_LENGTH + 1),
      stop: ymd(seasonYear, season),
      season: true,
    };
  }
  // "for the full year", "the whole year": the year of writing, or the one named after it.
  if (
    key === 'the' &&
    (seasonWord === 'full' || seasonWord === 'whole') &&
    tokens.key[at + 2] === 'year'
  ) {
    const named = isYear(tokens, at + 3);
    const y = String(named ?? anchor.year);
    return { end: named !== null ? at + 4 : at + 3, start: y, stop: y };
  }
  if (offset !== undefined && tokens.key[at + 1] === 'month') {
    const m = shiftMonth(anchor, offset);
    return m ? { end: at + 2, start: m, stop: m } : null;
  }
  if (key === 'yesterday' || key === 'today' || key === 'overnight') {
    if (anchor.month === null || anchor.day === null) return null;
    const base = new Date(
      Date.UTC(anchor.year, anchor.month - 1, anchor.day - (key === 'yesterday' ? 1 : 0)),
    );
    const d = ymd(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
    // "launched 90 drones overnight": the night that ends on the day of writing. Like a weekday
    // it dates a salvo or a toll, not any count ("prices doubled overnight").
    return key === 'overnight'
      ? { end: at + 1, start: d, stop: d, day: true, weekday: true }
      : { end: at + 1, start: d, stop: d, day: true };
  }
  return null;
}

/** "the first nine months of the year", "the first half of 2024": a span inside a year. */
function readYearPart(cx: Scan, at: number, anchor: Anchor | null): Core | null {
  const { lex, tokens } = cx;
  const short = readShortPart(cx, at, anchor);
  if (short) return short;
  let j = at;
  if (tokens.key[j] === 'the') j++;
  const ordinal = valueAt(ORDINALS, tokens, j);
  if (ordinal === undefined) return null;
  j++;
  // "the first-quarter shipments", "second-half exports": the part written as one adjective.
  if (
    tokens.key[j] === '-' &&
    (tokens.key[j + 1] === 'quarter' || tokens.key[j + 1] === 'half') &&
    adjacent(tokens, j - 1, j) &&
    adjacent(tokens, j, j + 1)
  )
    j++;
  let months: number | null = null;
  // "the last quarter of 2024": the part's place in the year, counted in its own size.
  let startMonth = 1;
  if (
    tokens.key[j] === 'month' &&
    tokens.key[j + 1] === 'of' &&
    (ordinal === 1 || ordinal === 0) &&
    j - 1 > at
  ) {
    // "the final month of the year": December; "the first month of 2024": January.
    startMonth = ordinal === 0 ? 12 : 1;
    months = startMonth;
    j++;
  } else if (tokens.key[j] === 'half' || tokens.key[j] === 'quarter') {
    months = tokens.key[j] === 'half' ? 6 : 3;
    const parts = 12 / months;
    const index = ordinal === 0 ? parts : ordinal;
    if (index > parts) return null;
    startMonth = (index - 1) * months + 1;
    months = startMonth + months - 1;
    j++;
  } else if (ordinal !== 1 && ordinal !== 0) {
    return null;
  } else {
    const n = lex.wordNumbers.match(tokens, j);
    const digits = tokens.kind[j] === NUMBER ? Number(tokens.key[j]) : null;
    const after = n?.end ?? j + 1;
    // "the first three quarters of last year": nine months.
    const size = tokens.key[after] === 'quarters' ? 3 : 1;
    const stated = n?.value ?? digits;
    const count = stated === null ? null : stated * size;
    if (
      count === null ||
      count < 1 ||
      count > 12 ||
      (tokens.key[after] !== 'months' && tokens.key[after] !== 'month' && size === 1)
    )
      return null;
    // "the last three months of 2025" ends the year; "the first nine months" begins it.
    if (ordinal === 0) startMonth = 13 - count;
    months = ordinal === 0 ? 12 : count;
    j = after + 1;
  }
  // "in the first quarter", with no year: the year of publication.
  if (tokens.key[j] !== 'of') {
    if (!anchor) return null;
    const y = yearOfPart(anchor, startMonth);
    return { end: j, start: ymd(y, startMonth), stop: ymd(y, months) };
  }
  j++;
  let year: number | null = isYear(tokens, j);
  if (year !== null) j++;
  else if (tokens.key[j] === 'the' && tokens.key[j + 1] === 'year' && anchor) {
    year = yearOfPart(anchor, startMonth);
    j += 2;
  } else {
    const rel = relativeYear(tokens, j);
    if (!rel || !anchor) return null;
    year = anchor.year + rel.offset;
    j = rel.end;
  }
  return { end: j, start: ymd(year, startMonth), stop: ymd(year, months) };
}

/**
 * "Q3 2024", "H1": a quarter or half written as a capital letter and its number, with the year
 * after it or, with none, the year of publication.
 */
function readShortPart(cx: Scan, at: number, anchor: Anchor | null): Core | null {
  const { lex, tokens } = cx;
  // (The capital first: most cores are in lower case, and skip the lookup.)
  if (!tokens.capital[at]) return null;
  const size = lex.yearPartLetters.get(tokens.key[at] ?? '');
  if (size === undefined) return null;
  if (tokens.kind[at + 1] !== NUMBER || !adjacent(tokens, at, at + 1)) return null;
  const index = Number(tokens.key[at + 1]);
  if (!Number.isInteger(index) || index < 1 || index > 12 / size) return null;
  const startMonth = (index - 1) * size + 1;
  // "Q1-Q3 2024": the parts from the first to the last, as "January-September" is.
  let j = at + 2;
  let last = index;
  if (
    (tokens.key[j] === '-' || tokens.key[j] === '–') &&
    tokens.key[j + 1] === tokens.key[at] &&
    tokens.kind[j + 2] === NUMBER &&
    adjacent(tokens, j + 1, j + 2)
  ) {
    const to = Number(tokens.key[j + 2]);
    if (Number.isInteger(to) && to > index && to <= 12 / size) {
      last = to;
      j += 3;
    }
  }
  const named = isYear(tokens, j);
  if (named === null && !anchor) return null;
  const year = named ?? yearOfPart(anchor!, startMonth);
  return {
    end: named !== null ? j + 1 : j,
    start: ymd(year, startMonth),
    stop: ymd(year, last * size),
  };
}

/**
 * "the final month of the year", written in January: a part of "the year" that had not begun by
 * the day of writing is the last year's.
 */
function yearOfPart(anchor: Anchor, startMonth: number): number {
  return anchor.month !== null && startMonth > anchor.month ? anchor.year - 1 : anchor.year;
}

/**
 * "the 12 months to the end of March", "the six months to June": a trailing span ending in the
 * month named (its latest occurrence not after the anchor).
 */
function readTrailingMonths(
  cx: Scan,
  input: { readonly at: number; readonly anchor: Anchor | null },
): Omit<DateExpression, 'first'> | null {
  const { tokens } = cx;
  let j = input.at;
  if (tokens.key[j] !== 'the') return null;
  j++;
  // "the year to March", "the quarter to June": the twelve or three months ending in it.
  let count: number | null = tokens.key[j] === 'year' ? 12 : tokens.key[j] === 'quarter' ? 3 : null;
  if (count === null) {
    const read = countAt(cx, { at: j, max: 120 });
    if (read === null) return null;
    count = read.count;
    j = read.end;
    if (tokens.key[j] === '-') j++;
    if (tokens.key[j] !== 'months' && tokens.key[j] !== 'month') return null;
  }
  j++;
  if (tokens.key[j] !== 'to' && tokens.key[j] !== 'through' && tokens.key[j] !== 'until')
    return null;
  j++;
  if (tokens.key[j] === 'the' && tokens.key[j + 1] === 'end' && tokens.key[j + 2] === 'of') j += 3;
  const end = readMonth(cx, j, input.anchor);
  if (!end?.start || end.start.length !== 7 || end.day) return null;
  const index = Number(end.start.slice(0, 4)) * 12 + Number(end.start.slice(5, 7)) - count;
  const start = ymd(Math.floor(index / 12), (index % 12) + 1);
  return { last: end.end, start, end: end.start, date: null, weekday: false, day: false };
}

/**
 * "over the past year", "in the last 18 months": the span running up to the month of publication.
 * Not "the last year of the war", which names a part of something else.
 */
function readPastSpan(
  cx: Scan,
  input: { readonly at: number; readonly anchor: Anchor | null },
): Omit<DateExpression, 'first'> | null {
  const { tokens } = cx;
  const { anchor } = input;
  let j = input.at;
  if (!anchor || anchor.month === null || tokens.key[j] !== 'the') return null;
  j++;
  if (tokens.key[j] !== 'past' && tokens.key[j] !== 'last') return null;
  j++;
  let months = 12;
  if (tokens.key[j] === 'year') j++;
  else if (tokens.key[j] === 'week')
    return tokens.key[j + 1] === 'of' ? null : pastWeeks(anchor, { weeks: 1, last: j + 1 });
  else {
    const read = countAt(cx, { at: j, max: 120 });
    if (read === null) return null;
    const { count } = read;
    j = read.end;
    // "over the past two years": the months they hold; "the past two weeks": their months.
    const unit = tokens.key[j];
    if (unit === 'weeks' && count <= MAX_PAST_WEEKS && tokens.key[j + 1] !== 'of')
      return pastWeeks(anchor, { weeks: count, last: j + 1 });
    if (unit === 'years' && count <= MAX_PAST_YEARS) months = count * 12;
    else if (unit === 'months') months = count;
    else return null;
    j++;
  }
  if (tokens.key[j] === 'of') return null;
  const index = anchor.year * 12 + anchor.month - 1 - months;
  const start = ymd(Math.floor(index / 12), (index % 12) + 1);
  return {
    last: j,
    start,
    end: ymd(anchor.year, anchor.month),
    date: null,
    weekday: false,
    day: false,
  };
}

/** Beyond these, "the past 20 weeks" or "the past 30 years" are too loose to read. */
const MAX_PAST_WEEKS = 8;
const MAX_PAST_YEARS = 10;

/**
 * "in the past week", "over the past two weeks": resolved to their months, as "last week" is,
 * since the text rarely says which days.
 */
function pastWeeks(
  anchor: Anchor,
  span: { readonly weeks: number; readonly last: number },
): Omit<DateExpression, 'first'> | null {
  if (anchor.month === null || anchor.day === null) return null;
  const base = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day - 7 * span.weeks));
  return {
    last: span.last,
    start: ymd(base.getUTCFullYear(), base.getUTCMonth() + 1),
    end: ymd(anchor.year, anchor.month),
    date: null,
    weekday: false,
    day: false,
  };
}

/** Ordinal words of a part of the year; 0 stands for "last". */
/** By word id (`tableOf`): asked of every core that is no month, mostly of "the" or a number. */
const ORDINALS = tableOf([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['last', 0],
  ['final', 0],
] as const);

/**
 * "the end of 2024" ends in its last month, "the start of 2023" begins in its first; "the start
 * of the year" is the year of publication. Returns the core with the edge applied, or null.
 */
function readEdged(
  cx: Scan,
  input: {
    readonly at: number;
    readonly anchor: Anchor | null;
    readonly edge: string | null;
    /** "since …", "between … and": a place where a named happening may open a span. */
    readonly opening?: boolean;
  },
): Core | null {
  const { tokens } = cx;
  const { at, anchor, edge } = input;
  let core = readCore(cx, at, anchor);
  if (!core && (input.opening === true || edge === 'start' || edge === 'beginning'))
    core = readNamedStart(cx, at);
  if (!core && edge && anchor && tokens.key[at] === 'the' && tokens.key[at + 1] === 'year') {
    const y = String(anchor.year);
    core = { end: at + 2, start: y, stop: y };
  }
  if (!core || !edge || core.start === null || core.start.length !== 4) return core;
  if (edge === 'end') return coreWith(core, `${core.start}-12`, `${core.stop}-12`);
  if (edge === 'start' || edge === 'beginning')
    return coreWith(core, `${core.start}-01`, `${core.stop}-01`);
  if (edge === 'middle') return coreWith(core, `${core.start}-06`, `${core.stop}-06`);
  return core;
}

const STARTING_VERBS = new Set(['began', 'started', 'broke', 'erupted']);

const namedStarts = new WeakMap<object, ReadonlyArray<readonly [readonly string[], string]>>();

/**
 * "since the start of the war", "since the full-scale invasion": a happening whose start the
 * lexicon dates, read only where it opens a span (it has no end to date a figure by).
 */
function readNamedStart(cx: Scan, at: number): Core | null {
  const { key } = cx.tokens;
  let table = namedStarts.get(cx.lex);
  if (!table) {
    // "full-scale" is three tokens, as the tokenizer splits a hyphen off.
    table = Object.entries(cx.lex.data.namedStarts).map(
      ([phrase, date]) =>
        [
          phrase
            .split(' ')
            .flatMap((word) => word.split('-').flatMap((w, i) => (i ? ['-', w] : [w]))),
          date,
        ] as const,
    );
    namedStarts.set(cx.lex, table);
  }
  for (const [words, date] of table) {
    let k = 0;
    while (k < words.length && key[at + k] === words[k]) k++;
    if (k < words.length) continue;
    if (!STARTING_VERBS.has(key[at + k] ?? ''))
      return { end: at + k, start: date, stop: date, named: true };
    // "since the war began in 2022": the date the text gives decides; "since the war began," has
    // none but the war's, which opens a figure's span but is no happening of the text.
    if (CLAUSE_ENDS.has(key[at + k + 1] ?? '.'))
      return { end: at + k + 1, start: date, stop: date, named: true, season: true };
  }
  return null;
}

function shiftYear(date: PartialDate | null, by: number): PartialDate | null {
  if (date === null) return null;
  return String(Number(date.slice(0, 4)) + by) + date.slice(4);
}

/**
 * Reads a date or period expression at token `at`: "since September 2023", "as of February 16",
 * "in July last year", "between January and March", "the first nine months of the year".
 * `previous` is the last period in the sentence, for "the same period a year ago".
 */
export function readDate(
  cx: Scan,
  context: {
    readonly at: number;
    readonly anchor: Anchor | null;
    readonly previous: DateExpression | null;
    /**
     * The period the text last stated before this sentence, which "in the same period last
     * year" moves when the sentence has stated none.
     */
    readonly stated?: {
      readonly start: PartialDate | null;
      readonly end: PartialDate | null;
    } | null;
  },
): DateExpression | null {
  const d = readDateCore(cx, context);
  if (!d) return d;
  const ahead = monthAhead(cx, { d, anchor: context.anchor });
  if (ahead) return ahead;
  const { key } = cx.tokens;
  // "grew 8% in 2023, and 30% in the first half of the year": the year just named, not
  // the year of writing.
  const year = context.previous?.start?.slice(0, 4) ?? context.previous?.end?.slice(0, 4);
  if (
    year !== undefined &&
    d.date === null &&
    d.start !== null &&
    d.end !== null &&
    d.start !== d.end &&
    key[d.last - 1] === 'year' &&
    key[d.last - 2] === 'the' &&
    key[d.last - 3] === 'of' &&
    d.start.slice(0, 4) !== year
  )
    return {
      first: d.first,
      last: d.last,
      start: inYear(d.start, year),
      end: inYear(d.end, year),
      date: null,
      weekday: d.weekday,
      day: d.day,
      echo: d.echo === true,
      season: d.season === true,
    };
  // "in October and November of that year", "between January and September that year": the
  // months of the year the text last named.
  const of = key[d.last] === 'of' ? 1 : 0;
  if (
    !year ||
    key[d.last + of] !== 'that' ||
    key[d.last + of + 1] !== 'year' ||
    d.start === null ||
    d.start.length < 7
  )
    return d;
  // Each month is moved on its own: a month read as this year's and one read as last year's
  // ("between January and September" in June) both belong to the year named.
  const end = d.end === null ? null : inYear(d.end, year);
  let start = inYear(d.start, year);
  // "between December and February that year": a pair that crosses New Year starts the year before.
  if (end !== null && start > end) start = shiftYear(start, -1)!;
  return {
    first: d.first,
    last: d.last + of + 2,
    start,
    end,
    date: d.date === null ? null : start,
    weekday: d.weekday,
    day: d.day,
    echo: d.echo === true,
    season: d.season === true,
  };
}

/**
 * "up from 2,100 won two years earlier", "against $12 million three years before", "compared with
 * about 20 two years ago" after "in March": the span just stated, moved back that many years, as
 * "a year earlier" moves it one. "N years ago" moves only a single month the sentence stated;
 * otherwise it counts back from the date of writing (`countAgo`).
 */
function yearsBack(
  cx: Scan,
  input: {
    readonly at: number;
    readonly previous: DateExpression | null;
    readonly stated: {
      readonly start: PartialDate | null;
      readonly end: PartialDate | null;
    } | null;
  },
): {
  readonly last: number;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
} | null {
  const { key } = cx.tokens;
  // Most tokens fail here: a count is a single word or number followed by "years".
  if (key[input.at + 1] !== 'years') return null;
  const read = countAt(cx, { at: input.at, max: 50 });
  if (read === null || read.count < 2 || key[read.end] !== 'years') return null;
  const word = key[read.end + 1];
  let prev: { readonly start: PartialDate | null; readonly end: PartialDate | null } | null;
  if (word === 'earlier' || (word === 'before' && CLAUSE_ENDS.has(key[read.end + 2] ?? '.')))
    prev = input.previous ?? input.stated;
  else if (word === 'ago') {
    const p = input.previous;
    prev = p && p.start !== null && p.start === p.end && p.start.length === 7 ? p : null;
  } else return null;
  if (prev === null || (prev.start === null && prev.end === null)) return null;
  return {
    last: read.end + 2,
    start: shiftYear(prev.start, -read.count),
    end: shiftYear(prev.end, -read.count),
  };
}

const FUTURE_WORDS = wordsOf(lexicon.data.futureWords);
/** How far before "by December" its clause's look ahead may stand: "is expected to have … there by". */
const FUTURE_REACH = 24;

/**
 * "is expected to have 6,000 in Kursk by November", written in August: a month a text looks ahead
 * to is the next one of that name, not the last, which a bare month is read as.
 */
function monthAhead(
  cx: Scan,
  input: { readonly d: DateExpression; readonly anchor: Anchor | null },
): DateExpression | null {
  const { d, anchor } = input;
  const { tokens } = cx;
  if (
    anchor === null ||
    anchor.month === null ||
    tokens.key[d.first] !== 'by' ||
    d.start !== null ||
    d.end === null ||
    d.end.length !== 7 ||
    Number(d.end.slice(0, 4)) !== anchor.year - 1
  )
    return null;
  // "by December 2023", "by last December" name their year.
  for (let i = d.first + 1; i < d.last; i++)
    if (isYear(tokens, i) !== null || tokens.key[i] === 'last') return null;
  for (let i = d.first - 1; i >= 0 && i >= d.first - FUTURE_REACH; i--) {
    const k = tokens.key[i];
    if (k === '.' || k === ';') return null;
    if (isWordAt(FUTURE_WORDS, tokens, i)) {
      const end = shiftYear(d.end, 1);
      return { ...d, end, date: d.date === null ? null : end };
    }
  }
  return null;
}

const BOOK_YEAR_STARTS = wordsOf(lexicon.data.bookYearStarts);

/**
 * "the fiscal year which opens in October", "the calendar year beginning in July" (`at` past "year"):
 * the twelve months from the next such month, a budget's year, which the month alone would put
 * in the past.
 */
function bookYearFrom(
  cx: Scan,
  input: { readonly at: number; readonly anchor: Anchor | null },
): { readonly last: number; readonly start: PartialDate; readonly end: PartialDate } | null {
  const { at, anchor } = input;
  const { key } = cx.tokens;
  if (anchor === null || anchor.month === null) return null;
  let j = key[at] === 'that' || key[at] === 'which' ? at + 1 : at;
  if (!isWordAt(BOOK_YEAR_STARTS, cx.tokens, j) || key[j + 1] !== 'in') return null;
  j++;
  const month = cx.lex.months.get(key[j + 1] ?? '');
  if (month === undefined || isYear(cx.tokens, j + 2) !== null) return null;
  const year = month >= anchor.month ? anchor.year : anchor.year + 1;
  const start = ymd(year, month);
  const endIndex = year * 12 + month - 1 + 11;
  return { last: j + 2, start, end: ymd(Math.floor(endIndex / 12), (endIndex % 12) + 1) };
}

/** A month or day of `date` moved into `year`. */
function inYear(date: PartialDate, year: string): PartialDate {
  return year + date.slice(4);
}

function readDateCore(
  cx: Scan,
  context: {
    readonly at: number;
    readonly anchor: Anchor | null;
    readonly previous: DateExpression | null;
    readonly stated?: {
      readonly start: PartialDate | null;
      readonly end: PartialDate | null;
    } | null;
  },
): DateExpression | null {
  const { tokens } = cx;
  const { at, anchor } = context;
  let j = at;
  const first = tokens.key[j] ?? '';
  let mode: 'point' | 'since' | 'until' | 'range' = 'point';
  let middle = false;
  if (first === 'since') mode = 'since';
  else if (first === 'as' && tokens.key[j + 1] === 'of') {
    mode = 'until';
    j++;
  } else if (first === 'until' || first === 'through' || first === 'till' || first === 'by')
    mode = 'until';
  else if (first === 'between' || first === 'from') mode = 'range';
  if (
    mode !== 'point' ||
    first === 'in' ||
    first === 'on' ||
    first === 'during' ||
    first === 'for' ||
    first === 'of' ||
    first === 'throughout' ||
    // "over 2023 and 2024"; "over 2024" alone is more often a base ("growth over 2024").
    (first === 'over' && !(isYear(tokens, j + 1) !== null && tokens.key[j + 2] !== 'and'))
  )
    j++;
  // "in fiscal 2024": the year the text names, whatever month its books open.
  if (isYear(tokens, j + 1) !== null && cx.lex.bookYearWords.has(tokens.key[j] ?? '')) j++;
  // "by mid-2025", "until late 2024": the year the part is of, as "in mid-2025" reads.
  if (
    mode !== 'since' &&
    (tokens.key[j] === 'earlier' ||
      tokens.key[j] === 'later' ||
      tokens.key[j] === 'early' ||
      tokens.key[j] === 'late' ||
      tokens.key[j] === 'mid')
  ) {
    middle = tokens.key[j] === 'mid';
    if (tokens.key[j + 1] === '-') j++;
    j++;
  }
  let edge: string | null = null;
  if (
    tokens.key[j] === 'the' &&
    SPAN_EDGES.has(tokens.key[j + 1] ?? '') &&
    tokens.key[j + 2] === 'of'
  ) {
    edge = tokens.key[j + 1] ?? null;
    j += 3;
  }
  // "during the first week of March": the week's days of the month read after it.
  const week = weekOfAt(tokens, j);
  if (week !== null) j += WEEK_PHRASE;
  if (
    tokens.key[j] === 'the' &&
    tokens.key[j + 2] === 'year' &&
    cx.lex.bookYearWords.has(tokens.key[j + 1] ?? '')
  ) {
    const book = bookYearFrom(cx, { at: j + 3, anchor });
    if (book) return { first: at, ...book, date: null, weekday: false, day: false, season: true };
  }
  if (
    tokens.key[j] === 'the' &&
    tokens.key[j + 1] === 'same' &&
    SAME_SPANS.has(tokens.key[j + 2] ?? '')
  ) {
    // "In the same period a year earlier, the yard held 20": the span of the sentence before.
    const prev = context.previous ?? context.stated ?? null;
    if (!prev || prev.start === null) return null;
    const rel = relativeYear(tokens, j + 3);
    // "the same months of 2024", "from the same month of 2023": the span just stated, moved to
    // the year named.
    const named =
      tokens.key[j + 3] === 'of' || tokens.key[j + 3] === 'in' ? isYear(tokens, j + 4) : null;
    const by = rel ? rel.offset : named !== null ? named - Number(prev.start.slice(0, 4)) : null;
    if (by === null) return null;
    return {
      first: at,
      last: rel ? rel.end : j + 5,
      start: shiftYear(prev.start, by),
      end: shiftYear(prev.end, by),
      date: null,
      weekday: false,
      day: false,
      echo: true,
      // Moved from another sentence's period, it dates no happening here.
      season: context.previous === null,
    };
  }
  const trailing = readTrailingMonths(cx, { at: j, anchor }) ?? readPastSpan(cx, { at: j, anchor });
  if (trailing)
    return {
      first: at,
      last: trailing.last,
      start: trailing.start,
      end: trailing.end,
      date: trailing.date,
      weekday: trailing.weekday,
      day: trailing.day,
      echo: false,
      season: false,
    };
  // "a year earlier", "the previous year": a year before the date just stated, not before today.
  const previousYear =
    ((tokens.key[j] === 'a' || tokens.key[j] === 'one') &&
      tokens.key[j + 1] === 'year' &&
      (tokens.key[j + 2] === 'earlier' || tokens.key[j + 2] === 'before')) ||
    (tokens.key[j] === 'the' &&
      (tokens.key[j + 1] === 'previous' || tokens.key[j + 1] === 'prior') &&
      tokens.key[j + 2] === 'year') ||
    // "up from 43 the year before"; not "the year before the war", "the year before last".
    (tokens.key[j] === 'the' &&
      tokens.key[j + 1] === 'year' &&
      tokens.key[j + 2] === 'before' &&
      CLAUSE_ENDS.has(tokens.key[j + 3] ?? '.'));
  if (previousYear) {
    // "That compared with $2.3 billion a year earlier.": a year before the period last stated.
    const prev = context.previous ?? context.stated ?? null;
    if (!prev || (prev.start === null && prev.end === null)) return null;
    const start = shiftYear(prev.start, -1);
    const end = shiftYear(prev.end, -1);
    // Like "the same period of 2023", the span a year back is the base of a comparison; one
    // moved from another sentence's period dates no happening here.
    return {
      first: at,
      last: j + 3,
      start,
      end,
      date: start ?? end,
      weekday: false,
      day: false,
      echo: true,
      season: context.previous === null,
    };
  }
  const back = yearsBack(cx, { at: j, previous: context.previous, stated: context.stated ?? null });
  if (back !== null) {
    // Like "a year earlier", the base of a comparison, and dates no happening here.
    return {
      first: at,
      last: back.last,
      start: back.start,
      end: back.end,
      date: back.start ?? back.end,
      weekday: false,
      day: false,
      echo: true,
      season: context.previous === null,
    };
  }
  // "on November 20 … over the previous day": the day before the day just stated, a count's own
  // span rather than the day of a happening.
  const previousDay =
    tokens.key[j] === 'the' &&
    (((tokens.key[j + 1] === 'previous' || tokens.key[j + 1] === 'prior') &&
      tokens.key[j + 2] === 'day') ||
      (tokens.key[j + 1] === 'day' &&
        tokens.key[j + 2] === 'before' &&
        CLAUSE_ENDS.has(tokens.key[j + 3] ?? '.')));
  if (previousDay) {
    const day = context.previous?.start ?? null;
    if (day === null || day.length !== 10 || context.previous?.end !== day) return null;
    const base = new Date(
      Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) - 1),
    );
    const before = ymd(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
    return {
      first: at,
      last: j + 3,
      start: before,
      end: before,
      date: null,
      weekday: false,
      day: false,
      echo: false,
      season: true,
    };
  }
  // "early the following year", "a year later": the year after the date just stated, not after
  // today's.
  const followingYear =
    (tokens.key[j] === 'the' &&
      (tokens.key[j + 1] === 'following' || tokens.key[j + 1] === 'next') &&
      tokens.key[j + 2] === 'year') ||
    ((tokens.key[j] === 'a' || tokens.key[j] === 'one') &&
      tokens.key[j + 1] === 'year' &&
      tokens.key[j + 2] === 'later');
  if (followingYear) {
    const prev = context.previous?.end ?? context.previous?.start ?? null;
    if (prev === null) return null;
    const year = String(Number(prev.slice(0, 4)) + 1) as PartialDate;
    return {
      first: at,
      last: j + 3,
      start: year,
      end: year,
      date: year,
      weekday: false,
      day: false,
      echo: false,
      season: false,
    };
  }
  if (!mayBeginCore(cx, j)) return null;
  const part = readYearPart(cx, j, anchor);
  if (part)
    return {
      first: at,
      last: part.end,
      start: part.start,
      end: part.stop,
      date: null,
      weekday: false,
      day: false,
      echo: false,
      season: false,
    };
  let core = readEdged(cx, {
    at: j,
    anchor,
    edge,
    opening: mode === 'since' || mode === 'range',
  });
  if (!core) return null;
  // "by mid-2025": the middle month, which a date of the year alone would not match.
  if (middle && core.start !== null && core.start.length === 4 && core.start === core.stop)
    core = coreWith(core, `${core.start}-06`, `${core.stop}-06`);
  if (week !== null) core = inWeek(core, week);
  // A bare year with no preposition is too often a label or a count to date anything; after a
  // possessive and before a noun it is the year of what the noun names ("Chad's 2024 maize crop").
  if (
    j === at &&
    tokens.kind[at] === NUMBER &&
    !core.day &&
    core.end === at + 1 &&
    !yearModifier(tokens, at)
  )
    return null;
  if (mode === 'range') {
    const joiner = tokens.key[core.end];
    // "from 2022 through 2024": the American "through" joins the ends as "to" does.
    if (
      joiner === 'and' ||
      joiner === 'to' ||
      joiner === '-' ||
      joiner === '–' ||
      (joiner === 'through' && first === 'from')
    ) {
      // "between August 2023 and the end of January 2024"
      let k = core.end + 1;
      let secondEdge: string | null = null;
      if (
        tokens.key[k] === 'the' &&
        SPAN_EDGES.has(tokens.key[k + 1] ?? '') &&
        tokens.key[k + 2] === 'of'
      ) {
        secondEdge = tokens.key[k + 1] ?? null;
        k += 3;
      }
      // "between April and mid-October": the part of the month still ends in it.
      if (secondEdge === null && PARTS_OF_MONTH.has(tokens.key[k] ?? '')) {
        k++;
        if (tokens.key[k] === '-') k++;
      }
      // "between March 4 and the second week of May"
      const secondWeek = secondEdge === null ? weekOfAt(tokens, k) : null;
      if (secondWeek !== null) k += WEEK_PHRASE;
      const edged = readEdged(cx, { at: k, anchor, edge: secondEdge });
      const second = edged && secondWeek !== null ? inWeek(edged, secondWeek) : edged;
      if (second) {
        // "between January and March 2024", "between March and November last year": the year
        // stated last applies to both.
        let start = core.start;
        if (
          start &&
          second.start &&
          core.named !== true &&
          start.length > 4 &&
          isYear(tokens, core.end - 1) === null &&
          second.start.slice(0, 4) !== start.slice(0, 4) &&
          (isYear(tokens, second.end - 1) !== null || tokens.key[second.end - 1] === 'year')
        ) {
          start = inYear(start, second.start.slice(0, 4));
          // "between December and January last year": the pair crosses New Year.
          if (start > second.start) start = shiftYear(start, -1)!;
        } else if (
          start &&
          second.start &&
          start.length > 4 &&
          second.start.length > 4 &&
          isYear(tokens, core.end - 1) === null &&
          start > second.start
        )
          // "between January and August", written in March: August is last year's, and so is
          // the January before it.
          start = shiftYear(start, -1)!;
        return {
          first: at,
          last: second.end,
          start,
          end: second.stop,
          date: start,
          weekday: false,
          day: false,
          echo: false,
          season: false,
        };
      }
    }
    if (first === 'between') return null;
  }
  // "in 2024 and 2025": two years in a row as one span.
  if (mode === 'point' && core.start !== null && core.start.length === 4 && core.end === j + 1) {
    const joined = joinedYear(tokens, core.end, Number(core.start));
    if (joined !== null)
      return {
        first: at,
        last: core.end + 2,
        start: core.start,
        end: String(joined),
        date: core.start,
        weekday: false,
        day: false,
        echo: false,
        season: false,
      };
    const next = tokens.key[core.end] === 'and' ? isYear(tokens, core.end + 1) : null;
    if (next !== null && next === Number(core.start) + 1)
      return {
        first: at,
        last: core.end + 2,
        start: core.start,
        end: String(next),
        date: core.start,
        weekday: false,
        day: false,
        echo: false,
        season: false,
      };
  }
  // "in January and February 2025", "in December and January": two months as one span, the
  // first taking the year of the second (the year before it when the pair crosses New Year).
  if (mode === 'point' && core.start !== null && core.start.length === 7 && !core.day) {
    const joiner = tokens.key[core.end];
    // "the January-September period": two months joined by a dash, as one span; so are
    // "January to March 2025" and "covering January to December" with no "from" before them.
    const second =
      joiner === 'and' ||
      joiner === 'through' ||
      joiner === 'to' ||
      joiner === '-' ||
      joiner === '–'
        ? readMonth(cx, core.end + 1, anchor)
        : null;
    if (second?.start && second.start.length === 7 && !second.day) {
      let start = inYear(core.start, second.start.slice(0, 4));
      if (start >= second.start) start = shiftYear(start, -1)!;
      const explicitFirst = isYear(tokens, core.end - 1) !== null;
      if (!explicitFirst || start === core.start)
        return {
          first: at,
          last: second.end,
          start,
          end: second.start,
          date: start,
          weekday: false,
          day: false,
          echo: false,
          season: false,
        };
    }
  }
  const date = mode === 'until' ? core.stop : core.start;
  return {
    first: at,
    last: core.end,
    start: mode === 'until' ? null : core.start,
    end: mode === 'since' ? null : core.stop,
    date,
    weekday: core.weekday === true,
    day: core.day === true && mode === 'point',
    echo: false,
    season: core.season === true,
  };
}

/**
 * "2023-24", "2023-2024", "2023/24": a second year written against the first, with no spaces, read
 * as one span; the year after a four-digit year at `at`, or null.
 */
function joinedYear(tokens: Tokens, at: number, first: number): number | null {
  const joiner = tokens.key[at];
  if (joiner !== '-' && joiner !== '–' && joiner !== '/') return null;
  if (!adjacent(tokens, at - 1, at) || !adjacent(tokens, at, at + 1)) return null;
  if (tokens.kind[at + 1] !== NUMBER) return null;
  const key = tokens.key[at + 1] ?? '';
  const second =
    key.length === 2 ? first - (first % 100) + Number(key) : key.length === 4 ? Number(key) : NaN;
  return second > first && second - first <= 10 ? second : null;
}

/** Words before a month that place a day in it without changing the month: "mid-October". */
const PARTS_OF_MONTH = new Set(['early', 'late', 'mid']);

/** Spans "the same … of 2024" may move from the one just stated. */
const SAME_SPANS = new Set(['period', 'months', 'month', 'quarter']);

// "the whole of 2024" is the year itself.
const SPAN_EDGES = new Set(['start', 'beginning', 'end', 'middle', 'whole']);

/** "the third week of": the week of a month an ordinal names, counted from 1; "last" is -1. */
const WEEK_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['last', -1],
  ['final', -1],
]);
/** The tokens of "the first week of". */
const WEEK_PHRASE = 4;

/** The week "the first week of" at `at` names, or null. */
function weekOfAt(tokens: Tokens, at: number): number | null {
  if (tokens.key[at] !== 'the' || tokens.key[at + 2] !== 'week' || tokens.key[at + 3] !== 'of')
    return null;
  return WEEK_ORDINALS.get(tokens.key[at + 1] ?? '') ?? null;
}

/**
 * "the first week of March" is its first seven days, "the last week of May" its last seven: a
 * count of a week is of those days, not of the month. A core that is no single month stays.
 */
function inWeek(core: Core, week: number): Core {
  const { start } = core;
  if (start === null || start.length !== 7 || start !== core.stop) return core;
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const first = week > 0 ? 7 * (week - 1) + 1 : days - 6;
  return coreWith(core, ymd(y, m, first), ymd(y, m, Math.min(days, first + 6)));
}

/** Tokens after which "the year before" ends its phrase. */
const CLAUSE_ENDS = new Set(['.', ',', ';', ')', 'and', 'but', 'while']);

/** Words a date's core can begin with, after any preposition: most tokens fail here at once. */
const CORE_STARTS = new Set([
  'the',
  // "by year-end"
  'year',
  'last',
  'this',
  'next',
  'a',
  'one',
  'yesterday',
  'today',
  'overnight',
  'first',
  'second',
  'third',
  'fourth',
  'final',
]);
const CORE_START_WORDS = wordsOf([
  ...CORE_STARTS,
  ...lexicon.seasons.keys(),
  ...lexicon.yearPartLetters.keys(),
  ...lexicon.bookYearWords,
  ...countWords(lexicon),
  ...lexicon.months.keys(),
  ...lexicon.weekdays.keys(),
]);

function mayBeginCore(cx: Scan, at: number): boolean {
  const { tokens } = cx;
  if (tokens.kind[at] === NUMBER) return true;
  return isWordAt(CORE_START_WORDS, tokens, at);
}

/** Whether the token can begin a date expression: one lookup before trying `readDate`. */
export function mayStartDate(cx: Scan, at: number): boolean {
  const { tokens } = cx;
  const key = tokens.key[at] ?? '';
  if (tokens.kind[at] === NUMBER)
    return (
      key.length === 4 ||
      (key.length <= 2 && isWordAt(MONTH_WORDS, tokens, at + 1)) ||
      (key.length <= 2 &&
        (tokens.key[at + 1] === '-' || tokens.key[at + 1] === '–') &&
        isWordAt(MONTH_WORDS, tokens, at + 3)) ||
      // "3 years ago", "3 years earlier"
      tokens.key[at + 2] === 'ago' ||
      tokens.key[at + 2] === 'earlier'
    );
  if (tokens.kind[at] !== WORD) return false;
  return isWordAt(DATE_START_WORDS, tokens, at);
}

/** Months and weekdays join the words that start a date or its core: one table is read a token. */
const MONTH_WORDS = wordsOf(lexicon.months.keys());
const DATE_START_WORDS = wordsOf([
  ...DATE_STARTS,
  ...countWords(lexicon),
  ...lexicon.months.keys(),
  ...lexicon.weekdays.keys(),
]);
