import type { Attribution } from '../domain/index.ts';
import { CUE_ACRONYM, CUE_QUANTITY, CUE_SOURCE, lexicon, tableOf, type Scan } from './lexicon.ts';
import { pairsOf } from './phrase-table.ts';
import { keyAt, NUMBER, PUNCT, UNKNOWN, WORD, type Tokens } from './tokenize.ts';
import { isPairAt } from './word-table.ts';

/** Who a sentence credits for what it states, and where that credit sits in the sentence. */
export interface SourceCue {
  /** Token position used to measure distance to a figure. */
  readonly at: number;
  /** Tokens naming the source, which direction rules must not read as a party. */
  readonly nameFrom: number;
  readonly nameTo: number;
  /** Null for "he added", "the report said": resolved to the source last named. */
  readonly attribution: Attribution | null;
  /** For a back-reference: whether it points at a person ("she", "the lawmaker") or a body. */
  readonly toPerson: boolean;
  /** For a back-reference with a noun ("the agency"): that noun, to find the body it names. */
  readonly head: string | null;
  /** For a named source: whether the name reads as a person's ("Kim Min-seo", "Rep. Lee"). */
  readonly person: boolean;
  /** The words of the cue's source as written ("the minister"), for a back-reference with nothing before it. */
  readonly text: string;
  readonly insideQuote: boolean;
  /** Whether the cue's clause describes the figure just before it with no pronoun: "the rounds Seoul believes". */
  readonly contact: boolean;
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

const QUANTIFIERS = new Set(['one', 'some', 'many']);

function isNameToken(cx: Scan, i: number): boolean {
  const { lex, tokens } = cx;
  const kind = tokens.kind[i];
  const key = tokens.key[i] ?? '';
  if (kind === WORD)
    return !lex.clauseStops.has(key) || (tokens.capital[i] === 1 && key !== 'that' && key !== 'it');
  // "according to 38 North": a number opens a name only with the word that completes it.
  if (kind === NUMBER) return numberedNameAt(tokens, i);
  // Name-internal punctuation: "U.S.", "Seong-kweun", "Moo-jin", "Korea's".
  return (
    (key === '.' || key === '-' || key === "'") && i > 0 && tokens.end[i - 1] === tokens.start[i]
  );
}

const NUMBERED_NAMES = new Set(lexicon.data.numberedNames);

/**
 * Whether the number at `i` opens a name with the capitalized word right after it ("38 North"),
 * and the name ends there: "38 North Korean soldiers" counts soldiers.
 */
function numberedNameAt(tokens: Tokens, i: number): boolean {
  return (
    tokens.kind[i + 1] === WORD &&
    tokens.capital[i + 1] === 1 &&
    tokens.capital[i + 2] !== 1 &&
    NUMBERED_NAMES.has(`${tokens.key[i] ?? ''} ${tokens.key[i + 1] ?? ''}`)
  );
}

/** Whether token `i` may open a name: a capital, or a number that opens one ("38 North"). */
function opensName(tokens: Tokens, i: number): boolean {
  return tokens.capital[i] === 1 || numberedNameAt(tokens, i);
}

const DETERMINERS = new Set(['a', 'an', 'the']);
const FIRST_PERSON = new Set(lexicon.data.firstPersonWords);

/** Whether token `i` is the first person: "we", "our"; not "US" in "US officials said". */
export function firstPersonAt(tokens: Tokens, i: number): boolean {
  return FIRST_PERSON.has(tokens.key[i] ?? '') && !allCapitals(tokens, i);
}
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'it']);
/** The writer as the subject of a clause: "officials I have spoken to". */
const WRITER_SUBJECTS = new Set(['i', 'we']);
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
/** Words that start a clause inside what would otherwise read as an appositive. */
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whose',
  'where',
  'while',
  'as',
  'because',
  'or',
]);

const FIGURE_NOUNS = new Set(lexicon.data.figureNouns);

function appositive(cx: Scan, at: number, limit: number): string | null {
  const { lex, tokens } = cx;
  if (tokens.key[at] !== ',') return null;
  // ", about half of all shells …": a figure, not a description of the source.
  const qualifier = lex.qualifiers.match(tokens, at + 1, limit);
  if (lex.fractions.match(tokens, qualifier ? qualifier.end : at + 1, limit)) return null;
  let end = at + 1;
  while (
    end < limit &&
    tokens.key[end] !== ',' &&
    tokens.key[end] !== '.' &&
    tokens.key[end] !== ';' &&
    tokens.key[end] !== '"' &&
    !(end > at + 1 && CLAUSE_WORDS.has(tokens.key[end] ?? '')) &&
    end - at < 20
  )
    end++;
  if (end === at + 1) return null;
  // ", which reports in won", ", as ties deepen", ", or KOTRA": a clause, not a description.
  if (CLAUSE_WORDS.has(tokens.key[at + 1] ?? '')) return null;
  // ", after hundreds of migrants left": a clause that opens with a conjunction or preposition.
  if (!tokens.capital[at + 1] && lex.clauseStops.has(tokens.key[at + 1] ?? '')) return null;
  // ", a total the bureau accepted": a description of the figure, not of its source.
  const head = DETERMINERS.has(tokens.key[at + 1] ?? '') ? at + 2 : at + 1;
  if (FIGURE_NOUNS.has(tokens.key[head] ?? '')) return null;
  // ", a sign that …": a description with no name in it says nothing of who the source is.
  let named = false;
  for (let i = at + 1; i < end; i++) if (tokens.capital[i]) named = true;
  if (!named) return null;
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
  if (match !== null && match.end === to) return true;
  // "the 478-page report", "the annual survey": "the report" with lower-case words between.
  if (tokens.key[from] !== 'the' || to - from < 3 || !BACK_NOUNS.has(tokens.key[to - 1] ?? ''))
    return false;
  for (let i = from + 1; i < to - 1; i++) {
    // "the Japanese ministry": a country's adjective describes the body as lower-case words do.
    const country = tokens.capital[i] ? lex.countries.match(tokens, i, to - 1) : null;
    if (country) i = country.end - 1;
    else if (tokens.capital[i] || (tokens.kind[i] === PUNCT && tokens.key[i] !== '-')) return false;
  }
  return true;
}

/** The nouns of the lexicon's "the X" back-references: "report", "agency", "researchers". */
const BACK_NOUNS = new Set(
  lexicon.data.backReferences
    .filter((p) => p.startsWith('the ') && !p.includes(' ', 4))
    .map((p) => p.slice(4)),
);

/**
 * "officials I have spoken to", "analysts we interviewed": the last word of the plural noun a
 * relative clause without "who" follows, opened by the writer's "I" or "we"; `j` when none.
 */
function beforeContactClause(
  tokens: Tokens,
  at: { readonly j: number; readonly from: number },
): number {
  const { j, from } = at;
  for (let k = j; k > from && j - k < MAX_RELATIVE_CLAUSE; k--) {
    if (tokens.kind[k] !== WORD) return j;
    const key = tokens.key[k] ?? '';
    if (!WRITER_SUBJECTS.has(key)) continue;
    const noun = tokens.key[k - 1] ?? '';
    // ("Diplomats I have met": a capital opening the clause is no name.)
    const common = !tokens.capital[k - 1] || k - 1 === from;
    return k < j && tokens.kind[k - 1] === WORD && noun.endsWith('s') && common ? k - 1 : j;
  }
  return j;
}

/**
 * Whether token `j` is a verb of putting out in a clause whose subject is "it" or "they" and whose
 * object is the document before it: "data it released", "figures they published".
 */
function publishedBy(cx: Scan, j: number): boolean {
  const { key } = cx.tokens;
  const pronoun = key[j - 1] ?? '';
  if (pronoun !== 'it' && pronoun !== 'they') return false;
  const document = key[j - 2] ?? '';
  if (!cx.lex.sourceNouns.has(document) && !DOCUMENT_NOUNS.has(document)) return false;
  return cx.lex.publicationVerbs.has(key[j] ?? '') || HANDLING.has(key[j] ?? '');
}

/**
 * The body whose capitalized name opens a sentence and ends in a body's noun ("Russia's Federal
 * Customs Service stopped …"), as a cue; null when the sentence opens otherwise.
 */
function openingBody(
  cx: Scan,
  span: { readonly from: number; readonly to: number },
): SourceCue | null {
  const { lex, tokens } = cx;
  const first = tokens.key[span.from] === 'the' ? span.from + 1 : span.from;
  let last = -1;
  for (let i = first; i < span.to && i - first < SUBJECT_REACH; i++) {
    if (tokens.kind[i] === WORD && (tokens.capital[i] || hyphenBefore(tokens, i))) last = i;
    else if (tokens.key[i] === "'" && tokens.key[i + 1] === 's') i++;
    // ("The Korea Trade-Investment Promotion Agency": a hyphen inside a word of the name.)
    else if (
      !hyphenAfter(tokens, i - 1) &&
      !(CONNECTORS.has(tokens.key[i] ?? '') && tokens.capital[i + 1])
    )
      break;
  }
  if (last < first || !lex.bodyNouns.has(tokens.key[last] ?? '')) return null;
  if (
    SENTENCE_OPENERS.has(tokens.key[first] ?? '') ||
    onlyCountry(cx, { from: first, to: last + 1 })
  )
    return null;
  const place = placeOf(tokens, { at: last + 1, from: first, to: last + 1, quoted: false });
  return named(cx, place, { name: place.text, affiliation: null });
}

/** Whether a word of saying can only be a verb: "found", "said"; not "estimates", "report". */
function verbOnly(cx: Scan, key: string): boolean {
  const { lex } = cx;
  return lex.speechVerbs.has(key) && !lex.nounLikeSpeechVerbs.has(key) && !lex.sourceNouns.has(key);
}

/** A name after the cue, running until punctuation or a clause word. */
function nameAfter(cx: Scan, from: number, limit: number): number {
  const { tokens } = cx;
  let i = from;
  while (i < limit && i - from < MAX_NAME_TOKENS) {
    const key = tokens.key[i] ?? '';
    // "a person familiar with the plans", "officials briefed on the talks": what singles the
    // informants out belongs to their name.
    if (i > from && linkAt(tokens, i) && INFORMANT_PEOPLE.has(tokens.key[i - 1] ?? '')) {
      i = linkedEnd(cx, { at: i + 2, limit });
      break;
    }
    // "researchers at the Korea Institute", "University of North Korean Studies": a connector
    // stays in the name when a capitalized name follows it.
    if (CONNECTORS.has(key) && i > from) {
      const next = DETERMINERS.has(tokens.key[i + 1] ?? '') ? i + 2 : i + 1;
      // "by Ukraine in January": a date after the name is no part of it.
      if (dateWord(cx, next)) break;
      // "the UN panel of experts": people a body is made of belong to its name.
      if (!opensName(tokens, next) && !(key === 'of' && INFORMANTS.has(tokens.key[next] ?? '')))
        break;
      i = next;
      continue;
    }
    // "confirmed by Tokyo alone would mean": a word that limits the name is no part of it.
    if (i > from && tokens.capital[i - 1] && key === 'alone') break;
    // "the study by the Kiel Institute found": the verb ends the name.
    if (!isNameToken(cx, i) || (i > from && verbOnly(cx, key))) break;
    // "a report by X of RUSI examines the trade", "by the Forum was released": so does a verb
    // in lower case after the name.
    if (i > from && capitalized(tokens, i - 1) && verbAfterName(cx, i)) break;
    // "a report by the Hyundai Research Institute released on Tuesday": a participle of handling
    // after a proper name describes the document, not the body.
    if (i > from && tokens.capital[i - 1] && !tokens.capital[i] && HANDLING.has(key)) break;
    i++;
  }
  return i;
}

/**
 * Verbs that only help another ("was released", "has published"); not the adverbs of time that
 * may also stand after a name ("reported by the daily earlier").
 */
const AUXILIARY_VERBS = new Set([
  'has',
  'have',
  'had',
  'would',
  'will',
  'did',
  'does',
  'do',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
]);

/**
 * Whether the lower-case word at `i`, right after a name, is a verb and not a noun the name goes
 * on with ("South Korean officials", "Russian customs data"): an auxiliary or a negation ("was
 * released", "no longer"), a verb of counting or publishing with something after it ("tracks
 * tankers", "publishes its"), or another word followed by an article ("examines the", "led the").
 */
function verbAfterName(cx: Scan, i: number): boolean {
  const { lex, tokens } = cx;
  if (tokens.kind[i] !== WORD || tokens.capital[i] || hyphenBefore(tokens, i)) return false;
  const key = tokens.key[i] ?? '';
  if (AUXILIARY_VERBS.has(key) || BE_FORMS.has(key) || NEGATIONS.has(key)) return true;
  const next = tokens.key[i + 1] ?? '';
  // ("according to UN records.", "Kpler tracks show": the noun of the same spelling.)
  if (lex.observationVerbs.has(key) || lex.publicationVerbs.has(key))
    return tokens.kind[i + 1] !== PUNCT && !lex.speechVerbs.has(next);
  if (subjectNoun(cx, i) || lex.sourceNouns.has(key) || EVIDENCE.has(key) || modifiesNoun(cx, i))
    return false;
  // "…, and said Minsk sent 400 more": a figure right after the word makes it the name's verb.
  return DETERMINERS.has(next) || POSSESSIVES.has(next) || figureVerbAt(tokens, i);
}

/**
 * Whether the lower-case word at `i` is a verb with a figure for its object ("Minsk sent 400",
 * "Oslo paid about $9m"); a preposition before a year or a count ("in 2024") is none.
 */
function figureVerbAt(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== WORD || tokens.capital[i] || PREPOSITIONS.has(tokens.key[i] ?? '')) {
    return false;
  }
  return tokens.kind[i + 1] === NUMBER || FIGURE_OPENERS.has(tokens.key[i + 1] ?? '');
}

/** Words that open a figure after its verb: "sent another 400", "paid about $9m". */
const FIGURE_OPENERS = new Set([
  'another',
  'about',
  'around',
  'some',
  'nearly',
  'roughly',
  'almost',
  '$',
  '\u20ac',
  '\u00a3',
]);

const INFORMANT_LINKS = new Map(Object.entries(lexicon.data.informantLinks));
/** The links by word id (`tableOf`): asked of every word of a name and every step back to a subject. */
const INFORMANT_PAIRS = tableOf(
  [...INFORMANT_LINKS].map(([word, link]) => [word, new Set([link])] as const),
);

/** Whether token `i` and the next are a link that singles out informants: "familiar with". */
function linkAt(tokens: Tokens, i: number): boolean {
  // (Not before the first token: an index below zero reads the keys by name, not by position.)
  return i >= 0 && isPairAt(INFORMANT_PAIRS, tokens, i);
}

/** Informants a link may follow: the lexicon's and plain "people", "person". */
const INFORMANT_PEOPLE = new Set([...lexicon.data.informantNouns, 'people', 'person']);

/** How many words the matter after a link may run to: "the North's troop rotations". */
const LINKED_WORDS = 5;

/** The end of the matter after an informants' link: words up to punctuation or a clause word. */
function linkedEnd(cx: Scan, input: { readonly at: number; readonly limit: number }): number {
  const { tokens } = cx;
  let k = input.at;
  while (
    k < input.limit &&
    k - input.at < LINKED_WORDS &&
    tokens.kind[k] === WORD &&
    !CLAUSE_WORDS.has(tokens.key[k] ?? '') &&
    !verbOnly(cx, tokens.key[k] ?? '')
  )
    k++;
  return k;
}

/** Tokens `from`…`to` that name a source, found from token `at`, and whether they stand in a quotation. */
interface NameSpan {
  readonly at: number;
  readonly from: number;
  readonly to: number;
  readonly quoted: boolean;
}

interface CuePlace {
  readonly text: string;
  readonly at: number;
  readonly nameFrom: number;
  readonly nameTo: number;
  readonly insideQuote: boolean;
}

/** The place of a source named by tokens `from`…`to`, found from token `at`. */
function placeOf(tokens: Tokens, span: NameSpan): CuePlace {
  return {
    text: textOf(tokens, span.from, span.to),
    at: span.at,
    nameFrom: span.from,
    nameTo: span.to,
    insideQuote: span.quoted,
  };
}

/**
 * Whether the name of a source reads as that of a person: capitalized words only, with no article or
 * possessive, not a country and not ending in a body's noun ("Kim Min-seo", "Defense Minister
 * Shin Won-sik", "Lee"; not "South Korea", "the Bank of Korea", "KIDA").
 */
function personLike(cx: Scan, place: CuePlace): boolean {
  const { lex, tokens } = cx;
  let words = 0;
  let last = '';
  let end = place.nameTo;
  for (let i = place.nameFrom; i < place.nameTo; i++) {
    const key = tokens.key[i] ?? '';
    // "Rep. Lee Seong-kweun of the ruling party": the affiliation is not part of the name.
    if (i > place.nameFrom && CONNECTORS.has(key) && !tokens.capital[i + 1]) {
      end = i;
      break;
    }
    if (tokens.kind[i] !== WORD) {
      if (key === "'") return false;
      continue;
    }
    // "Seong-kweun": a part joined by a hyphen belongs to the capitalized word before it.
    if (keyAt(tokens.key, i - 1) === '-' && tokens.start[i] === tokens.end[i - 1]) continue;
    if (!tokens.capital[i] || DETERMINERS.has(key)) return false;
    words++;
    last = key;
  }
  if (words === 0 || lex.bodyNouns.has(last)) return false;
  if (words === 1 && allCapitals(tokens, place.nameFrom)) return false;
  // "Traders say", "Report:": people of a kind or a document, not a named person.
  if (words === 1 && (INFORMANTS.has(last) || lex.sourceNouns.has(last))) return false;
  const country = lex.countries.match(tokens, place.nameFrom, end);
  return !country || country.end < end;
}

function allCapitals(tokens: Tokens, i: number): boolean {
  const start = tokens.start[i]!;
  const end = tokens.end[i]!;
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The length of the longest of the lexicon's empty source words ("neither"). */
const EMPTY_WORD_LONGEST = Math.max(0, ...[...lexicon.emptySourceWords].map((w) => w.length));

/**
 * A parse that left no source ("the", "both") or a source's document ("The ministry's assessment",
 * "a claim the ministry") as the name: the first points back at the source last named, the others at
 * the body they name, so the claim is credited to a source and never to a fragment.
 */
function repairName(cx: Scan, place: CuePlace, name: string): SourceCue | null {
  const { lex } = cx;
  const space = name.indexOf(' ');
  // Most names open with a word longer than any empty word ("Ukraine's", "officials"), and need
  // no lower-cased copy of it to be looked up.
  const first = space < 0 ? name.length : space;
  const startsEmpty =
    (first <= EMPTY_WORD_LONGEST || lex !== lexicon) &&
    lex.emptySourceWords.has(name.slice(0, first).toLowerCase());
  if (startsEmpty && onlyEmptyWords(name, lex.emptySourceWords))
    return cue(retext(place, ''), {
      attribution: null,
      toPerson: false,
      head: null,
      person: false,
    });
  // Only a lowercase phrase can be a description of a source rather than a proper name. Most
  // names are proper names, so this test runs before the name is split into words.
  if (capitalAfterFirst(name)) return null;
  // Both descriptions need a possessive ("the ministry's") or an empty first word ("a claim the
  // ministry"): "officials", "analysts" and the like end here, unsplit.
  if (!startsEmpty && !name.includes("'") && !name.includes('\u2019')) return null;
  // "Ukraine's military intelligence": a name that opens with a capitalized possessive is a
  // proper name, as the test after the split below finds too; most possessives end here.
  if (opensCapitalPossessive(name, first)) return null;
  // The text's typographic apostrophe ("the ministry’s") reads as the typewriter one; the words
  // keep their length, so the name written out below is cut from the text as it stands.
  const words = name.toLowerCase().replaceAll('\u2019', "'").split(' ');
  let ownerEnd = words.findIndex((w) => w.endsWith("'s"));
  if (ownerEnd < 0) {
    // "a claim the ministry": the body named after a later article.
    if (!lex.emptySourceWords.has(words[0] ?? '')) return null;
    ownerEnd = words.length - 1;
    const article = words.findLastIndex((w, k) => k > 0 && lex.emptySourceWords.has(w));
    if (article < 0) return null;
    const head = words[ownerEnd] ?? '';
    if (!lex.bodyNouns.has(head)) return null;
    return backTo(place, head, name.split(' ').slice(article).join(' '));
  }
  const head = (words[ownerEnd] ?? '').slice(0, -2);
  // "Ukraine's military intelligence agency" is a name; only "the ministry's …" describes one.
  const written = name.split(' ');
  if (/^[A-Z]/.test(written[ownerEnd] ?? '') || !lex.bodyNouns.has(head)) return null;
  return backTo(
    place,
    head,
    written
      .slice(0, ownerEnd + 1)
      .join(' ')
      .slice(0, -2),
  );
}

/** Whether `name` starts with an ASCII capital and its first word, `first` long, ends in "'s" or "’s". */
function opensCapitalPossessive(name: string, first: number): boolean {
  const c = name.charCodeAt(0);
  const s = name.charCodeAt(first - 1);
  const apostrophe = name.charCodeAt(first - 2);
  return (
    c >= 65 && c <= 90 && (apostrophe === 39 || apostrophe === 0x2019) && (s === 115 || s === 83)
  );
}

/** Whether every space-separated word of `name`, lower-cased, is in `words`; stops at the first that is not. */
function onlyEmptyWords(name: string, words: ReadonlySet<string>): boolean {
  let from = 0;
  for (;;) {
    const space = name.indexOf(' ', from);
    const to = space < 0 ? name.length : space;
    if (!words.has(name.slice(from, to).toLowerCase())) return false;
    if (space < 0) return true;
    from = space + 1;
  }
}

/** Whether a name has a second word that starts with a capital: "Orbital Ledger". */
function secondWordCapital(name: string): boolean {
  const space = name.indexOf(' ');
  const c = space < 0 ? 0 : name.charCodeAt(space + 1);
  return c >= 65 && c <= 90;
}

/** Whether an ASCII capital appears anywhere after the first character. */
function capitalAfterFirst(name: string): boolean {
  for (let k = 1; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function backTo(place: CuePlace, head: string, text: string): SourceCue {
  return cue(retext(place, text), { attribution: null, toPerson: false, head, person: false });
}

function named(cx: Scan, place: CuePlace, attribution: Attribution): SourceCue {
  const repaired = repairName(cx, place, attribution.name ?? '');
  if (repaired) return repaired;
  return cue(place, {
    attribution,
    toPerson: false,
    head: null,
    person:
      (personLike(cx, place) || titledName(cx, place)) &&
      !describesBody(cx, attribution.affiliation),
  });
}

/**
 * "South Korea's defence minister Ahn Gyu-back", "the intelligence chief Kyrylo Budanov": a title
 * a back-reference uses for a person, then a name of two capitalized words or more, is a person,
 * so a later "he" finds them.
 */
function titledName(cx: Scan, place: CuePlace): boolean {
  const { tokens } = cx;
  let i = place.nameTo - 1;
  let words = 0;
  for (; i > place.nameFrom; i--) {
    if (
      tokens.key[i] === '-' ||
      (tokens.key[i - 1] === '-' && tokens.start[i] === tokens.end[i - 1])
    )
      continue;
    if (tokens.kind[i] !== WORD || !tokens.capital[i]) break;
    words++;
  }
  return (
    words >= 2 &&
    PERSON_NOUNS.has(tokens.key[i] ?? '') &&
    !cx.lex.bodyNouns.has(tokens.key[place.nameTo - 1] ?? '')
  );
}

/**
 * "A spokesman for the Southern Forces, Ivan Petrenko, said": the name after a title is a
 * person's when it has a given name and a surname, though the title itself is no name.
 */
function asNamedPerson(cx: Scan, credited: SourceCue): SourceCue {
  const name = credited.attribution?.name ?? '';
  const space = name.lastIndexOf(' ');
  if (credited.attribution === null || space < 0) return credited;
  if (cx.lex.bodyNouns.has(name.slice(space + 1).toLowerCase())) return credited;
  return asPerson(credited);
}

/** The same cue, its source a person. */
function asPerson(c: SourceCue): SourceCue {
  return remarked(c, true, c.contact);
}

/** "Northline Maritime Analytics, a Singapore-based ship-tracking firm": a description of a body. */
function describesBody(cx: Scan, affiliation: string | null): boolean {
  // Most affiliations are proper names ("Asan Institute"): those never start with an article.
  if (!affiliation || !/^(?:an?|the) /i.test(affiliation)) return false;
  return cx.lex.bodyNouns.has(affiliation.slice(affiliation.lastIndexOf(' ') + 1).toLowerCase());
}

interface CueAbout {
  readonly attribution: Attribution | null;
  readonly toPerson: boolean;
  readonly head: string | null;
  readonly person: boolean;
}

/** A place with other words: a literal, not a spread, so every place keeps one object shape. */
function retext(place: CuePlace, text: string): CuePlace {
  return {
    text,
    at: place.at,
    nameFrom: place.nameFrom,
    nameTo: place.nameTo,
    insideQuote: place.insideQuote,
  };
}

/** The same cue, marked as the clause of the figure before it. */
export function asContact(c: SourceCue): SourceCue {
  return remarked(c, c.person, true);
}

/** A cue with its two marks set, as a literal in the one shape every cue has (see `cue`), not a spread. */
function remarked(c: SourceCue, person: boolean, contact: boolean): SourceCue {
  return {
    at: c.at,
    nameFrom: c.nameFrom,
    nameTo: c.nameTo,
    attribution: c.attribution,
    toPerson: c.toPerson,
    head: c.head,
    person,
    text: c.text,
    insideQuote: c.insideQuote,
    contact,
  };
}

/** One object shape for every cue, so the loops that read cues stay monomorphic. */
function cue(place: CuePlace, about: CueAbout): SourceCue {
  return {
    at: place.at,
    nameFrom: place.nameFrom,
    nameTo: place.nameTo,
    attribution: about.attribution,
    toPerson: about.toPerson,
    head: about.head,
    person: about.person,
    text: place.text,
    insideQuote: place.insideQuote,
    contact: false,
  };
}

/** The nouns of the lexicon's "the X" person references: "minister", "chief", "lawmaker". */
const PERSON_NOUNS = new Set(
  lexicon.data.personReferences
    .filter((p) => p.startsWith('the ') && !p.includes(' ', 4))
    .map((p) => p.slice(4)),
);

/**
 * "Park said, citing the bureau": the source named after the "citing" at token `i`, a
 * back-reference ("citing the agency") or a name; null when none follows.
 */
export function citedAt(
  cx: Scan,
  at: { readonly i: number; readonly quoted: boolean },
): SourceCue | null {
  const { lex, tokens } = cx;
  const from = at.i + 1;
  const back = lex.backReferences.match(tokens, from, tokens.length);
  if (back && (back.end >= tokens.length || tokens.kind[back.end] === PUNCT))
    return backReference(cx, placeOf(tokens, { at: at.i, from, to: back.end, quoted: at.quoted }));
  // "citing the RFB.": the article and a closing stop are no part of the name, which then finds
  // the body the text named in full before.
  const start =
    DETERMINERS.has(tokens.key[from] ?? '') && tokens.capital[from + 1] ? from + 1 : from;
  let stop = start;
  while (stop < tokens.length && stop - start <= MAX_NAME_TOKENS && !sentenceStop(tokens, stop))
    stop++;
  const end = nameAfter(cx, start, stop);
  if (end <= start) return null;
  const place = placeOf(tokens, { at: at.i, from: start, to: end, quoted: at.quoted });
  return named(cx, place, { name: place.text, affiliation: null });
}

/** Whether the token at `i` is a full stop that ends a sentence, not one inside "U.S.". */
function sentenceStop(tokens: Tokens, i: number): boolean {
  return tokens.key[i] === '.' && (i + 1 >= tokens.length || tokens.start[i + 1] !== tokens.end[i]);
}

/** "she added", "the agency said": resolved later against the sources already named. */
function backReference(cx: Scan, place: CuePlace): SourceCue {
  const { lex, tokens } = cx;
  const person = lex.personReferences.match(tokens, place.nameFrom, place.nameTo);
  const last = place.nameTo - 1;
  const head =
    last > place.nameFrom && tokens.kind[last] === WORD ? (tokens.key[last] ?? null) : null;
  return cue(place, {
    attribution: null,
    // "the intelligence chief" points at a person as "the chief" does.
    toPerson:
      (person !== null && person.end === place.nameTo) ||
      (head !== null && tokens.key[place.nameFrom] === 'the' && PERSON_NOUNS.has(head)),
    head,
    person: false,
  });
}

/**
 * How far "at" may follow a verb of valuing: "put the value of Russia's payments to North Korea for
 * arms and troops at …" names what it values at length.
 */
const VALUATION_REACH = 24;
const NEGATIONS = new Set(['never', 'not', 'no']);
const DATE_LINKS = new Set(['in', 'on', 'since', 'during', 'until', 'by', 'between']);
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'latest', 'only']);
/** How far a counted object may follow a verb of counting: "counted at least 24". */
const OBJECT_REACH = 3;
/** How far the "of" of a counted object's noun phrase may follow the verb: "exports to North Korea of". */
const OBJECT_PHRASE_REACH = 9;
/** How far after "at" the value must start: "at between $1.2bn and …", "at no less than $2 billion". */
const VALUE_REACH = 6;
/** Relative pronouns that let a clause describe the source before its verb. */
const RELATIVES = new Set(['which', 'who', 'that']);
/** How far a relative clause may run between a source and its verb: "gunners who have captured stocks say". */
const MAX_RELATIVE_CLAUSE = 8;
/** How long an appositive between a subject and its verb may be. */
const MAX_APPOSITIVE = 30;
/** Words after a verb form that is also a plural noun which show it is the verb: "the report states that". */
const VERB_FOLLOWERS = new Set(['that', ',', '"', ':', '.', ';']);

/** Words a year follows: "August 2023", "the end of 2025", "in 2024". */
const YEAR_LINKS = new Set(['of', 'in', 'since', 'and', 'to', 'from', 'for']);

/** Whether a number token is a year after a month or a linking word: "August 2023", "of 2025". */
function yearAt(cx: Scan, k: number): boolean {
  const { tokens } = cx;
  const start = tokens.start[k]!;
  if (tokens.end[k]! - start !== 4) return false;
  const century = tokens.text.slice(start, start + 2);
  if (century !== '19' && century !== '20') return false;
  const prev = tokens.key[k - 1] ?? '';
  return YEAR_LINKS.has(prev) || cx.lex.months.has(prev);
}

/** "the Korea Institute for Defense Analyses (KIDA)": the token before an acronym in brackets. */
function beforeAcronym(tokens: Tokens, j: number, from: number): number {
  if (j > from && tokens.key[j] === ')') {
    let open = j - 1;
    while (open > from && tokens.key[open] !== '(' && j - open < 6) open--;
    if (tokens.key[open] === '(') return open - 1;
  }
  return j;
}

/** Whether a number starts within reach of `at`: the value after "puts … at". */
function valueWithin(tokens: Tokens, span: { readonly at: number; readonly to: number }): boolean {
  for (let n = span.at; n < span.to && n < span.at + VALUE_REACH; n++) {
    if (tokens.kind[n] === NUMBER) return true;
    // "placed its guns at the front, where 40 howitzers stood": the place, not a value.
    const key = tokens.key[n];
    if (key === ',' || key === ';' || key === '.') return false;
  }
  return false;
}

/** Two-word compounds by their first word ("think" → "tank"): no string built per token. */
const SPEECH_COMPOUNDS = tableOf(pairsOf(lexicon.data.speechCompounds));
/** Adverbs that deny the verb after them: "never", "no longer" (two words, by their first). */
const NEGATING_WORDS = new Set(lexicon.data.negatingAdverbs);
const NEGATING_PAIRS = tableOf(pairsOf(lexicon.data.negatingAdverbs));

/** Whether token `i` and the next make a compound: "think tank", "wrote off". */
function compoundAt(tokens: Tokens, i: number): boolean {
  return isPairAt(SPEECH_COMPOUNDS, tokens, i);
}

/** Whether a hyphen follows token `i` with no space: "478-page", "think-tank". */
function hyphenAfter(tokens: Tokens, i: number): boolean {
  return tokens.key[i + 1] === '-' && tokens.end[i] === tokens.start[i + 1];
}

/** Words after a noun of reckoning that show it is no verb: "his estimate was", "its estimate,". */
const NOUN_FOLLOWERS = new Set(['was', 'is', 'of', ',', '.', ')', 'had', 'has']);

/**
 * Whether a word of saying is a noun its owner holds: "its previous estimate,", "his central
 * estimate was"; a possessive one or two words before, and no object after.
 */
function ownedNoun(tokens: Tokens, i: number): boolean {
  const owner = POSSESSIVES.has(keyAt(tokens.key, i - 1) ?? '')
    ? i - 1
    : POSSESSIVES.has(keyAt(tokens.key, i - 2) ?? '') && tokens.kind[i - 1] === WORD
      ? i - 2
      : -1;
  return owner >= 0 && NOUN_FOLLOWERS.has(tokens.key[i + 1] ?? '.');
}

/** Words after which a participle of counting describes a noun: "with recorded exports". */
const PREPOSITIONS = new Set(['with', 'of', 'in', 'to', 'for', 'from', 'on', 'at', 'by', 'than']);

/** Subjects of a plain plural verb that are no plural noun: "they estimate", "people estimate". */
const PLURAL_SUBJECTS = new Set(['they', 'we', 'i', 'you', 'people']);

/** Whether token `k` is a lower-case word no plain plural verb agrees with ("high", "item"). */
function singularBefore(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== WORD || tokens.capital[k]) return false;
  const word = tokens.key[k] ?? '';
  return !word.endsWith('s') && !PLURAL_SUBJECTS.has(word);
}

