import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  applyReviews,
  exportReviews,
  formatReviews,
  readReviews,
  summarizeApply,
} from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { say, sayJson, warn, withStore } from '../context.ts';
import { plural } from '../format.ts';
import { defaultReviewer, withReviewerOption } from './claim-format.ts';
import { readTextFile } from './read-text-file.ts';

export function register(program: Command): void {
  const reviews = program
    .command('reviews')
    .summary('export review decisions to JSONL and apply them to another workspace')
    .description(
      'Review decisions as JSON lines, keyed by document id, span and quoted text rather than\n' +
        'claim id, so a workspace rebuilt from the same documents gets the same decisions back.',
    );

  reviews
    .command('export')
    .description('Write every accept, reject and edit in the workspace as JSONL (stdout or --out).')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (flags: { out?: string }, command: Command) => {
      const decisions = await withStore(command, (store) => exportReviews({ store }));
      const text = formatReviews(decisions);
      if (flags.out === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        await writeFile(flags.out, text, 'utf8');
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? 'cannot be written';
        throw new TallyError('FILE_UNREADABLE', `${flags.out}: ${reason}`, { cause: error });
      }
      say(`Exported ${plural(decisions.length, 'decision')} to ${flags.out}.`);
    });

  withReviewerOption(
    reviews
      .command('apply')
      .description(
        'Apply the decisions of a reviews JSONL file to the claims they match. Each decision\n' +
          'is one transaction (the claim and its audit entry), so one that cannot apply does not\n' +
          'hold back the rest, and applying a file twice changes nothing the second time. A file\n' +
          'with any malformed line is refused whole before anything is applied. Decisions on\n' +
          'claims a reviewer has already decided otherwise are reported, never overwritten.',
      )
      .argument('<file>', 'a file written by tally reviews export'),
  )
    .option('--json', 'print the outcome of every line as JSON')
    .action(
      async (file: string, flags: { reviewer?: string; json?: boolean }, command: Command) => {
        const decisions = readReviews(await readTextFile(file), file);
        const report = await withStore(command, (store) =>
          applyReviews({ store, decisions, reviewer: flags.reviewer ?? defaultReviewer() }),
        );
        if (flags.json) {
          sayJson(report);
          return;
        }
        for (const outcome of report.outcomes) {
          if (outcome.status === 'unmatched' || outcome.status === 'conflicting')
            warn(`${file}:${outcome.line}: ${outcome.status}: ${outcome.message}`);
        }
        say(summarizeApply(report));
      },
    );
}
