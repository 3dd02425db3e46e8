// The trade-with battery: a figure of trade whose partner its own sentence, or the sentence just
// before, names after the word of trade ("trade with Russia") is between that partner and the
// side it trades with, not the pair an earlier sentence of trade named. Words other than trade
// before "with" name no partner, and a sentence naming two countries keeps its own pair. In
// sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "Official trade with Russia was tiny. It reached $41 million in 2021.": with no pair of
//     trade named before, the bare "It" sum is read as a payment (a category matter).
//   - "Official commerce with Russia remains thin. It amounted to $23 million last year." after
//     a pair of trade with China: the sum keeps the earlier pair (a sentence opening on
//     "Official" is not yet read as naming the partner).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('partner-named-in-clause', [
  [
    'Trade between North Korea and Russia fell 4 percent. Trade with China totalled $1.7 billion in 2023, the agency said.',
    '4 exact percent trade PRK RUS | 1700000000 exact usd trade CHN PRK',
  ],
  [
    'Commerce between Pyongyang and Moscow slowed in 2022. Trade with Beijing came to $2.4 billion the next year.',
    '2400000000 exact usd trade CHN PRK',
  ],
  [
    'Trade between China and North Korea grew 9 percent. Recorded trade with Russia came to only $52 million in 2023, the agency said.',
    '9 exact percent trade CHN PRK | 52000000 exact usd trade RUS PRK',
  ],
]);

add('partner-named-just-before', [
  [
    'Trade between Beijing and Pyongyang grew 8 percent in 2023. Recorded commerce with Moscow stays slight. It totalled $19 million in 2022, customs data show.',
    '8 exact percent trade CHN PRK | 19000000 exact usd trade PRK RUS',
  ],
]);

add('no-partner-named', [
  [
    'Trade between China and North Korea grew 9 percent. Russia sent 20,000 tonnes of wheat to North Korea. It was worth $6 million.',
    '9 exact percent trade CHN PRK | 20000 exact tonne food RUS PRK | 6000000 exact usd money RUS PRK',
  ],
  [
    'Trade between China and North Korea grew 9 percent. The rail link with Russia opened in May. Freight worth $12 million crossed it.',
    '9 exact percent trade CHN PRK | 12000000 exact usd money RUS PRK',
  ],
  [
    "North Korea's trade with China grew 9 percent. Officially, trade with Russia came to $27 million last year, a Seoul agency said.",
    '9 exact percent trade CHN PRK | 27000000 exact usd trade RUS PRK',
  ],
]);

describe('trade with a named partner', () => {
  it('reads a figure of trade with a partner named in its own clause as that partner’s trade', () => {
    expectFigures(family('partner-named-in-clause'));
  });
  it('reads a figure after a sentence naming trade with a partner as that partner’s trade', () => {
    expectFigures(family('partner-named-just-before'));
  });
  it('leaves figures whose sentences name no partner of trade as they were', () => {
    expectFigures(family('no-partner-named'));
  });
});
