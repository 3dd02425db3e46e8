import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  applyReviews,
  checkReviews,
  exportReviews,
  formatReviews,
  parseReviews,
  readReviews,
  rekeyReviews,
  reviewClaim,
} from '../src/app/index.ts';
import type { Claim } from '../src/domain/index.ts';
import type { Store } from '../src/store/index.ts';
import {
  describeEachDialect,
  documentId,
  makeClaim,
  makeDocument,
  type StoreTarget,
} from './store-support.ts';

// Our own sentences; the figures echo public reporting.
const TEXT =
  'Officials counted 6,700 containers by February. An analyst put earnings at up to $5.5 billion. ' +
  'A lawmaker said at least 100 soldiers died.';
const DOC = documentId('bb22');

const quoted = (text: string) => {
  const start = TEXT.indexOf(text);
  return { span: [start, start + text.length] as [number, number], text };
};

/** The same document read by two extractor versions: claim ids follow extraction order. */
function claims(order: 'forward' | 'backward'): Claim[] {
  const base = [
    makeClaim({
      id: '',
      documentId: DOC,
      ...quoted('6,700 containers'),
      value: 6700,
      low: null,
      qualifier: 'exact',
      unit: 'container',
    }),
    makeClaim({
      id: '',
      documentId: DOC,
      ...quoted('up to $5.5 billion'),
      value: 5.5e9,
      low: null,
      qualifier: 'up_to',
      unit: 'usd',
      category: 'money',
      from: 'KOR',
      to: 'PRK',
    }),
    makeClaim({
      id: '',
      documentId: DOC,
      ...quoted('at least 100 soldiers'),
      value: 100,
      low: null,
      qualifier: 'at_least',
      unit: 'person',
      category: 'casualties',
      to: null,
    }),
  ];
  const ordered = order === 'forward' ? base : [...base].reverse();
  return ordered.map((claim, index) => ({ ...claim, id: `${order}-c${index + 1}` }));
}

async function build(store: Store, order: 'forward' | 'backward') {
  await store.saveDocument({
    document: makeDocument({ id: DOC, text: TEXT }),
    claims: claims(order),
    events: [],
  });
}

const byText = async (store: Store) => new Map((await store.listClaims()).map((c) => [c.text, c]));

