import type { Qualifier } from '../domain/index.ts';
import {
  CUE_DATE_ANCHOR,
  lexicon,
  tableOf,
  wordsOf,
  type PerUnit,
  type Scan,
  type UnitEntry,
} from './lexicon.ts';
import { keyAt, NUMBER, PUNCT, WORD, type Tokens } from './tokenize.ts';
import { isWordAt, valueAt, wordsAt } from './word-table.ts';

/** A number as the text states it, before any unit is attached. */
export interface NumberReading {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** vague plurals and "several hundred" carry only a lower bound. */
  readonly vague: boolean;
  /** "half", "a third": a share, reported as a percentage. */
  readonly fraction: boolean;
  /** Spelled below a hundred ("two", "twelve"): narrative more often than a figure. */
  readonly smallWord: boolean;
  /** Digits alone, no separator, scale or decimals, 1900–2100: most likely a year. */
  readonly yearLike: boolean;
  readonly end: number;
}

/** A quantity phrase found in a sentence, with its unit if the text gives one. */
export interface QuantityMatch {
  readonly first: number;
  /** Token index after the phrase. */
  readonly last: number;
  readonly numberStart: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly unit: string;
  readonly category: string;
  /** Token range of the counted noun, where there is one. */
  readonly unitFrom: number;
  readonly unitTo: number;
  /** A people form ("North Koreans") names the nationality of the count. */
  readonly peopleCountry: string | null;
  readonly per: PerUnit | null;
  /** The unit is the generic `item`, guessed from an unknown plural noun. */
  readonly guessed: boolean;
  /** A figure of change ("up 21%", "down a third"): said of another figure, not a level. */
  readonly change: boolean;
  /** A limit ("caps imports at", "a cap of"): an upper bound that nobody sends. */
  readonly cap: boolean;
  /** "one in five rounds": a share of a stock, which flows nowhere. */
  readonly ratio: boolean;
  /** "at 7.2 yuan to the dollar": a rate of exchange, no claim, that puts the sentence's sums in dollars. */
  readonly exchange: boolean;
}

const MAX_DIGITS = 15;

function adjacent(tokens: Tokens, a: number, b: number): boolean {
  return tokens.end[a] === tokens.start[b];
}

/** "hundreds of", "several million": no value, a floor of twice the scale (the spec's convention). */
function vagueReading(figure: { readonly low: number; readonly end: number }): NumberReading {
  return {
    value: null,
    low: figure.low,
    high: null,
    vague: true,
    fraction: false,
    smallWord: false,
    yearLike: false,
    end: figure.end,
  };
}

/**
 * Where a vague plural ends: before its "of" when a whole already named follows ("dozens of the
 * launchers", "thousands of them"), so the figure is read as a part of that whole, as "nine of
 * them" is; past a closing quote that sets the plural off before such an "of" ('"dozens" of them').
 */
function vaguePartEnd(tokens: Tokens, end: number): number {
  const ofAt = tokens.key[end - 1] === 'of' ? end - 1 : tokens.key[end] === '"' ? end + 1 : -1;
  if (tokens.key[ofAt] !== 'of') return end;
  const next = tokens.key[ofAt + 1] ?? '';
  return DETERMINERS.has(next) || BACK_REFERENCES.has(next) ? ofAt : end;
}

/** A number read from words, whole and exact: "a half-million", "half a million". */
function wordNumberReading(figure: {
  readonly value: number;
  readonly end: number;
}): NumberReading {
  return {
    value: figure.value,
    low: null,
    high: null,
    vague: false,
    fraction: false,
    smallWord: false,
    yearLike: false,
    end: figure.end,
  };
}

function parseDigits(raw: string): number | null {
  let digits = 0;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === ',' || ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009') continue;
    if (ch !== '.') digits++;
    out += ch;
  }
  if (digits > MAX_DIGITS) return null;
  const value = Number(out);
  return Number.isFinite(value) ? value : null;
}

const SCALES = tableOf(lexicon.scales);

/** Multiplies by the scale words that follow ("3 million", "several hundred thousand"). */
function readScales(cx: Scan, at: number, limit: number): { factor: number; end: number } {
  const { tokens } = cx;
  let factor = 1;
  let i = at;
  while (i < limit && tokens.kind[i] === WORD) {
    const scale = valueAt(SCALES, tokens, i);
    if (scale === undefined) break;
    factor *= scale;
    i++;
  }
  return { factor, end: i };
}

/**
 * "$1.5-billion", "a 2-million deal": where a scale is joined to its digits by a hyphen, the
 * scale's index; null otherwise. Not a scale that joins a noun after it ("a 1.5-million-barrel
 * tanker"): that is a size, unless the noun is the unit of a limit (see `hyphenedCap`).
 */
function hyphenedScale(cx: Scan, input: { at: number; limit: number }): number | null {
  const { tokens } = cx;
  const { at, limit } = input;
  if (at + 1 >= limit || tokens.key[at] !== '-' || !adjacent(tokens, at - 1, at)) return null;
  if (!adjacent(tokens, at, at + 1) || valueAt(SCALES, tokens, at + 1) === undefined) return null;
  if (
    tokens.key[at + 2] === '-' &&
    adjacent(tokens, at + 1, at + 2) &&
    hyphenedCap(cx, { at: at + 2, limit }) === null
  )
    return null;
  return at + 1;
}

/** How many words may stand between a hyphened unit and its cap: "500,000-barrel annual UN cap". */
const HYPHENED_CAP_REACH = 2;

/**
 * "a 300,000-tonne yearly quota", "a half-million-tonne quota": where the hyphen at `at` joins
 * the figure to the unit of a limit, the unit's entry and end; null otherwise. A size joined the
 * same way ("a 5,000-ton freighter", "a 40-page report") names no limit and stays unread.
 */
function hyphenedCap(
  cx: Scan,
  input: { readonly at: number; readonly limit: number },
): { readonly unit: UnitEntry; readonly from: number; readonly end: number } | null {
  const { lex, tokens } = cx;
  const { at, limit } = input;
  if (tokens.key[at] !== '-' || !adjacent(tokens, at - 1, at) || !adjacent(tokens, at, at + 1))
    return null;
  const unit = lex.units.match(tokens, at + 1, limit);
  if (unit === null) return null;
  for (let j = unit.end; j < limit && j <= unit.end + HYPHENED_CAP_REACH; j++) {
    if (tokens.kind[j] !== WORD) return null;
    if (lex.capWords.has(tokens.key[j] ?? ''))
      return { unit: unit.value, from: at + 1, end: unit.end };
  }
  return null;
}

/** Reads a number at token `at`: digits, words, vague plurals or a fraction. Null when none. */
export function readNumber(cx: Scan, at: number, limit: number): NumberReading | null {
  const { lex, tokens } = cx;
  const kind = tokens.kind[at];
  const key = tokens.key[at] ?? '';
  if (kind === NUMBER) {
    const base = parseDigits(key);
    if (base === null) return null;
    let end = at + 1;
    let factor = 1;
    const suffix =
      end < limit && tokens.kind[end] === WORD && adjacent(tokens, at, end)
        ? lex.scaleSuffixes.get(tokens.key[end] ?? '')
        : undefined;
    if (suffix !== undefined) {
      factor = suffix;
      end++;
    } else {
      const scales = readScales(cx, hyphenedScale(cx, { at: end, limit }) ?? end, limit);
      factor = scales.factor;
      end = scales.end;
    }
    const yearLike =
      factor === 1 && key.length === 4 && !key.includes(',') && base >= 1900 && base <= 2100;
    return {
      value: base * factor,
      low: null,
      high: null,
      vague: false,
      fraction: false,
      smallWord: false,
      yearLike,
      end,
    };
  }
  if (kind !== WORD) return null;
  const vague = lex.vaguePlurals.match(tokens, at, limit);
  if (vague) return vagueReading({ low: 2 * vague.value, end: vaguePartEnd(tokens, vague.end) });
  const several = lex.vagueMultipliers.match(tokens, at, limit);
  if (several) {
    const scales = readScales(cx, several.end, limit);
    if (scales.end === several.end) return null;
    return vagueReading({ low: 2 * scales.factor, end: scales.end });
  }
  const fraction = lex.fractions.match(tokens, at, limit);
  const word = lex.wordNumbers.match(tokens, at, limit);
  // "half a dozen" is a number of its own, longer than the fraction it starts with.
  if (fraction && !(word && word.end > fraction.end)) {
    // "a half-million", "a quarter million": a fraction right before a scale is a number too
    // (not a size, "a half-million-barrel tanker", save the unit of a limit: `hyphenedCap`).
    const hyphen =
      tokens.key[fraction.end] === '-' && adjacent(tokens, fraction.end - 1, fraction.end);
    const scaleAt = fraction.end + (hyphen ? 1 : 0);
    const direct = readScales(cx, scaleAt, limit);
    const size = tokens.key[direct.end] === '-' && adjacent(tokens, direct.end - 1, direct.end);
    if (direct.end > scaleAt && (!size || hyphenedCap(cx, { at: direct.end, limit }) !== null))
      return wordNumberReading({ value: (fraction.value / 100) * direct.factor, end: direct.end });
    // "half a million" and "a quarter of a million" are numbers, "half of" a share.
    const of = tokens.key[fraction.end] === 'of' ? 1 : 0;
    const article = tokens.key[fraction.end + of];
    if (article === 'a' || article === 'an') {
      const scales = readScales(cx, fraction.end + of + 1, limit);
      if (scales.end > fraction.end + of + 1)
        return wordNumberReading({
          value: (fraction.value / 100) * scales.factor,
          end: scales.end,
        });
    }
    if (tokens.key[fraction.end] !== 'of') return null;
    return {
      value: fraction.value,
      low: null,
      high: null,
      vague: false,
      fraction: true,
      smallWord: false,
      yearLike: false,
      end: fraction.end,
    };
  }
  if (word) {
    let value = word.value;
    let end = word.end;
    // "twenty-five", "forty two"
    if (value >= 20 && value < 100 && value % 10 === 0) {
      let j = end;
      if (tokens.key[j] === '-' && adjacent(tokens, j - 1, j)) j++;
      const unit = lex.wordNumbers.match(tokens, j, limit);
      if (
        unit &&
        unit.value < 10 &&
        unit.value >= 1 &&
        tokens.key[j] !== 'a' &&
        tokens.key[j] !== 'an'
      ) {
        value += unit.value;
        end = unit.end;
      }
    }
    const scales = readScales(cx, end, limit);
    const article = key === 'a' || key === 'an';
    if (article && scales.end === end && value === 1) return null;
    return {
      value: value * scales.factor,
      low: null,
      high: null,
      vague: false,
      fraction: false,
      // "a dozen launchers" is a count reporting states; "two systems" is narrative.
      smallWord: scales.end === end && value < 100 && !(article && value === 12) && key !== 'half',
      yearLike: false,
      end: scales.end,
    };
  }
  return null;
}

/** Whether the token at `at` can begin a number: keeps the scan to one lookup per token. */
export function mayStartNumber(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  if (tokens.kind[at] === NUMBER) return true;
  if (tokens.kind[at] !== WORD) return false;
  return (
    lex.wordNumbers.startsAt(tokens, at) ||
    lex.vaguePlurals.startsAt(tokens, at) ||
    lex.vagueMultipliers.startsAt(tokens, at) ||
    lex.fractions.startsAt(tokens, at)
  );
}

/** "3,000 or 4,000 rounds a day" is a range too: the figure lies between the two. */
const RANGE_JOINERS = new Set(['-', '–', '—', 'to', 'or']);
/** Words that make a tonnage the size of a ship: "3,000 deadweight tons". */
const SHIP_SIZES = new Set(['deadweight', 'gross', 'dwt']);
/** Verbs that take "over" as their particle: "handed over", "turned over". */
const HANDING = new Set(['handed', 'hand', 'hands', 'handing', 'turned', 'turn', 'turns']);
/** Verbs whose particle "up to" gives a total, not a bound: "adds up to", "totted up to". */
const SUMMING = new Set(lexicon.data.summingVerbs);
/** Verbs and nouns after which "about" names a topic, not an approximation. */
const SPOKEN_OF = new Set(['asked', 'ask', 'asking', 'talking', 'talk', 'talked', 'questions']);
const DATE_PREPOSITIONS = new Set([
  'in',
  'since',
  'of',
  'by',
  'during',
  'until',
  'from',
  'through',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'between',
  'and',
  'to',
  'year',
  'fiscal',
]);
const DOCUMENT_PARTS = new Set(lexicon.data.documentPartWords);
const LABEL_WORDS = new Set([
  'no',
  'article',
  'resolution',
  'unit',
  'route',
  'page',
  'chapter',
  'type',
  'model',
  'version',
  'paragraph',
  'flight',
  'brigade',
  'division',
  'regiment',
  'corps',
  'battalion',
  'army',
  'number',
  'item',
  'section',
  'part',
  'phase',
  'group',
]);

interface UnitFound {
  readonly unit: string;
  readonly category: string;
  readonly from: number;
  readonly to: number;
  readonly peopleCountry: string | null;
  readonly per: PerUnit | null;
  readonly guessed: boolean;
  /** Phrase end, including "worth" after a currency. */
  readonly end: number;
}

/**
 * The counted noun a lexicon match names, from token `from` to the match's end; `rate` carries a
 * rate read after it ("a month") and where the phrase then ends.
 */
