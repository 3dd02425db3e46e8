/**
 * `npm run bench`: runs every benchmark, one after another, each in its own process, then prints
 * one table of the scale figures (extraction ratio, bulk ingest, API latency at scale) with
 * their targets and peak memory. The other benches print their own tables as they run. A bench
 * that fails is named at the end and makes the run exit non-zero; the others still run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, type BenchRow } from './scale-support.ts';

const BENCHES: readonly { readonly file: string; readonly args?: readonly string[] }[] = [
  { file: 'extract.ts', args: ['--expose-gc'] },
  { file: 'extract-compare.ts' },
  { file: 'ingest.ts' },
  { file: 'store.ts' },
  { file: 'indicators.ts' },
  { file: 'api.ts' },
  { file: 'api-scale.ts' },
];

const folder = mkdtempSync(join(tmpdir(), 'tally-bench-all-'));
const results = join(folder, 'results.jsonl');
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const failed: string[] = [];
try {
  for (const bench of BENCHES) {
    process.stdout.write(`\n=== bench/${bench.file}\n`);
    const script = fileURLToPath(new URL(bench.file, import.meta.url));
    const run = spawnSync(process.execPath, [tsx, ...(bench.args ?? []), script], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_RESULTS: results },
    });
    if (run.status !== 0) failed.push(bench.file);
  }
  let rows: BenchRow[] = [];
  try {
    rows = readFileSync(results, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as BenchRow);
  } catch {
    // No scale bench reported anything: the table below is empty, and the failures say why.
  }
  printTable(
    'Summary (docs/scaling.md explains each figure)',
    ['BENCH', 'WHAT', 'FIGURE', 'TARGET', 'VERDICT', 'PEAK RSS'],
    rows.map((row) => [row.bench, row.what, row.figure, row.target, row.verdict, row.peakMemory]),
  );
  if (failed.length > 0) {
    process.stderr.write(`bench: failed: ${failed.join(', ')}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
