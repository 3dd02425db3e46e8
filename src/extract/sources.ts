import type { Attribution, ExtractedClaim } from '../domain/index.ts';
import {
  agentBy,
  antecedentIn,
  asContact,
  citedAt,
  firstPersonAt,
  openerFor,
  resolveSource,
  type SourceCue,
  type SourceMemory,
} from './attribution.ts';
import { lexicon, tableOf, wordsOf, type Lexicon, type Scan } from './lexicon.ts';
import { pairsOf } from './phrase-table.ts';
import type { QuantityMatch } from './quantities.ts';
import { claimWith } from './records.ts';
import { keyAt, NUMBER, WORD } from './tokenize.ts';
import { isPairAt, isWordAt } from './word-table.ts';

// The rules that choose a figure's source among its sentence's cues, and when a sentence with
// none goes on in its paragraph's voice.

/** Words that open a new clause: a source named after one speaks only for what follows it. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but']);
const RELATIVE_OPENERS = new Set(['which', 'that']);
/** Words after a set-off reckoning that open a clause of its own, so the reckoning closes the one before. */
const RECKONING_CLOSERS = new Set(['and', 'but', 'while', 'whereas']);

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
  if (!RELATIVE_OPENERS.has(keyAt(key, opener) ?? '')) return false;
  // "Recall that the minister stated …", "officials said that X estimated": "that" after a verb
  // opens what is said, not a clause describing a noun.
  const before = opener - 1;
  const opensSentence =
    cx.tokens.capital[before] === 1 &&
    (before === 0 || cx.tokens.newline[before] !== 0 || key[before - 1] === '.');
  if (opensSentence || cx.lex.speechVerbs.has(key[before] ?? '')) return false;
  if (q.last === opener || (q.last === opener - 1 && key[q.last] === ',')) return false;
  return !(q.first > cue.at && !markBetween(cx, { from: cue.at, to: q.first }, PHRASE_MARKS));
}

/**
 * Whether every cue of a sentence sits in a relative clause ("a category that analysts say is
 * common"): such a sentence still goes on in its paragraph's voice.
 */
export function onlyRelative(cx: Scan, cues: readonly SourceCue[]): boolean {
  for (const c of cues)
    if (
      !c.contact &&
      !(RELATIVE_OPENERS.has(cx.tokens.key[c.nameFrom - 1] ?? '') && c.at > c.nameFrom)
    )
      return false;
  return true;
}

/** Marks that end a phrase; of them, `CLAUSE_MARKS` close a clause. */
const PHRASE_MARKS: ReadonlySet<string> = new Set([',', ';', '.', ':']);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([';', ':']);

/** Whether one of `marks` stands in the span. */
function markBetween(
  cx: Scan,
  span: { readonly from: number; readonly to: number },
  marks: ReadonlySet<string>,
): boolean {
  const { key } = cx.tokens;
  for (let i = span.from; i < span.to; i++) if (marks.has(key[i] ?? '')) return true;
  return false;
}

/**
 * Marks the cues whose subject follows a figure with no relative pronoun ("the 12 million rounds
 * Seoul believes were shipped"): allocates only for the rare sentence that has one.
 */
export function markContacts(
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
  // "sufficient, by some estimates, for 4m shells": a reckoning set off mid-sentence speaks for
  // the phrase it opens; before a clause of its own ("…, by Oslo's count, and since May …") it
  // closes the clause that holds the figure, as it would at the sentence's end.
  if (before === 'by' && key[b - 1] === ',') {
    const close = Math.max(cue.at + 1, cue.nameTo);
    if (key[close] === ',') return !RECKONING_CLOSERS.has(key[close + 1] ?? '');
  }
  // "…are held in Lviv; both have said": a clause after a semicolon has its own speakers.
  if (CLAUSE_OPENERS.has(before) || before === ';') return true;
  return before === 'and' && (comma || key[b - 1] === ',');
}

