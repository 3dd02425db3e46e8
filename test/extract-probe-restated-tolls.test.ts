// The restated-tolls battery: a sentence that opens on "that is" or "this was" after a figure of
// losses restates those losses as shares, whether its whole is "those sent" or "everyone sent",
// and a second share joined to the first by "and" restates them too. After a figure of people
// sent, such shares stay a share of the deployment. In sentences of our own, each with every claim
// it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('shares that restate losses', [
  [
    'Seoul puts the total casualties of the North at 7,000. That is nearly 45 percent of everybody deployed.',
    '7000 exact person casualties PRK - | 45 approx percent casualties PRK -',
  ],
  [
    'Kyiv believes 1,800 North Korean soldiers were killed and 5,000 wounded in all. That is about a quarter of all those deployed, and two-fifths of the assault troops.',
    '1800 exact person casualties PRK - | 5000 exact person casualties PRK - | 25 approx percent casualties PRK - | 40 exact percent casualties PRK -',
  ],
]);

add('shares of people sent', [
  [
    'Moscow says 4,000 North Korean workers arrived in May. That is about half of those sent this year.',
    '4000 exact person personnel PRK RUS | 50 approx percent personnel PRK RUS',
  ],
  [
    'Pyongyang has sent some 9,000 builders. That is close to 60 percent of everyone sent so far.',
    '9000 approx person personnel PRK RUS | 60 approx percent personnel PRK RUS',
  ],
]);

describe('tolls restated as shares', () => {
  it('reads shares that open on "that is" after losses, and one joined to them, as the losses', () => {
    expectFigures(family('shares that restate losses'));
  });
  it('leaves such shares after people sent a share of the deployment', () => {
    expectFigures(family('shares of people sent'));
  });
});
