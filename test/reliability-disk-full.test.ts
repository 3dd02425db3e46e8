import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, ingest } from '../src/app/index.ts';
import { buildServer, type TallyApp } from '../src/server/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { runCli } from './cli-support.ts';
import { bearer } from './server-support.ts';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tally-disk-full-'));
const disk = join(scratch, 'disk');

/**
 * A real full disk: a small tmpfs, which needs root (CI runs as root). Elsewhere the suite is
 * skipped and says so; under CI=true a failed mount fails the run instead.
 */
function mountSmallDisk(): boolean {
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32m', 'tmpfs', disk], { stdio: 'pipe' });
    return true;
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    process.stderr.write(
      `\n*** SKIPPED: disk-full suite: cannot mount a tmpfs (${String(error).split('\n')[0]}); run as root. ***\n\n`,
    );
    return false;
  }
}
const mounted = mountSmallDisk();

/** Fills the disk to the last byte; returns the filler, whose removal gives the space back. */
function fillDisk(): string {
  const filler = join(disk, 'filler');
  const descriptor = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 7);
  try {
    for (;;) writeSync(descriptor, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last partial block: fill byte by byte what a whole chunk could not.
    try {
      for (;;) writeSync(descriptor, chunk, 0, 512);
    } catch {
      // Full.
    }
  } finally {
    closeSync(descriptor);
  }
  return filler;
}

/** A long report in our own words, different for each seed, to need fresh pages on disk. */
function longReport(seed: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) {
    lines.push(
      `Note ${seed}-${i}: analysts counted ${(seed * 7919 + i * 104_729) % 100_000} crates near depot ${i} in 2024.`,
    );
  }
  return lines.join('\n');
}

describe.runIf(mounted)('a full disk', () => {
  let store: Store;
  let app: TallyApp;
  let token: string;
  const workspace = join(disk, 'workspace');
  beforeAll(async () => {
    const seeded = await openStore({ workspace, env: {} });
    await ingest({ store: seeded, inputs: ['briefing-money-oil-and-trade.md'], cwd: corpus });
    token = (await createToken({ store: seeded, name: 'writer', role: 'analyst' })).token;
    // Closing checkpoints and removes the WAL, so the next write needs new space on the disk.
    await seeded.close();
    store = await openStore({ workspace, env: {} });
    app = await buildServer({ store, options: { webRoot: null } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    if (mounted) execFileSync('umount', [disk]);
    rmSync(scratch, { recursive: true, force: true });
  });

  const ingestText = (text: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/ingest/text',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      payload: { text, title: 'Depot counts' },
    });

  it('refuses a write with 503, serves reads, and takes the write once space returns', async () => {
    const before = await store.counts();
    const filler = fillDisk();
    try {
      const refused = await ingestText(longReport(1));
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/u);
      expect(refused.json().error.code).toBe('STORE_UNAVAILABLE');
      expect(await store.counts()).toEqual(before);

      const read = await app.inject('/api/v1/documents');
      expect(read.statusCode).toBe(200);
      expect(read.json().items).toHaveLength(before.documents);
    } finally {
      rmSync(filler);
    }
    const accepted = await ingestText(longReport(1));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('ingested');
    expect((await store.counts()).documents).toBe(before.documents + 1);
  });

  it('leaves an earlier export whole when a new one cannot be written, and no temporary file', async () => {
    const out = join(disk, 'export.jsonl');
    const first = await runCli(['--workspace', workspace, 'export', '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const earlier = readFileSync(out);
    await ingestText(longReport(2));
    const filler = fillDisk();
    try {
      const second = await runCli(['--workspace', workspace, 'export', '--out', out]);
      expect(second.code).not.toBe(0);
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
      expect(second.stderr).toMatch(/cannot write .*export\.jsonl: ENOSPC|unavailable|full/u);
      expect(readFileSync(out).equals(earlier)).toBe(true);
      expect(readdirSync(disk).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(filler);
    }
    expect(existsSync(out)).toBe(true);
  });
});
