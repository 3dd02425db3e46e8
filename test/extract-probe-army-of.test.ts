// The army-of battery: a figure an army is "of" ("the North's army of around 1.1 million") is that
// country's standing force, whatever its sentence says was sent, and a word of vehicles that ends
// the clause after it is a verb ("... trains."), not what is counted. A group "of" a figure ("a
// force of 8,000") stays a body sent, and trains that are counted stay vehicles. In sentences of our
// own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('an army sized by of', [
  [
    'Pyongyang sent about 12,000 troops to Russia, and what they learn may reshape how the North\u2019s army of around 1.1 million trains.',
    '12000 approx person personnel PRK RUS | 1100000 approx person force_size PRK -',
  ],
  [
    'Analysts said Russia\u2019s army of roughly 700,000 trains.',
    '700000 approx person force_size RUS -',
  ],
]);

add('no army sized', [
  ['Pyongyang sent a force of 8,000 to Russia.', '8000 exact person personnel PRK RUS'],
  ['The convoy of about 40 trains left the border yard.', '40 approx vehicle * * *'],
]);

describe('an army of a figure', () => {
  it('reads the figure an army is of as its standing force, a vehicle word after it a verb', () => {
    expectFigures(family('an army sized by of'));
  });
  it('leaves groups sent and counted trains as they were', () => {
    expectFigures(family('no army sized'));
  });
});
