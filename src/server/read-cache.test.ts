import { describe, expect, it } from 'vitest';
import { createReadCache } from './read-cache.ts';

/** A store whose revision the test moves by hand. */
const revisions = () => {
  const state = { revision: 1, reads: 0 };
  return {
    state,
    store: {
      revision: async () => {
        state.reads++;
        return state.revision;
      },
    },
  };
};

describe('createReadCache', () => {
  it('answers a repeated read from the cache while the revision stays the same', async () => {
    const { store } = revisions();
    const cached = createReadCache({ store });
    let computed = 0;
    const compute = async () => ({ page: ++computed });
    expect(await cached('/claims', compute)).toEqual({ page: 1 });
    expect(await cached('/claims', compute)).toEqual({ page: 1 });
    expect(computed).toBe(1);
  });

  it('computes afresh once any change has raised the revision', async () => {
    const { store, state } = revisions();
    const cached = createReadCache({ store });
    let computed = 0;
    const compute = async () => ++computed;
    await cached('/overview', compute);
    state.revision = 2;
    expect(await cached('/overview', compute)).toBe(2);
    expect(await cached('/overview', compute)).toBe(2);
  });

  it('keeps apart the answers of different keys', async () => {
    const { store } = revisions();
    const cached = createReadCache({ store });
    expect(await cached('/claims?limit=1', async () => 'one')).toBe('one');
    expect(await cached('/claims?limit=2', async () => 'two')).toBe('two');
    expect(await cached('/claims?limit=1', async () => 'other')).toBe('one');
  });

  it('does not keep an answer during which a change was committed', async () => {
    const { store, state } = revisions();
    const cached = createReadCache({ store });
    let computed = 0;
    await cached('/claims', async () => {
      state.revision = 5;
      return ++computed;
    });
    expect(await cached('/claims', async () => ++computed)).toBe(2);
  });

  it('never answers from the cache after a failed computation', async () => {
    const { store } = revisions();
    const cached = createReadCache({ store });
    await expect(
      cached('/claims', async () => {
        throw new Error('the store is busy');
      }),
    ).rejects.toThrow('busy');
    expect(await cached('/claims', async () => 'fresh')).toBe('fresh');
  });

  it('lets reads of one key that arrive together share one computation', async () => {
    const { store } = revisions();
    const cached = createReadCache({ store });
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((resolve) => setImmediate(resolve));
      return 'page';
    };
    const answers = await Promise.all([1, 2, 3].map(() => cached('/overview', compute)));
    expect(answers).toEqual(['page', 'page', 'page']);
    expect(computed).toBe(1);
  });

  it('holds at most maxEntries answers', async () => {
    const { store } = revisions();
    const cached = createReadCache({ store, maxEntries: 2 });
    let computed = 0;
    for (const key of ['a', 'b', 'c']) await cached(key, async () => ++computed);
    expect(await cached('a', async () => ++computed)).toBe(4);
  });
});
