import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupWorkspace } from '../../app/index.ts';
import { warn, withStore } from '../context.ts';

export function register(program: Command): void {
  program
    .command('backup')
    .summary('copy the live workspace to a file, safely while others use it')
    .description(
      'Write a consistent copy of the SQLite workspace to FILE with SQLite\u2019s online backup ' +
        'API: a server or an ingest may keep writing meanwhile, and the copy holds one moment ' +
        'of the workspace (never a torn file copy). The copy is written beside FILE and renamed ' +
        'into place when complete; an existing FILE is replaced. `tally restore FILE` brings it ' +
        'back. A PostgreSQL workspace is backed up with pg_dump instead (docs/reliability.md).',
    )
    .argument('<file>', 'where to write the backup')
    .addHelpText('after', '\nExample:\n  tally backup backups/tally-2026-11-27.db\n')
    .action(async (file: string, _flags: unknown, command: Command) => {
      const path = resolve(file);
      await withStore(command, async (store) => {
        await backupWorkspace({ store, path });
        warn(`backed up ${store.location} to ${path}`);
      });
    });
}
