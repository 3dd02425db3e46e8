// The import-shares battery: a share of the fuel or food a country imports ("about 70 percent of
// Pyongyang's diesel imports", "a third of the grain Pyongyang imports") is a share of those
// goods, not of trade, and goes to the importer from the country its clause names before the
// share, else from the usual sender. A share of all imports, with no goods in its whole, stays
// trade. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('goods-imported', [
  [
    'Moscow now ships about 70 percent of the diesel North Korea imports.',
    '70 approx percent oil RUS PRK',
  ],
  [
    "Russian cargoes probably make up some 85 percent of Pyongyang's fuel imports.",
    '85 approx percent oil RUS PRK',
  ],
  [
    "Russian petrol accounts for roughly a quarter of the North's oil imports, a trader said.",
    '25 approx percent oil RUS PRK',
  ],
  [
    'China provides some 60 percent of the grain North Korea imports each year.',
    '60 approx percent food CHN PRK',
  ],
  [
    'Deliveries now cover roughly half of the fuel Pyongyang imports.',
    '50 approx percent oil RUS PRK',
  ],
]);

add('all-imports', [
  [
    "Fuel made up 30 percent of North Korea's imports from Russia.",
    '30 exact percent trade PRK RUS',
  ],
  ["Russia supplies about 40 percent of North Korea's imports.", '40 approx percent trade RUS PRK'],
  ['Exports rose 12 percent in 2024.', '12 exact percent trade - -'],
]);

describe('shares of imported goods', () => {
  it('reads a share of the fuel or food a country imports as those goods, sent to it', () => {
    expectFigures(family('goods-imported'));
  });
  it('keeps a share of all imports, or a change of trade, as trade', () => {
    expectFigures(family('all-imports'));
  });
});
