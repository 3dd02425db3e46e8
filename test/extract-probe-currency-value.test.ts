// The currency-value battery: a share of "its value" that a currency named in its clause lost
// ("the rouble shed 30% of its value") measures that currency's economy, `other`, of the country
// named with the currency or its home (lexicon `currencyHomes`), else the economy the text speaks
// of; not the trade or the prices its sentence also names. A share of the value of goods or of
// trade keeps its reading. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('currency-named', [
  [
    'The Russian rouble shed about 35 percent of its value in 2022, as sanctions cut its sales of gas and coal abroad.',
    '35 approx percent other RUS -',
  ],
  ['The rouble lost 30% of its value in 2022.', '30 exact percent other RUS -'],
  [
    'Beijing let the yuan give up about 4 percent of its value over the summer.',
    '4 approx percent other CHN -',
  ],
]);

add('economy-spoken-of', [
  [
    "North Korea's markets are jittery. The won has shed about 60 percent of its value since 2023.",
    '60 approx percent other PRK -',
  ],
]);

add('left-as-they-were', [
  ["Russia's exports lost 30% of their value.", '30 exact percent trade RUS -'],
  ['The Russian rouble fell 12 percent against the dollar.', '12 exact percent other RUS -'],
]);

describe('a currency that loses value', () => {
  it('measures the economy of the country named with the currency, or its home', () => {
    expectFigures(family('currency-named'));
  });
  it('measures the economy the text speaks of when the currency names no country', () => {
    expectFigures(family('economy-spoken-of'));
  });
  it('leaves a share of the value of trade as it was', () => {
    expectFigures(family('left-as-they-were'));
  });
});
