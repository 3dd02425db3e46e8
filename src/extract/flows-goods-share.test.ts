import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

describe('a share or a load named by a word of its goods', () => {
  it('reads a share of refined products as oil', () => {
    expect(claimIn('Nearly 80% of the refined products went onto small tankers.').category).toBe(
      'oil',
    );
  });

  it('reads a share of the grain as food', () => {
    expect(claimIn('A quarter of the grain was sent as aid.').category).toBe('food');
  });

  it('reads the goods named inside a count of loads: "four diesel cargoes"', () => {
    const claim = claimIn('Analysts counted at least four diesel cargoes reaching the port.');
    expect([claim.value, claim.category]).toEqual([4, 'oil']);
  });

  it('leaves a share of a whole named by no goods word as before', () => {
    expect(claimIn('About 30% of the capacity sat idle.').category).toBe('other');
  });
});
