import { describe, expect, it } from 'vitest';
import type { AuditEntry, Claim } from '../domain/index.ts';
import { applyReview, originalClaim, type ReviewAction } from './review.ts';
import { makeClaim } from './testing.ts';

const proposed = makeClaim({
  id: 'c1',
  text: 'some 11,000 soldiers',
  value: 11_000,
  qualifier: 'approx',
  unit: 'person',
  category: 'personnel',
  from: 'PRK',
  to: 'RUS',
  status: 'proposed',
  reviewer: null,
});

let clock = 0;
const review = (claim: Claim, action: ReviewAction, reason?: string) => {
  clock += 1;
  return applyReview({
    claim,
    action,
    actor: 'ana',
    at: `2024-12-04T10:00:0${clock % 10}.000Z`,
    auditId: `audit-${clock}`,
    ...(reason ? { reason } : {}),
  });
};
const must = (result: ReturnType<typeof review>) => {
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.value;
};

describe('applyReview', () => {
  it('accepts a proposed claim and records who, when, before, after and why', () => {
    const { claim, audit } = must(review(proposed, { kind: 'accept' }, 'matches the briefing'));
    expect(claim.status).toBe('accepted');
    expect(claim.reviewer).toBe('ana');
    expect(claim.updatedAt).toBe(audit.at);
    expect(audit).toMatchObject({
      actor: 'ana',
      action: 'claim.accept',
      subjectKind: 'claim',
      subjectId: 'c1',
      reason: 'matches the briefing',
    });
    expect(audit.before).toEqual({ ...proposed });
    expect(audit.after).toEqual({ ...claim });
  });

  it('rejects a proposed claim, with no reason if none is given', () => {
    const { claim, audit } = must(review(proposed, { kind: 'reject' }));
    expect(claim.status).toBe('rejected');
    expect(audit.reason).toBeNull();
  });

  it('edits only the fields given and keeps the original in the audit entry', () => {
    const { claim, audit } = must(
      review(proposed, { kind: 'edit', changes: { value: 12_000, qualifier: 'exact' } }),
    );
    expect(claim).toMatchObject({
      status: 'edited',
      value: 12_000,
      qualifier: 'exact',
      text: proposed.text,
    });
    expect(audit.before).toMatchObject({ value: 11_000, qualifier: 'approx', status: 'proposed' });
    const again = must(review(claim, { kind: 'edit', changes: { to: 'UKR' } }));
    expect(originalClaim(again.claim, [again.audit, audit])).toEqual({ ok: true, value: proposed });
  });

  it('refuses edits to the quote or identity, invalid values, and edits that change nothing', () => {
    const quote = review(proposed, { kind: 'edit', changes: { text: 'other' } as never });
    expect(quote.ok).toBe(false);
    const badUnit = review(proposed, { kind: 'edit', changes: { unit: 'Not A Unit' } });
    expect(!badUnit.ok && badUnit.issues[0]?.path).toBe('/changes/unit');
    const badCountry = review(proposed, { kind: 'edit', changes: { from: 'north korea' } });
    expect(!badCountry.ok && badCountry.issues[0]?.path).toBe('/changes/from');
    const nothing = review(proposed, { kind: 'edit', changes: { value: 11_000 } });
    expect(!nothing.ok && nothing.issues[0]?.message).toMatch(/changes nothing/);
  });

  it('changes a decision only by undoing it first', () => {
    const rejected = must(review(proposed, { kind: 'reject' }));
    const refused = review(rejected.claim, { kind: 'accept' });
    expect(refused).toEqual({
      ok: false,
      issues: [
        { path: '/action', message: 'cannot accept claim c1: it is rejected (allowed: undo)' },
      ],
    });
    const undone = must(review(rejected.claim, { kind: 'undo', entry: rejected.audit }));
    expect(undone.claim.status).toBe('proposed');
    expect(undone.claim.reviewer).toBeNull();
    expect(undone.audit.action).toBe('claim.undo');
    expect(undone.audit.before).toMatchObject({ status: 'rejected' });
    expect(must(review(undone.claim, { kind: 'accept' })).claim.status).toBe('accepted');
  });

  it('undoes an edit back to the figures it replaced', () => {
    const edited = must(review(proposed, { kind: 'edit', changes: { value: 9000 } }));
    const undone = must(review(edited.claim, { kind: 'undo', entry: edited.audit }));
    expect(undone.claim).toMatchObject({ status: 'proposed', value: 11_000 });
  });

  it('undoes several changes in turn, latest first', () => {
    const accepted = must(review(proposed, { kind: 'accept' }));
    const edited = must(review(accepted.claim, { kind: 'edit', changes: { value: 9000 } }));
    const refined = must(review(edited.claim, { kind: 'edit', changes: { value: 9500 } }));
    const back1 = must(review(refined.claim, { kind: 'undo', entry: refined.audit }));
    expect(back1.claim).toMatchObject({ status: 'edited', value: 9000 });
    const back2 = must(review(back1.claim, { kind: 'undo', entry: edited.audit }));
    expect(back2.claim).toMatchObject({ status: 'accepted', value: 11_000 });
    const back3 = must(review(back2.claim, { kind: 'undo', entry: accepted.audit }));
    expect(back3.claim).toMatchObject({ status: 'proposed', reviewer: null });
  });

  it('refuses to undo with an entry for another claim or one that is no longer the latest', () => {
    const first = must(review(proposed, { kind: 'edit', changes: { value: 9000 } }));
    const second = must(review(first.claim, { kind: 'edit', changes: { value: 9500 } }));
    const stale = review(second.claim, { kind: 'undo', entry: first.audit });
    expect(!stale.ok && stale.issues[0]?.message).toMatch(/not the latest change to claim c1/);
    const foreign: AuditEntry = { ...second.audit, subjectId: 'c2' };
    const wrong = review(second.claim, { kind: 'undo', entry: foreign });
    expect(!wrong.ok && wrong.issues[0]?.message).toMatch(/not to claim c1/);
  });

  it('compares records regardless of key order, as a database may return them', () => {
    const accepted = must(review(proposed, { kind: 'accept' }));
    const reordered = Object.fromEntries(Object.entries(accepted.audit.after ?? {}).reverse());
    const undone = review(accepted.claim, {
      kind: 'undo',
      entry: { ...accepted.audit, after: reordered },
    });
    expect(undone.ok).toBe(true);
  });

  it('needs someone to review', () => {
    const result = applyReview({
      claim: proposed,
      action: { kind: 'accept' },
      actor: ' ',
      at: '2024-12-04T10:00:00.000Z',
      auditId: 'a',
    });
    expect(!result.ok && result.issues[0]?.path).toBe('/actor');
  });
});

describe('originalClaim', () => {
  it('is the claim itself when it was never reviewed', () => {
    expect(originalClaim(proposed, [])).toEqual({ ok: true, value: proposed });
  });
});
