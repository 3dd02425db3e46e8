import { expect } from 'vitest';
import type { Attribution, ExtractedClaim, Period } from '../src/domain/index.ts';
import { extract } from '../src/extract/index.ts';

/** The publication date every sentence probe is read against. */
export const PUBLISHED = '2025-06-15';

/**
 * A figure probe: a text and every claim it should give, in order, separated by " | ", each
 * written "value qualifier unit category from to". A value "~N" is a vague low bound with no
 * value, "A-B" a range; "*" takes anything and "-" is null. "none" means no claim may be read;
 * "*" alone marks a sentence annotators split on: any reading passes, none included (the
 * sentence still runs through the engine, which must not throw on it).
 */
export type FigureProbe = readonly [text: string, expected: string];

/** A probe tagged with the family of constructions it belongs to. */
export type InFamily<P> = readonly [family: string, probe: P];

/** The probes of one family; throws if there are none, so a renamed family cannot pass empty. */
export function ofFamily<P>(probes: ReadonlyArray<InFamily<P>>, family: string): P[] {
  const found = probes.filter(([f]) => f === family).map(([, probe]) => probe);
  if (found.length === 0) throw new Error(`no probe of the family "${family}"`);
  return found;
}

/** Probes filed by family: `add` files rows under a family, `family` gives them back (see ofFamily). */
export interface ProbeTable<P> {
  readonly add: (family: string, rows: readonly P[]) => void;
  readonly family: (name: string) => P[];
}

/**
 * An empty table of probes for one suite.
 * @example
 * const { add, family } = probeTable<FigureProbe>();
 * add('people', [['North Korea sent 4,000 troops to Russia.', '4000 exact person personnel PRK RUS']]);
 * expectFigures(family('people'));
 */
export function probeTable<P>(): ProbeTable<P> {
  const probes: Array<InFamily<P>> = [];
  return {
    add: (family, rows) => {
      for (const row of rows) probes.push([family, row]);
    },
    family: (name) => ofFamily(probes, name),
  };
}

/**
 * Fails listing every misreading `misread` finds in the probes (none for a probe read right), and
 * fails when there is no probe at all. `noun` names what was misread in the message ("credits").
 */
export function expectNoMisses<P>(
  probes: readonly P[],
  misread: (probe: P) => readonly string[],
  { noun = 'probes', verb = 'misread' }: { readonly noun?: string; readonly verb?: string } = {},
): void {
  const misses = probes.flatMap((probe) => misread(probe));
  expect(probes.length).toBeGreaterThan(0);
  expect(misses, `${misses.length} of ${probes.length} ${noun} ${verb}`).toEqual([]);
}

export function figureOf(claim: ExtractedClaim): string {
  const amount =
    claim.value !== null
      ? String(Number(claim.value.toFixed(2)))
      : claim.high !== null
        ? `${claim.low}-${claim.high}`
        : `~${claim.low}`;
  return [
    amount,
    claim.qualifier,
    claim.unit,
    claim.category,
    claim.from ?? '-',
    claim.to ?? '-',
  ].join(' ');
}

const NUMBER = /^[\d.]+$/;

/**
 * Whether a figure written by figureOf is the one a probe expects (six fields, "*" takes anything):
 * trade is one figure whichever way round its sides are named, and a value within half a percent
 * is the same.
 */
export function sameFigure(got: string, want: string): boolean {
  const g = got.split(' ');
  const w = want.split(' ');
  if (w.length !== 6) throw new Error(`a probe's claim needs six fields: "${want}"`);
  // Trade between two countries is one figure whichever way the sentence names them.
  if (w[3] === 'trade' && g[3] === 'trade' && w[4] !== '*') {
    if ([g[4], g[5]].sort().join() !== [w[4], w[5]].sort().join()) return false;
    w[4] = w[5] = '*';
  }
  return w.every((x, i) => {
    if (x === '*') return true;
    const y = g[i] ?? '';
    // Fractions are written to two places ("33.33"), so a value within half a percent is the same.
    if (i === 0 && NUMBER.test(x) && NUMBER.test(y)) {
      return Math.abs(Number(x) - Number(y)) <= Math.abs(Number(x)) * 0.005;
    }
    return x === y;
  });
}

