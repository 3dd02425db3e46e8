import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { devCorpus, repoRoot } from './cli-support.ts';

const scorer = resolve(repoRoot, '..', 'shared', 'tools', 'score-claims.mjs');

interface Report {
  readonly strict: { readonly f1: number };
  readonly events: { readonly f1: number };
  readonly perDocument: ReadonlyArray<{
    readonly name: string;
    readonly misses: readonly string[];
  }>;
}

describe.skipIf(devCorpus === null)(
  'the extractor against the dev gold, scored by the shared scorer',
  () => {
    const corpus = devCorpus ?? '';
    const predictions = mkdtempSync(join(tmpdir(), 'tally-extract-'));
    afterAll(() => rmSync(predictions, { recursive: true, force: true }));

    // The engine runs in process, the scorer as it does for the targets: one JSON file per article.
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.gold.json'))) {
      const base = name.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(corpus, name), 'utf8')) as {
        document: { published: string | null };
      };
      const text = readFileSync(join(corpus, `${base}.txt`), 'utf8');
      writeFileSync(
        join(predictions, `${base}.json`),
        JSON.stringify(extract({ text, published: gold.document.published })),
      );
    }
    const report = JSON.parse(
      execFileSync(process.execPath, [scorer, '--gold', corpus, '--pred', predictions, '--json'], {
        encoding: 'utf8',
      }),
    ) as Report;
    const misses = report.perDocument.flatMap((d) => d.misses.map((m) => `${d.name}: ${m}`));

    it('reaches strict claim F1 of at least 0.90', () => {
      expect(report.strict.f1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });

    it('reaches event F1 of at least 0.80', () => {
      expect(report.events.f1).toBeGreaterThanOrEqual(0.8);
    });
  },
);
