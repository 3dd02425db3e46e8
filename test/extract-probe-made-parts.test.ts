// The made-parts battery: a part of weapons ("three of the missiles", "four of them") that a
// copula says is of its usual supplier's make was picked out of weapons used, so it goes from
// their user to the user's adversary, as the fire before it did. A part of weapons the text just
// counted as sent, and a part no copula links to a maker, keep their reading. In sentences of our
// own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a part of weapons used, said to be the supplier’s', [
  [
    'Moscow launched 9 cruise missiles at Odesa overnight. Three of those missiles were North Korean Hwasong-11s, the air force said.',
    '9 exact missile missiles RUS UKR | 3 exact missile missiles RUS UKR',
  ],
  [
    'Officials in Kharkiv say the wreckage shows no fewer than six of the cruise missiles were North Korean-built.',
    '6 at_least missile missiles RUS UKR',
  ],
]);

add('a part of weapons sent, or no maker linked', [
  [
    'Pyongyang sent Russia 70 rockets in March. Twenty of them were North Korean copies of older designs.',
    '70 exact rocket munitions PRK RUS | 20 exact rocket munitions PRK RUS',
  ],
  [
    'North Korea shipped 80 missiles to Russia last year. Two of those missiles sank at sea.',
    '80 exact missile missiles PRK RUS | 2 exact missile missiles PRK RUS',
  ],
]);

describe('parts of weapons identified by their make', () => {
  it('reads a part said to be of the supplier’s make as fired by its user', () => {
    expectFigures(family('a part of weapons used, said to be the supplier’s'));
  });
  it('leaves a part of weapons sent, or one no copula links to a maker, as it was', () => {
    expectFigures(family('a part of weapons sent, or no maker linked'));
  });
});
