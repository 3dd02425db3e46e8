import type { Category, ExtractedClaim, Stage } from '../domain/index.ts';
import {
  CUE_AMOUNT,
  CUE_CATEGORY,
  lexicon,
  tableOf,
  wordsOf,
  type FlowRole,
  type Lexicon,
  type Scan,
} from './lexicon.ts';
import { isYear } from './dates.ts';
import type { QuantityMatch } from './quantities.ts';
import { claimWith, figureWith, periodOf } from './records.ts';
import { keyAt, NUMBER, PUNCT, WORD, type Tokens } from './tokenize.ts';
import { isWordAt, valueAt, wordsAt } from './word-table.ts';

/** A country named in a sentence. */
export interface CountryMention {
  readonly first: number;
  readonly last: number;
  readonly code: string;
  /** Inside the name of a source ("South Korean officials said"): not a party to the flow. */
  readonly source: boolean;
}

/** A verb or noun of transfer ("supplied", "brought in", "shipments"). */
export interface FlowVerb {
  readonly first: number;
  readonly last: number;
  readonly role: FlowRole;
  readonly key: string;
}

/** What a sentence offers the rules that decide category and direction. */
export interface SentenceFacts {
  readonly from: number;
  readonly to: number;
  readonly countries: readonly CountryMention[];
  readonly verbs: readonly FlowVerb[];
  /** Words that shift a figure's category ("killed", "exports", "oil"), by position. */
  readonly categoryCues: ReadonlyArray<{ readonly at: number; readonly cues: CategoryCues }>;
  /** A word of standing forces ("military", "army") appears in the sentence. */
  readonly forceCue: boolean;
  /** Where those words stand: one inside a figure's own phrase decides ("1.2 million active-duty troops"). */
  readonly forceAt: readonly number[];
  /** Where the words of standing forces stand ("army", "active-duty"; not "Storm Corps"). */
  readonly standingAt: readonly number[];
  /** Where "military", "armed" stand: inside a figure's phrase they describe people sent too. */
  readonly adjectivalAt: readonly number[];
  /** Where digits stand: a category word past another figure is that figure's. */
  readonly numberAt: readonly number[];
  /** Where a clause of its own opens ("but", "while", ";"): a verb's sides end there. */
  readonly breakAt: readonly number[];
  /** The sentence says where weapons fell ("missed their targets"). */
  readonly accuracy: boolean;
  /** The sentence speaks of money from everywhere ("workers abroad", "worldwide"). */
  readonly worldwide: boolean;
  /** Where "of whom" opens a part of a group: a word after it speaks of the part, not the whole. */
  readonly partAt: readonly number[];
  /** The sentence speaks of transfers that hide their origin ("ship-to-ship transfers"). */
  readonly smuggled: boolean;
  /** The sentence has a word of trade or of goods traded ("exports", "cargo", "coal"), not "the arms trade". */
  readonly trading: boolean;
}

type CategoryCues = NonNullable<ReturnType<Lexicon['categoryCues']['get']>>;

const DEPLOYABLE = new Set(lexicon.data.deployableForceWords);
const ACCURACY = new Set(lexicon.data.accuracyWords);
const WORLDWIDE = new Set(lexicon.data.worldwideWords);
const CLAUSE_BREAKS = new Set(lexicon.data.clauseBreaks);
const NOT_FORCES = new Set(lexicon.data.forceCueExceptions);
/** How far after a count of people a casualty word may stand: "soldiers who had been withdrawn were wounded". */
const CASUALTY_REACH = 10;
const NOT_TRADE = new Set(lexicon.data.tradeCueExceptions);
const TRADE_POSTS = new Set(lexicon.data.tradePostNouns);

const REPLACING = new Set(lexicon.data.replacementWords);

/** How far back a word of replacing may govern casualty words: "to replace the dead and wounded". */
const REPLACING_REACH = 4;

/** "replace losses", "to replace the dead and wounded": the casualty word names whom people replace. */
function replacedBefore(tokens: Tokens, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - REPLACING_REACH; i--) {
    if (tokens.kind[i] !== WORD) return false;
    if (REPLACING.has(tokens.key[i] ?? '')) return true;
  }
  return false;
}

function isCasualty(cues: CategoryCues): boolean {
  for (const c of cues) if (c.category === 'casualties') return true;
  return false;
}

function isTrade(cues: CategoryCues): boolean {
  for (const c of cues) if (c.category === 'trade') return true;
  return false;
}

/** Whether digits stand between a figure and the word at `at`. */
function numberBetween(facts: SentenceFacts, q: QuantityMatch, at: number): boolean {
  for (const n of facts.numberAt)
    if ((at >= q.last && n >= q.last && n < at) || (at < q.first && n > at && n < q.first))
      return true;
  return false;
}
/** How near the number of another figure a word stands that is its own: "300 soldiers killed". */
const OWN_WORD_REACH = 3;
/** How far a word may stand before the figure of its own clause: "casualties were well over 6,000". */
const OWN_SUBJECT_REACH = 5;

/**
 * Whether a word at `at`, in another clause than the figure's, is the figure's of that clause:
 * right after its number ("300 killed, and that …") or its subject ("…, and casualties were
 * over 6,000"); not "a force of 11,000 men loses a quarter", one clause.
 */
function wordOfAnotherClause(
  tokens: Tokens,
  facts: SentenceFacts,
  { q, at }: { readonly q: QuantityMatch; readonly at: number },
): boolean {
  const before = at < q.first;
  if (!joinsClauses(tokens, before ? { from: at, to: q.first } : { from: q.last, to: at }))
    return false;
  for (const n of facts.numberAt)
    if (before ? n < at && at - n <= OWN_WORD_REACH : n > at && n - at <= OWN_SUBJECT_REACH)
      return true;
  return false;
}
const ADJECTIVAL = new Set(lexicon.data.adjectivalForceWords);
const STANDING_BODY = new Set(lexicon.data.standingBodyNouns);

/** Shared by every sentence with none of a kind of word: not frozen, as in index.ts. */
const NONE: readonly never[] = [];

/** Collects the category words of a sentence once, for all of its figures. */
export function categoryWords(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): Pick<
  SentenceFacts,
  | 'categoryCues'
  | 'forceCue'
  | 'forceAt'
  | 'standingAt'
  | 'adjectivalAt'
  | 'partAt'
  | 'numberAt'
  | 'breakAt'
  | 'accuracy'
  | 'worldwide'
  | 'smuggled'
  | 'trading'
> {
  const { lex, tokens } = cx;
  // Most of these lists stay empty in most sentences: each is made at its first entry, and an
  // empty one is the shared NONE.
  let categoryCues: Array<{ at: number; cues: CategoryCues }> | null = null;
  let forceAt: number[] | null = null;
  let standingAt: number[] | null = null;
  let adjectivalAt: number[] | null = null;
  let partAt: number[] | null = null;
  let numberAt: number[] | null = null;
  let breakAt: number[] | null = null;
  let accuracy = false;
  let worldwide = false;
  let smuggled = false;
  let trading = false;
  for (let i = sentence.from; i < sentence.to; i++) {
    const bits = cx.cues[i]!;
    // "whom" and the first words of hidden transfers carry the category bit for this scan.
    if ((bits & (CUE_CATEGORY | CUE_AMOUNT)) === 0) continue;
    if (tokens.key[i] === 'whom' && tokens.key[i - 1] === 'of') (partAt ??= []).push(i);
    if (!smuggled && isWordAt(HIDING_FIRST, tokens, i)) smuggled = hidingAt(tokens, i);
    // Ages and days ("aged 20 and 26") are no figures of their own; counts of people that take a
    // casualty word from another are ("11,000 troops … 4,700 killed").
    if (tokens.kind[i] === NUMBER && tokens.end[i]! - tokens.start[i]! >= 3)
      (numberAt ??= []).push(i);
    if ((bits & CUE_CATEGORY) === 0) continue;
    const key = tokens.key[i] ?? '';
    // "is on course to produce", "over the course of the year": no weapon's course. "hit what
    // they were aimed at": a weapon's aim, where "measures aimed at slowing inflation" is none.
    if (
      ACCURACY.has(key) &&
      (key === 'course'
        ? i > 0 && tokens.key[i - 1] === 'off'
        : key !== 'aimed' || (tokens.key[i + 1] === 'at' && tokens.kind[i + 2] === PUNCT))
    )
      accuracy = true;
    if (WORLDWIDE.has(key)) worldwide = true;
    if (CLAUSE_BREAKS.has(key)) (breakAt ??= []).push(i);
    // "military intelligence", "military cooperation": the word describes no body of people.
    if (lex.forceCues.has(key) && !NOT_FORCES.has(tokens.key[i + 1] ?? '')) {
      (forceAt ??= []).push(i);
      // "5,000 military builders", "several hundred are military builders": an adjective of a
      // counted noun describes people sent as well; "Its military has" is a standing force.
      // "5,000 military construction troops": the noun may follow a word of its own compound.
      // "its armed forces number 1.2 million": joined to "forces", the adjective names the army.
      const adjective =
        ADJECTIVAL.has(key) &&
        !STANDING_BODY.has(tokens.key[i + 1] ?? '') &&
        (lex.units.match(tokens, i + 1, sentence.to) !== null ||
          (tokens.kind[i + 1] === WORD && lex.units.match(tokens, i + 2, sentence.to) !== null));
      if (adjective) (adjectivalAt ??= []).push(i);
      else if (!DEPLOYABLE.has(key)) (standingAt ??= []).push(i);
    }
    // "gross national income at 45 trillion won": the income of a nation sizes its economy, as GNI
    // does; the income of people or of a trade is money.
    const cues =
      key === 'income' && i > 0 && tokens.key[i - 1] === 'national'
        ? lex.categoryCues.get('gni')
        : lex.categoryCues.get(key);
    // "the arms trade", "labour exports": selling arms and labour is what pays the North, not trade.
    // "3,000 reinforcements arrived to replace losses": people sent for the dead are not the dead.
    // "a North Korean trade official said": a word of trade before a person's post names the post.
    if (
      cues &&
      !(NOT_TRADE.has(keyAt(tokens.key, i - 1) ?? '') && isTrade(cues)) &&
      !(TRADE_POSTS.has(tokens.key[i + 1] ?? '') && isTrade(cues)) &&
      !(isCasualty(cues) && replacedBefore(tokens, i))
    ) {
      (categoryCues ??= []).push({ at: i, cues });
      trading ||= isTrade(cues);
    }
  }
  return {
    categoryCues: categoryCues ?? NONE,
    forceCue: forceAt !== null,
    forceAt: forceAt ?? NONE,
    standingAt: standingAt ?? NONE,
    adjectivalAt: adjectivalAt ?? NONE,
    partAt: partAt ?? NONE,
    numberAt: numberAt ?? NONE,
    breakAt: breakAt ?? NONE,
    accuracy,
    worldwide,
    smuggled,
    trading,
  };
}

const HIDING = lexicon.data.hiddenTransferPhrases.map((p) => p.split(' '));
const HIDING_FIRST = wordsOf(HIDING.map((words) => words[0] ?? ''));

/** Whether a phrase of hidden transfer ("ship - to - ship") starts at `at`. */
function hidingAt(tokens: Tokens, at: number): boolean {
  for (const words of HIDING) if (wordsAt(tokens.key, at, words)) return true;
  return false;
}

/** The kind and sides of the last figure that named its kind, for one that does not. */
export interface Topic {
  readonly category: Category;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Whose people a flow of people counts: the sender's, save for people going home the other way
 * ("11,000 had returned home"), who are the usual sender's own.
 */
function whoseOwn(lex: Lexicon, topic: Topic): string | null {
  const usual = lex.data.defaultFlows['personnel'];
  return usual && topic.from === usual[1] && topic.to === usual[0] ? usual[0] : topic.from;
}

export interface Direction {
  readonly category: Category;
  readonly from: string | null;
  readonly to: string | null;
  readonly stage: Stage | null;
}

const TRANSFER_CATEGORIES = new Set<Category>([
  'personnel',
  'munitions',
  'missiles',
  'weapons',
  'oil',
  'food',
  'money',
  'technology',
]);
export const PEOPLE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'personnel',
  'casualties',
  'force_size',
]);
/** Goods that carriers move: what a count of ships or trips in a later paragraph carries. */
/** Goods counted by weight, whose kind a later weight that names no goods goes on with. */
export const WEIGHED_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['oil', 'food']);
export const CARGO_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'munitions',
  'missiles',
  'oil',
  'food',
  'trade',
]);
const NATIONALITY_CATEGORIES = new Set<Category>(['casualties', 'force_size', 'other']);

const REFERS_BACK = new Set([
  ...lexicon.data.continuationWords,
  ...lexicon.data.shareBackReferences,
]);

/** Carriers ("vessels", "43 trips") and bare shares ("by a fifth", not "30% of capacity"). */
function topical(cx: Scan, q: QuantityMatch, carrier: boolean): boolean {
  if (q.unit === 'vehicle') return true;
  if (q.unit === 'item') return carrier;
  if (q.unit !== 'percent' || q.ratio) return false;
  const { key } = cx.tokens;
  // "less than 10% of the total", "a third of the value", "60% of the estimated total": the whole
  // is the sum spoken of.
  if (wholeAfter(cx, q) >= 0) return true;
  for (let i = q.first; i <= q.last; i++) {
    // "90% of that" refers back to the sum before; "30% of capacity" names a whole of its own.
    const next = key[i + 1] ?? '';
    if (key[i] === 'of' && !REFERS_BACK.has(next) && !REFERS_BACK.has(`of ${next}`)) return false;
  }
  return true;
}

const WHOLES = new Set(lexicon.data.wholeReferences);

/** "half of that", "a third of the total": the whole named right after a share is the one before. */
function refersBackAfter(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  return (
    key[q.last] === 'of' && (REFERS_BACK.has(`of ${key[q.last + 1]}`) || wholeAfter(cx, q) >= 0)
  );
}
const SUMS = new Set(lexicon.data.sumWholes);

/** Where the whole of "10% of the total" or "60% of the estimated total" stands, or -1. */
function wholeAfter(cx: Scan, q: QuantityMatch): number {
  const { key } = cx.tokens;
  if (key[q.last] !== 'of' || key[q.last + 1] !== 'the') return -1;
  if (WHOLES.has(key[q.last + 2] ?? '')) return q.last + 2;
  return cx.tokens.kind[q.last + 2] !== PUNCT && WHOLES.has(key[q.last + 3] ?? '')
    ? q.last + 3
    : -1;
}

/**
 * "a third of the value Moscow has transferred", "10% of the total was paid in cash": a share of a
 * sum, said where no figure before it in the paragraph states the sum.
 */
function shareOfSum(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const at = wholeAfter(cx, q);
  if (at < 0) return false;
  if (SUMS.has(cx.tokens.key[at] ?? '')) return true;
  for (const v of facts.verbs) if (PAYMENTS.has(v.key)) return true;
  return false;
}

const PAYMENTS = new Set(lexicon.data.paymentVerbs);
const EARNINGS = new Set(lexicon.data.earningVerbs);
const GOODS_VERBS = new Set(lexicon.data.goodsVerbs);
/** How far before goods paid for the verb of payment may stand: "paid for the first few shipments". */
const PAID_FOR_REACH = 5;

/**
 * "the Kremlin paid for those deliveries with dollars and grain": goods that are the object of
 * a payment are not the payer's own sending; the subject before "paid for" pays for them.
 */
function paidFor(tokens: Tokens, facts: SentenceFacts, verb: FlowVerb): boolean {
  const { key } = tokens;
  for (let i = verb.first - 1; i > facts.from && i >= verb.first - PAID_FOR_REACH; i--)
    if (key[i] === 'for' && PAYMENTS.has(key[i - 1] ?? '')) return true;
  return false;
}
const CAPACITY = new Set(lexicon.data.capacityVerbs);
const STANDING_VERBS = new Set(lexicon.data.standingVerbs);

const DEMANDS = wordsOf(lexicon.data.demandWords);
/** How far before a figure a word of demand may stand: "a chronic grain deficit of about". */
const DEMAND_REACH = 5;

const EACH_WORDS = new Set(['each', 'every', 'one', 'per']);
/** How far before its verb "each" may open the subject: "each standard 20ft container can hold". */
const EACH_REACH = 6;

function eachBefore(tokens: Tokens, span: { readonly from: number; readonly at: number }): boolean {
  for (let i = span.at - 1; i >= span.from && i >= span.at - EACH_REACH; i--)
    if (EACH_WORDS.has(tokens.key[i] ?? '')) return true;
  return false;
}

/**
 * "its grain shortfall of about 1 million tonnes", "its economy uses an estimated": demand just
 * before; "output of 152mm shells has risen to 5m a year", "a plant able to make 3,000 drones a
 * year": production, for goods other than money.
 */
function stockBefore(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly category: Category },
): number {
  const { key } = cx.tokens;
  const { q } = input;
  // "to make up for losses in the contingent of 11,000 troops": people are not produced.
  // "tankers making 40 trips": trips and voyages are made, not produced.
  const made =
    input.category !== 'money' &&
    input.category !== 'trade' &&
    !PEOPLE_CATEGORIES.has(input.category) &&
    !cx.lex.carrierNouns.has(key[q.unitTo - 1] ?? '');
  for (let i = q.first - 1; i >= facts.from && i >= q.first - STOCK_REACH; i--) {
    // "output also rose, to about 3 million shells a year": the comma before a change's new level;
    // "put Russian output lower, at about 3 million", "domestic output, which it put at 4.5
    // million shells": the comma before the level a valuation gives it.
    if (cx.tokens.kind[i] === PUNCT && key[i] !== '-' && !VALUED_AFTER.has(key[i + 1] ?? ''))
      return -1;
    if (i >= q.first - DEMAND_REACH && isWordAt(DEMANDS, cx.tokens, i)) return i;
    if (made && isWordAt(PRODUCTION, cx.tokens, i)) return i;
  }
  return -1;
}

/** How far before a word of output or demand its owner may stand: "Russia's rising domestic output". */
const STOCK_OWNER_REACH = 4;

const PRODUCTION = wordsOf(lexicon.data.productionWords);
/** Words after a comma that go on to give the level of the output or stock before it. */
const VALUED_AFTER = new Set(['to', 'at', 'which']);
/** Units of arms a country may make: not the trips or ships that carry them. */
const MADE_UNITS = new Set(['shell', 'rocket', 'missile', 'drone', 'item']);
/** The forms of "make" that earn money and make goods. */
const MAKING = new Set(['make', 'makes', 'made', 'making']);
/** "output of 152mm and 122mm shells to around 5m a year": production may name the goods between. */
const STOCK_REACH = 9;

/** The country whose demand it is: named before the figure in its sentence, or the one last named. */
function demander(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  return nearestCountry(facts, { before: q.first, skip: { cx, makers: true } })?.code ?? null;
}
const VALUES = new Set(lexicon.data.valueWords);
const GOODS_NOUNS = new Set(lexicon.data.goodsNouns);
const TRADED_GOODS = new Set(lexicon.data.tradedGoodsNouns);
const VALUED_GOODS = new Set<Category>(['oil', 'food', 'technology']);
/** How far before "worth" the goods valued may be named: "shipments to China, dominated by wigs, were worth". */
const VALUE_REACH = 12;

/**
 * "Russian grain worth 4.5 billion roubles", "the technology supplied would have cost $1bn", "the
 * deliveries were worth $50m": a sum that values oil, food or technology is of those goods, not a
 * payment; shipments valued are of the goods the text is speaking of. Arms valued stay money: the
 * sale of shells is what earns the North.
 */
function valuedGoods(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly topic: Topic | null },
): Category | null {
  const { tokens } = cx;
  const { q } = input;
  if (q.category !== 'money') return null;
  // "bought $1.5 billion worth of goods from China": the sum's worth of goods of no one kind is
  // trade, as "goods worth $1.5 billion" is (the figure's phrase may take "worth" in).
  const after = tokens.key[q.last - 1] === 'worth' ? q.last - 1 : q.last;
  if (
    tokens.key[after] === 'worth' &&
    tokens.key[after + 1] === 'of' &&
    TRADED_GOODS.has(tokens.key[after + 2] ?? '')
  )
    return 'trade';
  let value = -1;
  for (let i = q.first - 1; i >= facts.from && i >= q.first - 4; i--)
    if (VALUES.has(tokens.key[i] ?? '')) value = i;
  if (value < 0) return goodsOfSum(cx, facts, q);
  // "exchanges including arms, oil and food could be worth": goods of several kinds are no one kind.
  let goods: Category | null = null;
  for (const { at, cues } of facts.categoryCues) {
    if (at >= value || at < value - VALUE_REACH) continue;
    for (const c of cues) {
      if (c.category === 'casualties' || c.category === 'other') continue;
      if (goods && goods !== c.category) return null;
      goods = c.category;
    }
  }
  if (goods) return VALUED_GOODS.has(goods) ? goods : null;
  // "China shipped goods worth $168 million to the North": goods of no one kind are trade.
  if (TRADED_GOODS.has(tokens.key[value - 1] ?? '')) return 'trade';
  for (let i = value - 1; i >= facts.from && i >= value - VALUE_REACH; i--)
    if (GOODS_NOUNS.has(tokens.key[i] ?? ''))
      return input.topic && VALUED_GOODS.has(input.topic.category) ? input.topic.category : null;
  return null;
}
const VALUE_NOUNS = new Set(lexicon.data.valueNouns);
const HOLDER_SHARES = new Set(lexicon.data.holderShareVerbs);
/** How far before the sum "the value of" may stand: "the value of the fuel shipped north at $40m". */
const VALUE_OF_REACH = 10;
/** How far before its verb the goods that make up a sum may be named: "diesel alone accounting for". */
const PART_REACH = 4;
const LIST_JOINS = new Set(['and', 'or', 'which']);

/**
 * "put the value of the diesel shipped at $40 million", "with fuel alone accounting for 230 million
 * roubles": the one kind of goods between "the value of" and the sum, or just before the verb that
 * makes them a part of it, is what the sum values; arms so valued stay money, as with "worth".
 */
function goodsOfSum(cx: Scan, facts: SentenceFacts, q: QuantityMatch): Category | null {
  const { key } = cx.tokens;
  let from = -1;
  let to = -1;
  for (let i = q.first - 1; i >= facts.from && i >= q.first - VALUE_OF_REACH; i--) {
    if (VALUE_NOUNS.has(key[i] ?? '') && key[i + 1] === 'of') {
      from = i + 2;
      to = q.first;
      break;
    }
  }
  if (from < 0) {
    const verb = q.first - 2;
    const joined = key[verb + 1] === 'for' || (key[verb + 1] === 'up' && key[verb] !== 'for');
    if (!joined || !HOLDER_SHARES.has(key[verb] ?? '')) return null;
    // The verb's own subject only, back to "with" or the clause's start: goods in a list ("soybean
    // oil, sugar and fertiliser accounted for") are of several kinds, exports before a comma are
    // trade of their own, and a part "of which" goods account for stays of the trade it is part of.
    from = verb;
    while (from > facts.from && verb - from < PART_REACH && cx.tokens.kind[from - 1] === WORD) {
      const word = key[from - 1] ?? '';
      if (LIST_JOINS.has(word)) return null;
      if (word === 'with') break;
      from--;
    }
    to = verb;
  }
  let goods: Category | null = null;
  for (const { at, cues } of facts.categoryCues) {
    if (at < from || at >= to) continue;
    for (const c of cues) {
      if (c.category === 'casualties' || c.category === 'other') continue;
      if (goods && goods !== c.category) return null;
      goods = c.category;
    }
  }
  return goods && VALUED_GOODS.has(goods) ? goods : null;
}
const PRICES = wordsOf(lexicon.data.priceWords);
const GOODS_CATEGORIES = new Set<Category>(['oil', 'food']);
/** How far from the word "prices" the goods and the market may stand: "the price of a kilogram of corn in Pyongyang". */
const PRICE_REACH = 6;

const DOMESTIC_CURRENCIES: ReadonlyMap<string, string> = new Map(
  Object.entries(lexicon.data.domesticCurrencies),
);

const NORTH_KOREAN_ECONOMY_WORDS = new Set(lexicon.data.northKoreanEconomyWords);
const MARKET_SALE_WORDS = new Set(lexicon.data.marketSaleWords);

/** "Corn went for 2,800 won" after a price: whether a sentence sells or prices goods, or a currency. */
function marketSale(cx: Scan, facts: SentenceFacts): boolean {
  for (let i = facts.from; i < facts.to; i++)
    if (MARKET_SALE_WORDS.has(cx.tokens.key[i] ?? '')) return true;
  return false;
}

/**
 * "rice sold for 5,500 won in the markets", "families in Chongjin were handed 500,000 won": whether
 * a sentence is set in North Korea's own economy (its markets, prices, towns other than the capital,
 * whose name also stands for the state). A sum in won there is in the North's won.
 */
export function inNorthKoreanEconomy(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  for (let i = sentence.from; i < sentence.to; i++)
    if (NORTH_KOREAN_ECONOMY_WORDS.has(cx.tokens.key[i] ?? '')) return true;
  return false;
}

/**
 * "Diesel fell to 13,200 won" after a price in the North's markets: a bare "won" read as the
 * North's was put there by the market figures before it, not by a name of the currency.
 */
const marketWon = (cx: Scan, q: QuantityMatch): boolean =>
  q.unit === 'kpw' && q.unitTo === q.unitFrom + 1 && cx.tokens.key[q.unitFrom] === 'won';

/**
 * "a kilogram of rice sold for 5,500 won, down from 7,000 won": the one kind of goods named before a
 * sum, within a clause's reach, is what the sum is the price of; none, or goods of two kinds, and it
 * is a sum of money.
 */
function goodsPriced(facts: SentenceFacts, q: QuantityMatch): Category | null {
  let goods: Category | null = null;
  for (const { at, cues } of facts.categoryCues) {
    if (at >= q.first || at < q.first - 3 * PRICE_REACH) continue;
    for (const c of cues) {
      if (!GOODS_CATEGORIES.has(c.category)) continue;
      if (goods && goods !== c.category) return null;
      goods = c.category;
    }
  }
  return goods;
}

/**
 * "Fuel prices in Pyongyang have fallen by about a fifth", "the price of corn in Pyongyang fell
 * 15%": a change in the price of goods is of those goods, in the market's country, and flows nowhere.
 */
function priceChange(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): { category: Category; from: string | null } | null {
  const { tokens } = cx;
  if (q.unit !== 'percent') return null;
  let price = -1;
  for (let i = Math.max(facts.from, q.first - 3 * PRICE_REACH); i < q.first; i++)
    if (isWordAt(PRICES, tokens, i)) price = i;
  if (price < 0) return null;
  let goods: Category | null = null;
  for (const { at, cues } of facts.categoryCues) {
    if (Math.abs(at - price) > PRICE_REACH) continue;
    for (const c of cues) if (GOODS_CATEGORIES.has(c.category)) goods = c.category;
  }
  if (!goods) return null;
  let market: string | null = null;
  for (const m of facts.countries) {
    if (m.source || m.first <= price || m.first > price + 2 * PRICE_REACH || m.first >= q.first)
      continue;
    if (tokens.key[m.first - 1] === 'in') market = m.code;
  }
  return { category: goods, from: market };
}

const FIRE_PHRASES = lexicon.data.firePhrases.map((p) => p.split(' '));
const FIRE_FIRST = wordsOf(FIRE_PHRASES.map((words) => words[0] ?? ''));
/** How far before a change its fire may be named: "Russian forces have cut their daily artillery fire by". */
const FIRE_REACH = 8;

/**
 * "Russian artillery fire has fallen by a third", "cut their daily artillery fire by half": a change
 * of fire named before it is a change of munitions fired, by the country named before the fire
 * (or the usual user of munitions) at its adversary. Undefined when no fire is named.
 */
