import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const texts = (text: string) => claimsIn(text, '2025-06-10').map((c) => c.text);

describe('a small count of people told of before', () => {
  it('reads no claim in "the two men" who signed or were handed over', () => {
    expect(texts('After talks in the capital, the two men signed a new accord.')).toEqual([]);
    expect(texts('Kyiv offered to hand the three soldiers back in a swap.')).toEqual([]);
  });

  it('reads no claim after "these" or "those" either', () => {
    expect(texts('Those two prisoners have asked to go to Seoul.')).toEqual([]);
  });

  it('still reads a count whose noun names a nationality', () => {
    expect(texts('Kyiv holds the two North Korean soldiers taken in Kursk.')).toEqual([
      'two North Korean soldiers',
    ]);
  });

  it('still reads a count told with what befell it: "the two soldiers captured by Ukraine"', () => {
    expect(texts('There were no others beyond the two soldiers captured by Ukraine.')).toEqual([
      'two soldiers',
    ]);
  });

  it('still reads a count with no determiner before it', () => {
    expect(texts('Ukraine captured two soldiers in Kursk in January.')).toEqual(['two soldiers']);
  });
});
