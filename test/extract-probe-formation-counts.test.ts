// The formation-counts battery: a small spelled-out count of military formations ("three
// brigades", "four squadrons") is a figure, where a small count of other things ("two systems")
// stays narrative; "the two brigades" points back to formations already told of, "three
// battalions of 600 marines" is sized by its people and "drawn from four regiments" names where
// people came from: none of these is a figure. In sentences of our own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a small count of formations', [
  [
    'Pyongyang is sending close to 9,000 soldiers, split into three brigades, to the Russian front.',
    '9000 approx person * * * | 3 exact item * * *',
  ],
  ['Two battalions crossed into Russia from the North in March.', '2 exact item * * *'],
  [
    'Algeria agreed to buy six Su-35 squadrons from Moscow, the ministry said.',
    '6 exact item * * *',
  ],
  ['Seven regiments were moved up to the Kursk line over the winter.', '7 exact item * * *'],
]);

add('no formation counted', [
  ['The two brigades fought side by side near Sudzha.', 'none'],
  ['Russia sent two systems in May, and the North built three more.', 'none'],
  ['One brigade stayed behind in Pyongyang.', 'none'],
  ['Moscow sent three battalions of 600 marines each to the island.', '600 exact person * * *'],
  ['The new unit was drawn from four regiments, the report said.', 'none'],
  ['Moscow moved 14 brigades to the border, officials said.', '14 exact item * * *'],
]);

describe('counts of formations', () => {
  it('reads a small spelled-out count of brigades, battalions, regiments or squadrons', () => {
    expectFigures(family('a small count of formations'));
  });
  it('leaves formations pointed back to, single ones, and other small counts as they were', () => {
    expectFigures(family('no formation counted'));
  });
});
