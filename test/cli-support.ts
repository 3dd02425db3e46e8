import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/tally.js', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node bin/tally.js ARGS` as a user would, in a clean environment: no workspace or
 * database variables leak in from the machine running the tests.
 */
export function runCli(args: readonly string[], options: { cwd?: string } = {}): Promise<CliRun> {
  const env = { ...process.env };
  delete env.TALLY_WORKSPACE;
  delete env.TALLY_DATABASE_URL;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd ?? repoRoot, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

const devCorpusPath = fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url));

/**
 * The dev articles, which belong to their publishers and live beside the repository, never in it.
 * CI always has them; a laptop checkout without them skips the suites that need them and says so.
 */
export const devCorpus: string | null = existsSync(devCorpusPath) ? devCorpusPath : null;
if (devCorpus === null) {
  if (process.env.CI) throw new Error(`CI needs the dev corpus at ${devCorpusPath}`);
  process.stderr.write(`SKIPPING dev-corpus CLI tests: ${devCorpusPath} does not exist\n`);
}
