import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const flow = (text: string) => {
  const claim = claimIn(text);
  return [claim.category, claim.from, claim.to];
};

describe('weapons, which the exchange moves both ways', () => {
  it('go from the subject that sends them', () => {
    expect(
      flow('Moscow has provided at least three Pantsir batteries to guard Pyongyang.'),
    ).toEqual(['weapons', 'RUS', 'PRK']);
  });

  it('go to the subject that receives them', () => {
    expect(flow('Pyongyang has received at least three Russian air defence systems.')).toEqual([
      'weapons',
      'RUS',
      'PRK',
    ]);
  });

  it('leave shells, which go one way, on the usual flow', () => {
    expect(flow('Moscow has provided at least 3,000 shells to guard Pyongyang.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });
});
