/**
 * Bulk ingest throughput: BENCH_DOCS (default 1,000) synthetic reports of 5 KB each, read,
 * extracted and stored by `bulkIngest` into a fresh SQLite workspace and a fresh PostgreSQL
 * schema (TALLY_BENCH_DATABASE_URL or TALLY_TEST_DATABASE_URL; skipped without one), with 1 and
 * 2 worker threads. Each run is a process of its own, so its peak memory is its own. The time
 * includes starting the workers and the final commit; CPU S is the CPU time of every thread of
 * the run, which a busy machine disturbs less than the wall clock. Target: >= 500 documents/s
 * into SQLite.
 *
 *   npm run bench:ingest
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bulkIngest } from '../src/app/bulk-ingest.ts';
import { syntheticArticle } from '../src/app/synthetic.ts';
import { openStore } from '../src/store/index.ts';
import {
  benchDatabaseUrl,
  peakMemory,
  printTable,
  report,
  type BenchRow,
} from './scale-support.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 1_000);
const DOC_BYTES = 5 * 1024;
const TARGET = 500;

interface RunResult {
  readonly ingested: number;
  readonly seconds: number;
  /** CPU time of the whole process (every thread), user and system. */
  readonly cpuSeconds: number;
  readonly peak: string;
}

if (process.argv[2] === '--one') {
  const [, , , dialect, workers, corpus] = process.argv;
  process.stdout.write(
    `${JSON.stringify(await runOne(dialect ?? '', Number(workers), corpus ?? ''))}\n`,
  );
} else {
  await main();
}

async function runOne(dialect: string, workers: number, corpus: string): Promise<RunResult> {
  const folder = mkdtempSync(join(tmpdir(), 'tally-bench-ingest-ws-'));
  const schema = `tally_bench_ingest_${process.pid}`;
  const store =
    dialect === 'sqlite'
      ? await openStore({ workspace: folder, env: {} })
      : await openStore({ databaseUrl: benchDatabaseUrl, schema, env: {} });
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await bulkIngest({ store, inputs: [corpus], workers });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (result.failed > 0) throw new Error(`${result.failed} files failed`);
    const cpuSeconds = (used.user + used.system) / 1e6;
    return { ingested: result.ingested, seconds, cpuSeconds, peak: peakMemory() };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
    if (dialect === 'postgres' && benchDatabaseUrl) {
      const client = new pg.Client({ connectionString: benchDatabaseUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  }
}

/** The corpus is kept between runs: the same seed gives the same files. */
function corpusFolder(): string {
  const folder = join(tmpdir(), `tally-bench-corpus-${DOCS}x5k`);
  if (existsSync(folder) && readdirSync(folder).length === DOCS) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < DOCS; index++) {
    const article = syntheticArticle({ seed: 500, index, claims: 10, targetBytes: DOC_BYTES });
    writeFileSync(join(folder, article.fileName), article.markdown);
  }
  return folder;
}

async function main(): Promise<void> {
  const corpus = corpusFolder();
  const script = fileURLToPath(import.meta.url);
  const configs: { dialect: 'sqlite' | 'postgres'; workers: number }[] = [
    { dialect: 'sqlite', workers: 1 },
    { dialect: 'sqlite', workers: 2 },
    ...(benchDatabaseUrl
      ? ([
          { dialect: 'postgres', workers: 1 },
          { dialect: 'postgres', workers: 2 },
        ] as const)
      : []),
  ];
  if (!benchDatabaseUrl) {
    process.stderr.write('bench:ingest: no TALLY_BENCH_DATABASE_URL, PostgreSQL runs skipped\n');
  }
  const rows: string[][] = [];
  const results: BenchRow[] = [];
  for (const { dialect, workers } of configs) {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, script, '--one', dialect, String(workers), corpus],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const run = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as RunResult;
    const rate = run.ingested / run.seconds;
    const verdict = dialect === 'sqlite' ? (rate >= TARGET ? 'ok' : 'MISSED') : '';
    rows.push([
      dialect,
      String(workers),
      String(run.ingested),
      run.seconds.toFixed(2),
      run.cpuSeconds.toFixed(2),
      rate.toFixed(0),
      run.peak,
      verdict,
    ]);
    results.push({
      bench: 'ingest',
      what: `bulk ingest of 5 KB documents into ${dialect}, ${workers} worker${workers > 1 ? 's' : ''}`,
      figure: `${rate.toFixed(0)} docs/s`,
      target: dialect === 'sqlite' ? `>= ${TARGET} docs/s` : '',
      verdict,
      peakMemory: run.peak,
    });
  }
  printTable(
    `Bulk ingest of ${DOCS} synthetic 5 KB documents (worker threads read and extract; one transaction per batch)`,
    ['STORE', 'WORKERS', 'DOCS', 'SECONDS', 'CPU S', 'DOCS/S', 'PEAK RSS', `>= ${TARGET}/s`],
    rows,
  );
  // The machine may be shared: the load says how far to trust the wall-clock figures.
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
  process.stdout.write(`load average (1, 5, 15 min) at the end: ${load}; ${cpus().length} cores\n`);
  report(results);
}
