import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactNumber } from './exact-integers.ts';

describe('exactNumber', () => {
  it('gives back every safe integer unchanged', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(exactNumber(BigInt(n))).toBe(n + 0);
      }),
    );
  });

  it('keeps a large integer that a double holds exactly', () => {
    expect(exactNumber(2n ** 60n)).toBe(2 ** 60);
    expect(exactNumber(-(2n ** 53n))).toBe(-(2 ** 53));
  });

  it('refuses an integer a number would round, naming it', () => {
    expect(() => exactNumber(2n ** 53n + 1n)).toThrow(
      'The database returned the integer 9007199254740993, which Tally cannot hold exactly',
    );
    expect(() => exactNumber(-(2n ** 63n) + 1n)).toThrow(/integer -9223372036854775807,/u);
  });
});
