// The trade-body owners battery: a country named only as the owner of a body of trade ("South
// Korea's state trade promotion agency", "Seoul's trade agency") tells of a figure of trade and is
// no side of it, wherever the credit stands. A country whose own trade the words are ("South
// Korea's trade with the North") stays a side, and a pair the sentence names is kept. In
// sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('owner-of-a-trade-body', [
  [
    "Moscow and Pyongyang signed a rail deal in 2023. Beijing still matters most. It made up about 97 percent of North Korea's trade on record in 2022, as tallied by Seoul's official trade office.",
    '97 approx percent trade PRK CHN',
  ],
  [
    "Moscow and Pyongyang opened a road bridge in 2026. Beijing remains the lifeline. It took some 95 percent of the North's commerce on record in 2021, going by South Korea's national trade investment agency.",
    '95 approx percent trade PRK CHN',
  ],
  [
    "Moscow and Pyongyang signed a rail deal in 2023. Commerce with China, some 96 percent of the North's trade on record by the count of Seoul's official trade office, climbed last year to $2.5 billion, Chinese customs data show.",
    '96 approx percent trade PRK CHN | 2500000000 exact usd trade PRK CHN',
  ],
  [
    "Putin hosted Kim in the Far East in 2023. Business with Beijing, roughly 91 percent of North Korea's commerce on record by the reckoning of Seoul's trade investment agency, came to $1.8 billion in 2022, Chinese customs figures show.",
    '91 approx percent trade PRK CHN | 1800000000 exact usd trade PRK CHN',
  ],
  [
    "In 2021, China took 96% of the North's recorded trade, going by Seoul's official trade office; Moscow's part was under 2%.",
    '96 exact percent trade PRK CHN | 2 less_than percent trade PRK RUS',
  ],
]);

add('owner-of-the-trade', [
  [
    "South Korea's trade with North Korea fell to $1.2 million in 2019.",
    '1200000 exact usd trade KOR PRK',
  ],
  [
    "Russia's trade with North Korea reached $41 million in 2022, the Russian trade ministry said.",
    '41000000 exact usd trade RUS PRK',
  ],
  [
    "Commerce between China and North Korea came to $1.9 billion in 2023, Japan's trade ministry said.",
    '1900000000 exact usd trade PRK CHN',
  ],
]);

describe('countries that own a body of trade', () => {
  it('reads a country named only by its body of trade as no side of the figure', () => {
    expectFigures(family('owner-of-a-trade-body'));
  });
  it('keeps a country whose own trade the words are, and a pair the sentence names', () => {
    expectFigures(family('owner-of-the-trade'));
  });
});
