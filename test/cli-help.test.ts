import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../src/cli/commands/index.ts';
import { main } from '../src/cli/main.ts';
import { ERROR_CATALOGUE } from '../src/domain/index.ts';

/** Runs the CLI in process and collects what it writes; help needs no workspace. */
async function capture(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

const program = new Command();
for (const register of commands) register(program);
const names = program.commands.map((command) => command.name());

describe('tally --help', () => {
  it('lists every command and every exit code of the error catalogue', async () => {
    const { code, stdout } = await capture(['--help']);
    expect(code).toBe(0);
    for (const name of names) expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, 'mu'));
    for (const [error, { exit }] of Object.entries(ERROR_CATALOGUE)) {
      expect(stdout).toMatch(new RegExp(`^  ${exit}  .*\\b${error}\\b`, 'mu'));
    }
    expect(stdout).toContain('--workspace <dir>');
    expect(stdout).toContain('--database <url>');
  });

  it.each(names)('explains the %s command', async (name) => {
    const { code, stdout } = await capture([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: tally ${name} `, 'u'));
  });

  it('answers an unknown command with a usage error, exit 2', async () => {
    const { code, stderr } = await capture(['ingets']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^tally: unknown command 'ingets'/u);
  });

  it('refuses --workspace together with --database', async () => {
    const { code, stderr } = await capture(['-w', 'a', '-d', 'postgres://x@y/z', 'docs']);
    expect(code).toBe(2);
    expect(stderr).toBe('tally: give --workspace or --database, not both\n');
  });
});
