import type { Command } from 'commander';
import { readScenario, workspaceAssumptions } from '../../app/index.ts';
import { describeDistribution } from '../../ledger/index.ts';
import { say, sayJson } from '../context.ts';
import { readTextFile } from './read-text-file.ts';

export function register(program: Command): void {
  program
    .command('assumptions')
    .summary('the named, sourced parameters the indicators use')
    .description(
      'List the assumptions of data/ledger/assumptions.json (shells per container, stockpile,\n' +
        'price per shell…) with their distributions and sources; with --scenario, as the\n' +
        'scenario overrides them.',
    )
    .option('--scenario <file>', 'a scenario JSON file')
    .option('--json', 'print the assumptions as JSON')
    .action(async (flags: { scenario?: string; json?: boolean }) => {
      const scenario =
        flags.scenario === undefined
          ? undefined
          : readScenario(await readTextFile(flags.scenario), flags.scenario);
      const assumptions = workspaceAssumptions(scenario ? { scenario } : {});
      if (flags.json) {
        sayJson(assumptions);
        return;
      }
      for (const a of assumptions) {
        const overridden = a.overriddenBy ? ` (overridden by scenario "${a.overriddenBy}")` : '';
        say(`${a.id}: ${a.title}`);
        say(`  ${describeDistribution(a.distribution)} ${a.unit}${overridden}`);
        say(`  source: ${a.source.citation}${a.source.url ? ` ${a.source.url}` : ''}`);
        if (a.note) say(`  note: ${a.note}`);
      }
    });
}
