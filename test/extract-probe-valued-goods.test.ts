// The valued-goods battery: a sum that "the value of" some goods is put at, or that one kind of
// goods "accounts for", values those goods (oil, food) and takes their kind and usual sides, as
// "worth" already does. Arms so valued stay money, the North's earnings, and goods in a list or
// exports of no one kind keep the reading they had. In sentences of our own, each with every
// claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('value-of', [
  [
    'Analysts put the value of the diesel shipped to North Korea at roughly $40 million.',
    '40000000 approx usd oil RUS PRK',
  ],
  [
    'Investigators estimated the value of the petrol smuggled into the North at $18 million.',
    '18000000 exact usd oil RUS PRK',
  ],
  [
    'The value of the wheat Moscow sent came to about 900 million roubles.',
    '900000000 approx rub food RUS PRK',
  ],
]);

add('part-of-sum', [
  [
    'Customs listed timber, flour and fuel, with fuel alone accounting for 230 million roubles.',
    '230000000 exact rub oil RUS PRK',
  ],
  [
    "Flour accounted for $12 million of Russia's exports to the North.",
    '12000000 exact usd food RUS PRK',
  ],
]);

add('not-one-kind', [
  [
    'Seoul put the value of the shells shipped to Russia at $2 billion.',
    '2000000000 exact usd money RUS PRK',
  ],
  [
    "Russia's sales to the North, mostly flour, sugar and diesel, accounted for $80 million.",
    '80000000 exact usd money RUS PRK',
  ],
  [
    'Russian exports to the North accounted for $60 million of the total.',
    '60000000 exact usd trade RUS PRK',
  ],
  [
    "Russia's exports to North Korea reached $50 million, of which diesel accounted for $20 million.",
    '50000000 exact usd trade RUS PRK | 20000000 exact usd trade RUS PRK',
  ],
  [
    'Pyongyang earned about $500 million from the deal, a value analysts say may rise.',
    '500000000 approx usd money RUS PRK',
  ],
]);

describe('sums that value one kind of goods', () => {
  it('reads the value of fuel or food put at a sum as those goods', () => {
    expectFigures(family('value-of'));
  });
  it('reads a sum one kind of goods accounts for as those goods', () => {
    expectFigures(family('part-of-sum'));
  });
  it('keeps arms, lists of goods, exports and earnings as they were', () => {
    expectFigures(family('not-one-kind'));
  });
});
