import { createInterface, emitKeypressEvents } from 'node:readline';
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

/** Where the queue's input comes from: a key (or a line in edit mode), null at the end. */
interface QueueInput {
  next(kind: 'key' | 'line'): Promise<string | null>;
  close(): void;
}

/** A pipe or file: one key per line, and an edit's field=value on the line after `e`. */
function lineInput(): QueueInput {
  const lines = createInterface({ input: process.stdin, terminal: false });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    next: async () => {
      const { value, done } = await iterator.next();
      return done ? null : (value as string);
    },
    close: () => lines.close(),
  };
}

/** A terminal: single key presses, no Enter needed; an edit reads a whole line. Ctrl-C quits. */
function keyInput(): QueueInput {
  const stdin = process.stdin;
  emitKeypressEvents(stdin);
  const readKey = () =>
    new Promise<string | null>((resolve) => {
      stdin.setRawMode(true);
      stdin.resume();
      stdin.once('keypress', (text: string | undefined, key: { ctrl?: boolean; name?: string }) => {
        stdin.setRawMode(false);
        stdin.pause();
        resolve(key?.ctrl && (key.name === 'c' || key.name === 'd') ? 'q' : (text ?? ''));
      });
    });
  const readLine = () =>
    new Promise<string | null>((resolve) => {
      const lines = createInterface({ input: stdin, output: process.stdout, terminal: true });
      lines.question('edit> ', (answer) => {
        lines.close();
        resolve(answer);
      });
    });
  return {
    next: (kind) => (kind === 'key' ? readKey() : readLine()),
    close: () => {
      if (stdin.isRaw) stdin.setRawMode(false);
      stdin.pause();
    },
  };
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
  // In edit mode the message above already asks for field=value.
  if (state.mode !== 'edit') say(QUEUE_HELP);
}

export function register(program: Command): void {
  withReviewerOption(
    program
      .command('review')
      .summary('review proposed claims one by one in the terminal')
      .description(
        'An interactive queue of proposed claims: each quote highlighted in its sentence and\n' +
          'paragraph, with its fields. Keys: a accept, r reject, e edit a field (then type\n' +
          'field=value and Enter, e.g. value=12000 or from=PRK), s skip, u undo, q quit, ? help.\n' +
          'From a pipe it reads one key per line, so a script can drive it.',
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
        const input = process.stdin.isTTY ? keyInput() : lineInput();
        try {
          for (;;) {
            const line = await input.next(state.mode === 'edit' ? 'line' : 'key');
            if (line === null) break;
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
        } finally {
          input.close();
        }
        const { decided, remaining } = queueTally(state);
        say(`Reviewed: ${decided} decided, ${remaining} left proposed.`);
      });
    });
}
