// The vague-parts battery: a vague plural that picks its count out of a whole already named
// ("dozens of the launchers", "hundreds of them", a plural set off in quotes before its "of"), read
// as "nine of them" is, in sentences of our own. Sides that are not this battery's concern are "*".
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a vague plural of a whole it names', [
  [
    'Air defence crews said Moscow had launched dozens of the Iranian missiles at Lviv.',
    '~24 vague missile missiles * *',
  ],
  [
    'Partisans say they have burned hundreds of the rail wagons parked near Tikhoretsk.',
    '~200 vague vehicle * * *',
  ],
  ['Thousands of the regime’s labourers now work on Siberian sites.', '~2000 vague person * * *'],
]);

add('a vague plural of the group just counted', [
  [
    'Kyiv says Moscow has used 75 North Korean rockets so far. Hundreds of them may follow.',
    '75 exact rocket * * * | ~200 vague rocket * * *',
  ],
  [
    'Belarus received 40 artillery shells in the first shipment, and thousands of those followed.',
    '40 exact shell * * * | ~2000 vague shell * * *',
  ],
]);

add('a vague plural in quotes before its "of"', [
  [
    'A Polish minister said Moscow had fired "dozens" of the Iranian missiles at Kharkiv.',
    '~24 vague missile missiles * *',
  ],
  [
    'Kyiv counted 30 ballistic missiles in May, and Tokyo said “dozens” of them had hit cities.',
    '30 exact missile * * * | ~24 vague missile * * *',
  ],
]);

add('near misses: the vague plural counts nothing new', [
  // Nothing before names what "them" stands for.
  ['An envoy claimed Minsk has used "dozens" of them this spring.', 'none'],
  // A share before is no group that "them" can count a part of.
  [
    'Chinese rounds account for roughly 35% of what the crews fire. "We get thousands of them," a loader said.',
    '35 approx percent * * *',
  ],
  // A plain vague plural with its noun after "of" is read as before.
  ['Moscow sent dozens of drones over Odesa on Sunday.', '~24 vague drone * * *'],
]);

describe('vague plurals that count part of a named whole', () => {
  it('reads a vague plural of a whole it names ("dozens of the missiles")', () => {
    expectFigures(family('a vague plural of a whole it names'));
  });
  it('reads a vague plural of the group just counted ("hundreds of them")', () => {
    expectFigures(family('a vague plural of the group just counted'));
  });
  it('reads a vague plural set off in quotes before its "of"', () => {
    expectFigures(family('a vague plural in quotes before its "of"'));
  });
  it('counts nothing where no group stands before, or only a share does', () => {
    expectFigures(family('near misses: the vague plural counts nothing new'));
  });
});
