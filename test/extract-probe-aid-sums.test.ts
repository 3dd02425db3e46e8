// The aid-sums battery: a sum of aid (a humanitarian appeal, donors, a relief agency such as the
// World Food Programme) whose clause names no giver of the exchange is money from no one, to the
// one country its clause names, else the usual receiver of money; a share of it goes the same way.
// Aid a country of the exchange sends, and payments with no word of aid, keep their giver. In
// sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('aid-from-no-one', [
  [
    'A UN humanitarian appeal for the North asked for $85 million this year, and donors have met only a quarter of it.',
    '85000000 exact usd money - PRK | 25 exact percent money - PRK',
  ],
  [
    'Before the border shut, the World Food Programme spent roughly $40 million a year feeding children in Pyongyang.',
    '40000000 approx usd money - PRK',
  ],
  [
    'In Hamhung, UNICEF ran clinics worth some $9 million; these days Russian wheat does more.',
    '9000000 approx usd money - PRK',
  ],
  [
    'Donors pledged $14 million to the relief effort last winter.',
    '14000000 exact usd money - PRK',
  ],
]);

add('givers-that-stay', [
  [
    'Moscow sent $25 million in humanitarian aid to the North in 2023.',
    '25000000 exact usd money RUS PRK',
  ],
  ['Russia paid Pyongyang $450 million for the shells.', '450000000 exact usd money RUS PRK'],
]);

describe('sums of aid', () => {
  it('read aid with no giver of the exchange as money from no one', () => {
    expectFigures(family('aid-from-no-one'));
  });
  it('keep the giver of aid a country sends, and of payments', () => {
    expectFigures(family('givers-that-stay'));
  });
});