/** How far an aside may run on either side of the source it names: ", relying partly on …,". */
const INTERRUPT_REACH = 6;

/**
 * Whether a cue stands in an aside set off by commas between another cue's verb and the "that"
 * whose clause holds the figure.
 */
function interrupts(
  cx: Scan,
  input: {
    readonly cue: SourceCue;
    readonly cues: readonly SourceCue[];
    readonly q: QuantityMatch;
  },
): boolean {
  const { key } = cx.tokens;
  const { cue: c, q } = input;
  const end = Math.max(c.at + 1, c.nameTo);
  let close = -1;
  for (let i = end; i < end + 3 && i < q.first; i++)
    if (key[i] === ',') {
      close = i;
      break;
    }
  if (close < 0 || key[close + 1] !== 'that' || q.first <= close) return false;
  let open = -1;
  for (let i = Math.min(c.at, c.nameFrom) - 1; i >= 0 && c.nameFrom - i <= INTERRUPT_REACH; i--)
    if (key[i] === ',') {
      open = i;
      break;
    } else if (PHRASE_MARKS.has(key[i] ?? '')) return false;
  if (open < 0) return false;
  for (const other of input.cues) if (other !== c && other.at < open) return true;
  return false;
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

/** How many words a reported clause's subject may have before its aside: "said Russian exports,". */
const REPORTED_SUBJECT_REACH = 4;

/**
 * "He said Russian exports, which made up more than 90% of the total, were …": an aside on the
 * subject of the clause a verb of saying opens is part of what is said, so its speaker holds it.
 */
function reportsAside(
  cx: Scan,
  input: { readonly cue: SourceCue; readonly aside: { from: number; to: number } },
): boolean {
  const { cue, aside } = input;
  const { key, kind } = cx.tokens;
  if (cue.at >= aside.from - 1 || cue.at < cue.nameFrom) return false;
  if (aside.from - 1 - cue.at > REPORTED_SUBJECT_REACH + 1) return false;
  if (!cx.lex.speechVerbs.has(key[cue.at] ?? '')) return false;
  for (let i = cue.at + 1; i < aside.from - 1; i++) if (kind[i] !== WORD) return false;
  return true;
}

/** How far back a subject's noun phrase may open: "our own review of funeral notices and defector testimony". */
const OWN_REACH = 8;

/**
 * Whether a cue is the text's own: "our estimate", or a subject whose noun phrase opens with "our"
 * before the words read as the name ("Our own review of … and defector testimony suggests").
 */
function ownVoice(cx: Scan, cue: SourceCue): boolean {
  const { kind, capital } = cx.tokens;
  // Inside a quotation, "our" is the speaker's, whom the words outside it name.
  if (cue.insideQuote) return false;
  if (firstPersonAt(cx.tokens, cue.nameFrom)) return true;
  if (cue.at < cue.nameFrom) return false;
  for (let i = cue.nameFrom - 1; i >= 0 && i >= cue.nameFrom - OWN_REACH; i--) {
    // A line ends a sentence without a stop ("Sign up for our newsletter"): its "our" stays there.
    if (cx.tokens.newline[i + 1]) return false;
    if (firstPersonAt(cx.tokens, i)) return true;
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
  if (!LIMIT_LINKS.has(keyAt(tokens.key, link) ?? '')) return false;
  const before = keyAt(tokens.key, link - 1) ?? '';
  if (lex.capWords.has(before)) return true;
  return lex.speechAuxiliaries.has(before) && lex.capWords.has(tokens.key[link - 2] ?? '');
}

/** How many words may stand between a figure and the "by" of its reckoning: "in 2024". */
const RECKONING_GAP = 3;

/**
 * Whether a cue is a reckoning whose "by" follows the figure within a few words and no mark:
 * "$3bn in 2022 by Japanese customs figures".
 */
function reckonsFigure(
  cx: Scan,
  input: { readonly cue: SourceCue; readonly q: QuantityMatch },
): boolean {
  const { key, kind } = cx.tokens;
  const { cue, q } = input;
  const by = cue.nameFrom - 1;
  if (key[by] !== 'by' || cue.at < cue.nameFrom || by < q.last) return false;
  if (by - q.last > RECKONING_GAP) return false;
  for (let i = q.last; i < by; i++) if (kind[i] !== WORD && kind[i] !== NUMBER) return false;
  return true;
}

const DERIVING_VERBS = wordsOf(lexicon.data.derivingVerbs);
const DERIVING_MODALS = new Set(['would', 'could', 'might']);

/**
 * Whether a figure after the cue is what the writer reckons a credited figure would come to
 * ("The bank put income at $40bn, which would make …", "if each holds 400, as X assumed, the
 * total would amount to …", "the crates counted by X alone would mean …"): a modal and a verb of
 * coming to stand between, and the cue reports no clause that holds them ("X estimates that …,
 * which would put …" and "according to X, …" still speak for it).
 */
function derivedPast(
  cx: Scan,
  input: { readonly cue: SourceCue; readonly q: QuantityMatch },
): boolean {
  const { cue, q } = input;
  const { key } = cx.tokens;
  if (cue.at >= q.first || cue.nameTo > q.first) return false;
  let modal = -1;
  for (let i = Math.max(cue.at, cue.nameTo); i < q.first - 1; i++)
    if (DERIVING_MODALS.has(key[i] ?? '') && isWordAt(DERIVING_VERBS, cx.tokens, i + 1)) {
      modal = i;
      break;
    }
  if (modal < 0) return false;
  const verb = key[cue.at] ?? '';
  if (verb === 'according') return false;
  return !(
    cx.lex.speechVerbs.has(verb) &&
    cue.at > cue.nameFrom &&
    keyAt(key, cue.nameFrom - 1) !== 'as'
  );
}

/** The source of a figure: the nearest of its sentence's cues that speaks for it, or null. */
export function chooseSource(
  cx: Scan,
  q: QuantityMatch,
  context: {
    readonly cues: readonly SourceCue[];
    readonly quoted: boolean;
    readonly carry: { readonly sources: SourceMemory };
  },
): Attribution | null {
  const { cues, quoted, carry } = context;
  if (namesLimit(cx, q)) return null;
  let best: SourceCue | null = null;
  let bestScore = Infinity;
  /** The nearest cue whose clause opens before the figure: the one a later frame relays. */
  let inner: SourceCue | null = null;
  let innerScore = Infinity;
  /** The nearest cue after the figure: the one that frames a country's filing before it. */
  let outer: SourceCue | null = null;
  let outerScore = Infinity;
  const aside = cues.length === 0 ? null : asideAround(cx, q);
  // "300 have died, the NIS says, and 2,700 have been wounded, Kyiv says": a credit set off
  // after a figure before is that figure's, where a credit closing the sentence speaks for this one.
  let later = false;
  for (const c of cues) if (c.at >= q.last && closing(cx, c)) later = true;
  for (const c of cues) {
    if (later && c.at < q.first && c.nameFrom < q.first && setOff(cx, c)) continue;
    if (aside && (c.at < aside.from || c.at > aside.to) && !reportsAside(cx, { cue: c, aside }))
      continue;
    // "…$350 million in 2023, while the panel estimated …": the later clause has its own figures.
    if (c.nameFrom >= q.last && opensClause(cx, c)) continue;
    // "…visas, which experts say is common, the data shows": the relative clause judges the noun
    // before it; the figure keeps the sentence's other source, when it has one.
    if (outsideRelative(cx, c, q)) continue;
    // "The NIS said, relying partly on interrogation reports, that 2,000 had died": an aside
    // between a verb and its "that" names what the speaker drew on, not who says the figure.
    if (interrupts(cx, { cue: c, cues, q })) continue;
    // "…at $40bn, which would make a $1bn stream worth 2.5 percent": the writer's reckoning.
    if (derivedPast(cx, { cue: c, q })) continue;
    // "a team set up by eight governments concluded": a figure that describes the source is not its claim.
    if (q.first >= c.nameTo && q.last <= c.at) continue;
    const d = c.at < q.first ? q.first - c.at : c.at - q.last;
    // A cue inside the same quotation speaks for the figure before any cue outside it.
    const score = Math.abs(d) + (c.insideQuote === quoted ? 0 : 1000);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
    if (c.at < q.first && c.nameTo <= q.first && score < innerScore) {
      inner = c;
      innerScore = score;
    }
    if (c.at > q.last && c.nameFrom > q.last && score < 1000 && score < outerScore) {
      outer = c;
      outerScore = score;
    }
  }
  if (!best) return null;
  // "The agency estimated that 11,000 were sent, of whom a quarter died, Lee said": a speaker
  // after the figure frames the whole sentence, the source inside it included, so the source
  // whose clause holds the figure is the one credited.
  if (
    inner &&
    best !== inner &&
    best.at > q.last &&
    innerScore < 1000 &&
    // A semicolon or a colon between closes the inner clause: its source stays in it.
    !markBetween(cx, { from: Math.max(inner.at, inner.nameTo), to: q.first }, CLAUSE_MARKS) &&
    // "sent 11,000 troops, Seoul says, and 100 missiles, according to Kyiv": a credit set off by
    // commas after a figure before is that figure's own, and frames nothing after it.
    !setOff(cx, inner) &&
    // "The chart shows that sales, $3bn in 2022 by Japanese customs figures, are …": a reckoning
    // right after the figure is the figure's own, and frames nothing.
    !reckonsFigure(cx, { cue: best, q })
  )
    best = inner;
  // "China reported 11,000 tonnes, according to the committee's website": a country's return is
  // a filing that the source framing the sentence read, not a reckoning of its own.
  if (outer && best !== outer && countryFiling(cx, best)) best = outer;
  // "Our estimate:", "our tanker tracking suggests": the text's own voice credits no one else.
  if (ownVoice(cx, best)) return null;
  const credit = creditOf(
    antecedentIn(cues, { cue: best, memory: carry.sources }) ?? best,
    carry.sources,
  );
  const citing = credit ? citingBeside(cx, best) : -1;
  if (citing >= 0) return withCited(cx, { credit: credit!, citing, cue: best, carry });
  return credit;
}

const FILING_VERBS = wordsOf(lexicon.data.filingWords);

/** Whether a cue is a country, named alone, filing its return: "Russia has reported deliveries". */
function countryFiling(cx: Scan, cue: SourceCue): boolean {
  if (cue.at <= cue.nameFrom || !isWordAt(FILING_VERBS, cx.tokens, cue.at)) return false;
  const match = cx.lex.countries.match(cx.tokens, cue.nameFrom, cue.nameTo);
  return match !== null && match.end === cue.nameTo;
}

/** Whether a cue after a comma ends its sentence: ", Kyiv says." */
function closing(cx: Scan, cue: SourceCue): boolean {
  const { key } = cx.tokens;
  const from = Math.min(cue.nameFrom, cue.at);
  const end = key[Math.max(cue.nameTo, cue.at + 1)];
  return from > 0 && key[from - 1] === ',' && (end === undefined || end === '.' || end === ';');
}

/**
 * "Cash has moved too, the report found.": a sentence that states no figure and closes on its
 * credit announces what the next sentence details, which goes on in that voice.
 */
export function closesWithCredit(cx: Scan, cues: readonly SourceCue[]): boolean {
  const last = cues.at(-1);
  return last !== undefined && !last.insideQuote && last.at > last.nameFrom && closing(cx, last);
}

/** Whether a cue stands between commas, after words of its clause: ", Seoul says,". */
function setOff(cx: Scan, cue: SourceCue): boolean {
  const { key } = cx.tokens;
  const from = Math.min(cue.nameFrom, cue.at);
  const to = Math.max(cue.nameTo, cue.at + 1);
  return from > 1 && key[from - 1] === ',' && key[to] === ',';
}

/** How far back a "Citing X," that opens a sentence may stand before its speaker. */
const CITING_REACH = 10;

/**
 * The "citing" set off by a comma right beside a speaker ("Park said, citing the bureau", "the
 * paper, citing leaked files, reported", "Citing customs data, the study says"); -1 when none.
 */
function citingBeside(cx: Scan, cue: SourceCue): number {
  const { tokens } = cx;
  const { key } = tokens;
  for (const at of [cue.nameTo, cue.at + 1]) {
    // "reported by RBC-Ukraine with reference to the agency" needs no comma before its phrase.
    const phrase = cx.lex.citingPhrases.match(tokens, key[at] === ',' ? at + 1 : at, tokens.length);
    if (phrase && (key[at] === ',' || phrase.end - at > 1)) return phrase.end - 1;
  }
  if (keyAt(key, cue.nameFrom - 1) !== ',') return -1;
  for (let i = cue.nameFrom - 2; i >= 0 && cue.nameFrom - i <= CITING_REACH; i--) {
    const k = key[i] ?? '';
    if (k === 'citing') return i;
    if (k === ',' || k === '.' || k === '"' || k === ';' || k === ':') return -1;
  }
  return -1;
}

/**
 * A speaker and the source they cite: annotators credit now the one, now the other (the dev gold
 * and most sets the agency a lawmaker cites, one set the speaker with the cited source as its
 * affiliation), so the claim names both, the cited source as the affiliation.
 */
function withCited(
  cx: Scan,
  input: {
    readonly credit: Attribution;
    readonly citing: number;
    readonly cue: SourceCue;
    readonly carry: { readonly sources: SourceMemory };
  },
): Attribution {
  const { credit } = input;
  const cited = citedAt(cx, { i: input.citing, quoted: input.cue.insideQuote });
  const source = cited ? creditOf(cited, input.carry.sources) : null;
  if (!source?.name || source.name === credit.name) return credit;
  return {
    name: credit.name,
    affiliation: credit.affiliation ? `${credit.affiliation}; ${source.name}` : source.name,
  };
}

/**
 * Whom a cue credits: the source it resolves to, or its own words ("the source said" with no one
 * named before it), or no one.
 */
export function creditOf(cue: SourceCue, memory: SourceMemory): Attribution | null {
  const resolved = resolveSource(cue, memory);
  if (resolved) return resolved;
  const opener = openerFor(cue, memory);
  if (opener) return opener;
  return cue.text ? { name: cue.text, affiliation: null } : null;
}

/**
 * Credits the figures of a quotation's earlier sentences, claims `from`…`to`, that name no source
 * to the speaker named outside it in the sentence that closes it; none when that sentence names
 * no one outside the quotation.
 */
export function creditQuotation(
  claims: ExtractedClaim[],
  input: {
    readonly from: number;
    readonly to: number;
    readonly cues: readonly SourceCue[];
    readonly carry: { readonly sources: SourceMemory };
    /** Given, a speaker's "citing X" names X beside the speaker. */
    readonly cx?: Scan;
  },
): void {
  let speaker: SourceCue | null = null;
  for (const c of input.cues) if (!c.insideQuote) speaker = c;
  let credit = speaker ? creditOf(speaker, input.carry.sources) : null;
  if (!credit) return;
  // "This was reported by Yonhap, citing the JCS": the lead's credit names the cited source too.
  const citing = input.cx ? citingBeside(input.cx, speaker!) : -1;
  if (citing >= 0)
    credit = withCited(input.cx!, { credit, citing, cue: speaker!, carry: input.carry });
  for (let k = input.from; k < input.to; k++) {
    const claim = claims[k]!;
    if (!claim.attribution) claims[k] = claimWith(claim, { attribution: credit });
  }
}

/**
 * "12m rounds would be worth $2.4bn": a sentence that supposes is the writer's own reckoning, so
 * it takes no source from the sentences before it.
 */
export function hypothetical(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  for (let i = sentence.from; i < sentence.to; i++)
    if (cx.lex.stageCues.get(cx.tokens.key[i] ?? '') === 'projected') return true;
  return false;
}

/** Two-word entries ("in return") are looked up as the key of a token and the next. */
const CONTINUATION = wordsOf(lexicon.data.continuationWords);
/** Two-word entries ("in return", "the total") by their first word: no string built per token. */
const CONTINUATION_PAIRS = tableOf(pairsOf(lexicon.data.continuationWords));

/**
 * "It also sent about 220 pieces", "Russia had launched more than 70 of them": a sentence that
 * refers back goes on with the source its paragraph credited.
 */
export function continuesParagraph(
  cx: Scan,
  sentence: { readonly from: number; readonly to: number },
): boolean {
  const { tokens } = cx;
  for (let i = sentence.from; i < sentence.to; i++)
    if (isWordAt(CONTINUATION, tokens, i) || isPairAt(CONTINUATION_PAIRS, tokens, i)) return true;
  return false;
}

/**
 * '"At this rate, a force of 11,000 men…"': a quotation that follows a credited one in its
 * paragraph goes on in the same voice.
 */
export function opensQuote(cx: Scan, sentence: { readonly from: number }): boolean {
  const { key, start, end } = cx.tokens;
  const at = sentence.from;
  if (key[at] === '"') return true;
  // The splitter may leave the opening mark on the sentence before: a mark with a space before
  // it and none after opens the quotation.
  return (
    at >= 2 && key[at - 1] === '"' && end[at - 2]! < start[at - 1]! && end[at - 1] === start[at]
  );
}

/**
 * "…at Ukraine, ministry says" in a headline: a body credited by its bare noun is the one the
 * text names in full with that noun ("the Ministry of National Defense"), before or after.
 * One pass to find the bare names and, only where there are any, one to learn the full names and
 * one to use them: linear in the claims.
 */
export function nameBodies(lex: Lexicon, claims: ExtractedClaim[]): ExtractedClaim[] {
  const bare: number[] = [];
  // A name read once has taught all it can: whether it is bare is known, so a name that recurs,
  // as most do, is not read again.
  const bareName = new Map<string, boolean>();
  for (let k = 0; k < claims.length; k++) {
    const name = claims[k]!.attribution?.name;
    if (!name) continue;
    let isBare = bareName.get(name);
    if (isBare === undefined) {
      isBare =
        ((!capitalWord(name) || kindNamed(lex, name)) &&
          name.indexOf(' ') === name.lastIndexOf(' ') &&
          lex.bodyNouns.has(lastWord(name))) ||
        describedOnly(lex, name);
      bareName.set(name, isBare);
    }
    if (isBare) bare.push(k);
  }
  // Most documents credit no body by its bare noun: then no full name need be split at all.
  if (bare.length === 0) return claims;
  const full = new Map<string, Attribution>();
  /** Where each noun's full name was first credited, to take the first of a kind's names. */
  const firstAt = new Map<string, number>();
  const split = new Set<string>();
  for (let k = 0; k < claims.length; k++) {
    const a = claims[k]!.attribution;
    const name = a?.name;
    // Read in place: most names are proper, and only those are split, to learn their nouns.
    if (!a || !name || split.has(name) || !capitalWord(name) || bareName.get(name) === true)
      continue;
    split.add(name);
    // One lower-cased copy, read word by word: no array, and no copy per word.
    const lower = name.toLowerCase();
    for (let from = 0; from <= lower.length;) {
      const space = lower.indexOf(' ', from);
      const to = space < 0 ? lower.length : space;
      const noun = lower.slice(from, to);
      if (lex.bodyNouns.has(noun) && !full.has(noun)) {
        full.set(noun, a);
        firstAt.set(noun, k);
      }
      from = to + 1;
    }
  }
  for (const k of bare) {
    const claim = claims[k]!;
    const name = claim.attribution!.name!;
    const noun = lastWord(name);
    // ("a state-run think tank" is the Institute the text names, by another word for its noun,
    // ahead of a headline's "Seoul think tank".)
    const others = describedOnly(lex, name) ? (BODY_SYNONYMS.get(noun) ?? []) : [];
    let named: Attribution | undefined;
    for (let w = 0; !named && w < others.length; w++) named = full.get(others[w]!);
    // ("spy agency" in a headline: the first body the text names by the noun or another word
    // for it, "the National Intelligence Service" ahead of another side's agency named later.)
    if (!named && kindNamed(lex, name)) {
      let first = Infinity;
      for (const word of [noun, ...(BODY_SYNONYMS.get(noun) ?? [])]) {
        const at = firstAt.get(word);
        if (at !== undefined && at < first) {
          first = at;
          named = full.get(word);
        }
      }
    }
    named ??= full.get(noun);
    if (named) claims[k] = claimWith(claim, { attribution: named });
  }
  return claims;
}

const BODY_SYNONYMS = new Map(Object.entries(lexicon.data.bodySynonyms));
const BODY_KIND_WORDS = new Set(lexicon.data.bodyKindWords);

/**
 * "spy agency", "Intelligence agency" opening a headline: two words, a word that names a kind of
 * body (capitalized only where it opens the line) before a body's noun in lower case.
 */
function kindNamed(lex: Lexicon, name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0 || space !== name.lastIndexOf(' ')) return false;
  const rest = name.charCodeAt(space + 1);
  if (rest < 97 || rest > 122) return false;
  return (
    BODY_KIND_WORDS.has(name.slice(0, space).toLowerCase()) && lex.bodyNouns.has(lastWord(name))
  );
}

/** Country names and adjectives, in lower case, that a description may hold: "South Korean". */
const COUNTRY_WORDS = new Set(
  lexicon.data.countries.flatMap((c) => [...c.aliases, ...c.people]).flatMap((n) => n.split(' ')),
);

/**
 * "a state-run South Korean think tank": a body only described, in lower case but for its
 * country, opened by "a" or "an" and ending on a body's noun, which the text may name elsewhere.
 */
function describedOnly(lex: Lexicon, name: string): boolean {
  if (!name.startsWith('a ') && !name.startsWith('an ')) return false;
  if (!lex.bodyNouns.has(lastWord(name))) return false;
  for (let from = name.indexOf(' ') + 1; from > 0;) {
    const space = name.indexOf(' ', from);
    const word = name.slice(from, space < 0 ? name.length : space);
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90 && !COUNTRY_WORDS.has(word.toLowerCase())) return false;
    if (!lettersOnly(word)) return false;
    from = space + 1;
  }
  return true;
}

/** Whether a word holds only ASCII letters and hyphens ("state-run"), no digit or stop. */
function lettersOnly(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k) | 32;
    if (!(c >= 97 && c <= 122) && word.charCodeAt(k) !== 45) return false;
  }
  return word.length > 0;
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

/**
 * "North Korea supplies 40% of the shells. This was stated by the HUR's deputy head, …": a sentence
 * that opens by saying who stated what the sentence before it stated, a lead's usual credit in
 * Ukrainian reporting. Returns that cue, or null.
 */
export function creditsBefore(
  cx: Scan,
  input: { readonly from: number; readonly cues: readonly SourceCue[] },
): SourceCue | null {
  const { key } = cx.tokens;
  const at = input.from;
  if (key[at] !== 'this' && key[at] !== 'that') return null;
  let verb = at + 1;
  if (key[verb] === 'has' && key[verb + 1] === 'been') verb += 2;
  else if (key[verb] === 'was' || key[verb] === 'is') verb++;
  else return null;
  // ("This was stated on Tuesday by …": a time phrase may stand before the agent.)
  if (agentBy(cx, verb) < 0) return null;
  for (const c of input.cues) if (c.at === verb && !c.insideQuote) return c;
  return null;
}