/** Words that open a reported clause right after its verb: "estimates the North's economy grew". */
const CLAUSE_STARTS = new Set(['the', '\u2014', ...POSSESSIVES]);

/**
 * Whether a verb form that is also a plural noun ("estimates", "finds") stands between a subject
 * and the clause it reports: "the central bank estimates the economy grew", "Seoul estimates
 * about 600 died", "the team finds Russian deliveries topped". Its noun stands after an
 * article or a possessive ("the estimates", "Seoul's estimates"), or before a verb of its own.
 */
function clauseAfterSubject(cx: Scan, i: number): boolean {
  const { tokens } = cx;
  const key = tokens.key[i] ?? '';
  if (!key.endsWith('s') || i < 1) return false;
  // "Map Shows …" opening a headline in title case: a noun and its verb are both capitalized,
  // and nothing tells the verb from the plural noun; "Kyiv claims North Korea …" keeps it.
  if (i === 1 && tokens.capital[i] === 1) return false;
  if (tokens.key[i - 1] === ',')
    return (
      handledAppositive(cx, i - 1) || (describedOpener(cx, i - 1) && clauseStartsAt(cx, i + 1))
    );
  if (i > 1 && spacedDash(tokens, i - 1))
    return describedOpener(cx, i - 1) && clauseStartsAt(cx, i + 1);
  if (tokens.kind[i - 1] !== WORD) return false;
  const before = tokens.key[i - 1] ?? '';
  if (DETERMINERS.has(before) || POSSESSIVES.has(before) || possessiveBefore(tokens, i))
    return false;
  // "imagery shows 40 tankers": evidence is no source, and its verb is read where evidence is.
  if (EVIDENCE.has(before)) return false;
  // "Imagery of the yard this year shows 45 cars": the subject ends in a name or a body's noun,
  // or is a maker's report or data ("Kpler data shows", "the MSMT's latest report shows").
  if (
    tokens.capital[i - 1] !== 1 &&
    !cx.lex.bodyNouns.has(before) &&
    !(cx.lex.sourceNouns.has(before) && madeBy(cx, i - 1))
  )
    return false;
  return handledSubject(cx, i) || clauseStartsAt(cx, i + 1);
}

/** Whether a reported clause may open at `next`: a figure, an article, a possessive or a name. */
function clauseStartsAt(cx: Scan, next: number): boolean {
  const { tokens } = cx;
  return (
    tokens.kind[next] === NUMBER ||
    (cx.cues[next]! & CUE_QUANTITY) !== 0 ||
    CLAUSE_STARTS.has(tokens.key[next] ?? '') ||
    tokens.capital[next] === 1
  );
}

/** `capitalized` that never reads before the first token ("Min-jun" needs two before it). */
function nameWord(tokens: Tokens, k: number): boolean {
  return tokens.capital[k] === 1 || (k > 1 && capitalized(tokens, k));
}

/** Words inside a name that opens a sentence: "The", "Institute for …", "Park Min-jun". */
const NAME_JOINTS = new Set(['the', 'of', 'for', 'and', '-', "'", 's']);
/** How many words the name that opens a sentence before its appositive may run to. */
const NAMED_OPENER_REACH = 8;

/**
 * Whether the comma (or spaced dash) before a verb closes an appositive on the name that opens
 * the sentence:
 * "Choi Min-ho, an analyst at the Institute, estimates the plants can …", "The Forum, a think tank
 * in Oslo, finds North Korean output …". The appositive opens with an article or "who" after a
 * capitalized word, and only capitalized words and the joints of a name stand before that.
 */
function describedOpener(cx: Scan, close: number): boolean {
  const { key } = cx.tokens;
  const mark = key[close] ?? ',';
  let open = close - 1;
  while (open > 0 && key[open] !== mark && key[open] !== '"' && close - open < MAX_APPOSITIVE)
    open--;
  if (open < 2 || key[open] !== mark) return false;
  const head = key[open + 1] ?? '';
  if (!DETERMINERS.has(head) && head !== 'who') return false;
  let k = beforeAcronym(cx.tokens, open - 1, 0);
  if (k < 0 || !nameWord(cx.tokens, k)) return false;
  for (const stop = Math.max(0, k - NAMED_OPENER_REACH); k > stop; k--) {
    if (cx.tokens.newline[k] !== 0 || sentenceStop(cx.tokens, k - 1)) return true;
    if (!nameWord(cx.tokens, k - 1) && !NAME_JOINTS.has(key[k - 1] ?? '')) return false;
  }
  return k === 0;
}

/** "people familiar with the matter", "people close to the talks": people some phrase singles out. */
function describedPeople(tokens: Tokens, s: number, j: number): boolean {
  return tokens.key[s] === 'people' && s < j;
}

/** The verbs that join a reckoning to its clause: "KIDA's estimate is that …". */
const VERDICT_LINKS = new Set(['is', 'was']);

/**
 * "KIDA's estimate is that …", "the Pentagon's latest assessment was that …": the owner of a
 * reckoning stated as a clause is its source. The owner is a name (a capital before "'s").
 */
function ownedVerdict(
  cx: Scan,
  input: { readonly at: number; readonly from: number; readonly quoted: boolean },
): SourceCue | null {
  const { tokens } = cx;
  const { at } = input;
  const linked = VERDICT_LINKS.has(tokens.key[at + 1] ?? '') && tokens.key[at + 2] === 'that';
  // "the Bank of Korea's estimate that the economy grew 3.7%": the clause the noun holds, told
  // from a relative "that" ("Seoul's estimate that was published") by the subject after it.
  const holds = tokens.key[at + 1] === 'that' && clauseStartsAt(cx, at + 2);
  if (!linked && !holds) return null;
  const noun = cx.lex.reportAdjectives.has(tokens.key[at - 1] ?? '') ? at - 1 : at;
  if (!possessiveBefore(tokens, noun)) return null;
  const owner = noun - 3;
  if (owner < input.from || tokens.capital[owner] !== 1) return null;
  let s = walkBack(cx, { j: owner, from: input.from }) + 1;
  // ("Kyiv rejected Seoul's estimate that …": inside a clause, only the name owns the noun.)
  if (holds)
    for (let k = owner; k > s; k--)
      if (!nameWord(tokens, k - 1) && !NAME_JOINTS.has(tokens.key[k - 1] ?? '')) {
        s = k;
        break;
      }
  if (s > owner) return null;
  const place = placeOf(tokens, { at, from: s, to: owner + 1, quoted: input.quoted });
  return named(cx, place, splitAffiliation(tokens, s, owner + 1));
}

/** Nouns of a reckoning that are no source noun ("figure"), and the words of a stated one. */
const OWNED_FIGURE_NOUNS = new Set(lexicon.data.ownedFigureNouns);
const RECKONING_MODIFIERS = new Set(lexicon.data.reckoningModifiers);
const RECKONING_VERBS = new Set(lexicon.data.reckoningLinks);
/** Adverbs between a reckoning's verb and its figure: "stands now at". */
const STATED_ADVERBS = new Set(['now', 'still', 'currently', 'already']);
/** How far a reckoning's "of" or "for" phrase may run: "for killed and wounded combined". */
const RECKONED_REACH = 8;
/** How far an aside on a reckoning may run: ", a rougher measure,". */
const RECKONING_ASIDE = 6;
/** How many tokens a figure's words may open with before its number: "more than 6,000". */
const FIGURE_OPENING = 3;

/**
 * Whether a number stands within a few tokens of `k`: "about 6,000", "more than 100" (not
 * "higher, at", whose words of change carry the quantity bit too).
 */
function figureNear(cx: Scan, span: { readonly at: number; readonly to: number }): boolean {
  const stop = Math.min(span.to, span.at + FIGURE_OPENING);
  for (let k = span.at; k < stop; k++) if (cx.tokens.kind[k] === NUMBER) return true;
  return false;
}

/**
 * Whether the reckoning noun at `at` is said to be a figure: "… figure for the dead is about
 * 6,000", "… estimate, a rougher measure, stands at 30,000", "… last public figure, more than 100,".
 */
function statesFigure(cx: Scan, span: { readonly at: number; readonly to: number }): boolean {
  const { key, kind } = cx.tokens;
  const { to } = span;
  let k = span.at + 1;
  if (key[k] === 'of' || key[k] === 'for') {
    // ("Seoul's estimate of 600 dead": the figure the reckoning is of.)
    if (key[k] === 'of' && figureNear(cx, { at: k + 1, to })) return true;
    const stop = Math.min(to, k + RECKONED_REACH);
    for (k++; k < stop && !RECKONING_VERBS.has(key[k] ?? '') && key[k] !== ','; k++)
      if (kind[k] !== WORD && key[k] !== '-' && key[k] !== "'") return false;
  }
  if (key[k] === ',') {
    if (figureNear(cx, { at: k + 1, to })) return true;
    const stop = Math.min(to, k + RECKONING_ASIDE);
    for (k++; k < stop && key[k] !== ','; k++) if (kind[k] !== WORD) return false;
    if (key[k] !== ',') return false;
    k++;
  }
  if (!RECKONING_VERBS.has(key[k] ?? '')) return false;
  k++;
  if (STATED_ADVERBS.has(key[k] ?? '')) k++;
  if (key[k] === 'at') k++;
  return figureNear(cx, { at: k, to });
}

const REVISING_VERBS = new Set(lexicon.data.revisingVerbs);
/** Verbs of counting a country may say through its officials: "as Seoul counts 28,000 containers". */
const COUNTING_VERBS = new Set(lexicon.data.countingVerbs);
/** Words between a subject and its verb of revising: "has also raised". */
const REVISION_AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'again', 'now', 'since']);
/** How far the "to" of a revised reckoning may follow its noun: "… of soldiers killed in the war to". */
const REVISED_REACH = 10;

/**
 * "The agency also raised its estimate of soldiers killed to about 2,000", "Seoul has revised its
 * count to 4,700": a source that changes its own reckoning to a figure states it. The source is
 * the subject of the sentence.
 */
function revisedBy(cx: Scan, input: NameSpan): SourceCue | null {
  const { key, kind } = cx.tokens;
  const { at, from, to } = input;
  let m = at - 1;
  if (m > from && RECKONING_MODIFIERS.has(key[m] ?? '')) m--;
  // ("Seoul raises death estimate to 300": a headline drops the possessive.)
  if (m > from && (POSSESSIVES.has(key[m] ?? '') || key[m] === 'the')) m--;
  if (m <= from || !REVISING_VERBS.has(key[m] ?? '')) return null;
  m++;
  let k = at + 1;
  const stop = Math.min(to, k + REVISED_REACH);
  while (k < stop && key[k] !== 'to') {
    if (kind[k] !== WORD && key[k] !== '-') return null;
    k++;
  }
  if (key[k] !== 'to' || !figureNear(cx, { at: k + 1, to })) return null;
  let j = m - 2;
  while (j > from && REVISION_AUXILIARIES.has(key[j] ?? '')) j--;
  // ("Last week Japan's defence ministry": a phrase fronted before the subject is no name.)
  const s = Math.max(walkBack(cx, { j, from }) + 1, subjectStart(cx, { from, to: j }));
  // A name or a body's noun ends the subject; else the sentence's subject ("It", "the agency").
  if (s > j) return subjectOf(cx, { at: m - 1, from, quoted: input.quoted });
  // "the South Korean agency had raised its estimate": a description is the body named before.
  if (key[s] === 'the' && cx.tokens.capital[j] !== 1 && cx.lex.bodyNouns.has(key[j] ?? ''))
    return backReference(cx, placeOf(cx.tokens, { at, from: s, to: j + 1, quoted: input.quoted }));
  if (
    (cx.tokens.capital[j] !== 1 && !cx.lex.bodyNouns.has(key[j] ?? '')) ||
    PRONOUN_SPEAKERS.has(key[s] ?? '') ||
    isBackReference(cx, s, j + 1)
  )
    return subjectOf(cx, { at: m - 1, from, quoted: input.quoted });
  const place = placeOf(cx.tokens, { at, from: s, to: j + 1, quoted: input.quoted });
  return named(cx, place, splitAffiliation(cx.tokens, s, j + 1));
}

/** How far a headline's colon may stand when a possessive names its source: "MSMT's first report:". */
const POSSESSIVE_LABEL_REACH = 6;
/** How many lower-case words may stand between the possessive and its noun: "first report". */
const LABEL_MODIFIERS = 2;

/**
 * Where the name ends when the words that open a line before a colon are the body or document
 * of a name, in lower case: "Ukraine's intelligence", "MSMT's first report", "Seoul's spy agency"
 * (not "Kim's gamble"); -1 for any other words.
 */
function possessiveLabel(cx: Scan, span: { readonly from: number; readonly to: number }): number {
  const { key, kind, capital, newline } = cx.tokens;
  const { from, to } = span;
  if (from > 0 && newline[from] === 0) return -1;
  const last = key[to - 1] ?? '';
  if (capital[to - 1] || !(cx.lex.bodyNouns.has(last) || cx.lex.sourceNouns.has(last))) return -1;
  let k = to - 1;
  while (
    k > from &&
    to - 1 - k < LABEL_MODIFIERS &&
    kind[k - 1] === WORD &&
    !capital[k - 1] &&
    key[k - 1] !== 's'
  )
    k--;
  if (k - 3 < from || !possessiveBefore(cx.tokens, k)) return -1;
  for (let n = from; n < k - 2; n++) if (kind[n] !== WORD || capital[n] !== 1) return -1;
  return k - 2;
}

/**
 * "HUR's figure for the dead is about 6,000", "The JCS figure, a rougher measure, stands at
 * 30,000", "Seoul's latest count was 600": the owner a reckoning is said to be a figure of is
 * its source. The owner is a name before "'s", or an acronym after "the".
 */
function ownedFigure(cx: Scan, input: NameSpan): SourceCue | null {
  const { tokens } = cx;
  const { at, from } = input;
  let m = at;
  while (m > from && at - m < 2 && RECKONING_MODIFIERS.has(tokens.key[m - 1] ?? '')) m--;
  const ownerEnd =
    m - from >= 3 && possessiveBefore(tokens, m)
      ? m - 2
      : m - from >= 2 && tokens.key[m - 2] === 'the' && allCapitals(tokens, m - 1)
        ? m
        : -1;
  if (ownerEnd < 0 || tokens.capital[ownerEnd - 1] !== 1) return null;
  if (!statesFigure(cx, input)) return null;
  const owner = ownerEnd - 1;
  let s = walkBack(cx, { j: owner, from }) + 1;
  // ("Kyiv rejected Seoul's estimate of 600": only the name owns the noun.)
  for (let k = owner; k > s; k--)
    if (!nameWord(tokens, k - 1) && !NAME_JOINTS.has(tokens.key[k - 1] ?? '')) {
      s = k;
      break;
    }
  if (s > owner) return null;
  const place = placeOf(tokens, { at, from: s, to: ownerEnd, quoted: input.quoted });
  return named(cx, place, splitAffiliation(tokens, s, ownerEnd));
}

/**
 * Whether a report or data at `n` names its maker just before it: "Kpler data", "the MSMT
 * report", "RUSI's new study". A capitalized word opening the sentence may be a plain adjective
 * ("Official data"), so there only an acronym or a possessive names a maker.
 */
function madeBy(cx: Scan, n: number): boolean {
  const { tokens } = cx;
  let k = n - 1;
  if (cx.lex.reportAdjectives.has(keyAt(tokens.key, k) ?? '')) k--;
  const owned = possessiveBefore(tokens, k + 1);
  if (owned) k -= 2;
  if (k < 0 || tokens.capital[k] !== 1) return false;
  const opens = k === 0 || tokens.key[k - 1] === '"' || sentenceStop(tokens, k - 1);
  return owned || !opens || allCapitals(tokens, k);
}

/**
 * Whether the words before a verb are a thing someone handled: "imagery analysed by the Centre
 * shows new sheds", where the name after "by" is no noun "shows" could be the plural of.
 */
function handledSubject(cx: Scan, i: number): boolean {
  const participle = participleAt(cx, i - 1, Math.max(0, i - PARTICIPLE_REACH - 1));
  return (
    participle >= 0 &&
    HANDLING.has(cx.tokens.key[participle] ?? '') &&
    cx.tokens.key[participle + 1] === 'by'
  );
}

/**
 * Whether the comma before a verb closes an appositive on the one who handled its subject:
 * "imagery analysed by the Centre, a research group in Oslo, shows". The appositive opens with an
 * article after a name.
 */
function handledAppositive(cx: Scan, close: number): boolean {
  const { key, capital } = cx.tokens;
  let open = close - 1;
  while (open > 0 && key[open] !== ',' && key[open] !== '"' && close - open < MAX_APPOSITIVE)
    open--;
  if (key[open] !== ',' || !DETERMINERS.has(key[open + 1] ?? '') || capital[open - 1] !== 1)
    return false;
  return handledSubject(cx, open);
}

/**
 * Whether the words before the comma at `open` are a phrase fronted before the subject ("In a
 * report published in May, the Team, a body …, found"), not a name a title follows.
 */
function frontedPhrase(
  tokens: Tokens,
  at: { readonly open: number; readonly from: number },
): boolean {
  let k = at.open - 1;
  while (k > at.from && tokens.key[k - 1] !== ',' && at.open - k < MAX_APPOSITIVE) k--;
  return SENTENCE_OPENERS.has(tokens.key[k] ?? '');
}

/** Infinitives after which a plural-noun form is a verb: "claims to have intercepted". */
const CLAIMED_INFINITIVES = new Set(['have', 'be']);
/** The verb whose infinitive is the speaker's own claim: "claims to have intercepted". */
const CLAIMING = new Set(['claim', 'claims', 'claimed']);

/**
 * The bounds of "as high as", "as low as" after a verb that values a figure ("put as many as 5,000
 * troops on the border" moves troops).
 */
const VALUE_BOUNDS = new Set(lexicon.data.valuationBounds);

/** The forms of "add", a verb of saying that also sums. */
const ADDING = new Set(['added', 'adds', 'add']);
/** How far a figure "added" sums may follow it: "added an estimated 200,000". */
const ADDED_REACH = 3;

/**
 * Whether "added" sums a figure rather than says something: a figure right after it ("added
 * another $300 million") with no verb of its own clause after ("added 300 had died" says).
 */
function addsFigure(cx: Scan, at: { readonly i: number; readonly to: number }): boolean {
  const { tokens } = cx;
  let k = at.i + 1;
  while (k < at.to && k <= at.i + ADDED_REACH && (cx.cues[k]! & CUE_QUANTITY) === 0) {
    if (tokens.kind[k] !== WORD || tokens.key[k] === 'that') return false;
    k++;
  }
  if (k >= at.to || (cx.cues[k]! & CUE_QUANTITY) === 0) return false;
  for (let n = k + 1; n < at.to && n <= k + ADDED_CLAUSE_REACH; n++) {
    const key = tokens.key[n] ?? '';
    if (CLAUSE_VERBS.has(key) || key === 'were' || key === 'are') return false;
    if (tokens.kind[n] === PUNCT && key !== '-' && key !== '.') return true;
  }
  return true;
}

/** How far after the figure a verb would show "added" opens a reported clause: "added 300 had". */
const ADDED_CLAUSE_REACH = 6;

/** Verbs in progress by the plain form read in their place: "saying" → "says", "citing" a figure → "counts". */
const PROGRESSIVE = new Map(Object.entries(lexicon.data.progressiveVerbs));
const THAT_SPEECH = new Set(lexicon.data.thatSpeechVerbs);
/** Forms of "tell" that may tell a story rather than say something. */
const TELLING_FORMS = new Set(['tell', 'tells', 'told', 'telling']);
const STORY_NOUNS = new Set(lexicon.data.storyNouns);
/** How far after "tells" its story noun may stand: "tells the rest of its story". */
const STORY_REACH = 6;

/**
 * Whether "tells" at `i` tells a story, not a figure: "port data tells a different story",
 * "the depot tells the rest of the story". An article or possessive must follow the verb, and the
 * story must end there ("told the story of 200 soldiers" is a telling of its own).
 */
function tellsStory(tokens: Tokens, i: number, to: number): boolean {
  const first = tokens.key[i + 1] ?? '';
  if (!DETERMINERS.has(first) && !POSSESSIVES.has(first)) return false;
  for (let k = i + 2; k < to && k <= i + STORY_REACH; k++) {
    const key = tokens.key[k] ?? '';
    if (tokens.kind[k] !== WORD || key === 'that') return false;
    if (!STORY_NOUNS.has(key)) continue;
    const next = tokens.key[k + 1] ?? '.';
    return next !== 'of' && next !== 'about';
  }
  return false;
}
/** The forms of "be" a verb in progress follows: "was saying", "are estimating". */
const PROGRESSIVE_BE = new Set(['was', 'were', 'is', 'are']);
/** Adverbs that may stand between "was" and the verb in progress: "is now saying". */
const PROGRESSIVE_ADVERBS = new Set(['now', 'still', 'also', 'already', 'again']);

/**
 * The form of "be" before the "-ing" word at `i` when it is a verb of saying or counting in
 * progress ("was saying that", "is now putting the toll at", "was counting about 3,000"), read as
 * its plain form; -1 for any other word. A verb of saying needs its "that", so "were reporting
 * for duty as 3,000 arrived" is none, and "is counting on a bridge" counts nothing.
 */
function progressiveAt(cx: Scan, at: { readonly i: number; readonly to: number }): number {
  const { tokens } = cx;
  const { i, to } = at;
  const plain = PROGRESSIVE.get(tokens.key[i] ?? '');
  if (plain === undefined) return -1;
  const be = PROGRESSIVE_ADVERBS.has(tokens.key[i - 1] ?? '') ? i - 2 : i - 1;
  if (!PROGRESSIVE_BE.has(tokens.key[be] ?? '') || !speaks(cx, { i, to, key: plain })) return -1;
  if (!cx.lex.speechVerbs.has(plain)) return be;
  // ("telling lawmakers that": a listener may stand before the clause.)
  for (let k = i + 1; k < to && k <= i + OBJECT_REACH; k++) {
    if (tokens.key[k] === 'that') return be;
    if (tokens.kind[k] !== WORD) return -1;
  }
  return -1;
}

