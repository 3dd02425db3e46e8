import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeClaim, reviewClaim } from '../src/app/index.ts';
import type { Store } from '../src/store/index.ts';
import {
  describeEachDialect,
  documentId,
  makeClaim,
  makeDocument,
  type StoreTarget,
} from './store-support.ts';

// Our own words; the figure echoes public reporting.
const TEXT =
  'Seoul spoke first. Officials said some 11,000 soldiers had gone north by December.\n\n' +
  'A second paragraph follows.';
const QUOTE = 'some 11,000 soldiers';
const DOC = documentId('aa11');

let clockTick = 0;
const clock = () => new Date(Date.UTC(2024, 11, 4, 9, 0, clockTick++));
let ids = 0;
const newId = () => `audit-${++ids}`;

async function seed(store: Store) {
  const start = TEXT.indexOf(QUOTE);
  await store.saveDocument({
    document: makeDocument({ id: DOC, text: TEXT }),
    claims: [
      makeClaim({
        id: 'troops',
        documentId: DOC,
        span: [start, start + QUOTE.length],
        text: QUOTE,
        value: 11000,
        low: null,
        qualifier: 'approx',
        unit: 'person',
        category: 'personnel',
        period: { start: null, end: '2024-12', per: null },
      }),
    ],
    events: [],
  });
}

describeEachDialect('review use cases', (makeTarget) => {
  let target: StoreTarget;
  let store: Store;
  beforeEach(async () => {
    target = makeTarget();
    store = await target.open();
    await seed(store);
  });
  afterEach(async () => {
    await target.cleanup();
  });

  const review = (action: Parameters<typeof reviewClaim>[0]['action'], reason?: string) =>
    reviewClaim({
      store,
      claimId: 'troops',
      action,
      reviewer: 'ana',
      clock,
      newId,
      reason: reason ?? null,
    });

  it('accepts a claim and records who, when, before, after and why in one audit entry', async () => {
    const outcome = await review({ kind: 'accept' }, 'matches the ministry figure');
    expect(outcome.claim.status).toBe('accepted');
    expect((await store.getClaim('troops'))?.status).toBe('accepted');
    const [entry, ...rest] = await store.listAudit({ subjectId: 'troops' });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'ana',
      action: 'claim.accept',
      reason: 'matches the ministry figure',
      before: { status: 'proposed' },
      after: { status: 'accepted', reviewer: 'ana' },
    });
  });

  it('edits fields, keeps the original in the trail, and undoes back to it', async () => {
    await review({ kind: 'edit', changes: { value: 12000, to: 'RUS' } });
    const edited = await describeClaim({ store, claimId: 'troops' });
    expect(edited.claim).toMatchObject({ status: 'edited', value: 12000, to: 'RUS' });
    expect(edited.original).toMatchObject({ status: 'proposed', value: 11000 });
    await review({ kind: 'undo' });
    const undone = await store.getClaim('troops');
    expect(undone).toMatchObject({ status: 'proposed', value: 11000, reviewer: null });
    expect((await store.listAudit({ subjectId: 'troops' })).map((e) => e.action)).toEqual([
      'claim.edit',
      'claim.undo',
    ]);
  });

  it('refuses an invalid edit as INVALID_INPUT naming the field, storing nothing', async () => {
    await expect(review({ kind: 'edit', changes: { from: 'North Korea' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^claim troops: \/changes\/from /u),
    });
    expect(await store.listAudit()).toEqual([]);
    expect((await store.getClaim('troops'))?.from).toBe('PRK');
  });

  it('refuses a decision the claim’s state does not allow as CONFLICT', async () => {
    await review({ kind: 'reject' });
    await expect(review({ kind: 'accept' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'claim troops: cannot accept claim troops: it is rejected (allowed: undo)',
    });
    expect(await store.listAudit()).toHaveLength(1);
  });

  it('has nothing to undo on a claim never reviewed', async () => {
    await expect(review({ kind: 'undo' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'claim troops: has no recorded change to undo',
    });
  });

  it('names an unknown claim as NOT_FOUND', async () => {
    await expect(
      reviewClaim({ store, claimId: 'nope', action: { kind: 'accept' }, reviewer: 'ana' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no claim has the id "nope"' });
  });

  it('shows the quote split out of its sentence and its paragraph', async () => {
    const detail = await describeClaim({ store, claimId: 'troops' });
    expect(detail.sentence).toEqual({
      before: 'Officials said ',
      quote: QUOTE,
      after: ' had gone north by December.',
    });
    expect(detail.paragraph.before).toBe('Seoul spoke first. Officials said ');
    expect(detail.paragraph.after).toBe(' had gone north by December.');
    expect(detail.document?.title).toBe('Shells north, oil south');
    expect(detail.document).not.toHaveProperty('text');
  });
});