function countedBy(
  unit: {
    readonly value: { readonly unit: string; readonly category: string };
    readonly end: number;
  },
  from: number,
  rate: { readonly per: PerUnit | null; readonly end: number } = { per: null, end: -1 },
): UnitFound {
  return {
    unit: unit.value.unit,
    category: unit.value.category,
    from,
    to: unit.end,
    peopleCountry: null,
    per: rate.per,
    guessed: false,
    end: rate.end,
  };
}

function currencyAfter(cx: Scan, at: number, limit: number): UnitFound | null {
  const { lex, tokens } = cx;
  let j = at;
  if (tokens.key[j] === 'of' && j + 1 < limit) j++;
  const word = lex.currencyWords.match(tokens, j, limit);
  if (!word) return null;
  // "won" after a number is the currency; "won" as a verb follows a name, not a figure.
  let end = word.end;
  if (tokens.key[end] === "'" && (tokens.key[end + 1] === 's' || tokens.key[end + 1] === 'worth'))
    end++;
  if (tokens.key[end] === 's' && tokens.key[end - 1] === "'") end++;
  if (tokens.key[end] === 'worth') end++;
  return {
    unit: word.value,
    category: 'money',
    from: j,
    to: word.end,
    peopleCountry: null,
    per: null,
    guessed: false,
    end,
  };
}

const CASUALTY_ADJECTIVES = new Set(['wounded', 'injured', 'dead', 'captured', 'killed']);

const STRENGTH_WORDS = new Set(lexicon.data.strengthWords);
const GROUP_STRENGTH_WORDS = new Set(lexicon.data.groupStrengthWords);
const STRENGTH_GROUPS = new Set([...lexicon.data.groupNouns, ...lexicon.data.strengthGroupNouns]);

/** "an 11,000-strong contingent", "a 3,000-man unit", "a 1.2 million-strong army": a count of people. */
function strength(cx: Scan, at: number): UnitFound | null {
  const { tokens } = cx;
  const word = tokens.key[at + 1] ?? '';
  if (tokens.key[at] !== '-' || !STRENGTH_WORDS.has(word)) return null;
  // "the 15-member council", "a 27-member bloc": the members of a body are mostly countries.
  if (GROUP_STRENGTH_WORDS.has(word) && !STRENGTH_GROUPS.has(tokens.key[at + 2] ?? '')) return null;
  return {
    unit: 'person',
    category: 'personnel',
    from: at,
    to: at + 2,
    peopleCountry: null,
    per: null,
    guessed: false,
    end: at + 2,
  };
}

/** A noun of people within three tokens, past country adjectives: "North Korean soldiers". */
function personAhead(cx: Scan, at: number, limit: number): UnitFound | null {
  const { lex, tokens } = cx;
  for (let j = at; j < limit && j < at + 4; j++) {
    const country = lex.countries.match(tokens, j, limit);
    if (country?.value.people) {
      return {
        unit: 'person',
        category: 'personnel',
        from: j,
        to: country.end,
        peopleCountry: country.value.code,
        per: null,
        guessed: false,
        end: country.end,
      };
    }
    const unit = lex.units.match(tokens, j, limit);
    if (unit?.value.unit === 'person') {
      return {
        unit: 'person',
        category: unit.value.category,
        from: j,
        to: unit.end,
        peopleCountry: null,
        per: null,
        guessed: false,
        end: unit.end,
      };
    }
    if (country && !country.value.anaphora) j = country.end - 1;
    else return null;
  }
  return null;
}

const SHIFT_WORDS = new Set(['ago', 'earlier', 'later', 'before']);

/** "12,000 tons a year earlier", "a month ago": the words of a rate that shift a date instead. */
function datesBack(tokens: Tokens, at: number): boolean {
  return SHIFT_WORDS.has(tokens.key[at] ?? '');
}

/** A unit of measure written onto a number ("170mm", "20ft"): a size, not a count. */
function measureSuffix(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  return (
    tokens.kind[at] === NUMBER &&
    tokens.kind[at + 1] === WORD &&
    adjacent(tokens, at, at + 1) &&
    lex.notCounted.has(tokens.key[at + 1] ?? '')
  );
}

/** "152 mm artillery": a calibre whose word of measure stands apart from its number. */
function spacedMeasure(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  return (
    tokens.kind[at] === NUMBER &&
    tokens.kind[at + 1] === WORD &&
    !adjacent(tokens, at, at + 1) &&
    lex.calibreWords.has(tokens.key[at + 1] ?? '')
  );
}

/** A calibre starts at a token: "122mm", "122-mm", "122-millimeter". */
function calibreAt(cx: Scan, at: number): boolean {
  const { tokens } = cx;
  if (tokens.kind[at] !== NUMBER) return false;
  if (measureSuffix(cx, at) || spacedMeasure(cx, at)) return true;
  return (
    tokens.key[at + 1] === '-' &&
    adjacent(tokens, at, at + 1) &&
    cx.lex.notCounted.has(tokens.key[at + 2] ?? '')
  );
}

/** "factories", not "process" or "gas": a lower-case word of four letters or more ending in one s. */
function looksPlural(tokens: Tokens, at: number): boolean {
  const start = tokens.start[at]!;
  const end = tokens.end[at]!;
  const text = tokens.text;
  return end - start > 3 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) !== 115;
}

/** Skips modifiers ("North Korean", "152-millimeter", "ballistic") to the counted noun. */
function countedNoun(cx: Scan, at: number, limit: number): UnitFound | null {
  const { lex, tokens } = cx;
  let j = at;
  // A closing quote may sit between a quoted figure and its noun: "several hundred" casualties.
  while (j < limit && (tokens.key[j] === '"' || tokens.key[j] === "'") && j < at + 2) j++;
  let skipped = 0;
  let guess: number = -1;
  while (j < limit && skipped <= 4) {
    const unit = lex.units.match(tokens, j, limit);
    const country = lex.countries.match(tokens, j, limit);
    if (country?.value.people && (!unit || country.end >= unit.end)) {
      return {
        unit: 'person',
        category: 'personnel',
        from: j,
        to: country.end,
        peopleCountry: country.value.code,
        per: null,
        guessed: false,
        end: country.end,
      };
    }
    // "two wounded North Korean soldiers": a casualty word before a noun of people modifies it.
    if (
      unit &&
      unit.value.category === 'casualties' &&
      CASUALTY_ADJECTIVES.has(tokens.key[j] ?? '') &&
      tokens.kind[unit.end] === WORD
    ) {
      const person = personAhead(cx, unit.end, limit);
      if (person) return { ...person, category: 'casualties' };
    }
    if (unit) {
      // "munitions plants", "round trips", "rocket launch systems": the last noun of a compound
      // names what is counted.
      const head = headNoun(cx, unit.end, limit);
      if (head) {
        j = head;
        continue;
      }
      let end = unit.end;
      let per: PerUnit | null = unit.value.per ?? null;
      const perPhrase = lex.perPhrases.match(tokens, end, limit);
      if (
        perPhrase &&
        (unit.value.unit === 'barrel' || unit.value.unit === 'tonne') &&
        !datesBack(tokens, perPhrase.end)
      ) {
        per = perPhrase.value;
        end = perPhrase.end;
      }
      return countedBy(unit, j, { per, end });
    }
    if (country && !country.value.anaphora) {
      j = country.end;
      // "North Korean-made", "Russian-supplied"
      while (
        tokens.key[j] === '-' &&
        adjacent(tokens, j - 1, j) &&
        tokens.kind[j + 1] === WORD &&
        j + 1 < limit
      )
        j += 2;
      skipped++;
      continue;
    }
    const kind = tokens.kind[j];
    const key = tokens.key[j] ?? '';
    if (kind === NUMBER && tokens.key[j + 1] === '-' && tokens.kind[j + 2] === WORD) {
      j += 3;
      skipped++;
      continue;
    }
    // A model name of letters and digits, one word with the letters before it: "220 M1989 Koksan guns".
    if (kind === NUMBER && j > at && tokens.kind[j - 1] === WORD && adjacent(tokens, j - 1, j)) {
      j++;
      continue;
    }
    // A calibre or size written as one word or two: "170mm", "20ft", "152 mm".
    if (kind === NUMBER && (measureSuffix(cx, j) || spacedMeasure(cx, j))) {
      j += 2;
      skipped++;
      continue;
    }
    // Calibres joined by a conjunction: "152mm and 122mm shells", "122-mm and 152-mm".
    if ((key === 'and' || key === 'or' || key === '/') && j > at && calibreAt(cx, j + 1)) {
      j++;
      continue;
    }
    // "12 Buk and other mobile air defence systems": a model name and the kind it belongs to.
    if (
      (key === 'and' || key === 'or') &&
      j > at &&
      tokens.capital[j - 1] &&
      tokens.key[j + 1] === 'other'
    ) {
      j += 2;
      continue;
    }
    // Two modifiers of one noun: "112 attack and decoy drones".
    if (
      (key === 'and' || key === 'or') &&
      j > at &&
      tokens.kind[j - 1] === WORD &&
      tokens.kind[j + 1] === WORD &&
      lex.units.match(tokens, j + 2, limit) !== null
    ) {
      j++;
      continue;
    }
    // Model names joined by a conjunction or a slash: "KN-23 and KN-24 missiles", "KN-23/KN-24".
    if (
      (key === 'and' || key === 'or' || key === '/') &&
      j > at &&
      (tokens.capital[j - 1] || tokens.kind[j - 1] === NUMBER) &&
      tokens.capital[j + 1] &&
      !lex.countries.match(tokens, j + 1, limit)
    ) {
      j++;
      continue;
    }
    if (
      kind !== WORD ||
      lex.notCounted.has(key) ||
      lex.speechVerbs.has(key) ||
      lex.clauseStops.has(key)
    )
      break;
    if (lex.flowVerbs.startsWith(key) && !tokens.capital[j]) break;
    if (guess < 0 && !tokens.capital[j] && looksPlural(tokens, j)) guess = j;
    const word = j;
    j++;
    // Compounds and model names: "self-propelled", "KN-23", "Su-27".
    while (
      tokens.key[j] === '-' &&
      tokens.kind[j + 1] !== PUNCT &&
      adjacent(tokens, j - 1, j) &&
      j + 1 < limit
    )
      j += 2;
    // "16 sub-munitions", "35 transporter-erector-launchers": a compound ending in a plural
    // counted noun, with no noun after it, counts that noun ("anti-tank missiles" goes on to its
    // own).
    const piece = j > word + 1 && !tokens.capital[word] ? pluralPiece(cx, j - 1, limit) : null;
    if (piece) return countedBy(piece, word, { per: piece.value.per ?? null, end: j });
    skipped++;
    // "900 special forces troops": a plural that modifies a noun of people is no count of
    // its own.
    if (guess >= 0 && lex.units.match(tokens, j, limit)?.value.unit !== 'person') break;
  }
  // "reviewed 212 satellite images of the yard": pictures counted are the evidence a study drew
  // on, not goods or arms that moved.
  if (guess >= 0 && !isWordAt(IMAGE_NOUNS, tokens, guess)) {
    return {
      unit: 'item',
      category: 'other',
      from: guess,
      to: guess + 1,
      peopleCountry: null,
      per: null,
      guessed: true,
      end: guess + 1,
    };
  }
  return null;
}

const IMAGE_NOUNS = wordsOf(lexicon.data.imageWords);
const FORMATION_NOUNS = new Set(lexicon.data.formationNouns);

/** The counted noun a compound's last piece at `at` names, when it is plural and no noun follows it. */
function pluralPiece(cx: Scan, at: number, limit: number) {
  const { lex, tokens } = cx;
  if (!looksPlural(tokens, at)) return null;
  const next = at + 1;
  if (
    lex.units.match(tokens, next, limit) ||
    (tokens.kind[next] === WORD && looksPlural(tokens, next))
  )
    return null;
  return lex.units.match(tokens, at, at + 1);
}

/** Where a noun that heads the compound begins after a unit word, past "-to-ship" links; or 0. */
function headNoun(cx: Scan, at: number, limit: number): number {
  const { lex, tokens } = cx;
  let j = at;
  // "ship-to-ship transfers"
  while (j + 1 < limit && tokens.key[j] === '-' && adjacent(tokens, j - 1, j)) j += 2;
  if (j >= limit || tokens.kind[j] !== WORD || tokens.capital[j]) return 0;
  const next = lex.units.match(tokens, j, limit);
  if (!next) return 0;
  // "missile technicians", "drone pilots": a singular unit word modifying people counts the
  // people; a plural one ("shells") heads its own count.
  const modifier = tokens.key[at - 1] ?? '';
  if (next.value.unit === 'person')
    return next.value.category === 'personnel' && !modifier.endsWith('s') ? j : 0;
  return j;
}

/** How many words after "of" a share's noun may stand: "half of its older artillery shells". */
const SHARE_OF_REACH = 5;
/** How many words after "need for", "stockpile of" the noun of the whole may stand. */
const STOCK_OF_REACH = 4;
const STOCK_NOUNS = new Set(lexicon.data.stockNouns);

const SHARE_GOODS = new Set<string>(lexicon.data.shareGoodsCategories);
const ARMS_WORDS = new Set(lexicon.data.stockArmsWords);
const GROUP_WHOLES = new Set(lexicon.data.groupNouns);
/** Words that may own a group a share is of: "of the force", "of its contingent". */
const GROUP_OWNERS = new Set(['the', 'its', 'their', 'this', 'that']);

const SENT_PRONOUNS = new Set(lexicon.data.sentPronouns);

