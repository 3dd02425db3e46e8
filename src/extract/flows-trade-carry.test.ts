import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const last = (text: string) => {
  const claim = claimsIn(text).at(-1);
  return [claim?.category, [claim?.from, claim?.to].sort().join('|')];
};

describe('a sum that names no kind, in a later paragraph of a text about trade', () => {
  it('goes on with trade the text named with a country outside the exchange', () => {
    expect(
      last(
        'Trade between China and North Korea grew to $80 million in March.\n\nThat is still far under the $150 million seen in 2017.',
      ),
    ).toEqual(['trade', 'CHN|PRK']);
  });

  it('stays a payment where the text’s trade is the exchange’s own pair', () => {
    expect(
      last(
        'Trade between Russia and North Korea grew to $30 million in March.\n\nThat is still far under the $150 million seen in 2017.',
      ),
    ).toEqual(['money', 'PRK|RUS']);
  });

  it('stays a payment where the text has stated no figure of trade', () => {
    expect(
      last(
        'China and North Korea share a long border.\n\nThat is still far under the $150 million seen in 2017.',
      )[0],
    ).toBe('money');
  });
});
