import type { IndicatorResult } from '../../ledger/index.ts';
import { formatFigure } from '../../ledger/index.ts';
import { columns } from '../format.ts';

const compact = (x: number) =>
  x.toLocaleString('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

/** A bare figure in the unit's own notation: "$4.13B", "12.5 %", "3.1×", "11,000". */
function figure(x: number, unit: string): string {
  if (!Number.isFinite(x)) return String(x);
  if (unit === 'usd' || unit === 'usd/year') return `$${compact(x)}`;
  if (unit === 'percent') return `${formatFigure(x)} %`;
  if (unit === 'ratio') return `${formatFigure(x)}×`;
  return formatFigure(x);
}

/** What follows the figures: nothing where the notation says it, else the unit. */
function unitSuffix(unit: string): string {
  if (unit === 'usd' || unit === 'percent' || unit === 'ratio') return '';
  if (unit === 'usd/year') return ' a year';
  return ` ${unit}`;
}

/** A figure with its unit as people read it: "$4.13B", "12.5 %", "3.1×", "11,000 person". */
export const formatAmount = (x: number, unit: string): string =>
  `${figure(x, unit)}${unitSuffix(unit)}`;

/** "$3.86B ($2.74B to $5.2B) a year": median, then the 5th to 95th percentile, then the unit. */
export const formatRange = (options: { low: number; best: number; high: number; unit: string }) =>
  `${figure(options.best, options.unit)} (${figure(options.low, options.unit)} to ${figure(options.high, options.unit)})${unitSuffix(options.unit)}`;

/** One row per indicator: its title and its figure, or the inputs it lacks. */
function indicatorRows(results: readonly IndicatorResult[]): string[][] {
  return results.map((result) => {
    const { indicator } = result;
    if (result.status === 'ok') {
      const { p5, median, p95 } = result.summary;
      return [
        indicator.id,
        formatRange({ low: p5, best: median, high: p95, unit: indicator.unit }),
      ];
    }
    if (result.status === 'missing') {
      return [indicator.id, `no figure: missing ${result.missing.map((m) => m.name).join(', ')}`];
    }
    return [indicator.id, `no figure: ${result.issues[0]?.message ?? 'invalid'}`];
  });
}

/** The indicators in two groups, "What North Korea gains" and "What it risks". */
export function headlineLines(
  results: readonly IndicatorResult[],
  options: { details?: boolean } = {},
): string[] {
  const lines: string[] = [];
  for (const [kind, heading] of [
    ['gain', 'What North Korea gains'],
    ['risk', 'What it risks'],
  ] as const) {
    const group = results.filter((r) => r.indicator.kind === kind);
    if (group.length === 0) continue;
    lines.push(`${heading} (median, 5th to 95th percentile):`);
    const rows = columns(indicatorRows(group));
    group.forEach((result, index) => {
      lines.push(`  ${rows[index] ?? ''}`);
      if (options.details) {
        lines.push(`      ${result.indicator.title}`);
        if (result.status === 'missing')
          for (const m of result.missing) lines.push(`      missing ${m.name}: ${m.reason}`);
      }
    });
  }
  return lines;
}