/**
 * "half of the brigade", "of its Russian-trained contingent", "one in nine of those posted": a
 * group of people, or those a participle of sending names, is a whole of people; not a group a
 * lower-case word qualifies ("of the labour force").
 */
function peopleWhole(cx: Scan, j: number): boolean {
  const { lex, tokens } = cx;
  const k = tokens.key[j] ?? '';
  if (SENT_PRONOUNS.has(k)) return lex.flowVerbs.match(tokens, j + 1, j + 2)?.value === 'send';
  if (!GROUP_WHOLES.has(k)) return false;
  const before = tokens.key[j - 1] ?? '';
  return GROUP_OWNERS.has(before) || (tokens.capital[j - 1] === 1 && tokens.kind[j - 1] === WORD);
}

/**
 * "half of its artillery shells": a share takes the category of what it is a share of; "a
 * third of the Kremlin's need for shells", "30 per cent of the old stockpile of artillery
 * rounds": a need or a stock is of the noun after its own "for" or "of"; "nearly 80% of the
 * refined products", "a quarter of the grain": with no counted noun, a word of goods names the whole.
 */
function shareOf(cx: Scan, at: number, limit: number): string | null {
  const { lex, tokens } = cx;
  // "up to half the shells Moscow fires": "half" takes its whole without "of".
  const halfThe = tokens.key[at] === 'the' && tokens.key[at - 1] === 'half';
  if (tokens.key[at] !== 'of' && !halfThe) return null;
  let words = 0;
  let goods: string | null = null;
  let reach = SHARE_OF_REACH;
  // "40% of its wartime artillery stockpile", "half of Russia's artillery consumption": a word of
  // arms before a stock or a need names what it holds or needs.
  let armed = false;
  for (let j = at + 1; j < limit && words < reach; j++) {
    const unit = lex.units.match(tokens, j, limit);
    if (unit) return unit.value.category;
    if (peopleWhole(cx, j)) return 'personnel';
    const k = tokens.key[j] ?? '';
    // A possessive's "'s" and a compound's hyphen ("long-range") join words; they are not words.
    if (k === "'" || (k === 's' && tokens.key[j - 1] === "'")) continue;
    if (k === '-' && adjacent(tokens, j - 1, j)) continue;
    if (tokens.kind[j] === PUNCT) return goods;
    // "a third of the Kh-101 and Kh-555 missiles": a model's number, and "and" or "or" between two
    // models, are part of the name of what is counted.
    if (designationEndsAt(tokens, j)) continue;
    if ((k === 'and' || k === 'or') && designationEndsAt(tokens, j - 1)) continue;
    const next = tokens.key[j + 1];
    if ((next === 'of' || next === 'for') && STOCK_NOUNS.has(k)) {
      j++;
      reach = words + STOCK_OF_REACH;
      continue;
    }
    if (armed && STOCK_NOUNS.has(k)) return 'munitions';
    armed = ARMS_WORDS.has(k);
    if (lex.clauseStops.has(k) || lex.flowVerbs.startsWith(k)) return goods;
    if (goods === null) {
      const cues = lex.categoryCues.get(k);
      if (cues) for (const c of cues) if (SHARE_GOODS.has(c.category)) goods = c.category;
    }
    words++;
  }
  return goods;
}

/** Whether a model's number ends at `at`, joined by a hyphen to its letters: the "23" of "KN-23". */
function designationEndsAt(tokens: Tokens, at: number): boolean {
  return (
    at >= 2 &&
    tokens.kind[at] === NUMBER &&
    tokens.key[at - 1] === '-' &&
    adjacent(tokens, at - 1, at) &&
    adjacent(tokens, at - 2, at - 1) &&
    tokens.kind[at - 2] === WORD
  );
}

const POLL_WHOLES = new Set(lexicon.data.pollWholes);
const FIGURE_SUFFIXES = new Map(Object.entries(lexicon.data.figureSuffixes));

/** "60 percent of respondents", "40% of those surveyed": the whole is a poll's answerers. */
function pollShare(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  if (key[at] !== 'of') return false;
  const next = key[at + 1] === 'those' || key[at + 1] === 'the' ? at + 2 : at + 1;
  return POLL_WHOLES.has(key[next] ?? '');
}

/** Verbs that link a counted noun to its figure: "casualties had exceeded 3,000". */
const LINKS = new Set(lexicon.data.subjectLinks);

/** The token before "in <country>" or "in <Place>" that ends at `end`, or -1. */
function placeBefore(cx: Scan, end: number): number {
  const { lex, tokens } = cx;
  for (let start = Math.max(0, end - 3); start <= end; start++) {
    const m = lex.countries.match(tokens, start, end + 1);
    if (m && m.end === end + 1 && tokens.key[start - 1] === 'in') return start - 2;
  }
  // "casualties in the war had exceeded 6,000": the war or the fighting they were counted in.
  if (end >= 2 && tokens.key[end - 2] === 'in' && tokens.key[end - 1] === 'the') {
    if (tokens.kind[end] === WORD && !tokens.capital[end]) return end - 3;
  }
  // "losses in Kursk top 3,000": a capitalized place of one or two words.
  for (let start = end - 1; start <= end; start++) {
    if (start < 1 || tokens.key[start - 1] !== 'in') continue;
    let place = true;
    for (let k = start; k <= end; k++)
      if (!tokens.capital[k] || tokens.kind[k] !== WORD) place = false;
    if (place) return start - 2;
  }
  return -1;
}

/** How far before "at" a verb of valuing may stand: "put the North's total casualties, including the wounded, at". */
const VALUED_REACH = 14;

/**
 * "The NIS put the North's total casualties at about 6,000": a bare figure after "at" counts the
 * noun a verb of valuing ("put", "pegs") took as its object.
 */
function valuedNoun(cx: Scan, at: number): UnitFound | null {
  const { lex, tokens } = cx;
  if (tokens.key[at - 1] !== 'at') return null;
  let verb = -1;
  for (let i = at - 2; i >= 0 && i >= at - VALUED_REACH; i--) {
    const key = tokens.key[i] ?? '';
    if (key === '.' || key === ';' || tokens.kind[i] === NUMBER) return null;
    if (lex.valuationVerbs.has(key)) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  for (let j = verb + 1; j < at - 1; j++) {
    const unit = lex.units.match(tokens, j, at - 1);
    if (unit) return countedBy(unit, j);
  }
  return null;
}

/** The counted noun as the subject before a linking verb: "North Korean casualties had exceeded 3,000". */
function subjectUnit(cx: Scan, at: number): UnitFound | null {
  const { lex, tokens } = cx;
  let i = at - 1;
  while (i >= 0 && at - i <= 5 && LINKS.has(tokens.key[i] ?? '')) i--;
  // "casualties in Russia top 3,000": a place may stand between the noun and its verb.
  const place = placeBefore(cx, i);
  const verbInPhrase =
    lex.qualifiers.match(tokens, at, at + 1) !== null && tokens.kind[at] === WORD;
  if (place >= 0) i = place;
  else if (i === at - 1 && !verbInPhrase) return null;
  if (i < 0) return null;
  // The noun ends at i; phrases run up to three tokens ("killed or wounded"). "raised output of
  // shells to around 5m a year": any counted noun, not only people.
  return unitEndingAt(cx, { end: i + 1, reach: 3 });
}

/** Verbs that make a figure a share of the noun before them: "the shells accounted for a third". */
const SHARE_LINKS = new Set([
  'accounted',
  'account',
  'accounts',
  'for',
  'made',
  'make',
  'makes',
  'up',
  'represented',
  'represent',
  'represents',
  'comprised',
  'comprise',
  'is',
  'are',
  'was',
  'were',
  'now',
  'already',
  'amount',
  'amounts',
  'amounted',
  'to',
]);

/** How far back "the share of" may stand from its figure: "the share of X fired … had fallen to". */
const SHARE_REACH = 14;

/** "the share of North Korean ammunition fired at the front had fallen to 40%": the noun after "share of". */
function shareNamed(cx: Scan, at: number): string | null {
  const { tokens } = cx;
  for (let i = at - 2; i >= 0 && at - i <= SHARE_REACH; i--) {
    const key = tokens.key[i] ?? '';
    if (key === '.' || key === ';' || tokens.kind[i] === NUMBER) return null;
    if (key === 'share' && tokens.key[i + 1] === 'of') return shareOf(cx, i + 1, at);
  }
  return null;
}

/** The category of the noun a share is said of, before it: "the shells accounted for a third". */
function shareSubject(cx: Scan, at: number): string | null {
  const { lex, tokens } = cx;
  let i = at - 1;
  while (i >= 0 && at - i <= 5 && SHARE_LINKS.has(tokens.key[i] ?? '')) i--;
  if (i === at - 1 || i < 0) return shareNamed(cx, at);
  for (let start = Math.max(0, i - 2); start <= i; start++) {
    const unit = lex.units.match(tokens, start, i + 1);
    if (unit && unit.end === i + 1) return unit.value.category;
  }
  return shareNamed(cx, at);
}

const AUXILIARIES = new Set([
  'others',
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'are',
  'is',
  'reportedly',
  'also',
  'later',
]);

const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her']);

/**
 * "roughly 2,500 of the soldiers", "five of the aircraft", "fewer than 10 of North Korea's
 * launchers": a part counts the noun of the whole.
 */
function partOf(cx: Scan, at: number, limit: number): UnitFound | null {
  const { lex, tokens } = cx;
  if (tokens.key[at] !== 'of') return null;
  const determiner = DETERMINERS.has(tokens.key[at + 1] ?? '');
  // "of Russia's troops", "of the North's soldiers", "of the DPRK's troops": a named owner's
  // possessive stands between "of" and the whole, with or without its article.
  const owner =
    lex.countries.match(tokens, at + 1, limit) ??
    (determiner ? lex.countries.match(tokens, at + 2, limit) : null);
  let whole = at + 2;
  if (owner && tokens.key[owner.end] === "'" && tokens.key[owner.end + 1] === 's')
    whole = owner.end + 2;
  else if (ownedSpan(tokens.key, at + 1)) whole = at + 5;
  else if (!determiner) return null;
  // "about 4,000 of the 11,000 troops": the whole's own figure stands before its noun.
  const figure = tokens.kind[whole] === NUMBER ? readNumber(cx, whole, limit) : null;
  const noun = countedNoun(cx, figure?.end ?? whole, limit);
  return noun;
}

/** "of this year's calls", "of last month's deliveries": a time that owns the whole, at `at`. */
function ownedSpan(key: readonly string[], at: number): boolean {
  const first = key[at] ?? '';
  return (
    (RELATIVE_DATES.has(first) || first === 'the') &&
    DATED_SPANS.has(key[at + 1] ?? '') &&
    key[at + 2] === "'" &&
    key[at + 3] === 's'
  );
}

/**
 * People counted by a bare figure, whose kind the words from `from` to `to` name ("were killed",
 * "the first wave"): one shape for every such reading, so the code that reads it stays monomorphic.
 */
const peopleNamed = (
  category: 'casualties' | 'personnel',
  from: number,
  to: number,
): UnitFound => ({
  unit: 'person',
  category,
  from,
  to,
  peopleCountry: null,
  per: null,
  guessed: false,
  end: -1,
});

/** "some 300 were killed": a bare figure whose verb says what happened to people. */
function casualtyPredicate(cx: Scan, at: number, limit: number): UnitFound | null {
  const { lex, tokens } = cx;
  let j = at;
  while (j < limit && j - at < 3 && AUXILIARIES.has(tokens.key[j] ?? '')) j++;
  if (j === at) return null;
  const unit = lex.units.match(tokens, j, limit);
  if (!unit || unit.value.category !== 'casualties') return null;
  return peopleNamed('casualties', j, unit.end);
}

/** Verbs whose object is the people they harm: "killing three and wounding 20". */
const CASUALTY_VERBS = new Set(['killing', 'wounding', 'injuring', 'killed', 'wounded', 'injured']);

/** "killing at least 12 people and injuring 90": a bare figure a casualty verb takes as object. */
function casualtyObject(cx: Scan, at: number): UnitFound | null {
  const { tokens } = cx;
  if (!CASUALTY_VERBS.has(tokens.key[at - 1] ?? '')) return null;
  return peopleNamed('casualties', at - 1, at);
}

const CLAUSE_ENDS = new Set([',', '.', ';', ')', ':', 'according']);

const BACK_REFERENCES = new Set(['them', 'those', 'these']);
/** "9,000 troops, about 2,000 of whom were wounded": a relative pronoun after "of" refers back too. */
const RELATIVE_BACK = new Set(['whom', 'which']);

/** "Of those, about 7,900 …", "more than 70 of them": the figure counts the group just named. */
export function refersBack(
  cx: Scan,
  figure: { readonly at: number; readonly end: number },
): boolean {
  const { tokens } = cx;
  if (
    tokens.key[figure.end] === 'of' &&
    (BACK_REFERENCES.has(tokens.key[figure.end + 1] ?? '') ||
      RELATIVE_BACK.has(tokens.key[figure.end + 1] ?? ''))
  )
    return true;
  let i = figure.at - 1;
  if (tokens.key[i] === ',') i--;
  return BACK_REFERENCES.has(tokens.key[i] ?? '') && tokens.key[i - 1] === 'of';
}

/**
 * "Nine of them", "four of those": a spelled-out count that picks a part out of the group just
 * counted; not "the two of them", which only points back to it.
 */
function partOfThem(cx: Scan, figure: { readonly at: number; readonly end: number }): boolean {
  const { key } = cx.tokens;
  return (
    key[figure.end] === 'of' &&
    BACK_REFERENCES.has(key[figure.end + 1] ?? '') &&
    !POINTING_BACK.has(key[figure.at - 1] ?? '')
  );
}

/** "members", whose count may be of states. */
const MEMBER_NOUNS = new Set(lexicon.data.memberNouns);
/** "voted", "abstained": what members of a body of states do. */
const MEMBER_VOTES = new Set(lexicon.data.memberVotingVerbs);
/** "include", "are": verbs that list members, as states when a country follows. */
const MEMBER_LISTS = new Set(lexicon.data.memberListingVerbs);
/** How many words after a verb of listing its first country may stand ("include the United States"). */
const MEMBER_LIST_REACH = 2;

/**
 * Whether the members counted right before `after` are states: they vote ("13 members voted"),
 * or a verb lists a country as one of them ("its 9 members include Japan").
 */
function membersAreStates(
  cx: Scan,
  input: { readonly after: number; readonly limit: number },
): boolean {
  const { lex, tokens } = cx;
  const { after, limit } = input;
  if (!MEMBER_NOUNS.has(tokens.key[after - 1] ?? '')) return false;
  const verb = tokens.key[after] ?? '';
  if (MEMBER_VOTES.has(verb)) return true;
  if (!MEMBER_LISTS.has(verb)) return false;
  for (let j = after + 1; j < limit && j <= after + MEMBER_LIST_REACH; j++)
    if (lex.countries.match(tokens, j, limit)) return true;
  return false;
}

/** Determiners before a small count that point back to what was counted before. */
const POINTING_BACK = new Set(['the', 'these', 'those']);
/** "14 governments", "eleven countries": nouns of nations, whose counts are no one's. */
const NATION_NOUNS = new Set(lexicon.data.nationNouns);
/** "the two countries", "its three neighbouring countries": nations already named or known. */
const NATIONS_NAMED_BEFORE = new Set([...POINTING_BACK, 'its', 'their', 'our', 'his', 'her']);

/** What follows a participle that tells what befell a count: "captured by", "wounded in". */
const AGENT_OR_PLACE = new Set(['by', 'in', 'near', 'during', 'on', 'at']);

/** Whether a lower-case word ending in "-ed" stands at `at`: "captured", "wounded". */
function participleAt(tokens: Tokens, at: number): boolean {
  if (tokens.kind[at] !== WORD || tokens.capital[at]) return false;
  const start = tokens.start[at]!;
  const end = tokens.end[at]!;
  return (
    end - start >= 4 &&
    tokens.text.charCodeAt(end - 2) === 101 &&
    tokens.text.charCodeAt(end - 1) === 100
  );
}

/** The last words of the phrases of consulting, to pass over most figures by one word id. */
const CONSULTING_ENDS = wordsOf(
  lexicon.data.consultingPhrases.map((p) => p.split(' ').at(-1) ?? p),
);
/** How many words a phrase of consulting ("interviews with") may take before its count. */
const CONSULTING_REACH = 2;

/** How far before "including" the count of informants it lists may open. */
const INCLUDING_REACH = 10;

/**
 * Whether a phrase of consulting ("citing", "spoke to") ends right before the figure at `at`, or
 * the figure is one of the informants such a count lists: "interviewed 23 people, including four
 * officers".
 */
function consultedBefore(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  if (at < 1) return false;
  if (!isWordAt(CONSULTING_ENDS, tokens, at - 1)) return consultedList(cx, at);
  for (let from = at - 1; from >= 0 && from >= at - CONSULTING_REACH; from--)
    if (lex.consultingPhrases.match(tokens, from, at)?.end === at) return true;
  return false;
}

/** Whether the figure at `at` is one of the informants a consulted count lists after "including". */
function consultedList(cx: Scan, at: number): boolean {
  const { tokens } = cx;
  if (tokens.key[at - 1] !== 'including') return false;
  for (let i = at - 2; i > 0 && i >= at - INCLUDING_REACH; i--) {
    const k = tokens.key[i] ?? '';
    if (k === '.' || k === ';') return false;
    if (tokens.kind[i] === NUMBER && consultedBefore(cx, i)) return true;
  }
  return false;
}

const COMPARISON_OPENERS = lexicon.data.comparisonOpeners.map((p) => p.split(' '));
/** How far before a figure its comparison may open: "up from fewer than 5,000". */
const OPENER_REACH = 4;

/**
 * Whether a phrase of comparison ("up from", "compared with") opens just before `at`, with no
 * other figure between: in "compared with about 25 two years ago" it opens "25", not "two".
 */
function comparedWith(cx: Scan, at: number): boolean {
  const { key, kind } = cx.tokens;
  for (let i = at - 1; i >= 0 && i >= at - OPENER_REACH; i--) {
    if (kind[i] === NUMBER) return false;
    for (const words of COMPARISON_OPENERS) if (wordsAt(key, i, words)) return true;
  }
  return false;
}

const TOTALS = lexicon.data.totalMarkers.map((p) => p.split(' '));

/** Whether a word of totals ("in all", "so far") starts at `at`. */
function totalAt(key: readonly string[], at: number): boolean {
  for (const words of TOTALS) if (wordsAt(key, at, words)) return true;
  return false;
}

const PERFECT = new Set(lexicon.data.perfectAuxiliaries);
/** How far back "has" may stand from its figure: "has so far supplied 6 million". */
const PERFECT_REACH = 4;

/**
 * Whether a verb of the perfect ("has supplied", "have since sent") stands right before `at`; not
 * an estimate ("a figure the agency has put at between 1.5 million and 2 million"), which restates
 * the rate before.
 */
function perfectBefore(key: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - PERFECT_REACH; i--) {
    const word = key[i] ?? '';
    if (PERFECT.has(word)) return true;
    if (CLAUSE_ENDS.has(word) || word === 'at') return false;
  }
  return false;
}

