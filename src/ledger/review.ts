import { Type } from '@sinclair/typebox';
import {
  Claim,
  CLAIM_FIGURE_FIELDS,
  ClaimFigure,
  createParser,
  fail,
  ok,
  type AuditEntry,
  type ClaimStatus,
  type Instant,
  type Result,
} from '../domain/index.ts';

/** The claim fields an analyst may correct; the quote (span, text) and identity never change. */
export const EDITABLE_FIELDS = CLAIM_FIGURE_FIELDS;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What an edit may carry: any subset of the editable fields, each valid on its own. */
export const ClaimChanges = Type.Partial(ClaimFigure);
export type ClaimChanges = Partial<Pick<Claim, EditableField>>;

export type ReviewAction =
  | { readonly kind: 'accept' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'edit'; readonly changes: ClaimChanges }
  /** Reverts the change `entry` recorded; it must be the claim's latest audit entry. */
  | { readonly kind: 'undo'; readonly entry: AuditEntry };

/**
 * Which actions each status allows. A decision is changed by undoing it first, so the audit
 * trail reads as a sequence of decisions and their reversals; an edit may be refined further.
 */
export const REVIEW_TRANSITIONS: {
  readonly [S in ClaimStatus]: readonly ReviewAction['kind'][];
} = {
  proposed: ['accept', 'reject', 'edit'],
  accepted: ['edit', 'undo'],
  edited: ['edit', 'undo'],
  rejected: ['undo'],
};

export interface ReviewRequest {
  readonly claim: Claim;
  readonly action: ReviewAction;
  readonly actor: string;
  /** Passed in, never read from a clock, so review stays pure and replayable. */
  readonly at: Instant;
  readonly auditId: string;
  readonly reason?: string | null;
}

export interface ReviewOutcome {
  readonly claim: Claim;
  readonly audit: AuditEntry;
}

const parseChanges = createParser(ClaimChanges);
const parseClaim = createParser(Claim);

const problem = (path: string, message: string): Result<never> => fail([{ path, message }]);

const asRecord = (claim: Claim): Record<string, unknown> => ({ ...claim });

/** JSON with sorted keys: stored records (PostgreSQL jsonb) do not keep key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Each action's effect on the claim; the shared code below records it. */
const ACTIONS: {
  readonly [K in ReviewAction['kind']]: (
    claim: Claim,
    action: Extract<ReviewAction, { kind: K }>,
  ) => Result<Claim>;
} = {
  accept: (claim) => ok({ ...claim, status: 'accepted' }),
  reject: (claim) => ok({ ...claim, status: 'rejected' }),
  edit: (claim, action) => {
    const parsed = parseChanges(action.changes);
    if (!parsed.ok) {
      return fail(
        parsed.issues.map((i) => ({
          path: `/changes${i.path === '/' ? '' : i.path}`,
          message: i.message,
        })),
      );
    }
    const changed = Object.entries(action.changes).filter(
      ([field, value]) => !same(claim[field as EditableField], value),
    );
    if (changed.length === 0)
      return problem('/changes', 'changes nothing: every field already has that value');
    return ok({ ...claim, ...Object.fromEntries(changed), status: 'edited' });
  },
  undo: (claim, action) => {
    const { entry } = action;
    if (entry.subjectKind !== 'claim' || entry.subjectId !== claim.id) {
      return problem(
        '/entry/subjectId',
        `records a change to ${entry.subjectKind} ${entry.subjectId}, not to claim ${claim.id}`,
      );
    }
    if (entry.before === null || entry.after === null)
      return problem('/entry', 'has nothing to restore');
    // updatedAt is left out: an undo stamps its own time, and a second undo must still find the
    // claim as the earlier entry left it.
    if (!same({ ...claim, updatedAt: null }, { ...entry.after, updatedAt: null })) {
      return problem(
        '/entry',
        `is not the latest change to claim ${claim.id}: the claim has changed since`,
      );
    }
    const restored = parseClaim(entry.before);
    if (!restored.ok)
      return problem('/entry/before', `is not a valid claim: ${restored.issues[0]?.message}`);
    return ok(restored.value);
  },
};

/**
 * Applies one review action to a claim: the new claim, and the audit entry recording who did it,
 * when, the claim before and after, and why. Refused actions are issues, never exceptions.
 *
 * @example applyReview({ claim, action: { kind: 'accept' }, actor: 'ana', at: '2024-12-04T09:00:00.000Z', auditId: 'a1' })
 */
export function applyReview(request: ReviewRequest): Result<ReviewOutcome> {
  const { claim, action } = request;
  if (!REVIEW_TRANSITIONS[claim.status].includes(action.kind)) {
    const allowed = REVIEW_TRANSITIONS[claim.status].join(', ');
    return problem(
      '/action',
      `cannot ${action.kind} claim ${claim.id}: it is ${claim.status} (allowed: ${allowed})`,
    );
  }
  if (request.actor.trim() === '') return problem('/actor', 'must name who reviews');
  const apply = ACTIONS[action.kind] as (claim: Claim, action: ReviewAction) => Result<Claim>;
  const changed = apply(claim, action);
  if (!changed.ok) return changed;
  const reviewed: Claim =
    action.kind === 'undo'
      ? { ...changed.value, updatedAt: request.at }
      : { ...changed.value, reviewer: request.actor, updatedAt: request.at };
  return ok({
    claim: reviewed,
    audit: {
      id: request.auditId,
      at: request.at,
      actor: request.actor,
      action: `claim.${action.kind}`,
      subjectKind: 'claim',
      subjectId: claim.id,
      before: asRecord(claim),
      after: asRecord(reviewed),
      reason: request.reason ?? null,
    },
  });
}

/**
 * The claim as the extractor proposed it, before any review: the `before` of its earliest audit
 * entry. An edit never loses the original, because every entry keeps the claim it replaced.
 */
export function originalClaim(claim: Claim, trail: readonly AuditEntry[]): Result<Claim> {
  const earliest = trail
    .filter(
      (entry) => entry.subjectKind === 'claim' && entry.subjectId === claim.id && entry.before,
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))[0];
  if (!earliest) return ok(claim);
  return parseClaim(earliest.before);
}
