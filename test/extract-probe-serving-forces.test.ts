// The serving-forces battery: people a country keeps "on active duty", "in active service" or
// "under arms" are its standing force, whatever noun counts them ("people", "men"), while people a
// verb sends stay a deployment however they are said to serve, and a country's people with no word
// of service stay its population. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('serving', [
  [
    'Pyongyang holds roughly 1.15 million of its people on active duty, a vast army for so poor a state.',
    '1150000 approx person force_size PRK -',
  ],
  [
    'Pyongyang has about 1.3 million men in active service, a think tank in Seoul estimates.',
    '1300000 approx person force_size PRK -',
  ],
  ['Japan keeps some 240,000 people under arms.', '240000 approx person force_size JPN -'],
  [
    'Russia keeps about 1.4 million people on active service.',
    '1400000 approx person force_size RUS -',
  ],
]);

add('not-serving', [
  [
    'Pyongyang sent 2,500 soldiers on active duty to the Kursk front, Kyiv said.',
    '2500 exact person personnel PRK RUS',
  ],
  ['North Korea has 26 million people, most of them poor.', '26000000 exact person other PRK -'],
]);

describe('people a country keeps on active duty', () => {
  it('are its standing force, whatever noun counts them', () => {
    expectFigures(family('serving'));
  });
  it('leaves people a verb sends, and a population, as they were', () => {
    expectFigures(family('not-serving'));
  });
});
