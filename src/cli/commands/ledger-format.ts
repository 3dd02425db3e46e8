import type { IndicatorResult } from '../../ledger/index.ts';
import { formatFigure } from '../../ledger/index.ts';
import { columns } from '../format.ts';

const compact = (x: number) =>
  x.toLocaleString('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

/** A figure with its unit as people read it: "$4.13B", "12.5 %", "3.1×", "11,000 person". */
export function formatAmount(x: number, unit: string): string {
  if (!Number.isFinite(x)) return String(x);
  if (unit === 'usd') return `$${compact(x)}`;
  if (unit === 'usd/year') return `$${compact(x)} a year`;
  if (unit === 'percent') return `${formatFigure(x)} %`;
  if (unit === 'ratio') return `${formatFigure(x)}×`;
  return `${formatFigure(x)} ${unit}`;
}

/** "13.1× (9.4× to 18.2×)": median, then the 5th to 95th percentile. */
export const formatRange = (options: { low: number; best: number; high: number; unit: string }) =>
  `${formatAmount(options.best, options.unit)} (${formatAmount(options.low, options.unit)} to ${formatAmount(options.high, options.unit)})`;

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
