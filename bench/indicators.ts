/**
 * Times 100,000 Monte Carlo draws for every shipped indicator, together, over the ledger's test
 * workspace (in which every indicator has its inputs). `npm run bench:indicators`.
 */
import { DEFAULT_DRAWS, DEFAULT_INDICATORS, evaluateIndicators } from '../src/ledger/index.ts';
import { TEST_CLAIMS, TEST_DOCUMENTS } from '../src/ledger/testing.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const evaluate = (seed: number) =>
  evaluateIndicators({
    claims: TEST_CLAIMS,
    documents: TEST_DOCUMENTS,
    seed,
    draws: DEFAULT_DRAWS,
  });

const timed = (seed: number) => {
  const started = performance.now();
  const results = evaluate(seed);
  return { ms: performance.now() - started, results };
};

const first = timed(1);
const evaluated = first.results.filter((r) => r.status === 'ok').length;
if (evaluated !== DEFAULT_INDICATORS.length) {
  const failing = first.results.filter((r) => r.status !== 'ok').map((r) => r.indicator.id);
  process.stderr.write(`bench: these indicators did not evaluate: ${failing.join(', ')}\n`);
  process.exitCode = 1;
}
const warm = Array.from({ length: runs }, (_, index) => timed(index + 2).ms).sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)] ?? Number.NaN;

console.log(
  `indicators: ${evaluated} of ${DEFAULT_INDICATORS.length} evaluated, ${DEFAULT_DRAWS.toLocaleString('en-US')} draws each`,
);
console.log(`first run (cold): ${first.ms.toFixed(0)} ms`);
console.log(
  `warm runs: median ${median.toFixed(0)} ms, fastest ${(warm[0] ?? Number.NaN).toFixed(0)} ms (${runs} runs)`,
);
for (const result of first.results) {
  if (result.status !== 'ok') continue;
  const { p5, median: mid, p95 } = result.summary;
  const show = (x: number) => x.toPrecision(3);
  console.log(
    `  ${result.indicator.id.padEnd(30)} ${show(p5)} – ${show(mid)} – ${show(p95)} ${result.indicator.unit}`,
  );
}
