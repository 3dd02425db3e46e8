// The unit-clauses battery: a standing unit sized in a clause of its own (", which has 25,000
// soldiers"), even with hearsay between "which" and the verb (", which officials in Tokyo think
// has"), is a force, not the people sent from it. A clause whose verb sends or loses people keeps
// them a deployment or a loss. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a unit sized after "which"', [
  [
    'Most of the men are drawn from the 9th Corps, which has about 25,000 soldiers.',
    '25000 approx person force_size * -',
  ],
  [
    'The volunteers come from the Lightning Brigade, which officials in Tokyo think has some 6,000 troops.',
    '6000 approx person force_size * -',
  ],
  [
    'North Korea sent 7,000 soldiers to Russia; many belong to a special division, which analysts say numbers roughly 18,000 men.',
    '7000 exact person personnel PRK RUS | 18000 approx person force_size * -',
  ],
]);

add('unit clauses that send or lose people', [
  [
    'The 9th Corps, which has sent 4,000 soldiers to Russia, is the North’s best.',
    '4000 exact person personnel PRK RUS',
  ],
  [
    'The brigade, which Kyiv says has lost 900 soldiers, was pulled back.',
    '900 exact person casualties * -',
  ],
  [
    'Pyongyang sent 2,500 sappers, which Seoul says has angered Kyiv, to the Kursk region.',
    '2500 exact person personnel PRK RUS',
  ],
]);

describe('a standing unit sized in a clause of its own', () => {
  it('reads the figure a unit "has" after ", which" and hearsay as a force size', () => {
    expectFigures(family('a unit sized after "which"'));
  });
  it('leaves people such a clause sends or loses as they were', () => {
    expectFigures(family('unit clauses that send or lose people'));
  });
});