/** "…12,000 shells a day, while Ukraine fires about 2,000.": a bare figure ending its clause. */
function elided(
  cx: Scan,
  input: {
    readonly at: number;
    readonly end: number;
    readonly inherit: QuantityMatch | null;
    /** The last figure of the sentence before: only a back-reference reaches it. */
    readonly carried: QuantityMatch | null;
    /** The last count of the sentence `carried` ends, when `carried` is a share or a sum. */
    readonly carriedCount: QuantityMatch | null;
    /** The sentence before, when it stated no figure, for "60 of them" to count its noun. */
    readonly quiet: { readonly from: number; readonly to: number } | null;
    /**
     * The last rate of the sentence just before in the paragraph, else its last figure: what a
     * bare rate ("They averaged about 1,300 a month") goes on counting.
     */
    readonly lent: QuantityMatch | null;
    readonly sentenceFrom: number;
  },
): UnitFound | null {
  const { tokens } = cx;
  let end = input.end;
  let ellipsis = false;
  // "1,000 others", "2,000 more followed": the noun is the one just counted.
  if (
    (tokens.key[end] === 'others' || tokens.key[end] === 'more') &&
    tokens.key[end + 1] !== 'than'
  ) {
    end++;
    ellipsis = true;
  } else if (
    tokens.key[input.at - 1] === 'another' ||
    (tokens.key[input.at - 1] === 'further' && tokens.key[input.at - 2] === 'a') ||
    (tokens.key[input.at - 1] === 'additional' && tokens.key[input.at - 2] === 'an') ||
    tokens.key[input.end - 1] === 'more'
  )
    // "another 300", "a further 1.5 million", "an additional 3,000", "tens of thousands more": the
    // noun is the one just counted.
    ellipsis = true;
  const back = refersBack(cx, { at: input.at, end }) || relativeBefore(cx, input.at);
  // "…supplied ballistic missiles. Russia launched 60 of them": the sentence before, with no
  // figure, may still name the noun "them" stands for.
  const carried =
    back && input.quiet ? (nounMention(cx, input.quiet) ?? input.carried) : input.carried;
  const subject =
    !ellipsis &&
    !back &&
    (subjectOfVerb(cx, end) ||
      figureNamed(cx, input.at) ||
      placedAt(cx, end) ||
      STAYING_WORDS.has(tokens.key[end] ?? ''));
  // A sum or a share before does not arrive or die: only a count is carried to a verb's subject.
  // "…some 90,000 worked abroad; about a quarter of them were in China. The number there is now
  // nearer 40,000": after a share or a sum, the count its sentence made before it.
  const countCarried =
    carried !== null && carried.category !== 'money' && carried.unit !== 'percent'
      ? carried
      : carried === input.carried
        ? input.carriedCount
        : null;
  // "Since it sent its first troops in 2024, some 30,000 have rotated", "it makes drones and
  // could turn out 2,000 a year": a subject's or a rate's noun named earlier in its own sentence
  // comes before a figure of the sentence before.
  // "North Korean workers in Russia, more than 12,000 of whom arrived": a back-reference, too, is
  // to a noun its own sentence names before a figure of the sentence before.
  const rate = cx.lex.perPhrases.match(tokens, end) !== null;
  const named =
    (subject || back || rate) && input.inherit === null && input.at > input.sentenceFrom
      ? nounMention(cx, { from: input.sentenceFrom, to: input.at })
      : null;
  // "…shipments averaged 1,900 containers a month. They averaged about 1,300 a month in 2024",
  // "…had sent about 28,000 containers. That is roughly 1,200 a month": a bare rate opening its
  // sentence's figures goes on counting the count just before, a rate first.
  const lent =
    rate && input.lent !== null && input.lent.category !== 'money' && input.lent.unit !== 'percent'
      ? input.lent
      : null;
  // "thousands of them" counts things, never the share the sentence before stated.
  const backCarried = carried !== null && carried.unit !== 'percent' ? carried : null;
  const inherit =
    input.inherit ??
    named ??
    (back
      ? backCarried
      : ellipsis
        ? carried
        : subject && countCarried !== null
          ? countCarried
          : lent);
  // A guessed noun carries only to the figure it is compared with ("38 visits, up from 17") and
  // to a part of it ("14 calls … Nine of them").
  if (!inherit || (inherit.guessed && !back && !comparedWith(cx, input.at))) return null;
  if (back) {
    if (tokens.key[end] === 'of') end += 2;
  } else if (
    !ellipsis &&
    !subject &&
    !CLAUSE_ENDS.has(tokens.key[end] ?? '.') &&
    // "11,000 in October and 3,000 in January": a bare figure dated at once counts the same noun.
    !datedAt(cx, end) &&
    // "about 4 million shells in 2024 and more than 5 million this year": so does one dated by
    // the year or month it is told in.
    !relativeDateAt(tokens.key, end) &&
    // "sends 500,000 shells a month and has sent 6 million in all": so does a total.
    !totalAt(tokens.key, end) &&
    // "about 10,000 rounds a day, down from a peak of 60,000 a day": a bare rate of the same noun.
    !rate &&
    // "2,480 railcars, up from 870 in the same period": the figure compared with, same noun.
    !comparedWith(cx, input.at) &&
    // "compared with about 2,000 for Ukraine": the figure of another party, same noun.
    !(tokens.key[end] === 'for' && cx.lex.countries.match(tokens, end + 1) !== null) &&
    // "130 civilians were killed, including 24 in one attack": a part of the figure before.
    tokens.key[input.at - 1] !== 'including' &&
    // "to around 5m a year, from perhaps 1m-2m": where the figure just before rose from.
    !fromFigureBefore(cx, { at: input.at, before: input.inherit })
  )
    return null;
  return {
    unit: inherit.unit,
    category: inherit.category,
    from: inherit.unitFrom,
    to: inherit.unitTo,
    peopleCountry: null,
    // "60,000 a month" after "10,000 a day": a rate of its own is read after the noun.
    // A figure carried from the sentence before lends its noun, not its rate: "may produce 10 a
    // month. Others put the total at between 100 and 150."
    // "fires 10,000 shells a day, and North Korea has supplied 6 million": a verb of the perfect
    // before a bare figure states a total to date, so the rate before is not lent.
    per:
      cx.lex.perPhrases.match(tokens, end) ||
      (input.inherit === null && subject) ||
      // "about 75 railcars a day, with a peak of more than 150 on March 22": a count of one day.
      (tokens.key[end] === 'on' && datedAt(cx, end)) ||
      perfectBefore(tokens.key, input.at)
        ? null
        : inherit.per,
    guessed: false,
    end,
  };
}

/** Whether "from" opens the phrase at `at` right after the figure before, past a comma. */
function fromFigureBefore(
  cx: Scan,
  input: { readonly at: number; readonly before: QuantityMatch | null },
): boolean {
  const { key } = cx.tokens;
  if (input.before === null) return false;
  const from = key[input.at] === 'from' ? input.at : input.at - 1;
  if (key[from] !== 'from') return false;
  const end = key[from - 1] === ',' ? from - 1 : from;
  return input.before.last === end;
}

/** How far before a bare figure "the figure" may stand: "put the total a little higher, at". */
const FIGURE_REACH = 10;
const FIGURE_NOUNS = new Set(lexicon.data.figureNouns);

/**
 * "The true figure could be closer to 2,500", "others put the total at 150": a figure said to be
 * "the figure" counts the noun last counted.
 */
