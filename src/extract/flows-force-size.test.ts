import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const claim = claimIn(text);
  return [claim.category, claim.from, claim.to];
};

describe('a standing force beside a count of people', () => {
  it('sizes the force when its word stands before the figure', () => {
    expect(read('Its army has 1.2 million soldiers, the ministry said.')[0]).toBe('force_size');
  });

  it('leaves people drawn from the force after the figure as people sent', () => {
    expect(
      read('About 12,000 North Korean soldiers from the regular army are now at the front.'),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });
});