function fireChanged(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null | undefined {
  const { lex, tokens } = cx;
  const { key } = tokens;
  if (!q.change && !(q.first > 0 && key[q.first - 1] === 'by')) return undefined;
  let fire = -1;
  for (let i = Math.max(facts.from, q.first - FIRE_REACH); i < q.first && fire < 0; i++) {
    if (!isWordAt(FIRE_FIRST, tokens, i)) continue;
    for (const words of FIRE_PHRASES) if (wordsAt(key, i, words)) fire = i;
  }
  if (fire < 0) return undefined;
  for (const at of facts.numberAt) if (at > fire && at < q.first) return undefined;
  return (
    nearestCountry(facts, { before: fire })?.code ?? lex.data.defaultFlows['munitions']?.[1] ?? null
  );
}

/** How far before a change its shipments may be named: "North Korea's shipments of artillery shells to Russia have fallen by". */
const SHIPMENTS_REACH = 10;
/** How many words after a noun of shipments its arms may be named: "deliveries of North Korean artillery rounds". */
const SHIPPED_REACH = 4;

/**
 * "Shipments of shells to Russia have fallen by about 40 percent", "Russian purchases of North
 * Korean rounds dropped by half": a change of shipments of arms is a change of that supply, along
 * the usual flow of those arms. Null when the change names no shipments of arms, or a country
 * outside that flow.
 */
function shipmentsChanged(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): { category: Category; from: string; to: string } | null {
  const { lex, tokens } = cx;
  const { key } = tokens;
  if (q.category !== 'other' || q.ratio) return null;
  if (!q.change && !(q.first > 0 && key[q.first - 1] === 'by')) return null;
  let category: Category | null = null;
  let shipped = -1;
  for (let i = q.first - 1; i >= facts.from && i >= q.first - SHIPMENTS_REACH; i--) {
    if (tokens.kind[i] === PUNCT || tokens.kind[i] === NUMBER) break;
    if (!SHIPMENT_NOUNS.has(key[i] ?? '') || key[i + 1] !== 'of') continue;
    for (let j = i + 2; j < q.first && j <= i + 1 + SHIPPED_REACH; j++) {
      const unit = lex.units.match(tokens, j, q.first);
      if (unit && lex.weaponCategories.has(unit.value.category)) {
        category = unit.value.category as Category;
        break;
      }
    }
    shipped = i;
    break;
  }
  if (category === null) return null;
  const flow = lex.data.defaultFlows[category];
  const from = flow?.[0];
  const to = flow?.[1];
  if (!from || !to) return null;
  for (const m of facts.countries)
    if (!m.source && m.first < q.first && m.last > shipped - 3 && m.code !== from && m.code !== to)
      return null;
  return { category, from, to };
}

const RESTATEMENTS = lexicon.data.restatementWords.map((p) => p.split(' '));

/**
 * "earned $20 billion, a figure equal to nearly 70 percent of GDP": a share that restates the
 * figure before it is that figure, kind and sides, not a share of the economy.
 */
function restates(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  for (const words of RESTATEMENTS) if (wordsAt(key, q.first - words.length, words)) return true;
  return false;
}

/**
 * "2,480 freight railcars crossed the bridge into Russia", "the bridge will take 300 trucks a day":
 * carriers counted with no cargo named and no kind of figure to follow carry trade, between the
 * countries the sentence names or, where it names none, the pair the text has named; with neither,
 * nothing says they cross a border.
 */
function movesGoods(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly lastPair?: readonly string[] | undefined },
): boolean {
  const { q } = input;
  if (q.unit !== 'vehicle' && !cx.lex.carrierNouns.has(cx.tokens.key[q.unitTo - 1] ?? ''))
    return false;
  if (input.lastPair?.length === 2) return true;
  for (const m of facts.countries) if (!m.source) return true;
  return false;
}

/**
 * "Rail cargo across the bridge rose 40%", "half of the wagons carried coal and timber": a share or
 * change that names no kind of its own, in a sentence that speaks of trade or of freight, is of
 * that trade.
 */
function tradeShare(facts: SentenceFacts, q: QuantityMatch): boolean {
  return facts.trading && q.unit === 'percent' && !q.ratio;
}

const SHIPMENT_NOUNS = new Set(lexicon.data.shipmentNouns);
/** How many words may name the owner between "of" and the shipments: "of North Korea's". */
const SHIPMENT_OWNER_REACH = 5;

/**
 * "about 60% of North Korea's shipments to China", "half of China's purchases from its neighbour":
 * a share of one country's goods sent to or bought from another is a share of their trade.
 */
function shareOfShipments(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (q.unit !== 'percent' || q.ratio || key[q.last] !== 'of') return false;
  const stop = Math.min(q.last + 1 + SHIPMENT_OWNER_REACH, key.length - 1);
  for (let i = q.last + 1; i < stop; i++) {
    if (!SHIPMENT_NOUNS.has(key[i] ?? '')) continue;
    const next = key[i + 1];
    return next === 'to' || next === 'from';
  }
  return false;
}

/**
 * "The figure is still below the $120 million seen in 2018", "that is about 11 billion yen": a sum
 * whose sentence names no kind of figure and no payment, after a figure of trade in its paragraph,
 * goes on speaking of that trade.
 */
function unkindSum(facts: SentenceFacts, q: QuantityMatch): boolean {
  if (q.category !== 'money') return false;
  if (facts.categoryCues.length > 0) return false;
  for (const v of facts.verbs) if (v.role === 'send' || v.role === 'receive') return false;
  return true;
}

function distance(
  q: { readonly first: number; readonly last: number },
  first: number,
  last: number,
): number {
  if (last <= q.first) return q.first - last;
  if (first >= q.last) return first - q.last;
  return 0;
}

/**
 * A word of standing forces in a figure's phrase: "active-duty", "-strong"; not "military" or
 * "armed", which describe people sent as well ("5,000 military builders").
 */
function standingIn(
  facts: SentenceFacts,
  span: { readonly from: number; readonly to: number },
  except: readonly number[],
): boolean {
  for (const i of facts.standingAt)
    if (i >= span.from && i < span.to && !except.includes(i)) return true;
  return false;
}

/**
 * A word of standing forces before the figure's phrase: "Its military has 1.3 million members".
 * One after it ("11,000 soldiers from the North's army are in Kursk") names where people were
 * drawn from, not the force the figure sizes.
 */
function standingBefore(
  facts: SentenceFacts,
  phrase: { readonly from: number; readonly to: number },
): boolean {
  for (const i of facts.standingAt) if (i < phrase.from) return true;
  return false;
}

const ARMIES = new Set(['army']);

/** Verbs by which a standing force counts its people: "number", "has". */
const FORCE_COUNTS = new Set([
  ...lexicon.data.forceHavingWords,
  ...lexicon.data.forceNumberingWords,
]);
/** How many words ("," and "which") may stand between a standing force and its verb of counting. */
const FORCE_COUNT_GAP = 2;

/**
 * "its armed forces number 1.1 million", "the army, which has 1.2 million soldiers": the figure
 * right after a verb of counting whose subject is a word of standing forces.
 */
function standingCounts(tokens: Tokens, facts: SentenceFacts, q: QuantityMatch): boolean {
  const verb = q.first - 1;
  // "Russia's army of roughly 1.5 million": an army sized by "of" is a standing force, as one
  // that numbers its people is ("a force of 8,000" is a body of people, sent or not).
  if (keyAt(tokens.key, verb) === 'of' && ARMIES.has(keyAt(tokens.key, verb - 1) ?? ''))
    return facts.standingAt.includes(verb - 1);
  if (!FORCE_COUNTS.has(keyAt(tokens.key, verb) ?? '')) return false;
  let at = verb - 1;
  for (let gap = 0; gap < FORCE_COUNT_GAP; gap++) {
    const key = keyAt(tokens.key, at);
    if (key !== ',' && key !== 'which') break;
    at--;
  }
  // "armed forces": the word of standing forces may stand before its noun.
  const word = STANDING_BODY.has(keyAt(tokens.key, at) ?? '') ? at - 1 : at;
  for (const i of facts.standingAt) if (i === at || i === word) return true;
  return false;
}

const FORCE_BRANCHES = new Set(lexicon.data.forceBranchWords);

/**
 * "reckons its ground forces at 950,000", "estimates its armed forces at": a valuation of
 * a branch of standing forces right before the figure sizes that force.
 */
function inStandingForce(tokens: Tokens, q: QuantityMatch): boolean {
  const at = q.first - 1;
  return (
    keyAt(tokens.key, at) === 'at' &&
    STANDING_BODY.has(keyAt(tokens.key, at - 1) ?? '') &&
    FORCE_BRANCHES.has(keyAt(tokens.key, at - 2) ?? '')
  );
}

const GROUPS = new Set(lexicon.data.groupNouns);

/** "the contingent of 11,000 troops", "puts the whole force at 12,000": the size of a group. */
function sizesGroup(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  const before = keyAt(key, q.first - 1);
  return (before === 'of' || before === 'at') && GROUPS.has(keyAt(key, q.first - 2) ?? '');
}

const HAVING = new Set(lexicon.data.forceHavingWords);

/**
 * "for a force of 15,000", "out of a force of some 12,000": a force counted with "a" and no verb
 * of having is a body of people, such as one sent, not a country's standing force ("an armed force
 * of", "the North's force of", "has a force of").
 */
function sizesAForce(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  return (
    keyAt(key, q.first - 1) === 'of' &&
    keyAt(key, q.first - 2) === 'force' &&
    keyAt(key, q.first - 3) === 'a' &&
    !HAVING.has(keyAt(key, q.first - 4) ?? '')
  );
}

const UNITS = new Set(lexicon.data.standingUnits);
const UNIT_HAS = new Set(['has', 'had', 'numbers', 'comprises', 'of']);

/** "holds 900,000 men on active service": words of service right after the figure's phrase. */
function serving(cx: Scan, q: QuantityMatch): boolean {
  return cx.lex.servicePhrases.match(cx.tokens, q.last) !== null;
}

/**
 * "drawn from a corps of 30,000 soldiers", "the brigade has 5,000 troops": the size of a standing
 * unit is a force, whoever was sent from it.
 */
function sizesUnit(cx: Scan, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  const verb = keyAt(key, q.first - 1) ?? '';
  if (!UNIT_HAS.has(verb)) return false;
  if (UNITS.has(keyAt(key, q.first - 2) ?? '')) return true;
  if (verb === 'of') return false;
  // "the 7th Corps, which officials in Seoul believe has 30,000 troops": a unit, then ", which"
  // and words of hearsay before the verb.
  for (let i = q.first - 2; i >= 0 && i >= q.first - 2 - UNIT_CLAUSE_REACH; i--) {
    if (key[i] === 'which') return key[i - 1] === ',' && UNITS.has(keyAt(key, i - 2) ?? '');
    if (kind[i] !== WORD) return false;
  }
  return false;
}

/** How many words of hearsay may stand between ", which" after a unit and its verb of having. */
const UNIT_CLAUSE_REACH = 6;

/** How far after a figure its own verb may stand: "6,000 builders and deminers to follow". */
const OWN_VERB_REACH = 3;

/** A verb of sending within the figure's own phrase after it, with no punctuation between. */
function sentAfter(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { tokens } = cx;
  for (const v of facts.verbs) {
    if (v.role === 'use' || v.role === 'hold' || v.first < q.last) continue;
    if (v.first > q.last + OWN_VERB_REACH) return false;
    for (let i = q.last; i < v.first; i++) if (tokens.kind[i] === PUNCT) return false;
    return true;
  }
  return false;
}

/** How far after a sum a word of the economy may stand and still name what it sizes: "$25bn of GDP". */
const SIZE_REACH = 2;
const SHARE_OF_GOODS = new Set<string>(lexicon.data.shareGoodsCategories);
const ONE_SIDE_TRADE = new Set(lexicon.data.tradeOneSideWords);

// What categorize knows of a figure beyond its sentence's facts, as bits: a record of flags built
// for every figure took a hidden class that V8 let die between documents, throwing away the
// optimized code of categorize and direct with it (see records.ts).
/** The figure counts carriers: "43 trips" of tankers. */
export const CARRIER = 1;
/** A verb of sending follows the figure in its own phrase: "6,000 sappers to follow". */
export const SENT_AFTER = 2;
/** The figure sizes a group: "the initial contingent of 11,000 troops". */
export const SIZES_GROUP = 4;
/** The figure sizes a standing unit: "a corps of 40,000 troops". */
export const SIZES_UNIT = 8;
/** The figure counts loads of goods, whose kind the phrase may name: "four diesel cargoes". */
export const LOADS = 16;
/** A sum set beside a noun of its own that compares it: "$4 billion, a sum that would rival its trade". */
export const APPOSED = 32;
/** The figure sizes "a force" no verb of having holds: "out of a force of 11,000". */
export const A_FORCE = 64;

/** People counted as serving: "900,000 men in active service", "450,000 men under arms". */
export const SERVING = 128;

/** Picks the category from the unit and the words around it ("killed", "exports", "oil"). */
export function categorize(
  facts: SentenceFacts,
  q: QuantityMatch,
  { tokens, flags = 0 }: { readonly tokens: Tokens; readonly flags?: number },
): Category {
  let category = q.category as Category;
  // "half of the soldiers who had been withdrawn were wounded": a share of people is read as people.
  const unit = q.unit === 'percent' && PEOPLE_CATEGORIES.has(category) ? 'person' : q.unit;
  const currency = category === 'money';
  // The nearest cue as three locals: a record per closer cue was garbage by the next.
  let cueCategory: Category | null = null;
  let cueDistance = Infinity;
  let cueAt = -1;
  const force = facts.forceCue && unit === 'person';
  if (q.unit === 'person' && inStandingForce(tokens, q)) return 'force_size';
  const borrowed = q.unitTo <= q.first;
  for (const { at: i, cues } of facts.categoryCues) {
    for (const c of cues) {
      if (!c.appliesTo.has(unit) && !(currency && c.appliesTo.has('usd'))) continue;
      // Goods words name what trips and transfers carry ("43 trips" of tankers, "transfers of
      // oil"); they do not make "factories" or "munitions plants" goods; loads of goods are of the
      // goods their phrase names ("four diesel cargoes").
      if (
        unit === 'item' &&
        (flags & LOADS) === 0 &&
        ((flags & CARRIER) === 0 || (i >= q.numberStart && i < q.unitFrom))
      )
        continue;
      // "worth $4 billion to Pyongyang, a sum that would rival its official trade": the trade is
      // what the sum is measured against.
      if ((flags & APPOSED) !== 0 && i > q.last && c.category === 'trade') continue;
      // "15,000 soldiers served, of whom a quarter were killed": the killed are the part.
      if (i >= q.last && partBetween(facts, q.last, i)) continue;
      // "lost 1,000 soldiers in December and 3,000 in January": a figure that borrows the noun of
      // the figure before shares the casualty word before that noun, as near as the noun is.
      const shared = c.category === 'casualties' && borrowed && i < q.unitFrom;
      // "15,000 troops remain, with around 4,700 killed": a word past another figure is its own.
      if (c.category === 'casualties' && !shared && numberBetween(facts, q, i)) continue;
      // "roughly 300 killed, and that 2,000 reinforcements had arrived", "including 6,000
      // engineers, and total casualties were well over 6,000": a word that stands right after
      // another figure, or nearer the figure after it than this one, is that figure's.
      if (
        c.category === 'casualties' &&
        !shared &&
        wordOfAnotherClause(tokens, facts, { q, at: i })
      )
        continue;
      // "losses in the initial contingent of 11,000 troops", "a force of 11,000 men loses a
      // quarter": the losses are a part; the figure is the whole group's size.
      if (c.category === 'casualties' && (flags & SIZES_GROUP) !== 0) continue;
      // "about 1,000 are sappers …, adding that the sappers were losing men": a casualty word
      // far after the figure speaks of another clause.
      if (c.category === 'casualties' && i >= q.last + CASUALTY_REACH) continue;
      const d = shared
        ? q.unitFrom - i
        : i >= q.first && i < q.last
          ? 0
          : Math.abs(i < q.first ? q.first - i : i - q.last);
      if (cueCategory === null || d < cueDistance) {
        cueCategory = c.category;
        cueDistance = d;
        cueAt = i;
      }
    }
  }
  const sendVerb = firstSendVerb(facts);
  // "losses at 3,500 out of a force of some 12,000": the size of a group that borrows the
  // noun of its losses is the group's, people sent. "reckons the dead of the whole deployment at
  // 3,300 dead or hurt": a word of loss right after the number is the figure's own, so it counts
  // losses, not the group.
  if (
    unit === 'person' &&
    category === 'casualties' &&
    (flags & SIZES_GROUP) !== 0 &&
    q.unitFrom <= q.numberStart
  )
    category = 'personnel';
  // "losses have reached 2,900 soldiers … plans to dispatch about 4,000 more this summer": a
  // count that borrows the noun of a figure of losses, sent by its own verb with no word of loss
  // in its sentence, is a deployment.
  if (
    unit === 'person' &&
    category === 'casualties' &&
    borrowed &&
    cueCategory === null &&
    sentBy(facts, q.first)
  )
    category = 'personnel';
  if (unit === 'person' && category !== 'casualties') {
    if ((flags & SIZES_UNIT) !== 0) return 'force_size';
    // "with 1.2 million active-duty troops" is a standing force; "sent 300 military advisers" a
    // deployment.
    // "6,000 military builders to follow": a verb of sending just after the figure is its own.
    const sentBefore = (flags & SENT_AFTER) !== 0 || sentBy(facts, q.first);
    const phrase = { from: q.numberStart, to: q.unitFrom };
    const standing = force && (flags & A_FORCE) === 0;
    if ((flags & SERVING) !== 0 && !sentBefore) return 'force_size';
    if (standing && !sentBefore && standingIn(facts, phrase, facts.adjectivalAt))
      return 'force_size';
    // "small beside the North's army, which has 1.1 million soldiers": what a standing force
    // numbers or has sizes it, whatever its sentence says was sent.
    if (standing && standingCounts(tokens, facts, q)) return 'force_size';
    // "the three soldiers held by Kyiv since March": people held by a captor are its captives.
    if (tokens.key[q.last] === 'held' && HELD_AS.has(tokens.key[q.last + 1] ?? ''))
      return 'casualties';
    if (cueCategory === 'casualties') {
      // "sent 11,000 troops … 100 were killed": the nearer of the two words decides.
      const verbDistance = sendVerb ? nearestVerb(facts, q) : Infinity;
      if (cueDistance <= verbDistance) return 'casualties';
    }
    // "Its military has 1.3 million members": a word of standing forces makes a force size;
    // "11,000 troops, many from the elite Storm Corps, arrived in Russia" is a deployment however
    // the sentence names their units.
    if (standing && !sendVerb && standingBefore(facts, phrase)) return 'force_size';
    return category;
  }
  // "some 85 percent of Pyongyang's diesel imports", "a third of the grain it imports": a
  // share whose whole names goods is of the goods, whoever's imports or exports they are.
  if (
    cueCategory === 'trade' &&
    unit === 'percent' &&
    cueAt > q.first &&
    SHARE_OF_GOODS.has(category) &&
    ONE_SIDE_TRADE.has(tokens.key[cueAt] ?? '')
  )
    return category;
  if (cueCategory !== null && cueCategory !== category) {
    // "an economy the bank sizes at $25 billion": the size of an economy is no payment; "earned
    // $20 billion, equal to 70 percent of GDP" compares a payment with one.
    const size =
      cueCategory === 'other' && currency && (cueAt < q.first || cueDistance <= SIZE_REACH);
    if (
      (cueCategory === 'trade' &&
        !(currency && (paidNearer(facts, q, cueDistance) || paidAfter(facts, q, cueAt)))) ||
      size ||
      category === 'other' ||
      unit === 'vehicle' ||
      unit === 'tonne'
    )
      category = cueCategory;
  }
  return category;
}

/** What follows "held" after a count of people that makes them captives: "held by", "held prisoner". */
const HELD_AS = new Set(['by', 'prisoner', 'captive', 'as']);

// Loops rather than `some`/`find` with closures over the figure: categorize runs per figure, and
// each closure was a fresh allocation.

/** Whether "of whom" stands between two tokens: `[from, to)`. */
function partBetween(facts: SentenceFacts, from: number, to: number): boolean {
  for (const p of facts.partAt) if (p >= from && p < to) return true;
  return false;
}

/** The sentence's first verb that moves something: not one of using or holding. */
function firstSendVerb(facts: SentenceFacts): FlowVerb | undefined {
  for (const v of facts.verbs) if (v.role !== 'use' && v.role !== 'hold') return v;
  return undefined;
}

/** Whether a verb that moves something ends at or before `at`. */
function sentBy(facts: SentenceFacts, at: number): boolean {
  for (const v of facts.verbs)
    if (v.role !== 'use' && v.role !== 'hold' && v.last <= at) return true;
  return false;
}

/** The distance from a figure to the nearest of the sentence's verbs. */
function nearestVerb(facts: SentenceFacts, q: QuantityMatch): number {
  let best = Infinity;
  for (const v of facts.verbs) best = Math.min(best, distance(q, v.first, v.last));
  return best;
}

/**
 * "would bring in some $28 million a month, roughly equal to its official exports": a verb of
 * payment nearer the sum than the word of trade makes it a payment.
 */
/**
 * "$3bn for Pyongyang, paid in fuel and other goods that customs data miss": a verb of payment
 * between the sum and a word of trade after it says how the sum was paid; it stays a payment.
 */
function paidAfter(facts: SentenceFacts, q: QuantityMatch, cueAt: number): boolean {
  for (const v of facts.verbs)
    if (PAYMENTS.has(v.key) && v.first >= q.last && v.last < cueAt) return true;
  return false;
}

function paidNearer(facts: SentenceFacts, q: QuantityMatch, tradeDistance: number): boolean {
  return facts.verbs.some(
    (v) =>
      (v.role === 'send' || v.role === 'receive') &&
      !GOODS_NOUNS.has(v.key) &&
      !facts.categoryCues.some(
        (c) => c.at === v.first && c.cues.some((k) => k.category === 'trade'),
      ) &&
      v.last <= q.first &&
      q.first - v.last < tradeDistance,
  );
}

function nearestCountry(
  facts: SentenceFacts,
  options: {
    readonly before?: number;
    readonly after?: number;
    readonly exclude?: string | null;
    readonly limit?: number;
    readonly skip?: Skip;
  },
): CountryMention | null {
  let best: CountryMention | null = null;
  let bestDistance = Infinity;
  for (const m of facts.countries) {
    if (m.source || m.code === options.exclude) continue;
    let d: number;
    if (options.before !== undefined) {
      if (m.last > options.before) continue;
      d = options.before - m.last;
    } else if (options.after !== undefined) {
      if (m.first < options.after) continue;
      d = m.first - options.after;
    } else continue;
    if (d >= bestDistance || d > (options.limit ?? Infinity)) continue;
    if (options.skip && skipped(options.skip, { m, limit: facts.to })) continue;
    best = m;
    bestDistance = d;
  }
  return best;
}

/**
 * Mentions a search for a side passes over. Flags, not a closure: a closure made per figure costs
 * an allocation and a name on every call.
 */
interface Skip {
  readonly cx: Scan;
  /** "North Korean missiles": the maker named with a weapon. */
  readonly makers?: boolean;
  /** "the North's main source": a possessive. */
  readonly possessives?: boolean;
  /** "fight for Russia", "lost to Ukrainian drones". */
  readonly places?: boolean;
  /** "captured by Ukraine". */
  readonly agents?: boolean;
  /** "soldiers who died in Russia", "rotated through Russia": where soldiers served. */
  readonly stations?: boolean;
  /** "Ukraine's figure is higher, at 4,000 dead": the country whose count it is. */
  readonly tellers?: boolean;
  /** "some 2 percent of South Korea's, and its exports at": a possessive that owns nothing. */
  readonly bare?: boolean;
  /** "Speaking to Russian reporters, the minister said": a country that only hears of the figure. */
  readonly audiences?: boolean;
}

const STATION_WORDS = new Set(['in', 'into', 'through', 'near']);

const CROSSING_WORDS = new Set(['to', 'from']);
/** "exports to North Korea", "imports from China": the country is the other side of a trade. */
function crossedTo(tokens: Tokens, m: CountryMention): boolean {
  return !m.source && CROSSING_WORDS.has(wordBefore(tokens, m));
}

function wordBefore(tokens: Tokens, m: CountryMention): string {
  return (
    keyAt(tokens.key, keyAt(tokens.key, m.first - 1) === 'the' ? m.first - 2 : m.first - 1) ?? ''
  );
}

function skipped(skip: Skip, at: { readonly m: CountryMention; readonly limit: number }): boolean {
  const { tokens } = skip.cx;
  const { m } = at;
  return (
    (skip.possessives === true && possessive(tokens, m)) ||
    (skip.places === true && destination(tokens, m)) ||
    (skip.stations === true && STATION_WORDS.has(wordBefore(tokens, m))) ||
    (skip.agents === true && agentOf(tokens, m)) ||
    (skip.makers === true && namesAWeapon(skip.cx, m, at.limit)) ||
    (skip.tellers === true && (tells(tokens, m) || captures(tokens, m))) ||
    (skip.bare === true && barePossessive(tokens, m)) ||
    (skip.audiences === true && AUDIENCE_WORDS.has(wordBefore(tokens, m)) && tells(tokens, m))
  );
}

/** Words before a country's newsmen that make them the audience: "speaking to", "told". */
const AUDIENCE_WORDS = new Set(['to', 'told']);

/** How many words after a country a noun of telling may stand: "a Ukrainian television channel". */
const TELLING_REACH = 3;

/**
 * "Ukraine's figure is higher, at 4,000 dead", "the South Korean agency raised its estimate to
 * 4,700", "told a Ukrainian television channel that 4,000 had been killed": the country whose body
 * or count tells of people's losses is not whose people they are.
 */
function tells(tokens: Tokens, m: CountryMention): boolean {
  // "their dead higher than Tokyo does": a country a toll is set against tells of it.
  if (wordBefore(tokens, m) === 'than') return true;
  const owner = possessive(tokens, m);
  let i = owner ? m.last + 2 : m.last;
  // "higher than Seoul's.": a possessive that owns nothing stands for the country's count.
  if (owner && tokens.kind[i] === PUNCT && tokens.key[i] !== '-') return true;
  // "Seoul's 2,000 dead", "Kyiv's nearly 4,000": a count the country owns is its telling; not
  // "Moscow's losses reached 1,000", whose noun names what the country lost.
  if (
    owner &&
    (tokens.kind[i] === NUMBER ||
      (isWordAt(QUALIFYING, tokens, i) && tokens.kind[i + 1] === NUMBER))
  )
    return true;
  for (let words = 0; words < TELLING_REACH; words++, i++) {
    // "the Ukrainian military's tally": the possessive of the words between.
    if (tokens.key[i] === "'" && tokens.key[i + 1] === 's') i += 2;
    if (tokens.kind[i] !== WORD) return false;
    if (isWordAt(TELLING, tokens, i)) return true;
  }
  return false;
}

const TELLING = wordsOf(lexicon.data.tellingNouns);
const CAPTOR_VERBS = wordsOf(lexicon.data.captorVerbs);
/** How many words may stand between a captor and its verb ("forces have"). */
const CAPTOR_REACH = 4;

/**
 * "Ukrainian marines captured five men", "Kyiv is holding three": the subject of a verb of
 * capture holds the captives; they are not its people.
 */
function captures(tokens: Tokens, m: CountryMention): boolean {
  let i = possessive(tokens, m) ? m.last + 2 : m.last;
  for (const end = i + CAPTOR_REACH; i < end; i++) {
    if (tokens.kind[i] !== WORD) return false;
    if (isWordAt(CAPTOR_VERBS, tokens, i)) return true;
  }
  return false;
}
/** One-word qualifiers of a figure: "about", "nearly", "some". */
const QUALIFYING = wordsOf(Object.keys(lexicon.data.qualifiers).filter((k) => !k.includes(' ')));

