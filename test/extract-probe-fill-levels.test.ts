// The fill-levels battery: a share of capacity ("loaded to 85% of capacity", "80 percent of its
// capacity") or a share "full" is a share of the oil its carriers hold when the figure before it
// in its paragraph is oil, with that figure's sides, or when its sentence names tankers or oil,
// along the usual flow of oil. A plant's or a reservoir's share of capacity, with no oil spoken
// of, is left as it was. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('carriers-of-oil', [
  [
    'A monitoring group counted 25 North Korean tankers making 48 trips to the Russian terminal. Pictures showed the vessels sailing off loaded to about 85% of capacity.',
    '25 exact vehicle oil RUS PRK | 48 exact item oil RUS PRK | 85 approx percent oil RUS PRK',
  ],
  [
    '"Had every tanker left 80 percent full, the cargo would top 700,000 barrels," the analyst said.',
    '80 exact percent oil RUS PRK | 700000 more_than barrel oil RUS PRK',
  ],
  [
    'If each tanker carried fuel to 75 percent of its capacity, Russia delivered far more than it reported.',
    '75 exact percent oil RUS PRK',
  ],
]);

add('no-oil-spoken-of', [
  ['The steel plant ran at 70 percent of capacity last year.', '70 exact percent other - -'],
  ['The reservoir above the dam was 60 percent full in May.', '60 exact percent other - -'],
]);

describe('how full carriers of oil were', () => {
  it('reads a share of capacity or "full" after oil or beside tankers as a share of the oil', () => {
    expectFigures(family('carriers-of-oil'));
  });
  it('leaves a share of capacity with no oil spoken of as it was', () => {
    expectFigures(family('no-oil-spoken-of'));
  });
});
