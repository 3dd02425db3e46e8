import { InvalidArgumentError, type Command } from 'commander';
import { flowView, workspaceFlows } from '../../app/index.ts';
import { isReconciliationRule, type ReconciliationRule } from '../../ledger/index.ts';
import { say, sayJson, withStore } from '../context.ts';
import { plural } from '../format.ts';
import { formatRange } from './ledger-format.ts';

const ruleOption = (value: string): ReconciliationRule => {
  if (!isReconciliationRule(value))
    throw new InvalidArgumentError('expected conservative or pooled');
  return value;
};

export function register(program: Command): void {
  program
    .command('flows')
    .summary('reconciled flow estimates from the accepted claims')
    .description(
      'Group accepted and edited claims by flow (category, unit, from, to, period) and reconcile\n' +
        'each flow’s sources into a low / best / high range (5th percentile, median, 95th).\n' +
        'Claims credited to the same person or body count as one independent origin however many\n' +
        'outlets repeat them. Rules: conservative (the lowest credible origin, the default) or\n' +
        'pooled (an equal mixture of every origin).',
    )
    .option('--rule <rule>', 'conservative or pooled', ruleOption, 'conservative')
    .option(
      '--json',
      'print the estimates as JSON, every claim listed (the API lists the first few)',
    )
    .action(async (flags: { rule: ReconciliationRule; json?: boolean }, command: Command) => {
      const flows = await withStore(command, (store) =>
        workspaceFlows({ store, rule: flags.rule }),
      );
      if (flags.json) {
        sayJson(flows.map(flowView));
        return;
      }
      if (flows.length === 0) {
        say('No accepted claims yet: accept some with tally review or tally claims accept.');
        return;
      }
      for (const flow of flows) {
        const origins = flow.origins.length;
        const figure = Number.isFinite(flow.best)
          ? formatRange({ low: flow.low, best: flow.best, high: flow.high, unit: flow.unit })
          : 'no usable figure';
        say(`${flow.label}`);
        say(
          `  ${figure} [${flow.rule}] · ${plural(flow.claims.length, 'claim')}, ${plural(origins, 'independent origin')}, ${plural(flow.outlets, 'outlet')}${flow.contradiction ? ' · SOURCES CONTRADICT' : ''}`,
        );
        for (const origin of flow.origins) {
          const used = flow.basis.includes(origin.key) ? '' : ' (not used by this rule)';
          say(`    ${origin.name}: ${origin.claimIds.join(', ')}${used}`);
        }
        for (const { claimId, message } of flow.unusable)
          say(`    unusable ${claimId}: ${message}`);
      }
      say(plural(flows.length, 'flow'));
    });
}
