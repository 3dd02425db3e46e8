import { InvalidArgumentError, type Command } from 'commander';
import { PartialDate, TallyError, createParser } from '../domain/index.ts';
import { openStore, type OpenStoreOptions, type Store } from '../store/index.ts';

interface GlobalOptions {
  readonly workspace?: string;
  readonly database?: string;
}

/**
 * Where the command's workspace is, from the global options first and the environment second:
 * `--database URL` (PostgreSQL), `--workspace DIR` (SQLite), then TALLY_DATABASE_URL,
 * TALLY_WORKSPACE, and `./tally-workspace`. An explicit `--workspace` beats TALLY_DATABASE_URL,
 * since what is typed on the command line is what the user means now.
 */
export function storeOptionsFor(
  globals: GlobalOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
): OpenStoreOptions {
  if (globals.workspace !== undefined && globals.database !== undefined) {
    throw new TallyError('INVALID_INPUT', 'give --workspace or --database, not both');
  }
  if (globals.database !== undefined) return { databaseUrl: globals.database, env };
  if (globals.workspace !== undefined) {
    return { workspace: globals.workspace, env: { ...env, TALLY_DATABASE_URL: undefined } };
  }
  return { env };
}

/** Opens the workspace the command's global options name, runs `use`, and always closes it. */
export async function withStore<T>(
  command: Command,
  use: (store: Store) => Promise<T>,
  options: Pick<OpenStoreOptions, 'checkEveryPage'> = {},
): Promise<T> {
  const store = await openStore({
    ...storeOptionsFor(command.optsWithGlobals<GlobalOptions>()),
    ...options,
  });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** A commander option parser for a whole number within bounds. */
export function integerOption(range: { readonly min: number; readonly max: number }) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/u.test(value) || number < range.min || number > range.max) {
      throw new InvalidArgumentError(`expected a whole number from ${range.min} to ${range.max}`);
    }
    return number;
  };
}

const isPartialDate = createParser(PartialDate);

/** A commander option parser for "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function partialDateOption(value: string): string {
  if (!isPartialDate(value).ok)
    throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

/** Writes one line to stdout. */
export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Writes a value as indented JSON on stdout, for scripts. */
export const sayJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Writes a problem to stderr in the CLI's one-line form. */
export const warn = (message: string): void => {
  process.stderr.write(`tally: ${message}\n`);
};
