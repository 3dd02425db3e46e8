import { Option, type Command } from 'commander';
import {
  describeClaim,
  findClaims,
  parseFieldEdits,
  reviewClaim,
  type ReviewCommand,
} from '../../app/index.ts';
import {
  ClaimStatus,
  createParser,
  isTallyError,
  TallyError,
  type Claim,
} from '../../domain/index.ts';
import { EDITABLE_FIELDS } from '../../ledger/index.ts';
import { say, sayJson, warn, withStore } from '../context.ts';
import { plural } from '../format.ts';
import {
  claimDetailLines,
  claimTable,
  defaultReviewer,
  highlighter,
  withReviewerOption,
} from './claim-format.ts';

interface ListFlags {
  readonly status?: string;
  readonly category?: string;
  readonly country?: string;
  readonly document?: string;
  readonly json?: boolean;
}

interface DecideFlags {
  readonly reviewer?: string;
  readonly reason?: string;
  readonly json?: boolean;
}

const isStatus = createParser(ClaimStatus);

const FIELD_HELP: Record<(typeof EDITABLE_FIELDS)[number], string> = {
  value: 'the figure (12000, 1.5e9; "null" for none)',
  low: 'the lower bound of a range',
  high: 'the upper bound of a range',
  qualifier: 'exact, approx, up_to, at_least, more_than, less_than, range or vague',
  unit: 'person, usd, shell, container, barrel, percent…',
  category: 'personnel, munitions, missiles, weapons, oil, food, money, technology, trade…',
  from: 'ISO 3166 alpha-3 code of the sender (PRK), or "null"',
  to: 'ISO 3166 alpha-3 code of the receiver (RUS), or "null"',
  period: 'START..END with an optional /year|/month|/day, e.g. 2024-01..2024-09, or "null"',
  stage: 'delivered, pledged, estimated, projected, or "null"',
  attribution: '"Name (Affiliation)", "Name", or "null"',
};

