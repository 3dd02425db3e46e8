// Market prices and rates of exchange in the North's own won, in sentences of our own: every
// annotator who wrote one since h55 made it a measure of the North's economy (`other`, PRK to no
// one), not the goods it prices; a sum handed out inside the North stays money, and a sum paid
// across the exchange stays a payment.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('prices of goods', [
  ['Maize went for 2,600 won a kilogram in Sinuiju last month.', '2600 exact kpw other PRK -'],
  [
    'In the Hyesan market, a kilogram of diesel cost about 17,500 won in April, up from 12,300 won in January.',
    '17500 approx kpw other PRK - | 12300 exact kpw other PRK -',
  ],
  [
    'Flour was selling for 5,100 won per kg at Chongjin traders’ stalls, a resident said.',
    '5100 exact kpw other PRK -',
  ],
]);

add('rates of exchange', [
  [
    'One yuan fetched roughly 1,450 won in the markets of Rason this spring.',
    '1450 approx kpw other PRK -',
  ],
]);

add('sums that are not prices', [
  [
    'Widows in Hamhung were each handed 800,000 won, a local source said.',
    '800000 exact kpw money PRK -',
  ],
  ['Moscow paid 3 billion North Korean won for the rockets.', '3000000000 exact kpw money RUS PRK'],
]);

describe('prices in the North’s own won', () => {
  it('reads a market price as a measure of the North’s economy, whatever goods it prices', () => {
    expectFigures(family('prices of goods'));
  });

  it('reads what a foreign currency fetches in the markets as a price too', () => {
    expectFigures(family('rates of exchange'));
  });

  it('keeps a sum handed out in the North, or paid across the exchange, as money', () => {
    expectFigures(family('sums that are not prices'));
  });
});
