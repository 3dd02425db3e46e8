import type { Command } from 'commander';
import { explainWorkspaceIndicator } from '../../app/index.ts';
import { say, withStore } from '../context.ts';
import { runOptions, withRunOptions, type RunFlags } from './indicators.ts';

export function register(program: Command): void {
  withRunOptions(
    program
      .command('explain')
      .summary('trace an indicator to the estimates, claims and quotes behind it')
      .description(
        'Print the provenance chain of one indicator: its formula and result, each input’s flow\n' +
          'estimate, the origins and claims behind it, and each claim’s quote in its document\n' +
          '(title, publisher, date), then the assumptions with their sources.',
      )
      .argument('<indicator>', 'an indicator id, as tally indicators lists them'),
  ).action(async (indicatorId: string, flags: RunFlags, command: Command) => {
    const options = await runOptions(flags);
    const { lines } = await withStore(command, (store) =>
      explainWorkspaceIndicator({ store, indicatorId, ...options }),
    );
    for (const line of lines) say(line);
  });
}
