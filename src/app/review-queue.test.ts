import { describe, expect, it } from 'vitest';
import { QUEUE_HELP, queueTally, startQueue, stepQueue, type QueueState } from './review-queue.ts';

const queue = (n = 3) =>
  startQueue(Array.from({ length: n }, (_, i) => ({ claimId: `c${i + 1}`, status: 'proposed' })));

/** Feeds lines one by one, collecting the effects in order. */
function run(state: QueueState, lines: readonly string[]) {
  const effects: unknown[] = [];
  for (const line of lines) {
    const step = stepQueue(state, line);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
}

describe('the review queue', () => {
  it('accepts and rejects the claim on screen and moves to the next', () => {
    const { state, effects } = run(queue(), ['a', 'r']);
    expect(effects).toEqual([
      { kind: 'accept', claimId: 'c1' },
      { kind: 'reject', claimId: 'c2' },
    ]);
    expect(state.index).toBe(2);
    expect(state.items.map((i) => i.status)).toEqual(['accepted', 'rejected', 'proposed']);
    expect(state.message).toBe('Rejected c2.');
  });

  it('skips without an effect', () => {
    const { state, effects } = run(queue(), ['s']);
    expect(effects).toEqual([]);
    expect(state.index).toBe(1);
  });

  it('undoes the latest decision of the session, going back to its claim', () => {
    const { state, effects } = run(queue(), ['a', 's', 'u']);
    expect(effects.at(-1)).toEqual({ kind: 'undo', claimId: 'c1' });
    expect(state.index).toBe(0);
    expect(state.items[0]?.status).toBe('proposed');
    expect(state.history).toEqual([]);
  });

  it('says there is nothing to undo when the session has made no decision', () => {
    const { state, effects } = run(queue(), ['s', 'u']);
    expect(effects).toEqual([]);
    expect(state.message).toBe('Nothing to undo in this session.');
    expect(state.index).toBe(1);
  });

  it('edits a field after e, staying on the claim so more fields can be edited', () => {
    const { state, effects } = run(queue(), ['e', 'value=12,000']);
    expect(effects).toEqual([{ kind: 'edit', claimId: 'c1', changes: { value: 12000 } }]);
    expect(state.mode).toBe('choose');
    expect(state.index).toBe(0);
    expect(state.items[0]?.status).toBe('edited');
  });

  it('keeps asking for a field after a bad assignment, and cancels on an empty line', () => {
    const bad = run(queue(), ['e', 'colour=red']);
    expect(bad.effects).toEqual([]);
    expect(bad.state.mode).toBe('edit');
    expect(bad.state.message).toContain('"colour" is not an editable field');
    const cancelled = stepQueue(bad.state, '');
    expect(cancelled.state.mode).toBe('choose');
    expect(cancelled.effect).toBeUndefined();
  });

  it('moves on from an edited claim with a, and refuses to reject it without an undo', () => {
    const edited = run(queue(), ['e', 'from=PRK']).state;
    const rejected = stepQueue(edited, 'r');
    expect(rejected.effect).toBeUndefined();
    expect(rejected.state.message).toBe('Claim c1 is edited: undo (u) before deciding again.');
    const kept = stepQueue(edited, 'a');
    expect(kept.effect).toBeUndefined();
    expect(kept.state.index).toBe(1);
  });

  it('undoes an edit back to proposed', () => {
    const { state, effects } = run(queue(), ['e', 'from=PRK', 'u']);
    expect(effects.at(-1)).toEqual({ kind: 'undo', claimId: 'c1' });
    expect(state.items[0]?.status).toBe('proposed');
  });

  it('finishes after the last claim, still allows an undo there, and quits on q', () => {
    const done = run(queue(1), ['a']).state;
    expect(done.mode).toBe('finished');
    expect(stepQueue(done, 'a').effect).toBeUndefined();
    const undone = stepQueue(done, 'u');
    expect(undone.effect).toEqual({ kind: 'undo', claimId: 'c1' });
    expect(undone.state.mode).toBe('choose');
    expect(stepQueue(undone.state, 'q').state.mode).toBe('finished');
  });

  it('shows the keys on ? and names an unknown key', () => {
    expect(stepQueue(queue(), '?').state.message).toBe(QUEUE_HELP);
    expect(stepQueue(queue(), 'x').state.message).toBe(`Unknown key "x". ${QUEUE_HELP}`);
  });

  it('starts finished on an empty queue', () => {
    expect(startQueue([]).mode).toBe('finished');
  });

  it('counts decided and remaining claims', () => {
    expect(queueTally(run(queue(), ['a', 'e', 'to=RUS']).state)).toEqual({
      decided: 2,
      remaining: 1,
    });
  });
});