const FIGURE_NOUNS = new Set(lexicon.data.figureNouns);

/** "a North Korean missile hit Kharkiv, killing two": the maker of a weapon is not its victims' country. */
function namesAWeapon(cx: Scan, m: CountryMention, limit: number): boolean {
  return weaponsOf(cx, m, limit) !== null;
}

/** The kind of weapons a country's name describes before `limit` ("North Korean shells"), or null. */
function weaponsOf(cx: Scan, m: CountryMention, limit: number): Category | null {
  const unit = cx.lex.units.match(cx.tokens, m.last, limit);
  return unit !== null && cx.lex.weaponCategories.has(unit.value.category)
    ? unit.value.category
    : null;
}

/** The usual customer of a maker's weapons, when the maker is their usual supplier. */
function customerOf(
  cx: Scan,
  made: { readonly code: string; readonly category: Category },
): string | null {
  const flow = cx.lex.data.defaultFlows[made.category];
  return flow?.[0] === made.code ? (flow[1] ?? null) : null;
}

function isTradeWord(lex: Lexicon, key: string): boolean {
  const cues = lex.categoryCues.get(key);
  return cues !== undefined && isTrade(cues);
}

const PAIR_REACH = 8;
const PAIR_COUNTS = new Set(['two', 'both']);
const PAIR_NOUNS = new Set(['countries', 'sides', 'nations', 'neighbours', 'neighbors']);

/** "the two countries", "both sides" within reach before `at`. */
function namesAPair(
  tokens: Tokens,
  span: { readonly at: number; readonly floor: number },
): boolean {
  for (let i = Math.max(span.floor, span.at - PAIR_REACH); i < span.at; i++)
    if (PAIR_COUNTS.has(tokens.key[i] ?? '') && PAIR_NOUNS.has(tokens.key[i + 1] ?? ''))
      return true;
  return false;
}

