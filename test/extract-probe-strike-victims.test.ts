// The strike-victims battery: people hurt by a strike, counted with no country of their own and
// no place named beside them, are of the country the paragraph's fire was aimed at, not of the
// people the text counted before. Soldiers, and people whose country is named, keep their reading.
// In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

const SENT = 'Pyongyang has lost some 1,800 soldiers in the fighting, Seoul said.';

add('people hurt where the fire fell', [
  [
    'Russia launched 96 drones and six missiles at Ukraine on Sunday night. Nine people were injured.',
    '96 exact drone weapons RUS UKR | 6 exact missile missiles RUS UKR | 9 exact person casualties UKR -',
  ],
  [
    `${SENT}\n\nThree Russian cruise missiles struck a power plant before dawn, killing five people and wounding 17, the mayor said.`,
    '1800 approx person casualties PRK - | 3 exact missile missiles RUS UKR | 5 exact person casualties UKR - | 17 exact person casualties UKR -',
  ],
  [
    `${SENT}\n\nRussian forces fired 14 ballistic missiles at Ukraine overnight. At least eight civilians died.`,
    '1800 approx person casualties PRK - | 14 exact missile missiles RUS UKR | 8 at_least person casualties UKR -',
  ],
]);

add('people the fire does not decide', [
  [
    `${SENT}\n\nUkraine fired 35 drones at Russia overnight. Some 40 soldiers were killed.`,
    '1800 approx person casualties PRK - | 35 exact drone weapons UKR RUS | 40 approx person casualties PRK -',
  ],
  [
    'Russia launched 60 drones at Ukraine overnight. Four North Korean soldiers were wounded.',
    '60 exact drone weapons RUS UKR | 4 exact person casualties PRK -',
  ],
  [
    'North Korea shipped 120 howitzers to Russia in the spring. Some 300 people were killed.',
    '120 exact item weapons PRK RUS | 300 approx person casualties * -',
  ],
]);

describe('people hurt by a strike', () => {
  it('reads people with no country of their own as of the country the fire was aimed at', () => {
    expectFigures(family('people hurt where the fire fell'));
  });
  it('leaves soldiers, named nationalities and people after a transfer as they were', () => {
    expectFigures(family('people the fire does not decide'));
  });
});