function figureNamed(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  for (let i = at - 1; i >= 1 && i >= at - FIGURE_REACH; i--) {
    const k = key[i] ?? '';
    // "put the number shipped during 2023 at 75", "the total sent since May 2024 to 9,000": a
    // year the noun is dated by, alone or after its month, is no figure.
    const dating = yearAt(cx.tokens, i) && datingYear(cx, i);
    if (k === '.' || k === ';' || (cx.tokens.kind[i] === NUMBER && !dating)) return false;
    // "Kyiv estimated it at 14,000", "put them at 5,000": the thing valued is the one last counted.
    if ((k === 'it' || k === 'them') && key[i + 1] === 'at') return true;
    // "whose number he put at 5,000", "that estimate was revised to 11,000"; "the number of
    // countries" names its own noun.
    if (
      FIGURE_NOUNS.has(k) &&
      (k !== 'number' || key[i + 1] !== 'of') &&
      (FIGURE_DETERMINERS.has(key[i - 1] ?? '') || FIGURE_DETERMINERS.has(key[i - 2] ?? ''))
    )
      return true;
  }
  return false;
}

const FIGURE_DETERMINERS = new Set(['the', 'its', 'their', 'that', 'this', 'whose']);
/** Words that set a year's part before it: "since late 2024". */
const YEAR_PARTS = new Set(['late', 'early']);

/** Whether the year at `at` follows a preposition of dating, or one and a month: "since May 2024". */
function datingYear(cx: Scan, at: number): boolean {
  const { key } = cx.tokens;
  const before = keyAt(key, at - 1) ?? '';
  if (DATING_PREPOSITIONS.has(before)) return true;
  return (
    (cx.lex.months.has(before) || YEAR_PARTS.has(before)) &&
    DATING_PREPOSITIONS.has(keyAt(key, at - 2) ?? '')
  );
}

/** Words after a bare figure that make it the subject of a verb: "some 600 were killed". */
const SUBJECT_AUXILIARIES = new Set(['were', 'was', 'have', 'had', 'are', 'is', 'who']);

/**
 * "of whom some 600 died", "more than 3,000 arrived": a bare figure followed at once by a verb is
 * its subject, and counts the noun last counted. A verb is an auxiliary or a lower-case word
 * ending in "-ed" that names no counted noun.
 */
function subjectOfVerb(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  if (SUBJECT_AUXILIARIES.has(tokens.key[at] ?? '')) return true;
  if (tokens.kind[at] !== WORD || tokens.capital[at]) return false;
  // Read from the text: a word outside the lexicon has no key of its own.
  const start = tokens.start[at]!;
  const end = tokens.end[at]!;
  const ed =
    end - start >= 4 &&
    tokens.text.charCodeAt(end - 2) === 101 &&
    tokens.text.charCodeAt(end - 1) === 100;
  return ed && lex.units.match(tokens, at) === null;
}

/**
 * The last counted noun a sentence names without a figure ("the North also supplied ballistic
 * missiles"), as a figure of no value for a later "60 of them" to count; null when none.
 */
export function nounMention(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): QuantityMatch | null {
  const { lex, tokens } = cx;
  for (let i = sentence.to - 1; i >= sentence.from; i--) {
    if (tokens.kind[i] !== WORD || !looksPlural(tokens, i)) continue;
    // The noun ends here; its phrase may begin a word or two before ("ballistic missiles").
    for (let start = Math.max(sentence.from, i - 2); start <= i; start++) {
      const unit = lex.units.match(tokens, start, i + 1);
      if (!unit || unit.end !== i + 1) continue;
      return {
        first: start,
        last: i + 1,
        numberStart: start,
        value: null,
        low: null,
        high: null,
        qualifier: 'exact',
        unit: unit.value.unit,
        category: unit.value.category,
        unitFrom: start,
        unitTo: i + 1,
        peopleCountry: null,
        per: null,
        guessed: false,
        change: false,
        cap: false,
        ratio: false,
        exchange: false,
      };
    }
  }
  return null;
}

const STAYING_WORDS = new Set(lexicon.data.stayingWords);

/** "8,000 in Kursk and 11,000 in Russia overall": a bare figure placed somewhere counts people or things just named. */
function placedAt(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  const key = tokens.key[at];
  if (key !== 'in' && key !== 'on') return false;
  // "around 3,000 in the Far Eastern province", "at least 10,000 on Russian soil".
  const place = tokens.key[at + 1] === 'the' ? at + 2 : at + 1;
  if (!tokens.capital[place] || tokens.kind[place] !== WORD) return false;
  return !lex.months.has(tokens.key[place] ?? '') && !lex.weekdays.has(tokens.key[place] ?? '');
}

const DATING_PREPOSITIONS = new Set(['in', 'during', 'by', 'since', 'on']);
/** Whether a year ("2025") stands at `at`. */
function yearAt(tokens: Tokens, at: number): boolean {
  const key = tokens.key[at] ?? '';
  return tokens.kind[at] === NUMBER && key.length === 4 && key >= '1900' && key <= '2100';
}

const RELATIVE_DATES = new Set(['this', 'last', 'next']);
const DATED_SPANS = new Set(['year', 'month', 'week']);
/** Stretches one figure may be set a stretch before another by: "the quarter before". */
const SHIFTED_SPANS = new Set(['year', 'month', 'week', 'quarter', 'day']);
const SHIFTED_ARTICLES = new Set(['the', 'a']);
/** Words of the time of telling that date a figure on their own: "around 9,000 now". */
const TELLING_TIMES = new Set(['now', 'today']);

/**
 * Whether a stretch named from the time of telling ("this year", "last month", "now") or a
 * stretch before the figure before ("the year before", "a month earlier") begins at `at`.
 */
function relativeDateAt(key: readonly string[], at: number): boolean {
  const first = key[at] ?? '';
  if (TELLING_TIMES.has(first)) return true;
  if (RELATIVE_DATES.has(first)) return DATED_SPANS.has(key[at + 1] ?? '');
  // "fewer than 2,000 the year before", "120 a year earlier": the same noun a stretch before.
  return (
    SHIFTED_ARTICLES.has(first) &&
    SHIFTED_SPANS.has(key[at + 1] ?? '') &&
    SHIFT_WORDS.has(key[at + 2] ?? '')
  );
}

/** How far past "in the" the word of time may stand: "in the first five months". */
const THE_DATE_REACH = 3;

/** Whether a preposition and a month or a year ("in April", "by 2024") begin at `at`. */
function datedAt(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  if (!DATING_PREPOSITIONS.has(tokens.key[at] ?? '')) return false;
  const next = at + 1;
  // "…in 2024 and 300,000 in the first quarter of 2025": a stretch of a year named a few words
  // on, past "the" (not "870 in the spring", whose season may be no date of the figure's).
  if (tokens.key[next] === 'the')
    for (let i = next + 2; i <= next + THE_DATE_REACH + 1; i++)
      if (tokens.key[i] === 'of')
        return (cx.cues[i - 1] ?? 0) & CUE_DATE_ANCHOR ? yearAt(tokens, i + 1) : false;
  if (tokens.kind[next] === NUMBER)
    // "about 320 on 17 June": a day written before its month dates it as well.
    return (
      yearAt(tokens, next) ||
      (tokens.key[at] === 'on' &&
        tokens.capital[next + 1] === 1 &&
        lex.months.has(tokens.key[next + 1] ?? ''))
    );
  if (tokens.capital[next] !== 1) return false;
  const word = tokens.key[next] ?? '';
  // "a peak of more than 150 on March 22", "45 on Monday and 60 on Thursday": a day dates it too.
  return lex.months.has(word) || (tokens.key[at] === 'on' && lex.weekdays.has(word));
}

/** "1 in 5", "one in three": a ratio read as a percentage, with the token after it. */
function ratioAfter(
  cx: Scan,
  input: { readonly end: number; readonly numerator: number; readonly limit: number },
): { percent: number; end: number } | null {
  const { tokens } = cx;
  const at = input.end + 1;
  if (tokens.key[input.end] !== 'in' || at >= input.limit || !mayStartNumber(cx, at)) return null;
  const denominator = readNumber(cx, at, input.limit);
  if (
    !denominator ||
    denominator.value === null ||
    denominator.yearLike ||
    denominator.value <= input.numerator
  )
    return null;
  return {
    percent: Math.round((input.numerator / denominator.value) * 10_000) / 100,
    end: denominator.end,
  };
}

/** Nouns of counting that name what they count after "of": "the count of the dead". */
const COUNT_OF_NOUNS = new Set(['number', 'toll', 'count', 'tally', 'estimate']);
/** Words that make a noun of counting one of losses: "the death estimate", "its casualty count". */
const LOSS_WORDS = new Set(['death', 'casualty']);
const LOSS_COUNT_NOUNS = new Set(['count', 'tally', 'estimate', 'figure']);
/** The same nouns by word id: the scan before a bare figure tests every word against them. */
const COUNT_OF_LIST = wordsOf(COUNT_OF_NOUNS);
const LOSS_COUNT_LIST = wordsOf(LOSS_COUNT_NOUNS);

const CALLING_VERBS = new Set(lexicon.data.callingVerbs);
const CALL_COUNT_FOLLOWERS = new Set(lexicon.data.callCountFollowers);
/** How far before its figure the verb of a call may stand: "loading fuel at the eastern port". */
const CALL_REACH = 8;
/** How far before that verb its carrier may stand: "tankers flying no flag calling". */
const CARRIER_REACH = 4;

/**
 * "tankers calling at the port at least nine times", "ships loading coal there 14 times in May":
 * a count of "times" after a verb of calling done by carriers counts their calls, an item; not a
 * multiple ("three times the cap", "four times as much", "six times over").
 */
function callsCounted(
  cx: Scan,
  input: { readonly at: number; readonly end: number; readonly limit: number },
): UnitFound | null {
  const { lex, tokens } = cx;
  const { at, end } = input;
  if (tokens.key[end] !== 'times' || end + 1 >= input.limit) return null;
  if (!CALL_COUNT_FOLLOWERS.has(tokens.key[end + 1] ?? '')) return null;
  for (let v = at - 1; v >= 1 && v >= at - CALL_REACH; v--) {
    if (tokens.kind[v] === NUMBER || CLAUSE_ENDS.has(tokens.key[v] ?? '')) return null;
    if (!CALLING_VERBS.has(tokens.key[v] ?? '')) continue;
    for (let c = v - 1; c >= 0 && c >= v - CARRIER_REACH; c--) {
      const carrier = lex.units.match(tokens, c, v);
      if (carrier?.value.unit === 'vehicle')
        return {
          unit: 'item',
          category: 'other',
          from: end,
          to: end + 1,
          peopleCountry: null,
          per: null,
          guessed: false,
          end: end + 1,
        };
    }
    return null;
  }
  return null;
}

/** How far a count opening its sentence may stand before its figure ("The number of … 31"). */
const OPENING_COUNT_REACH = 24;

/** Whether a number stands between `from` and `to` (both excluded). */
function numberBetween(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens.kind[i] === NUMBER) return true;
  return false;
}

/** "the number of injured … 1,000": the count's noun stated before a bare figure. */
function unitBefore(cx: Scan, sentenceFrom: number, numberAt: number): UnitFound | null {
  const { tokens } = cx;
  const floor = Math.max(sentenceFrom, numberAt - 14);
  // "The number of residents killed when missiles hit the port late on Sunday has risen to 31": a
  // count that opens its sentence reaches the sentence's first figure across a longer clause.
  const opening =
    floor > sentenceFrom + 1 &&
    numberAt - sentenceFrom <= OPENING_COUNT_REACH &&
    tokens.key[sentenceFrom] === 'the' &&
    !numberBetween(tokens, sentenceFrom, numberAt)
      ? sentenceFrom + 1
      : floor;
  for (let i = numberAt - 2; i >= opening; i--) {
    if (i < floor && i !== opening) continue;
    if (
      isWordAt(COUNT_OF_LIST, tokens, i) &&
      tokens.key[i + 1] === 'of' &&
      // "South Korea's count of the dead": a count a name owns is that name's, and its figures
      // would be read with no source, so only an unowned count is read ("the number of" is as before).
      (i < 2 ||
        tokens.key[i] === 'number' ||
        tokens.key[i] === 'toll' ||
        tokens.key[i - 1] !== 's' ||
        tokens.key[i - 2] !== "'")
    ) {
      // "the number of freight wagons": past the noun's modifiers; "the count of the dead": past
      // its article.
      const unit = countedNoun(cx, tokens.key[i + 2] === 'the' ? i + 3 : i + 2, numberAt);
      if (unit && !unit.guessed)
        // "its estimate of North Korean soldiers killed": people a casualty word follows are lost.
        return unit.category === 'personnel' && CASUALTY_ADJECTIVES.has(tokens.key[unit.end] ?? '')
          ? { ...unit, category: 'casualties' }
          : unit;
    }
    // "Seoul raises death estimate to 300": a count of deaths or casualties counts people lost,
    // as a toll does.
    if (
      tokens.key[i] === 'toll' ||
      (i > 0 && isWordAt(LOSS_COUNT_LIST, tokens, i) && LOSS_WORDS.has(tokens.key[i - 1] ?? ''))
    ) {
      return peopleNamed('casualties', i, i + 1);
    }
  }
  return null;
}

/** Verbs that give the size of the group that is their subject: "the first wave numbered". */
const NUMBERED = new Set(['numbered', 'numbers']);
/**
 * Groups of people sent, whose size is a count of personnel: "wave", "contingent", "deployment"
 * (not a crew or a squad, whose size is no transfer).
 * A standing unit's size ("the Corps numbered about 40,000 before the war") is its strength, whose
 * kind is then misread beside a word of losses, so it is left.
 */
