import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const last = (text: string) => {
  const claim = claimsIn(text).at(-1);
  return [claim?.category, [claim?.from, claim?.to].sort().join('|')];
};

describe('carriers counted with no cargo and no country in their sentence', () => {
  it('carry the trade of the pair the text speaks of', () => {
    expect(
      last(
        'Trade between Russia and North Korea has grown. The new bridge will be able to take up to 300 trucks a day.',
      ),
    ).toEqual(['trade', 'PRK|RUS']);
  });

  it('carry the cargo the text last counted, when it counted one', () => {
    expect(
      last(
        'Russia shipped 9,000 tonnes of diesel to North Korea. A dozen tankers were involved.',
      )[0],
    ).toBe('oil');
  });
});