/** Whether a verb form counts as a speech verb here: "member states", "puts pressure on" do not. */
function speaks(
  cx: Scan,
  at: { readonly i: number; readonly to: number; readonly key?: string },
): boolean {
  const { lex, tokens } = cx;
  const { i, to } = at;
  const key = at.key ?? tokens.key[i] ?? '';
  if (lex.speechVerbs.has(key)) {
    // "declared 300 tonnes at customs", "declared the town retaken": no saying without "that".
    // ("pointed out that": the verb's particle may stand before its "that".)
    const that = tokens.key[i + 1] === 'out' ? i + 2 : i + 1;
    if (THAT_SPEECH.has(key) && tokens.key[that] !== 'that') return false;
    // "ferry bookings tell the tale": a verb of telling with a story for its object says nothing.
    if (TELLING_FORMS.has(key) && tellsStory(tokens, i, to)) return false;
    // "the United States": a word of a country's name is no verb.
    if (tokens.capital[i] && lex.countries.match(tokens, i - 1, i + 1)?.end === i + 1) return false;
    // "the North's estimated shortfall": after a possessive the participle describes a noun.
    if (describedByOwner(tokens, i)) return false;
    // "a London think tank", "Moscow wrote off the debt": a noun or a phrasal verb; "a Washington
    // think-tank": a word joined to the next by a hyphen is part of a compound.
    if (compoundAt(tokens, i) || hyphenAfter(tokens, i)) return false;
    // "wages added another $300 million", "rail added an estimated 200,000 barrels": a sum.
    // ("The team counted the containers … and added an estimated 250 missiles": a reckoning's
    // step, of the subject before.)
    if (ADDING.has(key) && tokens.key[i - 1] !== 'and' && addsFigure(cx, { i, to })) return false;
    // "his central estimate was", "up from 7,000 in its previous estimate,": the reckoning is a
    // noun its owner holds, and the sentence's verb of saying is elsewhere.
    if (ownedNoun(tokens, i)) return false;
    // "the high estimate for", "an item-by-item estimate.": the plain form after a word no
    // plural verb agrees with, and before a word that ends a noun phrase, is a noun ("Ukrainian
    // intelligence estimate that" stays a verb).
    if (
      lex.sourceNouns.has(key) &&
      !key.endsWith('s') &&
      singularBefore(tokens, i - 1) &&
      (NOUN_FOLLOWERS.has(tokens.key[i + 1] ?? '.') || tokens.key[i + 1] === 'for')
    )
      return false;
    if (!lex.nounLikeSpeechVerbs.has(key)) return true;
    // "there are reliable reports that": what exists is a noun, and no one says it.
    if (existentialBefore(tokens, i)) return false;
    return (
      i + 1 >= to ||
      clauseAfterSubject(cx, i) ||
      VERB_FOLLOWERS.has(tokens.key[i + 1] ?? '.') ||
      PRONOUN_SPEAKERS.has(tokens.key[i - 1] ?? '') ||
      // "the air force claims to have shot down 30": an infinitive of having done or being.
      (tokens.key[i + 1] === 'to' && CLAIMED_INFINITIVES.has(tokens.key[i + 2] ?? '')) ||
      // "which the bank estimates at some 30 trillion won": a verb that values a figure.
      (tokens.key[i + 1] === 'at' && valueWithin(tokens, { at: i + 2, to }))
    );
  }
  // "puts the toll at 3,000" values a figure; "put 5,000 troops at the border" moves troops.
  if (lex.valuationVerbs.has(key)) {
    // "…, which would put its worth at": what a figure would come to is reasoned from it, not
    // reckoned by the noun "which" describes.
    if (MODALS.has(tokens.key[i - 1] ?? '') && MODAL_RELATIVES.has(tokens.key[i - 2] ?? ''))
      return false;
    for (let k = i + 1; k < to && k <= i + VALUATION_REACH; k++) {
      const next = tokens.key[k] ?? '';
      // "put earnings between August 2023 and the end of 2025 at": a year is no count.
      if ((tokens.kind[k] === NUMBER && !yearAt(cx, k)) || next === '.' || next === ';')
        return false;
      // "has put the share as high as 60%": a bound the figure right after it reaches.
      if (next === 'as' && VALUE_BOUNDS.has(tokens.key[k + 1] ?? '') && tokens.key[k + 2] === 'as')
        return valueWithin(tokens, { at: k + 3, to });
      if (!lex.valuationMarkers.has(next)) continue;
      if (next !== 'at') return true;
      return valueWithin(tokens, { at: k + 1, to });
    }
    return false;
  }
  // "the border service logged 9,400 arrivals", "the firm tracked 40 tankers": one
  // who counts is the source of the count; "recorded trade", "tracks the war" count nothing.
  if (lex.observationVerbs.has(key)) {
    // "North Korea's recorded trade", "had never recorded": no one counted anything; "the $2.79
    // billion recorded in 2018": a participle that describes a figure.
    const prev = tokens.key[i - 1] ?? '';
    if (describedByOwner(tokens, i) || NEGATIONS.has(prev)) return false;
    // "the single-track bridge": the end of a compound is no verb.
    if (hyphenBefore(tokens, i)) return false;
    // "compares with recorded exports of $290 million": after a preposition or an article the
    // participle describes a noun; no one is counting.
    if (PREPOSITIONS.has(prev) || DETERMINERS.has(prev)) return false;
    if (tokens.kind[i - 1] === NUMBER || lex.scales.has(prev)) return false;
    // "estimated recorded trade at", "put recorded trade at": right after a verb of saying or
    // valuing the participle describes its object; that verb speaks.
    if (lex.speechVerbs.has(prev) || lex.valuationVerbs.has(prev)) return false;
    let reach = i + OBJECT_REACH;
    for (let k = i + 1; k < to && k <= Math.max(reach, i + OBJECT_PHRASE_REACH); k++) {
      // "recorded in 2018": a date, not a count.
      if (k <= reach && DATE_LINKS.has(tokens.key[k] ?? '')) return false;
      // "documents the deployment of more than 11,000 troops", "recorded refined-product exports
      // to North Korea of $2.3 million": the count after "of" is the object's.
      if (tokens.key[k] === 'of' && reach === i + OBJECT_REACH) reach = k + OBJECT_REACH;
      if (k <= reach && (cx.cues[k]! & CUE_QUANTITY) !== 0) return true;
      if (tokens.kind[k] === PUNCT && tokens.key[k] !== '-') return false;
    }
    return false;
  }
  // "X released its first report": the publisher is a source later sentences refer back to.
  if (lex.publicationVerbs.has(key)) {
    for (let k = i + 1; k < to && k <= i + 4; k++)
      if (lex.sourceNouns.has(tokens.key[k] ?? '')) return true;
  }
  return false;
}

/** Modals of what would follow, and the relatives that open a clause of what would. */
const MODALS = new Set(['would', 'could', 'might']);
const MODAL_RELATIVES = new Set(['which', 'that']);

/** Forms of "be" after "there": "there are", "there have been". */
const EXISTENTIAL_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** How many words in lower case may describe the noun after "there are": "credible new". */
const EXISTENTIAL_REACH = 3;

/**
 * Whether the plural noun at `i` is what "there is" or "there are" says exists, past a few
 * words in lower case that describe it: "there are reliable reports that", "there have been
 * claims that".
 */
function existentialBefore(tokens: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 1 - EXISTENTIAL_REACH; k--) {
    if (tokens.kind[k] !== WORD) return false;
    if (EXISTENTIAL_BE.has(tokens.key[k] ?? '')) {
      const before = tokens.key[k - 1] === 'have' || tokens.key[k - 1] === 'has' ? k - 2 : k - 1;
      return tokens.key[before] === 'there';
    }
    if (tokens.capital[k]) return false;
  }
  return false;
}

/** How many tokens a transcript's speaker label may have: "MAJ. GEN. PAT RYDER:". */
const LABEL_REACH = 10;

/**
 * A transcript's speaker label at the start of a line, in capitals before a colon: "MAJ. GEN.
 * PAT RYDER:" names the speaker; "Q:" marks a question. Null for a line without one.
 */
export function speakerLabel(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): { readonly speaker: Attribution | null } | null {
  const { tokens } = cx;
  const { from, to } = sentence;
  // The first line is a headline ("GUR: Russia has fired …"), whose colon credits a source.
  if (from === 0 || tokens.newline[from] === 0) return null;
  const speaker = repeatedLabel(tokens, from);
  if (speaker !== null) return { speaker: { name: speaker, affiliation: null } };
  if (tokens.newline[from] !== 1) return null;
  let words = 0;
  for (let c = from; c < to && c - from <= LABEL_REACH; c++) {
    if (tokens.key[c] === ':') {
      const name = textOf(tokens, from, c);
      if (name === 'Q') return { speaker: null };
      // "NIS: …" in a kicker is a credit; a speaker is named with a title or in full.
      return words >= 2 ? { speaker: { name, affiliation: null } } : null;
    }
    if (tokens.key[c] === '.') continue;
    words++;
    // "Q:" is one capital letter, which allCapitals does not count as an acronym.
    const letter = c === from && tokens.capital[c] === 1 && tokens.end[c]! - tokens.start[c]! === 1;
    if (tokens.kind[c] !== WORD || (!allCapitals(tokens, c) && !letter)) return null;
  }
  return null;
}

/** How many capitalized words an interview's speaker label may have: "Berrigan:", "NK News:". */
const TURN_WORDS = 3;

/** The text of a label of capitalized words before a colon at token `at`, or null. */
function labelAt(tokens: Tokens, at: number): string | null {
  for (let c = at; c < tokens.key.length && c - at <= TURN_WORDS; c++) {
    if (tokens.key[c] === ':') return c > at ? textOf(tokens, at, c) : null;
    if (tokens.kind[c] !== WORD || !tokens.capital[c] || (c > at && tokens.newline[c])) return null;
  }
  return null;
}

/** Per document, how many lines each label opens; built once, on the first line that has one. */
const LINE_LABELS = new WeakMap<Tokens, Map<string, number>>();

/**
 * "Berrigan: As an order of magnitude, yes.": in an interview, a label that opens two lines or
 * more and ends a full name the text gave before it ("Thomas Berrigan") names whose turn it is;
 * "Update:" or "Oil:" heading sections names no one.
 */
function repeatedLabel(tokens: Tokens, from: number): string | null {
  const label = labelAt(tokens, from);
  if (label === null || label.length < 2) return null;
  let counts = LINE_LABELS.get(tokens);
  if (!counts) {
    counts = new Map();
    for (let i = 1; i < tokens.key.length; i++) {
      if (!tokens.newline[i] || !tokens.capital[i]) continue;
      const other = labelAt(tokens, i);
      if (other !== null) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    LINE_LABELS.set(tokens, counts);
  }
  if ((counts.get(label) ?? 0) < 2) return null;
  return fullNameBefore(tokens.text, { label, before: tokens.start[from]! });
}

/**
 * The full name "Thomas Berrigan" the text gave a label "Berrigan" before offset `before`, or
 * null; a name written family name first ("Ahn Seo-jun" for "Ahn") where none ends on the label.
 */
function fullNameBefore(
  text: string,
  at: { readonly label: string; readonly before: number },
): string | null {
  const { label, before } = at;
  let familyFirst: string | null = null;
  for (let k = text.indexOf(label); k > 1 && k < before; k = text.indexOf(label, k + 1)) {
    if (text.charCodeAt(k - 1) !== 32) continue;
    const word = text.lastIndexOf(' ', k - 2) + 1;
    const c = text.charCodeAt(word);
    if (c >= 65 && c <= 90 && word < k - 1) return text.slice(word, k + label.length);
    familyFirst ??= givenNameAfter(text, { from: k, end: k + label.length });
  }
  return familyFirst;
}

/** The name from a family name at `[from, end)` through the given name after it, or null. */
function givenNameAfter(
  text: string,
  at: { readonly from: number; readonly end: number },
): string | null {
  const { from, end } = at;
  const c = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || c < 65 || c > 90) return null;
  let k = end + 2;
  for (; k < text.length; k++) {
    const d = text.charCodeAt(k);
    // Letters and the hyphen of "Seo-jun"; anything else ends the given name.
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 45)) break;
  }
  return k > end + 2 ? text.slice(from, k) : null;
}

/**
 * Whether a quotation opened in an earlier sentence of the paragraph is still open: kept by the
 * scan for sources, which already visits every quotation mark.
 */
export interface QuoteState {
  open: boolean;
}

/** Bullets that open an entry of a list on a line of its own: "- Seoul: …", "• Kyiv: …". */
const ENTRY_BULLETS = new Set(['-', '•', '*', '–', '—']);

/** The latest hour a live page's time stamp may show ("23:59", "13.35"). */
const LAST_HOUR = 24;

/** Whether `key` is a time written with a stop, as live pages do: "13.35", "9.05". */
function dottedTime(key: string): boolean {
  const stop = key.indexOf('.');
  if (stop < 1 || stop > 2 || key.length !== stop + 3) return false;
  const minutes = Number(key.slice(stop + 1));
  return Number(key.slice(0, stop)) <= LAST_HOUR && minutes < 60;
}

/** Words a long name keeps in lower case: "Centre for the Rights of Seafarers". */
const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', 'on']);

/** How many tokens a list line's name may have before its colon or its aside. */
const LIST_NAME_TOKENS = 8;

/** How many tokens a list line's label may run to its colon, an aside included. */
const LIST_LABEL_REACH = 16;

/**
 * The label of a list's line that a short label of capitals misses, as `{ nameTo, colon }`, or
 * null: a long name with words that join it ("Institute for Nordic Studies:"), a nation's body in
 * lower case ("Danish intelligence:"), either of them or a short name with an aside in lower case
 * before the colon ("Kim Ha-eun, a fellow at the Forum:", "NIS, speaking to lawmakers on May 2:"). An
 * aside that opens with "in" says what the line is about ("Russia, in numbers:").
 */
function listLabel(
  cx: Scan,
  line: { readonly from: number; readonly to: number },
): { readonly nameTo: number; readonly colon: number } | null {
  const { from, to } = line;
  const { key, kind, capital, newline } = cx.tokens;
  if (from > 0 && newline[from] === 0) return null;
  let comma = -1;
  for (let c = from + 1; c < to && c - from <= LIST_LABEL_REACH; c++) {
    const k = key[c] ?? '';
    if (k === ':') {
      const nameTo = comma > 0 ? comma : c;
      // (A label of one word with no aside is the short label's to read: "Q:" asks.)
      if (comma < 0 && c - from < 2) return null;
      // ("Live:", "Explainer:": the page's own labels, as for a short label.)
      if (cx.lex.headlineLabels.match(cx.tokens, from, nameTo)?.end === nameTo) return null;
      if (!labelName(cx, { from, to: nameTo })) return null;
      if (comma > 0 && (kind[comma + 1] !== WORD || capital[comma + 1] || key[comma + 1] === 'in'))
        return null;
      return { nameTo, colon: c };
    }
    if (k === ',') {
      if (comma > 0) return null;
      comma = c;
    } else if (kind[c] === PUNCT && k !== '.' && k !== '-' && k !== "'" && k !== '&') return null;
  }
  return null;
}

/** Whether the words `[from, to)` may name a list line's source: see `listLabel`. */
function labelName(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  const { from, to } = span;
  const { key, kind, capital } = cx.tokens;
  if (to - from > LIST_NAME_TOKENS || to <= from) return false;
  const last = key[to - 1] ?? '';
  const country = cx.lex.countries.match(cx.tokens, from, to);
  if (country && country.end < to && to - country.end <= LABEL_MODIFIERS) {
    let lower = true;
    for (let k = country.end; k < to; k++) if (kind[k] !== WORD || capital[k]) lower = false;
    if (lower) return cx.lex.bodyNouns.has(last) || KIND_WORDS.has(last);
  }
  if (!capital[from] || NAME_JOINERS.has(last)) return false;
  for (let k = from; k < to; k++) {
    if (kind[k] === WORD) {
      // ("Kim Ha-eun": the second part of a hyphened given name stays in lower case.)
      const joined = key[k - 1] === '-' && cx.tokens.start[k] === cx.tokens.end[k - 1];
      if (!capital[k] && !joined && !NAME_JOINERS.has(key[k] ?? '')) return false;
    } else if (kind[k] === PUNCT && key[k] !== '.' && key[k] !== '-' && key[k] !== "'")
      return false;
  }
  return true;
}

/**
 * Where the label of a line's entry opens: past a bullet or a live page's time stamp that opens
 * the line ("- Seoul:", "14:20 Seoul:", "13.35 Kyiv:"); the sentence's first token otherwise.
 */
function entryLabelFrom(
  tokens: Tokens,
  sentence: { readonly from: number; readonly to: number },
): number {
  const { from, to } = sentence;
  if (!tokens.newline[from] && from !== 0) return from;
  const { key, kind } = tokens;
  let at = from;
  if (ENTRY_BULLETS.has(key[at] ?? '')) at++;
  else if (kind[at] === NUMBER) {
    const first = key[at] ?? '';
    if (key[at + 1] === ':' && kind[at + 2] === NUMBER && (key[at + 2] ?? '').length === 2) {
      if (first.length > 2 || Number(first) > LAST_HOUR) return from;
      at += 3;
    } else if (dottedTime(first)) at++;
    else return from;
  }
  return at < to && tokens.capital[at] ? at : from;
}

/**
 * Finds the sources a sentence credits: "according to X", "X said", "said X, title of Y",
 * "a report by X", "X puts … at", and back-references such as "he added" or "the report said".
 */
