import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInt8 } from './int8.ts';

describe('parseInt8', () => {
  it('reads counts and ordinary integers as numbers', () => {
    expect(parseInt8('0')).toBe(0);
    expect(parseInt8('42')).toBe(42);
    expect(parseInt8('-9007199254740991')).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('keeps a large integer that a double holds exactly', () => {
    expect(parseInt8('1152921504606846976')).toBe(2 ** 60);
  });

  it('refuses an integer a number would round, naming it', () => {
    expect(() => parseInt8('9007199254740993')).toThrow(
      'The database returned the integer 9007199254740993, which Tally cannot hold exactly',
    );
  });

  it('gives back every safe integer unchanged', () => {
    // `n + 0` because the arbitrary may give -0, which prints (and is stored) as 0.
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseInt8(String(n))).toBe(n + 0);
      }),
    );
  });
});
