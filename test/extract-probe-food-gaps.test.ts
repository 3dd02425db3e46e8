// The food-gaps battery: a weight that sizes a gap, deficit or shortfall of food is food the
// country lacks, to that country from no one: the country named before it in its clause, else the
// usual receiver of food; not the sender of the deliveries its text also counts. Gaps of other
// wholes, and weights sent, keep their reading. In sentences of our own, each with every claim it
// should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('food-gap', [
  [
    'Pyongyang runs a yearly cereal deficit of roughly 900,000 tonnes, an agronomist in Vladivostok said.',
    '900000 approx tonne food - PRK',
  ],
  [
    'Moscow shipped 60,000 tonnes of barley to the North in March. The agency reckons that leaves a shortfall of some 700,000 tonnes this season.',
    '60000 exact tonne food RUS PRK | 700000 approx tonne food - PRK',
  ],
  [
    'Russian rice eased the shortage, but the food gap of about 1.4 million tonnes will have to be met by purchases abroad.',
    '1400000 approx tonne food - PRK',
  ],
]);

add('left-as-they-were', [
  [
    'Russia sent 120,000 tonnes of wheat to North Korea last year.',
    '120000 exact tonne food RUS PRK',
  ],
  [
    'Russia delivered some 250,000 barrels of diesel to the North, closing part of the fuel gap.',
    '250000 approx barrel oil RUS PRK',
  ],
]);

describe('a gap of food', () => {
  it('is food the country lacks, from no one', () => {
    expectFigures(family('food-gap'));
  });
  it('leaves weights sent as they were', () => {
    expectFigures(family('left-as-they-were'));
  });
});
