import { Command, CommanderError } from 'commander';
import { isTallyError } from '../domain/index.ts';
import { commands } from './commands/index.ts';

/** Exit codes: 0 success, 1 internal error, 2 bad usage or input, 3+ see ERROR_CATALOGUE. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('tally')
    .description('An evidence ledger of what states trade in war, built from public reporting.')
    .option('-w, --workspace <dir>', 'SQLite workspace folder (env TALLY_WORKSPACE)')
    .option('-d, --database <url>', 'PostgreSQL connection URL (env TALLY_DATABASE_URL)')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
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