const SENT_GROUPS = new Set(
  [...lexicon.data.groupNouns, 'wave'].filter((word) => !lexicon.data.standingUnits.includes(word)),
);
/** How far back a group may stand from "numbered": "The first wave, drawn from the Corps, numbered". */
const GROUP_REACH = 14;

/**
 * "The first wave numbered 11,000 to 12,000", "the contingent numbers about 3,000": a bare figure
 * a group of people sent is said to number counts its people.
 */
function groupNumbered(
  cx: Scan,
  input: { readonly at: number; readonly from: number },
): UnitFound | null {
  const { tokens } = cx;
  const verb = input.at - 1;
  if (verb <= input.from || !NUMBERED.has(tokens.key[verb] ?? '')) return null;
  // The first group of the words before is the subject: "The first wave, drawn from the Corps,".
  for (let i = Math.max(input.from, verb - GROUP_REACH); i < verb; i++) {
    if (!SENT_GROUPS.has(tokens.key[i] ?? '')) continue;
    return peopleNamed('personnel', i, i + 1);
  }
  return null;
}

const VALUATION_VERBS = new Set(lexicon.data.valuationVerbs);

/**
 * "Seoul puts the deployment at 11,000", "puts its contingent at about 3,000": a group of people
 * sent, valued at a bare figure, is counted by it, as "a force of 8,000" is.
 */
function groupValued(cx: Scan, at: number): UnitFound | null {
  const { key } = cx.tokens;
  const group = at - 2;
  if (key[at - 1] !== 'at' || !SENT_GROUPS.has(key[group] ?? '')) return null;
  const verb = FIGURE_DETERMINERS.has(key[group - 1] ?? '') ? group - 2 : group - 1;
  return VALUATION_VERBS.has(key[verb] ?? '') ? peopleNamed('personnel', group, group + 1) : null;
}

/** How far before a figure "of which" may stand: "of which we count at least 148". */
const RELATIVE_REACH = 5;

/**
 * "Ballistic missiles, of which we count at least 148", "the 40 recruits, of whom 12 died": the
 * figure counts the noun that "of which" or "of whom" follows.
 */
function relativeOf(cx: Scan, at: number): UnitFound | null {
  const { tokens } = cx;
  for (let i = at - 1; i >= 1 && i >= at - RELATIVE_REACH; i--) {
    const key = tokens.key[i];
    if (key === ',' || key === '.' || tokens.kind[i] === NUMBER) return null;
    if ((key !== 'which' && key !== 'whom') || tokens.key[i - 1] !== 'of') continue;
    let end = i - 1;
    if (tokens.key[end - 1] === ',') end--;
    return unitEndingAt(cx, { end, reach: 3 });
  }
  return null;
}

/**
 * "300 rockets since May, of which Moscow has launched at least 180": "of which" or "of whom" a
 * few words before a figure whose whole it cannot name refers back all the same.
 */
function relativeBefore(cx: Scan, at: number): boolean {
  const { tokens } = cx;
  for (let i = at - 1; i >= 1 && i >= at - RELATIVE_REACH; i--) {
    const key = tokens.key[i];
    if (key === ',' || key === '.' || tokens.kind[i] === NUMBER) return false;
    if ((key === 'which' || key === 'whom') && tokens.key[i - 1] === 'of') return true;
  }
  return false;
}

/**
 * The counted noun that ends just before `end` and starts at most `reach` tokens back ("the 40
 * recruits", "a force"), optionally only a noun of people.
 */
function unitEndingAt(
  cx: Scan,
  at: { readonly end: number; readonly reach: number; readonly people?: boolean },
): UnitFound | null {
  const { lex, tokens } = cx;
  const { end } = at;
  for (let start = Math.max(0, end - at.reach); start < end; start++) {
    const unit = lex.units.match(tokens, start, end);
    if (unit && unit.end === end && (!at.people || unit.value.unit === 'person'))
      return countedBy(unit, start);
  }
  return null;
}

const ARMIES = new Set(['army']);
const ARMY_SIZE = 10_000;

/** "an army of 1.2 million", "an army of around 900,000": where the army word stands, else -1. */
function armyOf(cx: Scan, at: number): number {
  const { key, kind } = cx.tokens;
  let j = at - 1;
  if (key[j] !== 'of' && kind[j] === WORD && key[j - 1] === 'of') j--;
  return key[j] === 'of' && ARMIES.has(key[j - 1] ?? '') ? j - 1 : -1;
}

/** "a population of about 26mn", "a force of 12,000": the noun the figure is "of". */
function nounOf(cx: Scan, at: number): UnitFound | null {
  const { key } = cx.tokens;
  if (key[at - 1] !== 'of') return null;
  // "for a force of 15,000", "a contingent of about 12,000": a group of people sent, sized.
  if (SENT_GROUPS.has(key[at - 2] ?? '') && (key[at - 3] === 'a' || key[at - 3] === 'an'))
    return peopleNamed('personnel', at - 2, at - 1);
  return unitEndingAt(cx, { end: at - 1, reach: 2, people: true });
}

/** Whether a digit token is part of a date, a label ("KN-23") or an ordinal, not a quantity. */
function isNotAQuantity(cx: Scan, at: number, reading: NumberReading): boolean {
  const { lex, tokens } = cx;
  if (tokens.kind[at] !== NUMBER) return false;
  const prev = at > 0 ? (tokens.key[at - 1] ?? '') : '';
  const next = tokens.key[reading.end] ?? '';
  if (
    at > 0 &&
    tokens.kind[at - 1] === PUNCT &&
    (prev === '-' || prev === '/' || prev === '#' || prev === ':') &&
    adjacent(tokens, at - 1, at)
  )
    return true;
  if (at > 0 && tokens.kind[at - 1] === WORD && adjacent(tokens, at - 1, at)) return true;
  if (lex.months.has(prev) || (prev === '.' && lex.months.has(tokens.key[at - 2] ?? '')))
    return true;
  if (lex.months.has(next) && tokens.capital[reading.end]) return true;
  // "Resolution 2397", and "resolution 2397" or "in paragraph 6" too: the number of a part of a
  // text is never an amount.
  if ((LABEL_WORDS.has(prev) && tokens.capital[at - 1]) || DOCUMENT_PARTS.has(prev)) return true;
  // "aged 20 and 26": ages, not counts.
  if (prev === 'aged' || ((prev === 'and' || prev === 'to') && tokens.key[at - 3] === 'aged'))
    return true;
  if (reading.end === at + 1 && (measureSuffix(cx, at) || spacedMeasure(cx, at))) return true;
  if (reading.end === at + 1) {
    if (
      (next === 'st' || next === 'nd' || next === 'rd' || next === 'th') &&
      adjacent(tokens, at, at + 1)
    )
      return true;
    if (
      (next === '-' || next === '/' || next === ':' || next === '.') &&
      adjacent(tokens, at, at + 1) &&
      tokens.kind[at + 2] !== undefined &&
      adjacent(tokens, at + 1, at + 2)
    ) {
      // "10,000-12,000", "11,000-strong", "5,000-odd", "$800-$1,000": a range, a strength or a
      // loose figure, not a label.
      if (
        next === '-' &&
        (tokens.kind[at + 2] === NUMBER ||
          STRENGTH_WORDS.has(tokens.key[at + 2] ?? '') ||
          FIGURE_SUFFIXES.has(tokens.key[at + 2] ?? '') ||
          lex.currencySymbols.match(tokens, at + 2) !== null ||
          hyphenedCap(cx, { at: at + 1, limit: tokens.key.length }) !== null)
      )
        return false;
      return true;
    }
  }
  if (
    reading.yearLike &&
    (DATE_PREPOSITIONS.has(prev) || tokens.kind[reading.end] !== WORD || lex.months.has(prev))
  )
    return true;
  return false;
}

/**
 * Reads the quantity phrase that starts at token `at` (qualifier, currency, number, range, unit),
 * or null. `sentenceFrom` bounds the look-back for "the number of …".
 */
