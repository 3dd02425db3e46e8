import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const claim = claimIn(text);
  return [claim.category, claim.from, claim.to];
};

describe('visitors counted', () => {
  it('sends a side’s tourists to the other side of the exchange, as no force of theirs', () => {
    expect(read('About 2,400 Russian tourists came to the North in the summer.')).toEqual([
      'other',
      'RUS',
      'PRK',
    ]);
  });

  it('sends a third country’s tourists to the other country the sentence names', () => {
    expect(read('Some 300 Chinese tourists went to North Korea in May.')).toEqual([
      'other',
      'CHN',
      'PRK',
    ]);
  });

  it('gives visitors of no named country no sides', () => {
    expect(read('About 2,000 tourists came to the beach resort.')).toEqual(['other', null, null]);
  });
});
