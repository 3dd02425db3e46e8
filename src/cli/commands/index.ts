import type { Command } from 'commander';
import { register as bench } from './bench.ts';
import { register as enqueue } from './enqueue.ts';
import { register as worker } from './worker.ts';
import { register as docs } from './docs.ts';
import { register as exportCommand } from './export.ts';
import { register as extract } from './extract.ts';
import { register as importCommand } from './import.ts';
import { register as migrateTo } from './migrate-to.ts';
import { register as ingest } from './ingest.ts';
import { register as search } from './search.ts';
import { register as serve } from './serve.ts';
import { register as show } from './show.ts';
import { register as start } from './start.ts';
import { register as token } from './token.ts';
import { register as claims } from './claims.ts';
import { register as review } from './review.ts';
import { register as reviews } from './reviews.ts';
import { register as reference } from './reference.ts';
import { register as flows } from './flows.ts';
import { register as indicators } from './indicators.ts';
import { register as assumptions } from './assumptions.ts';
import { register as explain } from './explain.ts';
import { register as backup } from './backup.ts';
import { register as check } from './check.ts';
import { register as restore } from './restore.ts';

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
  migrateTo,
  reference,
  claims,
  review,
  reviews,
  flows,
  indicators,
  assumptions,
  explain,
  serve,
  token,
  check,
  backup,
  restore,
  enqueue,
  worker,
  bench,
];
