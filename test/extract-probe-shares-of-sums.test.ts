// The shares-of-sums battery: a share whose whole refers back to a sum of money ("80 percent of
// it", "of the total", "of that sum") is a share of that sum, with its kind and sides, whatever
// goods or arms its subject names, and even where it opens a new paragraph after the sum. The
// figures stated after such a share in its sentence ("and 3 million shells went by rail") keep
// their own kind and do not lend it theirs. A share of goods, or one after a figure that is no sum, is left as it was. In
// sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('share-of-it', [
  [
    'Loggers sent to Siberia are paid about $650 a month, but the regime takes as much as 85 percent of it.',
    '650 approx usd money RUS PRK | 85 up_to percent money RUS PRK',
  ],
  [
    'Moscow pays every North Korean welder some $900 a month. "The men keep perhaps 15 percent of it," a foreman said.',
    '900 approx usd money RUS PRK | 15 approx percent money RUS PRK',
  ],
]);

add('share-of-the-total-after-a-break', [
  [
    'North Korea earned roughly $11 billion from its dealings with Moscow in 2024, a Seoul institute said.\n\nShells and rockets accounted for about 55 percent of that sum, by the count of the institute.',
    '11000000000 approx usd money RUS PRK | 55 approx percent money RUS PRK',
  ],
  [
    'Pyongyang took in about $8 billion from Russia last year, researchers estimate.\n\nMunitions made up some 60 percent of the total, and 3 million shells went by rail.',
    '8000000000 approx usd money RUS PRK | 60 approx percent money RUS PRK | 3000000 exact shell munitions PRK RUS',
  ],
]);

add('shares-left-alone', [
  [
    'Russia shipped 30,000 tonnes of wheat to the North. About 20 percent of it was spoiled.',
    '30000 exact tonne food RUS PRK | 20 approx percent food RUS PRK',
  ],
  [
    'North Korea has sent 9 million shells to Russia. Roughly a third of them fail to fire.',
    '9000000 exact shell munitions PRK RUS | 33.33 approx percent munitions PRK RUS',
  ],
]);

describe('shares of a sum', () => {
  it('reads a share of "it" after a sum as a share of that sum', () => {
    expectFigures(family('share-of-it'));
  });
  it('reads a share of the total opening a paragraph as a share of the sum before', () => {
    expectFigures(family('share-of-the-total-after-a-break'));
  });
  it('leaves shares of goods and arms with the goods and arms', () => {
    expectFigures(family('shares-left-alone'));
  });
});
