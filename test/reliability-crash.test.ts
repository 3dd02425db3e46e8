import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../src/app/index.ts';
import type { DocumentId } from '../src/domain/index.ts';
import { openStore } from '../src/store/index.ts';
import { buildIngestChild } from './reliability-support.ts';

const ROUNDS = 50;
const DOCUMENTS = 600;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tally-crash-'));
/** Bundled beside node_modules so its packages resolve, and started fresh every round. */
const child = join(
  repoRoot,
  'node_modules',
  '.cache',
  'tally-reliability',
  `child-${process.pid}.mjs`,
);
const workspace = join(scratch, 'workspace');
const inbox = join(scratch, 'inbox');

/** A deterministic generator, so a failing round can be replayed with the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const SEED = Number(process.env.TALLY_CRASH_SEED ?? Date.now() % 1_000_000);

beforeAll(async () => {
  await buildIngestChild(child);
  mkdirSync(inbox);
  // Short reports in our own words, each with a figure the extractor reads as a claim.
  for (let i = 0; i < DOCUMENTS; i++) {
    writeFileSync(
      join(inbox, `report-${String(i).padStart(4, '0')}.txt`),
      `Report ${i}. Officials in Seoul said on Tuesday that ${1000 + i * 7} North Korean troops ` +
        `were sent to Russia in 2024, and that ${20 + i} trains carried shells north.\n`,
    );
  }
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(child, { force: true });
});

interface Round {
  /** Documents the child said were committed, with their claim counts. */
  readonly printed: Map<string, number>;
  readonly finished: boolean;
}

/** Runs the child, killing it with SIGKILL at `killAfter` ms after its first commit (or never). */
function runChild(options: { killAfter?: number; killAtStart?: number }): Promise<Round> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, workspace, inbox], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const printed = new Map<string, number>();
    let finished = false;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => process_.kill('SIGKILL');
    if (options.killAtStart !== undefined) timer = setTimeout(kill, options.killAtStart);
    process_.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'done') finished = true;
        const [id, claims] = line.split(' ');
        if (id && claims !== undefined) printed.set(id, Number(claims));
      }
      if (printed.size > 0 && timer === undefined && options.killAfter !== undefined) {
        timer = setTimeout(kill, options.killAfter);
      }
    });
    process_.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    process_.on('error', reject);
    process_.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) {
        reject(new Error(`the ingest child failed (${code}): ${stderr}`));
      } else resolve({ printed, finished });
    });
  });
}

describe('kill -9 in the middle of an ingest', () => {
  it(`loses no committed document and leaves no damage, over ${ROUNDS} rounds (seed ${SEED})`, async () => {
    const next = random(SEED);
    const acknowledged = new Map<string, number>();
    let killedMidIngest = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Most rounds die between commits; every fifth dies while opening, migrating or checking.
      const result =
        round % 5 === 4
          ? await runChild({ killAtStart: Math.floor(next() * 400) })
          : await runChild({ killAfter: Math.floor(next() * 30) });
      if (!result.finished && result.printed.size > 0) killedMidIngest++;
      for (const [id, claims] of result.printed) acknowledged.set(id, claims);

      const store = await openStore({ workspace, env: {} });
      try {
        const report = await checkWorkspace({ store });
        expect(report.problems, `round ${round}, seed ${SEED}`).toEqual([]);
        for (const [id, claims] of result.printed) {
          const stored = await store.listClaims({ documentId: id as DocumentId, limit: 1000 });
          expect(stored.length, `round ${round}: document ${id}`).toBe(claims);
        }
        expect(report.documents).toBeGreaterThanOrEqual(acknowledged.size);
      } finally {
        await store.close();
      }
    }
    expect(killedMidIngest).toBeGreaterThan(ROUNDS / 2);
    process.stdout.write(
      `kill -9: ${ROUNDS} rounds (seed ${SEED}), ${killedMidIngest} killed between commits, ` +
        `${acknowledged.size} documents acknowledged before the final run, all present\n`,
    );

    // A run to the end completes what the kills interrupted.
    const last = await runChild({});
    expect(last.finished).toBe(true);
    const store = await openStore({ workspace, env: {} });
    try {
      const report = await checkWorkspace({ store });
      expect(report.problems).toEqual([]);
      expect(report.documents).toBe(DOCUMENTS);
      for (const [id, claims] of acknowledged) {
        expect((await store.listClaims({ documentId: id as DocumentId, limit: 1000 })).length).toBe(
          claims,
        );
      }
    } finally {
      await store.close();
    }
  }, 180_000);
});