export function readQuantity(
  cx: Scan,
  span: {
    readonly at: number;
    readonly limit: number;
    readonly sentenceFrom: number;
    /** The unit of the figure before it in the sentence, for "…, while Ukraine fires about 2,000." */
    readonly inherit?: QuantityMatch | null;
    /** The last figure before it in the sentence that is not a share. */
    readonly counted?: QuantityMatch | null;
    readonly carried?: QuantityMatch | null;
    /** The last count of the sentence `carried` ends, when `carried` is a share or a sum. */
    readonly carriedCount?: QuantityMatch | null;
    readonly quiet?: { readonly from: number; readonly to: number } | null;
    /** The count a bare rate opening the sentence's figures goes on counting (see `elided`). */
    readonly lent?: QuantityMatch | null;
  },
): QuantityMatch | null {
  const { lex, tokens } = cx;
  const { at, limit } = span;
  let i = at;
  let qualifier: Qualifier | null = null;
  let range = false;
  // "asked about two prisoners", "talking about 6,000 people": "about" is what is spoken of.
  const spokenOf = tokens.key[i] === 'about' && SPOKEN_OF.has(keyAt(tokens.key, i - 1) ?? '');
  const q = spokenOf ? null : lex.qualifiers.match(tokens, i, limit);
  if (spokenOf) i++;
  // "handed over 12 million shells": "over" belongs to the verb.
  const particle =
    q !== null &&
    q.end === i + 1 &&
    tokens.key[i] === 'over' &&
    HANDING.has(keyAt(tokens.key, i - 1) ?? '');

  // "adds up to well over 5 million": "up to" is the verb's own, so the bound after it is the
  // reading; a bare "could add up to 3,000 troops" may still mean as many as.
  const summed =
    q !== null &&
    q.end === i + 2 &&
    tokens.key[i] === 'up' &&
    SUMMING.has(keyAt(tokens.key, i - 1) ?? '')
      ? lex.qualifiers.match(tokens, q.end, limit)
      : null;
  if (particle) i++;
  else if (summed) {
    qualifier = summed.value;
    i = summed.end;
  } else if (q) {
    qualifier = q.value;
    i = q.end;
    // "at least several million", "well over half"
    const q2 = lex.qualifiers.match(tokens, i, limit);
    // "up to roughly 5,000": the bound is the reading; "about more than" keeps the bound too.
    if (q2) {
      i = q2.end;
      // "handed over at least 40", "handed over about 220": a one-word bound before another
      // qualifier is a particle, not a bound.
      if (qualifier === 'approx' || q.end - at === 1) qualifier = q2.value;
    }
  } else if (
    tokens.key[i] === 'between' ||
    // "rose from 10,000 to 15,000" names two levels, not a range.
    (tokens.key[i] === 'from' &&
      tokens.kind[i + 1] !== WORD &&
      !lex.changeWords.has(tokens.key[i - 1] ?? ''))
  ) {
    range = true;
    i++;
  }
  let currency: string | null = null;
  const symbol = lex.currencySymbols.match(tokens, i, limit);
  if (
    symbol &&
    symbol.end < limit &&
    (tokens.kind[symbol.end] === NUMBER || tokens.key[symbol.end] === 'several')
  ) {
    currency = symbol.value;
    i = symbol.end;
  }
  const numberStart = i;
  if (!mayStartNumber(cx, i)) return null;
  // "the top 10 trading partners" is a rank, not a count.
  if (keyAt(tokens.key, i - 1) === 'top' && DETERMINERS.has(keyAt(tokens.key, i - 2) ?? ''))
    return null;
  const change = changeBefore(cx, at);
  const reading =
    (range ? fractionRange(cx, i, limit) : null) ??
    readNumber(cx, i, limit) ??
    (change || qualifiedShare(cx, { q, at: i }) || shareChangedBy(cx, i)
      ? bareFraction(cx, i, limit)
      : null);
  // "Rbs8.4bn": a currency written onto the number is no model name.
  const glued = currency !== null && tokens.kind[numberStart - 1] === WORD;
  if (!reading || (!glued && isNotAQuantity(cx, i, reading))) return null;
  let value = reading.value;
  let low = reading.low;
  let high = reading.high;
  let end = reading.end;
  // Ranges: "10,000-12,000", "between 10,000 and 12,000", "from 1 to 2 million".
  const joiner = tokens.key[end] ?? '';
  // "rose from 10,000 to 15,000": the level before and the level after a change.
  const levels =
    joiner === 'to' &&
    tokens.key[at - 1] === 'from' &&
    lex.changeWords.has(tokens.key[at - 2] ?? '');
  if (
    !reading.vague &&
    !reading.fraction &&
    !levels &&
    (RANGE_JOINERS.has(joiner) || (range && joiner === 'and'))
  ) {
    let k = end + 1;
    if (currency && lex.currencySymbols.match(tokens, k, limit))
      k = lex.currencySymbols.match(tokens, k, limit)?.end ?? k;
    const second = mayStartNumber(cx, k) ? readNumber(cx, k, limit) : null;
    if (
      second &&
      second.value !== null &&
      value !== null &&
      !second.vague &&
      !second.fraction &&
      !(second.yearLike && reading.yearLike)
    ) {
      let first = value;
      // "1-2 million": the scale of the upper bound applies to both.
      // "800,000 to 1mn": a first bound above the second's digits already carries its scale.
      const secondDigits = parseDigits(tokens.key[k] ?? '') ?? 1;
      if (
        second.end > k + 1 &&
        reading.end === numberStart + 1 &&
        second.value / secondDigits > 1 &&
        value < secondDigits
      ) {
        first = value * (second.value / (parseDigits(tokens.key[k] ?? '') ?? second.value));
      } else if (
        (joiner === '-' || joiner === '–') &&
        second.end === k + 1 &&
        reading.end === numberStart + 1 &&
        value < 1000 &&
        second.value >= 1000 &&
        second.value % 1000 === 0 &&
        value * 1000 <= second.value &&
        value * 10_000 > second.value
      ) {
        // "10-12,000 troops": a dash between a small number and a round thousand elides the
        // first bound's thousands, as "1-2 million" elides its scale.
        first = value * 1000;
      }
      if (second.value > first) {
        low = first;
        high = second.value;
        value = null;
        qualifier = 'range';
        end = second.end;
      }
    }
  } else if (range) {
    if (low === null) return null;
    qualifier = 'range';
  }
  // "another 300 or so": a loose figure, with the words that loosen it; "4,300 or more troops",
  // "says 4,300 or more have gone": a floor, as it is after the noun.
  if (qualifier === null && tokens.key[end] === 'or') {
    const loosened = tokens.key[end + 1];
    // "two or more officers" stays narrative, as "two officers" does.
    if (loosened === 'so' || (loosened === 'more' && !reading.smallWord)) {
      qualifier = loosened === 'so' ? 'approx' : 'at_least';
      end += 2;
    }
  }
  // "10,000-plus troops": more than the figure; "5,000-odd troops": about it.
  const suffix = FIGURE_SUFFIXES.get(tokens.key[end + 1] ?? '');
  if (suffix && tokens.key[end] === '-' && adjacent(tokens, end, end + 1)) {
    qualifier ??= suffix;
    end += 2;
  }
  const hyphened = hyphenedCap(cx, { at: end, limit });
  const cap =
    hyphened !== null || capBefore(cx, at) || capListed(cx, { at, before: span.inherit ?? null });
  // "as much as 28 trillion won ($19.6 billion)": a conversion in brackets restates the bound.
  const restated = span.inherit;
  if (
    qualifier === null &&
    restated &&
    tokens.key[at - 1] === '(' &&
    restated.last === at - 1 &&
    restated.unit !== 'percent' &&
    !restated.ratio &&
    restated.qualifier !== 'range' &&
    restated.qualifier !== 'vague'
  )
    qualifier = restated.qualifier;
  // "caps imports at 500,000", "limits them to 500,000" and "a cap of 500,000" all state the cap
  // itself, as the annotators read it: the figure is the cap's, exact; only "no more than" bounds it.
  if (qualifier === null) qualifier = reading.vague ? 'vague' : 'exact';
  // "perhaps tens of thousands", "some hundreds of": a hedge adds nothing to a vague plural, which
  // stays vague; only a bound ("at least several million") is kept over it, as the spec says.
  else if (qualifier === 'approx' && reading.vague) qualifier = 'vague';
  let unit: UnitFound | null = null;
  let ratio =
    value !== null && low === null ? ratioAfter(cx, { end, numerator: value, limit }) : null;
  if (ratio) {
    // "1 in 5 shells": a share, of whatever the noun after it counts.
    value = ratio.percent;
    end = ratio.end;
    const noun = countedNoun(cx, end, limit);
    // "two in five people": a share of a population, not of people sent anywhere.
    const category =
      noun && !noun.guessed && noun.category !== 'personnel' ? noun.category : 'other';
    unit = {
      unit: 'percent',
      category,
      from: end,
      to: noun?.end ?? end,
      peopleCountry: noun?.peopleCountry ?? null,
      per: null,
      guessed: false,
      end: noun?.end ?? end,
    };
  } else if (hyphened !== null) {
    unit = {
      unit: hyphened.unit.unit,
      category: hyphened.unit.category,
      from: hyphened.from,
      to: hyphened.end,
      peopleCountry: null,
      per: hyphened.unit.per ?? null,
      guessed: false,
      end: hyphened.end,
    };
  } else if (reading.fraction) {
    // "the first half of September" is a time, not a share.
    const before = tokens.key[numberStart - 1];
    if (before === 'first' || before === 'second') return null;
    unit = {
      unit: 'percent',
      category: 'other',
      from: end,
      to: end,
      peopleCountry: null,
      per: null,
      guessed: false,
      end,
    };
  } else if (currency) {
    unit = currencyAfter(cx, end, limit) ?? {
      unit: currency,
      category: 'money',
      from: numberStart - 1,
      to: numberStart,
      peopleCountry: null,
      per: null,
      guessed: false,
      end,
    };
    if (tokens.key[unit.end] === 'worth') unit = { ...unit, end: unit.end + 1 };
  } else {
    const percent = lex.percentWords.match(tokens, end, limit);
    if (percent) {
      // "70% to 90% of wages": a range whose bounds each carry the sign; "rose 5 points to 8%"
      // is a change and the level it reached.
      const upper =
        low === null && value !== null && !change ? percentBound(cx, percent.end, limit) : null;
      if (upper && value !== null && upper.value > value) {
        low = value;
        high = upper.value;
        value = null;
        qualifier = 'range';
      }
      const to = upper && high !== null ? upper.end : percent.end;
      unit = {
        unit: 'percent',
        category: 'other',
        from: end,
        to,
        peopleCountry: null,
        per: null,
        guessed: false,
        end: to,
      };
    } else {
      unit = strength(cx, end) ?? currencyAfter(cx, end, limit) ?? countedNoun(cx, end, limit);
      // "Russia's army of roughly 1.5 million trains.": a figure an army is "of" counts its
      // people, and a word of vehicles ending the clause after it is a verb, not what is counted;
      // no fleet runs to tens of thousands ("an army of 300 trains" keeps its trains).
      if (
        unit?.unit === 'vehicle' &&
        tokens.kind[unit.end] !== WORD &&
        value !== null &&
        value >= ARMY_SIZE
      ) {
        const army = armyOf(cx, at);
        if (army >= 0) unit = { ...peopleNamed('personnel', army, army + 1), end };
      }
    }
  }
  // "one round in four fails": the noun stands between the two numbers of a ratio.
  if (unit !== null && value === 1 && ratio === null && !unit.guessed && unit.unit !== 'percent') {
    ratio = ratioAfter(cx, { end: unit.end, numerator: 1, limit });
    if (ratio) {
      value = ratio.percent;
      const category = unit.category === 'personnel' ? 'other' : unit.category;
      unit = { ...unit, unit: 'percent', category, per: null, end: ratio.end };
    }
  }
  if (unit !== null && unit.unit === 'percent' && unit.category === 'other') {
    if (pollShare(cx, unit.end)) return null;
    unit = { ...unit, category: shareOf(cx, unit.end, limit) ?? shareSubject(cx, at) ?? 'other' };
  }
  // "tankers calling at the port at least nine times": the calls a carrier makes, counted.
  const calls = unit === null && !reading.yearLike ? callsCounted(cx, { at, end, limit }) : null;
  if (calls !== null) unit = calls;
  if (unit === null) {
    if (reading.yearLike) return null;
    // "a tanker some 15 nautical miles off the coast": a bare figure a measure follows is a
    // size or a span, not a count of the noun before.
    if (lex.sizeWords.has(tokens.key[end] ?? '')) return null;
    // "five of the aircraft" names its whole; "against four in October" is compared with the
    // figure before. Any other spelled-out small number standing alone is narrative.
    // "two of the three men" picks people out of a group it counts itself.
    const counted = reading.smallWord && mayStartNumber(cx, end + 2);
    unit = counted ? null : partOf(cx, end, limit);
    // "At least six have been captured": a bound makes a small count a reported figure, as it
    // does for a guessed noun.
    const bounded =
      (qualifier === 'at_least' || qualifier === 'more_than') &&
      casualtyPredicate(cx, end, limit) !== null;
    // "Nine of them came in May": a part of the group just counted is a figure, as "9 of them" is.
    if (
      unit === null &&
      reading.smallWord &&
      !bounded &&
      !partOfThem(cx, { at, end }) &&
      !comparedWith(cx, at) &&
      // "The trucks averaged about six a day": a rate is counted, spelled out or not.
      lex.perPhrases.match(tokens, end) === null &&
      !CASUALTY_VERBS.has(keyAt(tokens.key, at - 1) ?? '')
    )
      return null;
    unit ??=
      casualtyPredicate(cx, end, limit) ??
      casualtyObject(cx, at) ??
      unitBefore(cx, span.sentenceFrom, numberStart) ??
      groupNumbered(cx, { at, from: span.sentenceFrom }) ??
      groupValued(cx, at) ??
      nounOf(cx, at) ??
      relativeOf(cx, at) ??
      valuedNoun(cx, at) ??
      subjectUnit(cx, at) ??
      elided(cx, {
        at,
        end,
        // "roughly half of its supply; its factories make about 4m a year": a bare figure is
        // never a share, so it counts the noun of the last count before, not the share's.
        inherit: span.inherit?.unit === 'percent' ? (span.counted ?? null) : (span.inherit ?? null),
        carried: span.carried ?? null,
        carriedCount: span.carriedCount ?? null,
        quiet: span.quiet ?? null,
        lent: span.lent ?? null,
        sentenceFrom: span.sentenceFrom,
      });
    if (unit === null) return null;
    // "about 3,000 more", "70 of them": the words that stand for the noun belong to the phrase.
    unit = { ...unit, end: Math.max(end, unit.end) };
  }
  // "Seven countries formed the panel", "and four other governments": a spelled-out count of
  // nations gives a group's members; "the two countries" and "both nations" point back.
  // "its 11 members include Japan", "thirteen members voted for it": members that vote or are
  // listed as countries are the states of a body, counted as nations are.
  const memberStates =
    !unit.guessed && unit.unit === 'person' && membersAreStates(cx, { after: unit.to, limit });
  if (memberStates) unit = { ...unit, unit: 'item', category: 'other', peopleCountry: null };
  const nations =
    memberStates ||
    (unit.guessed &&
      reading.smallWord &&
      value !== null &&
      value >= 3 &&
      NATION_NOUNS.has(tokens.key[unit.to - 1] ?? '') &&
      !NATIONS_NAMED_BEFORE.has(keyAt(tokens.key, at - 1) ?? ''));
  if (unit.guessed && !nations) {
    // A guessed noun needs a figure that reads as a count: vague, scaled, or at least ten.
    // "at least three crude cargoes", "at least nine Russian banks": a bound makes a small count
    // a reported figure too.
    const bound = qualifier === 'at_least' || qualifier === 'more_than' || qualifier === 'up_to';
    const big = reading.vague || (value !== null && value >= 10) || low !== null;
    if ((!big && !bound) || (reading.smallWord && !bound) || reading.yearLike) return null;
  }
  if (reading.yearLike && unit.guessed) return null;
  // "two systems" is narrative; "at least five transfers", "three to four port calls" are figures,
  // and so is a part of a whole: "two of the guns", "nine of them", and a count set against the
  // one before, whose noun it borrows ("14 calls in May, compared with six in April").
  // "organised in four brigades", "bought five squadrons": a formation is counted spelled out;
  // "the two brigades" points back, "two battalions of 800 men" is sized by its people and
  // "drawn from two brigades" names where people came from.
  const formations =
    FORMATION_NOUNS.has(tokens.key[unit.to - 1] ?? '') &&
    tokens.key[unit.to] !== 'of' &&
    !POINTING_BACK.has(keyAt(tokens.key, at - 1) ?? '') &&
    keyAt(tokens.key, at - 1) !== 'from';
  if (
    reading.smallWord &&
    unit.unit === 'item' &&
    !nations &&
    !formations &&
    calls === null &&
    q === null &&
    low === null &&
    tokens.key[end] !== 'of' &&
    !(unit.to <= at && comparedWith(cx, at))
  )
    return null;
  // "two of the three men": a spelled-out count after "of the" picks out a group, it does not report one.
  if (reading.smallWord && tokens.key[at - 1] === 'the' && tokens.key[at - 2] === 'of') return null;
  // "the two men signed a treaty", "hand the two soldiers over": a small count of people after
  // "the", "these" or "those", with no nationality before the noun, points back to people already
  // told of; it reports nothing. "the two North Korean soldiers" and "the two soldiers captured
  // in January" still state a count and what befell it.
  if (
    reading.smallWord &&
    unit.unit === 'person' &&
    unit.from === end &&
    unit.peopleCountry === null &&
    at > 0 &&
    POINTING_BACK.has(tokens.key[at - 1] ?? '') &&
    !(participleAt(tokens, unit.to) && AGENT_OR_PLACE.has(tokens.key[unit.to + 1] ?? ''))
  )
    return null;
  // "citing two local health workers", "interviewed 23 people for this article": people a report
  // consulted are its informants, not a figure it reports.
  if (unit.unit === 'person' && unit.category !== 'casualties' && consultedBefore(cx, at))
    return null;
  // "One soldier tried to…", "one train in the images": a single thing is narrative, not a count;
  // "one train a day" is a rate.
  if (
    reading.smallWord &&
    value === 1 &&
    q === null &&
    ratio === null &&
    lex.perPhrases.match(tokens, Math.max(end, unit.end)) === null
  )
    return null;
  let per = unit.per;
  let last = Math.max(end, unit.end);
  if (per === null) {
    // "500,000 barrels of refined petroleum a year": the rate may follow what the unit is of.
    let at = last;
    if (tokens.key[at] === 'of') {
      for (let k = at + 1; k < limit && k <= at + 5 && tokens.kind[k] === WORD; k++) {
        if (lex.perPhrases.match(tokens, k, limit)) {
          at = k;
          break;
        }
      }
    }
    // "$2,000 per soldier per month": the rate follows what the amount is for.
    if (
      tokens.key[at] === 'per' &&
      tokens.kind[at + 1] === WORD &&
      lex.perPhrases.match(tokens, at + 2, limit)
    )
      at += 2;
    const perPhrase = lex.perPhrases.match(tokens, at, limit);
    if (perPhrase && !datesBack(tokens, perPhrase.end)) {
      per = perPhrase.value;
      last = perPhrase.end;
    }
  }
  // "15,000 troops or more": a floor stated after the noun; "5 percent or so" loosens it.
  if (qualifier === 'exact' && tokens.key[last] === 'or') {
    if (tokens.key[last + 1] === 'more') qualifier = 'at_least';
    else if (tokens.key[last + 1] === 'so') {
      qualifier = 'approx';
      last += 2;
    }
  }
  // "three rounds for every one fired by Ukraine" is a ratio, not an amount.
  if (tokens.key[last] === 'for' && tokens.key[last + 1] === 'every') return null;
  // "under 3,000 deadweight tons", "a 124m feeder ship": the size of a ship, not a cargo or a fleet.
  if (unit.unit === 'tonne' && SHIP_SIZES.has(tokens.key[unit.from - 1] ?? '')) return null;
  if (
    unit.unit === 'vehicle' &&
    (tokens.key[at - 1] === 'a' || tokens.key[at - 1] === 'an') &&
    tokens.key[numberStart + 1] === 'm' &&
    adjacent(tokens, numberStart, numberStart + 1)
  )
    return null;
  if (unit.category === 'money' && unitPrice(cx, { at: last, unit: unit.unit })) return null;
  // "at least three satellite launches", "four launches before the satellite reached orbit":
  // launches into space are counted happenings, not missiles.
  if (
    unit.unit === 'missile' &&
    tokens.key[unit.from] === 'launches' &&
    spaceInSentence(cx, { from: span.sentenceFrom, to: limit })
  )
    unit = { ...unit, unit: 'item', category: 'other' };
  // "9,000 won to the dollar" is a rate of exchange: no amount, but what converts the others.
  const exchange = unit.category === 'money' && unit.unit !== 'usd' && exchangeRate(cx, last);
  return {
    first: spokenOf || particle ? numberStart : at,
    last,
    numberStart,
    value,
    low,
    high,
    qualifier,
    unit: unit.unit,
    category: unit.category,
    unitFrom: unit.from,
    unitTo: unit.to,
    peopleCountry: unit.peopleCountry,
    per,
    guessed: unit.guessed,
    change: unit.unit === 'percent' && (change || saidOfBefore(cx, { at, end: last, span })),
    cap: cap || permitted(cx, { at, last, bounded: qualifier === 'up_to', limit }),
    ratio: ratio !== null,
    exchange,
  };
}

