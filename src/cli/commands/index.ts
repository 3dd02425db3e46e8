import type { Command } from 'commander';
import { register as docs } from './docs.ts';
import { register as exportCommand } from './export.ts';
import { register as extract } from './extract.ts';
import { register as importCommand } from './import.ts';
import { register as ingest } from './ingest.ts';
import { register as search } from './search.ts';
import { register as show } from './show.ts';
import { register as start } from './start.ts';

/** Each command registers itself on the program; this list is the CLI's table of contents. */
export const commands: ReadonlyArray<(program: Command) => void> = [
  start,
  ingest,
  docs,
  show,
  search,
  extract,
  exportCommand,
  importCommand,
];