export function findSourceCues(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
  quote?: QuoteState,
): SourceCue[] {
  const { lex, tokens } = cx;
  const cues: SourceCue[] = [];
  const { from, to } = sentence;
  // A headline credits its source before a colon: "Seoul: North Korea has sent …"; so does an
  // entry of a live page or a list, past its time or its bullet ("14:20 Seoul: …", "- Seoul: …").
  const labelFrom = entryLabelFrom(tokens, sentence);
  for (let c = labelFrom + 1; c < to && c <= labelFrom + POSSESSIVE_LABEL_REACH; c++) {
    if (tokens.key[c] !== ':') continue;
    // "Ukraine's intelligence:", "MSMT's first report:": a name's body or document, in lower case.
    const ownerEnd = possessiveLabel(cx, { from: labelFrom, to: c });
    const owned = ownerEnd > labelFrom;
    if (c > labelFrom + 4 && !owned) break;
    let capitalized = true;
    // ("Ukraine's HUR:": a possessive's "s" before an acronym leaves the words capitalized;
    // "Kim's Gamble:" names a topic, not a source.)
    for (let k = labelFrom; k < c && !owned; k++)
      if (
        tokens.kind[k] === WORD &&
        !tokens.capital[k] &&
        !(possessiveBefore(tokens, k + 1) && allCapitals(tokens, c - 1))
      )
        capitalized = false;
    // "MSMT report: Russia sent …": a document of the body its acronym names.
    if (!capitalized && c === labelFrom + 2 && allCapitals(tokens, labelFrom))
      capitalized = lex.sourceNouns.has(tokens.key[labelFrom + 1] ?? '');
    const label = lex.headlineLabels.match(tokens, labelFrom, c);
    // "Q:" opens a question in a transcript, not a source.
    const question = c === labelFrom + 1 && tokens.end[labelFrom]! - tokens.start[labelFrom]! === 1;
    if (
      capitalized &&
      !question &&
      tokens.kind[labelFrom] === WORD &&
      !(label && label.end === c)
    ) {
      // "Berrigan:" opening an interview's answer is the "Thomas Berrigan" introduced before.
      // ("MSMT's first report:" credits the report's maker, as "the MSMT's report shows" does.)
      const end = owned && lex.sourceNouns.has(tokens.key[c - 1] ?? '') ? ownerEnd : c;
      const name =
        (tokens.newline[labelFrom] ? repeatedLabel(tokens, labelFrom) : null) ??
        textOf(tokens, labelFrom, end);
      const place = { text: name, at: c, nameFrom: labelFrom, nameTo: end, insideQuote: false };
      cues.push(named(cx, place, { name, affiliation: null }));
    }
    break;
  }
  // "Institute for Nordic Studies:", "Danish intelligence:", "Kim Ha-eun, a fellow at X:": a
  // list's line whose label runs long, is a nation's body in lower case, or has an aside.
  const listed = cues.length === 0 ? listLabel(cx, { from: labelFrom, to }) : null;
  if (listed) {
    const name = textOf(tokens, labelFrom, listed.nameTo);
    const place = {
      text: name,
      at: listed.colon,
      nameFrom: labelFrom,
      nameTo: listed.nameTo,
      insideQuote: false,
    };
    cues.push(named(cx, place, { name, affiliation: null }));
  }
  const trailing = headlineCredit(cx, sentence);
  if (trailing) cues.push(trailing);
  // Quotation marks carry the source bit too, so the scan keeps track of being inside a quote,
  // one opened in a sentence before included ('… said. "What we estimate is …').
  let quoted = quote?.open ?? false;
  let countingCountry: SourceCue | null = null;
  for (let i = from; i < to; i++) {
    if ((cx.cues[i]! & CUE_SOURCE) === 0) continue;
    const key = tokens.key[i] ?? '';
    if (key === '"') {
      quoted = !quoted;
      if (quote) quote.open = quoted;
      continue;
    }
    const per = key === 'per' && creditingPer(tokens, { i, from });
    if ((key === 'according' && tokens.key[i + 1] === 'to') || per) {
      let n = per ? i + 1 : i + 2;
      // "according to the same data": the data named before, as "the data" is.
      if (
        tokens.key[n] === 'the' &&
        tokens.key[n + 1] === 'same' &&
        BACK_NOUNS.has(tokens.key[n + 2] ?? '') &&
        (n + 3 >= to || tokens.kind[n + 3] === PUNCT)
      ) {
        cues.push(backReference(cx, placeOf(tokens, { at: i, from: n, to: n + 3, quoted })));
        continue;
      }
      const back = lex.backReferences.match(tokens, n, to);
      if (
        back &&
        !tokens.capital[back.end] &&
        (back.end >= to || tokens.kind[back.end] === PUNCT)
      ) {
        const place = placeOf(tokens, { at: i, from: n, to: back.end, quoted });
        cues.push(backReference(cx, place));
        continue;
      }
      // "according to a report by researchers at …", "according to data from …"
      let k = n;
      if (DETERMINERS.has(tokens.key[k] ?? '')) k++;
      // ("according to vessel-tracking and satellite analysis by …": a hyphen joins words, and
      // "according to a 2024 study by …" dates the study.)
      while (
        k < to &&
        ((tokens.kind[k] === WORD && !tokens.capital[k]) ||
          (tokens.kind[k] === NUMBER && tokens.end[k]! - tokens.start[k]! === 4 && k > n) ||
          (tokens.key[k] === '-' && tokens.end[k - 1] === tokens.start[k])) &&
        !lex.sourceNouns.has(tokens.key[k] ?? '') &&
        k - n < SOURCE_NOUN_REACH
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
        // ("according to a study a state-run body released": a maker described in lower case.)
        const describedEnd = describedMaker(cx, { k: k + 1, to });
        if (describedEnd > 0) {
          const place = placeOf(tokens, { at: i, from: k + 1, to: describedEnd, quoted });
          const name = textOf(tokens, k + 1, describedEnd);
          cues.push(named(cx, place, { name, affiliation: null }));
          continue;
        }
        if (tokens.key[m] === 'by' || tokens.key[m] === 'from') n = m + 1;
        else {
          // "according to data the ministry submitted", "… a study … that the Centre published".
          const maker = relativeMaker(cx, { n: k, to });
          if (maker >= 0) n = maker;
        }
        if (DETERMINERS.has(tokens.key[n] ?? '')) n++;
      }
      // "according to figures cited by its executives": the source the possessive stands for.
      const owner = OWNERS.has(tokens.key[n] ?? '')
        ? ownerIn(cx, { cues, at: n, from, quoted })
        : null;
      if (owner) {
        const end = nameAfter(cx, n + 1, to);
        cues.push(cue(placeOf(tokens, { at: i, from: n, to: end, quoted }), owner));
        continue;
      }
      // "according to footage aired by state broadcaster KCTV": whoever handled it speaks.
      const handler = handledBy(cx, { at: n, to, cueAt: i, quoted });
      if (handler) {
        cues.push(handler);
        continue;
      }
      let end = nameAfter(cx, n, to);
      // "according to lawmakers who sat in on a briefing by the agency": those who relay a
      // briefing pass on its giver's figures.
      const relayed = briefer(cx, { at: end, to, quoted, cueAt: i });
      if (relayed) {
        cues.push(relayed);
        continue;
      }
      // "according to Lin's calculations": the one who reckoned, not the reckoning.
      const noun = tokens.key[end - 1] === '.' ? end - 2 : end - 1;
      if (
        noun - n > 2 &&
        possessiveBefore(tokens, noun) &&
        lex.sourceNouns.has(tokens.key[noun] ?? '')
      )
        end = noun - 2;
      // "according to Seoul's trade body, KOTRA;": the name the description gives way to.
      const renamed = end > n ? nameAfterDescription(cx, { n, end, to }) : -1;
      if (renamed > 0) {
        const place = placeOf(tokens, { at: i, from: end + 1, to: renamed, quoted });
        const name = textOf(tokens, end + 1, renamed);
        cues.push(named(cx, place, { name, affiliation: textOf(tokens, n, end) }));
        continue;
      }
      if (end > n) {
        const base = splitAffiliation(tokens, n, end);
        const extra = appositive(cx, end, to);
        const place = placeOf(tokens, { at: i, from: n, to: end, quoted });
        const first = named(cx, place, { name: base.name, affiliation: base.affiliation ?? extra });
        cues.push(first);
        // "according to Rep. Park … and Rep. Lee …": the second is remembered too, for a later
        // "Lee said"; the first still speaks for the sentence.
        const second = first.person ? secondPerson(cx, { at: i, from: end, to, quoted }) : null;
        if (second) cues.push(second);
      }
      continue;
    }
    if (VIEW_NOUNS.has(key)) {
      const viewer = viewOf(cx, { at: i, from, to, quoted });
      if (viewer) {
        cues.push(viewer);
        continue;
      }
    }
    // "figure" names a source only as a reckoning its owner states: "HUR's figure is 6,000".
    if (OWNED_FIGURE_NOUNS.has(key)) {
      const owned =
        ownedFigure(cx, { at: i, from, to, quoted }) ?? revisedBy(cx, { at: i, from, to, quoted });
      if (owned) cues.push(owned);
      continue;
    }
    if (lex.sourceNouns.has(key)) {
      const reckoner =
        ownedVerdict(cx, { at: i, from, quoted }) ??
        reckonedBy(cx, { at: i, from, to, quoted }) ??
        acronymReckoning(cx, { at: i, to, quoted }) ??
        ownedFigure(cx, { at: i, from, to, quoted }) ??
        revisedBy(cx, { at: i, from, to, quoted }) ??
        authoredBy(cx, { at: i, to, quoted }) ??
        comesFrom(cx, { at: i, to, quoted });
      if (reckoner) {
        // "…, which had slipped to 93 per cent by his calculation,": the speaker named before.
        const owner =
          reckoner.attribution === null && OWNERS.has(tokens.key[reckoner.nameFrom] ?? '')
            ? ownerIn(cx, { cues, at: reckoner.nameFrom, from, quoted })
            : null;
        cues.push(owner ? cue(retext(reckoner, owner.text), owner) : reckoner);
        continue;
      }
    }
    // "the White House was saying that", "Seoul was counting about 3,000": a verb in progress
    // speaks as its plain form does; its subject stands before the "was".
    const be = i > 1 ? progressiveAt(cx, { i, to }) : -1;
    const progressive = be > from;
    if (SPEECH_PARTICIPLES.has(key) && !progressive) {
      // ("…, the agency said, adding that": the speaker named before goes on speaking.)
      const subject =
        keyAt(tokens.key, i - 1) === ',' && cues.length === 0
          ? subjectOf(cx, { at: i, from, quoted })
          : null;
      if (subject) cues.push(subject);
      continue;
    }
    if (QUOTING.has(key)) {
      const relayed =
        quotedAs(cx, { at: i, to, quoted }) ?? quotedPassive(cx, { at: i, from, to, quoted });
      if (relayed) {
        cues.push(relayed);
        continue;
      }
    }
    if (!progressive && !speaks(cx, { i, to })) continue;
    // "the 3,000 soldiers said to be wounded", "estimated to have": a description, not a source;
    // "that adds up to $4 million", "shows up": a phrasal verb, not one of saying.
    // ("reported to the UN committee that", "told to Reuters": a listener, not an infinitive.)
    // ("The air force claims to have shot down 30": one who claims a deed of their own says it.)
    if (
      tokens.key[i + 1] === 'to' &&
      !DETERMINERS.has(tokens.key[i + 2] ?? '') &&
      !tokens.capital[i + 2] &&
      !(CLAIMING.has(key) && CLAIMED_INFINITIVES.has(tokens.key[i + 2] ?? ''))
    )
      continue;
    // "the first detailed estimate of the toll", "reports of": a noun, not a verb of saying.
    if (tokens.key[i + 1] === 'of' && !key.endsWith('ed') && key !== 'said' && key !== 'told')
      continue;
    // ("expect up to 6,000 builders" is a verb and a qualifier.)
    if (tokens.key[i + 1] === 'up' && (key.startsWith('add') || tokens.key[i + 2] !== 'to'))
      continue;
    // "as reported by Reuters", "a figure confirmed by the Pentagon": the agent of a passive says it.
    // ("…, HUR says" then "by Daria Melnyk" on the next line: a byline, not an agent.)
    const by = agentBy(cx, i);
    // "seen by this newspaper", "reviewed by our reporters": the text vouches for the figure itself.
    if (
      by > i &&
      OWN_AGENTS.has(tokens.key[by + 1] ?? '') &&
      lex.ownPublications.has(tokens.key[by + 2] ?? '')
    )
      continue;
    if (by > i && by < to && tokens.newline[by] !== 1) {
      // "This was stated by X, …, as reported by Reuters": the outlet relays what X stated.
      if (relaying(tokens, { i, from }) && cues.some((c) => c.at >= from && !c.insideQuote))
        continue;
      const agent = agentAfter(cx, { by, to, at: i, quoted });
      if (agent) {
        cues.push(agent);
        continue;
      }
    }
    const prev = progressive ? '' : (tokens.key[i - 1] ?? '');
    if (
      DETERMINERS.has(prev) ||
      // "the second confirmed capture": a participle after an ordinal describes a noun; not
      // "The NIS first disclosed".
      (ORDINALS.has(prev) &&
        (DETERMINERS.has(tokens.key[i - 2] ?? '') || POSSESSIVES.has(tokens.key[i - 2] ?? ''))) ||
      prev === 'be' ||
      prev === 'is' ||
      prev === 'are' ||
      prev === 'was' ||
      prev === 'were' ||
      prev === 'been' ||
      // "two states", "29 reports": a counted noun.
      tokens.kind[i - 1] === NUMBER
    )
      continue;
    // Subject before the verb, skipping auxiliaries ("have said", "also reported").
    let j = progressive ? be - 1 : i - 1;
    // "The report cited estimates that …": the one who cites speaks, and "estimates" is its object.
    // ("cited ministry estimates", "quoted allied-government estimates": past words in lower case
    // that describe the estimates.)
    if (lex.nounLikeSpeechVerbs.has(key)) j = citedObject(tokens, { j, from });
    let passive = false;
    // "The ministry officially recorded": an adverb stands between the subject and its verb.
    if (adverbAt(tokens, j)) j--;
    // "The institute no longer publishes", "Seoul never disclosed": a verb denied credits no one.
    // (Not at the first token: an index below zero reads the keys by name, and that one call
    // turns the keyed loads of valueAt, inlined across the engine, megamorphic.)
    if (
      NEGATING_WORDS.has(tokens.key[j] ?? '') ||
      (j > 0 && isPairAt(NEGATING_PAIRS, tokens, j - 1))
    )
      continue;
    // "What I'd say", "we've counted": the subject stands before a contracted auxiliary.
    if (contractionAt(tokens, j)) j -= 2;
    while (j >= from && lex.speechAuxiliaries.has(tokens.key[j] ?? '')) {
      if (BE_FORMS.has(tokens.key[j] ?? '')) passive = true;
      j--;
    }
    // "The envoy flew to Seoul and announced that …": a verb of saying joined by "and" to the
    // verb before it has that verb's subject, the subject of the sentence.
    if (tokens.key[j] === 'and' && j > from && cues.length === 0) {
      const subject = subjectOf(cx, { at: i, from, quoted });
      if (subject) {
        cues.push(subject);
        continue;
      }
    }
    // "Lawmakers were also told", "it was estimated": the one told is no source; whoever told
    // them is the body the text last credited, as a back-reference with no words of its own.
    if ((passive || BE_FORMS.has(tokens.key[j] ?? '')) && PARTICIPLES.has(key)) {
      if (key === 'told' && tokens.key[i + 1] !== 'by') {
        const place = { text: '', at: i, nameFrom: i, nameTo: i, insideQuote: quoted };
        cues.push(cue(place, { attribution: null, toPerson: false, head: null, person: false }));
      }
      continue;
    }
    // "…, to a regime that keeps the wages, said Han Ji-won, a fellow at …": the speaker follows.
    if (tokens.key[i - 1] === ',' && speakerAfter(cx, { at: i, to })) j = from - 1;
    // "the Pentagon on Monday said", "which in April estimated": a time between subject and
    // verb is no part of the subject's name ("captured by Kyiv in March have told" keeps its
    // time, where the span dates the capture).
    if (
      j - 2 >= from &&
      (tokens.key[j - 1] === 'on' ||
        (tokens.key[j - 1] === 'in' && RELATIVES.has(tokens.key[j - 2] ?? ''))) &&
      (dateWord(cx, j) || yearAt(cx, j))
    )
      j -= 2;
    // "the NIS, which last week told", "which earlier said": a time between the relative
    // pronoun and its verb is no part of a name either.
    j = beforeRelativeTime(cx, { j, from });
    // "port figures for the opening half of 2025 show": the period a document covers
    // is no part of its maker's name.
    j = beforePeriodCovered(cx, { j, from });
    // "KIDA, which calculated in a study …": the relative pronoun stands for the name before it.
    if (
      RELATIVES.has(keyAt(tokens.key, j) ?? '') &&
      keyAt(tokens.key, j - 1) === ',' &&
      j - 2 >= from
    )
      // ("KOTRA, Seoul's trade body, which said": the name the description follows, past it.)
      j = describedBefore(cx, { j: j - 2, from }) ? j - 1 : j - 2;
    // "the Institute for the Study of War (ISW) said": step over the acronym.
    j = beforeAcronym(tokens, j, from);
    while (j >= from && lex.speechAuxiliaries.has(tokens.key[j] ?? '')) j--;
    // "Pat Ryder, the Pentagon spokesman, said": step over the appositive.
    let appositiveText: string | null = null;
    // "The Team — an 11-nation group formed after … — found": dashes set an appositive off as
    // commas do, and may hold commas of their own.
    const dashed = j > from && tokens.key[j] !== ',' && spacedDash(tokens, j);
    const mark = dashed ? (tokens.key[j] ?? ',') : ',';
    if (dashed && !dashedAppositive(tokens, { j, from, mark })) {
      // (a dash with no partner before it opens no aside: what stands before it is kept.)
    } else if (j >= from && tokens.key[j] === mark) {
      let c = j - 1;
      while (c >= from && tokens.key[c] !== mark && tokens.key[c] !== '"' && j - c < MAX_APPOSITIVE)
        c--;
      // "The Team, set up by Oslo, Riga, Ottawa and their allies, said": a list of
      // founders holds commas of its own; the aside opens at its participle.
      if (mark === ',' && c > from) c = foundersOpen(cx, { c, from });
      if (c >= from && tokens.key[c] === mark && c > from) {
        // "the Pentagon spokesman", "a researcher at X", "Kim Yong-hyun" describe or name the
        // subject; "set up by …", "known as …", "which reports in won" do not.
        const head = tokens.key[c + 1] ?? '';
        // ("X (NGC), the first since 2019, estimated": an ordinal describes the document or
        // the act, not the body; the acronym stays the affiliation.)
        const ordinal = DETERMINERS.has(head) && ORDINALS.has(tokens.key[c + 2] ?? '');
        if ((DETERMINERS.has(head) || POSSESSIVES.has(head) || tokens.capital[c + 1]) && !ordinal)
          appositiveText = textOf(tokens, c + 1, j);
        // "The figures, compiled by the Korea Development Institute, show": the compiler speaks.
        // ("One estimate, from the Korea Institute …, suggests": the maker of the reckoning.)
        const from_ = head === 'from' && lex.sourceNouns.has(tokens.key[c - 1] ?? '');
        if ((HANDLING.has(head) && tokens.key[c + 2] === 'by') || from_) {
          const agent = agentAfter(cx, { by: from_ ? c + 1 : c + 2, to: j, at: i, quoted });
          if (agent) {
            cues.push(agent);
            continue;
          }
        }
        j = beforeAcronym(tokens, c - 1, from);
        // "Norway's Defence Ministry, in its yearly review, published on May 2, estimated":
        // asides that open with a preposition or a participle stand between subject and verb.
        for (let aside = 0; aside < MAX_ASIDES && tokens.key[j] !== ','; aside++) {
          let open = j;
          while (open > from && tokens.key[open] !== ',' && j - open < MAX_APPOSITIVE) open--;
          if (tokens.key[open] !== ',') break;
          // "Vadym Skibitskyi, deputy head of HUR, Ukraine's military intelligence agency,
          // told": a title in lower case after a name is a second appositive, and the nearer
          // one describes its body; the title holds the person's affiliation.
          const title =
            aside === 0 &&
            appositiveText !== null &&
            tokens.kind[open + 1] === WORD &&
            !tokens.capital[open + 1] &&
            !opensAside(tokens.key[open + 1] ?? '') &&
            capitalized(tokens, open - 1) &&
            !frontedPhrase(tokens, { open, from });
          if (!title && !opensAside(tokens.key[open + 1] ?? '')) break;
          if (title) appositiveText = textOf(tokens, open + 1, j + 1);
          // ("The Team (MSMT), in its first report, issued in May, counted": the acronym too.)
          j = beforeAcronym(tokens, open - 1, from);
        }
      } else {
        j = from - 1;
      }
    }
    // "Western officials I have spoken to estimate": a clause the writer opens with "I" or "we"
    // right after a plural noun describes that noun, the subject.
    if (j >= from && !quoted) j = beforeContactClause(tokens, { j, from });
    // "the last data it released put turnover at", "the figures they published show": the one
    // who put the document out speaks through it.
    if (j - 2 >= from && publishedBy(cx, j)) {
      // ("Russia's Federal Customs Service stopped …, but the data it released put": the body
      // that opens the sentence, when "it" has no source named before it in the sentence.)
      const opener =
        tokens.key[j - 1] === 'it' && cues.length === 0 ? openingBody(cx, { from, to: j }) : null;
      if (opener) {
        cues.push(
          cue(retext(placeOf(tokens, { at: i, from: j - 1, to: j, quoted }), opener.text), opener),
        );
        continue;
      }
      j--;
    }
    // "We assume that …": the text's own voice, which outranks a source the sentence mentions.
    // (Inside a quotation "we" is the speaker, whom the words outside it name.)
    if (j >= from && firstPersonAt(tokens, j) && !quoted) {
      const place = { text: '', at: i, nameFrom: j, nameTo: j + 1, insideQuote: quoted };
      cues.push(cue(place, { attribution: null, toPerson: false, head: null, person: false }));
      continue;
    }
    if (GENERIC_SPEAKERS.has(keyAt(tokens.key, j) ?? '')) continue;
    if (j >= from && PRONOUN_SPEAKERS.has(tokens.key[j] ?? '')) {
      const place = placeOf(tokens, { at: i, from: j, to: j + 1, quoted });
      // "The ministry said it had counted 9,000", "the institute estimated …, although it said":
      // the pronoun stands for the source its own sentence named before it.
      const antecedent = sameSentence(cues, { key: tokens.key[j] ?? '', quoted });
      // "Volodymyr Zelenskyy has released footage of what he says are …": "he" or "she" is the
      // person whose name opens its own sentence as the subject.
      const opener =
        antecedent || quoted || !PERSON_PRONOUNS.has(tokens.key[j] ?? '')
          ? null
          : openingPerson(cx, { from, to: j });
      cues.push(
        antecedent
          ? cue(retext(place, antecedent.text), antecedent)
          : (opener ?? backReference(cx, place)),
      );
      continue;
    }
    // The data and the team are the subject, but whoever handled the imagery credits it.
    let walkFrom = from;
    const participle = participleAt(cx, j, from);
    if (participle >= 0) {
      const link = linkAfter(tokens, participle);
      // ("Russian Railways data cited by a daily showed": whoever relays named figures does not
      // make them; their maker, named before the noun, stays the source.)
      const relayed =
        RELAYING.has(tokens.key[participle] ?? '') &&
        lex.sourceNouns.has(tokens.key[participle - 1] ?? '') &&
        tokens.capital[participle - 2] === 1;
      // ("A study published in May by X estimated": a time may stand before the agent.)
      const by = HANDLING.has(tokens.key[participle] ?? '') ? byPastTime(cx, link) : -1;
      if (by >= 0 && by < j && !relayed) walkFrom = by + 1;
      else if (relayed) j = participle - 1;
      else if (isNameToken(cx, participle - 1)) j = participle - 1;
    }
    let s = walkBack(cx, { j, from: walkFrom });
    // "Ukrainian gunners who have captured stocks say": the source stands before "who".
    // Not "vessels, which the team says made …": there the clause has a subject of its own.
    // So too past a clause word inside the relative clause: "a manager who asked not to be
    // named said", "Defectors who have worked in Russia say".
    const who = relativeWho(cx, { s, j, from });
    if (
      who >= from + 1 &&
      // "which experts say" has a subject of its own; "who" is the subject it stands for.
      !tokens.capital[who + 1] &&
      !DETERMINERS.has(tokens.key[who + 1] ?? '') &&
      !PRONOUN_SPEAKERS.has(tokens.key[who + 1] ?? '')
    ) {
      s = who;
      const k = tokens.key[s - 1] === ',' ? s - 2 : s - 1;
      const before = walkBack(cx, { j: k, from });
      if (before < k) {
        j = k;
        s = before;
      }
    }
    // "three people familiar with …", "two officials said": the count belongs to the source.
    // "the 5 million rounds Kyiv believes were fired": a capitalized name after the counted
    // noun is the subject of a clause that describes the count, and the count is no part of it.
    if (
      s >= from &&
      s < j &&
      (tokens.kind[s] === NUMBER || lex.wordNumbers.startsWith(tokens.key[s] ?? ''))
    ) {
      const subject = nameAfterCount(tokens, s + 1, j + 1);
      s = subject > s + 1 ? subject - 1 : s - 1;
    }
    s++;
    // "As the agency clarified", "But the ministry said": the clause's opening word is no name.
    if (s === from && s < j && tokens.capital[s] && SUBJECT_OPENERS.has(tokens.key[s] ?? '')) s++;
    // "In the spring the agency told", "Last week officials said": a phrase fronted before the
    // subject is no part of its name, and a verb inside a participle's phrase has no subject.
    if (s <= j && s - from <= FRONTED_REACH) {
      const start = subjectStart(cx, { from, to: j + 1 });
      if (start < 0) continue;
      if (start > s) s = start;
    }
    // "the Center for Strategic Studies (CSIS) in Washington showed", "the agency in Seoul told":
    // the place a body sits in is not the body.
    if (
      s - 2 >= walkFrom &&
      tokens.key[s - 1] === 'in' &&
      onlyCountry(cx, { from: s, to: j + 1 })
    ) {
      const before = s - 2;
      if (
        tokens.key[before] === ')' ||
        tokens.capital[before] ||
        lex.bodyNouns.has(tokens.key[before] ?? '')
      ) {
        j = beforeAcronym(tokens, before, from);
        s = walkBack(cx, { j, from: walkFrom }) + 1;
      }
    }
    if (s <= j) {
      // "One Ukrainian gunnery officer reckons", "some analysts say": a quantifier before a noun
      // counts the source, which the noun names; alone ("some say") it names no one.
      if (s < j && QUANTIFIERS.has(tokens.key[s] ?? '')) s++;
      // ("people familiar with the matter said": people a phrase describes are informants.)
      else if (GENERIC_SPEAKERS.has(tokens.key[s] ?? '') && !describedPeople(tokens, s, j))
        continue;
      // "Satellite imagery showed", "the numbers show": evidence speaks for whoever cites it, so
      // the sentence's other source or the one carried credits the figure; a maker named before
      // the noun ("Maxar imagery showed") is the source.
      // ("Images posted online suggest": bare evidence a participle describes names no maker.)
      if (handledEvidence(tokens, { s, j })) continue;
      if (EVIDENCE.has(tokens.key[j] ?? '')) {
        // ("Satellite imagery showed" opens a sentence with a capital that names no maker.)
        const maker = s < j && tokens.capital[j - 1] && (s > from || j - s >= 2);
        if (!maker || DETERMINERS.has(tokens.key[s] ?? '')) continue;
        j--;
      }
      // "more than 1,000 in a single week suggests", "captured in January have told": a span
      // of time says nothing.
      if (
        SPAN_LINKS.has(keyAt(tokens.key, s - 1) ?? '') &&
        j - s < 4 &&
        (TIME_WORDS.has(tokens.key[j] ?? '') || dateWord(cx, j))
      )
        continue;
      // '"Our estimate is 10,000," the official said': the speaker outside the quotation.
      if (quoted && firstPersonAt(tokens, s)) continue;
      // "Photos reviewed by this newspaper suggest": the publication vouches in its own voice.
      if (ownPublication(cx, { s, j })) continue;
      const place = placeOf(tokens, { at: i, from: s, to: j + 1, quoted });
      // "Seoul has counted 6,700 containers, according to …": a country counts through its
      // officials, who are the source where the sentence names them; "… as Seoul counts 28,000
      // containers", naming no one else, credits the country.
      if (lex.observationVerbs.has(key) && onlyCountry(cx, { from: s, to: j + 1 })) {
        if (COUNTING_VERBS.has(key) && countingCountry === null)
          // (Its name stays open to the direction rules: "China tallied fuel sent north" is
          // China's count of its own exports.)
          countingCountry = named(
            cx,
            { ...place, nameFrom: place.at, nameTo: place.at },
            { name: place.text, affiliation: null },
          );
        continue;
      }
      // "The defence minister, Kim Yong-hyun, told MPs": the appositive names whom the title refers to.
      const namedAfter =
        appositiveText !== null &&
        /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}$/u.test(appositiveText);
      // "The head of Ukraine's military intelligence, Kyrylo Budanov, said": so too after a
      // title with names in it, when the title itself is no person's name.
      if (
        namedAfter &&
        (isBackReference(cx, s, j + 1) || commonNoun(tokens, s, j + 1) || !personLike(cx, place))
      ) {
        const title = textOf(tokens, tokens.key[s] === 'the' ? s + 1 : s, j + 1);
        const credited = named(cx, place, { name: appositiveText, affiliation: title });
        cues.push(credited.person ? credited : asNamedPerson(cx, credited));
      } else if (OWNERS.has(tokens.key[s] ?? '') && ownedTitleBefore(tokens, { s, j }) > s) {
        // "Its spokesman Andriy Yusov said": the person named after the title speaks, for the
        // body the possessive stands for; the title is the affiliation.
        const at = ownedTitleBefore(tokens, { s, j });
        const role = textOf(tokens, s + 1, at);
        cues.push(
          named(
            cx,
            { ...place, text: textOf(tokens, at, j + 1) },
            { name: textOf(tokens, at, j + 1), affiliation: role },
          ),
        );
      } else if (
        isBackReference(cx, s, j + 1) ||
        documentPeople(cx, { s, j }) ||
        tokens.key[s] === 'it' ||
        tokens.key[s] === 'this' ||
        // "its analysts counted": the people of the body last named; "his team had identified":
        // the person's.
        (OWNERS.has(tokens.key[s] ?? '') && s < j)
      ) {
        // "the HUR said its own count showed", "Lee said his team counted": the source its own
        // sentence named before.
        const owner = ownerIn(cx, { cues, at: s, from, quoted });
        cues.push(owner ? cue(retext(place, owner.text), owner) : backReference(cx, place));
      } else {
        const base = splitAffiliation(tokens, s, j + 1);
        cues.push(
          named(cx, place, {
            name: base.name,
            affiliation: base.affiliation ?? (appositiveText ? stripRole(appositiveText) : null),
          }),
        );
      }
      continue;
    }
    // "said Yang Moo-jin, president of the University of North Korean Studies"
    let a = i + 1;
    if (lex.weekdays.has(tokens.key[a] ?? '')) a++;
    if (a < to && tokens.capital[a]) {
      const end = nameAfter(cx, a, to);
      // "…, and said Russia was taking 80%": a name before a verb is the subject of what was
      // said, not the speaker.
      if (
        end > a &&
        !holdsClauseVerb(tokens, { from: a, to: end + 1 }) &&
        !(end < to && figureVerbAt(tokens, end))
      ) {
        const place = placeOf(tokens, { at: i, from: a, to: end, quoted });
        cues.push(named(cx, place, { name: place.text, affiliation: appositive(cx, end, to) }));
      }
    } else if (tokens.key[a] === 'the' && tokens.capital[a + 1] && tokens.key[i - 1] === ',') {
      // "…, said the NIS", "…, reported the Pentagon on Monday": a body's name after its article,
      // where the comma shows the verb has no subject before it.
      const end = nameAfter(cx, a + 1, to);
      if (end > a + 1 && !holdsClauseVerb(tokens, { from: a + 1, to: end + 1 })) {
        const place = placeOf(tokens, { at: i, from: a + 1, to: end, quoted });
        cues.push(named(cx, place, { name: place.text, affiliation: appositive(cx, end, to) }));
      }
    } else if (
      a + 1 < to &&
      (tokens.key[a] === 'a' || tokens.key[a] === 'an') &&
      !lex.backReferences.match(tokens, a, to)
    ) {
      // "said a spokesman for the ministry", "said an analyst at the Stimson Center"
      const end = nameAfter(cx, a, to);
      if (end > a + 1) {
        const place = placeOf(tokens, { at: i, from: a, to: end, quoted });
        const base = splitAffiliation(tokens, a, end);
        cues.push(
          named(cx, place, {
            name: base.name,
            affiliation: base.affiliation ?? appositive(cx, end, to),
          }),
        );
      }
    } else if (strangerAfter(cx, { a, to })) {
      // "said the deputy commander of a rifle battalion": a person a description first brings
      // in, not one named before.
      const end = nameAfter(cx, a, to);
      const place = placeOf(tokens, { at: i, from: a, to: end, quoted });
      const base = splitAffiliation(tokens, a, end);
      cues.push(named(cx, place, { name: base.name, affiliation: base.affiliation }));
    } else if (a < to && lex.backReferences.match(tokens, a, to)) {
      const back = lex.backReferences.match(tokens, a, to);
      const place = placeOf(tokens, { at: i, from: a, to: back?.end ?? a, quoted });
      cues.push(backReference(cx, place));
    } else if (tokens.key[i - 1] === ',' && headlineTail(cx, { from: a, to })) {
      // "…, says spy agency": a headline drops the article a sentence would give its source.
      const place = placeOf(tokens, { at: i, from: a, to, quoted });
      cues.push(named(cx, place, { name: place.text, affiliation: null }));
    }
  }
  if (countingCountry !== null && cues.length === 0) cues.push(countingCountry);
  return cues;
}

/** How many words in lower case may stand before a stranger's noun: "the deputy commander". */
const STRANGER_WORDS = 3;

/**
 * Whether "the" at `a` opens a person a description brings in for the first time: an
 * informant's noun after a few words in lower case, then "of a" or "of an" ("the deputy
 * commander of a rifle battalion"); "the commander of the brigade" may mean one named before.
 */
function strangerAfter(cx: Scan, at: { readonly a: number; readonly to: number }): boolean {
  const { key, kind, capital } = cx.tokens;
  const { a, to } = at;
  if (key[a] !== 'the') return false;
  for (let n = a + 1; n < to && n - a <= STRANGER_WORDS; n++) {
    if (kind[n] !== WORD || capital[n]) return false;
    const noun = key[n] ?? '';
    if (INFORMANTS.has(noun) || PERSON_NOUNS.has(noun))
      return key[n + 1] === 'of' && (key[n + 2] === 'a' || key[n + 2] === 'an');
  }
  return false;
}

/**
 * Whether words `from`…`to` end a line without a full stop ("spy agency", "think tank"), a few
 * words whose last is a body's noun: a headline's source without its article.
 */
function headlineTail(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  const { lex, tokens } = cx;
  const { from, to } = span;
  if (to <= from || to - from > TRAILING_CREDIT) return false;
  if (to < tokens.key.length && tokens.newline[to] === 0) return false;
  if (!lex.bodyNouns.has(tokens.key[to - 1] ?? '')) return false;
  for (let c = from; c < to; c++) if (tokens.kind[c] !== WORD) return false;
  return true;
}

const PERSON_PRONOUNS = new Set(['he', 'she']);

/** How many words a title may have between a possessive and a name: "its deputy spokesman". */
const OWNED_TITLE_WORDS = 3;

/**
 * Where a person's name of two capitalized words or more starts after a possessive and a title in
 * lower case ("Its spokesman Andriy Yusov", "her deputy Lena Dahl"), or -1.
 */
function ownedTitleBefore(
  tokens: Tokens,
  span: { readonly s: number; readonly j: number },
): number {
  const { s, j } = span;
  let k = s + 1;
  while (k <= j && k - s <= OWNED_TITLE_WORDS && tokens.kind[k] === WORD && !tokens.capital[k]) k++;
  if (k === s + 1 || k >= j) return -1;
  for (let n = k; n <= j; n++)
    if (
      !(tokens.kind[n] === WORD && (tokens.capital[n] || hyphenBefore(tokens, n))) &&
      !hyphenAfter(tokens, n - 1)
    )
      return -1;
  return k;
}

/** Possessives that open a source's name, and the pronoun each stands for as a subject. */
const OWNERS = new Map([
  ['its', 'it'],
  ['his', 'he'],
  ['her', 'she'],
]);

/**
 * The source a possessive at `at` stands for in its own sentence: the one credited before it
 * ("Lee said his team counted"), or else for "its" the body whose name opens the sentence
 * ("Russian Railways moved 9,000 wagons, according to figures cited by its executives").
 */
function ownerIn(
  cx: Scan,
  input: {
    readonly cues: readonly SourceCue[];
    readonly at: number;
    readonly from: number;
    readonly quoted: boolean;
  },
): SourceCue | null {
  const { cues, at, from, quoted } = input;
  const key = cx.tokens.key[at] ?? '';
  const pronoun = OWNERS.get(key);
  if (pronoun === undefined) return null;
  const owner = sameSentence(cues, { key: pronoun, quoted });
  if (owner || key !== 'its' || quoted) return owner;
  // ("its" names a thing, so the opening name is a body's even where it reads like a person's.)
  const place = openingName(cx, { from, to: at });
  return place ? named(cx, place, { name: place.text, affiliation: null }) : null;
}

/**
 * The name that opens a sentence as its subject, before token `to`: two or more capitalized
 * words, then a word in lower case that is no connector ("Russian Railways moved").
 */
function openingName(
  cx: Scan,
  span: { readonly from: number; readonly to: number },
): CuePlace | null {
  const { tokens } = cx;
  const { to } = span;
  // ("Using Danish reports, its authors put": a fronted phrase opens no name.)
  const from = subjectStart(cx, span);
  if (from < 0) return null;
  let end = from;
  while (end < to && end - from < 4 && capitalized(tokens, end)) end++;
  // ("Kim Jong-un": the hyphen between the parts of a name.)
  while (end < to && tokens.key[end] === '-' && capitalized(tokens, end + 1)) end += 2;
  if (end - from < 2 || end >= to || tokens.kind[end] !== WORD || tokens.capital[end]) return null;
  if (CONNECTORS.has(tokens.key[end] ?? '')) return null;
  return placeOf(tokens, { at: end, from, to: end, quoted: false });
}

/**
 * A person's name that opens a sentence as its subject, before token `to`: two or more
 * capitalized words ("Volodymyr Zelenskyy has …"), then a word in lower case that is no
 * connector. Null when the sentence opens otherwise.
 */
function openingPerson(
  cx: Scan,
  span: { readonly from: number; readonly to: number },
): SourceCue | null {
  const place = openingName(cx, span);
  if (!place || !personLike(cx, place)) return null;
  return named(cx, place, { name: place.text, affiliation: null });
}

/**
 * Whether the "per" at `i` credits a source as "according to" does: "…, per the NIS", "Per
 * Seoul's count, …"; not the rate of "$2,000 per soldier" or "per the terms of the deal".
 */
