// The own-budgets battery: a budget sized with its year between the noun and the sum, a sum a
// government "has budgeted", and a price "costing" a sum are the country's own outlay, `other`,
// paid to no one; a sum in yen is Japan's when no country stands before it. A price takes a
// country after it only from the source its sentence cites, not from a clause where a country
// shares or pays. A budgeted sum for another country's goods stays a payment. In sentences of our
// own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('budgets-with-a-year', [
  [
    "Seoul's defence budget for 2026 stands at a record 66 trillion won.",
    '66000000000000 exact krw other KOR -',
  ],
  [
    "Britain's military budget for fiscal 2024 reached about $80 billion.",
    '80000000000 approx usd other GBR -',
  ],
  [
    'Tokyo is worried by the launches. The cabinet has budgeted 9.9 trillion yen for defence next year.',
    '9900000000000 exact jpy other JPN -',
  ],
  [
    'Threats from Beijing and Pyongyang weigh on planners. The government budgets 7.2 trillion yen for the forces.',
    '7200000000000 exact jpy other JPN -',
  ],
]);

add('prices-with-no-payer', [
  [
    'The new terminal is costing roughly 4 billion roubles, split between Moscow and Pyongyang.',
    '4000000000 approx rub other - -',
  ],
  [
    'One such missile costs Western armies about $1.2 million, according to Hale, far more than what Russia pays.',
    '1200000 approx usd other - -',
  ],
  [
    'The port upgrade will cost some 3 billion roubles, the Russian transport ministry said.',
    '3000000000 approx rub other RUS -',
  ],
]);

add('payments-that-stay', [
  [
    'Moscow has budgeted $900 million for North Korean artillery rounds.',
    '900000000 exact usd money RUS PRK',
  ],
  ['The rounds cost Russia about $1.5 billion.', '1500000000 approx usd money RUS PRK'],
]);

describe('budgets and prices of a country’s own', () => {
  it('reads a budget with its year, or a sum budgeted, as the country’s own outlay', () => {
    expectFigures(family('budgets-with-a-year'));
  });
  it('gives a price no payer from a clause that shares or pays it', () => {
    expectFigures(family('prices-with-no-payer'));
  });
  it('leaves sums budgeted for another country’s goods and prices with a payer as payments', () => {
    expectFigures(family('payments-that-stay'));
  });
});
