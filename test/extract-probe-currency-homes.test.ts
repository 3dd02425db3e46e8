// The currency-homes battery: a budget, an outlay or a loss that its sentence ties to no country is
// of the country whose own currency it is stated in ("the regional budget set aside 6 billion
// roubles" is Russia's, even where the text last spoke of North Korea). A country the sentence
// names, and a sum in dollars, keep the readings they had. Sentences of our own.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

const BEFORE = 'North Korea sent more builders to the border town in May. ';

add('a sum in a country’s own currency', [
  [
    BEFORE + 'The regional budget has set aside about 6 billion roubles for the new quay.',
    '6000000000 approx rub other RUS -',
  ],
  [
    BEFORE + 'Local officials put the damage from the shelling at more than 70 billion rubles.',
    '70000000000 more_than rub other RUS -',
  ],
]);

add('near misses: a named country or a dollar sum', [
  [
    BEFORE + "China's provincial budget has set aside 40 billion rubles for the road.",
    '40000000000 exact rub other CHN -',
  ],
  [
    BEFORE + "Pyongyang's budget has set aside 25 billion rubles for the road.",
    '25000000000 exact rub other PRK -',
  ],
  [
    BEFORE + 'Local officials put the damage from the shelling at more than $300 million.',
    '300000000 more_than usd other PRK -',
  ],
]);

describe('sums in a country’s own currency', () => {
  it('gives a budget or a loss that names no country to the country of its currency', () => {
    expectFigures(family('a sum in a country’s own currency'));
  });
  it('keeps a country the sentence names, and the country of the text for a dollar sum', () => {
    expectFigures(family('near misses: a named country or a dollar sum'));
  });
});
