// Shares of a country's whole trade held by a partner: after a figure of the North's trade, "China
// accounted for 95 percent of the total" and "Russia's share rose to 3 percent" are that trade
// between the North and the holder, not the whole trade's again nor the holder's own figure. In
// sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "China made up about 97 percent of it": "made up" before a share is not read as holding it;
//   - "That was over 90 percent of the North's declared commerce": "That" pointing back at
//     the trade of a pair named the sentence before is not followed to the pair.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('holder-of-the-total', [
  [
    'North Korea’s external trade rose 12 percent to $2.9 billion in 2025. China accounted for 94 percent of the total.',
    '12 exact percent trade PRK - | 2900000000 exact usd trade PRK - | 94 exact percent trade PRK CHN',
  ],
  [
    'The North’s recorded commerce came to $2.6 billion last year. China accounted for about 96 percent of last year’s total, while Russia’s share rose to 2.4 percent.',
    '2600000000 exact usd trade PRK - | 96 approx percent trade PRK CHN | 2.4 exact percent trade PRK RUS',
  ],
  [
    'Pyongyang’s total trade reached $2.7 billion in 2024, with China accounting for about 95 percent of the total.',
    '2700000000 exact usd trade PRK - | 95 approx percent trade PRK CHN',
  ],
  [
    'The North’s recorded trade came to $2.4 billion. China accounted for roughly 97 percent of it.',
    '2400000000 exact usd trade PRK - | 97 approx percent trade PRK CHN',
  ],
]);

add('holder-after-a-share', [
  [
    'China accounted for about 97 percent of North Korea’s recorded trade in 2024, according to a trade promotion agency. Russia’s share, on the same figures, was well under 1 percent.',
    '97 approx percent trade PRK CHN | 1 less_than percent trade PRK RUS',
  ],
  [
    'China made up about 96 percent of the North’s official trade last year. Russia’s share was below 2 percent.',
    '96 approx percent trade PRK CHN | 2 less_than percent trade PRK RUS',
  ],
]);

// Near-misses that must not change: a share with no holder keeps the trade before it, and a
// partner's own economy stays its own.
add('near-misses', [
  [
    'North Korea’s external trade rose 10 percent to $2.8 billion. Exports made up about 15 percent of the total.',
    '10 exact percent trade PRK - | 2800000000 exact usd trade PRK - | 15 approx percent trade PRK -',
  ],
  [
    'North Korea’s external trade rose 10 percent to $2.8 billion. China’s economy grew 5 percent.',
    '10 exact percent trade PRK - | 2800000000 exact usd trade PRK - | 5 exact percent other CHN -',
  ],
]);

describe('a share of a whole trade held by a partner', () => {
  it('is the trade between the holder and the economy whose total it is', () => {
    expectFigures(family('holder-of-the-total'));
  });
  it('takes its holder after a share that named the pair', () => {
    expectFigures(family('holder-after-a-share'));
  });
  it('leaves shares with no holder, and of other kinds, as they were', () => {
    expectFigures(family('near-misses'));
  });
});