function creditingPer(tokens: Tokens, at: { readonly i: number; readonly from: number }): boolean {
  const { i, from } = at;
  if (i !== from && tokens.key[i - 1] !== ',') return false;
  const name = tokens.key[i + 1] === 'the' ? i + 2 : i + 1;
  return tokens.kind[name] === WORD && tokens.capital[name] === 1;
}

const SPEECH_PARTICIPLES = new Set(lexicon.data.speechParticiples);
/** How far "putting" may stand before its "at": "putting the number of troops sent at". */
const PUTTING_REACH = 8;
/** How long an opening phrase before the subject may be: "In a statement on Friday, the agency …". */
const OPENER_REACH = 8;

/**
 * "The agency gave a higher figure, saying that …", "Kim held a ceremony, telling the troops that
 * …": a participle of saying after a comma speaks for the subject of the sentence's main clause.
 * Returns that subject as a cue at the participle, or null when the sentence opens with none.
 */
function subjectOf(
  cx: Scan,
  input: { readonly at: number; readonly from: number; readonly quoted: boolean },
): SourceCue | null {
  const { lex, tokens } = cx;
  const { at, quoted } = input;
  // "putting pressure on Moscow" says nothing: only "putting the toll at" reckons.
  if (tokens.key[at] === 'putting' && !valueAtWithin(tokens, at)) return null;
  let s = input.from;
  // "In December, the agency …": an opening phrase set off by a comma comes before the subject.
  if (ASIDE_OPENERS.has(tokens.key[s] ?? '') || SUBJECT_OPENERS.has(tokens.key[s] ?? '')) {
    let c = s + 1;
    while (c < at && c - s < OPENER_REACH && tokens.key[c] !== ',') c++;
    // "When the envoy flew to Seoul and announced …": with no comma near, the clause the opener
    // starts has the subject right after it.
    if (tokens.key[c] === ',') s = c + 1;
    else if (SUBJECT_OPENERS.has(tokens.key[s] ?? '')) s++;
    else return null;
  } else {
    // "Over the summer, local officials had promised …, and had told": any fronted phrase.
    s = subjectStart(cx, { from: s, to: at });
    if (s < 0) return null;
  }
  if (PRONOUN_SPEAKERS.has(tokens.key[s] ?? '') || isBackReference(cx, s, s + 2)) {
    const back = lex.backReferences.match(tokens, s, at);
    const place = placeOf(tokens, { at, from: s, to: back ? back.end : s + 1, quoted });
    return backReference(cx, place);
  }
  let e = s;
  if (DETERMINERS.has(tokens.key[e] ?? '')) e++;
  let headAt = -1;
  while (e < at && e - s < MAX_NAME_TOKENS) {
    if (tokens.kind[e] !== WORD) {
      if (!isNameToken(cx, e)) break;
    } else if (tokens.capital[e] || hyphenBefore(tokens, e)) headAt = e;
    else if (subjectNoun(cx, e)) headAt = e;
    else if (!(tokens.key[e - 1] === "'" && tokens.key[e] === 's') && !modifiesNoun(cx, e)) break;
    e++;
  }
  if (headAt < 0) return null;
  const place = placeOf(tokens, { at, from: s, to: headAt + 1, quoted });
  return named(cx, place, splitAffiliation(tokens, s, headAt + 1));
}

/** Whether the word at `i` is joined to a hyphen before it: "un" in "Kim Jong-un". */
function hyphenBefore(tokens: Tokens, i: number): boolean {
  return tokens.key[i - 1] === '-' && tokens.start[i] === tokens.end[i - 1];
}

/** Whether a lower-case word may end a source's name: "agency", "officials", "minister". */
function subjectNoun(cx: Scan, i: number): boolean {
  const key = cx.tokens.key[i] ?? '';
  return cx.lex.bodyNouns.has(key) || INFORMANTS.has(key) || PERSON_NOUNS.has(key);
}

/** Whether the lower-case word at `i` describes a source's noun within two words after it: "military" in "military intelligence agency". */
function modifiesNoun(cx: Scan, i: number): boolean {
  const { tokens } = cx;
  if (cx.lex.clauseStops.has(tokens.key[i] ?? '')) return false;
  return (
    subjectNoun(cx, i + 1) ||
    (tokens.kind[i + 1] === WORD && !tokens.capital[i + 1] && subjectNoun(cx, i + 2))
  );
}

/** Whether an "at" follows the token at `at` within reach, before any clause mark. */
function valueAtWithin(tokens: Tokens, at: number): boolean {
  for (let k = at + 1; k < tokens.length && k - at <= PUTTING_REACH; k++) {
    const key = tokens.key[k] ?? '';
    if (key === 'at') return true;
    if (key === ',' || key === '.' || key === ';') return false;
  }
  return false;
}

/**
 * The first capitalized word that follows a lower-case one in `from`…`to`: "Seoul" in "million
 * rounds Seoul"; `from` when there is none, as in "people familiar with the matter".
 */
function nameAfterCount(tokens: Tokens, from: number, to: number): number {
  // "up from 3,000 the National Intelligence Service estimated": a name opened by an article
  // right after the count is the subject of the clause that describes it.
  if (DETERMINERS.has(tokens.key[from] ?? '') && from + 1 < to && tokens.capital[from + 1])
    return from + 1;
  for (let k = from + 1; k < to; k++)
    if (
      // ("1,000 injuries the agency reported": so is a name opened by an article after the noun.)
      (tokens.capital[k] || (DETERMINERS.has(tokens.key[k] ?? '') && k + 1 < to)) &&
      tokens.kind[k - 1] === WORD &&
      !tokens.capital[k - 1] &&
      !CONNECTORS.has(tokens.key[k - 1] ?? '') &&
      !DETERMINERS.has(tokens.key[k - 1] ?? '')
    )
      return k;
  return from;
}

/** "Ms. Han" → "Han": a surname with its courtesy title, for the full name named before. */
function withoutHonorific(name: string): string {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return name;
  return HONORIFICS.has(name.slice(0, space).replace('.', '').toLowerCase())
    ? name.slice(space + 1)
    : name;
}

const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'dr']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Verbs of saying a passive is made of: "were told", "was estimated", "is believed". */
const PARTICIPLES = new Set(
  lexicon.data.speechVerbs.filter((v) => v.endsWith('ed') || v === 'told' || v === 'found'),
);
/** Capitalized words that open a clause before its subject: "As the agency clarified, …". */
const SUBJECT_OPENERS = new Set(['as', 'but', 'while', 'and', 'although', 'though', 'when', 'so']);
/** Words of discourse that open a sentence before its subject: "Yet the agency said". */
const DISCOURSE_OPENERS = new Set(lexicon.data.discourseOpeners);
/** Words that open a phrase of time: "Last week", "Earlier this year", "Yesterday". */
const TIME_OPENERS = new Set(lexicon.data.timeOpeners);
/** Time openers that need a noun of time after them: "Last week", not "This report". */
const TIME_DETERMINERS = new Set(['last', 'this', 'that', 'next']);
/** Prepositions whose phrase, object and all, comes before the subject. */
const PHRASE_OPENERS = new Set(lexicon.data.phraseOpeners);
/** Participles whose phrase comes before the subject: "Citing customs data, the bank". */
const PARTICIPLE_OPENERS = new Set(lexicon.data.participleOpeners);
/** Phrase openers that may instead open a clause whose subject follows at once: "After the agency briefed". */
const CLAUSE_TOO = new Set(['after', 'before', 'since', 'until', 'as']);
/** Words after which an article or a name goes on with a fronted phrase's object: "about the figures". */
const OBJECT_LINKS = new Set([
  'about',
  'into',
  'across',
  'against',
  'through',
  'between',
  'like',
  'over',
  'than',
  'around',
]);
/** How far a fronted phrase may run before the subject: "In a briefing to lawmakers on Tuesday". */
const FRONTED_REACH = 10;

/** Whether token `k` names a span of time that can end a fronted phrase: "week", "spring", "Monday", "2024". */
function timeNounAt(cx: Scan, k: number): boolean {
  return timeWord(cx, k) || cx.lex.seasons.has(cx.tokens.key[k] ?? '');
}

/**
 * Where the object of a phrase opened at `at` ends and the subject begins: before an article or a
 * name that follows a noun ("In the spring the agency", "In a statement Budanov"), after a word of
 * time ("On Monday Seoul's spy agency", "Over the summer local officials"), or after a comma; -1
 * when the phrase runs to `to` with no subject after it.
 */
function objectEnd(cx: Scan, span: { readonly at: number; readonly to: number }): number {
  const { lex, tokens } = cx;
  const { at, to } = span;
  for (let k = at; k < to && k - at < FRONTED_REACH; k++) {
    const key = tokens.key[k] ?? '';
    if (key === ',') return k;
    if (k === at || tokens.kind[k - 1] === PUNCT) continue;
    const prev = tokens.key[k - 1] ?? '';
    const linked = lex.clauseStops.has(prev) || OBJECT_LINKS.has(prev) || DETERMINERS.has(prev);
    // ("the spring of 2024", "March 2024": a link or another word of time goes on with the time.)
    if (
      timeNounAt(cx, k - 1) &&
      tokens.kind[k] === WORD &&
      !lex.clauseStops.has(key) &&
      !timeNounAt(cx, k)
    )
      return k;
    if (linked) continue;
    if (DETERMINERS.has(key) || POSSESSIVES.has(key)) return k;
    if (tokens.capital[k] && !tokens.capital[k - 1] && !hyphenBefore(tokens, k)) return k;
  }
  return -1;
}

/**
 * Where the subject of the sentence opening at `from` begins after a phrase fronted before it:
 * "Yet the agency said", "Last week, officials said", "In the spring the agency told", "Citing
 * customs data, the bank estimated". `from` when the sentence opens with no such phrase; -1 when
 * a participle's phrase runs to `to` and leaves no subject ("Citing South Korean estimates that
 * …": a noun, not a verb of saying).
 */
function subjectStart(cx: Scan, span: { readonly from: number; readonly to: number }): number {
  const { tokens } = cx;
  const { from, to } = span;
  if (tokens.kind[from] !== WORD || !tokens.capital[from]) return from;
  const key = tokens.key[from] ?? '';
  let k = from + 1;
  // ("Then-Prosecutor General Andriy Kostin": a word joined by a hyphen is part of a title.)
  if (hyphenAfter(tokens, from)) return from;
  if (DISCOURSE_OPENERS.has(key)) {
    // (nothing more: the subject follows the word, or its comma)
  } else if (TIME_OPENERS.has(key)) {
    // "Earlier this year", "Later that month", "Last week"; "This report" is a subject.
    if (TIME_DETERMINERS.has(tokens.key[k] ?? '')) k++;
    if (timeNounAt(cx, k)) k++;
    else if (TIME_DETERMINERS.has(key)) return from;
  } else if (PARTICIPLE_OPENERS.has(key)) {
    k = objectEnd(cx, { at: k, to });
    if (k < 0) return -1;
  } else if (PHRASE_OPENERS.has(key)) {
    // "At least three officials": a qualifier, not a place.
    if (key === 'at' && (tokens.key[k] === 'least' || tokens.key[k] === 'most')) return from;
    k = objectEnd(cx, { at: k, to });
    // ("In Seoul officials said": no end in sight, so the words stay as they are.)
    if (k < 0) return CLAUSE_TOO.has(key) ? from + 1 : from;
  } else return from;
  return tokens.key[k] === ',' ? k + 1 : k;
}

const QUOTING = new Set(['quoted', 'quotes']);
/** Participles of passing on what another made: "data cited by the daily". */
const RELAYING = new Set(['cited', 'quoted']);
/** How many tokens may describe a cited noun: "member - state" is three. */
const CITED_MODIFIER_TOKENS = 4;

/**
 * The token before the verb of citing whose object starts after `j` ("cited estimates", "cited
 * ministry estimates"), or `j` when no such verb stands there.
 */
function citedObject(tokens: Tokens, at: { readonly j: number; readonly from: number }): number {
  const { j, from } = at;
  for (let k = j; k >= from && j - k <= CITED_MODIFIER_TOKENS; k--) {
    const key = tokens.key[k] ?? '';
    if (RELAYING.has(key)) return k - 1;
    const modifier =
      (tokens.kind[k] === WORD && !tokens.capital[k] && !DETERMINERS.has(key)) ||
      (key === '-' && hyphenAfter(tokens, k - 1));
    if (!modifier) return j;
  }
  return j;
}
/** Verbs whose object is the one spoken to: "told Reuters". */
const LISTENING = new Set(['told', 'tells', 'tell', 'briefed']);
/** How far "as saying" may follow a verb of quoting: "quoted the spy agency as saying". */
const QUOTED_REACH = 8;

/** "Lee quoted the agency as saying": the one quoted is the source, not the one who quotes. */
function quotedAs(
  cx: Scan,
  input: { readonly at: number; readonly to: number; readonly quoted: boolean },
): SourceCue | null {
  const { tokens } = cx;
  const n = input.at + 1;
  let as = n;
  while (as < input.to && as - n < QUOTED_REACH && tokens.key[as] !== 'as') {
    if (tokens.kind[as] === PUNCT && tokens.key[as] !== '-' && tokens.key[as] !== "'") return null;
    as++;
  }
  if (as === n || tokens.key[as] !== 'as' || tokens.key[as + 1] !== 'saying') return null;
  const place = placeOf(tokens, { at: input.at, from: n, to: as, quoted: input.quoted });
  if (isBackReference(cx, n, as)) return backReference(cx, place);
  const first = DETERMINERS.has(tokens.key[n] ?? '') ? n + 1 : n;
  if (!tokens.capital[first]) return null;
  return named(cx, place, splitAffiliation(tokens, first, as));
}

/** Forms of "be" before a passive "quoted": "Kim was quoted as saying". */
const PASSIVE_BE = new Set(['was', 'is', 'were', 'are', 'been']);

/**
 * "Kim was quoted as saying …", "Lee was quoted by Yonhap as saying …": the subject of the
 * passive speaks; the outlet after "by" only relays them.
 */
function quotedPassive(
  cx: Scan,
  input: {
    readonly at: number;
    readonly from: number;
    readonly to: number;
    readonly quoted: boolean;
  },
): SourceCue | null {
  const { tokens } = cx;
  const { at } = input;
  if (tokens.key[at] !== 'quoted' || !PASSIVE_BE.has(tokens.key[at - 1] ?? '')) return null;
  let as = at + 1;
  if (tokens.key[as] === 'by') {
    while (as < input.to && as - at < QUOTED_REACH && tokens.key[as] !== 'as') {
      if (tokens.kind[as] === PUNCT) return null;
      as++;
    }
  }
  if (tokens.key[as] !== 'as' || tokens.key[as + 1] !== 'saying') return null;
  const be = tokens.key[at - 2] === 'has' || tokens.key[at - 2] === 'have' ? at - 2 : at - 1;
  return subjectOf(cx, {
    at: be,
    from: closingFrom(tokens, { at: be, from: input.from }),
    quoted: input.quoted,
  });
}

/**
 * Where the subject of a credit that closes its sentence opens: after the comma that sets it off
 * ("…to Kursk, the NIS was quoted as saying"), or the sentence's start when none stands near.
 */
function closingFrom(tokens: Tokens, span: { readonly at: number; readonly from: number }): number {
  for (let k = span.at - 1; k > span.from && span.at - k <= MAX_NAME_TOKENS; k--) {
    const key = tokens.key[k] ?? '';
    if (key === ',') return k + 1;
    if (tokens.kind[k] === PUNCT && key !== '.' && key !== '-' && key !== "'") break;
  }
  return span.from;
}

/**
 * "…, said Han Ji-won, a senior fellow at …": a name right after a verb that follows a comma, and
 * ending the sentence or its own clause, speaks; what stood before the comma was no subject.
 */
function speakerAfter(cx: Scan, input: { readonly at: number; readonly to: number }): boolean {
  const { tokens } = cx;
  const a = input.at + 1;
  // "…, Andriy Kostin, the prosecutor, told Reuters": one is told, not telling.
  if (!tokens.capital[a] || LISTENING.has(tokens.key[input.at] ?? '')) return false;
  const end = nameAfter(cx, a, input.to);
  if (end <= a) return false;
  const k = tokens.key[end];
  // "Lim, a fellow at X, said China's share, which had slipped to 93 per cent, was …": a
  // thing the speaker describes with "which" is the subject of what was said.
  if (k === ',' && tokens.key[end + 1] === 'which') return false;
  return end >= input.to || k === ',' || k === '.';
}

/** Words that show the name before them is a clause's subject: "said Russia was taking". */
const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'would',
  'will',
  'could',
]);

/** Whether a span holds a word of `CLAUSE_VERBS`. */
function holdsClauseVerb(
  tokens: Tokens,
  span: { readonly from: number; readonly to: number },
): boolean {
  for (let k = span.from; k < span.to; k++) if (CLAUSE_VERBS.has(tokens.key[k] ?? '')) return true;
  return false;
}

/** How far from a headline's end its credit may start: "…, including 600 deaths: NIS". */
const TRAILING_CREDIT = 4;
/** The apostrophe and "s" of a possessive, which a trailing credit's reach does not count. */
const POSSESSIVE_TOKENS = 2;

/** Dashes that set a headline's credit apart: "… shells from North Korea – HUR". */
const CREDIT_DASHES = new Set(['-', '\u2013', '\u2014']);

/**
 * Whether the spaced dash at `j` closes an aside a partner dash opened after a name: "The Team —
 * an 11-nation group … —". Read only when a verb of saying follows a spaced dash.
 */
function dashedAppositive(
  tokens: Tokens,
  at: { readonly j: number; readonly from: number; readonly mark: string },
): boolean {
  const { j, from, mark } = at;
  let c = j - 1;
  while (c > from && tokens.key[c] !== mark && tokens.key[c] !== '"' && j - c < MAX_APPOSITIVE) c--;
  return c > from && tokens.key[c] === mark && spacedDash(tokens, c) && nameWord(tokens, c - 1);
}

/** Whether token `c` is a dash with a space on each side, not the hyphen of "Jong-un". */
function spacedDash(tokens: Tokens, c: number): boolean {
  return (
    CREDIT_DASHES.has(tokens.key[c] ?? '') &&
    tokens.start[c]! > tokens.end[c - 1]! &&
    tokens.start[c + 1]! > tokens.end[c]!
  );
}

/**
 * Whether a line without a full stop sets its last words off with a spaced hyphen ("… to Russia -
 * NIS"), as plain-text pages write a headline's dash; the hyphen is too common a token to mark
 * every sentence for the source scan, so only a line's last few tokens are looked at.
 */
export function hyphenCredit(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { tokens } = cx;
  const { from, to } = sentence;
  if (to - from < 4 || tokens.key[to - 1] === '.') return false;
  if (to < tokens.key.length && tokens.newline[to] === 0) return false;
  for (let c = to - 2; c > from + 2 && c >= to - TRAILING_CREDIT - POSSESSIVE_TOKENS - 1; c--)
    if (tokens.key[c] === '-' && spacedDash(tokens, c)) return true;
  return false;
}

/**
 * A headline that ends with its source after a colon or a dash: "…, about 2,000 killed so far:
 * NIS", "… delivered 6 million shells – HUR". Only a line without a full stop, ending in
 * capitalized words.
 */
function headlineCredit(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): SourceCue | null {
  const { lex, tokens } = cx;
  const { from, to } = sentence;
  if (to - from < 4 || tokens.key[to - 1] === '.') return null;
  // ("…: report" ends in a common noun, which credits no one; "… – think tank" ends in a body's
  // noun, which lets its words run in lower case.)
  const body = lex.bodyNouns.has(tokens.key[to - 1] ?? '');
  if (tokens.kind[to - 1] === WORD && !tokens.capital[to - 1] && !body) return null;
  // (The line may end at a line break or at a blank line, as headlines mostly do.)
  if (to < tokens.key.length && tokens.newline[to] === 0) return null;
  let reach = TRAILING_CREDIT;
  for (let c = to - 2; c > from + 2 && c >= to - reach - 1; c--) {
    // ("… – Seoul's spy agency": a possessive joins a name to its body, past the usual reach.)
    if (body && tokens.key[c] === "'" && tokens.key[c + 1] === 's' && tokens.capital[c - 1]) {
      reach = TRAILING_CREDIT + POSSESSIVE_TOKENS;
      continue;
    }
    if (tokens.kind[c] !== WORD || (!tokens.capital[c] && !body)) {
      if (tokens.key[c] !== ':' && !spacedDash(tokens, c)) return null;
      if (lex.headlineLabels.match(tokens, c + 1, to)) return null;
      const place = placeOf(tokens, { at: c, from: c + 1, to, quoted: false });
      return named(cx, place, { name: place.text, affiliation: null });
    }
  }
  return null;
}

/**
 * How far a clause that opens with "who" may run before the verb its person is the subject of:
 * "an economist who studies Asian trade and asked not to be named told".
 */
const MAX_WHO_CLAUSE = 12;

/** The "who" that opens a relative clause within reach before a verb, or -1: no punctuation between. */
function relativeWho(
  cx: Scan,
  at: { readonly s: number; readonly j: number; readonly from: number },
): number {
  const { key, kind } = cx.tokens;
  for (let w = at.s; w >= at.from && at.j - w <= MAX_WHO_CLAUSE; w--) {
    if (key[w] === 'who') return w;
    if (kind[w] === PUNCT) return -1;
  }
  return -1;
}

/** How many asides may stand between a subject and its verb. */
const MAX_ASIDES = 2;
const ASIDE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'after',
  'during',
  'under',
  'by',
  'citing',
]);

/** Whether a chunk set off by commas that starts with `key` is an aside: "in its annual report". */
function opensAside(key: string): boolean {
  return ASIDE_OPENERS.has(key) || HANDLING.has(key);
}

/**
 * The earlier cue of a sentence a pronoun speaker stands for: "he" and "she" a person, "it" a
 * body, "they" either; null when the sentence named none.
 */
function sameSentence(
  cues: readonly SourceCue[],
  pronoun: { readonly key: string; readonly quoted: boolean },
): SourceCue | null {
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k]!;
    if (c.insideQuote !== pronoun.quoted) continue;
    const person = c.person || c.toPerson;
    if (pronoun.key === 'it' ? person : pronoun.key !== 'they' && !person) continue;
    return c;
  }
  return null;
}

/** Whether `from`…`to` names a country and nothing more: "Seoul", "the North". */
function onlyCountry(cx: Scan, span: { readonly from: number; readonly to: number }): boolean {
  const match = cx.lex.countries.match(cx.tokens, span.from, span.to);
  return match !== null && match.end === span.to;
}

/**
 * Whether a participle at `at` describes its owner's noun: "the North's estimated shortfall",
 * "North Korea's officially recorded exports" (an adverb may stand between).
 */
function describedByOwner(tokens: Tokens, at: number): boolean {
  if (possessiveBefore(tokens, at)) return true;
  return adverbAt(tokens, at - 1) && possessiveBefore(tokens, at - 1);
}

/** Whether token `k` ends a contraction of an auxiliary: the "d" of "I'd", the "ve" of "we've". */
function contractionAt(tokens: Tokens, k: number): boolean {
  if (k < 2 || tokens.kind[k] !== WORD || tokens.key[k - 1] !== "'") return false;
  const length = tokens.end[k]! - tokens.start[k]!;
  // "'s" is a possessive as often as an auxiliary.
  if (length > 2 || (length === 1 && tokens.key[k] === 's')) return false;
  return tokens.start[k] === tokens.end[k - 1] && tokens.start[k - 1] === tokens.end[k - 2];
}

/** Whether token `k` is a lower-case word in "-ly" that no lexicon table knows: "officially". */
function adverbAt(tokens: Tokens, k: number): boolean {
  if (tokens.kind[k] !== WORD || tokens.capital[k] || tokens.key[k] !== '') return false;
  // Read from the text: a word no table knows has no key.
  const end = tokens.end[k]!;
  return (
    end - tokens.start[k]! > 3 &&
    tokens.text.charCodeAt(end - 1) === 121 /* y */ &&
    tokens.text.charCodeAt(end - 2) === 108 /* l */
  );
}

/** Whether "'s" stands just before token `at`. */
function possessiveBefore(tokens: Tokens, at: number): boolean {
  return keyAt(tokens.key, at - 1) === 's' && keyAt(tokens.key, at - 2) === "'";
}

/** Whether the apostrophe of a plural or an "s"-final name stands before `at`: "NK News' count". */
function bareApostropheBefore(tokens: Tokens, at: number): boolean {
  const word = keyAt(tokens.key, at - 2) ?? '';
  return (
    keyAt(tokens.key, at - 1) === "'" &&
    word.endsWith('s') &&
    tokens.kind[at - 2] === WORD &&
    tokens.end[at - 2] === tokens.start[at - 1]
  );
}

const VIEW_NOUNS = new Set(lexicon.data.viewNouns);

/**
 * "In his words, a train carries …", "In her view,", "by his account,", "In the words of X,": a
 * phrase set off before its clause whose owner speaks for it; the pronoun is the person named before.
 */
function viewOf(cx: Scan, input: NameSpan): SourceCue | null {
  const { tokens } = cx;
  const { at, from, quoted } = input;
  const { key } = tokens;
  // "In the view of X," and "By the account of X,": the one the phrase names after "of".
  const preposition = key[at - 2] ?? '';
  const ofAccount = preposition === 'by' && key[at] === 'account';
  if (key[at - 1] === 'the' && (preposition === 'in' || ofAccount) && key[at + 1] === 'of') {
    if (!opensPhrase(tokens, { at: at - 2, from })) return null;
    return agentAfter(cx, { by: at + 1, to: input.to, at, quoted });
  }
  if (!PERSON_POSSESSIVES.has(key[at - 1] ?? '') || key[at + 1] !== ',') return null;
  if (preposition !== 'in' && !ofAccount) return null;
  if (!opensPhrase(tokens, { at: at - 2, from })) return null;
  return backReference(cx, placeOf(tokens, { at, from: at - 1, to: at, quoted }));
}

/** The possessives of a person or a group who speak: "his", "her", "their". */
const PERSON_POSSESSIVES = new Set(['his', 'her', 'their']);

/** Whether token `at` opens its sentence or a phrase after a comma. */
function opensPhrase(
  tokens: Tokens,
  span: { readonly at: number; readonly from: number },
): boolean {
  return span.at === span.from || tokens.key[span.at - 1] === ',';
}

/** Words that make a reckoning a source of its own: "by some estimates", "by one count". */
const SOME_WORDS = new Set(['some', 'one', 'many', 'most', 'several', 'other', 'official']);

/** How far back "by" may open a possessor: "by the Korea Institute for Defense Analyses' count". */
const RECKONER_REACH = 8;

/**
 * "By the Centre's count", "by his calculation", "by Kim Min-ho's estimate": the possessor of a
 * reckoning after "by" is the source of the figures it governs.
 */
/** How many words may describe a reckoning after "by the": "by the more conservative measure". */
const RECKONING_WORDS = 3;

/**
 * "By the reckoning of South Korea's spy agency, about 15,000 …", "by the latest count of the
 * monitors": the maker named after "of" is the source, as after "according to".
 */
function reckoningOf(cx: Scan, input: NameSpan): SourceCue | null {
  const { tokens } = cx;
  const { at, from } = input;
  let k = at - 1;
  while (k > from && at - k <= RECKONING_WORDS && tokens.kind[k] === WORD && !tokens.capital[k]) {
    if (DETERMINERS.has(tokens.key[k] ?? '')) break;
    k--;
  }
  if (!DETERMINERS.has(keyAt(tokens.key, k) ?? '') || keyAt(tokens.key, k - 1) !== 'by')
    return null;
  return agentAfter(cx, { by: at + 1, to: input.to, at, quoted: input.quoted });
}

/** Each country's code to the name a credit gives it: "South Korea" for KOR (from its seat). */
const COUNTRY_CREDITS = new Map<string, string>();
for (const country of lexicon.data.countries)
  for (const alias of country.aliases.map((a) => a.toLowerCase())) {
    // Seats are keyed in lower case; a name that must be capitalised ("Warsaw") is listed so.
    const seat = Object.hasOwn(lexicon.data.seatCountries, alias)
      ? lexicon.data.seatCountries[alias]
      : undefined;
    if (seat !== undefined && !COUNTRY_CREDITS.has(country.code))
      COUNTRY_CREDITS.set(country.code, seat);
  }

