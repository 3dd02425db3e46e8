// The described-nations battery: a nation a sentence describes without naming it ("a big sum for
// a state whose income", "for a country whose exports") is the one the money before it went
// to, else the exchange's other side from the country last named; its income, growth and
// whole trade are that economy's. A country named with its own measure keeps it. In sentences of
// our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('described-economy', [
  [
    'The North has taken in roughly $12 billion from its dealings with Moscow. That is a vast sum for a state whose national income was put at roughly $27 billion, and which grew by 2.9 percent.',
    '12000000000 approx usd money RUS PRK | 27000000000 approx usd other PRK - | 2.9 exact percent other PRK -',
  ],
  [
    'The Kremlin may be handing over some $2,500 per worker each month. That is a great deal for a country whose recorded exports came to about $280 million in 2023.',
    '2500 approx usd money RUS PRK | 280000000 approx usd trade PRK -',
  ],
]);

add('named-economies-stay', [
  [
    'The North has taken in roughly $12 billion from Moscow. South Korea, a country whose economy grew 2 percent, watches closely.',
    '12000000000 approx usd money RUS PRK | 2 exact percent other KOR -',
  ],
]);

describe('a nation described, not named', () => {
  it('is the receiver of the money before, or the exchange’s other side', () => {
    expectFigures(family('described-economy'));
  });
  it('leaves an economy named beside its measure as it is', () => {
    expectFigures(family('named-economies-stay'));
  });
});
