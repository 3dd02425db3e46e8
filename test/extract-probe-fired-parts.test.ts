// The fired-parts battery: a part picked out of weapons supplied, in a relative clause of its own
// ("…, of which Moscow launched 70"), was used by the subject of that clause against its
// adversary, while the whole stays the supply. A part with no verb of use in its clause, or a verb
// of use in another figure's relative clause, changes nothing. In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a part fired', [
  [
    'North Korea has handed Moscow some 220 ballistic missiles, of which Russia has launched roughly 170 at Ukrainian cities, according to Kyiv.',
    '220 approx missile missiles PRK RUS | 170 approx missile missiles RUS UKR',
  ],
  [
    'Iran has sold Russia about 3,000 drones, of which Moscow has fired about 2,400 at Ukraine.',
    '3000 approx drone weapons IRN RUS | 2400 approx drone weapons RUS UKR',
  ],
]);

add('a part not fired', [
  [
    'North Korea has sent 200 missiles to Russia, of which 150 were KN-23s.',
    '200 exact missile missiles PRK RUS | 150 exact missile missiles PRK RUS',
  ],
  [
    'North Korea has sent 200 missiles to Russia, of which about 40 have been sent on to the front.',
    '200 exact missile missiles PRK RUS | 40 approx missile missiles PRK RUS',
  ],
  [
    'Pyongyang supplied Russia with 60 missiles that have been launched at Ukraine, along with 8 million rounds.',
    '60 exact missile missiles PRK RUS | 8000000 exact shell munitions PRK RUS',
  ],
]);

describe('a part of weapons supplied', () => {
  it('was fired by the subject of its own relative clause', () => {
    expectFigures(family('a part fired'));
  });
  it('stays the supply where its clause uses none', () => {
    expectFigures(family('a part not fired'));
  });
});
