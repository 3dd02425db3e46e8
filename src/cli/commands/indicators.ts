import type { Command } from 'commander';
import { indicatorView, readScenario, workspaceIndicators } from '../../app/index.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../../ledger/index.ts';
import { integerOption, say, sayJson, withStore } from '../context.ts';
import { headlineLines } from './ledger-format.ts';
import { readTextFile } from './read-text-file.ts';

export interface RunFlags {
  readonly scenario?: string;
  readonly seed: number;
  readonly draws: number;
}

/** The options every Monte Carlo command shares: --scenario, --seed, --draws. */
export function withRunOptions(command: Command): Command {
  return command
    .option('--scenario <file>', 'a scenario JSON file overriding assumptions or the rule')
    .option(
      '--seed <n>',
      'seed of the random generator',
      integerOption({ min: 0, max: 2 ** 32 - 1 }),
      DEFAULT_SEED,
    )
    .option(
      '--draws <n>',
      'Monte Carlo draws',
      integerOption({ min: 1, max: 10_000_000 }),
      DEFAULT_DRAWS,
    );
}

/** The run options as the app takes them, with the scenario file read and checked. */
export async function runOptions(flags: RunFlags) {
  const scenario =
    flags.scenario === undefined
      ? undefined
      : readScenario(await readTextFile(flags.scenario), flags.scenario);
  return { seed: flags.seed, draws: flags.draws, ...(scenario ? { scenario } : {}) };
}

export function register(program: Command): void {
  withRunOptions(
    program
      .command('indicators')
      .summary('what North Korea gains and risks: indicators with their uncertainty')
      .description(
        'Evaluate the indicators of data/ledger/indicators.json over the accepted claims by\n' +
          'Monte Carlo (seeded, 100,000 draws by default): median with the 5th and 95th\n' +
          'percentiles, in the indicator’s unit. An indicator whose inputs are missing names them\n' +
          'and shows no number. tally explain ID shows where a figure comes from.',
      ),
  )
    .option('--json', 'print every result with its histogram and provenance as JSON')
    .action(async (flags: RunFlags & { json?: boolean }, command: Command) => {
      const options = await runOptions(flags);
      const results = await withStore(command, (store) =>
        workspaceIndicators({ store, ...options }),
      );
      if (flags.json) {
        sayJson(results.map(indicatorView));
        return;
      }
      for (const line of headlineLines(results, { details: true })) say(line);
      say();
      say(
        `${flags.draws.toLocaleString('en-US')} draws, seed ${flags.seed}${options.scenario ? `, scenario "${options.scenario.name}"` : ''}. tally explain ID traces a figure to its quotes.`,
      );
    });
}