/**
 * "by South Korean count" credits South Korea, "by Chinese customs figures" the customs with China
 * as affiliation: "by", a country's adjective opening the words, then the reckoning's noun.
 */
function nationalReckoner(cx: Scan, input: NameSpan): SourceCue | null {
  const { lex, tokens } = cx;
  const { at, from } = input;
  let k = at - 1;
  while (k > from && at - k <= RECKONER_REACH && tokens.kind[k] === WORD && tokens.key[k] !== 'by')
    k--;
  if (tokens.key[k] !== 'by' || k + 1 >= at || !tokens.capital[k + 1]) return null;
  const country = lex.countries.match(tokens, k + 1, at);
  const credit = country ? COUNTRY_CREDITS.get(country.value.code) : undefined;
  if (!country || credit === undefined) return null;
  const place = placeOf(tokens, { at, from: k + 1, to: at, quoted: input.quoted });
  return country.end === at
    ? named(cx, retext(place, credit), { name: credit, affiliation: null })
    : named(cx, place, { name: place.text, affiliation: credit });
}

function reckonedBy(cx: Scan, input: NameSpan): SourceCue | null {
  const { tokens } = cx;
  const { at, from } = input;
  // "One estimate, from the Seoul-based institute, suggests …", "By the most widely cited count,
  // from the NIS, about 21,000 …": the maker an aside names after the reckoning.
  if (tokens.key[at + 1] === ',' && tokens.key[at + 2] === 'from' && reckoningOpens(tokens, input))
    return agentAfter(cx, { by: at + 2, to: input.to, at, quoted: input.quoted });
  const ofMaker = tokens.key[at + 1] === 'of' ? reckoningOf(cx, input) : null;
  if (ofMaker) return ofMaker;
  if (POSSESSIVES.has(keyAt(tokens.key, at - 1) ?? '') && keyAt(tokens.key, at - 2) === 'by') {
    const place = placeOf(tokens, { at, from: at - 1, to: at, quoted: input.quoted });
    return backReference(cx, place);
  }
  // "sufficient, by some estimates, for 4m shells", "by one Western estimate": the estimates are
  // the source, or whoever made them ("by one estimate from the institute").
  const some =
    keyAt(tokens.key, at - 2) === 'by'
      ? at - 1
      : keyAt(tokens.key, at - 3) === 'by' && tokens.kind[at - 1] === WORD
        ? at - 2
        : -1;
  if (some >= 0 && SOME_WORDS.has(tokens.key[some] ?? '')) {
    const maker = tokens.key[at + 1];
    const agent =
      maker === 'from' || maker === 'by'
        ? agentAfter(cx, { by: at + 1, to: input.to, at, quoted: input.quoted })
        : null;
    if (agent) return agent;
    const place = placeOf(tokens, { at, from: some, to: at + 1, quoted: input.quoted });
    return named(cx, place, { name: place.text, affiliation: null });
  }
  // "by Norwegian count", "by Chinese customs figures": a country's adjective makes the
  // reckoning its own with no article or possessive.
  const national = nationalReckoner(cx, input);
  if (national) return national;
  // "by NK News' calculation": a name ending in "s" takes the apostrophe alone.
  const nameTo = possessiveBefore(tokens, at)
    ? at - 2
    : bareApostropheBefore(tokens, at)
      ? at - 1
      : -1;
  if (nameTo < 0) return null;
  let k = nameTo - 1;
  while (k >= from && nameTo - k <= RECKONER_REACH && tokens.key[k] !== 'by') {
    if (!isNameToken(cx, k)) return null;
    k--;
  }
  if (tokens.key[k] !== 'by' || k + 1 >= nameTo) return null;
  const nameFrom = k + 1;
  // "By her staff's maths": the person the possessive means, as "Brandt's team" is Brandt.
  if (
    nameTo === nameFrom + 2 &&
    PERSON_POSSESSIVES.has(tokens.key[nameFrom] ?? '') &&
    GROUP_WORDS.has(tokens.key[nameFrom + 1] ?? '')
  ) {
    const owner = { at, from: nameFrom, to: nameFrom + 1, quoted: input.quoted };
    return backReference(cx, placeOf(tokens, owner));
  }
  const place = placeOf(tokens, { at, from: nameFrom, to: nameTo, quoted: input.quoted });
  // "by the Centre's count": a body the text has named in full before.
  if (tokens.key[nameFrom] === 'the' && nameTo === nameFrom + 2)
    return backTo(place, tokens.key[nameFrom + 1] ?? '', place.text);
  return named(cx, place, splitAffiliation(tokens, nameFrom, nameTo));
}

/** How many tokens may describe a reckoning an aside credits: "the most widely cited", "most-cited". */
const ASIDE_RECKONING_WORDS = 4;

/**
 * Whether the reckoning at `at` opens its phrase with an article or "one" and at most a few
 * words of description: "One estimate", "The most-cited estimate", "by the latest count".
 */
function reckoningOpens(
  tokens: Tokens,
  input: { readonly at: number; readonly from: number },
): boolean {
  const { at, from } = input;
  let k = at - 1;
  while (k > from && at - k <= ASIDE_RECKONING_WORDS && !DETERMINERS.has(tokens.key[k] ?? '')) {
    if (tokens.key[k] === 'one' || (tokens.kind[k] !== WORD && tokens.key[k] !== '-')) break;
    k--;
  }
  if (k < from) return false;
  const opener = tokens.key[k] ?? '';
  if (!DETERMINERS.has(opener) && opener !== 'one') return false;
  return k === from || tokens.key[k - 1] === 'by' || tokens.key[k - 1] === ',';
}

/** Where "by" stands (`by`), how far its name may run (`to`), and the cue's own token and quotation. */
interface AgentPlace {
  readonly by: number;
  readonly to: number;
  readonly at: number;
  readonly quoted: boolean;
}

/** Single words of time that may stand between a passive verb and its agent: "stated earlier by". */
const AGENT_TIME_WORDS = new Set(['earlier', 'yesterday', 'today']);

/**
 * Where the "by" of a passive verb's agent stands, or -1: right after the verb, or past a short
 * time phrase after a form of "be" ("was stated on Tuesday by X", "was announced in June by X").
 */
export function agentBy(cx: Scan, i: number): number {
  const { key } = cx.tokens;
  if (key[i + 1] === 'by') return i + 1;
  if (!BE_FORMS.has(key[i - 1] ?? '')) return -1;
  if (AGENT_TIME_WORDS.has(key[i + 1] ?? '') && key[i + 2] === 'by') return i + 2;
  const day = key[i + 2] ?? '';
  const dated =
    (key[i + 1] === 'on' && cx.lex.weekdays.has(day)) ||
    (key[i + 1] === 'in' && cx.lex.months.has(day));
  return dated && key[i + 3] === 'by' ? i + 3 : -1;
}

/** Whether a verb is the "reported" of "as reported by", an outlet's relay of what was said. */
function relaying(tokens: Tokens, at: { readonly i: number; readonly from: number }): boolean {
  return at.i > at.from && tokens.key[at.i] === 'reported' && tokens.key[at.i - 1] === 'as';
}

/** The source named after "by": "compiled by the Korea Development Institute", "reported by Reuters". */
/**
 * Whether the subject `s`…`j` is bare evidence described by a participle with no maker after it:
 * "Images posted online", "Footage shared on social media" ("Images released by the army" has one).
 */
function handledEvidence(tokens: Tokens, at: { readonly s: number; readonly j: number }): boolean {
  const { key } = tokens;
  let e = DETERMINERS.has(key[at.s] ?? '') ? at.s + 1 : at.s;
  // "Satellite imagery of the port", "commercial satellite images": words of a kind before the
  // noun, in lower case past the first ("the Maxar imagery of the port" is Maxar's).
  while (
    e < at.j &&
    e - at.s < 2 &&
    !EVIDENCE.has(key[e] ?? '') &&
    tokens.kind[e] === WORD &&
    (e === at.s || tokens.capital[e] !== 1)
  )
    e++;
  if (e >= at.j || !EVIDENCE.has(key[e] ?? '')) return false;
  const next = key[e + 1] ?? '';
  // "Imagery from Planet Labs shows", "Imagery of the station showed": images of a place or from
  // a provider are the text's own evidence, as bare imagery is ("numbers from" have a maker).
  const pictured = (next === 'from' || next === 'of') && key[e] !== 'numbers';
  if (!pictured && !HANDLING.has(next)) return false;
  for (let k = e + 2; k <= at.j; k++) if (key[k] === 'by') return false;
  return true;
}

/** "reviewed by this newspaper", "seen by our reporters": the text's own voice after "by". */
const OWN_AGENTS = new Set(['this', 'our']);

/** Whether the name `s`…`j` is the publication itself, its pointing word included or just before. */
function ownPublication(cx: Scan, at: { readonly s: number; readonly j: number }): boolean {
  const { key } = cx.tokens;
  const own = OWN_AGENTS.has(key[at.s] ?? '') ? at.s : at.s - 1;
  return (
    at.j === own + 1 &&
    OWN_AGENTS.has(keyAt(key, own) ?? '') &&
    cx.lex.ownPublications.has(key[at.j] ?? '')
  );
}

function agentAfter(cx: Scan, input: AgentPlace): SourceCue | null {
  const { lex, tokens } = cx;
  const n = input.by + 1;
  const match = lex.backReferences.match(tokens, n, input.to);
  // "estimated by the Bank of Korea": "the Bank" going on with "of" and a capital opens a name.
  const back = match && !namesOn(tokens, match.end) ? match : null;
  let first = DETERMINERS.has(tokens.key[n] ?? '') ? n + 1 : n;
  // "aired by state broadcaster KCTV": a title of one or two words before the name.
  for (let k = first; !back && k < first + 2 && tokens.kind[k] === WORD && !tokens.capital[k]; k++)
    if (tokens.capital[k + 1] && !lex.clauseStops.has(tokens.key[k] ?? '')) first = k + 1;
  if (!back && !opensName(tokens, first))
    return titledAgent(cx, input) ?? informantsAgent(cx, { ...input, first });
  const end = back ? back.end : nameAfter(cx, first, input.to);
  if (end <= first) return null;
  const place = placeOf(tokens, { at: input.at, from: n, to: end, quoted: input.quoted });
  if (back) return backReference(cx, place);
  // "gathered by Grain Pulse, an Oslo-based price service,": the description is kept, as
  // after "according to", so a later "the service" finds the body it describes.
  // ("reported by Yonhap, citing the JCS": a participle after the comma describes no one.)
  const base = splitAffiliation(tokens, n, end);
  const described = DETERMINERS.has(tokens.key[end + 1] ?? '')
    ? appositive(cx, end, input.to)
    : null;
  return named(cx, place, { ...base, affiliation: base.affiliation ?? described });
}

/**
 * Whether the capitalized noun a back-reference would end on, just before `end`, goes on with "of"
 * or "for" and a capital: the start of a proper name, not a word for a body named before.
 */
function namesOn(tokens: Tokens, end: number): boolean {
  const link = tokens.key[end];
  if (!tokens.capital[end - 1] || (link !== 'of' && link !== 'for')) return false;
  return tokens.capital[DETERMINERS.has(tokens.key[end + 1] ?? '') ? end + 2 : end + 1] === 1;
}

/**
 * "compiled by researchers at the Arctic Forum", "reviewed by analysts from X": informants after
 * "by" whose body a connector names, as after "according to"; null for bare "by analysts".
 */
function informantsAgent(
  cx: Scan,
  input: AgentPlace & { readonly first: number },
): SourceCue | null {
  const { tokens } = cx;
  const { first } = input;
  if (!INFORMANTS.has(tokens.key[first] ?? '')) return null;
  if (!PLACE_CONNECTORS.has(tokens.key[first + 1] ?? '')) return null;
  const named_ = DETERMINERS.has(tokens.key[first + 2] ?? '') ? first + 3 : first + 2;
  if (!opensName(tokens, named_)) return null;
  const end = nameAfter(cx, input.by + 1, input.to);
  if (end <= named_) return null;
  const place = placeOf(tokens, {
    at: input.at,
    from: input.by + 1,
    to: end,
    quoted: input.quoted,
  });
  return named(cx, place, splitAffiliation(tokens, input.by + 1, end));
}

/** How far a title after "by" may run to the comma before the name it describes. */
const TITLE_REACH = 20;

/**
 * "stated by the deputy head of Ukraine's military intelligence (HUR), Vadym Skibitskyi, in an
 * interview": a title of a body, then the person who holds it between commas. The person is the
 * source, the body the title names their affiliation, as with a title that opens a sentence.
 */
function titledAgent(cx: Scan, input: AgentPlace): SourceCue | null {
  const { tokens } = cx;
  const n = input.by + 1;
  if (!DETERMINERS.has(tokens.key[n] ?? '')) return null;
  let of = -1;
  let comma = -1;
  for (let k = n + 1; k < input.to && k - n <= TITLE_REACH; k++) {
    const key = tokens.key[k] ?? '';
    if (key === ',') {
      comma = k;
      break;
    }
    if (key === 'of' && of < 0) of = k;
    else if (tokens.kind[k] === PUNCT && key !== '(' && key !== ')' && key !== "'" && key !== '-')
      return null;
  }
  const first = tokens.key[comma + 1] ?? '';
  if (of < 0 || comma < 0 || !tokens.capital[comma + 1] || cx.lex.clauseStops.has(first))
    return null;
  const end = nameAfter(cx, comma + 1, input.to);
  if (end - comma < 3 || tokens.key[end] !== ',') return null;
  const place = placeOf(tokens, { at: input.at, from: comma + 1, to: end, quoted: input.quoted });
  if (!personLike(cx, place)) return null;
  const body = DETERMINERS.has(tokens.key[of + 1] ?? '') ? of + 2 : of + 1;
  return named(cx, place, { name: place.text, affiliation: textOf(tokens, body, comma) });
}

/** How many words may describe the noun after "according to": "vessel-tracking and satellite analysis". */
const SOURCE_NOUN_REACH = 6;

/** How far "and" may follow the first of two people credited together: "… of the ruling party and". */
const SECOND_REACH = 8;

/** The second person of "according to Rep. Park of the X Party and Rep. Lee of the Y Party". */
function secondPerson(cx: Scan, input: NameSpan): SourceCue | null {
  const { tokens } = cx;
  const { from, to } = input;
  for (let k = from; k < to && k - from <= SECOND_REACH; k++) {
    const key = tokens.key[k] ?? '';
    if (key === ',' || key === ';' || key === '.') return null;
    if (key !== 'and' || !tokens.capital[k + 1]) continue;
    const end = nameAfter(cx, k + 1, to);
    if (end <= k + 1) return null;
    const place = placeOf(tokens, { at: input.at, from: k + 1, to: end, quoted: input.quoted });
    const base = splitAffiliation(tokens, k + 1, end);
    const second = named(cx, place, { name: base.name, affiliation: base.affiliation });
    return second.person ? second : null;
  }
  return null;
}

/** How far a participle may follow "according to": "according to satellite footage aired by". */
const HANDLED_REACH = 4;

/** "according to footage aired by X", "according to documents obtained by X": X is the source. */
function handledBy(
  cx: Scan,
  input: {
    readonly at: number;
    readonly to: number;
    readonly cueAt: number;
    readonly quoted: boolean;
  },
): SourceCue | null {
  const { tokens } = cx;
  for (let k = input.at; k < input.to && k - input.at <= HANDLED_REACH; k++) {
    if (tokens.kind[k] !== WORD || tokens.capital[k]) return null;
    if (!HANDLING.has(tokens.key[k] ?? '') || tokens.key[k + 1] !== 'by') continue;
    return agentAfter(cx, { by: k + 1, to: input.to, at: input.cueAt, quoted: input.quoted });
  }
  return null;
}

/** How far a briefing may follow the people it was given to: "who sat in on a closed briefing by". */
const RELAY_REACH = 8;
const BRIEFINGS = new Set(['briefing', 'briefings', 'briefed']);

/**
 * The giver of a briefing that a relative clause after a source mentions: "lawmakers who sat in on a
 * closed briefing by the agency" relay the agency.
 */
function briefer(
  cx: Scan,
  input: {
    readonly at: number;
    readonly to: number;
    readonly quoted: boolean;
    readonly cueAt: number;
  },
): SourceCue | null {
  const { lex, tokens } = cx;
  const { at, to } = input;
  // "lawmakers briefed by the NIS", "lawmakers who sat in on a briefing by …"
  if (tokens.key[at] !== 'who' && !BRIEFINGS.has(tokens.key[at] ?? '')) return null;
  let k = tokens.key[at] === 'who' ? at + 1 : at;
  while (k < to && k - at <= RELAY_REACH && !BRIEFINGS.has(tokens.key[k] ?? '')) {
    if (tokens.kind[k] === PUNCT && tokens.key[k] !== '-') return null;
    k++;
  }
  if (!BRIEFINGS.has(tokens.key[k] ?? '') || tokens.key[k + 1] !== 'by') return null;
  const n = k + 2;
  const back = lex.backReferences.match(tokens, n, to);
  const end = back ? back.end : nameAfter(cx, DETERMINERS.has(tokens.key[n] ?? '') ? n + 1 : n, to);
  if (end <= n) return null;
  const place = placeOf(tokens, { at: input.cueAt, from: n, to: end, quoted: input.quoted });
  return back
    ? backReference(cx, place)
    : named(cx, place, splitAffiliation(tokens, place.nameFrom, end));
}

/** How far "by" may follow a document's noun: "a report issued in April by …". */
const AUTHOR_REACH = 6;

/** Words after "the NIS estimate" that give its figure: "of about 3,000", "is 2,000", "was". */
const RECKONING_LINKS = new Set(['of', 'is', 'was', 'at', 'put']);

/**
 * "the NIS estimate of about 3,000 casualties", "the MSMT figure is": a reckoning named by the
 * acronym of its maker is that maker's, wherever in the sentence it stands.
 */
function acronymReckoning(
  cx: Scan,
  input: { readonly at: number; readonly to: number; readonly quoted: boolean },
): SourceCue | null {
  const { tokens } = cx;
  const { at } = input;
  const name = at - 1;
  if (keyAt(tokens.key, name - 1) !== 'the' || !allCapitals(tokens, name)) return null;
  if (!RECKONING_LINKS.has(tokens.key[at + 1] ?? '')) return null;
  // The figure follows at once: "of about 3,000", "is 2,000", "is put at".
  let figure = false;
  for (let k = at + 2; k < input.to && k <= at + 4 && !figure; k++)
    figure = (cx.cues[k]! & CUE_QUANTITY) !== 0;
  if (!figure) return null;
  const place = placeOf(tokens, { at, from: name, to: at, quoted: input.quoted });
  return named(cx, place, { name: place.text, affiliation: null });
}

/**
 * "a report issued in April by the panel of experts", "a study by the Korea Institute": the
 * author of a document the text names, whom a later "the report said" refers back to.
 */
function authoredBy(
  cx: Scan,
  input: { readonly at: number; readonly to: number; readonly quoted: boolean },
): SourceCue | null {
  const { tokens } = cx;
  const { at, to } = input;
  const next = tokens.key[at + 1] ?? '';
  if (next !== 'by' && !HANDLING.has(next)) return null;
  // "according to a report by …" is read whole where "according" is.
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) if (tokens.key[k] === 'according') return null;
  let by = at + 1;
  if (tokens.key[by] !== 'by') {
    if (!HANDLING.has(tokens.key[by] ?? '')) return null;
    while (by < to && by - at <= AUTHOR_REACH && tokens.key[by] !== 'by') {
      if (tokens.kind[by] === PUNCT) return null;
      by++;
    }
    if (tokens.key[by] !== 'by') return null;
  }
  let n = by + 1;
  if (DETERMINERS.has(tokens.key[n] ?? '')) n++;
  if (!opensName(tokens, n)) return null;
  const end = nameAfter(cx, n, to);
  if (end <= n) return null;
  const place = placeOf(tokens, { at, from: n, to: end, quoted: input.quoted });
  return named(cx, place, splitAffiliation(tokens, n, end));
}

/** The verbs that give a reckoning's maker with "from": "the estimate comes from X". */
const COMING = new Set(['comes', 'come', 'came']);
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * "The top estimate comes from the Forum", "That tally came from economists at X": the maker
 * of a reckoning, whom a later "it calculated" or "the forum found" refers back to.
 */
function comesFrom(
  cx: Scan,
  input: { readonly at: number; readonly to: number; readonly quoted: boolean },
): SourceCue | null {
  const { tokens } = cx;
  const { at } = input;
  // ("the fullest count has come from X": the perfect's auxiliary stands before the verb.)
  const verb = PERFECT.has(tokens.key[at + 1] ?? '') ? at + 2 : at + 1;
  if (!COMING.has(tokens.key[verb] ?? '') || tokens.key[verb + 1] !== 'from') return null;
  return agentAfter(cx, { by: verb + 1, to: input.to, at, quoted: input.quoted });
}

/** "the foreign minister": an article and lowercase words, a title rather than a name. */
function commonNoun(tokens: Tokens, from: number, to: number): boolean {
  const first = tokens.key[from] ?? '';
  if (!DETERMINERS.has(first) && !POSSESSIVES.has(first)) return false;
  for (let i = from + 1; i < to; i++) if (tokens.capital[i]) return false;
  return to > from + 1;
}

/**
 * Whether token `i` is a capitalized word or the lower-case end of one joined by a hyphen: the
 * "won" of "Park Sun-won".
 */
function capitalized(tokens: Tokens, i: number): boolean {
  if (tokens.capital[i]) return true;
  return (
    tokens.kind[i] === WORD &&
    tokens.key[i - 1] === '-' &&
    tokens.start[i] === tokens.end[i - 1] &&
    tokens.end[i - 2] === tokens.start[i - 1] &&
    tokens.capital[i - 2] === 1
  );
}

const INFORMANTS = new Set(lexicon.data.informantNouns);
/** "a source in Sinuiju", "a resident of Hyesan": where an informant is belongs to its name. */
const PLACE_CONNECTORS = new Set(['in', 'at', 'from', 'of']);
const HANDLING = new Set(lexicon.data.handlingParticiples);
const EVIDENCE = new Set(lexicon.data.evidenceNouns);
const FOUNDING = new Set(lexicon.data.foundingParticiples);
/** How far a participle may stand before the verb: "video clips posted on Russian social media in July showed". */
const PARTICIPLE_REACH = 10;

/** How many items a list of founders may hold before its participle: "set up by A, B, C and D". */
const FOUNDER_ITEMS = 6;

/**
 * The comma that opens an aside of founders whose list runs through the comma at `c` ("X, set up
 * by Poland, Latvia, Canada and their allies, said"), or `c` itself: each item
 * between commas must open with a capital or an article, and the first follow a participle of
 * founding or handling and its "by".
 */
function foundersOpen(cx: Scan, at: { readonly c: number; readonly from: number }): number {
  const { tokens } = cx;
  const { key } = tokens;
  let item = at.c;
  for (let n = 0; n < FOUNDER_ITEMS; n++) {
    const head = key[item + 1] ?? '';
    const by = key[item + 2] === 'up' ? item + 3 : item + 2;
    if (n > 0 && (FOUNDING.has(head) || HANDLING.has(head)) && key[by] === 'by') return item;
    if (!tokens.capital[item + 1] && !DETERMINERS.has(head)) return at.c;
    let p = item - 1;
    while (p > at.from && key[p] !== ',' && item - p < MAX_APPOSITIVE) {
      if (tokens.kind[p] === PUNCT && key[p] !== '-' && key[p] !== "'") return at.c;
      p--;
    }
    if (key[p] !== ',') return at.c;
    item = p;
  }
  return at.c;
}

/**
 * A participle that describes the subject before a verb: "customs figures released on Friday
 * showed", "a team set up by eight governments concluded", "photos reviewed by the group show".
 * Returns its token, or -1.
 */
function participleAt(cx: Scan, j: number, from: number): number {
  const { tokens } = cx;
  for (let k = j; k > from && j - k < PARTICIPLE_REACH; k--) {
    const key = tokens.key[k] ?? '';
    if (key === ',' || key === '"' || key === ';' || key === ':') return -1;
    if ((!HANDLING.has(key) && !FOUNDING.has(key)) || tokens.capital[k]) continue;
    const link = tokens.key[linkAfter(tokens, k)] ?? '';
    if (CONNECTORS.has(link) || link === 'on') return k;
  }
  return -1;
}

/**
 * The "by" of a participle's agent at `link` or past a short time phrase before it ("published
 * in May by", "released on Monday by", "issued last week by", "compiled earlier by"), or -1.
 */
function byPastTime(cx: Scan, link: number): number {
  const { key } = cx.tokens;
  const first = key[link] ?? '';
  if (first === 'by') return link;
  if (AGENT_TIME_WORDS.has(first)) return key[link + 1] === 'by' ? link + 1 : -1;
  const dated =
    ((first === 'in' || first === 'on') && (dateWord(cx, link + 1) || yearAt(cx, link + 1))) ||
    (TIME_DEICTICS.has(first) && TIME_WORDS.has(key[link + 1] ?? ''));
  return dated && key[link + 2] === 'by' ? link + 2 : -1;
}

/** The token after a participle and its particle: "by" in "set up by". */
function linkAfter(tokens: Tokens, k: number): number {
  return tokens.key[k + 1] === 'up' ? k + 2 : k + 1;
}

/** Words that open a span of time: "in a single week", "over the past month". */
const SPAN_LINKS = new Set(['in', 'over', 'during', 'for']);

const TIME_WORDS = new Set([
  'week',
  'month',
  'year',
  'day',
  'today',
  'yesterday',
  'earlier',
  'later',
]);

/** Whether token `i` names a month or a day of the week. */
function dateWord(cx: Scan, i: number): boolean {
  const key = cx.tokens.key[i] ?? '';
  return cx.lex.months.has(key) || cx.lex.weekdays.has(key);
}

/** How many words the period a document covers may run: "for the opening half of this year". */
const PERIOD_COVERED_REACH = 8;

/**
 * Where a document's name ends when the period it covers stands before its verb ("port figures
 * for the opening half of 2025 show", "the figures for 2024 show"): the document's noun before
 * "for", else `j` unchanged.
 */
function beforePeriodCovered(cx: Scan, at: { readonly j: number; readonly from: number }): number {
  const { tokens } = cx;
  const { j, from } = at;
  const last = tokens.key[j] ?? '';
  // ("for the past three months": a time word may be plural.)
  const plural = last.endsWith('s') && TIME_WORDS.has(last.slice(0, -1));
  if (!plural && !timeWord(cx, j) && !yearAt(cx, j)) return j;
  for (let k = j - 1; k > from && j - k <= PERIOD_COVERED_REACH; k--) {
    if (tokens.kind[k] !== NUMBER && (tokens.kind[k] !== WORD || tokens.capital[k])) return j;
    if (tokens.key[k] === 'for') return documentNoun(cx, k - 1) ? k - 1 : j;
  }
  return j;
}

/** Words that open a two-word time: "last week", "this month", "earlier this year" ends one. */
const TIME_DEICTICS = new Set(['last', 'this', 'next', 'that']);

/**
 * Where a verb's subject ends when a time stands between a relative pronoun and the verb
 * ("which last week told", "who earlier this month said", "which yesterday said"): the pronoun,
 * else `j` unchanged.
 */
function beforeRelativeTime(cx: Scan, span: { readonly j: number; readonly from: number }): number {
  const { key } = cx.tokens;
  const { j, from } = span;
  if (
    AGENT_TIME_WORDS.has(keyAt(key, j) ?? '') &&
    RELATIVES.has(keyAt(key, j - 1) ?? '') &&
    j - 1 > from
  )
    return j - 1;
  if (!timeWord(cx, j) || !TIME_DEICTICS.has(key[j - 1] ?? '')) return j;
  const open = key[j - 2] === 'earlier' || key[j - 2] === 'later' ? j - 3 : j - 2;
  return RELATIVES.has(key[open] ?? '') && open > from ? open : j;
}

