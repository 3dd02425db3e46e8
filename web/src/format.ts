/** Three significant figures: the estimates carry no more precision than that. */
function sig3(value: number): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(3));
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(rounded))));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: Math.min(digits, 6) });
}

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** A large amount shortened with a suffix: 3 860 000 000 → "3.86B". */
export function compact(value: number): string {
  const magnitude = Math.abs(value);
  for (const [scale, suffix] of SCALES) {
    if (magnitude >= scale) return `${sig3(value / scale)}${suffix}`;
  }
  return sig3(value);
}

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people' };

/** A counted unit in the plural: "shell" → "shells", "person" → "people". */
function plural(unit: string): string {
  return IRREGULAR[unit] ?? `${unit}s`;
}

/**
 * A figure in its unit, as a reader says it: dollars with a $ and a suffix, ratios with ×,
 * percentages with %, counts with separators and their unit.
 * @example formatValue(3.86e9, 'usd/year') // "$3.86B a year"
 */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const [base = unit, per] = unit.split('/');
  const rate = per === undefined ? '' : per === 'year' ? ' a year' : ` per ${per}`;
  if (base === 'usd') return `${value < 0 ? '-' : ''}$${compact(Math.abs(value))}${rate}`;
  if (base === 'ratio') return `${sig3(value)}×${rate}`;
  if (base === 'percent') return `${sig3(value)} %${rate}`;
  const amount = Math.abs(value) >= 1e6 ? compact(value) : sig3(value);
  return `${amount} ${Math.abs(value) === 1 ? base : plural(base)}${rate}`;
}

/** A range of two figures in one unit: "$2.74B – $5.2B". */
export function formatRange(low: number, high: number, unit: string): string {
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}`;
}

const COUNTRIES: Readonly<Record<string, string>> = {
  PRK: 'North Korea',
  RUS: 'Russia',
  CHN: 'China',
  KOR: 'South Korea',
  UKR: 'Ukraine',
  USA: 'United States',
};

/** A country's name from its ISO alpha-3 code, or the code itself when we have no name for it. */
export function countryName(code: string | null | undefined): string {
  if (code === null || code === undefined) return '–';
  return COUNTRIES[code] ?? code;
}

/** "force_size" → "force size": category and event names as words. */
export function words(name: string): string {
  return name.replaceAll('_', ' ');
}

/**
 * A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as the first day it may mean, or null when it is
 * not one; the timeline places a bare year at its first of January.
 */
export function partialDateStart(date: string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(date);
  if (parts === null) return null;
  return `${parts[1]}-${parts[2] ?? '01'}-${parts[3] ?? '01'}`;
}

/** A claim's figure as it reads: one value, a range, or an open bound ("$2B or more"). */
export function claimFigure(claim: {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
}): string {
  const { value, low, high, unit } = claim;
  if (value !== null) return formatValue(value, unit);
  if (low !== null && high !== null) return formatRange(low, high, unit);
  if (low !== null) return `${formatValue(low, unit)} or more`;
  if (high !== null) return `up to ${formatValue(high, unit)}`;
  return 'no figure';
}
