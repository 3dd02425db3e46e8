import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import {
  describeClaim,
  findClaims,
  QUEUE_HELP,
  queueTally,
  reviewClaim,
  startQueue,
  stepQueue,
  type QueueEffect,
  type QueueState,
} from '../../app/index.ts';
import { isTallyError, TallyError } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import { say, withStore } from '../context.ts';
import { plural } from '../format.ts';
import {
  claimDetailLines,
  defaultReviewer,
  highlighter,
  withReviewerOption,
} from './claim-format.ts';

interface ReviewFlags {
  readonly reviewer?: string;
  readonly category?: string;
  readonly country?: string;
  readonly document?: string;
}

async function carryOut(options: {
  store: Store;
  effect: QueueEffect;
  reviewer: string;
}): Promise<void> {
  const { store, effect, reviewer } = options;
  const action =
    effect.kind === 'edit'
      ? { kind: 'edit' as const, changes: effect.changes }
      : { kind: effect.kind };
  await reviewClaim({ store, claimId: effect.claimId, action, reviewer });
}

async function render(store: Store, state: QueueState): Promise<void> {
  say();
  if (state.message) say(state.message);
  const item = state.items[state.index];
  if (state.mode === 'finished' || !item) {
    const { decided, remaining } = queueTally(state);
    say(
      `Queue done: ${decided} decided, ${remaining} left proposed. u undoes the last decision, q quits.`,
    );
    return;
  }
  const detail = await describeClaim({ store, claimId: item.claimId });
  say(`[${state.index + 1}/${state.items.length}]`);
  for (const line of claimDetailLines(detail, highlighter())) say(line);
  say(state.mode === 'edit' ? 'edit> field=value' : `${QUEUE_HELP}`);
}

export function register(program: Command): void {
  withReviewerOption(
    program
      .command('review')
      .summary('review proposed claims one by one in the terminal')
      .description(
        'An interactive queue of proposed claims: each quote highlighted in its sentence and\n' +
          'paragraph, with its fields. Type a key and Enter: a accept, r reject, e edit a field\n' +
          '(then field=value, e.g. value=12000 or from=PRK), s skip, u undo, q quit, ? help.\n' +
          'Reads one key per line, so it can also be driven from a pipe.',
      ),
  )
    .option('--category <category>', 'only claims of this category')
    .option('--country <code>', 'only claims with this country at either end')
    .option('--document <id>', 'only claims of this document (id or prefix)')
    .action(async (flags: ReviewFlags, command: Command) => {
      const reviewer = flags.reviewer ?? defaultReviewer();
      await withStore(command, async (store) => {
        let documentId: string | undefined;
        if (flags.document !== undefined) {
          documentId = await store.resolveDocumentId(flags.document);
          if (documentId === undefined)
            throw new TallyError(
              'NOT_FOUND',
              `no document has the id or prefix "${flags.document}"`,
            );
        }
        const claims = await findClaims({
          store,
          filter: {
            status: 'proposed',
            ...(flags.category ? { category: flags.category } : {}),
            ...(flags.country ? { country: flags.country.toUpperCase() } : {}),
            ...(documentId ? { documentId } : {}),
          },
        });
        let state = startQueue(claims.map((c) => ({ claimId: c.id, status: c.status })));
        if (state.items.length === 0) {
          say('No proposed claims to review.');
          return;
        }
        say(`${plural(state.items.length, 'proposed claim')} to review. ? shows the keys.`);
        await render(store, state);
        const lines = createInterface({ input: process.stdin, terminal: false });
        for await (const line of lines) {
          const { state: next, effect } = stepQueue(state, line);
          if (effect) {
            try {
              await carryOut({ store, effect, reviewer });
              state = next;
            } catch (error) {
              if (!isTallyError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
              // The decision was refused: stay on the claim, back at the keys, and say why.
              state = {
                ...state,
                mode: state.mode === 'edit' ? 'choose' : state.mode,
                message: error.message,
              };
            }
          } else {
            state = next;
          }
          if (state.mode === 'finished' && line.trim() === 'q') break;
          await render(store, state);
        }
        lines.close();
        const { decided, remaining } = queueTally(state);
        say(`Reviewed: ${decided} decided, ${remaining} left proposed.`);
      });
    });
}
