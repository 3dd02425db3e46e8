// The bare-weights battery: a weight that names no goods of its own ("only 3,000 tonnes", no
// "of" after it) goes on with the fuel or food the text last counted, and along that flow unless
// its own sentence names a sender; a weight of named goods keeps them, and what a port or a line
// "handles" is no cargo of one kind. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('after-fuel', [
  [
    'Moscow shipped about 1.9 million barrels of diesel to the North in 2023. Its own filings with the UN listed just 3,000 tonnes in all.',
    '1900000 approx barrel oil RUS PRK | 3000 exact tonne oil RUS PRK',
  ],
  [
    'Moscow shipped about 1.9 million barrels of diesel to the North in 2023. Analysts put the true total at roughly 260,000 tonnes.',
    '1900000 approx barrel oil RUS PRK | 260000 approx tonne oil RUS PRK',
  ],
  [
    'Russia shipped North Korea about 2.1 million barrels of fuel. Separately, Beijing was shipping perhaps 300 tonnes each month, she said.',
    '2100000 approx barrel oil RUS PRK | 300 approx tonne oil CHN PRK',
  ],
]);

add('after-food', [
  [
    'Moscow delivered 26,500 tonnes of barley to Pyongyang in March. A further 12,000 tonnes is due by the autumn.',
    '26500 exact tonne food RUS PRK | 12000 exact tonne food RUS PRK',
  ],
]);

add('left-as-they-were', [
  [
    'Moscow delivered 26,500 tonnes of barley to Pyongyang in March. Pyongyang sold Beijing 310,000 tonnes of coal.',
    '26500 exact tonne food RUS PRK | 310000 exact tonne trade PRK CHN',
  ],
  [
    'Moscow delivered 26,500 tonnes of barley to Pyongyang in March. The Rason terminal can handle 2 million tonnes a year.',
    '26500 exact tonne food RUS PRK | 2000000 exact tonne other * -',
  ],
  ['The new bridge will carry 1 million tonnes a year.', '1000000 exact tonne other - -'],
]);

describe('a weight that names no goods', () => {
  it('goes on with the fuel the text last counted', () => {
    expectFigures(family('after-fuel'));
  });
  it('goes on with the food the text last counted', () => {
    expectFigures(family('after-food'));
  });
  it('leaves weights of named goods and what a place handles as they were', () => {
    expectFigures(family('left-as-they-were'));
  });
});
