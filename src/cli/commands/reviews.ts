import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  applyReviews,
  checkReviews,
  exportReviews,
  formatReviews,
  readReviews,
  rekeyReviews,
  summarizeApply,
} from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { say, sayJson, warn, withStore } from '../context.ts';
import { plural, truncate } from '../format.ts';
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

  reviews
    .command('check')
    .description(
      'Check a reviews file against the workspace without changing anything: which decisions\n' +
        'still find their claim (by document, span and text), which do not, and which claims of\n' +
        'the covered documents no decision covers. After an extractor change, --rekey --out FILE\n' +
        'writes the file again with each unmatched decision moved to the one claim of its\n' +
        'document with the same text (or, failing that, the one overlapping its span); the\n' +
        'decision and its fields stay as the reviewer made them. Exits 5 while anything is\n' +
        'unmatched or undecided.',
    )
    .argument('<file>', 'a reviews JSONL file, e.g. corpus/reviews.jsonl')
    .option('--rekey', 'move unmatched decisions onto the claims that replaced them')
    .option('--out <file>', 'with --rekey: where to write the re-keyed decisions')
    .option('--json', 'print the check as JSON')
    .action(
      async (
        file: string,
        flags: { rekey?: boolean; out?: string; json?: boolean },
        command: Command,
      ) => {
        const decisions = readReviews(await readTextFile(file), file);
        if (flags.rekey && flags.out === undefined)
          throw new TallyError('INVALID_INPUT', '--rekey needs --out FILE to write to');
        const { check, rekeyed } = await withStore(command, async (store) => {
          const rekeyed = flags.rekey ? await rekeyReviews({ store, decisions }) : null;
          const checked = rekeyed
            ? rekeyed.decisions.map((decision, index) => ({
                line: decisions[index]?.line ?? index + 1,
                decision,
              }))
            : decisions;
          return { check: await checkReviews({ store, decisions: checked }), rekeyed };
        });
        if (rekeyed && flags.out !== undefined) {
          await writeFile(flags.out, formatReviews(rekeyed.decisions), 'utf8');
        }
        if (check.unmatched.length > 0 || check.undecided.length > 0) process.exitCode = 5;
        if (flags.json) {
          sayJson({ ...check, rekeyed: rekeyed?.rekeyed ?? [] });
          return;
        }
        for (const { line, message } of check.unmatched)
          warn(`${file}:${line}: unmatched: ${message}`);
        for (const claim of check.undecided)
          warn(`undecided: ${claim.id} [${claim.span.join(', ')}] "${truncate(claim.text, 60)}"`);
        if (rekeyed)
          say(`Re-keyed ${plural(rekeyed.rekeyed.length, 'decision')} into ${flags.out}.`);
        say(
          `${check.matched} of ${plural(check.decisions, 'decision')} match; ${check.unmatched.length} unmatched, ${check.undecided.length} claims undecided`,
        );
      },
    );
}
