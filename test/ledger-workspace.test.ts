import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyReviews,
  readReviews,
  reviewClaim,
  workspaceFlows,
  workspaceIndicators,
} from '../src/app/index.ts';
import type { FlowEstimate, IndicatorResult } from '../src/ledger/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { repoRoot, runCli, type CliRun } from './cli-support.ts';

/**
 * The default workspace, built as `npm start` builds it: the bundled briefings ingested, the
 * reference facts imported and the bundled review decisions applied.
 */
let dir: string;
let workspace: string;
let started: CliRun;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-ledger-'));
  workspace = join(dir, 'default');
  started = await runCli(['-w', workspace, 'start']);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface IndicatorJson {
  id: string;
  status: string;
  unit: string;
  p5?: number;
  median?: number;
  p95?: number;
  missing?: { name: string; reason: string }[];
}

describe('the default workspace', () => {
  it('starts with every bundled review decision matched and the headline indicators printed', () => {
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    // If this fails after an extractor change: tally reviews check corpus/reviews.jsonl (README).
    expect(started.stdout).toMatch(
      /^Bundled reviews: \d+ applied, 0 already applied, 0 conflicting, 0 unmatched$/mu,
    );
    expect(started.stdout).toMatch(
      /^Reference facts: \d+ facts from \d+ sources, \d+ ingested, 0 unchanged$/mu,
    );
    expect(started.stdout).toContain('What North Korea gains (median, 5th to 95th percentile):');
    expect(started.stdout).toContain('What it risks (median, 5th to 95th percentile):');
    expect(started.stdout).toMatch(
      /^ {2}earnings_to_official_exports +[\d.]+× \([\d.]+× to [\d.]+×\)$/mu,
    );
  });

  it('leaves no claim of the briefings undecided by the bundled reviews', async () => {
    const check = await runCli(['-w', workspace, 'reviews', 'check', 'corpus/reviews.jsonl']);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(
      /^(\d+) of \1 decisions match; 0 unmatched, 0 claims undecided$/mu,
    );
    expect(check.code).toBe(0);
  });

  it('gives the earnings-to-exports ratio with its range', async () => {
    const run = await runCli(['-w', workspace, 'indicators', '--json']);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as IndicatorJson[];
    const ratio = results.find((r) => r.id === 'earnings_to_official_exports');
    expect(ratio).toMatchObject({ status: 'ok', unit: 'ratio' });
    const { p5 = 0, median = 0, p95 = 0 } = ratio ?? {};
    // (arms revenue over 1–1.4 years + troop earnings) / $330 million: several times over.
    expect(p5).toBeGreaterThan(3);
    expect(p5).toBeLessThan(median);
    expect(median).toBeLessThan(p95);
    expect(p95).toBeLessThan(40);
  });

  it('explains the ratio down to the Guseinova estimates and the $330 million exports figure, with quotes', async () => {
    const run = await runCli(['-w', workspace, 'explain', 'earnings_to_official_exports']);
    expect(run.code).toBe(0);
    const text = run.stdout;
    expect(text).toMatch(
      /^Earnings from Russia against North Korea's official exports \[earnings_to_official_exports, gain\]$/mu,
    );
    expect(text).toMatch(/^ {4}origin: Olena Guseinova/mu);
    expect(text).toMatch(/claim \S+: "up to \$5\.5 billion"/u);
    expect(text).toMatch(/claim \S+: "up to \$572 million a year"/u);
    expect(text).toMatch(/claim \S+: "\$330 million".*Russian money and oil for North Korea/u);
    expect(text).toMatch(/^ +quote: ".*Guseinova.*up to \$5\.5 billion.*"$/mu);
    expect(text).toMatch(
      /^ +quote: "According to The New York Times, North Korea's official exports came to \$330 million in 2023\."$/mu,
    );
  });

  it('names an unknown indicator in one line', async () => {
    const run = await runCli(['-w', workspace, 'explain', 'happiness']);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^tally: no indicator "happiness" \(known: earnings_per_year, /u);
  });
});

describe('reviewing a claim of the default workspace', () => {
  let store: Store;
  beforeAll(async () => {
    await started;
    store = await openStore({ workspace, env: {} });
  });
  afterAll(async () => {
    await store.close();
  });

  const DRAWS = 4000;
  const snapshot = async () => {
    const [flows, indicators] = await Promise.all([
      workspaceFlows({ store }),
      workspaceIndicators({ store, draws: DRAWS }),
    ]);
    return {
      flows: new Map(
        flows.map((f: FlowEstimate) => [f.key, [f.low, f.best, f.high, f.claims.length]]),
      ),
      indicators: new Map(
        indicators.map((r: IndicatorResult) => [
          r.indicator.id,
          r.status === 'ok' ? [r.summary.p5, r.summary.median, r.summary.p95] : r.status,
        ]),
      ),
    };
  };
  const changed = <V>(a: Map<string, V>, b: Map<string, V>) =>
    [...new Set([...a.keys(), ...b.keys()])]
      .filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)))
      .sort();
  const claimQuoting = async (text: string) => {
    const found = (await store.listClaims()).filter(
      (c) => c.text === text && c.reviewer !== 'reference',
    );
    expect(found).toHaveLength(1);
    return found[0]?.id ?? '';
  };
  const act = (claimId: string, action: Parameters<typeof reviewClaim>[0]['action']) =>
    reviewClaim({ store, claimId, action, reviewer: 'test' });

  it('rejecting the exports figure removes its flow and moves only the ratio it feeds', async () => {
    const before = await snapshot();
    const exports = await claimQuoting('$330 million');
    await act(exports, { kind: 'undo' });
    await act(exports, { kind: 'reject' });
    const after = await snapshot();
    expect(changed(before.flows, after.flows)).toEqual(['trade|usd|PRK|-|total||2023|2023']);
    expect(changed(before.indicators, after.indicators)).toEqual(['earnings_to_official_exports']);
    expect(after.indicators.get('earnings_to_official_exports')).toBe('missing');
    // Undoing the reject leaves the claim as the extractor proposed it; the bundled decision
    // puts the reviewed reading back, so the workspace is as it started.
    await act(exports, { kind: 'undo' });
    const bundled = readReviews(
      await readFile(join(repoRoot, 'corpus', 'reviews.jsonl'), 'utf8'),
      'r',
    );
    const restored = await applyReviews({ store, decisions: bundled, reviewer: 'test' });
    expect(restored).toMatchObject({ applied: 1, conflicting: 0, unmatched: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('editing the troop earnings moves their flow and the two indicators using it, and nothing else', async () => {
    const before = await snapshot();
    const troops = await claimQuoting('up to $572 million a year');
    await act(troops, { kind: 'edit', changes: { value: 900_000_000 } });
    const after = await snapshot();
    const moved = changed(before.flows, after.flows);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/^money\|usd\|RUS\|PRK\|rate\|year/u);
    expect(changed(before.indicators, after.indicators)).toEqual([
      'earnings_per_year',
      'earnings_to_official_exports',
    ]);
    await act(troops, { kind: 'undo' });
    expect(await snapshot()).toEqual(before);
  });
});
