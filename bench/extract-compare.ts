/**
 * Extraction throughput on one core, Tally's extractor beside Microsoft Recognizers-Text's
 * number-with-unit recognizer (currency and dimension models, the ones that read quantities such
 * as "$500 million" or "10 tonnes"; fed paragraph by paragraph), in the same process, on the same text: the dev articles
 * (read from ../shared at run time) and synthetic reports. Each engine runs for at least
 * BENCH_SECONDS (default 3) of CPU time; MB/s is over CPU time, since the machine is shared.
 *
 *   npm run bench:compare
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  recognizeCurrency,
  recognizeDimension,
} from '@microsoft/recognizers-text-number-with-unit';
import { syntheticArticle } from '../src/app/synthetic.ts';
import { extract } from '../src/extract/index.ts';
import { peakMemory, printTable, report } from './scale-support.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const TARGET_RATIO = 10;

function devArticles(): string[] {
  const dir = join(repo, '..', 'shared', 'corpus', 'dev');
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(dir, name), 'utf8'));
  } catch {
    return [];
  }
}

const texts = [
  ...devArticles(),
  ...Array.from(
    { length: 60 },
    (_, index) => syntheticArticle({ seed: 77, index, claims: 10, targetBytes: 5_000 }).markdown,
  ),
];
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

/** Runs `engine` over every text, again and again, until SECONDS of CPU time have passed. */
function measure(engine: (text: string) => number): { mbPerSecond: number; found: number } {
  const started = process.cpuUsage();
  let processed = 0;
  let found = 0;
  let elapsed = 0;
  do {
    for (const text of texts) found += engine(text);
    processed += bytes;
    const used = process.cpuUsage(started);
    elapsed = (used.user + used.system) / 1e6;
  } while (elapsed < SECONDS);
  return { mbPerSecond: processed / 1e6 / elapsed, found: found / (processed / bytes) };
}

extract({ text: 'warm up: 5 shells', published: null, title: null });
const tally = measure(
  (text) => extract({ text, published: '2024-12-01', title: null }).claims.length,
);
// Recognizers-Text is built for utterances and slows down more than linearly on long inputs
// (measured: 5 KB in one call costs ~13x a 500-byte call per byte), so it is given one paragraph
// at a time, as an application would feed it.
const paragraphs = new Map(texts.map((text) => [text, text.split(/\n\s*\n/u)]));
recognizeCurrency('warm up at $5', 'en-us');
recognizeDimension('warm up at 5 kg', 'en-us');
const recognizers = measure((text) => {
  let found = 0;
  for (const paragraph of paragraphs.get(text) ?? []) {
    found +=
      recognizeCurrency(paragraph, 'en-us').length + recognizeDimension(paragraph, 'en-us').length;
  }
  return found;
});
const ratio = tally.mbPerSecond / recognizers.mbPerSecond;
const ok = ratio >= TARGET_RATIO;

printTable(
  `Extraction on one core over ${(bytes / 1e6).toFixed(2)} MB (${texts.length} texts), ${SECONDS} s of CPU each`,
  ['ENGINE', 'MB/s (CPU)', 'FOUND PER PASS'],
  [
    ['Tally extract (claims)', tally.mbPerSecond.toFixed(2), tally.found.toFixed(0)],
    [
      'Recognizers-Text currency + dimension',
      recognizers.mbPerSecond.toFixed(3),
      recognizers.found.toFixed(0),
    ],
    ['ratio', `${ratio.toFixed(1)}x`, `target >= ${TARGET_RATIO}x: ${ok ? 'ok' : 'MISSED'}`],
  ],
);
process.stdout.write(`peak memory ${peakMemory()}\n`);
report([
  {
    bench: 'compare',
    what: 'extraction MB/s, Tally vs Recognizers-Text (ratio)',
    figure: `${tally.mbPerSecond.toFixed(2)} vs ${recognizers.mbPerSecond.toFixed(3)} (${ratio.toFixed(1)}x)`,
    target: `>= ${TARGET_RATIO}x`,
    verdict: ok ? 'ok' : 'MISSED',
    peakMemory: peakMemory(),
  },
]);
