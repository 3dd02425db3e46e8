import { describe, expect, it } from 'vitest';
import { TallyError, type AuditEntry, type Claim } from '../domain/index.ts';
import type { ClaimUpdate } from '../store/index.ts';
import { createKeyedSerializer, createWriteBatcher } from './write-batcher.ts';

/** Only the ids matter to the batcher: it hands updates to the store untouched. */
const update = (id: string): ClaimUpdate => ({
  claim: { id } as Claim,
  audit: { id: `audit-${id}` } as AuditEntry,
});

/** A store whose every transaction waits until the test lets it commit (or fail). */
function heldStore() {
  const transactions: { ids: string[]; commit: () => void; fail: (error: unknown) => void }[] = [];
  const store = {
    updateClaims: (changes: readonly ClaimUpdate[]) =>
      new Promise<void>((commit, fail) => {
        transactions.push({ ids: changes.map((change) => change.claim.id), commit, fail });
      }),
  };
  return { store, transactions };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Whether a promise has settled yet, without waiting for it. */
function watch(promise: Promise<unknown>) {
  const state = { settled: false, error: undefined as unknown };
  promise.then(
    () => (state.settled = true),
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}

describe('createWriteBatcher', () => {
  it('acknowledges a write only once the transaction holding it has committed', async () => {
    const { store, transactions } = heldStore();
    const batcher = createWriteBatcher({ store });
    const write = watch(batcher.write(update('a')));
    await turn();
    expect(transactions).toHaveLength(1);
    await turn();
    expect(write.settled).toBe(false);
    transactions[0]?.commit();
    await turn();
    expect(write).toEqual({ settled: true, error: undefined });
  });

  it('puts the writes made in one turn of the event loop into one transaction', async () => {
    const { store, transactions } = heldStore();
    const batcher = createWriteBatcher({ store });
    const writes = ['a', 'b', 'c'].map((id) => batcher.write(update(id)));
    await turn();
    expect(transactions.map((t) => t.ids)).toEqual([['a', 'b', 'c']]);
    transactions[0]?.commit();
    await expect(Promise.all(writes)).resolves.toHaveLength(3);
  });

  it('gathers the writes that arrive during a commit into the next transaction', async () => {
    const { store, transactions } = heldStore();
    const batcher = createWriteBatcher({ store });
    const first = batcher.write(update('a'));
    await turn();
    const later = [batcher.write(update('b')), batcher.write(update('c'))];
    await turn();
    expect(transactions).toHaveLength(1);
    transactions[0]?.commit();
    await first;
    await turn();
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b', 'c']]);
    transactions[1]?.commit();
    await expect(Promise.all(later)).resolves.toHaveLength(2);
  });

  it('keeps a transaction to maxBatch writes and commits the rest after it', async () => {
    const committed: string[][] = [];
    const batcher = createWriteBatcher({
      store: {
        updateClaims: async (changes) => {
          committed.push(changes.map((change) => change.claim.id));
        },
      },
      maxBatch: 2,
    });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => batcher.write(update(id))));
    expect(committed).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('retries a failed batch one write at a time, so only the bad write fails', async () => {
    const committed: string[] = [];
    const batcher = createWriteBatcher({
      store: {
        updateClaims: async (changes) => {
          if (changes.some((change) => change.claim.id === 'gone')) {
            throw new TallyError('NOT_FOUND', 'claim gone is not in the workspace');
          }
          committed.push(...changes.map((change) => change.claim.id));
        },
      },
    });
    const results = await Promise.allSettled(
      ['a', 'gone', 'b'].map((id) => batcher.write(update(id))),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed).toEqual(['a', 'b']);
  });

  it('fails every write of the batch at once when the store cannot be reached', async () => {
    let calls = 0;
    const batcher = createWriteBatcher({
      store: {
        updateClaims: async () => {
          calls++;
          throw new TallyError('STORE_UNAVAILABLE', 'the disk is full');
        },
      },
    });
    const results = await Promise.allSettled(['a', 'b'].map((id) => batcher.write(update(id))));
    expect(results.map((r) => (r.status === 'rejected' ? r.reason.code : r.status))).toEqual([
      'STORE_UNAVAILABLE',
      'STORE_UNAVAILABLE',
    ]);
    expect(calls).toBe(1);
  });

  it('commits the waiting writes on close and refuses writes after it', async () => {
    const committed: string[] = [];
    const batcher = createWriteBatcher({
      store: {
        updateClaims: async (changes) => {
          committed.push(...changes.map((change) => change.claim.id));
        },
      },
    });
    const pending = batcher.write(update('a'));
    await batcher.close();
    await pending;
    expect(committed).toEqual(['a']);
    await expect(batcher.write(update('b'))).rejects.toThrow(/closed/u);
  });
});

describe('createKeyedSerializer', () => {
  it('runs the tasks of one key in call order, each after the one before has settled', async () => {
    const inTurn = createKeyedSerializer();
    const log: string[] = [];
    let release = () => {};
    const first = inTurn('claim-1', async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (release = resolve));
      log.push('first ends');
      throw new Error('first fails');
    });
    const second = inTurn('claim-1', async () => {
      log.push('second starts');
      return 2;
    });
    await turn();
    expect(log).toEqual(['first starts']);
    release();
    await expect(first).rejects.toThrow('first fails');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('runs tasks of different keys side by side', async () => {
    const inTurn = createKeyedSerializer();
    let release = () => {};
    const held = inTurn('claim-1', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(inTurn('claim-2', async () => 'free')).resolves.toBe('free');
    release();
    await held;
  });
});
