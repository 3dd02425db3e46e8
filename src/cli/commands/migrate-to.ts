import type { Command } from 'commander';
import { migrateWorkspace, type MigrationReport } from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { openStore } from '../../store/index.ts';
import { say, sayJson, withStore } from '../context.ts';
import { plural } from '../format.ts';

interface MigrateFlags {
  readonly schema?: string;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('migrate-to')
    .summary('copy the workspace into an empty PostgreSQL database')
    .description(
      'Copy the current workspace (usually SQLite) into an empty PostgreSQL database or schema: ' +
        'documents and their search index, claims with their review state, events, entities, ' +
        'the audit trail and API tokens. Records stream in pages into one transaction, so the ' +
        'target gets all of them or, on any error, none; the counts of both are compared at the ' +
        'end. A target that already holds anything is refused before anything is written. The ' +
        'ingest queue is not copied. Stop servers and ingests writing to the workspace first.',
    )
    .argument('<url>', 'the PostgreSQL database, postgres://user:password@host:port/database')
    .option('--schema <name>', 'use this schema of the database (created when missing)')
    .option('--json', 'print the counts copied as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  tally --workspace ./tally-workspace migrate-to postgres://tally:secret@db/tally\n' +
        '  tally migrate-to postgres://tally:secret@db/shared --schema monitoring\n',
    )
    .action(async (url: string, flags: MigrateFlags, command: Command) => {
      if (!/^postgres(?:ql)?:\/\//u.test(url)) {
        throw new TallyError(
          'INVALID_INPUT',
          `migrate-to: ${url.split('@').at(-1)} is not a PostgreSQL URL (postgres://user:password@host/database)`,
        );
      }
      const report = await withStore(command, async (source) => {
        const target = await openStore({
          databaseUrl: url,
          ...(flags.schema === undefined ? {} : { schema: flags.schema }),
          env: {},
        });
        try {
          return await migrateWorkspace({ source, target });
        } finally {
          await target.close();
        }
      });
      if (flags.json) sayJson(report);
      else say(summarize(report));
    });
}

function summarize(report: MigrationReport): string {
  const entities = `${report.entities} ${report.entities === 1 ? 'entity' : 'entities'}`;
  const audit = `${report.audit} audit ${report.audit === 1 ? 'entry' : 'entries'}`;
  return (
    `Copied ${plural(report.documents, 'document')}, ${plural(report.claims, 'claim')}, ` +
    `${plural(report.events, 'event')}, ${entities}, ${audit} and ` +
    `${plural(report.tokens, 'token')}; the counts match.`
  );
}
