import type { PartialDate, Period } from '../domain/index.ts';

/**
 * The time a flow covers, normalized so that claims about the same thing group together:
 * - a **rate** (`per` given) is converted to a yearly rate (`month` × 12, `day` × 365.25) unless
 *   the unit is intensive (a percentage is not multiplied);
 * - a **total** with both ends stated covers `start`–`end`;
 * - a total with no end is a running total "to date": it becomes *cumulative to* the month the
 *   document was published (its as-of date), whatever start it names. "Since the deals began in
 *   2023" and a bare "to date" are the same running total, and sources rarely agree on how to
 *   word its start; keeping the start would split one flow in two.
 */
export interface NormalizedPeriod {
  readonly kind: 'rate' | 'total';
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  /** For rates: what the rate is per after normalization (`year`, or as stated for intensive units). */
  readonly per: 'year' | 'month' | 'day' | null;
  /** The latest date the figure speaks for: `end`, else the document's publication date. */
  readonly asOf: PartialDate | null;
  /** Years a total covers when both ends are known; null otherwise (and for rates). */
  readonly years: number | null;
  readonly label: string;
  readonly key: string;
}

const PER_YEAR = { year: 1, month: 12, day: 365.25 } as const;
const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.2425;

const parts = (date: PartialDate) => date.split('-').map(Number);

/** Milliseconds at the first instant a partial date covers. */
function firstInstant(date: PartialDate): number {
  const [year = 0, month = 1, day = 1] = parts(date);
  return Date.UTC(year, month - 1, day);
}

/** Milliseconds just after the last day a partial date covers. */
function afterLastInstant(date: PartialDate): number {
  const [year = 0, month, day] = parts(date);
  if (day !== undefined && month !== undefined) return Date.UTC(year, month - 1, day) + DAY_MS;
  if (month !== undefined) return Date.UTC(year, month, 1);
  return Date.UTC(year + 1, 0, 1);
}

/** Years between the start of `start` and the end of `end`, both inclusive ("2023"–"2023" is 1). */
export function yearsBetween(start: PartialDate, end: PartialDate): number {
  return (afterLastInstant(end) - firstInstant(start)) / DAY_MS / YEAR_DAYS;
}

/** Orders partial dates by the last instant they cover ("2024" is after "2024-11"). */
export function compareAsOf(a: PartialDate | null, b: PartialDate | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return afterLastInstant(a) - afterLastInstant(b);
}

function label(options: {
  kind: 'rate' | 'total';
  start: string | null;
  end: string | null;
  per: string | null;
}): string {
  const { kind, start, end, per } = options;
  if (kind === 'rate') {
    return [`per ${per}`, start && `from ${start}`, end && `until ${end}`]
      .filter(Boolean)
      .join(' ');
  }
  if (start && end) return start === end ? start : `${start} to ${end}`;
  if (start) return `since ${start}`;
  if (end) return `cumulative to ${end}`;
  return 'undated total';
}

/**
 * Normalizes a claim's period; returns the factor its figures must be multiplied by.
 *
 * @example normalizePeriod({ period: { start: null, end: null, per: 'month' }, published: null, intensive: false })
 *   // → factor 12, a rate per year
 */
export function normalizePeriod(options: {
  period: Period | null;
  published: PartialDate | null;
  intensive: boolean;
}): { period: NormalizedPeriod; factor: number } {
  const { period, published, intensive } = options;
  const start = period?.start ?? null;
  if (period?.per) {
    const per = intensive ? period.per : 'year';
    const end = period.end;
    const fields = { kind: 'rate' as const, start, end, per };
    return {
      factor: intensive ? 1 : PER_YEAR[period.per],
      period: {
        ...fields,
        asOf: end ?? published,
        years: null,
        label: label(fields),
        key: `rate|${per}|${start ?? ''}|${end ?? ''}`,
      },
    };
  }
  const asOfMonth = published ? (published.slice(0, 7) as PartialDate) : null;
  const end = period?.end ?? asOfMonth;
  const fields = { kind: 'total' as const, start: period?.end ? start : null, end, per: null };
  return {
    factor: 1,
    period: {
      ...fields,
      asOf: end,
      years: fields.start && end ? yearsBetween(fields.start, end) : null,
      label: label(fields),
      key: `total||${fields.start ?? ''}|${end ?? ''}`,
    },
  };
}

/** The same period a number of years earlier or later, e.g. for year-on-year comparisons. */
export function shiftYears(date: PartialDate | null, years: number): PartialDate | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${date.slice(4)}` as PartialDate;
}
