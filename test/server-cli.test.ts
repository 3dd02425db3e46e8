import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './cli-support.ts';

const bin = fileURLToPath(new URL('../bin/tally.js', import.meta.url));

let folder: string;
let workspace: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tally-serve-cli-'));
  workspace = join(folder, 'workspace');
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Starts `tally serve` on a free loopback port and resolves with its address once it listens. */
function serve(args: readonly string[]): Promise<{ child: ChildProcess; address: string }> {
  const env = { ...process.env };
  delete env.TALLY_DATABASE_URL;
  const child = spawn(process.execPath, [bin, '--workspace', workspace, 'serve', ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/\S+)\//u.exec(out);
      if (match?.[1]) resolve({ child, address: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('tally token', () => {
  it('creates a token shown once, lists it without the secret, and revokes it once', async () => {
    const created = await runCli([
      '-w',
      workspace,
      'token',
      'create',
      '--name',
      'ci-bot',
      '--role',
      'admin',
    ]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    // 32 random bytes in base64url: 256 bits, over the 128 asked for.
    expect(secret).toMatch(/^tly_[\w-]{43}$/u);
    expect(created.stderr).toContain('shown only now');

    const listed = await runCli(['-w', workspace, 'token', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      { name: 'ci-bot', role: 'admin', createdAt: expect.any(String), revokedAt: null },
    ]);
    expect(listed.stdout).not.toContain(secret.slice(4));

    expect((await runCli(['-w', workspace, 'token', 'revoke', 'ci-bot'])).code).toBe(0);
    const again = await runCli(['-w', workspace, 'token', 'revoke', 'ci-bot']);
    expect(again.code).toBe(4);
    expect(again.stderr).toBe('tally: no active token is named "ci-bot"\n');
  });

  it('refuses an unknown role and a name with spaces, in one line each', async () => {
    const role = await runCli([
      '-w',
      workspace,
      'token',
      'create',
      '--name',
      'x',
      '--role',
      'root',
    ]);
    expect(role.code).toBe(2);
    expect(role.stderr).toBe('tally: token role "root" is not viewer, analyst or admin\n');
    const name = await runCli(['-w', workspace, 'token', 'create', '--name', 'a b']);
    expect(name.code).toBe(2);
    expect(name.stderr).toMatch(/^tally: token name "a b" must be/u);
  });
});

describe('tally serve', () => {
  it('refuses a non-loopback address while no active token exists', async () => {
    const run = await runCli(['-w', workspace, 'serve', '--host', '0.0.0.0', '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tally: refusing to listen on 0\.0\.0\.0 with no API token/u);
  });

  it('serves the API on loopback and stops cleanly on SIGTERM', async () => {
    const { child, address } = await serve(['--port', '0', '--quiet']);
    try {
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
      const response = await fetch(`${address}/api/v1/overview`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ documents: 0, claims: 0 });
      const write = await fetch(`${address}/api/v1/ingest/text`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Some text.' }),
      });
      expect(write.status).toBe(401);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
