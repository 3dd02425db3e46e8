/**
 * API latency at scale: a workspace of BENCH_CLAIMS (default 1,000,000) synthetic claims, built
 * once by `seedWorkspace` and kept (SQLite under the temp folder, PostgreSQL in a schema of its
 * own on TALLY_BENCH_DATABASE_URL or TALLY_TEST_DATABASE_URL), then served on loopback and asked
 * each call BENCH_RUNS times (default 50) after a first request, one request at a time. A call
 * slower than BENCH_CALL_SECONDS in all (default 20) is asked fewer times, at least 3. Each dialect
 * runs in a process of its own, so peak memory is the server's. Target: p99 <= 50 ms on SQLite.
 *
 * The first request of each call is reported apart (FIRST ms): for flows and indicators it is
 * the cold computation a change to the workspace costs; the runs after it are the steady state of
 * a read-mostly dashboard, served from the per-revision cache. The process's CPU time is printed
 * too, since the machine may be busy with other work while the figures are taken.
 *
 *   npm run bench:scale             (BENCH_CLAIMS=100000 for a quicker look)
 */
import { execFileSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedWorkspace } from '../src/app/synthetic-seed.ts';
import { buildServer } from '../src/server/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import {
  benchDatabaseUrl,
  peakMemory,
  printTable,
  quantile,
  report,
  type BenchRow,
} from './scale-support.ts';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const SEED = 1;
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const CALL_SECONDS = Number(process.env.BENCH_CALL_SECONDS ?? 20);
const TARGET_MS = 50;

const CALLS = [
  {
    label: 'claims, filtered (country+category+status)',
    path: '/api/v1/claims?country=PRK&category=munitions&status=accepted&limit=50',
  },
  { label: 'claims, filtered (status)', path: '/api/v1/claims?status=proposed&limit=50' },
  { label: 'claims, filtered (country)', path: '/api/v1/claims?country=RUS&limit=50' },
  {
    label: 'claims, filtered (category+status), page 100',
    path: '/api/v1/claims?category=oil&status=accepted&limit=50&offset=4950',
  },
  { label: 'claims, first page', path: '/api/v1/claims?limit=50' },
  { label: 'full-text search', path: '/api/v1/documents/search?q=artillery%20shells' },
  { label: 'flows', path: '/api/v1/flows' },
  // The dashboard's call: counts and origins, each band's claims paged when it is opened.
  { label: 'flows, counts only', path: '/api/v1/flows?claims=0' },
  // `{largest}`: the key of the flow with the most claims, read from the listing at run time.
  {
    label: "a flow's claims, first page (largest flow)",
    path: '/api/v1/flows/{largest}/claims?limit=50',
  },
  { label: 'indicators', path: '/api/v1/indicators' },
] as const;

interface CallResult {
  readonly label: string;
  readonly first: number;
  readonly runs: number;
  readonly median: number;
  readonly p99: number;
  /** Median CPU time of a request in this process (server and client), ms: steadier than wall time on a busy machine. */
  readonly cpuMedian: number;
}

interface DialectResult {
  readonly dialect: string;
  readonly claims: number;
  readonly seededSeconds: number | null;
  readonly calls: readonly CallResult[];
  readonly peak: string;
  /** CPU seconds the server process spent on the requests (user + system). */
  readonly cpuSeconds: number;
}

if (process.argv[2] === '--one') {
  process.stdout.write(`${JSON.stringify(await runDialect(process.argv[3] ?? 'sqlite'))}\n`);
} else {
  await main();
}

async function openBenchStore(dialect: string): Promise<Store> {
  if (dialect === 'sqlite') {
    const workspace = join(tmpdir(), `tally-bench-scale-${CLAIMS}-s${SEED}`, 'sqlite');
    return openStore({ workspace, env: {} });
  }
  return openStore({
    databaseUrl: benchDatabaseUrl,
    schema: `tally_bench_scale_${CLAIMS}_s${SEED}`,
    env: {},
  });
}

