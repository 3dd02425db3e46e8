/**
 * Load on loopback with autocannon, against a server in a child process (so the load generator
 * does not share the server's event loop): reads at 50 connections, authenticated review writes,
 * reads while a 1 MB document is ingested every 2 s, and overload at 500 connections. Prints one
 * table with the targets beside the figures. `npm run bench:load`; BENCH_SECONDS sets
 * the length of the read phase (default 30; the others run a third of it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  [key: `${number}xx`]: number;
}
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
type Cannon = (options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  timeout?: number;
  requests?: CannonRequest[];
}) => Promise<CannonResult>;

interface Figures {
  readonly p99: number;
  readonly max: number;
  readonly audit: number;
  readonly cpuMs: number;
}

/** Requests answered per second of the server's CPU: the figure a busy machine disturbs least. */
const perCpu = (result: CannonResult, cpuSeconds: number) =>
  `${(result.requests.total / Math.max(cpuSeconds, 0.001)).toFixed(0)} req per CPU-s`;

interface Row {
  readonly phase: string;
  readonly result: CannonResult;
  readonly extra: string;
  readonly target: string;
}

const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const self = fileURLToPath(import.meta.url);

if (process.env.BENCH_LOAD_ROLE === 'server') await serve();
else await drive();

/** The child: a seeded workspace behind a real server; answers "delay" with event-loop figures. */
async function serve(): Promise<void> {
  const { createToken, ingest } = await import('../src/app/index.ts');
  const { buildServer, SHED_LOAD_DELAY_MS } = await import('../src/server/index.ts');
  const { openStore } = await import('../src/store/index.ts');
  const folder = process.env.BENCH_FOLDER ?? mkdtempSync(join(tmpdir(), 'tally-load-'));
  const store = await openStore({ workspace: join(folder, 'workspace'), env: {} });
  await ingest({ store, inputs: ['corpus/'], cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const { token } = await createToken({ store, name: 'bench', role: 'analyst' });
  const app = await buildServer({
    store,
    options: {
      webRoot: null,
      maxUploadBytes: 4 * 1024 * 1024,
      bodyLimit: 4 * 1024 * 1024,
      rateLimit: { writesPerMinute: 10_000_000, ingestsPerMinute: 10_000 },
      maxEventLoopDelayMs: SHED_LOAD_DELAY_MS,
      // BENCH_READ_CACHE=0 measures the reads computed every time.
      readCache: process.env.BENCH_READ_CACHE !== '0',
    },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.stdout.write(`${JSON.stringify({ url, token })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    // Every command is answered with the figures so far: "reset" then starts them afresh.
    const audit = (await store.listAudit()).length;
    const { user, system } = process.cpuUsage();
    const figures = {
      p99: delay.percentile(99) / 1e6,
      max: delay.max / 1e6,
      audit,
      cpuMs: (user + system) / 1000,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    if (line === 'reset') delay.reset();
  }
  await app.close();
  await store.close();
}

async function drive(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tally-load-'));
  // BENCH_PROFILE=DIR writes the server's CPU profile there (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', self], {
    env: { ...process.env, BENCH_LOAD_ROLE: 'server', BENCH_FOLDER: folder },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse(String((await lines.next()).value)) as never;
  const ask = async (command: string) => {
    child.stdin.write(`${command}\n`);
    return nextLine() as Promise<Figures>;
  };
  /**
   * Runs one phase between a reset and a reading of the server's figures: its event-loop delay,
   * the audit entries it stored, and the CPU time it used (user + system, all its threads).
   */
  const measure = async <T>(run: () => Promise<T>) => {
    const before = await ask('reset');
    const started = performance.now();
    const result = await run();
    const seconds = (performance.now() - started) / 1000;
    const after = await ask('delay');
    const cpuSeconds = (after.cpuMs - before.cpuMs) / 1000;
    return {
      result,
      loop: after,
      stored: after.audit - before.audit,
      cpu: `server CPU ${cpuSeconds.toFixed(1)} s of ${seconds.toFixed(1)} s (${((100 * cpuSeconds) / seconds).toFixed(0)}%)`,
      cpuSeconds,
    };
  };
  try {
    const { url, token } = (await nextLine()) as { url: string; token: string };
    process.stderr.write(
      `server at ${url}; reads for ${SECONDS} s, the other phases ${Math.ceil(SECONDS / 3)} s each\n`,
    );
    const claims = (
      (await (await fetch(`${url}/api/v1/claims?limit=200`)).json()) as {
        items: { id: string }[];
      }
    ).items.map((c) => c.id);
    const reads: CannonRequest[] = [
      { path: '/api/v1/claims?limit=20' },
      { path: '/api/v1/documents' },
      { path: `/api/v1/claims/${claims[0]}` },
      { path: '/api/v1/overview' },
    ];
    const rows: string[][] = [];
    const row = ({ phase, result, extra, target }: Row) =>
      rows.push([
        phase,
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.errors + result.timeouts),
        Object.entries(result.statusCodeStats)
          .map(([code, { count }]) => `${code}:${count}`)
          .join(' '),
        extra,
        target,
      ]);

    await autocannon({ url, connections: 10, duration: 2, requests: reads }); // warm-up
    const read = await measure(() =>
      autocannon({ url, connections: 50, duration: SECONDS, requests: reads }),
    );
    row({
      phase: 'reads, 50 conn',
      result: read.result,
      extra: `loop p99 ${read.loop.p99.toFixed(1)} ms; ${perCpu(read.result, read.cpuSeconds)}; ${read.cpu}`,
      target: '≥1500/s, p99≤100, 0 err',
    });

    let n = 0;
    // A fixed number of writes, not a duration: requests still in flight when a duration ends
    // are stored but not counted, and stored must equal 2xx exactly.
    const write = await measure(() =>
      autocannon({
        url,
        connections: 20,
        amount: 800 * Math.ceil(SECONDS / 3),
        requests: [
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            setupRequest: (request) => {
              n++;
              return {
                ...request,
                path: `/api/v1/claims/${claims[n % claims.length]}/edit`,
                body: JSON.stringify({ changes: { value: 1000 + n }, reason: 'load' }),
              };
            },
          },
        ],
      }),
    );
    row({
      phase: 'review writes, 20 conn',
      result: write.result,
      extra: `stored ${write.stored}, 2xx ${write.result['2xx']}; loop p99 ${write.loop.p99.toFixed(1)} ms; ${perCpu(write.result, write.cpuSeconds)}; ${write.cpu}`,
      target: '≥800/s, stored=2xx',
    });

    let ingests = 0;
    let ingestFailures = 0;
    const megabyte = (i: number) =>
      Array.from(
        { length: 12_000 },
        (_, j) => `Line ${i}-${j}: a depot logged ${(i * 31 + j * 17) % 9000} crates in 2024.`,
      ).join('\n');
    const pending: Promise<unknown>[] = [];
    const timer = setInterval(() => {
      ingests++;
      const sent = fetch(`${url}/api/v1/ingest/text`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: megabyte(ingests) }),
      }).then(
        (r) => {
          if (!r.ok) ingestFailures++;
        },
        () => ingestFailures++,
      );
      pending.push(sent);
    }, 2_000);
    const mixed = await measure(async () => {
      const result = await autocannon({
        url,
        connections: 50,
        duration: Math.ceil(SECONDS / 3),
        requests: reads,
      });
      clearInterval(timer);
      // The last ingests finish before the next phase starts.
      await Promise.all(pending);
      return result;
    });
    row({
      phase: 'reads + 1 MB ingest/2 s',
      result: mixed.result,
      extra: `loop p99 ${mixed.loop.p99.toFixed(1)} ms, max ${mixed.loop.max.toFixed(0)} ms; ${ingests} ingests, ${ingestFailures} failed; ${mixed.cpu}`,
      target: 'read p99≤250, loop p99≤100',
    });

    const overload = await measure(() =>
      autocannon({
        url,
        connections: 500,
        duration: Math.ceil(SECONDS / 3),
        timeout: 10,
        requests: reads,
      }),
    );
    row({
      phase: 'overload, 500 conn',
      result: overload.result,
      extra: `timeouts ${overload.result.timeouts}; ${overload.cpu}`,
      target: '429/503, no timeouts',
    });

    const header = ['phase', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'statuses', 'notes', 'target'];
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
    process.stdout.write(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
    for (const r of rows) process.stdout.write(`${format(r)}\n`);
    // The machine's load says how far the figures are from a quiet machine's.
    const [one, five] = loadavg();
    process.stdout.write(
      `\nload average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min); ${availableParallelism()} cores\n`,
    );
  } finally {
    // Closing stdin lets the server close and exit by itself (and write its profile, if asked).
    const exited = new Promise((done) => child.once('exit', done));
    child.stdin.end();
    const timer = setTimeout(() => child.kill(), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(folder, { recursive: true, force: true });
  }
}
