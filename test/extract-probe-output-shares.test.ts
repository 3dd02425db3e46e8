// The output-shares battery: a share set off by a comma (a quote may open between) right after a
// sum paid to one side, and of that side's output ("national output", "of output"), restates the
// sum: money to the economy it measures, from the other side. A share of the other side's
// output, and shares of the sum itself, keep their reading. In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('share-of-output', [
  [
    'Analysts reckon the deals earned Pyongyang about $6 billion in 2025, "roughly a quarter of national output in one year," he said.',
    '6000000000 approx usd money RUS PRK | 25 approx percent money RUS PRK',
  ],
  [
    'Moscow paid the North some $3.5 billion for shells last year, about 14 percent of national output.',
    '3500000000 approx usd money RUS PRK | 14 approx percent money RUS PRK',
  ],
]);

add('left-as-they-were', [
  [
    'The deals earned Pyongyang about $6 billion in 2025, roughly a quarter of it from shells.',
    '6000000000 approx usd money RUS PRK | 25 approx percent money RUS PRK',
  ],
  [
    'Russia bought about $2 billion of shells from Pyongyang, "roughly a tenth of Russian national output," she said.',
    '2000000000 approx usd money RUS PRK | 10 approx percent other RUS -',
  ],
]);

describe('a share of output set off after a sum', () => {
  it('restates the sum paid to the economy it measures', () => {
    expectFigures(family('share-of-output'));
  });
  it('leaves shares of the sum and of the payer as they were', () => {
    expectFigures(family('left-as-they-were'));
  });
});
