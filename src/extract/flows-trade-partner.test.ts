import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const pairs = (text: string) => claimsIn(text).map((c) => [c.from, c.to].sort().join('|'));

describe('the partner of a side of the exchange that trades with no one named', () => {
  it('is the other side of the exchange', () => {
    expect(pairs('North Korea traded goods worth $20 million last year.')).toEqual(['PRK|RUS']);
  });

  it('is never the trading country itself', () => {
    expect(
      pairs(
        'North Korea traded goods worth $20 million last year. Trade rose 30% in 2024, officials in Pyongyang said.',
      ),
    ).toEqual(['PRK|RUS', 'PRK|RUS']);
  });

  it('is left out for a country outside the exchange', () => {
    expect(pairs('China traded goods worth $20 million last year.')).toEqual(['CHN|']);
  });
});
