import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

describe('verbs of belief credit their subject', () => {
  it('credits "X thinks" before the figure', () => {
    expect(
      claimIn('The institute thinks Moscow pays about $1,800 a month for each soldier.').attribution
        ?.name,
    ).toBe('The institute');
  });

  it('credits "analysts think" after the figure', () => {
    expect(
      claimIn('Pyongyang earns some $400 million a year from the deal, analysts think.').attribution
        ?.name,
    ).toBe('analysts');
  });
});
