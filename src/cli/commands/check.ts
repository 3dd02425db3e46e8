import type { Command } from 'commander';
import { checkWorkspace } from '../../app/index.ts';
import { say, sayJson, warn, withStore } from '../context.ts';

/** Exit code of a check that found problems, as the catalogue's STORE_CORRUPT. */
const DAMAGED_EXIT = 8;

export function register(program: Command): void {
  program
    .command('check')
    .summary("check the workspace's database and the ledger's invariants")
    .description(
      'Run the database\u2019s integrity check (SQLite integrity_check and foreign_key_check), ' +
        'look for orphans (claims or events without their document, audit entries about a ' +
        'missing claim), and check the ledger: every claim and event span lies inside its ' +
        'document and quotes it exactly, and every claim an estimate counts is stored. Prints ' +
        'each problem on its own line and exits 8 when there is any, 0 when there is none.',
    )
    .option('--json', 'print {"problems": [...], "documents", "claims", "events"} as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const report = await withStore(command, (store) => checkWorkspace({ store }));
      if (flags.json) sayJson(report);
      else if (report.problems.length === 0) {
        say(
          `ok: ${report.documents} documents, ${report.claims} claims, ${report.events} events; no problems found`,
        );
      } else {
        for (const problem of report.problems) warn(problem);
      }
      if (report.problems.length > 0) process.exitCode = DAMAGED_EXIT;
    });
}
