// The world-trade battery: a country's own trade "with the world" or "with the outside world", or
// its own trade that "slips" or "grows" to a level, is all of its trade, with no partner, even when
// a third country is said right after to hold a share of it ("with Beijing accounting for 90
// percent"); that share is the trade between the holder and the country. A partner "with" names
// right after a figure, with no share held, stays the partner. In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('whole-trade', [
  [
    "Pyongyang's commerce with the outside world came to $2.4 billion in 2023, with Beijing accounting for some 95 percent of it.",
    '2400000000 exact usd trade PRK - | 95 approx percent trade PRK CHN',
  ],
  [
    "The North's trade with the world grew to about $1.6 billion, according to the ministry.",
    '1600000000 approx usd trade PRK -',
  ],
  [
    "North Korea's trade slips to $1.9bn as Beijing's share passes 96%",
    '1900000000 exact usd trade PRK - | 96 exact percent trade PRK CHN',
  ],
  [
    "North Korea's trade reached $3.1 billion, with Beijing accounting for 97 percent of the total.",
    '3100000000 exact usd trade PRK - | 97 exact percent trade PRK CHN',
  ],
]);

add('partners-that-stay', [
  [
    "Pyongyang's trade with Moscow stayed near $40 million, against $2.1 billion with Beijing.",
    '40000000 exact usd trade PRK RUS | 2100000000 exact usd trade PRK CHN',
  ],
  ["North Korea's trade with Russia grew to $48 million.", '48000000 exact usd trade PRK RUS'],
]);

describe('a country’s trade with the world', () => {
  it('is all of its trade, whatever share a third country holds', () => {
    expectFigures(family('whole-trade'));
  });
  it('leaves a partner named by "with" as the partner', () => {
    expectFigures(family('partners-that-stay'));
  });
});