describeEachDialect('reviews export and apply', (makeTarget) => {
  let target: StoreTarget;
  let first: Store;
  beforeEach(async () => {
    target = makeTarget();
    first = await target.open();
    await build(first, 'forward');
    const review = (claimId: string, action: Parameters<typeof reviewClaim>[0]['action']) =>
      reviewClaim({ store: first, claimId, action, reviewer: 'ana', reason: 'read the text' });
    await review('forward-c1', { kind: 'accept' });
    await review('forward-c2', {
      kind: 'edit',
      changes: { from: 'RUS', period: { start: '2023', end: '2024-12', per: null } },
    });
    await review('forward-c3', { kind: 'reject' });
  });
  afterEach(async () => {
    await target.cleanup();
  });

  it('gives a rebuilt workspace the same decisions although its claim ids differ', async () => {
    const exported = formatReviews(await exportReviews({ store: first }));
    const second = await target.open();
    await build(second, 'backward');
    const report = await applyReviews({
      store: second,
      decisions: readReviews(exported, 'reviews.jsonl'),
      reviewer: 'bob',
    });
    expect(report).toMatchObject({ applied: 3, alreadyApplied: 0, unmatched: 0, conflicting: 0 });
    const before = await byText(first);
    const after = await byText(second);
    for (const [text, claim] of before) {
      const rebuilt = after.get(text);
      expect(rebuilt?.id).not.toBe(claim.id);
      expect(rebuilt).toMatchObject({
        ...claim,
        id: rebuilt?.id,
        createdAt: rebuilt?.createdAt,
        updatedAt: rebuilt?.updatedAt,
      });
    }
    // The decisions keep their reviewer and reason, not the name of whoever applied the file.
    const [entry] = await second.listAudit({
      subjectId: after.get('up to $5.5 billion')?.id ?? '',
    });
    expect(entry).toMatchObject({ actor: 'ana', reason: 'read the text', action: 'claim.edit' });
  });

  it('exports an edit with the fields it changed and an accept with the reading accepted', async () => {
    const decisions = await exportReviews({ store: first });
    const edit = decisions.find((d) => d.decision === 'edit');
    expect(edit?.fields).toEqual({
      from: 'RUS',
      period: { start: '2023', end: '2024-12', per: null },
    });
    expect(decisions.find((d) => d.decision === 'accept')?.fields).toMatchObject({
      value: 6700,
      unit: 'container',
    });
    expect(decisions.find((d) => d.decision === 'reject')?.fields).toBeUndefined();
  });

  it('reports a second application as already applied and changes nothing', async () => {
    const decisions = readReviews(formatReviews(await exportReviews({ store: first })), 'r');
    const audit = await first.listAudit();
    const report = await applyReviews({ store: first, decisions, reviewer: 'bob' });
    expect(report).toMatchObject({ applied: 0, alreadyApplied: 3 });
    expect(await first.listAudit()).toEqual(audit);
  });

  it('reports unmatched lines with their number and leaves differently decided claims alone', async () => {
    const text = [
      JSON.stringify({ document: DOC, span: [0, 9], text: 'Officials', decision: 'accept' }),
      JSON.stringify({ document: DOC, ...quoted('at least 100 soldiers'), decision: 'accept' }),
    ].join('\n');
    const report = await applyReviews({
      store: first,
      decisions: readReviews(text, 'r'),
      reviewer: 'bob',
    });
    expect(report.outcomes).toEqual([
      {
        status: 'unmatched',
        line: 1,
        message: `no claim of document ${DOC.slice(0, 12)} has span [0, 9] and text "Officials"`,
      },
      {
        status: 'conflicting',
        line: 2,
        claimId: 'forward-c3',
        message: 'claim forward-c3 is rejected, not accepted as line 2 says',
      },
    ]);
    expect((await first.getClaim('forward-c3'))?.status).toBe('rejected');
  });

  it('sees a line applied earlier in the same file as already applied', async () => {
    const second = await target.open();
    await build(second, 'backward');
    const line = JSON.stringify({
      document: DOC,
      ...quoted('6,700 containers'),
      decision: 'reject',
    });
    const report = await applyReviews({
      store: second,
      decisions: readReviews(`${line}\n${line}\n`, 'r'),
      reviewer: 'bob',
    });
    expect(report.outcomes.map((o) => o.status)).toEqual(['applied', 'already-applied']);
  });

  it('re-keys a decision whose claim the extractor now quotes with a different span', async () => {
    const decisions = readReviews(formatReviews(await exportReviews({ store: first })), 'r');
    const moved = decisions.map(({ line, decision }) => ({
      line,
      decision:
        decision.text === '6,700 containers'
          ? {
              ...decision,
              span: [decision.span[0] - 8, decision.span[1]] as [number, number],
              text: 'counted 6,700 containers',
            }
          : decision,
    }));
    expect((await checkReviews({ store: first, decisions: moved })).unmatched).toHaveLength(1);
    const rekeyed = await rekeyReviews({ store: first, decisions: moved });
    expect(rekeyed.rekeyed).toEqual([
      moved.find((d) => d.decision.text.startsWith('counted'))?.line,
    ]);
    expect(rekeyed.decisions.map((d) => d.text).sort()).toEqual(
      decisions.map((d) => d.decision.text).sort(),
    );
  });
});

it('refuses a reviews file with a bad line as a whole, naming the line', () => {
  const good = JSON.stringify({ document: DOC, span: [0, 1], text: 'O', decision: 'reject' });
  const bad = JSON.stringify({ document: DOC, span: [0, 1], text: 'O', decision: 'maybe' });
  expect(() => readReviews(`${good}\n\n${bad}\n`, 'mine.jsonl')).toThrow(
    expect.objectContaining({
      code: 'IMPORT_INVALID',
      message: expect.stringMatching(/^mine\.jsonl: line 3 \/decision /u),
    }),
  );
  const parsed = parseReviews(`${good}\n{not json`);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('line 2');
});

it('refuses an edit without fields and a reject with fields', () => {
  const edit = JSON.stringify({ document: DOC, span: [0, 1], text: 'O', decision: 'edit' });
  const reject = JSON.stringify({
    document: DOC,
    span: [0, 1],
    text: 'O',
    decision: 'reject',
    fields: { value: 1 },
  });
  expect(parseReviews(edit)).toEqual({
    ok: false,
    issues: [{ path: 'line 1', message: 'an edit must carry the fields it sets' }],
  });
  expect(parseReviews(reject)).toEqual({
    ok: false,
    issues: [{ path: 'line 1', message: 'a reject carries no fields' }],
  });
});
