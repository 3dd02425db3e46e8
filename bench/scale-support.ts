/**
 * What the scale benchmarks share: a table printer, a results file that `npm run bench` reads
 * back (BENCH_RESULTS, one JSON row per line), quantiles and peak memory.
 */
import { appendFileSync } from 'node:fs';

export interface BenchRow {
  readonly bench: string;
  readonly what: string;
  readonly figure: string;
  readonly target: string;
  readonly verdict: 'ok' | 'MISSED' | '';
  readonly peakMemory: string;
}

/** Prints rows as an aligned table. */
export function printTable(title: string, header: readonly string[], rows: readonly string[][]) {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\n${title}\n${[header, ...rows].map(line).join('\n')}\n`);
}

/** Adds rows to the summary `npm run bench` prints, when it asked for them. */
export function report(rows: readonly BenchRow[]): void {
  const file = process.env.BENCH_RESULTS;
  if (!file) return;
  appendFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}

export function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/** This process's peak resident memory so far, threads included. */
export function peakMemory(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

/** The PostgreSQL server the benches use, if any: TALLY_BENCH_DATABASE_URL, else the tests' one. */
export const benchDatabaseUrl: string | undefined =
  process.env.TALLY_BENCH_DATABASE_URL || process.env.TALLY_TEST_DATABASE_URL || undefined;

/** A URL whose connections use `schema` (created by the store when missing). */
export function withSearchPath(url: string, schema: string): string {
  const option = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${option}`;
}
