import { Command, CommanderError } from 'commander';
import { ERROR_CATALOGUE, isTallyError } from '../domain/index.ts';
import { commands } from './commands/index.ts';

/** The exit codes, grouped by code, as `tally --help` lists them. */
function exitCodeHelp(): string {
  const byCode = new Map<number, string[]>([[0, ['success']]]);
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    const names = byCode.get(entry.exit) ?? [];
    byCode.set(entry.exit, [...names, code]);
  }
  byCode.set(2, ['bad usage', ...(byCode.get(2) ?? [])]);
  const lines = [...byCode.entries()]
    .sort(([a], [b]) => a - b)
    .map(([code, names]) => `  ${code}  ${names.join(', ')}`);
  return `\nExit codes:\n${lines.join('\n')}\n\nErrors are printed on stderr as one line: "tally: <message>".\n`;
}

/** Exit codes: 0 success, 1 internal error, 2 bad usage or input, 3+ see ERROR_CATALOGUE. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('tally')
    .description('An evidence ledger of what states trade in war, built from public reporting.')
    .option(
      '-w, --workspace <dir>',
      'SQLite workspace folder (env TALLY_WORKSPACE, default ./tally-workspace)',
    )
    .option('-d, --database <url>', 'PostgreSQL connection URL (env TALLY_DATABASE_URL)')
    .exitOverride()
    .configureOutput({
      // Commander's usage errors take the same one-line form as Tally's own.
      outputError: (message, write) => write(`tally: ${message.replace(/^error: /u, '')}`),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', exitCodeHelp());
  for (const register of commands) register(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isTallyError(error)) {
      process.stderr.write(`tally: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`tally: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.TALLY_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 1;
  }
}
