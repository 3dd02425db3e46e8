import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

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

describe('verbs of belief in their plain form', () => {
  it('credits "experts believe" after a semicolon, and not the figure before it', () => {
    expect(
      claimsIn('Russia received 5 million shells; experts believe it needs 10 million a year.').map(
        (c) => c.attribution?.name ?? null,
      ),
    ).toEqual([null, 'experts']);
  });

  it('credits "analysts reckon"', () => {
    expect(claimIn('Analysts reckon the North earned $2 billion.').attribution?.name).toBe(
      'Analysts',
    );
  });
});
