import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const sides = (text: string, at = 0) => {
  const claim = claimsIn(text)[at];
  return [claim?.category, claim?.from, claim?.to];
};

describe('a country’s whole trade', () => {
  it('gives official exports one side, whatever part of them goes to a partner', () => {
    expect(
      sides(
        'Russia pays North Korea well. Pyongyang’s officially recorded exports came to $410 million, mostly to China.',
      ),
    ).toEqual(['trade', 'PRK', null]);
  });

  it('gives the change of a country’s external trade to that country alone', () => {
    expect(
      sides(
        'Trade between China and North Korea is recorded. North Korea’s external trade grew 18% to $2.6 billion last year.',
      ),
    ).toEqual(['trade', 'PRK', null]);
  });

  it('keeps the partner a whole word of trade names right after it', () => {
    const [, from, to] = sides('North Korea’s total exports to China reached $390 million.');
    expect([from, to].sort()).toEqual(['CHN', 'PRK']);
  });

  it('keeps the pair of trade between two countries however recorded', () => {
    const [, from, to] = sides(
      'Russia’s recorded trade with North Korea reached $50 million last year.',
    );
    expect([from, to].sort()).toEqual(['PRK', 'RUS']);
  });

  it('leaves a share of a country’s whole trade to the partner that holds it', () => {
    const claim = claimIn('China accounts for about 95% of North Korea’s recorded trade.');
    expect([claim.from, claim.to].sort()).toEqual(['CHN', 'PRK']);
  });

  it('reads a sum earned from all of a country’s exports as its trade', () => {
    expect(
      sides('Russia now pays more than North Korea earned, $2.9 billion, from all of its exports.'),
    ).toEqual(['trade', 'PRK', null]);
  });
});
