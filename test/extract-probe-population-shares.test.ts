// The population-shares battery: a share "of the population" (or "of its population") measures
// the country whose people it counts, `other`, to no one: the country named before it, else the
// economy the text speaks of; not the goods or the people sent that its sentence also names.
// Shares of other groups keep their reading. In sentences of our own, each with every claim it
// should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('share-of-population', [
  [
    'Russian ships brought grain to Rajin in May; aid agencies say some 35 percent of the population is short of food.',
    '35 approx percent other PRK -',
  ],
  [
    'Aid workers reckon that roughly a quarter of North Korea’s population is short of food.',
    '25 approx percent other PRK -',
  ],
]);

add('left-as-they-were', [
  ['Some 60% of the troops sent to Russia were wounded.', '60 approx percent casualties PRK -'],
  ["Beijing took 96 percent of the North's commerce in 2023.", '96 exact percent trade PRK CHN'],
]);

describe('a share of the population', () => {
  it('measures the country whose people it counts', () => {
    expectFigures(family('share-of-population'));
  });
  it('leaves shares of other wholes as they were', () => {
    expectFigures(family('left-as-they-were'));
  });
});