/** "captured by Ukraine", "killed by Ukrainian drones": the agent is not whose people they are. */
function agentOf(tokens: Tokens, m: CountryMention): boolean {
  const before = keyAt(tokens.key, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  return AGENT_WORDS.has(keyAt(tokens.key, before) ?? '');
}

const AGENT_WORDS = new Set(['by', 'against']);

const DESTINATION_WORDS = new Set(['for', 'to', 'against', 'by']);

/** "fight for Russia", "lost to Ukrainian drones"; not "in Kharkiv", where the dead may be its own. */
function destination(tokens: Tokens, m: CountryMention): boolean {
  const before = keyAt(tokens.key, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  return DESTINATION_WORDS.has(keyAt(tokens.key, before) ?? '');
}

/** "the North's main source": a possessive names an owner, not the subject of the verb. */
function possessive(tokens: Tokens, m: CountryMention): boolean {
  return tokens.key[m.last] === "'" && tokens.key[m.last + 1] === 's';
}

/** The country right after a preposition, searching forward from `at`: "to Russia", "from the North". */
function countryAfterWord(
  tokens: Tokens,
  facts: SentenceFacts,
  search: {
    readonly at: number;
    readonly words: ReadonlySet<string>;
    readonly exclude?: string | null;
    /** Where the verb's clause ends: "earns $800 a month, but 90% of that is taken by the state". */
    readonly until?: number;
  },
): string | null {
  for (const m of facts.countries) {
    if (m.source || m.first < search.at || m.code === search.exclude) continue;
    if (search.until !== undefined && m.first >= search.until) break;
    let p = m.first - 1;
    if (keyAt(tokens.key, p) === 'the') p--;
    if (search.words.has(keyAt(tokens.key, p) ?? '')) return m.code;
  }
  return null;
}

/**
 * Where the clause from `at` ends: at the next word that opens a clause with a subject of its own
 * ("but", "while", ";"), whose prepositions are not the verb's.
 */
function clauseEnd(facts: SentenceFacts, at: number): number {
  for (const b of facts.breakAt) if (b >= at) return b;
  return facts.to;
}

/** Where the clause holding `at` opens: just past the last break before it, else the sentence's start. */
function clauseStart(facts: SentenceFacts, at: number): number {
  let opens = facts.from;
  for (const b of facts.breakAt) if (b < at) opens = b + 1;
  return opens;
}

/** Where the phrase after `at` ends: the next punctuation other than a hyphen or an apostrophe. */
function phraseEnd(cx: Scan, facts: SentenceFacts, at: number): number {
  const { key, kind } = cx.tokens;
  for (let i = at; i < facts.to; i++)
    if (kind[i] === PUNCT && key[i] !== '-' && key[i] !== "'") return i;
  return facts.to;
}

/** How far after a passive verb its "by" agent may stand: "were shipped directly by". */
const AGENT_REACH = 4;

const TO_WORDS = new Set(['to', 'into', 'for']);
const ABROAD_WORDS = new Set(['in', 'to', 'into']);
const FROM_WORDS = new Set(['from', 'by']);
const TARGET_WORDS = new Set(['at', 'against', 'on', 'into', 'across', 'over']);

/** "supplied Russia with 200 missiles that were later fired": a joiner ends the verb's clause. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', ';']);

function joinsClauses(
  tokens: Tokens,
  span: { readonly from: number; readonly to: number },
): boolean {
  for (let i = span.from; i < span.to; i++)
    if (CLAUSE_JOINERS.has(tokens.key[i] ?? '')) return true;
  return false;
}

/**
 * The nearest transfer verb: before the figure if there is one, else after it in the figure's own
 * clause ("80 missiles arrived from Pyongyang, and half have been fired" is no firing of the 80).
 */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * Whether a verb opens a relative clause: "that have been launched", "which it later sold". After
 * "which" the clause may name its own subject ("missiles, which Russia has fired at Kyiv"); not
 * after "that", where a country and its verb are as often a clause of saying ("adding that Moscow
 * had delivered").
 */
function relativeVerb(tokens: Tokens, facts: SentenceFacts, v: FlowVerb): boolean {
  let steps = 0;
  let named = false;
  for (let i = v.first - 1; i >= 0 && steps < RELATIVE_BACK; i--, steps++) {
    const key = tokens.key[i] ?? '';
    if (RELATIVE_PRONOUNS.has(key)) return !named || key === 'which';
    if (RELATIVE_GLUE.has(key)) continue;
    const subject = named ? null : countryEndingAt(facts, i);
    if (!subject) return false;
    named = true;
    i = subject.first;
  }
  return false;
}

/** How many words (a named subject counts as one) may stand between a relative pronoun and its verb. */
const RELATIVE_BACK = 5;

/** The country named with its last token at `at` (not a source), or null. */
function countryEndingAt(facts: SentenceFacts, at: number): CountryMention | null {
  for (const m of facts.countries) if (!m.source && m.last === at + 1) return m;
  return null;
}

/**
 * "90 drones, of which Moscow launched 70": the figure stands in the relative clause of the
 * verb, a part picked out of the whole before, with no punctuation between verb and figure.
 */
function partOfWhich(tokens: Tokens, v: FlowVerb, q: QuantityMatch): boolean {
  for (let i = v.last; i < q.numberStart; i++) if (tokens.kind[i] === PUNCT) return false;
  const from = Math.max(1, v.first - RELATIVE_BACK - 2);
  for (let i = v.first - 1; i >= from; i--) {
    const key = tokens.key[i];
    if (key === 'which' || key === 'whom') return tokens.key[i - 1] === 'of';
    if (tokens.kind[i] === PUNCT) return false;
  }
  return false;
}

function governingVerb(tokens: Tokens, facts: SentenceFacts, q: QuantityMatch): FlowVerb | null {
  let before: FlowVerb | null = null;
  let after: FlowVerb | null = null;
  for (const v of facts.verbs) {
    // "supplied Russia with 200 missiles that have been launched at Ukraine, along with 9 million
    // rounds": the verb of another figure's relative clause does not govern a later figure.
    if (v.last <= q.numberStart) {
      if (!before || !relativeVerb(tokens, facts, v) || partOfWhich(tokens, v, q)) before = v;
    } else if (v.first >= q.last && !after) after = v;
  }
  if (before || !after) return before;
  return joinsClauses(tokens, { from: q.last, to: after.first }) ? null : after;
}

const PLACE_WORDS = new Set([
  'in',
  'into',
  'to',
  'for',
  'from',
  'against',
  'by',
  'with',
  'of',
  'at',
  'through',
]);

/**
 * Whether a preposition of place stands before a country: "in Russia", "to the North"; not "of",
 * which makes it the owner ("a third of the North Korean casualties").
 */
function placeBefore(tokens: Tokens, m: CountryMention): boolean {
  const p = tokens.key[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  const word = tokens.key[p] ?? '';
  return word !== 'of' && PLACE_WORDS.has(word);
}

/**
 * Whose people a count is: the nationality in its phrase or named with people before it, or a
 * country before it that no preposition makes a place ("Russia has 600,000 troops").
 */
function homeCountry(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  const { tokens } = cx;
  if (q.peopleCountry) return q.peopleCountry;
  let before: string | null = null;
  for (const m of facts.countries) {
    if (m.source) continue;
    if (m.first >= q.numberStart && m.last <= q.unitTo) return m.code;
    // "informed Russian journalists that 800 engineers were on the way": a country that only
    // hears or tells of people is not theirs; "Russia's 1.2 million-strong army" owns its count.
    if (m.last > q.first || (tells(tokens, m) && !possessive(tokens, m))) continue;
    const p = keyAt(tokens.key, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
    before = PLACE_WORDS.has(keyAt(tokens.key, p) ?? '') ? null : m.code;
  }
  return nationalityBefore(cx, facts, q) ?? before;
}

/**
 * "North Korean troops fighting for Russia have suffered 1,100 casualties": of the countries
 * before a count of people, the one that names people ("North Korean troops", "Russians").
 */
function nationalityBefore(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  const { lex, tokens } = cx;
  let best: string | null = null;
  for (const m of facts.countries) {
    if (m.source || m.last > q.first || tells(tokens, m) || captures(tokens, m)) continue;
    const people = lex.countries.match(tokens, m.first, m.last)?.value.people === true;
    const unit = lex.units.match(tokens, m.last, facts.to);
    if (people || unit?.value.unit === 'person') best = m.code;
  }
  return best;
}

const CIVILIANS = new Set(lexicon.data.civilianNouns);
const STRUCK_WORDS = new Set(lexicon.data.strikePlaceWords);

/**
 * "Two people were killed when a missile struck a block in Kharkiv": civilians with no country of
 * their own named are of the country where they fell, named after them; not the country whose
 * weapon hit them ("a Russian missile") nor one that fired it ("when Russia fired").
 */
function whereCiviliansFell(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  const { tokens } = cx;
  if (!CIVILIANS.has(tokens.key[q.unitTo - 1] ?? '')) return null;
  for (const m of facts.countries) {
    if (m.source || m.first < q.last || namesAWeapon(cx, m, facts.to)) continue;
    if (STRUCK_WORDS.has(wordBefore(tokens, m))) return m.code;
  }
  return null;
}

/** Words between a figure and the verb of its relative clause ("it has", "that were"). */
const RELATIVE_GLUE = new Set([
  'it',
  'they',
  'he',
  'she',
  'that',
  'which',
  'who',
  'has',
  'have',
  'had',
  'been',
  'were',
  'was',
  'being',
  'is',
  'are',
  'reportedly',
  'already',
  'also',
  'allegedly',
  'since',
  'later',
  'now',
  'then',
  'subsequently',
]);
const PRONOUNS = new Set(['it', 'they', 'he', 'she']);
/** Words of hearsay inside a relative clause: "that Russia is believed to have fired". */
const HEDGES = new Set(['believed', 'thought', 'estimated', 'said', 'reported', 'to', 'have']);
/** How far after a figure the verb of its relative clause may stand. */
const RELATIVE_REACH = 8;

/** The country named at `at` (not a source), or null. */
function subjectAt(facts: SentenceFacts, at: number): CountryMention | null {
  for (const m of facts.countries) if (!m.source && m.first === at) return m;
  return null;
}

function postNominalVerb(
  tokens: Tokens,
  facts: SentenceFacts,
  q: { readonly last: number },
): { verb: FlowVerb; passive: boolean; subject: string | null } | null {
  for (const v of facts.verbs) {
    if (v.first < q.last) continue;
    if (v.first > q.last + RELATIVE_REACH) return null;
    let pronoun = false;
    let subject: string | null = null;
    // "missiles that Russia is believed to have fired": after a relative pronoun, a country may
    // be the clause's subject and hearsay may stand before its verb.
    const relative = RELATIVE_PRONOUNS.has(tokens.key[q.last] ?? '');
    for (let i = q.last; i < v.first; i++) {
      const key = tokens.key[i] ?? '';
      const named = relative ? subjectAt(facts, i) : null;
      if (named) {
        pronoun = true;
        subject = named.code;
        i = named.last - 1;
        continue;
      }
      if (!RELATIVE_GLUE.has(key) && !(relative && HEDGES.has(key))) return null;
      if (PRONOUNS.has(key)) pronoun = true;
    }
    // Without a pronoun or a named subject, only a verb right after the figure is its participle.
    if (!pronoun && v.first > q.last + 3) return null;
    return { verb: v, passive: !pronoun, subject };
  }
  return null;
}

/** A country named with the goods themselves: "67,000 tonnes of Chinese rice". */
function countryOfGoods(facts: SentenceFacts, q: QuantityMatch, exclude: string): string | null {
  for (const m of facts.countries) {
    if (
      !m.source &&
      m.code !== exclude &&
      m.first >= q.numberStart &&
      m.first < q.last + GOODS_REACH
    )
      return m.code;
  }
  return null;
}

const GOODS_REACH = 3;

function otherCountry(facts: SentenceFacts, q: QuantityMatch, exclude: string): string | null {
  let best: CountryMention | null = null;
  let bestDistance = Infinity;
  for (const m of facts.countries) {
    if (m.source || m.code === exclude) continue;
    const d = distance(q, m.first, m.last);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best?.code ?? null;
}

/** Whether every country the sentence names, outside its sources, is one of the two sides. */
function namesOnly(
  facts: SentenceFacts,
  sides: { readonly from: string; readonly to: string },
): boolean {
  for (const m of facts.countries)
    if (!m.source && m.code !== sides.from && m.code !== sides.to) return false;
  return true;
}

/** Units that measure goods themselves, not their worth or what carries them. */
const MEASURES = new Set(['tonne', 'barrel']);

/**
 * The one country the sentence names, when it is neither side of the exchange; else null. With
 * none outside the sentence's sources, a third country that files its own return ("China reported
 * 4,100 barrels", "Beijing's filings put the total at") is that country.
 */
function onlyThirdCountry(cx: Scan, facts: SentenceFacts): string | null {
  let third: string | null = null;
  let filer: string | null = null;
  for (const m of facts.countries) {
    if (m.source) {
      if (counterpart(cx.lex, m.code) === null && files(cx, m)) filer ??= m.code;
      continue;
    }
    if (counterpart(cx.lex, m.code) !== null || (third !== null && third !== m.code)) return null;
    third = m.code;
  }
  return third ?? filer;
}

const FILINGS = wordsOf(lexicon.data.filingWords);

/** A third country among the sentence's sources, other than `to`, that files its own return. */
function filer(cx: Scan, facts: SentenceFacts, to: string): string | null {
  for (const m of facts.countries)
    if (m.source && m.code !== to && counterpart(cx.lex, m.code) === null && files(cx, m))
      return m.code;
  return null;
}

/** "China reported", "Beijing's filings", "China's own reports": a country's own return follows its name. */
function files(cx: Scan, m: CountryMention): boolean {
  const { tokens } = cx;
  const { key } = tokens;
  let at = key[m.last] === "'" && key[m.last + 1] === 's' ? m.last + 2 : m.last;
  if (key[at] === 'own') at++;
  return isWordAt(FILINGS, tokens, at);
}

/** The stage words by token id: read at every word before a figure. */
const STAGES = tableOf(lexicon.stageCues);

function stageOf(
  cx: Scan,
  facts: SentenceFacts,
  found: { readonly q: QuantityMatch; readonly verb: FlowVerb | null },
): Stage | null {
  const { q, verb } = found;
  const { tokens } = cx;
  const from = Math.max(facts.from, Math.min(q.first, verb?.first ?? q.first) - 6);
  for (let i = q.first - 1; i >= from; i--) {
    const stage = valueAt(STAGES, tokens, i);
    if (stage) return stage;
  }
  if (tokens.key[q.first] === 'an' && tokens.key[q.first + 1] === 'estimated') return 'estimated';
  return verb ? 'delivered' : null;
}

const BY_WORDS = new Set(['by']);

const USE_NOUNS = new Set(lexicon.data.useNouns);

function verbAt(facts: SentenceFacts, at: number): boolean {
  for (const v of facts.verbs) if (v.first === at) return true;
  return false;
}

function hasRole(facts: SentenceFacts, role: FlowRole): boolean {
  for (const v of facts.verbs) if (v.role === role) return true;
  return false;
}

/** How far "of the North Korean missiles" may run after a share. */
const WHOLE_REACH = 6;

/**
 * "a third of the North Korean missiles fired so far", "half of them have been used": where the
 * whole a share names ends, so that the verb after it is read as the whole's own.
 */
function wholeEnd(cx: Scan, facts: SentenceFacts, q: QuantityMatch): number {
  const { tokens } = cx;
  // "one in three shells Russia fires": a ratio's whole is its own noun, and its clause follows.
  const of = tokens.key[q.last] === 'of';
  if (q.unit !== 'percent' || !(of || q.ratio)) return q.last;
  let j = of ? q.last + 1 : q.last;
  for (; j < facts.to && j <= q.last + WHOLE_REACH; j++) {
    const key = tokens.key[j] ?? '';
    if (RELATIVE_GLUE.has(key) || (tokens.kind[j] === PUNCT && key !== "'" && key !== '-')) break;
    if (verbAt(facts, j)) break;
  }
  return j;
}

const MADE_WORDS = new Set(['made', 'produced', 'built', 'origin']);
const MADE_IN = new Set(lexicon.data.madeInVerbs);
const NEGATIONS = new Set(lexicon.data.negationWords);

/** "fail to fire", "did not explode": a verb of use the text denies. */
function negated(tokens: Tokens, v: FlowVerb): boolean {
  const before = tokens.key[v.first - 1] === 'to' ? v.first - 2 : v.first - 1;
  return NEGATIONS.has(tokens.key[before] ?? '');
}

/**
 * "North Korean shells account for about half of …": the maker named with weapons as the subject
 * of a share, before it in its clause.
 */
function makerBefore(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  let made: string | null = null;
  for (const m of facts.countries) {
    if (m.source || m.last > q.first) continue;
    if (joinsClauses(cx.tokens, { from: m.last, to: q.first })) continue;
    if (namesAWeapon(cx, m, q.first)) made = m.code;
  }
  return made;
}

/**
 * "… come from North Korea", "… are North Korean-made", "… are of North Korean origin": the country
 * named as the source after `at`, or null.
 */
function suppliedAfter(cx: Scan, facts: SentenceFacts, at: number): string | null {
  const { key } = cx.tokens;
  const from = countryAfterWord(cx.tokens, facts, { at, words: FROM_ONLY });
  if (from !== null) return from;
  for (const m of facts.countries) {
    if (m.source || m.first < at) continue;
    const next = key[m.last] === '-' ? m.last + 1 : m.last;
    if (MADE_WORDS.has(key[next] ?? '')) return m.code;
    // "a third of the shells Russia fires were made in North Korea": the place of making is the
    // maker. Not where the fire has a target ("fire at Ukrainian positions were made in North
    // Korea"): that share was annotated as the fire (extract-eval).
    const lead =
      key[m.first] === 'the' ? m.first : key[m.first - 1] === 'the' ? m.first - 1 : m.first;
    if (key[lead - 1] === 'in' && MADE_IN.has(key[lead - 2] ?? '') && !targetBetween(key, at, lead))
      return m.code;
    // "nearly half of the rounds Moscow fires are North Korean": the maker as the whole's predicate.
    const before = DEGREE_WORDS.has(key[m.first - 1] ?? '') ? m.first - 2 : m.first - 1;
    if (
      LINKING_VERBS.has(key[before] ?? '') &&
      (m.last >= facts.to || cx.tokens.kind[m.last] === PUNCT)
    )
      return m.code;
  }
  return null;
}

/** "fire at Ukrainian positions", "used against Kyiv": a target named from `from` up to `to`. */
function targetBetween(key: ReadonlyArray<string>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (AIMED_AT.has(key[i] ?? '')) return true;
  return false;
}
/** Only these: "on", "into" and "over" also open places and times in a whole. */
const AIMED_AT = new Set(['at', 'against']);

const LINKING_VERBS = new Set(['are', 'were', 'is', 'was']);
const DEGREE_WORDS = new Set(['mostly', 'largely', 'mainly', 'all', 'now']);

const FROM_ONLY = new Set(['from']);
const OFF_SHORE = new Set(['in', 'off', 'near']);

/**
 * "11 ship-to-ship transfers in Russian waters", "off Vladivostok": a country other than the
 * receiver named as where transfers at sea were made is their sender. "In its report" names a
 * source, not a place.
 */
function watersOf(cx: Scan, facts: SentenceFacts, receiver: string | null): string | null {
  const { key } = cx.tokens;
  for (const m of facts.countries) {
    if (m.source || m.code === receiver) continue;
    let p = m.first - 1;
    if (key[p] === 'the') p--;
    if (!OFF_SHORE.has(key[p] ?? '')) continue;
    if (cx.lex.countries.match(cx.tokens, m.first, m.last)?.value.anaphora !== true) return m.code;
  }
  return null;
}
const TO_ONLY = new Set(['to']);
/** "working in the North", "at North Korean launch sites": where people are placed. */
const PLACED_IN = new Set(['in', 'at']);

const RETURNS = lexicon.data.returnWords.map((p) => p.split(' '));
/** How far after a count of people its return may be told: "2,000 have since been rotated home". */
const RETURN_REACH = 6;

/**
 * "have been rotated home", "were sent back to Pyongyang", "repatriated": a return told in the
 * figure's own clause after it, of the figure itself.
 */
function goneHome(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  // "how many of the contingent of 11,000 had been withdrawn": the whole is not who returned.
  if (keyAt(key, q.first - 1) === 'of') return false;
  const until = Math.min(clauseEnd(facts, q.last), q.last + RETURN_REACH);
  for (let i = q.last; i < until; i++)
    for (const words of RETURNS) if (wordsAt(key, i, words)) return true;
  return false;
}

const SHARE_VERBS = new Set(lexicon.data.shareVerbs);
const COVERING = new Set(lexicon.data.coveringVerbs);
const SHARE_GOODS = new Set<string>(lexicon.data.shareGoodsCategories);
/** How far before a share its verb may stand: "account for at least a third". */
const SHARE_VERB_REACH = 4;
/** How far after a share the country of its whole may stand: "60% of the stock in Russian depots". */
const SHARE_WHOLE_REACH = 8;
/** How many words may stand between a country and its share verb: "Russia alone could be meeting". */
const SHARE_SUBJECT_GAP = 4;

/**
 * "North Korean rounds account for a third of Russian fire", "North Korean shells make up 60% of
 * the stock in Russian depots": the share a maker's weapons take of another country's whole is the
 * maker's supply to it, of those weapons.
 */
function madeShare(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): { category: Category; from: string; to: string | null } | null {
  if (q.unit !== 'percent') return null;
  const { tokens } = cx;
  let verb = -1;
  for (let i = q.first - 1; i >= facts.from && i >= q.first - SHARE_VERB_REACH; i--)
    if (SHARE_VERBS.has(tokens.key[i] ?? '')) {
      verb = i;
      break;
    }
  if (verb < 0) return null;
  let made: { code: string; category: Category } | null = null;
  for (const m of facts.countries) {
    if (m.source || m.last > verb || joinsClauses(tokens, { from: m.last, to: verb })) continue;
    const category = weaponsOf(cx, m, verb);
    if (category) made = { code: m.code, category };
    // "Pyongyang covers about a third of the Kremlin's need for shells": a country that is itself
    // the share's subject supplies the weapons the share is of.
    // "Russia covers 90% of the North's oil needs" is as much a supply of goods; "accounts for"
    // is not, as a buyer accounts for a share of a seller's exports.
    else if (
      verb - m.last <= SHARE_SUBJECT_GAP &&
      (cx.lex.weaponCategories.has(q.category) ||
        (COVERING.has(tokens.key[verb] ?? '') && SHARE_GOODS.has(q.category)))
    )
      made = { code: m.code, category: q.category as Category };
  }
  // "That would have met roughly half of Russia's artillery consumption": a share of one side's
  // need for arms that a verb of covering says was met, with no supplier named, is the usual
  // supplier's.
  if (!made && COVERING.has(tokens.key[verb] ?? '') && cx.lex.weaponCategories.has(q.category)) {
    const flow = cx.lex.data.defaultFlows[q.category];
    const whole = nearestCountry(facts, { after: q.last, limit: SHARE_WHOLE_REACH });
    if (flow?.[0] && whole?.code === flow[1] && whole.first < clauseEnd(facts, q.last))
      return { category: q.category as Category, from: flow[0], to: whole.code };
  }
  if (!made) return null;
  const until = clauseEnd(facts, q.last);
  const whole = nearestCountry(facts, {
    after: q.last,
    limit: SHARE_WHOLE_REACH,
    exclude: made.code,
  });
  const to = whole && whole.first < until ? whole.code : customerOf(cx, made);
  return { category: made.category, from: made.code, to };
}

/**
 * "Russia fired 24 North Korean missiles at Ukraine", "half of them were used against Ukraine",
 * "at least 24 such launches": weapons used flow from the user to the target, not from their
 * maker. The maker named with the weapon ("North Korean missiles fired so far") is not its user:
 * the customer the exchange sends such weapons to is. Null when the figure's weapons are not used.
 */
function usage(
  cx: Scan,
  facts: SentenceFacts,
  found: {
    readonly q: QuantityMatch;
    readonly category: Category;
    readonly verb: FlowVerb | null;
    /** Who holds the weapons a share refers back to ("half of them"). */
    readonly holder: string | null;
  },
): { from: string | null; to: string | null } | null {
  const { lex, tokens } = cx;
  const { q, category, verb } = found;
  if (!lex.weaponCategories.has(category)) return null;
  // "24 launches"; "one in five landed within 500 metres of its target", "half deviated from
  // their targets": the accuracy of weapons is said of weapons used.
  // "received 50 howitzers, which can hit targets 40km away": words of aim say what weapons sent
  // or received can do, not that these were fired.
  const moved =
    verb !== null &&
    verb.last <= q.first &&
    (verb.role === 'send' || verb.role === 'receive') &&
    !joinsClauses(tokens, { from: verb.last, to: q.first });
  const launches = USE_NOUNS.has(tokens.key[q.unitTo - 1] ?? '') || (facts.accuracy && !moved);
  if (!launches && !hasRole(facts, 'use')) return null;
  const end = wholeEnd(cx, facts, q);
  const post = postNominalVerb(tokens, facts, { last: end });
  let use: FlowVerb | null = null;
  let passive = false;
  if (post?.verb.role === 'use') {
    // "supplied Russia with 200 missiles that have been launched at Ukraine": the transfer stands.
    const transfer =
      verb !== null &&
      verb.last <= q.first &&
      (verb.role === 'send' || verb.role === 'receive') &&
      !lex.useVerbsForWeapons.has(verb.key) &&
      !joinsClauses(tokens, { from: verb.last, to: q.first });
    // "shipped a third of the shells that Moscow fired": the share sent is of the whole used.
    if (transfer && (post.passive || q.unit === 'percent' || q.ratio)) return null;
    use = post.verb;
    passive = post.passive;
  } else if (
    verb?.role === 'use' &&
    verb.last <= q.first &&
    // "made up 45% of Russian fire; today the share is nearer 20%": a share in a clause of its
    // own is not of the fire before it (a count is: "fired 60 drones, while 46 were jammed").
    (q.unit !== 'percent' || clauseEnd(facts, verb.last) >= q.first)
  )
    use = verb;
  // "up to 20% of the rounds fail to fire": a weapon that fails was not used.
  if (use && negated(tokens, use)) use = null;
  if (!use && !launches) return null;
  const at = use ?? { first: q.first, last: q.last };
  // "half of the shells fired by Russian forces come from North Korea", "North Korean shells
  // account for 40% of what the Russian army fires", "237 missiles, of which a quarter were
  // North Korean-made": the use describes the whole; the share is of the supply, from the maker
  // to the user.
  const share = q.unit === 'percent' || q.ratio;
  const origin =
    (passive && use ? suppliedAfter(cx, facts, use.last) : null) ??
    (share ? (suppliedAfter(cx, facts, q.last) ?? makerBefore(cx, facts, q)) : null);
  if (origin) {
    const user =
      (use
        ? nearestCountry(facts, { before: use.first, skip: { cx, makers: true } })?.code
        : null) ??
      countryAfterWord(tokens, facts, { at: at.last, words: BY_WORDS, exclude: origin });
    const flow = lex.data.defaultFlows[category];
    return {
      from: origin,
      to: user !== origin && user !== null ? user : flow?.[0] === origin ? flow[1] : null,
    };
  }
  // "used by Russia against Ukraine": the agent of the participle; not "missiles supplied by
  // North Korea" further on.
  const byAgent = use ? countryAfterWord(tokens, facts, { at: at.last, words: BY_WORDS }) : null;
  const agent =
    byAgent !== null && facts.countries.some((m) => m.code === byAgent && m.first <= at.last + 3)
      ? byAgent
      : null;
  // "Russia fires 10,000 shells a day, compared with about 2,000 for Ukraine", "with 4,000 on the
  // Ukrainian side".
  const owner = facts.countries.find(
    (m) =>
      !m.source &&
      ((tokens.key[q.last] === 'for' && m.first === q.last + 1) || onSide(tokens, q, m)),
  );
  // "Of the missiles examined by Ukrainian investigators, half deviated": the examiner is no user.
  const named = use && post?.verb === use ? post.subject : null;
  const subject = passive
    ? null
    : named
      ? { code: named }
      : nearestCountry(facts, {
          before: at.first,
          skip: { cx, makers: true, possessives: true, agents: true },
        });
  let made: string | null = null;
  let madeDistance = Infinity;
  for (const m of facts.countries) {
    const d = distance(q, m.first, m.last);
    if (!m.source && namesAWeapon(cx, m, facts.to) && d < madeDistance) {
      made = m.code;
      madeDistance = d;
    }
  }
  const flow = lex.data.defaultFlows[category];
  const customer = made && flow?.[0] === made ? flow[1] : made;
  // "Ukraine has recorded 50 launches of North Korean missiles": with no verb of use, the
  // customer's adversary before the count is where they fell, not who fired them.
  const user = customer ?? flow?.[1] ?? null;
  const target =
    use === null && user !== null && subject !== null
      ? lex.data.adversaries[subject.code] === user
      : false;
  const from =
    agent ??
    owner?.code ??
    (target ? null : subject?.code) ??
    found.holder ??
    customer ??
    flow?.[1] ??
    null;
  const to =
    (owner
      ? null
      : countryAfterWord(tokens, facts, { at: at.last, words: TARGET_WORDS, exclude: from })) ??
    (from ? (lex.data.adversaries[from] ?? null) : null);
  return { from, to };
}

/** "two of the missiles", "four of them": a count of a part, with "of" between number and noun. */
function partitive(tokens: Tokens, q: QuantityMatch): boolean {
  for (let i = q.numberStart + 1; i < q.unitFrom && i <= q.numberStart + 3; i++)
    if (tokens.key[i] === 'of') return true;
  return partOfThem(tokens, q);
}

const ALLY_NOUNS = new Set(lexicon.data.allyNouns);

/**
 * "could build 800 drones a month for Moscow", "produces 15 rockets yearly for its partner": the
 * country right after "for" that ends the figure, or the other side of the exchange from the
 * maker after "for its ally", is whom the weapons are made for. Null when neither follows.
 */
function madeFor(
  cx: Scan,
  facts: SentenceFacts,
  { q, owner }: { readonly q: QuantityMatch; readonly owner: string | null },
): string | null {
  const { key } = cx.tokens;
  if (key[q.last] !== 'for') return null;
  const named = facts.countries.find(
    (m) =>
      !m.source &&
      m.code !== owner &&
      (m.first === q.last + 1 || (m.first === q.last + 2 && key[q.last + 1] === 'the')),
  );
  if (named) return named.code;
  const pronoun = key[q.last + 1];
  if ((pronoun === 'its' || pronoun === 'their') && ALLY_NOUNS.has(key[q.last + 2] ?? ''))
    return owner ? counterpart(cx.lex, owner) : null;
  return null;
}

/** The verbs that link a part of weapons to the maker it is said to be of: "were North Korean". */
const MAKE_LINKS = new Set(['is', 'are', 'was', 'were']);

/**
 * "three of those rockets were North Korean Hwasong-11s", "no fewer than six were North
 * Korean-built": a part ("N of the …", "N of them") of weapons, linked by a copula to their usual
 * supplier, was picked out of weapons used: the sides of the fire of the same kind before it, else
 * from the usual customer of the supplier to the adversary of that customer. Null for any other figure, and
 * for a part of weapons of its kind the text counted as sent.
 */
function madePart(
  cx: Scan,
  facts: SentenceFacts,
  found: { readonly q: QuantityMatch; readonly category: Category; readonly topic: Topic | null },
): { from: string | null; to: string | null } | null {
  const { lex, tokens } = cx;
  const { q, category, topic } = found;
  if (q.unit === 'percent' || q.ratio || !lex.weaponCategories.has(category)) return null;
  if (!MAKE_LINKS.has(tokens.key[q.last] ?? '') || !partitive(tokens, q)) return null;
  const flow = lex.data.defaultFlows[category];
  const maker = facts.countries.find((m) => m.first === q.last + 1 && !m.source);
  if (!flow?.[0] || !flow[1] || maker?.code !== flow[0]) return null;
  // "sent Russia 60 rockets. Twenty of them were North Korean copies": a part of weapons the text
  // just counted as sent stays with them.
  if (topic?.category === category && (topic.from || topic.to))
    return firedAt(lex, topic) ? { from: topic.from, to: topic.to } : null;
  return { from: flow[1], to: lex.data.adversaries[flow[1]] ?? null };
}

/**
 * Figures whose reading is their own even when they are said of another ("half of them were fired
 * at Ukraine", "prices fell by a fifth"): `sayOfChanged` leaves them as `direct` read them. Weak,
 * so it holds nothing past the document.
 */
const SETTLED = new WeakSet<QuantityMatch>();

/**
 * "up to 20% fail to fire", "up to 20% of the rounds either do not fire or explode": the share
 * of the weapons that fail is said of their supply by the maker, to its usual customer.
 */
function failedShare(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): { category: Category; from: string; to: string | null } | null {
  const { tokens } = cx;
  const { key } = tokens;
  const until = clauseEnd(facts, q.last);
  let failed = false;
  for (let i = q.last; i < until && i < q.last + DUD_REACH && !failed; i++) {
    if (!NEGATIONS.has(key[i] ?? '')) continue;
    const next = key[i + 1] === 'to' ? i + 2 : i + 1;
    failed = DUDS.has(key[next] ?? '');
  }
  if (!failed) return null;
  // "gunners who have captured stocks say one in five rounds fails": a share of rounds taken from
  // the other side is of a stock, which flows nowhere.
  if (q.ratio)
    for (let i = facts.from; i < until; i++) if (isWordAt(CAPTURED, tokens, i)) return null;
  let made: { code: string; category: Category } | null = null;
  for (const m of facts.countries) {
    if (m.source || m.first >= until) continue;
    const category = weaponsOf(cx, m, until);
    if (category) made = { code: m.code, category };
  }
  if (!made) return null;
  return { category: made.category, from: made.code, to: customerOf(cx, made) };
}

/** A country named as the flag of carriers in the sentence ("Russian-flagged vessels"), but not `except`. */
function flagOf(cx: Scan, facts: SentenceFacts, except: string | null): string | null {
  for (const m of facts.countries) {
    if (m.source || m.code === except) continue;
    // "Russian-flagged vessels": a suffix after a hyphen stands between country and carriers.
    const at = cx.tokens.key[m.last] === '-' ? m.last + 2 : m.last;
    const unit = cx.lex.units.match(cx.tokens, at, facts.to);
    if (unit?.value.unit === 'vehicle') return m.code;
  }
  return null;
}

const DUDS = new Set(lexicon.data.dudWords);
const INCOMING = wordsOf(lexicon.data.incomingWords);
const CAPTURED = wordsOf(lexicon.data.capturedStockWords);
const UNDER_FIRE = wordsOf(lexicon.data.underFireVerbs);

/**
 * "300 incoming rounds", "came under 200-250 shells a day": weapons counted as fire a position took.
 * "under" may open the figure, read as its bound, or stand just before it.
 */
function fireReceived(cx: Scan, q: QuantityMatch): boolean {
  const { tokens } = cx;
  if (q.unitFrom > q.numberStart && isWordAt(INCOMING, tokens, q.unitFrom - 1)) return true;
  const under = tokens.key[q.first] === 'under' ? q.first : q.first - 1;
  return under > 0 && tokens.key[under] === 'under' && isWordAt(UNDER_FIRE, tokens, under - 1);
}

/** How far after a share its failure may be told: "20% of the rounds recovered near the front fail". */
const DUD_REACH = 12;

const DESTRUCTION = new Set(lexicon.data.destructionWords);
/** How far from weapons the word of their loss may stand: "destroyed 12 North Korean launchers". */
const DESTRUCTION_REACH = 3;

/**
 * "destroyed 12 North Korean launchers", "18 of the Koksans destroyed or damaged": weapons lost are
 * a loss of whoever holds them, as casualties are of the people's country; they flow nowhere.
 */
function destroyed(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  for (let i = Math.max(facts.from, q.first - DESTRUCTION_REACH); i < q.first; i++)
    if (DESTRUCTION.has(key[i] ?? '')) return true;
  const end = Math.min(facts.to, q.last + DESTRUCTION_REACH);
  for (let i = q.last; i < end; i++) {
    if (cx.tokens.kind[i] === PUNCT) return false;
    if (DESTRUCTION.has(key[i] ?? '')) return true;
  }
  return false;
}

const LOSS_VERBS = new Set(lexicon.data.lossVerbs);

/**
 * "Ukraine has lost more than 280 tanks", "Russia lost 40 North Korean howitzers": the country
 * that lost weapons, named right before its word of loss; null when no such word governs them.
 */
function weaponsLostBy(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  const { key, kind } = cx.tokens;
  for (let i = q.first - 1; i >= facts.from && i >= q.first - DESTRUCTION_REACH; i--) {
    if (kind[i] === PUNCT) return null;
    if (!LOSS_VERBS.has(key[i] ?? '')) continue;
    return nearestCountry(facts, { before: i, skip: { cx, makers: true } })?.code ?? null;
  }
  return null;
}

/** Who holds weapons named by their maker: the usual customer of the exchange's maker. */
function holderOfWeapons(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly category: Category },
): string | null {
  const { q } = input;
  let maker: string | null = null;
  for (const m of facts.countries)
    if (!m.source && m.first >= q.numberStart && m.last <= q.unitTo) maker = m.code;
  const flow = cx.lex.data.defaultFlows[input.category];
  if (maker === null || maker === flow?.[0]) return flow?.[1] ?? null;
  return maker;
}

const PENALTIES = new Set(lexicon.data.penaltyWords);
/** How far before a sum the word of its penalty may stand: "fined the captain of a tanker 30 million won". */
const PENALTY_BEFORE = 12;
/** How far after: "a $4.7 million civil penalty". */
const PENALTY_AFTER = 3;

/** A sum a court or a regulator imposes: it flows between no sides of the exchange. */
function penalty(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  const from = Math.max(facts.from, q.first - PENALTY_BEFORE);
  for (let i = q.first - 1; i >= from; i--) {
    if (PENALTIES.has(key[i] ?? '')) return true;
    if (kind[i] === NUMBER || CLAUSE_BREAKS.has(key[i] ?? '')) break;
  }
  const end = Math.min(facts.to, q.last + PENALTY_AFTER);
  for (let i = q.last; i < end; i++) {
    if (kind[i] === PUNCT) return false;
    if (PENALTIES.has(key[i] ?? '')) return true;
  }
  return false;
}

const AID_WORDS = new Set(lexicon.data.aidWords);
const AID_BODIES = lexicon.data.aidBodyNames.map((p) => p.split(' '));
const AID_BODY_FIRST = new Set(AID_BODIES.map((words) => words[0] ?? ''));

/**
 * "a UN humanitarian appeal for the North sought $40 million", "the World Food Programme spent
 * $30 million there": a sum of aid whose clause names no giver of the exchange. The
 * country it goes to (the one country the clause names, else the usual receiver of money), or
 * undefined when the sentence speaks of no aid or the sum's clause names two countries ("Russia
 * sent $5 million in humanitarian aid to the North" keeps its giver).
 */
function aidReceiver(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null | undefined {
  const { key } = cx.tokens;
  let aid = false;
  for (let i = facts.from; i < facts.to && !aid; i++) {
    const word = key[i] ?? '';
    if (AID_WORDS.has(word)) aid = true;
    else if (AID_BODY_FIRST.has(word))
      for (const words of AID_BODIES) if (wordsAt(key, i, words)) aid = true;
  }
  if (!aid) return undefined;
  // Countries in another clause ("; today Russian grain fills the gap") give nothing.
  const opens = clauseStart(facts, q.first);
  const ends = clauseEnd(facts, q.last);
  let to: string | null = null;
  for (const m of facts.countries) {
    if (m.source || m.first < opens || m.first >= ends) continue;
    if (to !== null && m.code !== to) return undefined;
    to = m.code;
  }
  return to ?? cx.lex.data.defaultFlows['money']?.[1] ?? null;
}

const FILL_WORDS = new Set(lexicon.data.fillWords);
const FILL_OWNERS = new Set(['its', 'their', 'the']);

/** "90% of capacity", "80 percent of its capacity", "70 percent full": a share of how full. */
function fillShare(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (key[q.last] === 'full') return true;
  if (key[q.last] !== 'of') return false;
  const at = FILL_OWNERS.has(key[q.last + 1] ?? '') ? q.last + 2 : q.last + 1;
  return FILL_WORDS.has(key[at] ?? '');
}

/**
 * The sides of the oil a share of how full would be of: the oil figure before it in its
 * paragraph, or the usual flow of oil where its sentence names tankers or oil; null otherwise
 * ("the plant ran at 70% of capacity", "the reservoir was 60 percent full").
 */
function fillOfOil(
  cx: Scan,
  facts: SentenceFacts,
  topic: Topic | null,
): {
  readonly category: Category;
  readonly from: string | null;
  readonly to: string | null;
} | null {
  if (topic?.category === 'oil') return { category: 'oil', from: topic.from, to: topic.to };
  for (const { cues } of facts.categoryCues)
    if (cues.some((c) => c.category === 'oil')) {
      const usual = cx.lex.data.defaultFlows['oil'];
      return { category: 'oil', from: usual?.[0] ?? null, to: usual?.[1] ?? null };
    }
  return null;
}

const BUDGETS = new Set(lexicon.data.budgetNouns);
const BUDGET_LINKS = new Set(lexicon.data.budgetLinks);
const COSTS = new Set(lexicon.data.costWords);
const BUDGET_VERBS = new Set(lexicon.data.budgetVerbs);
/**
 * How far before a sum its budget may stand: "the budget for the year from April earmarks a
 * further".
 */
const BUDGET_REACH = 14;

/** A sum a country lays out or loses of its own: the noun that says so, and whether it is a price. */
interface OwnSum {
  readonly at: number;
  readonly price: boolean;
}

/**
 * "A drone costs about $40,000 to build": a price with no payer named between the verb and the sum,
 * no verb of sending and no goods or arms before it ("the shells it sold cost $2bn" is a payment).
 */
function priceOfThing(facts: SentenceFacts, span: { at: number; sum: number }): OwnSum | null {
  for (const m of facts.countries) if (m.first > span.at && m.last <= span.sum) return null;
  for (const v of facts.verbs) if (v.last < span.at) return null;
  // "The shells North Korea sold cost $2bn": arms priced stay the money they earn.
  for (const { at, cues } of facts.categoryCues)
    if (at < span.at && cues.some((c) => c.category !== 'other')) return null;
  return { at: span.at, price: true };
}

/**
 * The source that names a country after a token ("…, the Russian railways ministry said"): the
 * first country after it that stands in a source's name. Not a country that shares the cost or
 * pays in a clause of its own ("split by Moscow and Pyongyang", "what Russia pays").
 */
function sourceCountryAfter(facts: SentenceFacts, at: number): CountryMention | null {
  let first: CountryMention | null = null;
  for (const m of facts.countries)
    if (m.source && m.first > at && (!first || m.first < first.first)) first = m;
  return first;
}

const CURRENCY_HOMES = new Map(Object.entries(lexicon.data.currencyHomes));

const POPULATION = new Set(lexicon.data.populationWords);

/** "a third of the population", "40 percent of its population": a share of a country's people. */
function ofPopulation(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (key[q.last] !== 'of') return false;
  const at = key[q.last + 1] === 'the' || VALUE_OWNERS.has(key[q.last + 1] ?? '') ? q.last + 2 : -1;
  return at > 0 && POPULATION.has(key[at] ?? '');
}

const WANT = new Set(lexicon.data.wantWords);
const BEING = new Set(['are', 'were', 'is', 'was', 'remain', 'remained', 'go']);
const APPOSITION_REACH = 10;

/**
 * "9 million North Koreans, or about 35 percent of the population, ...", "6 million North Koreans
 * are malnourished": people a share of their country's population restates, or a state of want is
 * said of, are its population, not people sent.
 */
function populationCount(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  let at = q.last;
  if (key[at] === ',') {
    const end = Math.min(facts.to, at + APPOSITION_REACH);
    for (let i = at + 1; i < end; i++) {
      if (key[i] === 'of') {
        const owner = key[i + 1] === 'the' || VALUE_OWNERS.has(key[i + 1] ?? '');
        if (owner && POPULATION.has(key[i + 2] ?? '')) return true;
      }
      if (key[i] === ',') {
        at = i + 1;
        break;
      }
    }
  }
  return BEING.has(key[at] ?? '') && WANT.has(key[at + 1] ?? '');
}

const SHORTFALLS = new Set(lexicon.data.shortfallNouns);
/** How far before a weight's "of" its noun of lack may stand: "a deficit of", "gap each year of". */
const SHORTFALL_REACH = 3;

/**
 * "a grain deficit of about 900,000 tonnes", "leaves a gap of some 700,000 tonnes": a weight
 * that sizes what a country lacks; not one sent with words between the noun and the figure.
 */
function sizesShortfall(cx: Scan, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  if (q.unit !== 'tonne' || key[q.first - 1] !== 'of') return false;
  for (let i = q.first - 2; i >= Math.max(0, q.first - 1 - SHORTFALL_REACH); i--) {
    if (kind[i] === NUMBER || kind[i] === PUNCT) return false;
    if (SHORTFALLS.has(key[i] ?? '')) return true;
  }
  return false;
}

/** The currency a word names on its own: "won", "rouble", "yuan" (not "dollars" in a phrase). */
const CURRENCY_NAMES = new Map(
  Object.entries(lexicon.data.currencyWords).filter(([words]) => !words.includes(' ')),
);
const VALUE_OWNERS = new Set(['its', 'their']);

/**
 * "the won gave up a third of its value", "the rouble shed 40% of its value": a
 * share of "its value" whose clause names a currency before it. Returns the currency's country,
 * named right before it or its home (lexicon `currencyHomes`), or null when neither says; undefined
 * when the share is no such fall.
 */
function currencyLosingValue(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): string | null | undefined {
  const { key } = cx.tokens;
  if (key[q.last] !== 'of' || !VALUE_OWNERS.has(key[q.last + 1] ?? '')) return undefined;
  if (key[q.last + 2] !== 'value') return undefined;
  let at = -1;
  for (let i = clauseStart(facts, q.first); i < q.first; i++)
    if (CURRENCY_NAMES.has(key[i] ?? '')) at = i;
  if (at < 0) return undefined;
  for (const m of facts.countries) if (m.last === at) return m.code;
  return CURRENCY_HOMES.get(CURRENCY_NAMES.get(key[at] ?? '') ?? '') ?? null;
}

/** A budget's sum, unless words between its noun or verb and the sum name goods or arms. */
function ownOutlay(facts: SentenceFacts, span: { at: number; sum: number }): OwnSum | null {
  for (const { at, cues } of facts.categoryCues)
    if (at > span.at && at < span.sum && cues.some((c) => c.category !== 'other')) return null;
  return { at: span.at, price: false };
}

/**
 * "a military budget of more than $140 billion", "defence spending is set at 11 trillion roubles",
 * "put the damage at 80 billion rubles", "the bridge will cost 7 billion roubles": the size of a
 * budget, an outlay, a loss or a price is its country's own, paid to no one; null when the sum is
 * none of these. Not "budget documents show it spent" (no word links the noun to the sum), not a
 * price with its payer after the verb ("cost Moscow $2bn"), and not one whose words between name
 * goods or arms ("spending on shells reached").
 */
function ownSum(cx: Scan, facts: SentenceFacts, q: QuantityMatch): OwnSum | null {
  const { key, kind } = cx.tokens;
  const from = Math.max(facts.from, q.first - BUDGET_REACH);
  let linked = false;
  for (let i = q.first - 1; i >= from; i--) {
    const word = key[i] ?? '';
    // "the defence budget for fiscal 2027 stands at": a year between names the budget's year.
    if ((kind[i] === NUMBER && isYear(cx.tokens, i) === null) || kind[i] === PUNCT) return null;
    if (COSTS.has(word)) return priceOfThing(facts, { at: i, sum: q.first });
    // "budgeted $2bn for North Korean shells" sets money aside for another country's goods.
    if (BUDGET_VERBS.has(word))
      return facts.countries.some((m) => m.first > q.last && !m.source)
        ? null
        : ownOutlay(facts, { at: i, sum: q.first });
    if (BUDGETS.has(word)) return linked ? ownOutlay(facts, { at: i, sum: q.first }) : null;
    if (BUDGET_LINKS.has(word)) linked = true;
  }
  return null;
}

const CAPS = new Set(lexicon.data.capWords);
/** How far after a share's "of" its cap may stand: "of the UN's annual cap". */
const CAP_WHOLE_REACH = 4;

/**
 * "roughly 6% of the UN cap on North Korea's imports of refined petroleum": a share of a cap is
 * of the goods the cap limits (a word of oil or food after it); null when the share is of no cap.
 */
function shareOfCap(cx: Scan, facts: SentenceFacts, q: QuantityMatch): Category | null {
  const { key, kind } = cx.tokens;
  // The share's own words may run on into its whole ("70% of the annual"), so from its start.
  let of = false;
  let cap = -1;
  for (let i = q.first; i < facts.to && i <= q.last + CAP_WHOLE_REACH && cap < 0; i++) {
    if (i >= q.last && kind[i] === PUNCT && key[i] !== "'") return null;
    if (key[i] === 'of') of = true;
    else if (of && CAPS.has(key[i] ?? '')) cap = i;
  }
  if (cap < 0) return null;
  for (const { at, cues } of facts.categoryCues) {
    if (at <= cap) continue;
    for (const c of cues) if (SHARE_GOODS.has(c.category)) return c.category;
  }
  return null;
}

const FLEETS = new Set(lexicon.data.fleetNouns);

/**
 * "North Korea's own fleet of about 40 tankers", "Pyongyang operates a fleet of 30 tankers": the
 * size of a fleet is a stock of its owner, not a shipment; the token of the fleet's noun, or -1.
 * Not a fleet a verb of sending before it in its clause moves goods on ("shipped oil on a fleet
 * of 12 tankers").
 */
function fleetSized(cx: Scan, facts: SentenceFacts, q: QuantityMatch): number {
  const { key } = cx.tokens;
  const at = q.first - 2;
  if (q.unit !== 'vehicle' || key[q.first - 1] !== 'of' || !FLEETS.has(key[at] ?? '')) return -1;
  for (const v of facts.verbs)
    if (
      (v.role === 'send' || v.role === 'receive') &&
      v.last <= at &&
      clauseEnd(facts, v.last) > at
    )
      return -1;
  return at;
}

const DESIGNATIONS = new Set(lexicon.data.designationWords);
/** How far after a count of ships its "have been designated" may stand, in its own clause. */
const DESIGNATION_REACH = 10;

/**
 * "The Treasury designated seven vessels", "14 tankers involved in the trade have been designated":
 * ships a government lists for sanctions are counted as listed, not as carriers of the trade.
 * Only the figure's own noun ("nine of which had been designated" borrows it) and only the verb
 * right before it or a passive in its clause; "imposed sanctions on 14 vessels" is left alone.
 */
function designated(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  if (q.unit !== 'vehicle' || q.unitTo <= q.first) return false;
  if (DESIGNATIONS.has(key[q.first - 1] ?? '')) return true;
  const end = Math.min(facts.to, q.last + DESIGNATION_REACH);
  for (let i = q.last; i < end; i++) {
    if (kind[i] !== WORD) return false;
    if (DESIGNATIONS.has(key[i] ?? '') && PASSIVE_AUXILIARIES.has(key[i - 1] ?? '')) return true;
  }
  return false;
}

const INTERCEPTIONS = lexicon.data.interceptionPhrases.map((p) => p.split(' '));
const AIRBORNE = new Set(lexicon.data.airborneUnits);
/** How far from a figure the word of its interception may stand: "12 of them were shot down". */
const INTERCEPT_REACH = 5;

/**
 * "Ukrainian air defences downed 40 of them", "62 drones were destroyed over Kursk": missiles and
 * drones stopped in flight were fired, so they are a use, not a loss or a delivery.
 */
function intercepted(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  const airborne = AIRBORNE.has(q.unit);
  for (let i = Math.max(facts.from, q.first - INTERCEPT_REACH); i < q.first; i++)
    if (stoppedAt(key, i, airborne)) return true;
  const end = Math.min(facts.to, q.last + INTERCEPT_REACH);
  for (let i = q.last; i < end; i++) {
    if (kind[i] === PUNCT) return false;
    if (stoppedAt(key, i, airborne)) return true;
  }
  return false;
}

/** A word of interception at `at`, or of destruction where the weapons fly ("destroyed 40 drones"). */
function stoppedAt(key: readonly string[], at: number, airborne: boolean): boolean {
  if (airborne && DESTRUCTION.has(key[at] ?? '')) return true;
  for (const words of INTERCEPTIONS) if (wordsAt(key, at, words)) return true;
  return false;
}

/**
 * Who fired weapons that were stopped: the customer of their maker ("23 Ukrainian drones", "North
 * Korean missiles"), the user of the fire counted before ("launched 18 missiles, of which 11 were
 * shot down"), the subject of a verb of use before them, or the adversary of the side that stopped
 * them ("Ukraine downed 40"); they flew at the user's adversary.
 */
function interceptedSides(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly category: Category; readonly topic: Topic | null },
): { from: string | null; to: string | null } {
  const { lex } = cx;
  const { q, topic } = input;
  let maker: string | null = null;
  for (const m of facts.countries)
    if (!m.source && m.first >= q.numberStart && m.last <= q.unitTo) maker = m.code;
  const flow = lex.data.defaultFlows[input.category];
  if (
    maker === null &&
    topic &&
    topic.from !== null &&
    lex.data.adversaries[topic.from] === topic.to
  )
    return { from: topic.from, to: topic.to };
  const before = maker
    ? null
    : nearestCountry(facts, { before: q.first, skip: { cx, makers: true } });
  let fired = false;
  if (before !== null)
    for (const v of facts.verbs)
      if (v.role === 'use' && v.first > before.last && v.last <= q.first) fired = true;
  const from =
    (maker !== null && maker === flow?.[0] ? flow[1] : maker) ??
    (before ? (fired ? before.code : (lex.data.adversaries[before.code] ?? null)) : null) ??
    flow?.[1] ??
    null;
  return { from, to: from ? (lex.data.adversaries[from] ?? null) : null };
}

const ECONOMY = new Set(lexicon.data.economyWords);
/** Nouns of nations, and members read as the states of a body ("its 11 members include Japan"). */
const STATE_NOUNS = new Set([...lexicon.data.nationNouns, ...lexicon.data.memberNouns]);
const GROWTH = new Set(lexicon.data.growthWords);
const GROWTH_NOUNS = new Set(lexicon.data.growthNouns);
/** "grew just 2.0%": words of degree between a verb of growth and its figure. */
const DEGREE = new Set(lexicon.data.degreeWords);
/** Words before a country that make it no subject of growth: "trade with China grew". */
const NOT_GROWING = new Set(['with', 'to', 'from', 'of', 'and', 'between']);
/** How far before an economy word its country may stand: "the North Korean economy". */
const ECONOMY_OWNER_REACH = 3;

/** The country a sentence names with an economy word: "North Korea's economy expanded". */
export function economyOwner(cx: Scan, countries: readonly CountryMention[]): string | null {
  const { key } = cx.tokens;
  for (const m of countries) {
    if (m.source) continue;
    const next = key[m.last] === "'" && key[m.last + 1] === 's' ? m.last + 2 : m.last;
    if (ECONOMY.has(key[next] ?? '')) return m.code;
    // "the North grew 3.7% last year": a country that grows by a figure is an economy.
    // "trade with China grew 5.3 percent": a country after a preposition is not what grows.
    if (
      GROWTH.has(key[m.last] ?? '') &&
      cx.tokens.kind[m.last + 1] === NUMBER &&
      !NOT_GROWING.has(keyAt(key, m.first - 1) ?? '')
    )
      return m.code;
  }
  return null;
}

const ECONOMY_MEASURES = new Set(lexicon.data.economyMeasureWords);

/** "Income per head came to 1.6 million won": whether a sentence says it measures an economy. */
function measuresEconomy(cx: Scan, facts: SentenceFacts): boolean {
  const { key } = cx.tokens;
  for (let i = facts.from; i < facts.to; i++) if (ECONOMY_MEASURES.has(key[i] ?? '')) return true;
  return false;
}

/** "some 2 percent of South Korea's, and …": a possessive that owns nothing, the country's own measure. */
function barePossessive(tokens: Tokens, m: CountryMention): boolean {
  if (!possessive(tokens, m)) return false;
  const next = m.last + 2;
  return (
    next >= tokens.key.length ||
    (tokens.kind[next] === PUNCT && tokens.key[next] !== '-') ||
    tokens.key[next] === 'and'
  );
}

/**
 * "reckoned the North's national income at 40 trillion won, some 2 percent of South
 * Korea's": a share of another country's measure, named by a possessive that owns nothing, in a
 * sentence that measures an economy, sizes the economy the sentence names (null: the one the text
 * speaks of). Undefined when the share is no such comparison.
 */
function comparedEconomy(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): string | null | undefined {
  const { tokens } = cx;
  if (tokens.key[q.last] !== 'of') return undefined;
  const at = tokens.key[q.last + 1] === 'the' ? q.last + 2 : q.last + 1;
  const against = facts.countries.find((m) => !m.source && m.first === at);
  if (!against || !barePossessive(tokens, against) || !measuresEconomy(cx, facts)) return undefined;
  return nearestCountry(facts, { before: q.first, exclude: against.code })?.code ?? null;
}

const HOLDER_SHARE_VERBS = new Set(lexicon.data.holderShareVerbs);
/** How far before a share the verb its holder opens may stand: "accounted for about 98". */
const HOLDER_VERB_REACH = 4;

/**
 * "China accounted for 97 percent of the total", "Russia's share, on the same data, was below
 * 2 percent": the country that holds a share, as the subject of a verb of making
 * up or as the owner of "share", in the share's own clause. Null when no country holds it so.
 */
function shareHolder(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  const { key, kind } = cx.tokens;
  let holder: string | null = null;
  for (const m of facts.countries) {
    if (m.source || m.last > q.first) continue;
    if (possessive(cx.tokens, m) && key[m.last + 2] === 'share') holder = m.code;
    else if (HOLDER_SHARE_VERBS.has(key[m.last] ?? '') && q.first - m.last <= HOLDER_VERB_REACH)
      holder = m.code;
    else continue;
    // The share's own clause: no other figure or clause break between.
    for (let i = m.last; i < q.first; i++)
      if (kind[i] === NUMBER || key[i] === ';' || key[i] === '.') holder = null;
  }
  return holder;
}

const ECONOMY_WHOLES = lexicon.data.economyWholes.map((p) => p.split(' '));
/** How far after a share its economy word may stand: "of North Korea's annual gross domestic product". */
const RESTATED_ECONOMY_REACH = 9;

/**
 * The country whose economy a share is of ("equal to 70% of North Korea's annual GDP", "worth 30
 * per cent of the North's economic output"): the country named between the share and the word.
 */
function restatedEconomy(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  const { key, kind } = cx.tokens;
  const end = Math.min(facts.to, q.last + RESTATED_ECONOMY_REACH);
  let at = -1;
  // From the share's own words: "a third of North Korea's annual economic output" may be one figure.
  for (let i = q.first; i < end && at < 0; i++) {
    if (i >= q.last && kind[i] === PUNCT && key[i] !== "'") break;
    for (const words of ECONOMY_WHOLES) if (wordsAt(key, i, words)) at = i;
  }
  if (at < 0) return null;
  let owner: string | null = null;
  for (const m of facts.countries)
    if (!m.source && m.first >= q.last && m.last <= at) owner = m.code;
  return owner;
}

const OUTPUT_WHOLES = new Set(lexicon.data.outputWholes);
/** "of output", "annual output", "the North's output", "national output": output of an economy. */
const OUTPUT_OWNERS = new Set(['of', 'annual', 's', 'national']);
/** How far before a share its sum may stand: "tourism receipts are well under 0.1%". */
const SUM_SUBJECT_REACH = 4;

/**
 * A share that sets a sum against an economy: restated ("equal to", ", or") or said of a sum
 * ("That sum is", "receipts are"), and of an economy or of "output" ("of North Korea's annual
 * output", "of output"). Returns the economy's country as far as its words name it, or null when
 * the share is no such comparison. Not where a word of trade comes before the share ("its
 * official trade is equal to 5% of GDP" is trade's own share).
 */
function sumOfEconomy(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly afterSum: boolean },
): { readonly owner: string | null } | null {
  const { key, kind } = cx.tokens;
  const { q } = input;
  const apposed = input.afterSum && setOff(cx, q);
  if (!apposed && !restates(cx, q) && !sumBefore(cx, facts, q)) return null;
  for (const { at, cues } of facts.categoryCues) if (at < q.first && isTrade(cues)) return null;
  const end = Math.min(facts.to, q.last + RESTATED_ECONOMY_REACH);
  let at = -1;
  for (let i = q.last; i < end && at < 0; i++) {
    if (kind[i] === PUNCT && key[i] !== "'") return null;
    for (const words of ECONOMY_WHOLES) if (wordsAt(key, i, words)) at = i;
    if (OUTPUT_WHOLES.has(key[i] ?? '') && OUTPUT_WHOLES.has(key[i + 1] ?? '') === false)
      at = OUTPUT_OWNERS.has(key[i - 1] ?? '') ? i : at;
  }
  if (at < 0) return null;
  let owner: string | null = null;
  for (const m of facts.countries)
    if (!m.source && m.first >= q.last && m.last <= at) owner = m.code;
  return { owner };
}

/** "earned $6 billion, "about a quarter of output"": a share set off by a comma, a quote between. */
function setOff(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  const before = key[q.first - 1];
  // Keys fold typographic quotes to '"'.
  return before === ',' || (before === '"' && key[q.first - 2] === ',');
}

/** "That sum is", "tourism receipts are": a word of a sum just before the share's linking verb. */
function sumBefore(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  // "receipts are well under 0.1%": one adverb may stand between the verb and the share.
  const link = PASSIVE_AUXILIARIES.has(key[q.first - 1] ?? '')
    ? q.first - 1
    : PASSIVE_AUXILIARIES.has(key[q.first - 2] ?? '')
      ? q.first - 2
      : -1;
  if (link < 0) return false;
  for (let i = link - 1; i >= facts.from && i >= link - SUM_SUBJECT_REACH; i--)
    if (SUMS.has(key[i] ?? '')) return true;
  return false;
}

/**
 * "Gross domestic product rose 3.7% last year, after growing 3.1% in 2023", "the North's economy
 * grew 3.1%": a change said of an economy, with no goods named between, is the economy's own.
 * Returns the economy's country as far as the sentence names it, or undefined when the figure is
 * no such change.
 */
function economyChange(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): string | null | undefined {
  const { key } = cx.tokens;
  // "the economy grew only 1.4%": a word of degree may stand between the verb and the figure.
  const verb = DEGREE.has(key[q.first - 1] ?? '') ? q.first - 2 : q.first - 1;
  // "after growing 3.1% in 2023": growth is a change of its own.
  const grew = GROWTH.has(key[verb] ?? '');
  // "followed growth of 3.1% in 2023": a noun of growth names a change as well.
  const growthOf = key[q.first - 1] === 'of' && GROWTH_NOUNS.has(keyAt(key, q.first - 2) ?? '');
  // "without it, no 5 percent growth", "posted 3 percent growth": the noun right after it.
  const growthAfter = q.unit === 'percent' && GROWTH_NOUNS.has(key[q.last] ?? '');
  if (!q.change && !grew && !growthOf && !growthAfter) return undefined;
  // "the North grew 3.7% last year": a country that grows is an economy.
  if (grew)
    for (const m of facts.countries)
      if (!m.source && m.last === verb && !NOT_GROWING.has(keyAt(key, m.first - 1) ?? ''))
        return m.code;
  let at = -1;
  for (let i = q.first - 1; i >= facts.from && at < 0; i--) if (ECONOMY.has(key[i] ?? '')) at = i;
  // With no economy named before it, growth is the economy's the text speaks of.
  if (at < 0) return growthAfter ? null : sectorChange(cx, facts, q);
  for (const { at: c, cues } of facts.categoryCues) {
    if (c <= at || c >= q.first) continue;
    for (const k of cues) if (k.category !== 'other') return undefined;
  }
  let owner: string | null = null;
  for (const m of facts.countries)
    if (!m.source && m.last <= at && m.last >= at - ECONOMY_OWNER_REACH) owner = m.code;
  return owner;
}

const SECTORS = new Set(lexicon.data.economySectorNouns);
const SECTOR_CHANGES = new Set([...lexicon.data.changeWords, ...lexicon.data.growthWords]);
/** How far before a change the sector that changed may stand: "Heavy industry, which includes … grew by". */
const SECTOR_REACH = 24;

/**
 * "Manufacturing output climbed 6.8%", "construction grew 3.3 percent", "Heavy industry, which
 * includes the plants filling Russian orders, grew by more than 8%": a change of a sector of an
 * economy is that economy's, named just before the sector or else the one the text speaks of
 * (null); a country named as a customer is not its owner. Undefined when no sector opens the
 * clause of the change, or a kind of goods or trade stands between.
 */
function sectorChange(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null | undefined {
  const { key } = cx.tokens;
  // The change's own verb stands right before it: "grew 3.3 percent", "grew by more than 8%".
  const verb = q.first > 1 && key[q.first - 1] === 'by' ? q.first - 2 : q.first - 1;
  if (verb < facts.from || !SECTOR_CHANGES.has(key[verb] ?? '')) return undefined;
  let at = -1;
  for (let i = q.first - 1; i >= facts.from && i >= q.first - SECTOR_REACH && at < 0; i--) {
    if (key[i] === ';' || cx.tokens.kind[i] === NUMBER) return undefined;
    if (SECTORS.has(key[i] ?? '')) at = i;
  }
  if (at < 0) return undefined;
  for (const { at: c, cues } of facts.categoryCues) {
    if (c < at || c >= q.first) continue;
    for (const k of cues)
      if (k.category !== 'other' && k.appliesTo.has('percent')) return undefined;
  }
  for (const m of facts.countries)
    if (!m.source && m.last <= at && m.last >= at - ECONOMY_OWNER_REACH) return m.code;
  return null;
}

/**
 * Figures a comparison measures against ("down from more than half", "compared with fewer than
 * 400"): `sayOfChanged` gives them the kind and sides of the figure they are compared with.
 */
const BASES = new WeakSet<QuantityMatch>();

/** How far after a base its own country may stand: "about 2,000 on the Ukrainian side". */
const BASE_OWN_REACH = 4;

/**
 * "up from about 470,000", "down from more than half in 2024", "compared with some 3,100": the
 * base of a comparison is the same kind of figure, between the same sides, as the figure before
 * it, unless it names a country of its own ("compared with 2,000 for Ukraine").
 */
function comparedBase(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  const before = keyAt(key, q.first - 1);
  const opens =
    (before === 'from' && cx.lex.changeWords.has(keyAt(key, q.first - 2) ?? '')) ||
    ((before === 'with' || before === 'to') && keyAt(key, q.first - 2) === 'compared');
  if (!opens) return false;
  for (const m of facts.countries)
    if (m.first >= q.first && m.first < q.last + BASE_OWN_REACH) return false;
  return true;
}

const FIRED_CATEGORIES = new Set<Category>(['munitions', 'missiles', 'weapons']);

/** A count of people that names no soldiers: civilians, or a bare number ("wounding 12"). */
function unarmedCount(tokens: Tokens, q: QuantityMatch): boolean {
  return (
    q.unit === 'person' && (q.unitTo <= q.unitFrom || CIVILIANS.has(tokens.key[q.unitTo - 1] ?? ''))
  );
}

/** The country a figure of fire was aimed at ("launched 30 missiles at Ukraine"), else null. */
function firedAt(lex: Lexicon, topic: Topic): string | null {
  return FIRED_CATEGORIES.has(topic.category) &&
    topic.from !== null &&
    lex.data.adversaries[topic.from] === topic.to
    ? topic.to
    : null;
}

/**
 * Who holds the weapons a share refers back to: the receiver of weapons sent ("received 100
 * missiles, half were fired"), the user of weapons fired at its adversary ("fired 21 missiles, half
 * missed").
 */
function holderOf(lex: Lexicon, topic: Topic): string | null {
  return topic.from !== null && lex.data.adversaries[topic.from] === topic.to
    ? topic.from
    : topic.to;
}

const VISITORS = new Set(lexicon.data.visitorNouns);
const DEFECTORS = new Set(lexicon.data.defectorNouns);
const REFUGE_ARRIVALS = new Set(lexicon.data.refugeArrivalVerbs);
const REFUGE_LINKS = new Set([...REFUGE_ARRIVALS, 'in', 'to']);
/** How far past the figure's phrase its verb of arrival may stand: "some 90 North Koreans have since entered". */
const ARRIVAL_REACH = 3;

/**
 * "some 90 North Koreans entered the South", "65 escaped to South Korea": a verb
 * of arrival right after the people, in their clause, whose place is the refuge of defectors.
 */
function reachedRefuge(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly refuge: string },
): boolean {
  const { key } = cx.tokens;
  const { q } = input;
  const end = Math.min(clauseEnd(facts, q.last), q.last + ARRIVAL_REACH);
  for (let i = q.last; i < end; i++) {
    if (!REFUGE_ARRIVALS.has(key[i] ?? '')) continue;
    const at = countryAfterWord(cx.tokens, facts, { at: i + 1, words: REFUGE_LINKS, until: i + 4 });
    return at === input.refuge;
  }
  return false;
}
const VISITING = new Set(lexicon.data.visitingVerbs);
/** How far after a count of people its "as tourists" may stand. */
const VISITOR_REACH = 8;

/** "8,500 Russians traveled to North Korea as tourists": "as" and a visitor noun in the clause. */
function visitorsAfter(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  const end = Math.min(facts.to, q.last + VISITOR_REACH);
  for (let i = q.last + 1; i < end; i++) {
    if (kind[i] !== WORD) return false;
    if (VISITORS.has(key[i] ?? '') && key[i - 1] === 'as') return true;
  }
  return false;
}

/** Kinds of figure the exchange moves one way only: its people and its pay. */
const ONE_WAY = new Set<string>(lexicon.data.oneWayFlows);
/** Kinds of figure the exchange moves both ways: air defence to the North, guns to Russia. */
const TWO_WAY = new Set<string>(lexicon.data.twoWayFlows);

/** What the text means by things that veer off course or miss their targets, unnamed. */
const ACCURATE: Category = 'missiles';

/**
 * The text's last figure of trade, when the trade the text names is with a country outside the
 * exchange ("trade between China and North Korea"): a sum that names no kind in a later paragraph
 * ("The annual figure is below the $2.8 billion of 2019") goes on with that trade. In a text whose
 * trade is the exchange's own pair, such a sum is as often a payment, so it is left to be one.
 */
function tradeAbroad(
  lex: Lexicon,
  input: { readonly trade?: Topic | null; readonly lastPair?: readonly string[] },
): Topic | null {
  const payers = lex.data.defaultFlows['money'];
  const pair = input.lastPair;
  if (!input.trade || !payers || pair?.length !== 2) return null;
  for (const code of pair) if (!payers.includes(code)) return input.trade;
  return null;
}

const EXCHANGES = lexicon.data.exchangePhrases.map((p) => p.split(' '));

/**
 * Whether the figure is what is given back in a swap: "in return for 1 million barrels", "paid
 * $1 billion for 6 million shells"; not a share, which "for" relates ("accounts for 50%").
 */
function givenBack(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (q.unit === 'percent') return false;
  for (const words of EXCHANGES) if (wordsAt(key, q.first - words.length, words)) return true;
  return false;
}

/** Decides category, direction and stage of one figure from its sentence. */
export function direct(cx: Scan, input: DirectInput): Direction {
  const found = directOnce(cx, input);
  // "North Korea sent 10,000 troops in return for 1 million barrels of oil": what is given back
  // crosses the other way to the clause it hangs on, whose sides were read for it; a side the
  // clause leaves open is the other side of the exchange. Kept only where that is the way such
  // goods usually go, so that a side already read right (by the usual flow) is never turned.
  // A sum in a country's own currency stays where the sentence put it, whatever it was paid for.
  const usual = cx.lex.data.defaultFlows[found.category];
  if (
    !usual ||
    !TRANSFER_CATEGORIES.has(found.category) ||
    DOMESTIC_CURRENCIES.has(input.quantity.unit) ||
    !givenBack(cx, input.quantity)
  )
    return found;
  const from = found.to ?? (found.from ? counterpart(cx.lex, found.from) : null);
  const to = found.from ?? (found.to ? counterpart(cx.lex, found.to) : null);
  if (from !== usual[0] || to !== usual[1]) return found;
  return { ...found, from, to };
}

interface DirectInput {
  readonly facts: SentenceFacts;
  readonly quantity: QuantityMatch;
  readonly lastCountry: string | null;
  /** The last two countries named before this sentence, for "the two countries". */
  readonly lastPair?: readonly string[];
  /**
   * The sides of the trade a sentence named with its partner ("trade with Russia"), since the
   * last pair of trade: who a figure of trade with one side named, or none, is between.
   */
  readonly tradeWith?: readonly string[] | null;
  /** The kind of the figure before, for a figure that names no kind of its own. */
  readonly topic?: Topic | null;
  /** Whose people the last count of people in the text was. */
  readonly people?: string | null;
  /** The last goods the text counted, for carriers a new paragraph counts ("A dozen vessels"). */
  readonly cargo?: Topic | null;
  /** The last fuel or food the text counted, for a later weight that names no goods. */
  readonly weighed?: Topic | null;
  /** The country whose economy the text last named ("North Korea's economy expanded"). */
  readonly economy?: string | null;
  /** The last figure of trade the text stated, in any paragraph. */
  readonly trade?: Topic | null;
  /**
   * The text's last figure, when it was a sum of money, in any paragraph: the whole of a share
   * that opens a paragraph by referring back to it ("Arms were a third of the total").
   */
  readonly sum?: Topic | null;
}

/** The auxiliaries before a verb of dying that is the people's own: "have died", "were killed". */
const DYING_AUXILIARIES = new Set([
  ...lexicon.data.perfectAuxiliaries,
  ...lexicon.data.passiveAuxiliaries,
]);

/**
 * How far after a participle of sending the people's verb of dying may stand: "sent to help Russia
 * in its war against Ukraine have been killed".
 */
const LOST_REACH = 12;

/** How far after a count of people the participle that says where they went may stand. */
const SENT_PARTICIPLE_REACH = 3;

/**
 * "About 300 of the troops sent to Russia have died", "one in seven of those sent has died": people
 * a participle of sending describes, whose own verb after it is one of dying or wounding, are the
 * losses among them, however near the verb of sending stands.
 */
function lostAfterSending(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { kind } = cx.tokens;
  // "one in seven of the troops sent": a share's people are its whole, and the participle follows it.
  const end = q.unit === 'percent' ? wholeEnd(cx, facts, q) : q.last;
  let sent = -1;
  for (const v of facts.verbs) {
    if (v.role !== 'send' || v.first < end) continue;
    if (v.first <= end + SENT_PARTICIPLE_REACH) sent = v.last;
    break;
  }
  if (sent < 0) return false;
  for (const { at, cues } of facts.categoryCues) {
    if (at < sent) continue;
    if (at > sent + LOST_REACH || !isCasualty(cues)) return false;
    for (let i = q.last; i < at; i++) if (kind[i] === PUNCT || kind[i] === NUMBER) return false;
    // "have died", "were killed": the people's own verb; not "after heavy losses", "to replace losses".
    return DYING_AUXILIARIES.has(cx.tokens.key[at - 1] ?? '');
  }
  return false;
}

const LOSS_NOUNS = new Set(lexicon.data.lossNouns);

/** How far before the comma that sets off a share the word of loss it restates may stand. */
const APPOSED_LOSS_REACH = 4;

/**
 * "the dead put at 2,400, or 20 percent of the men sent", "a toll of that size, one in six of
 * those deployed,": a share of people set off right after a loss, the figure of
 * losses it restates or a word of loss with no figure between, is the share lost.
 */
function lossApposed(
  cx: Scan,
  facts: SentenceFacts,
  { q, topic }: { readonly q: QuantityMatch; readonly topic: Topic | null },
): boolean {
  const { lex, tokens } = cx;
  if (restates(cx, q)) return topic?.category === 'casualties';
  // "…casualties stand at 5,000. That is about a sixth of those sent": a share its sentence opens
  // on after "that is" restates the figure before it.
  if (opensOnThatIs(tokens, facts, q)) return topic?.category === 'casualties';
  // "That is a quarter of everybody deployed, and two-fifths of the shock units": a share joined by "and"
  // to the one such a sentence opens on restates the same losses.
  if (q.unit === 'percent' && tokens.key[q.first - 1] === 'and' && opensOnShare(tokens, facts))
    return topic?.category === 'casualties';
  const comma = q.first - 1;
  if (tokens.key[comma] !== ',') return false;
  const from = Math.max(facts.from, comma - APPOSED_LOSS_REACH);
  for (let i = comma - 1; i >= from; i--) {
    if (tokens.kind[i] !== WORD) return false;
    const k = tokens.key[i] ?? '';
    const cues = lex.categoryCues.get(k);
    if (LOSS_NOUNS.has(k) || (cues !== undefined && isCasualty(cues))) return true;
  }
  return false;
}

const POINTERS = new Set(['that', 'this']);
const COPULAS = new Set(['is', 'was']);

/** "sent 20,000 troops and lost a third of them": a share of people a verb of loss takes as object. */
function lostObject(cx: Scan, q: QuantityMatch, topic: Topic | null): boolean {
  const { key } = cx.tokens;
  if (!LOSS_VERBS.has(key[q.first - 1] ?? '') || key[q.last] !== 'of') return false;
  if (topic === null || !PEOPLE_CATEGORIES.has(topic.category)) return false;
  // "of them", "of those sent", "of its soldiers": the whole is people, not "its oil income".
  if (BACK_TO_PEOPLE.has(key[q.last + 1] ?? '')) return true;
  for (let i = q.last + 1; i <= q.last + LOST_WHOLE_REACH; i++)
    if (cx.lex.units.match(cx.tokens, i, i + 1)?.value.unit === 'person') return true;
  return false;
}

const BACK_TO_PEOPLE = new Set(['them', 'those', 'these']);
/** How far after "of" the people noun of a lost share's whole may stand: "of its elite troops". */
const LOST_WHOLE_REACH = 3;

/** Whether the sentence opens on "that is" or "this was". */
function opensOnShare(tokens: Tokens, facts: SentenceFacts): boolean {
  return (
    POINTERS.has(tokens.key[facts.from] ?? '') && COPULAS.has(tokens.key[facts.from + 1] ?? '')
  );
}

/** Whether the figure's sentence opens on "that is" or "this was" right before it. */
function opensOnThatIs(tokens: Tokens, facts: SentenceFacts, q: QuantityMatch): boolean {
  return (
    q.first === facts.from + 2 &&
    POINTERS.has(tokens.key[facts.from] ?? '') &&
    COPULAS.has(tokens.key[facts.from + 1] ?? '')
  );
}

/** Words between a country and its verb of holding: "was believed by officials to hold". */
const HOLDING_GLUE = new Set([
  ...lexicon.data.passiveAuxiliaries,
  ...lexicon.data.perfectAuxiliaries,
  'believed',
  'thought',
  'estimated',
  'said',
  'known',
  'reported',
  'reportedly',
  'to',
  'still',
  'also',
  'could',
  'can',
  'may',
  'might',
]);

const RECKONINGS = new Set(lexicon.data.reckoningNouns);

/** How many words a noun of reckoning may stand after its verb of use: "used a simple rule of thumb". */
const RECKONING_REACH = 6;

/** Whether a noun of reckoning stands between a verb and its figure, within a few words. */
function reckoningBetween(tokens: Tokens, from: number, to: number): boolean {
  const end = Math.min(to, from + 1 + RECKONING_REACH);
  for (let i = from + 1; i < end; i++) if (RECKONINGS.has(tokens.key[i] ?? '')) return true;
  return false;
}

/** Nouns of storage a country's name may own: "its bunkers hold". */
const STORES = new Set(lexicon.data.storeNouns);

/**
 * The country that holds goods as the subject of "hold" or "contain", right before the verb but for
 * words of hearsay and a teller between ("North Korea was believed by South Korean officials to
 * hold"), or that owns the stores that hold them ("its bunkers hold"); not a country in a clause
 * about containers ("containers to Russia that could hold", "which Seoul believes could hold").
 */
function stockHolder(cx: Scan, facts: SentenceFacts, verb: FlowVerb): string | null {
  const { key, kind } = cx.tokens;
  let i = glueBefore(cx, facts, verb.first - 1);
  // "by South Korean defence officials": the agent of a hearsay verb is passed over.
  for (let j = i; j > facts.from && j >= i - HOLDING_AGENT_REACH && kind[j] === WORD; j--) {
    if (key[j] !== 'by') continue;
    i = glueBefore(cx, facts, j - 1);
    break;
  }
  if (i > facts.from && STORES.has(key[i] ?? '')) i--;
  for (const m of facts.countries) {
    if (m.source || m.first > i) continue;
    if (m.last !== i + 1 && !(possessive(cx.tokens, m) && m.last + 2 === i + 1)) continue;
    const before = m.first > 0 ? (key[m.first - 1] ?? '') : '';
    return before === 'which' || before === 'that' ? null : m.code;
  }
  return null;
}

/** How many words a "by" phrase between a country and its verb of holding may take. */
const HOLDING_AGENT_REACH = 5;

/** The first token at or before `at` that is not a word of hearsay or an auxiliary. */
function glueBefore(cx: Scan, facts: SentenceFacts, at: number): number {
  const { key, kind } = cx.tokens;
  let i = at;
  while (i > facts.from && kind[i] === WORD && HOLDING_GLUE.has(key[i] ?? '')) i--;
  return i;
}

/** "4,000 on the Ukrainian side", "2,000 on Ukraine's side": the side a figure stands on. */
function onSide(tokens: Tokens, q: QuantityMatch, m: CountryMention): boolean {
  if (tokens.key[q.last] !== 'on') return false;
  // The country's name may take the article in ("the Russian") or leave it out ("Ukraine's").
  const at = tokens.key[q.last + 1] === 'the' && m.first === q.last + 2 ? m.first : q.last + 1;
  if (m.first !== at) return false;
  const noun = possessive(tokens, m) ? m.last + 2 : m.last;
  return tokens.key[noun] === 'side';
}

/** How far after a sum its appositive may open: "$4 billion a year to Pyongyang, a sum that". */
const APPOSITIVE_REACH = 8;

/** "$4 billion a year to Pyongyang, a sum that would rival…": a sum a noun of sums restates. */
function apposedSum(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  const end = Math.min(facts.to - 2, q.last + APPOSITIVE_REACH);
  for (let i = q.last; i < end; i++) {
    if (kind[i] !== PUNCT) continue;
    if (key[i] !== ',') return false;
    const article = key[i + 1];
    const noun = key[i + 2] ?? '';
    return (article === 'a' || article === 'an') && (SUMS.has(noun) || FIGURE_NOUNS.has(noun));
  }
  return false;
}

const CARGO_VERBS = new Set(lexicon.data.cargoVerbs);
/** How far after containers the verb that names their cargo may stand. */
const CARGO_VERB_REACH = 14;
/** How far after that verb the goods may stand: "loaded with rice", "believed to be loaded with". */
const CARGO_REACH = 3;

/**
 * "about 9,000 containers, most of them carrying food", "shipped 9,000 containers back, mostly
 * loaded with rice": containers take the goods a verb of carrying right after them names, in
 * their own clause (one comma in, no more); containers counted with no cargo stay munitions.
 */
function cargoNamed(cx: Scan, facts: SentenceFacts, q: QuantityMatch): Category | null {
  const { lex, tokens } = cx;
  const end = Math.min(facts.to, q.last + CARGO_VERB_REACH);
  let commas = 0;
  for (let i = q.last; i < end; i++) {
    if (tokens.kind[i] === PUNCT) {
      if (tokens.key[i] !== ',' || ++commas > 1) return null;
      continue;
    }
    if (!CARGO_VERBS.has(tokens.key[i] ?? '')) continue;
    const until = Math.min(facts.to, i + 1 + CARGO_REACH);
    for (let k = i + 1; k < until && tokens.kind[k] !== PUNCT; k++) {
      const cues = lex.categoryCues.get(tokens.key[k] ?? '');
      if (!cues) continue;
      for (const c of cues) if (c.category === 'food' || c.category === 'oil') return c.category;
    }
    return null;
  }
  return null;
}

const THROUGHPUT = new Set(lexicon.data.throughputVerbs);
/** How far before a weight the verb of what a place handles may stand: "can handle up to". */
const THROUGHPUT_REACH = 3;

/**
 * "only 3,000 tonnes in all", "8,000 tonnes when full": a weight with no "of" goods after it;
 * not what a port or a line handles, which is no cargo of one kind.
 */
function bareWeight(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (q.unit !== 'tonne' || key[q.unitTo] === 'of') return false;
  for (let i = Math.max(0, q.first - THROUGHPUT_REACH); i < q.first; i++)
    if (THROUGHPUT.has(key[i] ?? '')) return false;
  return true;
}

const ROAD_TRAFFIC = new Set(lexicon.data.roadTrafficNouns);

/**
 * "the new bridge is to handle some 450 lorries daily": vehicles a place handles carry no one cargo,
 * whatever goods the text spoke of before; they are its traffic, the trade across it. Wagons a
 * line handles may still be of the cargo it was said to carry.
 */
function handledVehicles(cx: Scan, q: QuantityMatch): boolean {
  const { key } = cx.tokens;
  if (q.unit !== 'vehicle' || !ROAD_TRAFFIC.has(key[q.unitTo - 1] ?? '')) return false;
  for (let i = Math.max(0, q.first - THROUGHPUT_REACH); i < q.first; i++)
    if (THROUGHPUT.has(key[i] ?? '')) return true;
  return false;
}

function directOnce(cx: Scan, input: DirectInput): Direction {
  const { lex, tokens } = cx;
  const { facts, quantity: q } = input;
  if (!q.change && comparedBase(cx, facts, q)) BASES.add(q);
  const carrier = lex.carrierNouns.has(tokens.key[q.unitTo - 1] ?? '');
  const sentLost =
    (q.unit === 'person' ||
      (q.unit === 'percent' &&
        (PEOPLE_CATEGORIES.has(q.category as Category) || q.category === 'other'))) &&
    lostAfterSending(cx, facts, q);
  // "Kyiv puts the dead at 2,400, or 20 percent of the men sent": a share of people lost.
  const lostShare =
    q.unit === 'percent' &&
    ((q.category === 'personnel' && lossApposed(cx, facts, { q, topic: input.topic ?? null })) ||
      lostObject(cx, q, input.topic ?? null));
  // "one in five North Korean rounds fails": the noun's own kind, and whose they are.
  const own =
    sentLost || lostShare
      ? 'casualties'
      : q.ratio
        ? (q.category as Category)
        : categorize(facts, q, {
            tokens,
            flags:
              (carrier ? CARRIER : 0) |
              (GOODS_NOUNS.has(tokens.key[q.unitTo - 1] ?? '') ? LOADS : 0) |
              (sentAfter(cx, facts, q) ? SENT_AFTER : 0) |
              (sizesGroup(cx, q) ? SIZES_GROUP : 0) |
              (sizesUnit(cx, q) ? SIZES_UNIT : 0) |
              (sizesAForce(cx, q) ? A_FORCE : 0) |
              (q.unit === 'person' && serving(cx, q) ? SERVING : 0) |
              (q.category === 'money' && apposedSum(cx, facts, q) ? APPOSED : 0),
          });
  // "A dozen vessels were involved", "prices have fallen by a fifth": a count of carriers or a
  // share that names no kind of its own is of the kind the text is speaking of.
  // "earned $20 billion; ammunition accounted for nearly half of that": a share of a sum is of the
  // sum, whatever goods its subject names.
  // A new paragraph that opens on such a share still refers to the sum the one before ended on.
  const sumBefore = input.topic ?? (q.unit === 'percent' ? input.sum : null) ?? null;
  const ofSum =
    q.unit === 'percent' &&
    !q.ratio &&
    own !== 'casualties' &&
    sumBefore?.category === 'money' &&
    refersBackAfter(cx, q);
  const bare =
    (own === 'other' || ofSum) &&
    (topical(cx, q, carrier) || (q.unit === 'percent' && restates(cx, q))) &&
    !handledVehicles(cx, q);
  const topic = bare
    ? ((ofSum ? sumBefore : input.topic) ??
      (q.unit === 'vehicle' || carrier ? input.cargo : null) ??
      null)
    : null;
  // "arms were a third of the sum, and 2 million shells went by sea": the sum is its whole, so a
  // figure after it in its sentence does not lend it its kind.
  if (ofSum && bare) SETTLED.add(q);
  const valued = valuedGoods(cx, facts, { q, topic: input.topic ?? input.cargo ?? null });
  // "as many as 80% of them veered off course", "half of them missed their targets": a bare share
  // of things that fly off course, with no figure before to name them, is of missiles.
  const strayed = bare && topic === null && facts.accuracy && q.unit === 'percent';
  const category =
    valued ??
    (q.unit === 'container' && own === 'munitions' ? cargoNamed(cx, facts, q) : null) ??
    topic?.category ??
    (strayed ? ACCURATE : null) ??
    // "shipped 2.8 million barrels of fuel … the filings listed only 3,000 tonnes": a weight
    // that names no goods of its own is of the fuel or food the text last counted.
    (own === 'other' && bareWeight(cx, q) ? (input.weighed?.category ?? null) : null) ??
    // "documented 16 ship-to-ship transfers at sea": transfers made to hide their cargo's origin,
    // with no goods named, are of the fuel they are the known way of moving.
    (own === 'other' && carrier && facts.smuggled && tokens.key[q.unitTo] !== 'of'
      ? 'oil'
      : null) ??
    (bare && topic === null && q.unit === 'percent' && shareOfSum(cx, facts, q) ? 'money' : null) ??
    (own === 'other' &&
    (movesGoods(cx, facts, { q, lastPair: input.lastPair }) ||
      tradeShare(facts, q) ||
      shareOfShipments(cx, q))
      ? 'trade'
      : own === 'money' &&
          (input.topic ?? tradeAbroad(lex, input))?.category === 'trade' &&
          unkindSum(facts, q)
        ? 'trade'
        : own);
  let verb = governingVerb(tokens, facts, q);
  // "analysts used a simple rule of thumb: 350 shells a box": a verb of use whose object is a way
  // of reckoning uses the reckoning, not the rounds.
  if (verb?.role === 'use' && reckoningBetween(tokens, verb.last, q.first)) verb = null;
  const stage = stageOf(cx, facts, { q, verb });
  // "petrol sold for about 15,000 won", "families were each given 500,000 won": a sum in a
  // country's own currency, in a sentence set in its economy, changes hands inside it ("Russia
  // paid 1 billion North Korean won for the shells" is still a payment between the two). A price
  // or a rate of exchange there is a measure of that economy (`other`), whatever goods it prices.
  const home = DOMESTIC_CURRENCIES.get(q.unit);
  const domestic = home !== undefined && inNorthKoreanEconomy(cx, facts);
  if (home !== undefined && (domestic || marketWon(cx, q))) {
    SETTLED.add(q);
    // A bare "won" in a sentence with no word of the North's economy was made the North's by the
    // price before it, so it goes on as a price.
    const sale = !domestic || goodsPriced(facts, q) !== null || marketSale(cx, facts);
    return { category: sale ? 'other' : 'money', from: home, to: null, stage };
  }
  // "the rouble shed 40% of its value in a year": a currency's fall measures its
  // economy, not a payment or the trade its sentence names.
  const currency = q.unit === 'percent' ? currencyLosingValue(cx, facts, q) : undefined;
  if (currency !== undefined) {
    SETTLED.add(q);
    return {
      category: 'other',
      from: currency ?? input.economy ?? input.lastCountry,
      to: null,
      stage,
    };
  }
  // "a third of the population goes hungry": a share of a country's people measures it.
  if (q.unit === 'percent' && !q.change && ofPopulation(cx, q)) {
    SETTLED.add(q);
    const named = nearestCountry(facts, { before: q.first })?.code ?? null;
    return {
      category: 'other',
      from: named ?? input.economy ?? input.lastCountry,
      to: null,
      stage,
    };
  }
  // "the country runs a cereal deficit of 900,000 tonnes": food it lacks, to it from no one.
  if (category === 'food' && sizesShortfall(cx, q)) {
    SETTLED.add(q);
    const opens = clauseStart(facts, q.first);
    const named = nearestCountry(facts, { before: q.first });
    const lacking = named && named.first >= opens ? named.code : null;
    return {
      category,
      from: null,
      to: lacking ?? lex.data.defaultFlows['food']?.[1] ?? null,
      stage,
    };
  }
  const compared = q.unit === 'percent' && !q.change ? comparedEconomy(cx, facts, q) : undefined;
  if (compared !== undefined) {
    SETTLED.add(q);
    return {
      category: 'other',
      from: compared ?? input.economy ?? input.lastCountry,
      to: null,
      stage,
    };
  }
  // "Russian cargoes are some 85 percent of Pyongyang's diesel imports": a share of the goods
  // a country imports goes to it, from the country its clause names before the share.
  const imported =
    q.unit === 'percent' && SHARE_OF_GOODS.has(category) ? importShare(cx, facts, q) : null;
  if (imported) {
    SETTLED.add(q);
    const usual = lex.data.defaultFlows[category];
    const from = imported.from ?? (usual?.[1] === imported.to ? (usual[0] ?? null) : null);
    return { category, from, to: imported.to, stage };
  }
  // "The North's trade grew by a tenth. China accounted for 97 percent of the whole, while
  // Russia's share rose to 3 percent": a share a country holds of the trade just
  // told of is that trade between it and the economy whose trade it was.
  const traded = input.topic?.category === 'trade' ? input.topic : null;
  const holder =
    traded && q.unit === 'percent' && !q.change && (category === 'other' || category === 'trade')
      ? shareHolder(cx, facts, q)
      : null;
  if (traded && holder) {
    const whose = [input.economy, traded.from, traded.to].find((c) => c && c !== holder) ?? null;
    if (whose) {
      SETTLED.add(q);
      return { category: 'trade', from: whose, to: holder, stage };
    }
  }
  // "about half of the shells Russia fires, or roughly 2.5mn rounds a year": a count that restates
  // the figure before it, of the same kind, has its sides; one with none ("if each holds 400
  // rounds, the total would amount to 2 million shells": the size of one) lends none.
  const before = input.topic;
  if (
    q.unit !== 'percent' &&
    before &&
    before.category === category &&
    (before.from !== null || before.to !== null) &&
    restates(cx, q) &&
    // "China's commerce with the North was worth $2bn": trade that names its own partner.
    (category !== 'trade' || partnerWith(cx, facts, { q, economy: input.economy ?? null }) === null)
  )
    return { category, from: before.from, to: before.to, stage };
  // "If accurate, it would equal roughly a third of North Korea's annual economic output": a share
  // that restates a sum against an economy of the exchange, with no figure before it in its
  // paragraph, is a payment to that economy from the other side.
  if (category === 'other' && topic === null && q.unit === 'percent' && restates(cx, q)) {
    const economy = restatedEconomy(cx, facts, q);
    const payer = economy ? counterpart(lex, economy) : null;
    if (economy && payer) return { category: 'money', from: payer, to: economy, stage };
  }
  // "That sum is roughly two-thirds of North Korea's annual output", "tourism receipts are well
  // under 0.1% of output", "equivalent to 70% of the North's GDP, and dwarfs its official trade":
  // a sum set against an economy is the payment to it, whatever kind a later word names. A share
  // already read as money keeps its sides.
  const paidShare =
    q.unit === 'percent' && !q.change && category !== 'money'
      ? sumOfEconomy(cx, facts, { q, afterSum: input.topic?.category === 'money' })
      : null;
  if (paidShare !== null && (category === 'other' || category === 'trade')) {
    const economy = paidShare.owner ?? input.economy ?? lex.data.defaultFlows['money']?.[1] ?? null;
    const paid = input.topic?.category === 'money' ? input.topic : null;
    const payer = paid?.from ?? (economy ? counterpart(lex, economy) : null);
    if (economy && payer && payer !== economy)
      return { category: 'money', from: payer, to: paid?.to ?? economy, stage };
  }
  // "earned under $3 billion a year from all of its exports": a sum earned from a country's whole
  // trade is that trade's value, the country's own.
  const earnedFrom = category === 'money' ? wholeTradeAfter(cx, facts, q) : -1;
  if (earnedFrom >= 0)
    return {
      category: 'trade',
      from: tradeOwner(facts, { first: earnedFrom }) ?? input.lastCountry,
      to: null,
      stage,
    };
  // "about 1,500 Russian tourists have visited the North": visitors are no flow of the exchange's
  // people, but they travel, from their country to the one they visit (the other side of the
  // exchange, or the other country the sentence names).
  // "about 1,500 Russians visited the North": a verb of visiting right after them says so too.
  // "About 8,500 Russians traveled to North Korea as tourists": "as" and a visitor noun in their
  // clause say so as well.
  if (
    q.unit === 'person' &&
    (VISITORS.has(tokens.key[q.unitTo - 1] ?? '') ||
      VISITING.has(tokens.key[q.last] ?? '') ||
      visitorsAfter(cx, facts, q))
  ) {
    const whose = homeCountry(cx, facts, q);
    const visited = whose ? (counterpart(lex, whose) ?? otherCountry(facts, q, whose)) : null;
    return { category: 'other', from: whose, to: visited, stage };
  }
  if (q.unit === 'person' && q.category === 'personnel' && populationCount(cx, facts, q))
    return { category: 'other', from: homeCountry(cx, facts, q), to: null, stage };
  // "85 defectors reached the South": people who fled are no flow of the exchange's people; they
  // leave their own country (the usual one unless named with them) for the usual refuge.
  const [fled, refuge] = lex.data.defectionSides;
  if (
    q.unit === 'person' &&
    (DEFECTORS.has(tokens.key[q.unitTo - 1] ?? '') ||
      (q.peopleCountry === fled && reachedRefuge(cx, facts, { q, refuge })))
  ) {
    const whose = q.peopleCountry ?? nationalityBefore(cx, facts, q) ?? fled;
    return { category: 'other', from: whose, to: whose === refuge ? null : refuge, stage };
  }
  // "13,000 North Koreans entered Russia, more than 8,000 of them on student visas": a part of
  // the people just counted is of their kind and sides, unless its own words make it casualties.
  const whole = input.topic;
  if (
    q.unit === 'person' &&
    whole &&
    PEOPLE_CATEGORIES.has(whole.category) &&
    partOfThem(tokens, q)
  )
    return category === 'casualties'
      ? { category, from: whole.from, to: null, stage }
      : { category: whole.category, from: whole.from, to: whole.to, stage };
  // "Russia has more than 600,000 troops", "free up several thousand Russian soldiers": people
  // of a country the exchange sends none from, counted with no verb of sending, are its force.
  if (category === 'personnel' && q.unit === 'person' && !hasRole(facts, 'send')) {
    const whose = homeCountry(cx, facts, q);
    const sender = lex.data.defaultFlows['personnel']?.[0];
    // "Russia has received 11,000 troops from the North": people the country itself received, by
    // a verb before them in their clause, were sent by another.
    const received =
      verb !== null &&
      verb.role === 'receive' &&
      verb.last <= q.first &&
      !joinsClauses(tokens, { from: verb.last, to: q.first }) &&
      nearestCountry(facts, { before: verb.first, skip: { cx, possessives: true } })?.code ===
        whose;
    // "a deal under which 5,000 workers will go to Russia": people going to a country are not
    // its own force, whichever country the sentence named before them.
    const going =
      whose !== null &&
      countryAfterWord(tokens, facts, {
        at: q.last,
        words: TO_ONLY,
        until: clauseEnd(facts, q.last),
      }) === whose;
    // "60 Russian radar technicians based at North Korean sites": people of the side that receives
    // the exchange's people, placed in the side that sends them, were sent there by their own.
    const receiver = lex.data.defaultFlows['personnel']?.[1];
    if (
      whose !== null &&
      whose === receiver &&
      sender !== undefined &&
      countryAfterWord(tokens, facts, {
        at: q.last,
        words: PLACED_IN,
        until: clauseEnd(facts, q.last),
      }) === sender
    )
      return { category, from: whose, to: sender, stage };
    if (whose && sender && whose !== sender && !received && !going)
      return { category: 'force_size', from: whose, to: null, stage };
  }
  // "about 2,000 have been rotated home", "officers rotated back to Pyongyang": people going home
  // travel the usual flow of people the other way.
  const sent = lex.data.defaultFlows['personnel'];
  if (category === 'personnel' && q.unit === 'person' && sent && goneHome(cx, facts, q)) {
    SETTLED.add(q);
    return { category, from: sent[1], to: sent[0], stage };
  }
  const grown = q.unit === 'percent' ? economyChange(cx, facts, q) : undefined;
  if (grown !== undefined) {
    SETTLED.add(q);
    return {
      category: 'other',
      from: grown ?? input.economy ?? input.lastCountry,
      to: null,
      stage,
    };
  }
  // "Russian artillery fire has fallen by a third": a change of a side's fire is of its fire.
  const firer = q.unit === 'percent' ? fireChanged(cx, facts, q) : undefined;
  if (firer !== undefined) {
    SETTLED.add(q);
    return {
      category: 'munitions',
      from: firer,
      to: firer ? (lex.data.adversaries[firer] ?? null) : null,
      stage,
    };
  }
  const changed = q.unit === 'percent' ? shipmentsChanged(cx, facts, q) : null;
  if (changed) {
    SETTLED.add(q);
    return { ...changed, stage };
  }
  // "sailed off loaded to 85% of capacity", after tankers' trips: how full the carriers of oil
  // were is a share of the oil they carry, along its flow.
  const filled =
    q.unit === 'percent' && !q.change && fillShare(cx, q)
      ? fillOfOil(cx, facts, input.topic ?? null)
      : null;
  if (filled) {
    SETTLED.add(q);
    return { ...filled, stage };
  }
  const priced = priceChange(cx, facts, q);
  if (priced) {
    SETTLED.add(q);
    return { category: priced.category, from: priced.from, to: null, stage };
  }
  // "at least five ship-to-ship transfers of oil": transfers made to hide where the oil came from
  // name no sender, unless "from" or the flag of the other vessels does.
  if (facts.smuggled && category === 'oil') {
    const receiver = lex.data.defaultFlows['oil']?.[1] ?? null;
    return {
      category,
      from:
        countryAfterWord(tokens, facts, { at: facts.from, words: FROM_ONLY }) ??
        flagOf(cx, facts, receiver) ??
        (q.unit === 'item' ? watersOf(cx, facts, receiver) : null),
      to: receiver,
      stage,
    };
  }
  const duds = q.unit === 'percent' ? failedShare(cx, facts, q) : null;
  if (duds) {
    SETTLED.add(q);
    return { category: duds.category, from: duds.from, to: duds.to, stage };
  }
  if (q.category === 'money' && penalty(cx, facts, q)) {
    SETTLED.add(q);
    return { category: 'other', from: null, to: null, stage };
  }
  // "donors gave $9 million to the UN appeal": aid has no one giver of the exchange.
  const aided = q.category === 'money' ? aidReceiver(cx, facts, q) : undefined;
  if (aided !== undefined) {
    SETTLED.add(q);
    return { category: 'money', from: null, to: aided, stage };
  }
  // "That delivery would amount to roughly 6% of the UN cap": a share of a cap is of its goods,
  // sent the way the figure before sent them, or the way such goods usually go.
  const capGoods = q.unit === 'percent' && !q.change ? shareOfCap(cx, facts, q) : null;
  if (capGoods) {
    SETTLED.add(q);
    const before = input.topic?.category === capGoods ? input.topic : null;
    const usual = lex.data.defaultFlows[capGoods];
    // "China's crude shipments are close to 100% of the UN limit": the sender named before it.
    const sender = nearestCountry(facts, { before: q.first, exclude: usual?.[1] ?? null })?.code;
    return {
      category: capGoods,
      from: before?.from ?? sender ?? usual?.[0] ?? null,
      to: before?.to ?? usual?.[1] ?? null,
      stage,
    };
  }
  const outlay = q.category === 'money' ? ownSum(cx, facts, q) : null;
  if (outlay) {
    SETTLED.add(q);
    // A price is of what the sentence names, a country only if it names one ("according to
    // Russia's transport ministry"); a budget or a loss is of the country the text speaks of.
    const before = nearestCountry(facts, { before: outlay.at });
    // "its final cost is estimated at": the thing priced, not a country.
    const named = outlay.price && cx.tokens.key[before?.first ?? -1] === 'its' ? null : before;
    // "the regional budget set aside 6 billion roubles": with no country named, a sum in one
    // country's own currency is that country's, not the country the text last spoke of.
    const owner =
      named?.code ??
      (outlay.price
        ? (sourceCountryAfter(facts, q.last)?.code ?? null)
        : (CURRENCY_HOMES.get(q.unit) ?? input.lastCountry));
    return { category: 'other', from: owner, to: null, stage };
  }
  const fleet = fleetSized(cx, facts, q);
  if (fleet >= 0) {
    SETTLED.add(q);
    const owner = nearestCountry(facts, { before: fleet, skip: { cx, places: true } });
    return { category: 'other', from: owner?.code ?? null, to: null, stage };
  }
  if (designated(cx, facts, q)) {
    SETTLED.add(q);
    return { category: 'other', from: null, to: null, stage };
  }
  // "his battalion faced 300 incoming rounds a day", "the position came under 200 shells": fire
  // received was fired by the adversary of whoever took it, as weapons stopped in flight were.
  if (lex.weaponCategories.has(category) && fireReceived(cx, q)) {
    SETTLED.add(q);
    const sides = interceptedSides(cx, facts, { q, category, topic: input.topic ?? null });
    return { category, ...sides, stage };
  }
  // "Ukrainian air defences downed only about 90 of them": stopped in flight, so fired.
  if (
    lex.weaponCategories.has(category) &&
    (AIRBORNE.has(q.unit) || (q.unit === 'percent' && input.topic)) &&
    intercepted(cx, facts, q)
  ) {
    SETTLED.add(q);
    const sides = interceptedSides(cx, facts, { q, category, topic: input.topic ?? null });
    return { category, ...sides, stage };
  }
  // "Ukraine has lost more than 280 tanks": weapons a country lost are its own loss.
  const loser = lex.weaponCategories.has(category) ? weaponsLostBy(cx, facts, q) : null;
  if (loser) {
    SETTLED.add(q);
    return { category, from: loser, to: null, stage };
  }
  const lost = lex.weaponCategories.has(category) ? destroyed(cx, facts, q) : false;
  if (lost) {
    SETTLED.add(q);
    return { category, from: holderOfWeapons(cx, facts, { q, category }), to: null, stage };
  }
  // "Moscow launched 9 rockets at Odesa. Three of those rockets were North Korean": a part of the
  // weapons said to be of the usual supplier's make was picked out of weapons used, so it goes
  // from their user to its adversary, as the fire before it did.
  const identified = madePart(cx, facts, { q, category, topic: input.topic ?? null });
  if (identified) {
    SETTLED.add(q);
    return { category, ...identified, stage };
  }
  const supplied = madeShare(cx, facts, q);
  if (supplied) {
    SETTLED.add(q);
    return { category: supplied.category, from: supplied.from, to: supplied.to, stage };
  }
  const used = usage(cx, facts, {
    q,
    category,
    verb,
    holder: topic && q.unit === 'percent' ? holderOf(lex, topic) : null,
  });
  if (used) {
    SETTLED.add(q);
    return { category, from: used.from, to: used.to, stage };
  }
  // "The state keeps up to 90% of that": a share is of the figure before, sides and all.
  if (topic && q.unit === 'percent') {
    // "14,000 soldiers served, of whom perhaps a quarter have been killed": a share of people
    // that died is casualties of their country.
    if (
      !q.change &&
      PEOPLE_CATEGORIES.has(topic.category) &&
      categorize(facts, figureWith(q, { category: topic.category }), { tokens }) === 'casualties'
    )
      return { category: 'casualties', from: whoseOwn(lex, topic), to: null, stage };
    return { category: topic.category, from: topic.from, to: topic.to, stage };
  }
  // The country adjective inside the phrase: "24 North Korean ballistic missiles".
  // ", nearly a third of the North Korean casualties": a share's whole names them too.
  const wholeTo = q.unit === 'percent' ? Math.max(q.unitTo, wholeEnd(cx, facts, q)) : q.unitTo;
  let modifier: string | null = q.peopleCountry;
  if (!modifier) {
    // "half of the North Korean troops in Russia were killed": a place in a share's whole is
    // where its people are, not whose.
    const losses = category === 'casualties' || category === 'force_size';
    for (const m of facts.countries) {
      if (m.source || m.first < q.numberStart || m.last > wholeTo) continue;
      if (losses && m.first >= q.unitTo && placeBefore(tokens, m)) continue;
      modifier = m.code;
    }
  }
  // "a team set up by 11 governments": a count of countries is no one country's.
  if (category === 'other' && STATE_NOUNS.has(tokens.key[q.unitTo - 1] ?? ''))
    return { category, from: null, to: null, stage };
  if (NATIONALITY_CATEGORIES.has(category) || q.ratio) {
    // "troops it sent to fight for Russia, including 300 killed", "lost 200 men to Ukrainian
    // drones": where people went, and who hit them, is not whose people they are.
    const people = category === 'casualties' || category === 'force_size';
    // Soldiers killed "in Russia" are not Russia's; civilians killed "in Kharkiv" are Ukraine's.
    const stations = people && q.category !== 'other';
    const own =
      modifier ??
      (q.unit === 'person' ? nationalityBefore(cx, facts, q) : null) ??
      (category === 'casualties' ? whereCiviliansFell(cx, facts, q) : null) ??
      nearestCountry(facts, {
        before: q.first,
        skip: { cx, makers: true, places: people, stations, tellers: people, bare: !people },
      })?.code ??
      nearestCountry(facts, {
        after: q.last,
        limit: 6,
        // "came to 1.72 million won, a thirtieth of South Korea's": a bare possessive after a
        // figure is what it is set against.
        skip: {
          cx,
          makers: true,
          places: people,
          agents: true,
          stations,
          tellers: people || category === 'other',
        },
      })?.code ??
      // "one in seven of the troops sent to Russia has died": people sent are the sender's.
      (sentLost ? (lex.data.defaultFlows['personnel']?.[0] ?? null) : null) ??
      // "Three soldiers were captured": the people the paragraph has been counting.
      (q.unit === 'person' && input.topic && PEOPLE_CATEGORIES.has(input.topic.category)
        ? whoseOwn(lex, input.topic)
        : null) ??
      // "Russia fired 40 drones at Ukraine overnight. Six people were hurt": people hurt where
      // the paragraph's fire fell are of the country it was fired at, not the people counted before.
      (category === 'casualties' && input.topic && unarmedCount(tokens, q)
        ? firedAt(lex, input.topic)
        : null) ??
      // "Roughly half of the deaths occurred in January": the people the text last counted.
      (people ? (input.people ?? null) : null) ??
      // "Income per head came to 1.6 million won": a measure of an economy in a sentence that
      // names no country is of the economy the text last named, not of the country last named.
      (category === 'other' && input.economy && measuresEconomy(cx, facts)
        ? input.economy
        : null) ??
      input.lastCountry ??
      // "Pyongyang admits the dispatch while Kyiv reckons the dead at 700": losses the text gives no
      // owner, in a sentence that names the sending side only as a teller, are that side's.
      (category === 'casualties' ? tellingSender(lex, facts) : null);
    // "11,000 North Korean soldiers stationed in Russia": a force where the exchange sends such
    // people is a deployment, as "sent" would say; not "it fields 1.1 million soldiers, but the
    // brigades in Russia are better armed", whose place is another clause's.
    const sent = lex.data.defaultFlows['personnel'];
    if (category === 'force_size' && sent && own === sent[0]) {
      // "1.2 million troops, and stocks of shells that remain in Russian service": a relative
      // clause after the figure places what it describes, not the force.
      let until = clauseEnd(facts, q.last);
      for (let k = q.last; k < until; k++)
        if (RELATIVE_PRONOUNS.has(tokens.key[k] ?? '')) until = k;
      const abroad = countryAfterWord(tokens, facts, { at: q.last, words: ABROAD_WORDS, until });
      if (abroad === sent[1]) return { category: 'personnel', from: own, to: abroad, stage };
    }
    // "in spring Moscow shipped 120 horses to Pyongyang": a thing of no kind of the exchange
    // that a verb of sending moves, to a country its own clause names, goes there.
    if (
      category === 'other' &&
      verb !== null &&
      verb.role === 'send' &&
      verb.last <= q.first &&
      !joinsClauses(tokens, { from: verb.last, to: q.first })
    ) {
      const to = countryAfterWord(tokens, facts, {
        at: q.last,
        words: TO_ONLY,
        until: clauseEnd(facts, q.last),
        exclude: own,
      });
      if (to !== null) return { category, from: own ?? null, to, stage };
      // "Moscow supplied the North with 25,000 tonnes of fertiliser": the country right after the
      // verb receives, and the verb's subject sends.
      const indirect = objectOf(tokens, facts, verb);
      const sender = indirect
        ? nearestCountry(facts, { before: verb.first, skip: { cx, possessives: true } })
        : null;
      if (indirect && sender && sender.code !== indirect)
        return { category, from: sender.code, to: indirect, stage };
    }
    return { category, from: own ?? null, to: null, stage };
  }
  if (category === 'trade') {
    // "China-North Korea trade slips to $2.18 billion as Pyongyang pivots": the pair is the one
    // named with the word of trade, when there is one.
    const word = tradeWordNear(cx, facts, q);
    const around = word
      ? { first: Math.min(word.first, q.first), last: Math.max(word.last, q.last) }
      : q;
    // "North Korea's official exports amounted to $300m", "its external trade rose 20%": a
    // country's whole trade has no partner (the spec's "total exports has to null"), even when a
    // part of it is said to go to one ("most of them to China"); a share of it names the partner.
    const share = q.unit === 'percent' && (!q.change || tokens.key[q.last] === 'of');
    if (word && !share && wholeTrade(cx, facts, word.first))
      return {
        category,
        from: tradeOwner(facts, word) ?? input.economy ?? input.lastCountry,
        to: null,
        stage,
      };
    // "Russian customs figures put bilateral trade at $34mn, a fraction of North Korea's commerce
    // with China": bilateral trade is between the countries its own clause names before it.
    if (word && PAIR_TRADE.has(keyAt(tokens.key, word.first - 1) ?? '')) {
      const both = bilateralPair(cx, facts, { at: word.first, lastPair: input.lastPair ?? [] });
      if (both) return { category, from: both[0], to: both[1], stage };
    }
    // "railcars crossed from North Korea into Russia": the sides the prepositions name.
    const fromSide = countryAfterWord(tokens, facts, { at: facts.from, words: FROM_ONLY });
    const toSide = fromSide
      ? countryAfterWord(tokens, facts, { at: facts.from, words: TO_WORDS, exclude: fromSide })
      : null;
    // "as tallied by Seoul's official trade office": a country named only as the
    // owner of a body of trade is no side of the figure.
    const sides = facts.countries.some((m) => ownsATradeBody(cx, m))
      ? { ...facts, countries: facts.countries.filter((m) => !ownsATradeBody(cx, m)) }
      : facts;
    let first = toSide ? fromSide : nearestByDistance(sides, around, null);
    let partner = toSide ?? (first ? nearestByDistance(sides, around, first) : null);
    // "its trade with Moscow was $30m, against $2bn with Beijing": the partner "with" names
    // right after the figure, or with its word of trade before it, is the figure's own, and its
    // other side is the trade's owner, not a partner another figure was set against.
    const withSide = toSide ? null : partnerWith(cx, facts, { q, economy: input.economy ?? null });
    if (withSide) {
      first = withSide.owner;
      partner = withSide.partner;
    }
    // "exported 1.4 million tonnes, mostly through transfers near China": a country that only
    // says where the goods passed is no partner.
    if (partner && !toSide && onlyNear(cx, facts, partner)) partner = null;
    // "the two countries traded goods worth…": the pair named last.
    const pair = input.tradeWith ?? input.lastPair ?? [];
    if (
      !partner &&
      pair.length === 2 &&
      namesAPair(tokens, { at: around.first, floor: facts.from })
    ) {
      first = pair[0] ?? null;
      partner = pair[1] ?? null;
    }
    // "Beijing's customs figures show two-way commerce of $2 billion": a country whose own figures
    // the sentence cites records its own trade, so it is the side the sentence leaves out, ahead
    // of a pair the text named paragraphs before.
    if (!partner && first !== null && (word === null || !namesOneSide(cx, word.first)))
      partner = tradeRecorder(cx, facts, first);
    // "Beijing's customs bureau says border commerce held up in March": a recorder outside
    // the exchange, with no side named, records its trade with its usual partner.
    if (first === null && (word === null || !namesOneSide(cx, word.first))) {
      const recorder = tradeRecorder(cx, facts, '');
      const usual = recorder !== null ? tradePartner(lex, recorder) : null;
      if (recorder !== null && usual !== null)
        return { category, from: recorder, to: usual, stage };
    }
    // "Two-way commerce totaled $2.18 billion", "trade with China reached": trade has two sides,
    // and the side the sentence leaves out is the one the text has been speaking of.
    if (!partner && pair.length > 0 && (word === null || !namesOneSide(cx, word.first))) {
      // "Trade between China and the North was $2.2 billion. Russia was a distant second": a side
      // of the exchange trades with the other side when the text has named it.
      const opposite = first !== null ? counterpart(lex, first) : null;
      const other =
        (opposite !== null && pair.includes(opposite) ? opposite : null) ??
        pair.findLast((c) => c !== first) ??
        null;
      if (first === null) {
        first = pair.find((c) => c !== other) ?? null;
      }
      partner = other;
    }
    // "Chinese customs data show exports to North Korea of $620m": goods sent to or bought from
    // one side, in a country's own figures, are that country's trade with it.
    if (!partner && first && facts.countries.some((m) => m.code === first && crossedTo(tokens, m)))
      partner = reporter(facts, first);
    // "North Korea traded goods worth $20 million": trade has two sides, and no country trades with
    // itself; one side of the exchange, with no other country named, trades with the other side.
    const own = first ?? input.lastCountry;
    if (partner === own) partner = null;
    if (!partner && own && (word === null || !namesOneSide(cx, word.first)))
      partner = counterpart(lex, own);
    return { category, from: own, to: partner, stage };
  }
  if (!TRANSFER_CATEGORIES.has(category)) return { category, from: null, to: null, stage };
  // A limit binds the receiver named beside it ("caps North Korea's imports at"); nobody sends a
  // cap. With none beside it, "the UN cap of 500,000 barrels" binds the usual receiver of the goods.
  if (q.cap || (category !== 'money' && capIs(cx, facts, q))) {
    const beside = capped(cx, facts, q);
    const usual = lex.data.defaultFlows[category]?.[1] ?? null;
    return {
      category,
      from: null,
      to: beside ?? usual ?? nearestByDistance(facts, q, null),
      stage,
    };
  }
  let from: string | null = null;
  let to: string | null = null;
  let role: FlowRole | null = verb?.role ?? null;
  let earning: FlowVerb | null = null;
  // Whether a preposition or an object names a side ("to Russia", "given Pyongyang").
  let stated = false;
  // Whether the sentence's verb was set aside as not this figure's kind of flow.
  let dropped = false;
  // A deployment moves people and weapons; it does not pay, ship oil or trade. A payment moves
  // money: "paying North Korea $2,000 a month for a contingent of 12,000" sends no soldiers.
  if (
    verb &&
    ((lex.useVerbsForWeapons.has(verb.key) &&
      !lex.weaponCategories.has(category) &&
      category !== 'personnel') ||
      ((PAYMENTS.has(verb.key) || EARNINGS.has(verb.key)) && category !== 'money') ||
      // "missiles, of which 148 were fired at Ukraine, add perhaps $1.5bn": firing moves no money.
      (verb.role === 'use' &&
        !lex.useVerbsForWeapons.has(verb.key) &&
        !lex.weaponCategories.has(category)))
  ) {
    earning = verb;
    verb = null;
    role = null;
    dropped = true;
  }
  // "Russia's defence industry made about 4 million shells": arms a country makes are its output,
  // as "produced" says; only money is made as earnings.
  if (
    dropped &&
    earning !== null &&
    MAKING.has(earning.key) &&
    lex.weaponCategories.has(category) &&
    MADE_UNITS.has(q.unit) &&
    !lex.carrierNouns.has(tokens.key[q.unitTo - 1] ?? '') &&
    earning.last <= q.first &&
    tokens.key[earning.last] !== 'up'
  ) {
    verb = earning;
    role = 'hold';
    dropped = false;
  }
  if (verb && lex.useVerbsForWeapons.has(verb.key) && !lex.weaponCategories.has(category))
    role = 'send';
  if (verb && lex.useVerbsForWeapons.has(verb.key) && lex.weaponCategories.has(category))
    role = 'use';
  // "the 11,000 troops it has dispatched", "containers shipped from Rajin to Vostochny": the verb
  // of the figure's own relative clause outranks a verb further back.
  let subject: string | null = verb
    ? (nearestCountry(facts, {
        before: verb.first,
        // "the troops sent to Russia earn $2,000 a month": where the earners went is not who earns.
        skip: {
          cx,
          possessives: true,
          places: verb.role === 'receive',
          audiences: true,
          // "another 800 landed in Russia, lifting the sum deployed to 9,900": a country people
          // or arms are in is where they went, not who sent them.
          stations: PEOPLE_CATEGORIES.has(category) || lex.weaponCategories.has(category),
        },
      })?.code ?? null)
    : null;
  // "taking the number deployed to 9,900": a participle that describes a figure's noun has
  // no subject before it; the people go as such people go.
  if (
    verb &&
    FIGURE_NOUNS.has(keyAt(tokens.key, verb.first - 1) ?? '') &&
    (PEOPLE_CATEGORIES.has(category) || lex.weaponCategories.has(category))
  )
    subject = null;
  // "China's customs data show it shipped": a pronoun subject is the country its sentence named,
  // even inside the name of a source.
  if (verb && PRONOUNS.has(tokens.key[verb.first - 1] ?? '')) {
    for (const m of facts.countries) if (m.last < verb.first) subject = m.code;
  }
  const post = postNominalVerb(tokens, facts, q);
  // "fired 60 missiles supplied by North Korea at Kyiv": a participle describing the weapons
  // does not displace the verb that uses them.
  const describes = post !== null && post.passive && role === 'use';
  if (post && post.verb.role !== 'use' && !describes) {
    const until = phraseEnd(cx, facts, post.verb.last);
    const hasPrep =
      countryAfterWord(tokens, facts, { at: post.verb.last, words: FROM_WORDS, until }) !== null ||
      countryAfterWord(tokens, facts, { at: post.verb.last, words: TO_WORDS, until }) !== null;
    if (!post.passive || hasPrep) {
      verb = post.verb;
      role = verb.role;
      subject = post.passive
        ? null
        : (post.subject ?? nearestCountry(facts, { before: q.first })?.code ?? input.lastCountry);
    }
  }
  // "containers … enough to hold perhaps 12m shells": what the containers hold goes where they
  // go, as the figure before says or as the exchange usually runs.
  if (verb && role === 'hold' && CAPACITY.has(verb.key)) {
    // "Each container can hold several hundred shells": the size of one, which goes nowhere; not
    // a figure past the end of its clause ("if each holds 400, the total would reach 2 million").
    if (
      eachBefore(tokens, { from: facts.from, at: verb.first }) &&
      phraseEnd(cx, facts, verb.last) >= q.first
    )
      return { category, from: null, to: null, stage };
    // "North Korea was believed to hold tens of millions of shells", "its bunkers hold": what a
    // country holds is its stock, no receiver's.
    const keeper = category === 'money' ? null : stockHolder(cx, facts, verb);
    if (keeper !== null) return { category, from: keeper, to: null, stage };
    const carried = input.topic && input.topic.from && input.topic.to ? input.topic : null;
    const usual = lex.data.defaultFlows[category];
    return {
      category,
      from: carried?.from ?? usual?.[0] ?? null,
      to: carried?.to ?? usual?.[1] ?? null,
      stage,
    };
  }
  // "the North's annual grain shortfall of about 1 million tonnes": a demand is the country's own,
  // with no receiver, as "North Korea needs 5.5mn tonnes" is (the held-out gold reads both so).
  // So are its output and its stocks: "factories' output has risen to 250,000 rounds a month".
  const stock = stockBefore(cx, facts, { q, category });
  if (stock >= 0) {
    // "put Russian output lower, at about 3 million rounds, which would leave Moscow reliant on
    // North Korean deliveries": the country the word of output names is the maker.
    // "has shipped 90 rockets to Russia, and could be making 20 monthly": not the destination.
    const maker =
      nearestCountry(facts, {
        before: stock,
        limit: STOCK_OWNER_REACH,
        skip: { cx, makers: true, places: true },
      })?.code ??
      subject ??
      modifier ??
      demander(cx, facts, q) ??
      input.lastCountry;
    // "turning out 20 rockets monthly for its partner": output made for another side goes to it.
    const customer = lex.weaponCategories.has(category)
      ? madeFor(cx, facts, { q, owner: maker })
      : null;
    return { category, from: maker, to: customer, stage };
  }
  // "North Korea needs 5.5mn tonnes", "plants can turn out 20 missiles": a stock, no receiver.
  if (verb && role === 'hold') {
    // "Russia's own factories produced 3 million shells", "the plant in Hamhung can produce":
    // goods made or held are of the country whose plants or factories the subject is.
    const owner =
      subject ??
      modifier ??
      (category !== 'personnel'
        ? (nearestCountry(facts, { before: verb.first, skip: { cx, makers: true } })?.code ?? null)
        : null);
    // "North Korea keeps 11,000 troops in Russia": people kept in another country are deployed there.
    const abroad =
      category === 'personnel'
        ? countryAfterWord(tokens, facts, { at: q.last, words: ABROAD_WORDS, exclude: owner })
        : null;
    // "the North keeps 200,000 special forces troops", "fields 1.1 million soldiers": people a
    // country keeps at home are its standing force.
    if (category === 'personnel' && abroad === null && STANDING_VERBS.has(verb.key))
      return { category: 'force_size', from: owner, to: null, stage };
    const customer = lex.weaponCategories.has(category) ? madeFor(cx, facts, { q, owner }) : null;
    return { category, from: owner, to: abroad ?? customer, stage };
  }
  if (verb && role) {
    // "With 11,000 soldiers deployed, that comes to $264 million, most of which goes to the
    // state": a verb after its figure has its sides before the next comma.
    const until =
      verb.first >= q.last
        ? Math.min(clauseEnd(facts, verb.last), phraseEnd(cx, facts, verb.last))
        : clauseEnd(facts, verb.last);
    // "shipped by North Korea": "by" names the sender only right after a passive verb; "North
    // Korea supplies half of the ammunition used by Russian forces" has its sender before.
    const fromPrep =
      countryAfterWord(tokens, facts, { at: verb.last, words: FROM_ONLY, until }) ??
      countryAfterWord(tokens, facts, {
        at: verb.last,
        words: BY_WORDS,
        until: Math.min(until, verb.last + AGENT_REACH),
      });
    const toPrep = countryAfterWord(tokens, facts, { at: verb.last, words: TO_WORDS, until });
    // "provided Russia with", "sends Russia millions": the country right after the verb.
    const indirect = objectOf(tokens, facts, verb);
    stated = fromPrep !== null || toPrep !== null || indirect !== null;
    // "North Korea had shipped 12 million shells and priced them at $800 a round": money is paid
    // the other way to goods; the shipper is paid.
    if (
      role === 'send' &&
      category === 'money' &&
      GOODS_VERBS.has(verb.key) &&
      !paidFor(tokens, facts, verb)
    )
      role = 'receive';
    // "North Korea has been paid $1 billion", "Russia was sent 11,000 troops": the subject of a
    // passive verb whose figure follows it is the one given the figure.
    // Only right next to both: "11,000 were deployed …, and 3,000 more followed" is not one.
    if (
      role === 'send' &&
      subject !== null &&
      verb.last <= q.first &&
      q.first - verb.last <= PASSIVE_REACH &&
      passiveVerb(tokens, verb) &&
      subjectNextTo(facts, { at: verb.first, code: subject })
    )
      role = 'receive';
    if (role === 'send') {
      from = fromPrep ?? subject;
      to = toPrep ?? indirect;
      if (to === from) to = null;
    } else if (role === 'receive' && indirect) {
      // "would have earned North Korea $200m": the country right after the verb gains.
      to = indirect;
      from = fromPrep ?? subject;
    } else if (role === 'receive') {
      to = subject ?? indirect;
      from = fromPrep;
      if (to === from) from = null;
    } else {
      // "Russia fires 10,000 shells a day, compared with about 2,000 for Ukraine": the country
      // right after the figure's "for" is the one that uses them.
      // "compared with 4,000 on the Ukrainian side": so does the side the figure is "on".
      const owner = facts.countries.find(
        (m) =>
          !m.source &&
          ((tokens.key[q.last] === 'for' && m.first === q.last + 1) || onSide(tokens, q, m)),
      );
      from = owner?.code ?? subject ?? modifier;
      to = owner
        ? null
        : countryAfterWord(tokens, facts, { at: verb.last, words: TARGET_WORDS, exclude: from });
      if (!to && from) to = lex.data.adversaries[from] ?? null;
    }
  } else {
    verb = null;
    from = countryAfterWord(tokens, facts, { at: facts.from, words: FROM_WORDS }) ?? modifier;
    to = countryAfterWord(tokens, facts, { at: facts.from, words: TO_WORDS, exclude: from });
    // "tens of thousands of North Korean workers remain in China": people of one country placed in
    // another are there, whatever the usual flow of the exchange.
    if (to === null && from !== null && category === 'personnel')
      to = countryAfterWord(tokens, facts, { at: q.last, words: ABROAD_WORDS, exclude: from });
    // With the sentence's verb set aside, a preposition may belong to another clause ("paying
    // $300 million for a contingent of 12,000, though much goes to the state").
    stated = !dropped && (from !== null || to !== null);
  }
  // "Russia exports 50mn tonnes", "North Korea may import no more than…": a total or a cap of
  // trade names one side only.
  // Only the goods themselves may name the other side: "imported 67,000 tonnes of Chinese rice".
  if (verb && isTradeWord(lex, verb.key) && (from === null) !== (to === null)) {
    // "Chinese customs data show exports of diesel to North Korea": goods sent to one side, in
    // another country's own figures, are that country's.
    if (from === null && to !== null) from = countryOfGoods(facts, q, to) ?? reporter(facts, to);
    // "Rice imports from China rose to 64,000 tonnes": fuel or food bought from a third country,
    // by no one named, is bought by the side that receives such goods.
    const buyer = lex.data.defaultFlows[category]?.[1] ?? null;
    if (
      to === null &&
      role === 'receive' &&
      GOODS_CATEGORIES.has(category) &&
      MEASURES.has(q.unit) &&
      from !== null &&
      buyer !== null &&
      from !== buyer &&
      namesOnly(facts, { from, to: buyer })
    )
      to = buyer;
    return { category, from, to, stage };
  }
  const fallback = lex.data.defaultFlows[category];
  // "workers abroad bring the regime $500 million a year", "earns $400 million from labour exports
  // worldwide": money from everywhere has no one payer, unless "from X" names one.
  if (category === 'money' && facts.worldwide) {
    const named = countryAfterWord(tokens, facts, { at: facts.from, words: FROM_ONLY });
    // "stole $2 billion, more than the country earns from its exports": no one pays itself.
    const payer = named !== null && named === (to ?? fallback?.[1]) ? null : named;
    return { category, from: payer, to: to ?? (payer ? null : (fallback?.[1] ?? null)), stage };
  }
  if (from === null && to === null && fallback) {
    // "China reported shipments of 2,760 tonnes", "China's exports were led by sugar, and rice
    // shipments rose to 98,000 tonnes": fuel or food in a sentence that names only a third
    // country comes from it, to the side that receives such goods.
    const third =
      GOODS_CATEGORIES.has(category) && MEASURES.has(q.unit) ? onlyThirdCountry(cx, facts) : null;
    return { category, from: third ?? fallback[0], to: fallback[1], stage };
  }
  // One side known: the usual direction of the exchange completes it when it agrees; otherwise
  // the other country the sentence names.
  if (from === null && to !== null)
    from =
      countryOfGoods(facts, q, to) ??
      // "China reported selling 5,200 tonnes of diesel to North Korea": the filer sent it.
      (GOODS_CATEGORIES.has(category) ? filer(cx, facts, to) : null) ??
      (fallback && fallback[1] === to ? fallback[0] : null) ??
      otherCountry(facts, q, to);
  if (to === null && from !== null)
    to =
      (fallback && fallback[0] === from ? fallback[1] : null) ??
      (role === 'use' ? null : otherCountry(facts, q, from)) ??
      // "China supplies roughly 500,000 tonnes of crude a year": fuel or food a third country
      // sends, to no one named, goes to the side that receives such goods.
      (fallback &&
      role === 'send' &&
      GOODS_CATEGORIES.has(category) &&
      from !== fallback[1] &&
      q.unit !== 'vehicle' &&
      !carrier
        ? fallback[1]
        : null);
  // "A worker on a Russian site can earn 100,000 rubles": read from subjects and places alone,
  // a flow against the usual direction of the exchange is a misreading far more often than a
  // reversal; a side named by a preposition or an object stands.
  // "13 North Korean tankers taking part in the deliveries": carriers of the usual receiver's flag
  // read as the sender, with no other side, are the same misreading.
  // "North Korean tankers making 43 trips to Vostochny", "Russian ships calling at Rajin": with no
  // verb of sending, a carrier of the usual receiver's flag goes to fetch; its cargo travels the
  // usual way unless "from" names the sender.
  const carried = q.unit === 'vehicle' || carrier;
  // "Russia has supplied two Pantsir systems", "the North received two Russian air defence
  // systems": weapons cross both ways (twoWayFlows), so the subject of a verb of sending or
  // receiving names its side as surely as a preposition.
  const subjectSide =
    verb !== null &&
    ((role === 'send' && subject === from) || (role === 'receive' && subject === to));
  if (
    !(subjectSide && TWO_WAY.has(category)) &&
    fallback &&
    from === fallback[1] &&
    (to === fallback[0] || (to === null && carried)) &&
    (!stated ||
      (carried &&
        verb === null &&
        countryAfterWord(tokens, facts, { at: facts.from, words: FROM_ONLY }) === null))
  )
    return { category, from: fallback[0], to: fallback[1], stage };
  // "3,000 drone operators had been trained in Russia", "a worker in Russia earns $700 a month":
  // people and pay cross the exchange one way only (people going home were read above), so a
  // reading against it is a misreading even where a preposition states a side.
  // "Moscow has dispatched about 300 engineers to North Korea", "200 Russian engineers": people
  // the receiving side sends of its own, as a subject before the figure or their nationality
  // says, are no misreading; nor are they where the usual sender says it received them ("North
  // Korea has received 300 engineers from Russia").
  const ownPeople =
    q.unit === 'person' &&
    (q.peopleCountry === from ||
      (from !== null && namedInPhrase(facts, q, from)) ||
      (verb !== null &&
        verb.last <= q.first &&
        ((role === 'send' && subject === from) || (role === 'receive' && subject === to))));
  if (fallback && ONE_WAY.has(category) && from === fallback[1] && to === fallback[0] && !ownPeople)
    return { category, from: fallback[0], to: fallback[1], stage };
  // "North Korean units clash with Ukrainian forces; Tokyo puts the deployment at 9,000": with no
  // preposition or object naming a side, people read from the receiving side's adversary come
  // from the fighting the sentence names, not from a sender; they go the usual way.
  if (
    fallback &&
    category === 'personnel' &&
    !stated &&
    from !== null &&
    from === lex.data.adversaries[fallback[1] ?? ''] &&
    q.peopleCountry !== from &&
    !namedInClause(facts, { q, code: from })
  )
    return { category, from: fallback[0], to: fallback[1], stage };
  // "A quarter of the income reached Pyongyang": with no verb of the exchange, the usual receiver
  // of pay named alone is where the money went, not who paid it.
  if (
    fallback &&
    ONE_WAY.has(category) &&
    category === 'money' &&
    verb === null &&
    from === fallback[1] &&
    to === null
  )
    return { category, from: fallback[0], to: fallback[1], stage };
  // "5,000 North Korean soldiers brought to districts close to the Ukrainian border": people the
  // exchange sends go to the side that receives them, never to its adversary, wherever they are
  // sent.
  if (
    fallback &&
    ONE_WAY.has(category) &&
    from === fallback[0] &&
    to !== null &&
    to === lex.data.adversaries[fallback[1] ?? '']
  )
    return { category, from, to: fallback[1] ?? null, stage };
  return { category, from, to, stage };
}

/** The side that usually sends people, when its sentence names it as a teller: "Pyongyang confirms". */
function tellingSender(lex: Lexicon, facts: SentenceFacts): string | null {
  const sender = lex.data.defaultFlows['personnel']?.[0];
  if (sender === undefined) return null;
  for (const m of facts.countries) if (m.source && m.code === sender) return sender;
  return null;
}

/** Whether the country `code` is named in the figure's own clause, up to its end: "Kyiv sent 200". */
function namedInClause(
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly code: string },
): boolean {
  const opens = clauseStart(facts, input.q.first);
  for (const m of facts.countries)
    if (!m.source && m.code === input.code && m.first >= opens && m.first < input.q.last)
      return true;
  return false;
}

/** Whether the country `code` is named inside the figure's own phrase: "40 Russian engineers". */
function namedInPhrase(facts: SentenceFacts, q: QuantityMatch, code: string): boolean {
  for (const m of facts.countries)
    if (!m.source && m.code === code && m.first >= q.numberStart && m.last <= q.unitFrom)
      return true;
  return false;
}

const PASSIVE_AUXILIARIES = new Set(lexicon.data.passiveAuxiliaries);

/** How far a passive verb's figure and subject may stand from it: "has so far been paid". */
const PASSIVE_REACH = 2;

/** Whether the country `code` ends within reach before `at`: the subject of a passive verb. */
function subjectNextTo(
  facts: SentenceFacts,
  input: { readonly at: number; readonly code: string },
): boolean {
  for (const m of facts.countries)
    if (
      !m.source &&
      m.code === input.code &&
      m.last <= input.at &&
      input.at - m.last <= PASSIVE_REACH + 1
    )
      return true;
  return false;
}

/** "has been paid", "was sent": a participle after an auxiliary; not "has been sending". */
function passiveVerb(tokens: Tokens, verb: FlowVerb): boolean {
  const key = tokens.key[verb.first] ?? '';
  return PASSIVE_AUXILIARIES.has(tokens.key[verb.first - 1] ?? '') && !key.endsWith('ing');
}

/** The country right after a verb, its indirect object: "provided Russia with", "sent the North". */
function objectOf(tokens: Tokens, facts: SentenceFacts, verb: FlowVerb): string | null {
  let object: string | null = null;
  for (const m of facts.countries) {
    if (m.source) continue;
    const p = keyAt(tokens.key, m.first - 1) === 'the' ? m.first - 1 : m.first;
    if (p === verb.last || (tokens.key[verb.last] === 'also' && p === verb.last + 1))
      object = m.code;
  }
  return object;
}

const THEM = new Set(['them', 'whom', 'those']);

/** "8,000 of them", "2,000 of whom": a figure that ends on a part of the group before it. */
function partOfThem(tokens: Tokens, q: QuantityMatch): boolean {
  return tokens.key[q.last - 2] === 'of' && THEM.has(tokens.key[q.last - 1] ?? '');
}

/** The other side of the exchange from `side`, or null for a country outside it. */
function counterpart(lex: Lexicon, side: string): string | null {
  const sides = lex.data.defaultFlows['personnel'];
  if (!sides) return null;
  return sides[0] === side ? sides[1] : sides[1] === side ? sides[0] : null;
}

const DESCRIBED_NATIONS = new Set(lexicon.data.describedNationNouns);
/** How many words may stand between "a" and the noun of a nation described: "a poor, closed country". */
const DESCRIBED_REACH = 4;

/**
 * "a big sum for a state whose national income …", "ties the Kremlin to a state whose exports
 * …": a nation described, not named, in a text about the exchange is the one the sum before went
 * to (the receiver of the money figure before), else the other side from the country last named;
 * set off right after a name ("South Korea, a country whose …"), it is the country named. Null
 * when the sentence describes no nation so, or nothing says which.
 */
export function describedNation(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
  context: {
    readonly countries: readonly CountryMention[];
    readonly topic: Topic | null;
    readonly lastCountry: string | null;
  },
): string | null {
  const { key } = cx.tokens;
  for (let i = sentence.from + 1; i < sentence.to; i++) {
    if (key[i] !== 'whose' || !DESCRIBED_NATIONS.has(key[i - 1] ?? '')) continue;
    let article = -1;
    for (let k = i - 2; k >= Math.max(sentence.from, i - 2 - DESCRIBED_REACH) && article < 0; k--)
      if (key[k] === 'a' || key[k] === 'an') article = k;
    if (article < 0) continue;
    const { countries, topic, lastCountry } = context;
    if (key[article - 1] === ',')
      for (const m of countries) if (!m.source && m.last === article - 1) return m.code;
    if (topic?.category === 'money' && topic.to) return topic.to;
    return lastCountry ? counterpart(cx.lex, lastCountry) : null;
  }
  return null;
}

/** The side of the exchange a country outside it is reported trading with (lexicon `tradePartners`). */
function tradePartner(lex: Lexicon, code: string): string | null {
  return lex.data.tradePartners[code] ?? null;
}

/**
 * "Trade with China reached…", "Recorded commerce with Moscow is small. It came to…": the one
 * country a sentence names, right after a word of trade and "with", is a side of the trade that
 * sentence and the next speak of, whatever pair the text named before. Its other side is the side
 * of the exchange it faces, else the economy the text speaks of, else the side that owned the
 * trade named before ("Its trade with Russia… Trade with China"). Null when the sentence names
 * another country too, or none in that place.
 */
export function tradeWithPair(
  cx: Scan,
  countries: readonly CountryMention[],
  before: { readonly economy: string | null; readonly pair: readonly string[] },
): string[] | null {
  let named: CountryMention | null = null;
  for (const m of countries) {
    if (m.source) continue;
    if (named !== null && m.code !== named.code) return null;
    named ??= m;
  }
  if (named === null || named.first < 2) return null;
  const { key } = cx.tokens;
  if (key[named.first - 1] !== 'with' || !isTradeWord(cx.lex, key[named.first - 2] ?? ''))
    return null;
  const owner = before.pair.length === 2 ? (before.pair[0] ?? null) : null;
  let other = counterpart(cx.lex, named.code) ?? before.economy;
  if (other === null || other === named.code) other = tradePartner(cx.lex, named.code) ?? owner;
  return other !== null && other !== named.code ? [other, named.code] : null;
}

/**
 * The country other than `side` whose own record of trade the sentence cites: "Chinese customs
 * data", "Russia's export figures"; not "South Korean researchers", who record no trade of theirs.
 */
function tradeRecorder(cx: Scan, facts: SentenceFacts, side: string): string | null {
  for (const m of facts.countries)
    if (m.source && m.code !== side && recordsTrade(cx, facts, m)) return m.code;
  return null;
}

/**
 * Whether a country's own body of trade follows its name: "Chinese customs data", "Russia's Far
 * Eastern Customs Administration", whose words of a name all take capitals.
 */
function recordsTrade(cx: Scan, facts: SentenceFacts, m: CountryMention): boolean {
  const { key, capital } = cx.tokens;
  const at = key[m.last] === "'" && key[m.last + 1] === 's' ? m.last + 2 : m.last;
  let end = at + 1;
  while (
    capital[at] === 1 &&
    end < at + RECORDER_REACH &&
    end < facts.to &&
    (capital[end] === 1 || key[end] === 'of')
  )
    end++;
  for (const c of facts.categoryCues) if (c.at >= at && c.at < end && isTrade(c.cues)) return true;
  return false;
}

/** How many words of a body's name may stand before its word of trade: "General Administration of Customs". */
const RECORDER_REACH = 4;

/** The country whose own figures the sentence cites ("Chinese customs data"), other than `side`. */
function reporter(facts: SentenceFacts, side: string): string | null {
  for (const m of facts.countries) if (m.source && m.code !== side) return m.code;
  return null;
}

/** Whether a mark of punctuation other than an apostrophe or a hyphen stands in `[from, to)`. */
function punctuatedBetween(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (tokens.kind[i] === PUNCT && tokens.key[i] !== "'" && tokens.key[i] !== '-') return true;
  return false;
}

/** Words that link a cap to the level it is set at: "the cap is 500,000 barrels". */
const CAP_LINKS = wordsOf(['is', 'was', 'remains', 'stands', 'stood']);
/** How far before its linking verb a cap may stand: "The refined petroleum cap set by Resolution 2397 is". */
const CAP_SUBJECT_REACH = 14;

/**
 * "The cap set by Resolution 2397 is 500,000 barrels a year", "The council's cap on such imports,
 * which Russia voted for, is 500,000 barrels": a figure a cap is said to be is the cap.
 */
function capIs(cx: Scan, facts: SentenceFacts, q: QuantityMatch): boolean {
  const { key, kind } = cx.tokens;
  if (q.first < 2 || !isWordAt(CAP_LINKS, cx.tokens, q.first - 1)) return false;
  const from = Math.max(facts.from, q.first - CAP_SUBJECT_REACH);
  for (let i = q.first - 2; i >= from; i--) {
    // "The cap set by Resolution 2397 in 2017 is": numbers of a name or a date may stand between.
    if (kind[i] === PUNCT && key[i] !== ',' && key[i] !== "'") return false;
    if (CAPS.has(key[i] ?? '')) return true;
  }
  return false;
}

/** How far from a cap the country it binds may stand: "caps North Korea's crude oil imports at". */
const CAP_REACH = 6;

/**
 * The country a cap binds, named beside it in its clause; not its supplier ("from China", "by
 * Russia") nor a place ("a group based in Britain").
 */
function capped(cx: Scan, facts: SentenceFacts, q: QuantityMatch): string | null {
  let best: string | null = null;
  let bestDistance = CAP_REACH + 1;
  // "caps imports at 500,000 barrels, but Russia shipped twice that": a country of the next
  // clause is not beside the cap.
  const end = clauseEnd(facts, q.last);
  for (const m of facts.countries) {
    const before = wordBefore(cx.tokens, m);
    if (m.source || FROM_WORDS.has(before) || STATION_WORDS.has(before)) continue;
    if (m.first >= end) continue;
    // "capped at 500,000 barrels a year, a limit that Moscow ignores": past a comma, another
    // clause's country.
    if (m.first >= q.last && punctuatedBetween(cx.tokens, q.last, m.first)) continue;
    // "the cap on such imports, which Russia voted for, is": a relative clause's subject.
    if (RELATIVE_PRONOUNS.has(before)) continue;
    const d = distance(q, m.first, m.last);
    if (d < bestDistance) {
      best = m.code;
      bestDistance = d;
    }
  }
  return best;
}

/** How far before a word of trade its "whole" word may stand: "all of its exports". */
const TRADE_WHOLE_REACH = 3;

/** Words after a word of trade that bring in its partner: "exports to China", "trade with". */
const PARTNER_WORDS = new Set(['to', 'with', 'from']);

/** Words of trade that can be one country's whole ("trade", "exports"; not "customs"). */
const WHOLE_TRADE_WORDS = new Set(['trade', 'commerce', ...lexicon.data.tradeOneSideWords]);

/** "trade volume": a word after trade that sizes it, and leaves it one country's whole. */
const TRADE_SIZE_WORDS = new Set(lexicon.data.tradeSizeWords);

/** Words that name the owner of a country's whole trade: "its official exports". */
const OWNER_WORDS = new Set(['its', 'whose', 'their']);
const TRADE_LEVELS = new Set(lexicon.data.tradeLevelVerbs);
const TRADE_WORLD = lexicon.data.tradeWorldPhrases.map((p) => p.split(' '));

/** "North Korea's official exports": the country named last before the word of trade. */
function tradeOwner(facts: SentenceFacts, word: { readonly first: number }): string | null {
  let owner: CountryMention | null = null;
  for (const m of facts.countries) if (!m.source && m.last <= word.first) owner = m;
  return owner?.code ?? null;
}

/**
 * "North Korea's entire official trade with the outside world", "recorded exports to all
 * countries": trade of one country with everyone, not with a partner the sentence names after it.
 */
function wholeTrade(cx: Scan, facts: SentenceFacts, at: number): boolean {
  const { key } = cx.tokens;
  if (!WHOLE_TRADE_WORDS.has(key[at] ?? '')) return false;
  const whole = cx.lex.data.tradeWholeWords;
  // The whole words stand between an owner and the word: "North Korea's entire official trade",
  // "a country whose official exports", "all of its exports".
  // An adverb no table knows may stand among them: "North Korea's officially recorded exports".
  let i = at - 1;
  let seen = false;
  while (i > at - 1 - TRADE_WHOLE_REACH && i >= facts.from) {
    const known = whole.includes(key[i] ?? '');
    if (!known && !(seen && key[i] === '')) break;
    seen ||= known;
    i--;
  }
  const owned =
    keyAt(key, i) === 's' ? keyAt(key, i - 1) === "'" : OWNER_WORDS.has(keyAt(key, i) ?? '');
  const all = i === at - 1 && keyAt(key, i - 1) === 'of' && keyAt(key, i - 2) === 'all';
  // "Official exports were about $390 million": whole words with no owner before them are the
  // whole trade of the country the text speaks of.
  // "North Korea's trade volume came to $2.27 billion": an owned volume of trade is all of it.
  const sized = owned && TRADE_SIZE_WORDS.has(key[at + 1] ?? '');
  // "Its exports rose 40.2 percent to $310 million", "The country's exports totalled $360mn": a
  // country's own trade that changes or comes to a level, its verb right after it, is all of it.
  // "Their trade reached $34 million" is the trade of the two countries "their" stands for.
  const moved =
    owned &&
    keyAt(key, i) !== 'their' &&
    (cx.lex.changeWords.has(key[at + 1] ?? '') || TRADE_LEVELS.has(key[at + 1] ?? ''));
  // "Pyongyang's commerce with the outside world rose": trade with everyone is all of it.
  let world = false;
  if (owned) for (const words of TRADE_WORLD) world ||= wordsAt(key, at + 1, words);
  if ((!owned && !seen) || (i === at - 1 && !all && !sized && !moved && !world)) return false;
  // "Russia recorded trade of $34mn with the North": a country before owns the words.
  if (!owned) for (const m of facts.countries) if (!m.source && m.last <= at) return false;
  const end = sized ? at + 1 : at;
  const next = key[end + 1] ?? '';
  if (next === 'between') return false;
  if (!PARTNER_WORDS.has(next)) return true;
  const skip = key[end + 2] === 'the' ? 1 : 0;
  return !facts.countries.some((m) => !m.source && m.first === end + 2 + skip);
}

/** How far after a sum its "from" may stand, and the word of trade after that. */
const EARNED_FROM_REACH = 3;

/** Where the whole trade a sum came from stands ("from its official exports"), or -1. */
function wholeTradeAfter(cx: Scan, facts: SentenceFacts, q: QuantityMatch): number {
  const { key } = cx.tokens;
  const end = Math.min(facts.to, q.last + EARNED_FROM_REACH);
  let from = -1;
  for (let i = q.last; i < end && from < 0; i++) if (key[i] === 'from') from = i;
  if (from < 0) return -1;
  const stop = Math.min(facts.to, from + 2 + TRADE_WHOLE_REACH);
  for (let i = from + 2; i < stop; i++) if (wholeTrade(cx, facts, i)) return i;
  return -1;
}

const PAIR_TRADE = new Set(lexicon.data.pairTradeWords);

/**
 * The two sides of "bilateral" trade whose word stands at `at`: the two countries its clause names
 * before it, as speakers, recorders or subjects ("Pyongyang and Moscow say", "Russian customs
 * figures put"); one such country and its counterpart in the exchange, or the other of the pair
 * the text named last. Null when its clause names none, or its own phrase names the pair.
 */
function bilateralPair(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly at: number; readonly lastPair: readonly string[] },
): readonly [string, string] | null {
  let opens = facts.from;
  let closes = facts.to;
  for (const b of facts.breakAt)
    if (b < input.at) opens = b;
    else if (closes === facts.to) closes = b;
  const phrase = phraseEnd(cx, facts, input.at);
  let first: string | null = null;
  let second: string | null = null;
  /** "Beijing took 97% of the total, with bilateral trade of…": a third country with a usual partner. */
  let third: string | null = null;
  for (const m of facts.countries) {
    if (m.first < opens || m.first >= closes) continue;
    // "bilateral trade between North Korea and China": a pair its own phrase names reads as any;
    // "…, a fraction of North Korea's commerce with China" is another figure's.
    if (m.first > input.at) {
      if (m.first < phrase) return null;
      continue;
    }
    // "estimates by South Korean researchers put bilateral trade": a country outside the exchange
    // is a side only where its own customs record the trade.
    if (counterpart(cx.lex, m.code) === null && !recordsTrade(cx, facts, m)) {
      if (!m.source && m.first < input.at && tradePartner(cx.lex, m.code) !== null)
        third ??= m.code;
      continue;
    }
    if (first === null) first = m.code;
    else if (m.code !== first && second === null) second = m.code;
  }
  if (first !== null && second !== null) return [first, second];
  // "China accounted for 97% of it, with bilateral trade of $2bn": a country outside the exchange
  // that the clause names, and no side of it, trades with its usual partner.
  if (first === null && third !== null) return [third, tradePartner(cx.lex, third)!];
  if (first === null) return null;
  const other =
    counterpart(cx.lex, first) ??
    tradePartner(cx.lex, first) ??
    input.lastPair.findLast((c) => c !== first) ??
    null;
  return other ? [first, other] : null;
}

/** "exports", "imports": a word of one side's trade, which may have no partner. */
function namesOneSide(cx: Scan, at: number): boolean {
  return cx.lex.data.tradeOneSideWords.includes(cx.tokens.key[at] ?? '');
}

const TRADE_BODIES = new Set(lexicon.data.tradeBodyNouns);
/** How far after a word of trade the noun of a body it names may stand: "trade promotion agency". */
const BODY_REACH = 3;

/**
 * "South Korea's trade promotion agency", "the Trade Ministry": a word of trade in the name of a
 * body says what the body does, not what a figure beside it is; its country is the body's.
 */
function namesABody(cx: Scan, at: number): boolean {
  const { key, kind } = cx.tokens;
  // "the Seoul Trade-Support Office": a hyphen joins words of one name, and takes no
  // place among the words the body's noun may stand after.
  let end = at + BODY_REACH;
  for (let i = at + 1; i <= end && i < key.length; i++) {
    if (key[i] === '-') {
      end++;
      continue;
    }
    if (kind[i] === PUNCT) return false;
    if (TRADE_BODIES.has(key[i] ?? '')) return true;
  }
  return false;
}

/** How many words may stand between a country and the word of trade naming its body: "official". */
const BODY_OWNER_REACH = 2;

/** "Seoul's official trade office", "Japan's trade ministry": a country that owns a body of trade. */
function ownsATradeBody(cx: Scan, m: CountryMention): boolean {
  const { key, kind } = cx.tokens;
  const at = possessive(cx.tokens, m) ? m.last + 2 : m.last;
  for (let i = at; i <= at + BODY_OWNER_REACH && i < key.length; i++) {
    if (kind[i] === PUNCT) return false;
    if (isTradeWord(cx.lex, key[i] ?? '')) return namesABody(cx, i);
  }
  return false;
}

/** How far after a share its word of importing may stand: "of the diesel and petrol the country imports". */
const IMPORT_REACH = 8;
const IMPORT_WORDS = new Set(['imports', 'import', 'imported']);

/**
 * "some 85 percent of Pyongyang's diesel imports", "a third of the grain the country imports":
 * the importer named with the import word after a share, and the country its clause names
 * before the share ("Russian cargoes", "Moscow ships"), if any. Null with no
 * importer.
 */
function importShare(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): { readonly from: string | null; readonly to: string } | null {
  const { key, kind } = cx.tokens;
  const end = Math.min(facts.to, q.last + IMPORT_REACH);
  let at = -1;
  for (let i = q.last; i < end && at < 0; i++) {
    if (kind[i] === PUNCT && key[i] !== "'") return null;
    if (IMPORT_WORDS.has(key[i] ?? '')) at = i;
  }
  if (at < 0) return null;
  let to: string | null = null;
  for (const m of facts.countries) if (!m.source && m.first >= q.last && m.last <= at) to = m.code;
  if (to === null) return null;
  const opens = clauseStart(facts, q.first);
  let from: string | null = null;
  for (const m of facts.countries)
    if (!m.source && m.first >= opens && m.last <= q.first && m.code !== to) from = m.code;
  return { from, to };
}

/** How far after a figure the "with" naming its partner may stand: "$2bn a year with China". */
const WITH_AFTER_REACH = 4;

/**
 * The partner of a figure of trade named by "with": right after the figure ("against $2bn with
 * Beijing") or after a word of trade before it, with no other figure between ("recorded trade
 * with Moscow stays small: about $30m"); and the trade's other side: the owner named before its
 * word of trade ("the North's trade with"), else the usual partner or the counterpart of the one
 * named. Null when no "with" names a country so.
 */
function partnerWith(
  cx: Scan,
  facts: SentenceFacts,
  input: { readonly q: QuantityMatch; readonly economy: string | null },
): { readonly owner: string; readonly partner: string } | null {
  const { q } = input;
  const { key, kind } = cx.tokens;
  let named: CountryMention | null = null;
  let nearest = Infinity;
  for (const m of facts.countries) {
    if (m.source) continue;
    const w = keyAt(key, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
    if (keyAt(key, w) !== 'with') continue;
    if (m.first > q.last) {
      // Right after the figure: "$2bn with Beijing", "$2bn a year with Beijing"; not a country
      // that holds a share of it ("$2.9bn, with Beijing accounting for 97 percent").
      if (w - q.last > WITH_AFTER_REACH || HOLDER_SHARE_VERBS.has(keyAt(key, m.last) ?? ''))
        continue;
      let plain = true;
      for (let i = q.last; i < w && plain; i++) if (kind[i] !== WORD) plain = false;
      if (!plain) continue;
      named = m;
      break;
    }
    if (!isTradeWord(cx.lex, keyAt(key, w - 1) ?? '')) continue;
    let between = false;
    for (let i = m.last; i < q.first && !between; i++)
      // A year ("in 2023") is no other figure.
      between =
        (kind[i] === NUMBER && isYear(cx.tokens, i) === null) || key[i] === ';' || key[i] === '.';
    if (between || q.first - m.last >= nearest) continue;
    nearest = q.first - m.last;
    named = m;
  }
  if (named === null) return null;
  // The owner: the country its clause names before the partner ("Chinese trade with", "the
  // North's commerce with", "Russian customs figures show bilateral trade with"), not one named
  // only as the owner of a body that tells of it; else the side of the exchange the partner
  // faces, the economy the text speaks of, or the partner's usual side.
  const opens = clauseStart(facts, named.first);
  let owner: string | null = null;
  for (const m of facts.countries) {
    if (m.first < opens || m.last >= named.first || m.code === named.code) continue;
    // "commerce with Moscow was $30m, against $2bn with Beijing": another figure's partner.
    if (wordBefore(cx.tokens, m) === 'with') continue;
    if (m.source ? recordsTrade(cx, facts, m) : !ownsATradeBody(cx, m)) owner = m.code;
  }
  owner ??=
    counterpart(cx.lex, named.code) ??
    (input.economy !== named.code ? input.economy : null) ??
    tradePartner(cx.lex, named.code);
  return owner !== null && owner !== named.code ? { owner, partner: named.code } : null;
}

/** The trade word nearest a figure, as a span to measure countries from. */
function tradeWordNear(
  cx: Scan,
  facts: SentenceFacts,
  q: QuantityMatch,
): { first: number; last: number } | null {
  // The nearest word's place, kept as a number: one record at the end, not one per nearer word.
  let bestAt = -1;
  let bestDistance = Infinity;
  for (const { at, cues } of facts.categoryCues) {
    if (!isTrade(cues) || namesABody(cx, at)) continue;
    const d = distance(q, at, at + 1);
    if (d < bestDistance) {
      bestAt = at;
      bestDistance = d;
    }
  }
  return bestAt < 0 ? null : { first: bestAt, last: bestAt + 1 };
}

const NEAR = new Set(lexicon.data.nearPlaceWords);

/** Whether every mention of `code` in the sentence follows a word that only places ("near China"). */
function onlyNear(cx: Scan, facts: SentenceFacts, code: string): boolean {
  let named = false;
  for (const m of facts.countries) {
    if (m.source || m.code !== code) continue;
    if (!NEAR.has(wordBefore(cx.tokens, m))) return false;
    named = true;
  }
  return named;
}

function nearestByDistance(
  facts: SentenceFacts,
  q: { readonly first: number; readonly last: number },
  exclude: string | null,
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const m of facts.countries) {
    if (m.source || m.code === exclude) continue;
    const d = distance(q, m.first, m.last);
    if (d < bestDistance) {
      best = m.code;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * "traded goods worth $226 million, up 21% from November": a figure of change is said of the
 * figure it changes, so it takes that figure's category, parties and period (the date after
 * "from" is the base of the comparison, not the period). The figure before it comes first.
 */
export function sayOfChanged(
  claims: readonly ExtractedClaim[],
  quantities: readonly QuantityMatch[],
): ExtractedClaim[] {
  return claims.map((claim, k) => {
    const q = quantities[k];
    if (q && BASES.has(q)) return comparedWith(claims, { k, quantities }) ?? claim;
    if (!q?.change) return claim;
    let level = -1;
    for (let j = k - 1; j >= 0 && level < 0; j--) if (!quantities[j]?.change) level = j;
    for (let j = k + 1; j < claims.length && level < 0; j++) if (!quantities[j]?.change) level = j;
    // Not `claims[-1]`: a read below the first index turns this load megamorphic.
    const of = level >= 0 ? claims[level] : undefined;
    if (!of) return claim;
    // A share or change has no rate of its own: "90 percent of $1,000 a month" is no monthly figure.
    const period = of.period && periodOf(of.period, null);
    const dated = period && (period.start !== null || period.end !== null) ? period : null;
    // "received 100 missiles, and half of them have been fired at Ukraine", "fuel prices fell by
    // a fifth": a share or change read in its own right keeps its reading.
    if (SETTLED.has(quantities[k]!)) return claimWith(claim, { period: claim.period ?? dated });
    // "15,000 soldiers served, of whom a quarter were killed": the part killed is casualties.
    if (claim.category === 'casualties' && PEOPLE_CATEGORIES.has(of.category))
      return claimWith(claim, { from: of.from, to: null, period: dated });
    // "rose 3.7% last year, after growing 3.1% in 2023": a change dated in its own right keeps it.
    const own = claim.period && (claim.period.start !== null || claim.period.end !== null);
    return claimWith(claim, {
      category: of.category,
      from: of.from,
      to: of.to,
      period: own ? claim.period : dated,
    });
  });
}

/** The base of a comparison, read as the figure before it in its sentence, with its own period. */
function comparedWith(
  claims: readonly ExtractedClaim[],
  at: { readonly k: number; readonly quantities: readonly QuantityMatch[] },
): ExtractedClaim | null {
  const claim = claims[at.k]!;
  for (let j = at.k - 1; j >= 0; j--) {
    const q = at.quantities[j];
    if (!q || q.change || BASES.has(q)) continue;
    const of = claims[j]!;
    return claimWith(claim, { category: of.category, from: of.from, to: of.to });
  }
  return null;
}
