// The growth-words battery: a percentage followed by a noun of growth ("no 4 percent growth"), or
// after a verb of growth with a word of degree between ("grew only 1.9%"), is a change of an
// economy, `other`: the one named before it, else the economy the text speaks of, not the payment
// or trade figure before it. Trade that grows stays trade. In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('growth-of-an-economy', [
  [
    "Moscow has paid Pyongyang some $900 million, a fifth of the North's output. Without that money there would be no 4 percent growth.",
    '900000000 approx usd money RUS PRK | 20 exact percent money RUS PRK | 4 exact percent other PRK -',
  ],
  [
    "Russia wired the North about $300 million last year. Japan's economy grew only 1.9% in 2024.",
    '300000000 approx usd money RUS PRK | 1.9 exact percent other JPN -',
  ],
  [
    "North Korea's economy grew just 2.6 percent in 2023, the central bank said.",
    '2.6 exact percent other PRK -',
  ],
]);

add('trade-that-grows', [
  [
    "North Korea's trade with Russia grew just 3 percent last year.",
    '3 exact percent trade PRK RUS',
  ],
]);

describe('growth words', () => {
  it('read a change of growth as the economy’s, not the figure before it', () => {
    expectFigures(family('growth-of-an-economy'));
  });
  it('leave trade that grows as trade', () => {
    expectFigures(family('trade-that-grows'));
  });
});
