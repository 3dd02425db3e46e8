// The captors battery: soldiers a country captured, holds or took prisoner are casualties of their
// own country, never of the captor; people "held by" a country, or held prisoner, are captives.
// With no nationality of their own they are the people the text counted before. Counts of people
// no verb of capture governs keep their reading. In sentences of our own, each with every claim it
// should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

const TOLL = 'Seoul believes some 450 North Koreans have died at the front.';

add('the captor is not their country', [
  [
    `${TOLL} Ukrainian paratroopers captured three soldiers near Sumy last week.`,
    '450 approx person casualties PRK - | 3 exact person casualties PRK -',
  ],
  [
    `${TOLL} Kyiv's marines have taken four soldiers prisoner since May.`,
    '450 approx person casualties PRK - | 4 exact person casualties PRK -',
  ],
  ['Ukraine captured 25 Russian soldiers in the raid.', '25 exact person casualties RUS -'],
]);

add('people held by a captor', [
  [
    'The three North Korean sappers held by Kyiv since spring may be sent on to Seoul.',
    '3 exact person casualties PRK -',
  ],
  [
    'About 60 Russian servicemen held prisoner in Ukraine were exchanged on Friday.',
    '60 approx person casualties RUS -',
  ],
]);

add('people no capture governs', [
  [
    'Ukrainian forces said 2,000 North Korean troops had reached the front.',
    '2000 exact person personnel PRK RUS',
  ],
  [
    'Pyongyang sent 900 engineers, held in reserve until now, to Russia.',
    '900 exact person personnel PRK RUS',
  ],
  [
    `${TOLL} Ukraine lost 30 soldiers in the same battle.`,
    '450 approx person casualties PRK - | 30 exact person casualties UKR -',
  ],
]);

describe('captives and their captors', () => {
  it('reads soldiers a country captured as casualties of their own side, not the captor', () => {
    expectFigures(family('the captor is not their country'));
  });
  it('reads people held by a country, or held prisoner, as its captives', () => {
    expectFigures(family('people held by a captor'));
  });
  it('leaves people no verb of capture governs as they were', () => {
    expectFigures(family('people no capture governs'));
  });
});
