import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkPatterns, findPatterns } from '../scripts/check-redos.ts';
import { repoRoot } from './cli-support.ts';

function runCheck(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-redos.ts', ...args],
      { cwd: repoRoot, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

describe('the ReDoS check (scripts/check-redos.ts)', () => {
  it('fails on known-vulnerable patterns, one line each naming the file, line and attack', async () => {
    const run = await runCheck(['test/fixtures/redos/vulnerable.ts']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^test\/fixtures\/redos\/vulnerable\.ts:5: \/\^\(\?:\\w\+\\s\?\)\*\$\/u is vulnerable to ReDoS \(exponential; attack /u,
    );
    // The one eslint-plugin-regexp's super-linear rules let through.
    expect(lines[1]).toMatch(
      /^test\/fixtures\/redos\/vulnerable\.ts:9: .* is vulnerable to ReDoS \(\S+ degree polynomial/u,
    );
    expect(run.stdout).toContain(
      '3 regular expressions in test/fixtures/redos/vulnerable.ts, 2 not proved safe',
    );
  });

  it('refuses a RegExp built at run time, which it cannot check, and checks a fixed one', async () => {
    const run = await runCheck(['test/fixtures/redos/built-at-run-time.ts']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'test/fixtures/redos/built-at-run-time.ts:3: RegExp built at run time: recheck cannot check it; write it as a literal',
    );
    expect(run.stdout).toContain('2 regular expressions');
  });

  it('passes a file whose patterns are all safe', async () => {
    const run = await runCheck(['src/app/read-document.ts']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      / [1-9]\d* regular expressions in src\/app\/read-document\.ts, 0 not proved safe/u,
    );
  });

  it('finds literals with their flags, and RegExp calls with or without new', () => {
    const text = [
      'const a = /x+y/giu;',
      "const b = new RegExp('[a-z]', 'u');",
      'const c = RegExp(source);',
      "const d = 'not /a regex/ in a string';",
    ].join('\n');
    expect(findPatterns({ file: 'f.ts', text })).toEqual([
      { file: 'f.ts', line: 1, source: 'x+y', flags: 'giu' },
      { file: 'f.ts', line: 2, source: '[a-z]', flags: 'u' },
      { file: 'f.ts', line: 3, source: undefined, flags: '' },
    ]);
  });

  it('reports nothing for linear patterns', async () => {
    const problems = await checkPatterns([
      { file: 'f.ts', line: 1, source: '^\\d{1,3}(?:,\\d{3})*$', flags: 'u' },
    ]);
    expect(problems).toEqual([]);
  });
});
