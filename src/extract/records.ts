import type { Attribution, Category, ExtractedClaim, Period } from '../domain/index.ts';
import type { QuantityMatch } from './quantities.ts';

/**
 * The records the rules pass each other and change (claims, figures, periods) are rebuilt here
 * field by field, in the order they are first built, rather than spread (`{ ...claim, period }`).
 * V8 gives every object literal of one set of fields in one order the same hidden class, held by
 * the literal for good; each spread site makes a class of its own, held only by the objects alive
 * that have it. When a garbage collection finds none alive (a rare reading, between documents),
 * the class dies, and with it the optimized code of every rule that had seen it: extract, direct,
 * categorize and carryPeriod were thrown away and recompiled every few collections, each time
 * running slow until V8 had compiled them again.
 */

/** The fields of a claim a rule may change. */
export interface ClaimChanges {
  readonly category?: Category;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly period?: Period | null;
  readonly attribution?: Attribution | null;
}

/** `claim` with `changes` made, in the field order of every claim. */
export function claimWith(claim: ExtractedClaim, changes: ClaimChanges): ExtractedClaim {
  return {
    span: claim.span,
    text: claim.text,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier,
    unit: claim.unit,
    category: changes.category ?? claim.category,
    from: changes.from === undefined ? claim.from : changes.from,
    to: changes.to === undefined ? claim.to : changes.to,
    period: changes.period === undefined ? claim.period : changes.period,
    // Every claim the extractor builds states its stage, null or not.
    stage: claim.stage ?? null,
    attribution: changes.attribution === undefined ? claim.attribution : changes.attribution,
  };
}

/** A period, in the field order of every period. */
export function periodOf(span: Pick<Period, 'start' | 'end'>, per: Period['per']): Period {
  return { start: span.start, end: span.end, per };
}

/** The fields of a figure a rule may change. */
export interface FigureChanges {
  readonly unit?: string;
  readonly category?: string;
  readonly value?: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
}

/** `q` with `changes` made, in the field order readQuantity builds figures in. */
export function figureWith(q: QuantityMatch, changes: FigureChanges): QuantityMatch {
  return {
    first: q.first,
    last: q.last,
    numberStart: q.numberStart,
    value: changes.value === undefined ? q.value : changes.value,
    low: changes.low === undefined ? q.low : changes.low,
    high: changes.high === undefined ? q.high : changes.high,
    qualifier: q.qualifier,
    unit: changes.unit ?? q.unit,
    category: changes.category ?? q.category,
    unitFrom: q.unitFrom,
    unitTo: q.unitTo,
    peopleCountry: q.peopleCountry,
    per: q.per,
    guessed: q.guessed,
    change: q.change,
    cap: q.cap,
    ratio: q.ratio,
    exchange: q.exchange,
  };
}