/** Whether token `i` ends a phrase of time: "this month", "on Monday", "in 2024". */
function timeWord(cx: Scan, i: number): boolean {
  const { lex, tokens } = cx;
  const key = keyAt(tokens.key, i) ?? '';
  return (
    TIME_WORDS.has(key) || lex.weekdays.has(key) || lex.months.has(key) || tokens.kind[i] === NUMBER
  );
}

/** Walks back over a subject's name from `j`; returns the token before its first word. */
/** How many words may describe a body after "of the": "the parliamentary intelligence committee". */
const DESCRIBED_BODY_REACH = 4;

/**
 * "Rep. Lee Seong-kweun of the parliamentary intelligence committee told reporters": a person's
 * body described in lower case, running to the verb, belongs to the person's name; the speaker is
 * the person, not "the committee".
 */
function describedBody(cx: Scan, at: { readonly of: number; readonly verb: number }): boolean {
  const { tokens } = cx;
  const { of, verb } = at;
  if (tokens.key[of] !== 'of' || tokens.key[of + 1] !== 'the' || !capitalized(tokens, of - 1))
    return false;
  if (verb - of - 2 > DESCRIBED_BODY_REACH || !cx.lex.bodyNouns.has(tokens.key[verb - 1] ?? ''))
    return false;
  for (let k = of + 2; k < verb; k++)
    if (tokens.kind[k] !== WORD || tokens.capital[k]) return false;
  return true;
}

/**
 * "briefed journalists the bureau thought", "a number the council called low": a common word in
 * lower case before an article ends what comes before the subject (an object, or the noun a
 * clause describes); a connector ("head of the agency") or a link ("close to the ministry") does
 * not.
 */
function objectBefore(cx: Scan, s: number): boolean {
  const { tokens } = cx;
  const key = tokens.key[s] ?? '';
  return (
    tokens.kind[s] === WORD &&
    !tokens.capital[s] &&
    !CONNECTORS.has(key) &&
    !PREPOSITIONS.has(key) &&
    !DETERMINERS.has(key) &&
    !linkAt(tokens, s - 1) &&
    !linkAt(tokens, s)
  );
}

/**
 * Whether the words that end at `j` describe a name set off before them by a comma: "the Korea
 * Institute (KI), a state-run research body" or "KOTRA, Seoul's trade body", where the
 * description opens with an article or a possessive and ends on a common noun.
 */
function describedBefore(cx: Scan, at: { readonly j: number; readonly from: number }): boolean {
  const { tokens } = cx;
  const { j, from } = at;
  if (tokens.kind[j] !== WORD || tokens.capital[j] || !cx.lex.bodyNouns.has(tokens.key[j] ?? ''))
    return false;
  let c = j - 1;
  while (c > from && tokens.key[c] !== ',' && j - c < MAX_APPOSITIVE) {
    if (tokens.key[c] === '.' || tokens.key[c] === ';' || tokens.key[c] === '"') return false;
    c--;
  }
  if (tokens.key[c] !== ',' || c <= from) return false;
  const head = tokens.key[c + 1] ?? '';
  if (!DETERMINERS.has(head) && !possessiveBefore(tokens, c + 4)) return false;
  return tokens.key[c - 1] === ')' || (tokens.capital[c - 1] === 1 && tokens.kind[c - 1] === WORD);
}

/** How many words a name after a description may run: "the Korea Trade Promotion Agency". */
const RENAMING_WORDS = 6;

/**
 * "according to Seoul's trade body, KOTRA;": a description (an article or a possessive, then
 * words ending on a common noun) followed by a name set off by a comma, which closes at a stop.
 * Returns the end of that name, or -1.
 */
function nameAfterDescription(
  cx: Scan,
  span: { readonly n: number; readonly end: number; readonly to: number },
): number {
  const { tokens } = cx;
  const { n, end, to } = span;
  const last = end - 1;
  if (
    tokens.key[end] !== ',' ||
    tokens.capital[last] ||
    !cx.lex.bodyNouns.has(tokens.key[last] ?? '')
  )
    return -1;
  if (!DETERMINERS.has(tokens.key[n] ?? '') && !possessiveBefore(tokens, n + 3)) return -1;
  let k = end + 1;
  while (k < to && k - end <= RENAMING_WORDS && tokens.kind[k] === WORD && tokens.capital[k]) k++;
  if (k === end + 1 || k - end > RENAMING_WORDS) return -1;
  const stop = tokens.key[k] ?? '.';
  return k >= to || stop === ';' || stop === '.' || stop === ',' ? k : -1;
}

/** Words that set a place in an informant's description: "at a depot in X", "a project on X". */
const INFORMANT_PLACES = new Set([...PLACE_CONNECTORS, 'on', 'near']);

/** How many words in lower case an informant's description may run before its place. */
const INFORMANT_PLACE_REACH = 5;

/**
 * Whether the connector at `at` sets a place further on in an informant's description ("a
 * railway worker at a depot in Tumangang", "a manager at a hotel project on Sakhalin"): words in
 * lower case back to an informant and a connector of place after it.
 */
function informantPlace(cx: Scan, input: { readonly at: number; readonly from: number }): boolean {
  const { key, kind, capital } = cx.tokens;
  const { at, from } = input;
  if (!INFORMANT_PLACES.has(key[at] ?? '')) return false;
  for (let k = at - 1; k > from && at - k <= INFORMANT_PLACE_REACH; k--) {
    if (kind[k] !== WORD || capital[k]) return false;
    if (PLACE_CONNECTORS.has(key[k] ?? '') && INFORMANTS.has(key[k - 1] ?? '')) return true;
  }
  return false;
}

function walkBack(cx: Scan, at: { readonly j: number; readonly from: number }): number {
  const { tokens } = cx;
  const { j, from } = at;
  let s = j;
  while (s >= from && j - s < MAX_NAME_TOKENS) {
    // "the Bank of Korea estimated": a connector between capitals stays in the name.
    let after = DETERMINERS.has(tokens.key[s + 1] ?? '') ? s + 2 : s + 1;
    // "Park Sun-won of the ruling Democratic Party": one word may describe the party named.
    if (
      after === s + 2 &&
      tokens.key[s] === 'of' &&
      !tokens.capital[after] &&
      tokens.capital[after + 1]
    )
      after++;
    // "a source in Sinuiju", "a manager in the city": where a person is.
    // ("in January" is a date, not a connector inside a name.)
    const connector =
      (CONNECTORS.has(tokens.key[s] ?? '') &&
        ((tokens.capital[after] === 1 && capitalized(tokens, s - 1) && !dateWord(cx, after)) ||
          (PLACE_CONNECTORS.has(tokens.key[s] ?? '') && INFORMANTS.has(tokens.key[s - 1] ?? '')) ||
          describedBody(cx, { of: s, verb: j + 1 }))) ||
      (tokens.capital[after] === 1 && informantPlace(cx, { at: s, from }));
    // "Russia's own reports to the UN committee showed": whom a document went to is no source.
    const document = keyAt(tokens.key, s - 1) ?? '';
    if (
      tokens.key[s] === 'to' &&
      (cx.lex.sourceNouns.has(document) || cx.lex.nounLikeSpeechVerbs.has(document))
    ) {
      s -= 1;
      continue;
    }
    // "people familiar with the matter told Reuters", "a source close to the ministry said"
    if (linkAt(tokens, s - 1)) {
      s -= 2;
      continue;
    }
    // "a defector group based in Seoul says": where the source sits belongs to its name.
    if ((tokens.key[s] === 'in' || tokens.key[s] === 'at') && tokens.key[s - 1] === 'based') {
      s -= 2;
      continue;
    }
    // "The 478-page report said": a number joined to a word is a modifier, not a count.
    const modifier = tokens.kind[s] === NUMBER && hyphenAfter(tokens, s);
    if (!connector && !modifier && !isNameToken(cx, s)) break;
    // "Lee said the agency believed": a verb of saying ends the subject of the next one.
    // ("think-tank": a word joined to the next by a hyphen is no verb.)
    if (
      s < j &&
      verbOnly(cx, tokens.key[s] ?? '') &&
      !compoundAt(tokens, s) &&
      !hyphenAfter(tokens, s)
    )
      break;
    s--;
    // "On a busy day its analysts counted": a possessive opens the subject's noun phrase, and
    // so does an article after a time ("Earlier this month the NIS estimated").
    if (POSSESSIVES.has(tokens.key[s + 1] ?? '')) break;
    if (DETERMINERS.has(tokens.key[s + 1] ?? '') && (timeWord(cx, s) || objectBefore(cx, s))) break;
  }
  return s;
}

const SUMMARY_VERBS = new Set(lexicon.data.summaryVerbs);
const SUMMARY_PLACES = new Set(['below', 'follows']);

/**
 * "Its conclusions are summarised below": a lead-in after which the text goes on in the voice of
 * the report it summarizes. Looks only at the sentence's source words.
 */
export function leadsSummary(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { key } = cx.tokens;
  for (let i = sentence.from; i < sentence.to; i++) {
    if ((cx.cues[i]! & CUE_SOURCE) === 0 || !SUMMARY_VERBS.has(key[i] ?? '')) continue;
    if (SUMMARY_PLACES.has(key[i + 1] ?? '') || SUMMARY_PLACES.has(key[i + 2] ?? '')) return true;
    // "Below we summarise its findings": the place may open the sentence, before its subject.
    if (key[i - 2] === 'below' || key[i - 3] === 'below') return true;
  }
  return false;
}

/** The body named last: what "its findings" and "the report" stand for. */
export function lastBody(memory: SourceMemory): Attribution | null {
  for (let k = memory.named.length - 1; k >= 0; k--)
    if (!memory.named[k]!.person) return memory.named[k]!.attribution;
  return null;
}

/**
 * The body last named by a proper name, whose report a summary speaks for: not "member states"
 * that supplied it; the body named last when none has a proper name.
 */
export function lastNamedBody(memory: SourceMemory): Attribution | null {
  for (let k = memory.named.length - 1; k >= 0; k--) {
    const { attribution, person } = memory.named[k]!;
    if (!person && hasCapital(attribution.name)) return attribution;
  }
  return lastBody(memory);
}

/** A source the document has named, as the memory keeps it. */
interface NamedSource {
  readonly attribution: Attribution;
  readonly person: boolean;
  /**
   * Name and affiliation in lower case, for a back-reference's noun to find ("the agency"):
   * built the first time one looks (`wordsOf`), since most sources are never looked for that way.
   */
  words: string | null;
  /** The document it spoke in ("said in a report": "report"), which a later "the report" means. */
  made?: string;
}

/** A named source's name and affiliation in lower case, built once. */
function wordsOf(entry: NamedSource): string {
  const { name, affiliation } = entry.attribution;
  entry.words ??= `${name ?? ''} ${affiliation ?? ''}`.toLowerCase();
  return entry.words;
}

/** The sources named so far in a document, most recent last, for back-references to resolve. */
export interface SourceMemory {
  readonly named: NamedSource[];
  /**
   * People named in full, kept longer than `named`: "Park puts it at" several paragraphs and
   * many other sources after "said Park Min-jun, a fellow at …" is still that person.
   */
  readonly people: Attribution[];
  /** "the Joint Chiefs of Staff (JCS)", "an agency known as HUR": acronym → the name it stands for. */
  readonly acronyms: Map<string, string>;
  /** The same pairs the other way: "Ukrainian military intelligence" → "HUR". */
  readonly acronymOf: Map<string, string>;
  /**
   * The cue resolved last and what it resolved to: a sentence's figures mostly ask after the same
   * cue, and nothing it resolves against changes until the memory does.
   */
  last: { cue: SourceCue | null; attribution: Attribution | null };
  /**
   * Where the name that opened the latest sentence crediting no one stands ("Budanov was asked
   * …", "The NIS gave a briefing"): whom a pronoun means when no source was named before it,
   * since "he said" is never a name a reader would give. Positions only, read when a pronoun
   * asks, so a sentence pays for no string.
   */
  readonly opener: { scan: Scan | null; from: number; first: number; end: number };
  /** The document's tokens, for a surname whose full name the text gave outside any credit. */
  readonly tokens: Tokens | null;
  /** Surnames the text writes with a given name, by surname; built when a surname first asks. */
  written: Map<string, { at: number; found: Attribution }> | null;
  /** How far `written` has read: a surname asks only of the names written before it. */
  writtenTo: number;
}

/** An empty memory, for the start of a document. */
export function createSourceMemory(tokens: Tokens | null = null): SourceMemory {
  return {
    tokens,
    written: null,
    writtenTo: 1,
    named: [],
    people: [],
    acronyms: new Map(),
    acronymOf: new Map(),
    last: { cue: null, attribution: null },
    opener: { scan: null, from: 0, first: 0, end: 0 },
  };
}

/** Whether a token is an acronym: two to six capitals ("JCS", "NIS", "MSMT"). */
function acronymAt(tokens: Tokens, i: number): string | null {
  if (tokens.kind[i] !== WORD || tokens.end[i]! - tokens.start[i]! > 6) return null;
  return allCapitals(tokens, i) ? tokens.text.slice(tokens.start[i], tokens.end[i]) : null;
}

/**
 * Learns the acronyms a sentence defines — "the Korea Institute for Defense Analyses (KIDA)",
 * "Ukraine's military intelligence agency, known as HUR" — so a later "KIDA said" credits the
 * full name.
 */
export function learnAcronyms(
  cx: Scan,
  input: { readonly from: number; readonly to: number; readonly memory: SourceMemory },
): void {
  const { tokens } = cx;
  const { from, to, memory } = input;
  for (let i = from + 1; i < to; i++) {
    // "(" and "known" carry the acronym bit for this scan: other tokens cost one bit test.
    if ((cx.cues[i]! & CUE_ACRONYM) === 0) continue;
    let acronym: string | null = null;
    let nameEnd = i;
    if (tokens.key[i] === '(' && tokens.key[i + 2] === ')') {
      acronym = acronymAt(tokens, i + 1);
    } else if (tokens.key[i] === 'known' && tokens.key[i + 1] === 'as') {
      acronym = acronymAt(tokens, i + 2);
      nameEnd = tokens.key[i - 1] === ',' ? i - 1 : i;
    }
    if (acronym === null || memory.acronyms.has(acronym)) continue;
    const start = walkBack(cx, { j: nameEnd - 1, from }) + 1;
    let first = start;
    while (first < nameEnd && (DETERMINERS.has(tokens.key[first] ?? '') || !tokens.capital[first]))
      first++;
    if (first < nameEnd) {
      const full = textOf(tokens, first, nameEnd);
      memory.acronyms.set(acronym, full);
      memory.acronymOf.set(full, acronym);
      memory.last.cue = null;
    }
  }
}

/** Words that open a sentence's clause before its subject: "If Russia", "Since North Korea". */
const SENTENCE_OPENERS = new Set([
  ...SUBJECT_OPENERS,
  ...CLAUSE_WORDS,
  'if',
  'since',
  'because',
  'after',
  'before',
  'once',
  'until',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  // "What North Korea has sent": a question's word opens a clause, never a body's name.
  'what',
  'how',
  'why',
]);

/** How many words a body's name may run to when it opens a sentence with no source in it. */
const SUBJECT_REACH = 10;

/**
 * "South Korea's National Intelligence Service (NIS) was the first to raise the alarm.": a body
 * that opens a sentence naming no source is who a later "it said" or "the agency told" means, so
 * it is remembered though it is credited with nothing. Reads only the sentence's first words.
 */
export function rememberSubject(
  cx: Scan,
  input: { readonly from: number; readonly to: number; readonly memory: SourceMemory },
): void {
  const { lex, tokens } = cx;
  const { from, to, memory } = input;
  // "Outlet | Weekly briefing | 30 May": a line the page's bars divide is its masthead, whose
  // words name no body a later "its" or "the group" could mean.
  for (let k = from; k < to; k++) if (tokens.key[k] === '|') return;
  if (rememberMaker(cx, input)) return;
  let i = tokens.key[from] === 'the' ? from + 1 : from;
  const first = i;
  let last = -1;
  while (i < to && i - first < SUBJECT_REACH) {
    if (tokens.kind[i] === WORD && tokens.capital[i]) last = i;
    else if (tokens.key[i] === "'" && tokens.key[i + 1] === 's') i++;
    else if (!(CONNECTORS.has(tokens.key[i] ?? '') && tokens.capital[i + 1])) break;
    i++;
  }
  if (last < first) return;
  let end = last + 1;
  // "Park Min-jun, a researcher …": a name's hyphenated part belongs to it.
  while (hyphenAfter(tokens, end - 1) && tokens.start[end + 1] === tokens.end[end]) end += 2;
  // (The splitter may leave the next quotation's opening mark after the full stop.)
  const stop = tokens.key[to - 1] === '"' ? to - 2 : to - 1;
  if (tokens.key[stop] === '.') rememberOpener(cx, { from, first, end, memory });
  if (
    tokens.key[end] === ',' &&
    first === from &&
    !SENTENCE_OPENERS.has(tokens.key[first] ?? '') &&
    rememberPerson(cx, { from: first, to: end, memory, limit: to })
  )
    return;
  const acronym = tokens.key[end] === '(' && tokens.key[end + 2] === ')';
  if (acronym) end += 3;
  // The name must be a body's and run into a verb's auxiliary: "… (NIS) was", "The Ministry has"
  if (!acronym && !lex.bodyNouns.has(tokens.key[last] ?? '')) return;
  // (an auxiliary, not a noun: "UN Security Council resolution 2397" names no subject), and
  // not open with a clause word ("If Russia paid", "Since North Korea").
  if (end >= to || !lex.speechAuxiliaries.has(tokens.key[end] ?? '')) return;
  if (SENTENCE_OPENERS.has(tokens.key[first] ?? '')) return;
  if (onlyCountry(cx, { from: first, to: last + 1 })) return;
  const place = placeOf(tokens, { at: end, from: first, to: end, quoted: false });
  const found = named(cx, place, { name: place.text, affiliation: null });
  if (found.attribution && !found.person) remember(memory, found);
}

/** How far a relative clause's maker may follow its document: "data the Unification Ministry submitted". */
const MAKER_REACH = 3;

/**
 * The maker of a document that a sentence crediting no one names: "The Stimson Center's report
 * traces …", "Baltic Forum report tracks …", "The summary, compiled by X, covers …", "Data X
 * submitted to lawmakers cover …", or else the sentence's subject ("In a report released on
 * Monday, the Stimson Center traced …", "X, in its latest assessment, looks at …", "Lena Brandt
 * of the Forum led the study."). It is remembered, so a later "the report said", "the authors
 * estimate" or "Brandt's team found" credits it. Returns whether one was found.
 */
function rememberMaker(
  cx: Scan,
  input: { readonly from: number; readonly to: number; readonly memory: SourceMemory },
): boolean {
  const { lex, tokens } = cx;
  const { from, to, memory } = input;
  let documents = 0;
  for (let n = from; n < to; n++) {
    if ((cx.cues[n]! & CUE_SOURCE) === 0 || !lex.sourceNouns.has(tokens.key[n] ?? '')) continue;
    // ("Kpler, a data firm, tracked …", "a research group": the noun describes a body.)
    if (subjectNoun(cx, n + 1)) continue;
    documents++;
    const maker = makerOf(cx, { n, from, to });
    if (maker) {
      rememberFound(cx, { place: maker, memory });
      return true;
    }
  }
  if (documents === 0) return false;
  const start = subjectStart(cx, { from, to });
  if (start < 0 || start >= to) return false;
  const first = tokens.key[start] === 'the' ? start + 1 : start;
  // ("Where cash was involved, the report traced": a clause's word opens no name.)
  if (!tokens.capital[first] || SENTENCE_OPENERS.has(tokens.key[first] ?? '')) return false;
  const end = nameAfter(cx, first, to);
  if (end <= first || end >= to || !properEnd(cx, end - 1)) return false;
  // ("Below are its findings": one word opening a sentence is a name only as an acronym.)
  if (end === first + 1 && !allCapitals(tokens, first)) return false;
  // A subject goes on to its verb, or to an aside: not to "to" ("Subscribe to our briefing").
  const next = tokens.key[end] ?? '';
  if (tokens.kind[end] === WORD ? lex.clauseStops.has(next) : next !== ',' && next !== '(')
    return false;
  // A document's noun inside the name ("The Stimson Center report") was read above.
  for (let k = first; k < end; k++) if (documentNoun(cx, k)) return false;
  if (onlyCountry(cx, { from: first, to: end })) return false;
  const place = placeOf(tokens, { at: end, from: start, to: end, quoted: false });
  rememberFound(cx, { place, memory, affiliation: bracketedBody(cx, { at: end, to }) });
  return true;
}

/** How far a bracket after a byline's names may run: "(Research Fellows, Korea Institute for …)". */
const BRACKET_REACH = 16;

/**
 * The body a bracket after a name gives ("Jeon Soo-hyun and Baek Ji-ah (Research Fellows, Korea
 * Institute for National Unification)"): its words after the last comma, when they end in a
 * capital; null when no bracket opens at `at`.
 */
function bracketedBody(
  cx: Scan,
  span: { readonly at: number; readonly to: number },
): string | null {
  const { tokens } = cx;
  const { at, to } = span;
  if (tokens.key[at] !== '(') return null;
  let open = at;
  for (let k = at + 1; k < to && k - at <= BRACKET_REACH; k++) {
    if (tokens.key[k] === ',') open = k;
    if (tokens.key[k] !== ')') continue;
    return k > open + 1 && capitalized(tokens, k - 1) ? textOf(tokens, open + 1, k) : null;
  }
  return null;
}

/** Whether token `k` names a document rather than its maker: "report", "documents", "summary". */
function documentNoun(cx: Scan, k: number): boolean {
  const key = cx.tokens.key[k] ?? '';
  return cx.lex.sourceNouns.has(key) || DOCUMENT_NOUNS.has(key);
}

/** Whether token `k` can end a maker's name: a capital ("the Stimson Center"), a body noun, or the bracket after an acronym. */
function properEnd(cx: Scan, k: number): boolean {
  const { tokens } = cx;
  return (
    capitalized(tokens, k) || tokens.key[k] === ')' || cx.lex.bodyNouns.has(tokens.key[k] ?? '')
  );
}

/** Where the maker of the document at `n` is named, when the words around it name one. */
function makerOf(
  cx: Scan,
  at: { readonly n: number; readonly from: number; readonly to: number },
): CuePlace | null {
  const { lex, tokens } = cx;
  const { n, from, to } = at;
  const noun = lex.reportAdjectives.has(keyAt(tokens.key, n - 1) ?? '') ? n - 1 : n;
  // "The Stimson Center's report", "Kpler's latest data"; "Baltic Forum report".
  const owned = possessiveBefore(tokens, noun);
  if (owned || madeBy(cx, n)) {
    const j = owned ? noun - 3 : noun - 1;
    if (j < from || !tokens.capital[j]) return null;
    const s = Math.max(walkBack(cx, { j, from }) + 1, subjectStart(cx, { from, to: j + 1 }));
    // ("Report summary", "Railway documents report": a document names no maker.)
    if (s > j || documentNoun(cx, j) || onlyCountry(cx, { from: s, to: j + 1 })) return null;
    return placeOf(tokens, { at: n, from: s, to: j + 1, quoted: false });
  }
  // "The second report of the Baltic Forum (BF), released …": the maker after "of", by name.
  if (tokens.key[n + 1] === 'of') {
    const name = DETERMINERS.has(tokens.key[n + 2] ?? '') ? n + 3 : n + 2;
    const end = tokens.capital[name] ? nameAfter(cx, name, to) : name;
    if (end > name && !onlyCountry(cx, { from: name, to: end }))
      return placeOf(tokens, { at: n, from: name, to: end, quoted: false });
  }
  // "The summary, compiled by the Far Eastern Customs Administration, covers …"
  let k = tokens.key[n + 1] === ',' ? n + 2 : n + 1;
  if (HANDLING.has(tokens.key[k] ?? '') && tokens.key[k + 1] === 'by') {
    const name = DETERMINERS.has(tokens.key[k + 2] ?? '') ? k + 3 : k + 2;
    const end = tokens.capital[name] ? nameAfter(cx, name, to) : name;
    return end > name ? placeOf(tokens, { at: n, from: name, to: end, quoted: false }) : null;
  }
  // "Data the Unification Ministry submitted", "the study that the Centre published".
  k = relativeMaker(cx, { n, to });
  return k < 0
    ? null
    : placeOf(tokens, { at: n, from: k, to: nameAfter(cx, k, to), quoted: false });
}

/** How far after the noun of a document a relative clause may name who made it. */
const RELATIVE_MAKER_REACH = 10;

/**
 * The first word of the maker a relative clause after the document at `n` names, or -1: "data
 * the Unification Ministry submitted", "a study of imagery and data that the Centre, a research
 * group, published". The name must run to a participle of handling or publishing, past one aside.
 */
/** How many tokens (hyphens too) a maker described in lower case may run before its verb. */
const DESCRIBED_MAKER_WORDS = 9;

/**
 * Where words from the article at `k` that describe a body end, on a body's noun right before
 * a verb of publishing or handling ("a state-run research body published"), or -1.
 */
function describedMaker(cx: Scan, at: { readonly k: number; readonly to: number }): number {
  const { lex, tokens } = cx;
  if (!DETERMINERS.has(tokens.key[at.k] ?? '')) return -1;
  for (let e = at.k + 1; e < at.to && e - at.k <= DESCRIBED_MAKER_WORDS; e++) {
    if (tokens.kind[e] === PUNCT && tokens.key[e] !== '-') return -1;
    const verb = tokens.key[e + 1] ?? '';
    if (
      lex.bodyNouns.has(tokens.key[e] ?? '') &&
      !tokens.capital[e] &&
      (HANDLING.has(verb) || lex.publicationVerbs.has(verb))
    )
      return e + 1;
  }
  return -1;
}

function relativeMaker(cx: Scan, at: { readonly n: number; readonly to: number }): number {
  const { lex, tokens } = cx;
  const { n, to } = at;
  for (let m = n + 1; m < to && m - n <= RELATIVE_MAKER_REACH; m++) {
    const key = tokens.key[m] ?? '';
    const relative = RELATIVES.has(key);
    // ("data the ministry submitted": with no relative word, the maker follows the noun at once.)
    if (!relative && m > n + 1) {
      if (tokens.kind[m] === PUNCT && key !== '-') return -1;
      continue;
    }
    let k = relative ? m + 1 : m;
    if (DETERMINERS.has(tokens.key[k] ?? '')) k++;
    if (!tokens.capital[k] || k - m > MAKER_REACH) {
      if (relative) return -1;
      continue;
    }
    let end = nameAfter(cx, k, to);
    if (end <= k) return -1;
    if (tokens.key[end] === ',') {
      let close = end + 1;
      while (close < to && tokens.key[close] !== ',' && close - end < MAX_APPOSITIVE) close++;
      end = close + 1;
    }
    const verb = tokens.key[end] ?? '';
    return HANDLING.has(verb) || lex.publicationVerbs.has(verb) ? k : -1;
  }
  return -1;
}

/**
 * Remembers the maker found at `place`; for a person named with a body ("Lena Brandt of the
 * Forum"), the body too, which a later "the study said" means where "Brandt's team" means her.
 */
function rememberFound(
  cx: Scan,
  input: {
    readonly place: CuePlace;
    readonly memory: SourceMemory;
    /** A body the text gives the maker apart from its name ("(Research Fellows, X)"). */
    readonly affiliation?: string | null;
  },
): void {
  const { tokens } = cx;
  const { place, memory } = input;
  const base = splitAffiliation(tokens, place.nameFrom, place.nameTo);
  const made = named(cx, place, {
    name: base.name,
    affiliation: base.affiliation ?? input.affiliation ?? null,
  });
  // ("Kpler's report": a single word that makes a document is a body, not a person's surname.)
  const found = made.person && !made.text.includes(' ') ? remarked(made, false, false) : made;
  if (!found.person) {
    remember(memory, found);
    return;
  }
  for (let k = place.nameFrom + 1; k < place.nameTo - 1; k++) {
    if (tokens.key[k] !== 'of' && tokens.key[k] !== 'at') continue;
    const b = DETERMINERS.has(tokens.key[k + 1] ?? '') ? k + 2 : k + 1;
    if (!tokens.capital[b]) break;
    const body = placeOf(tokens, { at: place.at, from: b, to: place.nameTo, quoted: false });
    const who = placeOf(tokens, { at: place.at, from: place.nameFrom, to: k, quoted: false });
    remember(memory, asPerson(named(cx, who, { name: who.text, affiliation: body.text })));
    remember(memory, named(cx, body, { name: body.text, affiliation: null }));
    return;
  }
  remember(memory, found);
}

