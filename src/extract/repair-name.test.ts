import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const lastSource = (text: string) => claimsIn(text).at(-1)?.attribution?.name;

describe('names a parse left as a word that names no one, or as a possessive', () => {
  it('points "Another said" and "Neither said", the longest such words, back at the source before', () => {
    for (const word of ['Another', 'Neither'])
      expect(
        lastSource(
          `The Defence Ministry said 300 troops died in March. ${word} said 40 more were hurt.`,
        ),
      ).toBe('The Defence Ministry');
  });

  it('keeps a name that opens with a capitalized possessive as written', () => {
    expect(lastSource("Seoul's central bank said exports fell by $40 million.")).toBe(
      "Seoul's central bank",
    );
    expect(
      lastSource(
        "The Defence Ministry said 300 troops died in March. Ministry's officials said 40 more were hurt.",
      ),
    ).toBe("Ministry's officials");
  });

  it('still reads a name that opens with a possessive in lower case as the body named before', () => {
    expect(
      lastSource(
        "The Defence Ministry said 300 troops died in March. Another 40 were hurt, ministry's officials said.",
      ),
    ).toBe('The Defence Ministry');
  });
});