async function largestFlowKey(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/flows?claims=0`);
  const { items } = (await response.json()) as { items: { key: string; claimCount: number }[] };
  const [largest] = [...items].sort((a, b) => b.claimCount - a.claimCount);
  if (!largest) throw new Error('the workspace has no flows');
  return largest.key;
}

async function runDialect(dialect: string): Promise<DialectResult> {
  const store = await openBenchStore(dialect);
  let seededSeconds: number | null = null;
  try {
    if ((await store.counts()).claims < CLAIMS) {
      const started = performance.now();
      await seedWorkspace({
        store,
        claims: CLAIMS,
        seed: SEED,
        onProgress: (done) => {
          if (done % 100_000 < 2_000) process.stderr.write(`seeding ${dialect}: ${done} claims\n`);
        },
      });
      seededSeconds = (performance.now() - started) / 1000;
    }
    const { claims } = await store.counts();
    const app = await buildServer({ store, options: { webRoot: null } });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const calls: CallResult[] = [];
    const cpuBefore = process.cpuUsage();
    for (const call of CALLS) {
      const cpuTimes: number[] = [];
      const path = call.path.includes('{largest}')
        ? call.path.replace('{largest}', encodeURIComponent(await largestFlowKey(base)))
        : call.path;
      const time = async () => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const response = await fetch(base + path);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
        return performance.now() - started;
      };
      const first = await time();
      cpuTimes.length = 0;
      const runs = Math.max(3, Math.min(RUNS, Math.floor((CALL_SECONDS * 1000) / first)));
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await time());
      times.sort((a, b) => a - b);
      cpuTimes.sort((a, b) => a - b);
      calls.push({
        label: call.label,
        first,
        runs,
        median: quantile(times, 0.5),
        p99: quantile(times, 0.99),
        cpuMedian: quantile(cpuTimes, 0.5),
      });
    }
    const cpu = process.cpuUsage(cpuBefore);
    await app.close();
    return {
      dialect,
      claims,
      seededSeconds,
      calls,
      peak: peakMemory(),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const dialects = ['sqlite', ...(benchDatabaseUrl ? ['postgres'] : [])];
  if (!benchDatabaseUrl) {
    process.stderr.write('bench:scale: no TALLY_BENCH_DATABASE_URL, PostgreSQL skipped\n');
  }
  const rows: string[][] = [];
  const results: BenchRow[] = [];
  for (const dialect of dialects) {
    let output: string;
    try {
      output = execFileSync(process.execPath, [...process.execArgv, script, '--one', dialect], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1024 * 1024,
      });
    } catch {
      // One dialect failing (a server restarted under it) must not lose the other's figures.
      process.stderr.write(`bench:scale: the ${dialect} run failed (see above)\n`);
      process.exitCode = 1;
      continue;
    }
    const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as DialectResult;
    if (result.seededSeconds !== null) {
      process.stdout.write(
        `seeded ${result.claims} claims into ${dialect} in ${result.seededSeconds.toFixed(0)} s\n`,
      );
    }
    const dialectRows: string[][] = [];
    for (const call of result.calls) {
      const ok = call.p99 <= TARGET_MS;
      dialectRows.push([
        dialect,
        call.label,
        call.first.toFixed(1),
        String(call.runs),
        call.median.toFixed(1),
        call.p99.toFixed(1),
        call.cpuMedian.toFixed(1),
        result.peak,
        ok ? 'ok' : 'MISSED',
      ]);
      results.push({
        bench: 'scale',
        what: `${call.label}, ${dialect}, ${result.claims} claims (first / median / p99)`,
        figure: `${call.first.toFixed(0)} / ${call.median.toFixed(1)} / ${call.p99.toFixed(1)} ms`,
        target: `p99 <= ${TARGET_MS} ms`,
        verdict: ok ? 'ok' : 'MISSED',
        peakMemory: result.peak,
      });
    }
    // Each dialect's figures as soon as they are known: the PostgreSQL seed can take a while.
    process.stdout.write(dialectRows.map((row) => `${row.join(' | ')}\n`).join(''));
    process.stdout.write(
      `${dialect}: server CPU time over all requests ${result.cpuSeconds.toFixed(1)} s; load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}\n`,
    );
    rows.push(...dialectRows);
  }
  printTable(
    `API latency on a ${CLAIMS}-claim synthetic workspace, loopback HTTP, one request at a time`,
    [
      'STORE',
      'CALL',
      'FIRST ms',
      'RUNS',
      'MEDIAN ms',
      'P99 ms',
      'CPU ms',
      'PEAK RSS',
      `P99 <= ${TARGET_MS}`,
    ],
    rows,
  );
  report(results);
}
