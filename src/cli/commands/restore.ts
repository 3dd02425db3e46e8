import type { Command } from 'commander';
import { restoreFromBackup } from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { storeOptionsFor, say, warn } from '../context.ts';

interface RestoreFlags {
  readonly force?: boolean;
}

/** Exit code of a restored workspace that fails its check, as the catalogue's STORE_CORRUPT. */
const DAMAGED_EXIT = 8;

export function register(program: Command): void {
  program
    .command('restore')
    .summary('put a backup made by `tally backup` in place as the workspace')
    .description(
      'Check FILE (SQLite integrity_check, Tally\u2019s tables, a schema version this Tally ' +
        'knows), copy it into the workspace with SQLite\u2019s backup API, migrate it if an older ' +
        'Tally made it, and run `tally check` on the result. A damaged file or one that is not ' +
        'a Tally database is refused and the workspace left as it was. An existing workspace ' +
        'database is replaced only with --force, and even then kept beside as ' +
        'tally.db.before-restore-<time>. Stop `tally serve` first. PostgreSQL: use pg_restore.',
    )
    .argument('<file>', 'a backup written by `tally backup`')
    .option('--force', 'replace the workspace database (the old one is kept beside it)')
    .addHelpText('after', '\nExample:\n  tally restore --force backups/tally-2026-11-27.db\n')
    .action(async (file: string, flags: RestoreFlags, command: Command) => {
      const options = storeOptionsFor(command.optsWithGlobals());
      if (options.databaseUrl || options.env?.TALLY_DATABASE_URL) {
        throw new TallyError(
          'INVALID_INPUT',
          'restore works on a SQLite workspace; a PostgreSQL one is restored with pg_restore',
        );
      }
      const report = await restoreFromBackup({
        from: file,
        workspace: options.workspace,
        force: flags.force ?? false,
        env: options.env ?? process.env,
      });
      if (report.keptAs) warn(`the replaced database is kept as ${report.keptAs}`);
      for (const problem of report.check.problems) warn(problem);
      say(
        `Restored ${file} (schema version ${report.schemaVersion}) to ${report.target}: ` +
          `${report.check.documents} documents, ${report.check.claims} claims.`,
      );
      if (report.check.problems.length > 0) process.exitCode = DAMAGED_EXIT;
    });
}