/**
 * Keeps where the capitalized name that opens a sentence crediting no one stands, as the fallback
 * for a later pronoun ("Budanov was asked about the front. … he said", "Kim Byung-kee spoke …").
 */
function rememberOpener(
  cx: Scan,
  input: {
    readonly from: number;
    readonly first: number;
    readonly end: number;
    readonly memory: SourceMemory;
  },
): void {
  const { opener } = input.memory;
  opener.scan = cx;
  opener.from = input.from;
  opener.first = input.first;
  opener.end = input.end;
}

/**
 * "he said", "its data show" with no source named before: the name that opened the last
 * sentence crediting no one, "he" or "she" for a person and "it" or "its" for a body (a lone word
 * may be either: "Kpler tracks tankers. Its data show"). A country or a clause word ("If",
 * "After") opens no speaker's sentence, and two parties ("The US and UK") are "they".
 */
export function openerFor(cue: SourceCue, memory: SourceMemory): Attribution | null {
  const { scan: cx, from, first, end } = memory.opener;
  if (cx === null || cue.attribution !== null || memory.named.length > 0) return null;
  const space = cue.text.indexOf(' ');
  const word = (space < 0 ? cue.text : cue.text.slice(0, space)).toLowerCase();
  const kind = PRONOUN_KINDS.get(word);
  if (kind === undefined) return null;
  const { tokens } = cx;
  if (tokens.key[end] === "'" || SENTENCE_OPENERS.has(tokens.key[first] ?? '')) return null;
  if (onlyCountry(cx, { from: first, to: end })) return null;
  for (let k = first; k < end; k++) if (tokens.key[k] === 'and') return null;
  const name = textOf(tokens, from, end);
  const person = personLike(cx, placeOf(tokens, { at: end, from: first, to: end, quoted: false }));
  return !name.includes(' ') || person === (kind === 'person') ? { name, affiliation: null } : null;
}

const PRONOUN_KINDS = new Map(Object.entries(lexicon.data.pronounKinds));

/**
 * "Sergei Shoigu, the secretary of Russia's Security Council, visited Pyongyang. … he said": a
 * person who opens a sentence with a description of their office is whom a later "he" means,
 * ahead of a speaker named before them. Needs a given name and a surname and the description
 * between commas, so a place ("Primorsky Krai, a region …") or a lone word is not taken for one.
 */
function rememberPerson(
  cx: Scan,
  input: {
    readonly from: number;
    readonly to: number;
    readonly limit: number;
    readonly memory: SourceMemory;
  },
): boolean {
  const { tokens } = cx;
  const { from, to } = input;
  if (to - from < 2 || !DETERMINERS.has(tokens.key[to + 1] ?? '')) return false;
  const place = placeOf(tokens, { at: to, from, to, quoted: false });
  if (!personLike(cx, place)) return false;
  const affiliation = appositive(cx, to, input.limit);
  if (affiliation === null) return false;
  const found = cue(place, {
    attribution: { name: place.text, affiliation },
    toPerson: false,
    head: null,
    person: true,
  });
  remember(input.memory, found);
  return true;
}

/** Well-known sources by acronym, with their full names, from the lexicon. */
const KNOWN_FULL = new Map(Object.entries(lexicon.data.knownAcronyms));

/**
 * "KIDA", "the JCS": the full name an acronym stands for, kept with the acronym — as the text
 * defined it, or else as the lexicon knows it ("the NIS said" with no name spelled out).
 */
function expand(attribution: Attribution, memory: SourceMemory): Attribution {
  const name = attribution.name ?? '';
  const bare = name.startsWith('the ') || name.startsWith('The ') ? name.slice(4) : name;
  const full =
    (memory.acronyms.size > 0 ? memory.acronyms.get(bare) : undefined) ?? KNOWN_FULL.get(bare);
  if (full) return { name: `${full} (${bare})`, affiliation: attribution.affiliation };
  // "according to Ukrainian military intelligence (HUR)": the acronym the text gave the name,
  // which a reader may credit as readily as the words, kept beside the name as written.
  const short = memory.acronymOf.size > 0 ? memory.acronymOf.get(bare) : undefined;
  if (short && attribution.affiliation === null) return { name, affiliation: short };
  // "The MSMT report said": the report of the body its acronym names.
  const space = bare.indexOf(' ');
  if (space < 0 || space !== bare.lastIndexOf(' ')) return attribution;
  if (!lexicon.sourceNouns.has(bare.slice(space + 1))) return attribution;
  const acronym = bare.slice(0, space);
  const maker = memory.acronyms.get(acronym) ?? KNOWN_FULL.get(acronym);
  return maker
    ? { name: `${maker} (${acronym})`, affiliation: attribution.affiliation }
    : attribution;
}

/** "Budanov said" after "Kyrylo Budanov, the intelligence chief": the person already named. */
function bySurname(name: string, memory: SourceMemory): Attribution | null {
  // Only a capitalized word can be a surname: "officials said" looks for no one.
  const c = name.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null;
  for (let k = memory.named.length - 1; k >= 0; k--) {
    const entry = memory.named[k]!;
    if (entry.person && hasWord(entry.attribution.name ?? '', name)) return entry.attribution;
  }
  const { people } = memory;
  for (let k = people.length - 1; k >= 0; k--)
    if (hasWord(people[k]!.name ?? '', name)) return people[k]!;
  return null;
}

/**
 * "Seo estimates" after "a report written by research fellow Seo Jin-woo": the full name the text
 * gave a person before, though it credited them with nothing then. The name is the surname with a
 * given name joined by a hyphen after it ("Seo Jin-woo"), or a capitalized word no vocabulary
 * knows before it ("Anna Berg", where "In Berg" or "The Berg" is no name).
 */
function writtenInFull(
  memory: SourceMemory,
  input: { readonly name: string; readonly before: number },
): Attribution | null {
  const c = input.name.charCodeAt(0);
  if (memory.tokens === null || !(c >= 65 && c <= 90)) return null;
  const names = (memory.written ??= new Map());
  // Only names written before the surname count, so the read goes no further than the latest
  // surname that asked: most texts ask early and never pay for the rest.
  if (memory.writtenTo < input.before)
    memory.writtenTo = fullNamesIn(memory.tokens, {
      names,
      from: memory.writtenTo,
      to: input.before,
    });
  const first = names.get(input.name);
  return first !== undefined && first.at < input.before ? first.found : null;
}

/**
 * Every surname the text writes with a given name between `from` and `to`, at its first full
 * writing: read on from where the last surname's read stopped, so a text of many surnames reads
 * each token once. Returns where it stopped.
 */
function fullNamesIn(
  tokens: Tokens,
  range: {
    readonly names: Map<string, { at: number; found: Attribution }>;
    readonly from: number;
    readonly to: number;
  },
): number {
  const { names } = range;
  const { start, end, capital, key, kind, text } = tokens;
  const add = (surname: number, from: number, to: number): void => {
    const word = text.slice(start[surname], end[surname]);
    if (!names.has(word))
      names.set(word, {
        at: surname,
        found: { name: text.slice(start[from], end[to]), affiliation: null },
      });
  };
  const to = Math.min(range.to, tokens.length - 1);
  for (let k = range.from; k < to; k++) {
    if (capital[k] !== 1 || kind[k] !== WORD) continue;
    // "Seo Jin-woo": the surname first, a given name joined by a hyphen after it.
    if (
      k + 3 < tokens.length &&
      capital[k + 1] === 1 &&
      start[k + 1]! > end[k]! &&
      key[k + 2] === '-' &&
      start[k + 2] === end[k + 1] &&
      start[k + 3] === end[k + 2]
    )
      add(k, k, k + 3);
    // "Anna Berg": a given name no vocabulary knows before it, and no capital after.
    else if (
      capital[k - 1] === 1 &&
      kind[k - 1] === WORD &&
      key[k - 1] === UNKNOWN &&
      capital[k + 1] !== 1
    )
      add(k, k - 1, k);
  }
  return Math.max(range.from, to);
}

/**
 * "The report's authors", "the study's researchers": the people of a document named before,
 * whom a back-reference finds as it finds "the authors".
 */
function documentPeople(cx: Scan, at: { readonly s: number; readonly j: number }): boolean {
  const { key } = cx.tokens;
  const { s, j } = at;
  if (j !== s + 4 || key[s] !== 'the' || !BACK_NOUNS.has(key[s + 1] ?? '')) return false;
  if (!documentNoun(cx, s + 1) || !possessiveBefore(cx.tokens, j)) return false;
  return GROUP_WORDS.has(key[j] ?? '') || INFORMANTS.has(key[j] ?? '');
}

/** The people a person leads or writes with: "Cho's team", "Brandt's co-authors". */
const GROUP_WORDS = new Set(['team', 'staff', 'group', 'authors']);

/**
 * The owner of a group named by a possessive, "Brandt" in "Brandt's team" or "Cho's researchers":
 * one capitalized word before "'s" and a noun for people after it; null for any other name.
 */
function groupOwner(name: string): string | null {
  const space = name.indexOf(' ');
  if (space < 3 || space !== name.lastIndexOf(' ')) return null;
  const mark = name.charCodeAt(space - 2);
  if (name[space - 1] !== 's' || (mark !== 39 /* ' */ && mark !== 0x2019)) return null;
  const c = name.charCodeAt(0);
  if (c < 65 || c > 90) return null;
  const noun = name.slice(space + 1).toLowerCase();
  return GROUP_WORDS.has(noun) || INFORMANTS.has(noun) ? name.slice(0, space - 2) : null;
}

/** Capitals by the country each stands for: "seoul" → "South Korea". */
const SEAT_COUNTRIES = new Map(Object.entries(lexicon.data.seatCountries));

/**
 * "Seoul's spy agency", "Kyiv's prosecutors": a body or people a capital owns belongs to that
 * capital's country, which the credit keeps as its affiliation beside the words as written.
 */
function withSeat(attribution: Attribution): Attribution {
  const { name, affiliation } = attribution;
  if (affiliation !== null || name === null) return attribution;
  const space = name.indexOf(' ');
  if (space < 4) return attribution;
  const mark = name.charCodeAt(space - 2);
  if (name[space - 1] !== 's' || (mark !== 39 /* ' */ && mark !== 0x2019)) return attribution;
  const c = name.charCodeAt(0);
  if (c < 65 || c > 90) return attribution;
  const country = SEAT_COUNTRIES.get(name.slice(0, space - 2).toLowerCase());
  return country ? { name, affiliation: country } : attribution;
}

/** Whether `word` is one of the space-separated words of a name of several: no array built. */
function hasWord(full: string, word: string): boolean {
  if (full.length <= word.length) return false;
  for (let at = full.indexOf(word); at >= 0; at = full.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || full[at - 1] === ' ') && (end === full.length || full[end] === ' '))
      return true;
  }
  return false;
}

/**
 * "Orbital Ledger identified" after "Orbital Ledger Imaging, a company based in Copenhagen": a
 * body named again by the first words of its name.
 */
function byShortName(name: string, memory: SourceMemory): Attribution | null {
  for (let k = memory.named.length - 1; k >= 0; k--) {
    const full = memory.named[k]!.attribution.name ?? '';
    if (full.length > name.length && full.startsWith(name) && full[name.length] === ' ')
      return memory.named[k]!.attribution;
  }
  return null;
}

/** Nouns of documents besides the source nouns: what "the report" can never mean as its maker. */
const DOCUMENT_NOUNS = new Set(lexicon.data.documentNouns);

const MEMORY = 8;
/** How many people named in full a surname may still find. */
const PEOPLE_MEMORY = 24;
const SYNONYMS = new Map(Object.entries(lexicon.data.bodySynonyms));
const NO_WORDS: readonly string[] = [];

/** Whether the noun a back-reference looks for is written capitalized in a name ("Ministry of …"). */
function properName(name: string | null, head: string): boolean {
  if (!name) return false;
  const lower = name.toLowerCase();
  const at = lower.indexOf(head);
  const c = name.charCodeAt(at);
  // "a document described by the Centre" is a document: the body comes after "by".
  return at >= 0 && c >= 65 && c <= 90 && !lower.slice(0, at).includes(' by ');
}

/**
 * Who a cue credits: its own name, or for a back-reference the source it points at — "she" the
 * last person, "the agency" the last source whose name says agency, "it" the last body.
 */
export function resolveSource(cue: SourceCue, memory: SourceMemory): Attribution | null {
  if (memory.last.cue === cue) return memory.last.attribution;
  const attribution = resolveAfresh(cue, memory);
  memory.last.cue = cue;
  memory.last.attribution = attribution;
  return attribution;
}

function resolveAfresh(cue: SourceCue, memory: SourceMemory): Attribution | null {
  if (cue.attribution) {
    const name = withoutHonorific(cue.attribution.name ?? '');
    // "the HUR representative said" after "Vadym Skibitskyi, of HUR": the person named before
    // who speaks for that body.
    const body = cue.person ? null : bodyOfRole(name);
    if (body !== null) {
      const speaker = personOf(memory, body);
      if (speaker) return speaker;
    }
    // "the defence ministry said" after "the Ministry of National Defense": a description in
    // lower case, with an article, is the body the text named before with its noun.
    if (!cue.person && cue.attribution.affiliation === null) {
      const head = describedHead(name);
      const known = head ? namedWithNoun(memory, head) : null;
      if (known) return known;
    }
    // "Brandt's team found" after "Lena Brandt of the Forum led the study": the person's people.
    const owner = groupOwner(name);
    if (owner !== null) {
      const full = bySurname(owner, memory);
      if (full) return full;
    }
    // "Kim said" after "Kim Min-seo": a surname, even one that also names a country.
    if (!name.includes(' ')) {
      const full = bySurname(name, memory) ?? writtenInFull(memory, { name, before: cue.nameFrom });
      if (full) return full;
      if (cue.person) return cue.attribution;
    }
    if (cue.attribution.affiliation === null && secondWordCapital(name))
      return byShortName(name, memory) ?? withSeat(expand(cue.attribution, memory));
    return withSeat(expand(cue.attribution, memory));
  }
  const { named: list } = memory;
  // "the unification ministry said": a word that singles out one body of its kind must be found
  // in the source meant, or the words as written are the source (unlike "the spy agency").
  const marks = cue.toPerson ? NO_WORDS : singlingWords(cue);
  if (cue.head !== null && !cue.toPerson) {
    // "the ministry" after "the Ministry of National Defense … a ministry official": the body
    // named by its proper name, ahead of a description that merely contains the noun.
    let described: Attribution | null = null;
    const synonyms = SYNONYMS.get(cue.head) ?? NO_WORDS;
    for (let k = list.length - 1; k >= 0; k--) {
      const entry = list[k]!;
      const { name, affiliation } = entry.attribution;
      // "two agencies said in a report … the report found": the maker of the document named by
      // the noun, ahead of an older name that holds the noun ("UN report finds …" in a headline).
      if (entry.made === cue.head && marks.length === 0) return entry.attribution;
      const words = wordsOf(entry);
      if (!holdsMarks(words, marks)) continue;
      // "the agency said" after "the National Intelligence Service": a body's noun by another word.
      for (let w = 0; w < synonyms.length; w++) {
        const other = synonyms[w]!;
        if (words.includes(other) && properName(name, other)) return entry.attribution;
      }
      if (!words.includes(cue.head)) continue;
      if (properName(name, cue.head)) return entry.attribution;
      // "Ukraine's military intelligence agency (HUR) said … According to the agency": a body
      // the text describes by the noun itself, in lower case, is the one meant, ahead of an older
      // proper name (and "a document described by the Centre" is no Centre).
      if (!entry.person && name && headNoun(name) === cue.head) return entry.attribution;
      // "Lucia Benedek-Han of the Centre for Frontline Studies … the Centre said": the body she
      // spoke for, ahead of a description that merely mentions it.
      if (affiliation && properName(affiliation, cue.head))
        return { name: affiliation, affiliation: null };
      // "HUR, Ukraine's military intelligence agency": a body by its name, described by the noun.
      if (!entry.person && affiliation?.toLowerCase().includes(cue.head) === true && name)
        return entry.attribution;
      described ??= entry.attribution;
    }
    if (described) return described;
  }
  const wantPerson = cue.toPerson;
  // "a U.S. defense official said … The official added": the unnamed person described by that
  // noun, or a named one whose words hold it, ahead of whichever person was named last.
  if (wantPerson && cue.head !== null)
    for (let k = list.length - 1; k >= 0; k--) {
      const entry = list[k]!;
      const { name } = entry.attribution;
      if (!entry.person && name && headNoun(name).toLowerCase() === cue.head)
        return entry.attribution;
      if (!entry.person) continue;
      if (hasWord(wordsOf(entry), cue.head)) return entry.attribution;
    }
  // "The monitoring team said" when no name held "team": a body described by what it does is
  // the one the words describe, not whichever body was named last (a ministry).
  if (cue.head !== null && !wantPerson && describedByDoing(cue)) return null;
  for (let k = list.length - 1; k >= 0; k--) {
    const entry = list[k]!;
    if (entry.person !== wantPerson) continue;
    if (marks.length > 0 && !holdsMarks(wordsOf(entry), marks)) continue;
    // ("the Japanese ministry" is no Japanese body of another kind: its noun must be there too.)
    if (
      marks.length > 0 &&
      cue.head !== null &&
      hasCapital(cue.text) &&
      !wordsOf(entry).includes(cue.head)
    )
      continue;
    // "According to the report" after "a member state said": a noun whose body the memory does
    // not name stands for a body named by a proper name, not for one described in lower case.
    if (cue.head !== null && !wantPerson) {
      if (!hasCapital(entry.attribution.name)) continue;
      // "A State Department spokesperson said …": a person the name reader could not tell
      // from a body ("A" is no part of a person's name) is no report's author.
      if (personNoun(entry.attribution.name)) continue;
    }
    return entry.attribution;
  }
  // Kept as a name of its own, so a later "the ministry" finds it.
  if (marks.length > 0) return { name: cue.text, affiliation: null };
  // "the military said" with only people named before: the words as written, not a person.
  if (cue.head !== null && !wantPerson) return null;
  return list.at(-1)?.attribution ?? null;
}

const BODY_NOUNS = new Set(lexicon.data.bodyNouns);
const KIND_WORDS = new Set(lexicon.data.bodyKindWords);
/** How much of a singling word must match, so "defence" finds "Defense". */
const MARK_STEM = 5;

/**
 * The words between "the" and a body's noun that single out one body of its kind, as stems:
 * "unifi" for "the unification ministry"; none for "the spy agency" or "the 80-page report".
 */
function singlingWords(cue: SourceCue): readonly string[] {
  const { text, head } = cue;
  if (head === null || !BODY_NOUNS.has(head)) return NO_WORDS;
  const words = text.toLowerCase().split(' ');
  if (words[0] !== 'the' || words.length < 3 || words.at(-1) !== head) return NO_WORDS;
  const marks: string[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    // "the Finnish ministry", "the South Korean agency": the country, by any of its names.
    const pair = k + 2 < words.length ? COUNTRY_OF_WORDS.get(`${w} ${words[k + 1]}`) : undefined;
    const country = pair ?? COUNTRY_OF_WORDS.get(w);
    if (country !== undefined) {
      marks.push(country);
      if (pair !== undefined) k++;
      continue;
    }
    if (KIND_WORDS.has(w) || !isLetters(w)) continue;
    marks.push(w.slice(0, MARK_STEM));
  }
  return marks;
}

/** A country's names and adjectives of one or two words, each to a mark standing for the country. */
const COUNTRY_OF_WORDS = new Map<string, string>();
/** Each such mark to the country's names, any of which a source's words may hold. */
const COUNTRY_NAMES = new Map<string, readonly string[]>();
for (const country of lexicon.data.countries) {
  // Source words are compared in lower case, and a capitalised alias ("China") too.
  const names = [...country.aliases, ...country.people]
    .map((n) => n.toLowerCase())
    .filter((n) => !n.startsWith('the '));
  const mark = `@${country.code}`;
  COUNTRY_NAMES.set(mark, names);
  for (const n of names)
    if (n.split(' ').length <= 2 && !COUNTRY_OF_WORDS.has(n)) COUNTRY_OF_WORDS.set(n, mark);
}

function isLetters(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
}

function holdsMarks(words: string, marks: readonly string[]): boolean {
  for (let k = 0; k < marks.length; k++) {
    const names = COUNTRY_NAMES.get(marks[k]!);
    if (names === undefined ? !words.includes(marks[k]!) : !names.some((n) => words.includes(n)))
      return false;
  }
  return true;
}

/** Whether a back-reference names a body by what it does: "the monitoring team", "the ruling party". */
function describedByDoing(cue: SourceCue): boolean {
  const { text, head } = cue;
  if (head === null || !BODY_NOUNS.has(head)) return false;
  // ("the intelligence agency", "the spy agency" name the kind of body the text named before.)
  const first = text.indexOf(' ');
  const second = first > 0 ? text.indexOf(' ', first + 1) : -1;
  return second > 0 && text.slice(first + 1, second).endsWith('ing');
}

/**
 * "The NIS estimates that 6,000 were hurt, a figure the agency said included 2,000 dead": a
 * back-reference by a body's noun means the body its own sentence named before it, when that
 * body's name holds the noun or a word for it, ahead of any named in earlier sentences.
 */
export function antecedentIn(
  cues: readonly SourceCue[],
  input: { readonly cue: SourceCue; readonly memory: SourceMemory },
): SourceCue | null {
  const { cue: back, memory } = input;
  const head = back.head;
  if (back.attribution !== null || head === null || back.toPerson) return null;
  const synonyms = SYNONYMS.get(head) ?? NO_WORDS;
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k]!;
    if (c.at >= back.at || c.nameFrom >= back.nameFrom || c.attribution === null || c.person)
      continue;
    const name = resolveSource(c, memory)?.name ?? null;
    if (properName(name, head)) return c;
    for (let w = 0; w < synonyms.length; w++) if (properName(name, synonyms[w]!)) return c;
  }
  return null;
}

/**
 * The body of a role named with it, in lower case: "hur" for "the HUR representative", "the
 * Pentagon spokesman"; null for any other name.
 */
function bodyOfRole(name: string): string | null {
  if (!name.startsWith('the ') && !name.startsWith('The ')) return null;
  const space = name.lastIndexOf(' ');
  const noun = name.slice(space + 1);
  if (!PERSON_NOUNS.has(noun) && !INFORMANTS.has(noun)) return null;
  const body = name.slice(4, space);
  if (body.length === 0) return null;
  for (let k = 0; k < body.length; k = body.indexOf(' ', k) + 1) {
    const c = body.charCodeAt(k);
    if (c < 65 || c > 90) return null;
    if (body.indexOf(' ', k) < 0) break;
  }
  return body.toLowerCase();
}

/** The person named last whose words hold a body's name: "… (HUR)" for "hur". */
function personOf(memory: SourceMemory, body: string): Attribution | null {
  for (let k = memory.named.length - 1; k >= 0; k--) {
    const entry = memory.named[k]!;
    if (!entry.person) continue;
    const words = wordsOf(entry);
    if (hasWord(words, body) || words.includes(`(${body})`)) return entry.attribution;
  }
  return null;
}

/** Whether a name holds a capital letter past an opening article, as every proper name does. */
function hasCapital(name: string | null): boolean {
  if (!name) return false;
  const space = name.indexOf(' ');
  const first = space < 0 ? '' : name.slice(0, space).toLowerCase();
  for (
    let k = first === 'the' || first === 'a' || first === 'an' ? space : 0;
    k < name.length;
    k++
  ) {
    const c = name.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The noun of a description ("the defence ministry" → "ministry"): an article, then words in
 * lower case only; null for a proper name or a bare noun.
 */
function describedHead(name: string): string | null {
  if (!name.startsWith('the ') && !name.startsWith('The ')) return null;
  const space = name.lastIndexOf(' ');
  if (space <= 3) return null;
  for (let k = 4; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 65 && c <= 90) return null;
  }
  return name.slice(space + 1);
}

/** The body named last whose proper name holds `head` or a synonym of it: "Ministry of …" for "ministry". */
function namedWithNoun(memory: SourceMemory, head: string): Attribution | null {
  const synonyms = SYNONYMS.get(head) ?? NO_WORDS;
  for (let k = memory.named.length - 1; k >= 0; k--) {
    const entry = memory.named[k]!;
    if (entry.person) continue;
    const { name } = entry.attribution;
    if (properName(name, head)) return entry.attribution;
    for (let w = 0; w < synonyms.length; w++)
      if (properName(name, synonyms[w]!)) return entry.attribution;
  }
  return null;
}

/** Whether a name ends in a noun for a person: "a ministry spokesperson", "a senior official". */
function personNoun(name: string | null): boolean {
  if (!name) return false;
  const head = headNoun(name).toLowerCase();
  return INFORMANTS.has(head) || PERSON_NOUNS.has(head);
}

/** The last word of a name as written, before an acronym in brackets: "agency" in "X agency (HUR)". */
function headNoun(name: string): string {
  let end = name.length;
  if (name.charCodeAt(end - 1) === 41 /* ) */) {
    const open = name.lastIndexOf(' (');
    if (open > 0) end = open;
  }
  return name.slice(name.lastIndexOf(' ', end - 1) + 1, end);
}

/** How far "in" may follow a cue's name: "said in", "also said in". */
const SPOKEN_IN_REACH = 3;
/** How many words may describe the document after its article: "a joint report", "its latest annual study". */
const SPOKEN_IN_WORDS = 2;

/**
 * The document a source speaks in right after its verb ("three ministries said in a survey issued
 * on Monday", "the bureau wrote in its latest study"): the noun a later "the report" asks for, whose
 * maker is that source; null for any other cue.
 */
export function spokenIn(cx: Scan, cue: SourceCue): string | null {
  const { lex, tokens } = cx;
  if (cue.attribution === null || cue.nameTo <= cue.nameFrom) return null;
  const end = Math.min(tokens.key.length, cue.nameTo + SPOKEN_IN_REACH);
  for (let k = cue.nameTo; k < end; k++) {
    const key = tokens.key[k] ?? '';
    if (key !== 'in') continue;
    if (!lex.speechVerbs.has(tokens.key[k - 1] ?? '')) return null;
    const article = tokens.key[k + 1] ?? '';
    if (article !== 'a' && article !== 'an' && article !== 'its' && article !== 'their')
      return null;
    for (let n = k + 2; n <= k + 2 + SPOKEN_IN_WORDS && n < tokens.key.length; n++) {
      if (tokens.kind[n] !== WORD) return null;
      const noun = tokens.key[n] ?? '';
      if (lex.sourceNouns.has(noun)) return noun;
    }
    return null;
  }
  return null;
}

/** Records what a cue credited, so later back-references can find it. */
export function remember(memory: SourceMemory, cue: SourceCue, made: string | null = null): void {
  // "we assume", "both said": the cue names no one new.
  if (!cue.attribution && cue.text === '') return;
  const attribution = resolveSource(cue, memory);
  if (!attribution) return;
  const at = memory.named.findIndex((n) => n.attribution === attribution);
  // `at` is -1 for a source not named before, which must not reach the load (see `keyAt`).
  const person = cue.attribution ? cue.person : at >= 0 && memory.named[at]!.person;
  memory.last.cue = null;
  // (A source named again keeps the document it spoke in.)
  const kept = made ?? (at >= 0 ? memory.named[at]!.made : undefined);
  if (at >= 0) memory.named.splice(at, 1);
  const entry: NamedSource = { attribution, person, words: null };
  if (kept !== undefined) entry.made = kept;
  memory.named.push(entry);
  if (memory.named.length > MEMORY) memory.named.shift();
  if (person && attribution.name?.includes(' ') && !memory.people.includes(attribution)) {
    memory.people.push(attribution);
    if (memory.people.length > PEOPLE_MEMORY) memory.people.shift();
  }
}

function stripRole(text: string): string {
  const m = / (?:at|of|for) (?:the )?/.exec(text);
  return m ? text.slice(m.index + m[0].length) : text.replace(/^(?:the|a|an) /i, '');
}
