// The population-counts battery: people of a country a share of its population restates ("N
// Koreans, or a fifth of the population, ...") or a state of want is said of ("are malnourished")
// are its own population, `other` with no receiver, not people it sends. A share of a workforce or
// of the people sent restates no population, and keeps the count a sending. In sentences of our
// own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a population of their own', [
  [
    'The agencies think 9 million North Koreans, or about 35 percent of the population, lack enough food.',
    '9000000 exact person other PRK - | 35 approx percent other PRK -',
  ],
  ['Aid groups said 6 million North Koreans are malnourished.', '6000000 exact person other PRK -'],
  [
    'By the charity\u2019s count, 7.5 million North Koreans, about 29% of its population, went hungry last winter.',
    '7500000 exact person other PRK - | 29 approx percent other PRK -',
  ],
]);

add('people sent', [
  [
    'Pyongyang sent 3,000 North Koreans, or 5 percent of its workforce, to Russia.',
    '3000 exact person personnel PRK RUS | 5 exact percent personnel PRK RUS',
  ],
  [
    'Kyiv says 14,000 North Koreans are deployed in the Kursk region.',
    '14000 exact person personnel PRK RUS',
  ],
]);

describe('population counts', () => {
  it('reads people a population share or a state of want is said of as their country\u2019s population', () => {
    expectFigures(family('a population of their own'));
  });
  it('keeps people sent as personnel', () => {
    expectFigures(family('people sent'));
  });
});
