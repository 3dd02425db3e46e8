import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const sides = (text: string) =>
  claimsIn(text).map((c) => `${c.value} ${c.qualifier} ${c.from ?? '-'}>${c.to ?? '-'}`);

describe('a figure listed after a cap', () => {
  it('is a cap when "and" joins it to the cap with its own "at"', () => {
    expect(
      sides(
        "The resolutions cap North Korea's imports of refined products at 500,000 barrels a year and those of crude oil at 4 million barrels a year.",
      ),
    ).toEqual(['500000 exact ->PRK', '4000000 exact ->PRK']);
  });

  it('is a cap when "and" joins it to the cap with no word of its own', () => {
    expect(
      sides(
        'The council limits North Korea to 500,000 barrels of refined products a year and 4 million barrels of crude oil.',
      ),
    ).toEqual(['500000 exact ->PRK', '4000000 exact ->PRK']);
  });

  it('is not a cap when a clause of its own stands between', () => {
    expect(
      sides(
        'The UN caps refined imports at 500,000 barrels a year, but Russia shipped 1 million barrels.',
      ),
    ).toEqual(['500000 exact ->PRK', '1000000 exact RUS>PRK']);
  });
});
