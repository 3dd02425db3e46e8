// Benchmarks the extraction engine on one core: throughput over ≥10 MB of reporting (the dev
// articles from ../shared, read at run time, and our own sample reports, repeated), heap growth
// across documents, and the time for 1 MB of pathological inputs. Throughput is wall clock and CPU
// time of this process (the machine may be shared), median of runs after one warm-up pass.
//
//   npm run bench:extract
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const MB = 1_000_000;
const TARGET_BYTES = 10 * MB;
const RUNS = 5;

function texts(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(dir, name), 'utf8'));
  } catch {
    return [];
  }
}

const sources = [
  ...texts(join(repo, '..', 'shared', 'corpus', 'dev')),
  ...texts(join(repo, 'data', 'extract', 'samples')),
];
if (sources.length === 0) throw new Error('bench:extract found no texts to read');

// Documents as ingest sees them: each source text is one document, repeated to the target size.
const documents: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const text of sources) {
    documents.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// One pass first, not counted: the figure is the engine's steady state, after V8 has compiled its
// hot functions, as in a long ingest; the first pass of a fresh process mostly measures the JIT.
const warmCpu0 = process.cpuUsage();
const warmT0 = performance.now();
for (const text of documents) extract({ text, published: '2024-12-03' });
const warmSeconds = (performance.now() - warmT0) / 1000;
const warmCpu = process.cpuUsage(warmCpu0);
globalThis.gc?.();

let claims = 0;
const rates: number[] = [];
// CPU time of this process, alongside wall time: the machine is shared, and a busy neighbour
// slows the wall clock without changing what the engine costs.
const cpuRates: number[] = [];
const heaps: number[] = [];
for (let run = 0; run < RUNS; run++) {
  claims = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const text of documents) claims += extract({ text, published: '2024-12-03' }).claims.length;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  rates.push(bytes / MB / seconds);
  cpuRates.push(bytes / MB / ((cpu.user + cpu.system) / 1e6));
  globalThis.gc?.();
  heaps.push(process.memoryUsage().heapUsed);
}

console.log(
  `corpus: ${documents.length} documents, ${(bytes / MB).toFixed(1)} MB, ${claims} claims per run`,
);
console.log(
  `warm-up run (not counted): ${(bytes / MB / warmSeconds).toFixed(1)} MB/s wall clock, ` +
    `${(bytes / MB / ((warmCpu.user + warmCpu.system) / 1e6)).toFixed(1)} MB/s of CPU time`,
);
console.log(`runs: ${rates.map((r) => r.toFixed(1)).join(', ')} MB/s`);
console.log(`runs: ${cpuRates.map((r) => r.toFixed(1)).join(', ')} MB/s of CPU time`);
console.log(
  `throughput: ${median(rates).toFixed(1)} MB/s wall clock (median of ${RUNS} runs, one thread)`,
);
console.log(`throughput: ${median(cpuRates).toFixed(1)} MB/s of CPU time (median of ${RUNS} runs)`);
console.log(
  `load average while running: ${(await import('node:os')).loadavg()[0]?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`,
);
console.log(`heap after each run: ${heaps.map((h) => `${(h / MB).toFixed(0)} MB`).join(', ')}`);

// Each source text run many times over before the next: the same work as the runs above, whose
// branches the processor learns over the repeats (docs/extraction.md, "Why switching texts costs
// a third"). The gap between the two figures is mispredicted branches, not work.
// Every text the same number of times, so each weighs in the figure as it does in the runs.
const sourceBytes = sources.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
const times = Math.max(1, Math.round((3 * MB) / sourceBytes));
let repeatedBytes = 0;
const cpuRepeated0 = process.cpuUsage();
for (const text of sources) {
  for (let k = 0; k < times; k++) extract({ text, published: '2024-12-03' });
  repeatedBytes += times * Buffer.byteLength(text, 'utf8');
}
const cpuRepeated = process.cpuUsage(cpuRepeated0);
console.log(
  `each text repeated before the next: ${(repeatedBytes / MB / ((cpuRepeated.user + cpuRepeated.system) / 1e6)).toFixed(1)} MB/s of CPU time ` +
    `(${(repeatedBytes / MB).toFixed(1)} MB)`,
);

// One large document of the same text: throughput must not fall with document length. It runs
// twice: the first run also grows the buffers and the heap to its size, which the second reuses.
const large = documents.slice(0, Math.ceil(documents.length / 4)).join('\n\n');
const largeBytes = Buffer.byteLength(large) / MB;
for (const label of ['', ', run again']) {
  const tLarge = performance.now();
  const cpuLarge0 = process.cpuUsage();
  const largeClaims = extract({ text: large, published: '2024-12-03' }).claims.length;
  const largeSeconds = (performance.now() - tLarge) / 1000;
  const cpuLarge = process.cpuUsage(cpuLarge0);
  console.log(
    `one ${(large.length / MB).toFixed(1)} MB document${label}: ${(largeBytes / largeSeconds).toFixed(1)} MB/s wall clock, ` +
      `${(largeBytes / ((cpuLarge.user + cpuLarge.system) / 1e6)).toFixed(1)} MB/s of CPU time, ${largeClaims} claims`,
  );
}

const SIZE = MB;
const pathological: Record<string, string> = {
  'digits (1 MB of one number)': '7'.repeat(SIZE),
  '"1,1,1,…"': '1,'.repeat(SIZE / 2),
  'a million spaces': ' '.repeat(SIZE),
  'repeated "more than"': 'more than '.repeat(SIZE / 10),
  'repeated "between 1 and"': 'between 1 and '.repeat(SIZE / 14),
  'repeated "$"': '$'.repeat(SIZE),
  'one sentence of figures': '5 troops '.repeat(SIZE / 9),
  'repeated "according to"': 'according to '.repeat(SIZE / 13),
  'hyphens and digits': '1-'.repeat(SIZE / 2),
  'nested quotes': '"'.repeat(SIZE),
  'repeated "said Monday" (an event every 12 bytes)': 'said Monday '.repeat(SIZE / 12),
  'repeated "North Korea sent 5 troops to Russia"': 'North Korea sent 5 troops to Russia '.repeat(
    SIZE / 36,
  ),
  'repeated dates': 'in July last year since September 2023 '.repeat(SIZE / 40),
};
for (const [name, text] of Object.entries(pathological)) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = extract({ text, published: '2024-12-03' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `pathological ${name}: ${ms.toFixed(0)} ms (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU), ` +
      `${result.claims.length} claims, ${result.events.length} events`,
  );
}
