import type { ClaimStatus } from '../domain/index.ts';
import type { ClaimChanges } from '../ledger/index.ts';
import { parseAssignment } from './claim-edits.ts';

/**
 * The interactive review queue as a pure state machine: the terminal feeds it one input line
 * at a time and carries out the effect it returns. A failed effect is not the machine's
 * concern: the caller keeps the previous state and shows the error, so the machine can stay
 * optimistic.
 */
export interface QueueItem {
  readonly claimId: string;
  readonly status: ClaimStatus;
}

export interface QueueState {
  readonly items: readonly QueueItem[];
  /** The claim on screen; equal to items.length once the queue is worked through. */
  readonly index: number;
  readonly mode: 'choose' | 'edit' | 'finished';
  /** Decisions made in this session, latest last, for `u`. */
  readonly history: readonly { readonly index: number; readonly before: ClaimStatus }[];
  /** One line to show above the next prompt (help, a problem, what just happened). */
  readonly message: string | null;
}

export type QueueEffect =
  | { readonly kind: 'accept'; readonly claimId: string }
  | { readonly kind: 'reject'; readonly claimId: string }
  | { readonly kind: 'edit'; readonly claimId: string; readonly changes: ClaimChanges }
  | { readonly kind: 'undo'; readonly claimId: string };

export const QUEUE_HELP =
  'a accept · r reject · e edit a field (then field=value) · s skip · u undo · q quit · ? help';

/** A queue over claims (usually the proposed ones), starting at the first. */
export function startQueue(items: readonly QueueItem[]): QueueState {
  return {
    items,
    index: 0,
    mode: items.length === 0 ? 'finished' : 'choose',
    history: [],
    message: items.length === 0 ? 'No claims to review.' : null,
  };
}

const withStatus = (items: readonly QueueItem[], index: number, status: ClaimStatus) =>
  items.map((item, i) => (i === index ? { ...item, status } : item));

function advance(state: QueueState, message: string | null): QueueState {
  const index = state.index + 1;
  return {
    ...state,
    index,
    mode: index >= state.items.length ? 'finished' : 'choose',
    message,
  };
}

function decide(
  state: QueueState,
  kind: 'accept' | 'reject',
): { state: QueueState; effect?: QueueEffect } {
  const item = state.items[state.index];
  if (!item) return { state };
  if (item.status === 'edited' && kind === 'accept') {
    // An edit is already a decision to count the claim: accepting it means moving on.
    return { state: advance(state, `Kept ${item.claimId} as edited.`) };
  }
  if (item.status !== 'proposed') {
    return {
      state: {
        ...state,
        message: `Claim ${item.claimId} is ${item.status}: undo (u) before deciding again.`,
      },
    };
  }
  const status = kind === 'accept' ? 'accepted' : 'rejected';
  const next: QueueState = {
    ...state,
    items: withStatus(state.items, state.index, status),
    history: [...state.history, { index: state.index, before: item.status }],
  };
  return {
    state: advance(next, `${kind === 'accept' ? 'Accepted' : 'Rejected'} ${item.claimId}.`),
    effect: { kind, claimId: item.claimId },
  };
}

function undo(state: QueueState): { state: QueueState; effect?: QueueEffect } {
  const last = state.history.at(-1);
  const item = last && state.items[last.index];
  if (!last || !item) return { state: { ...state, message: 'Nothing to undo in this session.' } };
  return {
    state: {
      ...state,
      items: withStatus(state.items, last.index, last.before),
      index: last.index,
      mode: 'choose',
      history: state.history.slice(0, -1),
      message: `Undid the last change to ${item.claimId}.`,
    },
    effect: { kind: 'undo', claimId: item.claimId },
  };
}

/** One input line (a key, or in edit mode a field=value assignment) → the next state and effect. */
export function stepQueue(
  state: QueueState,
  input: string,
): { state: QueueState; effect?: QueueEffect } {
  const line = input.trim();
  if (state.mode === 'edit') {
    const item = state.items[state.index];
    if (line === '' || !item)
      return { state: { ...state, mode: 'choose', message: 'Edit cancelled.' } };
    const changes = parseAssignment(line);
    if (!changes.ok) {
      return { state: { ...state, message: `${changes.issues[0]?.message} (empty line cancels)` } };
    }
    return {
      state: {
        ...state,
        mode: 'choose',
        items: withStatus(state.items, state.index, 'edited'),
        history: [...state.history, { index: state.index, before: item.status }],
        message: `Edited ${item.claimId}: ${line}. a moves on, e edits more, u undoes.`,
      },
      effect: { kind: 'edit', claimId: item.claimId, changes: changes.value },
    };
  }
  if (line === 'q') return { state: { ...state, mode: 'finished', message: null } };
  if (line === 'u') return undo(state);
  if (state.mode === 'finished') {
    return { state: { ...state, message: 'The queue is done: u undoes, q quits.' } };
  }
  switch (line) {
    case 'a':
      return decide(state, 'accept');
    case 'r':
      return decide(state, 'reject');
    case 's':
      return { state: advance(state, null) };
    case 'e': {
      const item = state.items[state.index];
      if (item?.status === 'rejected') {
        return {
          state: { ...state, message: 'A rejected claim cannot be edited: undo (u) first.' },
        };
      }
      return {
        state: {
          ...state,
          mode: 'edit',
          message: 'field=value (e.g. value=12000), empty line cancels',
        },
      };
    }
    case '?':
    case 'h':
      return { state: { ...state, message: QUEUE_HELP } };
    default:
      return { state: { ...state, message: `Unknown key "${line}". ${QUEUE_HELP}` } };
  }
}

/** How many decisions the session made, by kind, for the closing line. */
export function queueTally(state: QueueState): { decided: number; remaining: number } {
  const decided = state.items.filter((item) => item.status !== 'proposed').length;
  return { decided, remaining: state.items.length - decided };
}