/** Runs every probe and fails listing each sentence whose claims differ, with what was read. */
export function expectFigures(probes: readonly FigureProbe[]): void {
  expectNoMisses(probes, ([text, expected]) => {
    const got = extract({ text, published: PUBLISHED, title: null }).claims.map(figureOf);
    if (expected === '*') return [];
    const want = expected === 'none' ? [] : expected.split(' | ');
    const same = got.length === want.length && want.every((w, i) => sameFigure(got[i] ?? '', w));
    return same ? [] : [`${text}\n  want ${expected}\n  got  ${got.join(' | ') || 'none'}`];
  });
}

/** The credit a probe expects; null: the text's own voice, no credit at all. */
export type Credit = Attribution | null;
export const person = (name: string, affiliation: string | null = null): Credit => ({
  name,
  affiliation,
});
export const body = (affiliation: string): Credit => ({ name: null, affiliation });

const FUNCTION_WORDS = new Set([
  'the',
  'of',
  'at',
  'and',
  'a',
  'an',
  'in',
  'for',
  'on',
  'to',
  'by',
]);

/** The words of a name that can identify it: lower case, unaccented, three letters or more. */
const nameWords = (s: string | null): string[] =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));

export const noCredit = (c: Credit | undefined): boolean => !c || (!c.name && !c.affiliation);

export interface SameCreditOptions {
  /**
   * Whether an expected name of short letters only ("U.S.") may match when it stands whole in the
   * credit (default true). False keeps the narrower check the attribution battery was written
   * against, where such a name can only be matched through the affiliation.
   */
  readonly shortNames?: boolean;
}

/**
 * Whether the engine's credit is the expected one. Lenient on purpose: claims/1 lets a credit
 * name a person or a body, and put a body in the name or the affiliation ("The NIS", "South
 * Korea's spy agency"), so a credit is right when its words hold the last word of the expected
 * name (a surname, or an acronym) or at least half the words of the expected affiliation.
 */
export function sameCredit(
  want: Credit,
  got: Credit | undefined,
  { shortNames = true }: SameCreditOptions = {},
): boolean {
  if (noCredit(want)) return noCredit(got);
  if (want === null || got == null || noCredit(got)) return false;
  const have = new Set(nameWords(`${got.name ?? ''} ${got.affiliation ?? ''}`));
  const last = nameWords(want.name).at(-1);
  if (last !== undefined && have.has(last)) return true;
  // A name of short letters only ("U.S.") has no word of three letters; it must be there whole.
  if (shortNames && last === undefined && want.name) {
    const letters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9 ]+/g, '');
    const short = letters(want.name);
    const words = letters(`${got.name ?? ''} ${got.affiliation ?? ''}`).split(/\s+/);
    if (short !== '' && words.includes(short)) return true;
  }
  const affiliation = nameWords(want.affiliation);
  const shared = affiliation.filter((w) => have.has(w)).length;
  return affiliation.length > 0 && shared / affiliation.length >= 0.5;
}

/**
 * Whether the engine's credit is the expected one and its name holds no word the expected credit
 * has not: a credit found with a stray word ("In the spring the agency", "a Washington") is a
 * misread name, however leniently the rest would match.
 */
export function exactCredit(want: Credit, got: Credit | undefined): boolean {
  if (!sameCredit(want, got)) return false;
  if (want === null) return true;
  const allowed = new Set([...nameWords(want.name), ...nameWords(want.affiliation)]);
  return nameWords(got?.name ?? null).every((w) => allowed.has(w));
}

/** A probe of a credit: a text and the credit its figure should carry. */
export interface CreditProbe {
  readonly text: string;
  readonly want: Credit;
}

export interface CreditCheck<P extends CreditProbe> {
  /** The claim whose credit is checked (default: the text's last, since earlier sentences carry the credit). */
  readonly pick?: (claims: readonly ExtractedClaim[], probe: P) => ExtractedClaim | undefined;
  /** Whether a credit read is the one wanted (default: exactCredit). */
  readonly accepts?: (want: Credit, got: Credit | undefined) => boolean;
}

