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
import { tmpdir } from 'node:os';
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
  const { buildServer } = await import('../src/server/index.ts');
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
    },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.stdout.write(`${JSON.stringify({ url, token })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    // Every command is answered with the figures so far: "reset" then starts them afresh.
    const audit = (await store.listAudit()).length;
    process.stdout.write(
      `${JSON.stringify({ p99: delay.percentile(99) / 1e6, max: delay.max / 1e6, audit })}\n`,
    );
    if (line === 'reset') delay.reset();
  }
  await app.close();
  await store.close();
}

async function drive(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tally-load-'));
  const child = spawn(process.execPath, ['--import', 'tsx', self], {
    env: { ...process.env, BENCH_LOAD_ROLE: 'server', BENCH_FOLDER: folder },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse(String((await lines.next()).value)) as never;
  const ask = async (command: string) => {
    child.stdin.write(`${command}\n`);
    return nextLine() as Promise<{ p99: number; max: number; audit: number }>;
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
    await ask('reset');
    const read = await autocannon({ url, connections: 50, duration: SECONDS, requests: reads });
    const readDelay = await ask('delay');
    row({
      phase: 'reads, 50 conn',
      result: read,
      extra: `loop p99 ${readDelay.p99.toFixed(1)} ms`,
      target: '≥1500/s, p99≤100, 0 err',
    });

    const before = (await ask('delay')).audit;
    let n = 0;
    // A fixed number of writes, not a duration: requests still in flight when a duration ends
    // are stored but not counted, and stored must equal 2xx exactly.
    const write = await autocannon({
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
    });
    const stored = (await ask('delay')).audit - before;
    row({
      phase: 'review writes, 20 conn',
      result: write,
      extra: `stored ${stored}, 2xx ${write['2xx']}`,
      target: '≥800/s, stored=2xx',
    });

    await ask('reset');
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
    const mixed = await autocannon({
      url,
      connections: 50,
      duration: Math.ceil(SECONDS / 3),
      requests: reads,
    });
    clearInterval(timer);
    // Extraction holds the server's thread: let the last ingests finish before the next phase.
    await Promise.all(pending);
    const mixedDelay = await ask('delay');
    row({
      phase: 'reads + 1 MB ingest/2 s',
      result: mixed,
      extra: `loop p99 ${mixedDelay.p99.toFixed(1)} ms; ${ingests} ingests, ${ingestFailures} failed`,
      target: 'read p99≤250, loop p99≤100',
    });

    const overload = await autocannon({
      url,
      connections: 500,
      duration: Math.ceil(SECONDS / 3),
      timeout: 10,
      requests: reads,
    });
    row({
      phase: 'overload, 500 conn',
      result: overload,
      extra: `timeouts ${overload.timeouts}`,
      target: '429/503, no timeouts',
    });

    const header = ['phase', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'statuses', 'notes', 'target'];
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
    process.stdout.write(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
    for (const r of rows) process.stdout.write(`${format(r)}\n`);
  } finally {
    child.stdin.end();
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}
