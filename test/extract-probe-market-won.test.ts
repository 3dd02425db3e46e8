// The market-won battery: a price in the North's won by the kilogram is a market price whether
// the won is written bare or named as the North's ("North Korean won"), not the price of a measure
// of goods, which stays no claim in dollars ("$80 a barrel"). In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('named-won-by-the-kilogram', [
  [
    'Maize sold at 3,200 North Korean won per kilogram at the Chongjin market.',
    '3200 exact kpw other PRK -',
  ],
  [
    'At the Hyesan market, flour fetched about 4,800 North Korean won per kilogram, traders said.',
    '4800 approx kpw other PRK -',
  ],
  [
    'Rice cost more than 7,100 North Korean won a kg in Wonsan last week.',
    '7100 more_than kpw other PRK -',
  ],
]);

add('bare-won-and-other-measures', [
  ['Maize sold for 3,200 won a kilogram at the Chongjin market.', '3200 exact kpw other PRK -'],
  ['In Chongjin, a kilogram of maize cost 3,200 North Korean won.', '3200 exact kpw other PRK -'],
  ['Russia sold the diesel at $910 a tonne.', 'none'],
  ['The crude was priced at $64 per barrel.', 'none'],
]);

describe('market prices in the North’s won', () => {
  it('reads a price in North Korean won by the kilogram as a market price', () => {
    expectFigures(family('named-won-by-the-kilogram'));
  });
  it('keeps the bare won by the kilogram and leaves prices of a measure in dollars unread', () => {
    expectFigures(family('bare-won-and-other-measures'));
  });
});
