/**
 * Times the API's read calls over the default workspace: `tally start` builds it in a temporary
 * folder (the bundled corpus, reference facts and reviews), then a server on loopback answers each
 * call BENCH_RUNS times (default 200) after a warm-up, one request at a time, over real HTTP.
 * Prints the median and p99 per call; the target is a median under 50 ms for every list call.
 * `npm run bench:api`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 10;
const TARGET_MS = 50;
const bin = fileURLToPath(new URL('../bin/tally.js', import.meta.url));

const folder = mkdtempSync(join(tmpdir(), 'tally-bench-api-'));
const workspace = join(folder, 'workspace');
try {
  const env = { ...process.env, TALLY_DATABASE_URL: '' };
  execFileSync(process.execPath, [bin, '--workspace', workspace, 'start', '--json'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const store = await openStore({ workspace, env: {} });
  const app = await buildServer({ store, options: { webRoot: null } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });

  const fetchJson = async (path: string) => {
    const response = await fetch(base + path);
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const documents = (await fetchJson('/api/v1/documents?limit=1')).items as { id: string }[];
  const claims = (await fetchJson('/api/v1/claims?limit=1')).items as { id: string }[];
  const documentId = documents[0]?.id;
  const claimId = claims[0]?.id;
  if (!documentId || !claimId) throw new Error('the default workspace has no documents or claims');

  const calls: { label: string; path: string; list: boolean; runs?: number }[] = [
    { label: 'overview', path: '/api/v1/overview', list: true },
    { label: 'documents', path: '/api/v1/documents', list: true },
    { label: 'documents search', path: '/api/v1/documents/search?q=troops', list: true },
    { label: 'document + claims', path: `/api/v1/documents/${documentId}`, list: true },
    { label: 'claims (page of 50)', path: '/api/v1/claims', list: true },
    { label: 'claims (500, filtered)', path: '/api/v1/claims?country=PRK&limit=500', list: true },
    { label: 'claims (text, sorted)', path: '/api/v1/claims?text=troops&sort=-value', list: true },
    { label: 'claim detail', path: `/api/v1/claims/${claimId}`, list: true },
    { label: 'events', path: '/api/v1/events?limit=500', list: true },
    { label: 'audit log', path: '/api/v1/audit?limit=500', list: true },
    { label: 'flows', path: '/api/v1/flows', list: true },
    { label: 'assumptions', path: '/api/v1/assumptions', list: true },
    // A Monte Carlo run of every indicator, not a listing: timed for reference, fewer times.
    { label: 'indicators (100k draws)', path: '/api/v1/indicators', list: false, runs: 10 },
  ];

  const quantile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;

  const rows: string[][] = [];
  let slow = 0;
  for (const call of calls) {
    const runs = Math.min(call.runs ?? RUNS, RUNS);
    for (let i = 0; i < Math.min(WARMUP, runs); i++) await fetchJson(call.path);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await fetch(base + call.path);
      const body = await response.arrayBuffer();
      times.push(performance.now() - started);
      bytes = body.byteLength;
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    const ok = !call.list || median < TARGET_MS;
    if (!ok) slow++;
    rows.push([
      call.label,
      String(runs),
      `${(bytes / 1024).toFixed(1)} KiB`,
      median.toFixed(2),
      quantile(times, 0.99).toFixed(2),
      call.list ? (ok ? 'ok' : 'SLOW') : '(not a list)',
    ]);
  }
  await app.close();
  await store.close();

  const counts = await (async () => {
    const reopened = await openStore({ workspace, env: {} });
    try {
      return await reopened.counts();
    } finally {
      await reopened.close();
    }
  })();
  const header = ['CALL', 'RUNS', 'SIZE', 'MEDIAN ms', 'P99 ms', `< ${TARGET_MS} ms`];
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stdout.write(
    `API over the default workspace (${counts.documents} documents, ${counts.claims} claims, ${counts.events} events), loopback HTTP, one request at a time\n`,
  );
  process.stdout.write(`${[header, ...rows].map(line).join('\n')}\n`);
  if (slow > 0) {
    process.stderr.write(`bench: ${slow} list call(s) over ${TARGET_MS} ms at the median\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
