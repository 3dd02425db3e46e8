import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './cli-support.ts';
import { scoreExtractor } from './extract-support.ts';

/** Articles written for the project by an annotator who never saw the engine (see its README). */
const evaluationSet = resolve(repoRoot, 'test', 'fixtures', 'extract-eval');

/**
 * The figures of the engine today (strict 79.8 %, events 75.0 %; 27.5 % strict when the set was
 * added, then 43.1 %, 66.9 % and 75.7 % at the ends of later rounds), less a margin: a floor that catches a
 * change which makes the engine read reporting worse. The set has been tuned on since, so it is a
 * regression guard, not an estimate for unseen text (docs/extraction.md has that). The issue's
 * target for unseen articles is strict 0.75; raise these as the engine gets there.
 */
const STRICT_FLOOR = 0.76;
const EVENTS_FLOOR = 0.71;

interface GoldItem {
  readonly span: readonly [number, number];
  readonly text: string;
}

describe('the extractor on the committed evaluation set, against its floors', () => {
  const names = readdirSync(evaluationSet)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length));

  it('holds twelve annotated articles whose every gold span is the exact slice of its text', () => {
    expect(names).toHaveLength(12);
    for (const name of names) {
      const text = readFileSync(join(evaluationSet, `${name}.txt`), 'utf8');
      const gold = JSON.parse(readFileSync(join(evaluationSet, `${name}.gold.json`), 'utf8')) as {
        readonly format: string;
        readonly claims: readonly GoldItem[];
        readonly events: readonly GoldItem[];
      };
      expect(gold.format, name).toBe('claims/1');
      for (const item of [...gold.claims, ...gold.events]) {
        expect(text.slice(item.span[0], item.span[1]), `${name} ${item.text}`).toBe(item.text);
      }
    }
  });

  const report = scoreExtractor(evaluationSet);

  it(`keeps strict claim F1 at or above ${STRICT_FLOOR}`, () => {
    expect(report.strict.f1, report.misses.join('\n')).toBeGreaterThanOrEqual(STRICT_FLOOR);
  });

  it(`keeps event F1 at or above ${EVENTS_FLOOR}`, () => {
    expect(report.events.f1).toBeGreaterThanOrEqual(EVENTS_FLOOR);
  });
});