/** Runs every credit probe and fails listing each text whose figure got another credit. */
export function expectCredits<P extends CreditProbe>(
  probes: readonly P[],
  { pick = (claims) => claims.at(-1), accepts = exactCredit }: CreditCheck<P> = {},
): void {
  expectNoMisses(
    probes,
    (probe) => {
      const claim = pick(
        extract({ text: probe.text, published: PUBLISHED, title: null }).claims,
        probe,
      );
      if (claim === undefined) return [`${JSON.stringify(probe.text)}\n  no claim read`];
      const got = claim.attribution;
      return accepts(probe.want, got)
        ? []
        : [
            `${JSON.stringify(probe.text)}\n  want ${JSON.stringify(probe.want)}, got ${JSON.stringify(got)}`,
          ];
    },
    { verb: 'miscredited' },
  );
}

export const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const isEmptyPeriod = (p: Period | null | undefined): boolean =>
  p == null || (p.start === null && p.end === null && p.per === null);

/** A stated bound matches a date at least as fine ("2024" takes "2024-03"); an open one stays open. */
const sameBound = (want: string | null, got: string | null): boolean =>
  want === null ? got === null : got !== null && got.startsWith(want);

export function samePeriod(want: Period | null, got: Period | null): boolean {
  if (isEmptyPeriod(want)) return isEmptyPeriod(got);
  if (want === null || got === null || isEmptyPeriod(got)) return false;
  return want.per === got.per && sameBound(want.start, got.start) && sameBound(want.end, got.end);
}

export const showPeriod = (p: Period | null | undefined): string =>
  isEmptyPeriod(p) || p == null
    ? 'no period'
    : `${p.start ?? '-'}..${p.end ?? '-'}/${p.per ?? '-'}`;

/** The claim whose text holds `figure`: the last such, as a probe names the later of two alike. */
export const lastClaimHolding = (
  claims: readonly ExtractedClaim[],
  figure: string,
): ExtractedClaim | undefined => claims.findLast((c) => c.text.includes(figure));

/** A period probe: a text, the words of the claim checked ("4 million barrels") and its period. */
export interface PeriodProbe {
  readonly text: string;
  readonly figure: string;
  /** null: the figure must carry no period at all. */
  readonly want: Period | null;
}

/** A period stated in a probe; a bound left null is open. */
export const span = (
  start: string | null,
  end: string | null,
  per: Period['per'] = null,
): Period => ({ start, end, per });

export const periodProbes = (
  rows: ReadonlyArray<readonly [text: string, figure: string, want: Period | null]>,
): PeriodProbe[] => rows.map(([text, figure, want]) => ({ text, figure, want }));

/**
 * Runs every period probe and fails listing each figure that got another period, or was not read.
 * The claim checked is the last that holds the probe's words.
 */
export function expectPeriods(list: readonly PeriodProbe[]): void {
  expectNoMisses(list, (probe) => {
    const { claims } = extract({ text: probe.text, published: PUBLISHED, title: null });
    const claim = lastClaimHolding(claims, probe.figure);
    if (claim === undefined) return [`${probe.text}\n  no claim "${probe.figure}" read`];
    return samePeriod(probe.want, claim.period)
      ? []
      : [
          `${probe.text}\n  "${probe.figure}": want ${showPeriod(probe.want)}, got ${showPeriod(claim.period)}`,
        ];
  });
}

/** A credit probe of one figure: the words of the claim checked, the last claim that holds them. */
export interface FigureCreditProbe extends CreditProbe {
  readonly figure: string;
}

/** The claim a figure credit probe checks. */
export const byFigure = (
  claims: readonly ExtractedClaim[],
  probe: FigureCreditProbe,
): ExtractedClaim | undefined => lastClaimHolding(claims, probe.figure);

/** Runs figure credit probes, each wanting its credit exactly. */
export const expectFigureCredits = (probes: readonly FigureCreditProbe[]): void =>
  expectCredits(probes, { pick: byFigure });
