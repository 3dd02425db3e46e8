// The made-for battery: weapons a country makes or can turn out "for" another country go to it,
// and "for its ally" or "for its partner" names the other side of the exchange; a maker is not
// the destination of a clause before it ("delivered missiles to Russia, and may be producing").
// Output made for no one named stays the maker's, with no receiver. In sentences of our own, each
// with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('weapons made for a country', [
  [
    'North Korea could soon build up to 800 attack drones a month for Moscow.',
    '800 up_to drone weapons PRK RUS',
  ],
  [
    'Pyongyang produces over 15 missiles a month for its partner.',
    '15 more_than missile missiles PRK RUS',
  ],
  [
    'Kyiv says Pyongyang has delivered about 90 ballistic missiles to Russia, and could be producing over 20 a month for its partner.',
    '90 approx missile missiles PRK RUS | 20 more_than missile missiles PRK RUS',
  ],
]);

add('output made for no one named', [
  [
    'Russia produces 3 million shells a year for its own army.',
    '3000000 exact shell munitions RUS -',
  ],
  ['North Korea produces about 2 million shells a year.', '2000000 approx shell munitions PRK -'],
]);

describe('weapons made for another country', () => {
  it('sends weapons made for a country, or for the maker’s ally, to it', () => {
    expectFigures(family('weapons made for a country'));
  });
  it('leaves output made for no country named with its maker', () => {
    expectFigures(family('output made for no one named'));
  });
});