/** Runs one decision per id, each in its own transaction, reporting every id's outcome. */
async function decideEach(options: {
  command: Command;
  ids: readonly string[];
  flags: DecideFlags;
  action: ReviewCommand;
}): Promise<void> {
  const { command, ids, flags, action } = options;
  const reviewer = flags.reviewer ?? defaultReviewer();
  const results = await withStore(command, async (store) => {
    const done: { id: string; status: string; error?: string }[] = [];
    for (const id of ids) {
      try {
        const outcome = await reviewClaim({
          store,
          claimId: id,
          action,
          reviewer,
          reason: flags.reason ?? null,
        });
        done.push({ id, status: outcome.claim.status });
      } catch (error) {
        if (!isTallyError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
        done.push({ id, status: 'failed', error: error.message });
        process.exitCode ??= error.exitCode;
      }
    }
    return done;
  });
  if (flags.json) {
    sayJson(results);
    return;
  }
  for (const result of results) {
    if (result.error) warn(result.error);
    else say(`${result.id}: ${result.status}`);
  }
}

export function register(program: Command): void {
  const claims = program
    .command('claims')
    .summary('list, show and review claims (accept, reject, edit, undo)')
    .description(
      'List claims, show one with its quote and audit trail, and record review decisions.\n' +
        'Every decision is stored with an audit entry (who, when, before, after, why).',
    );

  claims
    .command('list')
    .description('List claims, filtered by status, category, country or document.')
    .option('--status <status>', 'proposed, accepted, edited or rejected')
    .option('--category <category>', 'e.g. personnel, munitions, money')
    .option('--country <code>', 'either end of the flow (ISO alpha-3, e.g. PRK)')
    .option('--document <id>', 'a document id or id prefix')
    .option('--json', 'print the claims as JSON')
    .action(async (flags: ListFlags, command: Command) => {
      if (flags.status !== undefined && !isStatus(flags.status).ok) {
        throw new TallyError(
          'INVALID_INPUT',
          `--status "${flags.status}" is not proposed, accepted, edited or rejected`,
        );
      }
      const found = await withStore(command, async (store) => {
        let documentId: string | undefined;
        if (flags.document !== undefined) {
          documentId = await store.resolveDocumentId(flags.document);
          if (documentId === undefined)
            throw new TallyError(
              'NOT_FOUND',
              `no document has the id or prefix "${flags.document}"`,
            );
        }
        return findClaims({
          store,
          filter: {
            ...(flags.status ? { status: flags.status as Claim['status'] } : {}),
            ...(flags.category ? { category: flags.category } : {}),
            ...(flags.country ? { country: flags.country.toUpperCase() } : {}),
            ...(documentId ? { documentId } : {}),
          },
        });
      });
      if (flags.json) {
        sayJson(found);
        return;
      }
      if (found.length === 0) {
        say('No claims match.');
        return;
      }
      for (const line of claimTable(found)) say(line);
      say(plural(found.length, 'claim'));
    });

  claims
    .command('show')
    .description(
      'Show a claim: its quote in its sentence and paragraph, its fields, its audit trail.',
    )
    .argument('<id>', 'claim id (as tally claims list shows it)')
    .option('--json', 'print the claim, its context and audit trail as JSON')
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      const detail = await withStore(command, (store) => describeClaim({ store, claimId: id }));
      if (flags.json) sayJson(detail);
      else for (const line of claimDetailLines(detail, highlighter())) say(line);
    });

  for (const kind of ['accept', 'reject', 'undo'] as const) {
    withReviewerOption(
      claims
        .command(kind)
        .description(
          kind === 'undo'
            ? 'Undo the latest recorded change to each claim.'
            : `${kind === 'accept' ? 'Accept' : 'Reject'} claims, each in its own transaction.`,
        )
        .argument('<ids...>', 'claim ids'),
    )
      .option('--reason <text>', 'why, kept in the audit entry')
      .option('--json', 'print each claim’s new status as JSON')
      .action(async (ids: string[], flags: DecideFlags, command: Command) => {
        await decideEach({ command, ids, flags, action: { kind } });
      });
  }

  const edit = withReviewerOption(
    claims
      .command('edit')
      .description(
        'Correct a claim’s fields; the original stays in the audit trail.\n' +
          'Example: tally claims edit 1a2b3c4d5e6f-c3 --value 12000 --qualifier approx --from PRK',
      )
      .argument('<id>', 'claim id'),
  )
    .option('--reason <text>', 'why, kept in the audit entry')
    .option('--json', 'print the edited claim as JSON');
  for (const field of EDITABLE_FIELDS) {
    edit.addOption(new Option(`--${field} <${field}>`, FIELD_HELP[field]));
  }
  edit.action(async (id: string, flags: DecideFlags & Record<string, string>, command: Command) => {
    // Fields in the claims/1 order, whatever order they were typed in: messages come out stable.
    const assignments = EDITABLE_FIELDS.filter((field) => flags[field] !== undefined).map(
      (field) => [field, flags[field] ?? ''] as const,
    );
    if (assignments.length === 0) {
      throw new TallyError(
        'INVALID_INPUT',
        `name at least one field to change (--${EDITABLE_FIELDS.join(', --')})`,
      );
    }
    const changes = parseFieldEdits(assignments);
    if (!changes.ok) {
      throw new TallyError('INVALID_INPUT', `claim ${id}: ${changes.issues[0]?.message}`);
    }
    const outcome = await withStore(command, (store) =>
      reviewClaim({
        store,
        claimId: id,
        action: { kind: 'edit', changes: changes.value },
        reviewer: flags.reviewer ?? defaultReviewer(),
        reason: flags.reason ?? null,
      }),
    );
    if (flags.json) sayJson(outcome.claim);
    else say(`${id}: ${outcome.claim.status}`);
  });
}
