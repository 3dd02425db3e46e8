import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../src/app/index.ts';
import type { DocumentId } from '../src/domain/index.ts';
import { openStore } from '../src/store/index.ts';
import { buildIngestChild } from './reliability-support.ts';

const ROUNDS = 6;
const DOCUMENTS = 120;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tally-fiu-'));
const child = join(
  repoRoot,
  'node_modules',
  '.cache',
  'tally-reliability',
  `fiu-${process.pid}.mjs`,
);
const workspace = join(scratch, 'workspace');
const inbox = join(scratch, 'inbox');

/** Debian's fiu-utils (libfiu's fiu-run), which .ci/run installs. */
const hasFiu = spawnSync('fiu-run', ['-h'], { stdio: 'ignore' }).error === undefined;
if (!hasFiu && process.env.CI === 'true') throw new Error('CI=true but fiu-run is not installed');
if (!hasFiu)
  process.stderr.write(
    '\n*** SKIPPED: I/O error suite: fiu-run is not installed (apt-get install fiu-utils). ***\n\n',
  );

/**
 * Failures SQLite's writes and syncs may meet on a bad disk: a write or a sync now and then
 * returns EIO. Reads of the input files and the child's stdout are left alone, so what the child
 * acknowledges reaches us.
 */
const FAULTS = [
  '-c',
  'enable_random name=posix/io/rw/pwrite,probability=0.01',
  '-c',
  'enable_random name=posix/io/sync/fsync,probability=0.05',
  '-c',
  'enable_random name=posix/io/sync/fdatasync,probability=0.05',
];

beforeAll(async () => {
  if (!hasFiu) return;
  await buildIngestChild(child);
  mkdirSync(inbox);
  for (let i = 0; i < DOCUMENTS; i++) {
    writeFileSync(
      join(inbox, `note-${String(i).padStart(3, '0')}.txt`),
      `Note ${i}. A ministry said on Friday that ${300 + i * 3} rail cars of oil went to ` +
        `Pyongyang in 2025, and that ${10 + i} ships unloaded grain.\n`,
    );
  }
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(child, { force: true });
});

/** Runs the ingest child, under fiu-run when `faults` is set, and collects what it acknowledged. */
function ingestChild(
  faults: boolean,
): Promise<{ printed: Map<string, number>; code: number | null }> {
  const command = faults ? 'fiu-run' : process.execPath;
  const args = faults
    ? ['-x', ...FAULTS, process.execPath, child, workspace, inbox]
    : [child, workspace, inbox];
  return new Promise((resolve, reject) => {
    const process_ = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const printed = new Map<string, number>();
    let buffered = '';
    process_.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [id, claims] = line.split(' ');
        if (id && claims !== undefined) printed.set(id, Number(claims));
      }
    });
    process_.stderr.resume();
    process_.on('error', reject);
    process_.on('close', (code) => resolve({ printed, code }));
  });
}

describe.runIf(hasFiu)('I/O errors injected with fiu-run', () => {
  it(`keeps every acknowledged document and no damage, over ${ROUNDS} faulty runs`, async () => {
    const acknowledged = new Map<string, number>();
    let failedRuns = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { printed, code } = await ingestChild(true);
      if (code !== 0) failedRuns++;
      for (const [id, claims] of printed) acknowledged.set(id, claims);
      const store = await openStore({ workspace, env: {} });
      try {
        expect((await checkWorkspace({ store })).problems, `round ${round}`).toEqual([]);
        for (const [id, claims] of acknowledged) {
          const stored = await store.listClaims({ documentId: id as DocumentId, limit: 1000 });
          expect(stored.length, `round ${round}: document ${id}`).toBe(claims);
        }
      } finally {
        await store.close();
      }
    }
    // The faults did happen: some runs stopped on an I/O error.
    expect(failedRuns).toBeGreaterThan(0);
    const last = await ingestChild(false);
    expect(last.code).toBe(0);
    const store = await openStore({ workspace, env: {} });
    try {
      const report = await checkWorkspace({ store });
      expect(report.problems).toEqual([]);
      expect(report.documents).toBe(DOCUMENTS);
    } finally {
      await store.close();
    }
    process.stdout.write(
      `fiu: ${ROUNDS} faulty runs, ${failedRuns} stopped by an I/O error, ${acknowledged.size} documents acknowledged, all present\n`,
    );
  }, 120_000);
});
