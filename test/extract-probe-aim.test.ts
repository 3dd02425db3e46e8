// The aim battery: a bare share of weapons that "hit what they were aimed at" is their accuracy,
// as one that "missed their targets" is: missiles fired by Russia at Ukraine when no figure before
// names them. "Aimed at" that goes on to name what a measure is for is no weapon's aim. In
// sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('hit-what-aimed-at', [
  [
    'Of the missiles fired in March, about 40% hit what they were aimed at.',
    '40 approx percent missiles RUS UKR',
  ],
  [
    'Of the first salvo, only about 15% hit what they were aimed at, the officer said.',
    '15 approx percent missiles RUS UKR',
  ],
  ['Now roughly half hit their targets, the officer said.', '50 approx percent missiles RUS UKR'],
  [
    'Only about a quarter of the drones reached what they were aimed at.',
    '25 approx percent weapons RUS UKR',
  ],
]);

add('aimed-at-a-purpose', [
  ['The new rules, aimed at North Korea, cut the quota by 30%.', '30 exact percent other * *'],
  [
    'Officials said measures aimed at slowing inflation had cut prices by 10%.',
    '10 exact percent other * *',
  ],
]);

describe('aim of weapons', () => {
  it('reads a bare share that hit what it was aimed at as the accuracy of missiles fired at Ukraine', () => {
    expectFigures(family('hit-what-aimed-at'));
  });
  it('reads "aimed at" followed by what a measure is for as no weapon’s aim', () => {
    expectFigures(family('aimed-at-a-purpose'));
  });
});
