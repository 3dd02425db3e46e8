import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

// Trade is one figure whichever way round its sides are named.
const sides = (text: string) => claimsIn(text).map((c) => [c.from, c.to].sort().join('|'));

describe('a place before "-based"', () => {
  it('is no side when a body that reports follows it', () => {
    expect(
      sides(
        'According to the Open Source Centre, a London-based research group, about 9,400 railcars crossed the bridge into Russia this year.',
      ),
    ).toEqual(['PRK|RUS']);
  });

  it('is not carried to the next sentence as the country spoken of', () => {
    expect(
      sides(
        'The count comes from a London-based research group. It saw about 240 freight wagons at the Tumangang yard.',
      ),
    ).toEqual(['PRK|RUS']);
  });

  it('still names the side of a firm or an operator that sends', () => {
    const c = claimIn(
      'Vladivostok-based tour operators sent about 2,300 tourists to North Korea last year.',
    );
    expect([c.category, c.from, c.to]).toEqual(['other', 'RUS', 'PRK']);
  });
});
