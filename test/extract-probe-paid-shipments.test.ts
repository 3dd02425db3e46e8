// The paid-shipments battery: a sum that pays for shipments moves the other way to the goods. The
// subject of "paid for the shipments" is the payer, even after a verb of saying, and a verb of
// payment after the sum keeps it a payment though it goes on to name goods or customs records.
// Arms valued stay money; fuel or food valued stays those goods. In sentences of our own.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('payer-of-shipments', [
  [
    'A Ukrainian officer said Moscow paid for the first few shipments in cash, putting the total at about $450 million.',
    '450000000 approx usd money RUS PRK',
  ],
  [
    'Analysts believe the Kremlin paid for the shipments with hard currency, some $380 million in all.',
    '380000000 approx usd money RUS PRK',
  ],
  [
    'Moscow paid for the later shipments with grain and dollars, some $210 million by one count.',
    '210000000 approx usd money RUS PRK',
  ],
]);

add('paid-after-the-sum', [
  [
    'Pyongyang has sent Russia thousands of crates of rounds. One scholar in Daejeon reckons the shipments brought the North more than $3bn, settled with dollars and with fuel that customs data miss.',
    '~2000 vague container munitions PRK RUS | 3000000000 more_than usd money RUS PRK',
  ],
  [
    'The deliveries were worth about $900 million to Pyongyang, paid in goods that never appear in customs data.',
    '900000000 approx usd money RUS PRK',
  ],
]);

add('near-misses', [
  [
    'Russia shipped 40,000 tonnes of barley to North Korea. The shipments were worth about $11 million.',
    '40000 exact tonne food RUS PRK | 11000000 approx usd food RUS PRK',
  ],
  [
    'North Korea exported goods worth $60 million to Russia last year.',
    '60000000 exact usd trade PRK RUS',
  ],
]);

describe('payment for shipments', () => {
  it('reads the subject of "paid for the shipments" as the payer', () => {
    expectFigures(family('payer-of-shipments'));
  });
  it('keeps a sum paid in goods a payment, whatever customs records follow', () => {
    expectFigures(family('paid-after-the-sum'));
  });
  it('leaves fuel or food valued, and goods exported, as they were', () => {
    expectFigures(family('near-misses'));
  });
});
