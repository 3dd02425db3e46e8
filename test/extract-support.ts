import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract/index.ts';
import { repoRoot } from './cli-support.ts';

/** The project's yardstick lives beside the repository and is called, never copied. */
export const scorer = resolve(repoRoot, '..', 'shared', 'tools', 'score-claims.mjs');

export interface ScoreReport {
  readonly strict: { readonly f1: number };
  readonly events: { readonly f1: number };
  readonly perDocument: ReadonlyArray<{
    readonly name: string;
    readonly misses: readonly string[];
  }>;
}

/**
 * Runs the engine in process over every NAME.txt beside a NAME.gold.json in `goldDir`, then the
 * shared scorer over its predictions, as the targets are measured (one JSON file per article).
 */
export function scoreExtractor(goldDir: string): ScoreReport & { readonly misses: string[] } {
  const predictions = mkdtempSync(join(tmpdir(), 'tally-extract-'));
  try {
    for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.gold.json'))) {
      const base = name.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as {
        document: { published: string | null };
      };
      const text = readFileSync(join(goldDir, `${base}.txt`), 'utf8');
      writeFileSync(
        join(predictions, `${base}.json`),
        JSON.stringify(extract({ text, published: gold.document.published })),
      );
    }
    const report = JSON.parse(
      execFileSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predictions, '--json'], {
        encoding: 'utf8',
      }),
    ) as ScoreReport;
    const misses = report.perDocument.flatMap((d) => d.misses.map((m) => `${d.name}: ${m}`));
    return { ...report, misses };
  } finally {
    rmSync(predictions, { recursive: true, force: true });
  }
}
