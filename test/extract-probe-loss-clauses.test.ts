// The loss-clauses battery: a word of loss in another clause of the sentence, that belongs to a
// figure of its own clause (right after that figure's number, or the subject the figure follows),
// does not make people counted in this clause casualties: they stay people sent. A word of loss
// in the figure's own clause still makes it a loss. In sentences of our own, each with every
// claim it should give.
// Probes the engine misreads today are left out:
//   - "Some 3,000 soldiers have been killed or wounded, and 400 more have arrived": a loss with
//     no figure of its own clause near it still reaches the later count.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('loss-of-an-earlier-figure', [
  [
    'The staff said losses had reached about 3,900, including roughly 250 killed, and that between 2,000 and 4,000 reinforcements had arrived in March.',
    '3900 approx person casualties * - | 250 approx person casualties * - | 2000-4000 range person personnel PRK RUS',
  ],
  [
    'Kyiv said 180 soldiers died, and that 1,500 fresh North Korean troops had reached the front.',
    '180 exact person casualties * - | 1500 exact person personnel PRK RUS',
  ],
]);

add('loss-of-a-later-figure', [
  [
    'Pyongyang has sent about 18,000 soldiers to Russia, including some 4,000 builders, and total casualties were well over 5,000.',
    '18000 approx person personnel PRK RUS | 4000 approx person personnel PRK RUS | 5000 more_than person casualties PRK -',
  ],
  [
    'North Korea dispatched 2,500 deminers to Kursk, and losses stood at about 900.',
    '2500 exact person personnel PRK RUS | 900 approx person casualties PRK -',
  ],
]);

add('loss-of-its-own', [
  [
    'North Korea sent 9,000 troops to Kursk, and 1,200 were killed.',
    '9000 exact person personnel PRK RUS | 1200 exact person casualties PRK -',
  ],
  [
    'About 14,000 troops remain, with around 3,600 killed.',
    '14000 approx person personnel PRK RUS | 3600 approx person casualties PRK -',
  ],
  [
    'A brigade of 6,000 men loses a fifth of its strength in a month.',
    '6000 exact person * * * | 20 exact percent casualties * -',
  ],
  [
    'North Korea lost 800 soldiers in March and 1,100 in April.',
    '800 exact person casualties PRK - | 1100 exact person casualties PRK -',
  ],
]);

describe('a word of loss in another clause', () => {
  it('leaves people counted after a loss of an earlier figure a deployment', () => {
    expectFigures(family('loss-of-an-earlier-figure'));
  });
  it('leaves people counted before a loss that is a later figure’s own a deployment', () => {
    expectFigures(family('loss-of-a-later-figure'));
  });
  it('still reads a loss in the figure’s own clause as casualties', () => {
    expectFigures(family('loss-of-its-own'));
  });
});