/** "satellite", "orbit": words that set a launch in space. */
const SPACE_WORDS = wordsOf(lexicon.data.spaceWords);

/** Whether a word of space stands in the sentence span: read only for a count of launches. */
function spaceInSentence(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  for (let i = span.from; i < span.to; i++) if (isWordAt(SPACE_WORDS, cx.tokens, i)) return true;
  return false;
}

/** "to the dollar", "per dollar", "against the euro": what a price in another currency is of. */
function exchangeRate(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  const key = tokens.key[at];
  if (key !== 'to' && key !== 'per' && key !== 'against') return false;
  let j = at + 1;
  const article = tokens.key[j];
  if (article === 'the' || article === 'one' || article === 'a' || article === 'each') j++;
  return lex.currencyWords.match(tokens, j) !== null;
}

/** Measures a commodity is priced by: "$75 a barrel", "$600 per tonne". */
const MEASURES = new Set(['barrel', 'kilogram', 'kg', 'ton', 'tonne', 'litre', 'liter', 'gallon']);

/** Measures a market price in the North is quoted by: "13,000 won a kilogram". */
const MARKET_MEASURES = new Set(['kilogram', 'kg']);

/**
 * "$75 a barrel", "$600 per tonne": the price of a measure of goods, not a sum paid. Not a price
 * in won by the kilogram ("rice sold for 13,000 won a kilogram"): three of the four annotated sets
 * that met one wrote it, as they write "a kilogram of rice sold for 13,000 won", a price in the
 * North's markets.
 */
function unitPrice(cx: Scan, input: { readonly at: number; readonly unit: string }): boolean {
  const { tokens } = cx;
  const key = tokens.key[input.at];
  if (key !== 'a' && key !== 'per') return false;
  const measure = tokens.key[input.at + 1] ?? '';
  // The won may be named as the North's ("6,000 North Korean won per kilogram") or read so later.
  const won = input.unit === 'krw' || input.unit === 'kpw';
  return MEASURES.has(measure) && !(won && MARKET_MEASURES.has(measure));
}

const APPOSITION_REACH = 3;

/**
 * "4,000 men killed or wounded, nearly a third of the force", "half of them", "90 percent of
 * that": a share said of the figure just before it in the sentence.
 */
function saidOfBefore(
  cx: Scan,
  input: {
    readonly at: number;
    readonly end: number;
    readonly span: { readonly inherit?: QuantityMatch | null };
  },
): boolean {
  const { tokens } = cx;
  const before = input.span.inherit;
  if (!before) return false;
  // The figure before may trail a short participle: "4,000 men killed or wounded, nearly a third".
  if (tokens.key[input.at - 1] === ',' && input.at - 1 - before.last <= APPOSITION_REACH) {
    let words = true;
    for (let i = before.last; i < input.at - 1; i++) if (tokens.kind[i] !== WORD) words = false;
    if (words) return true;
  }
  return (
    tokens.key[input.end] === 'of' &&
    (BACK_REFERENCES.has(tokens.key[input.end + 1] ?? '') || tokens.key[input.end + 1] === 'that')
  );
}

const CAP_REACH = 12;

/** "a cap of 500,000", "caps imports at 500,000", "limited to 500,000": a limit word before "of/at/to". */
function capBefore(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  const prev = keyAt(tokens.key, at - 1) ?? '';
  if (prev !== 'of' && prev !== 'at' && prev !== 'to') return false;
  for (let i = at - 2; i >= 0 && i >= at - CAP_REACH; i--) {
    const key = tokens.key[i] ?? '';
    if (lex.capWords.has(key)) return true;
    if (tokens.kind[i] === PUNCT && key !== "'") return false;
  }
  return false;
}

/** Words that make the verb after "to" a permission: "allowed to receive". */
const PERMISSIONS = wordsOf(lexicon.data.permitWords);
/** How far after a figure a clause of permission may open: "barrels of refined fuel that". */
const PERMIT_REACH = 8;
/** How far into that clause its verb may stand: "that North Korea may import". */
const PERMIT_CLAUSE_REACH = 6;

/** The length of a permission ending on the verb at `at` ("may import", "allowed to buy"), else 0. */
function permissionAt(cx: Scan, at: number): number {
  const { key } = cx.tokens;
  if (at < 1 || !cx.lex.permitVerbs.has(key[at] ?? '')) return 0;
  if (key[at - 1] === 'may') return 1;
  if (at >= 2 && key[at - 1] === 'to' && isWordAt(PERMISSIONS, cx.tokens, at - 2)) return 2;
  return 0;
}

/**
 * "Pyongyang may take in at most 400,000 barrels", "the 400,000 barrels that the North may
 * import under sanctions": what a country is permitted to take in is a limit. A bare "may import"
 * is also a forecast, so it is a limit only when bounded, said of sanctions ("under"), or "allowed".
 */
function permitted(
  cx: Scan,
  input: { at: number; last: number; bounded: boolean; limit: number },
): boolean {
  const { key, kind } = cx.tokens;
  const { at, last, limit } = input;
  const sure = (verb: number, length: number): boolean => {
    if (input.bounded || length === 2) return true;
    for (let i = verb + 1; i < limit && kind[i] !== PUNCT; i++) if (key[i] === 'under') return true;
    return false;
  };
  const before = permissionAt(cx, at - 1);
  if (before > 0) return sure(at - 1, before);
  const end = Math.min(limit, last + PERMIT_REACH);
  for (let j = last; j < end && kind[j] !== PUNCT; j++) {
    if (key[j] !== 'that' && key[j] !== 'which') continue;
    const stop = Math.min(limit, j + 1 + PERMIT_CLAUSE_REACH);
    for (let k = j + 2; k < stop && kind[k] !== PUNCT; k++) {
      const length = permissionAt(cx, k);
      if (length > 0) return sure(k, length);
    }
    return false;
  }
  return false;
}

/** How far after a cap the next figure of its list may stand: "and those of crude oil at". */
const CAP_LIST_REACH = 10;
const CAP_LIST_LINKS = new Set(['at', 'to', 'of', 'and']);

/**
 * "caps refined products at 500,000 barrels a year and crude oil at 4 million barrels": a figure
 * joined by "and" to a cap, with no other clause between, is a cap too.
 */
function capListed(
  cx: Scan,
  input: { readonly at: number; readonly before: QuantityMatch | null },
): boolean {
  const { before, at } = input;
  if (before === null || !before.cap || at - before.last > CAP_LIST_REACH) return false;
  const { key, kind } = cx.tokens;
  if (!CAP_LIST_LINKS.has(key[at - 1] ?? '')) return false;
  let joined = false;
  for (let i = before.last; i < at; i++) {
    if (key[i] === 'and') joined = true;
    else if (kind[i] === PUNCT) return false;
  }
  return joined;
}

/** "up 21%", "fell 5.3%", "fallen by about a quarter": a word of change just before the figure. */
function changeBefore(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  const prev = keyAt(tokens.key, at - 1) ?? '';
  if (prev === 'by') return lex.changeWords.has(keyAt(tokens.key, at - 2) ?? '');
  return lex.changeWords.has(prev);
}

const SCALING_VERBS = new Set(lexicon.data.scalingVerbs);
/** How far before "by" a verb of change may stand: "raise shell output at the plant by a third". */
const SCALING_REACH = 6;
/** Words a share may end its phrase before: "fell to a third last year", "… by half in 2024". */
const SHARE_FOLLOWERS = new Set(['last', 'this', 'over', 'during', 'between', 'within']);

/**
 * "fell to a third", "lift production by a third": a fraction a change reaches or goes by is a
 * share without "of"; not an ordinal before its noun ("fell to a third country").
 */
function shareChangedBy(cx: Scan, at: number): boolean {
  const { lex, tokens } = cx;
  const prev = keyAt(tokens.key, at - 1);
  if (prev !== 'to' && prev !== 'by') return false;
  const fraction = lex.fractions.match(tokens, at);
  if (fraction === null) return false;
  const next = tokens.key[fraction.end] ?? '.';
  if (
    tokens.kind[fraction.end] === WORD &&
    !lex.clauseStops.has(next) &&
    !SHARE_FOLLOWERS.has(next) &&
    !lex.months.has(next)
  )
    return false;
  if (prev === 'to') return lex.changeWords.has(keyAt(tokens.key, at - 2) ?? '');
  for (let i = at - 2; i >= 0 && i >= at - SCALING_REACH; i--) {
    const key = tokens.key[i] ?? '';
    if (tokens.kind[i] !== WORD) return false;
    if (lex.changeWords.has(key) || SCALING_VERBS.has(key)) return true;
  }
  return false;
}

/**
 * "about half deviated", "of whom perhaps a quarter died", "stood at around two-thirds": after a
 * word of approximation or bound a fraction is a share even without "of"; not "half an hour".
 */
function qualifiedShare(
  cx: Scan,
  input: { readonly q: { readonly end: number } | null; readonly at: number },
): boolean {
  if (input.q === null || input.q.end !== input.at) return false;
  const fraction = cx.lex.fractions.match(cx.tokens, input.at);
  const next = fraction ? cx.tokens.key[fraction.end] : undefined;
  return fraction !== null && next !== 'a' && next !== 'an';
}

/** "… to 90%" after a first percentage: the upper bound and the token after its sign, or null. */
function percentBound(
  cx: Scan,
  at: number,
  limit: number,
): { readonly value: number; readonly end: number } | null {
  const { lex, tokens } = cx;
  const joiner = tokens.key[at] ?? '';
  if (!RANGE_JOINERS.has(joiner) || tokens.kind[at + 1] !== NUMBER) return null;
  const second = readNumber(cx, at + 1, limit);
  if (!second || second.value === null) return null;
  const sign = lex.percentWords.match(tokens, second.end, limit);
  return sign ? { value: second.value, end: sign.end } : null;
}

/** "between a fifth and a half of the shells": two fractions bounding a share. */
function fractionRange(cx: Scan, at: number, limit: number): NumberReading | null {
  const { lex, tokens } = cx;
  const first = lex.fractions.match(tokens, at, limit);
  if (!first || tokens.key[first.end] !== 'and') return null;
  const second = lex.fractions.match(tokens, first.end + 1, limit);
  if (!second || tokens.key[second.end] !== 'of' || second.value <= first.value) return null;
  return {
    value: null,
    low: first.value,
    high: second.value,
    vague: false,
    fraction: true,
    smallWord: false,
    yearLike: false,
    end: second.end,
  };
}

/** "down a third": after a word of change, a fraction stands without "of". */
function bareFraction(cx: Scan, at: number, limit: number): NumberReading | null {
  const fraction = cx.lex.fractions.match(cx.tokens, at, limit);
  if (!fraction) return null;
  return {
    value: fraction.value,
    low: null,
    high: null,
    vague: false,
    fraction: true,
    smallWord: false,
    yearLike: false,
    end: fraction.end,
  };
}
