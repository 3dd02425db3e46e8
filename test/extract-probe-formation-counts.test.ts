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

// Contingents are formations too: "at least four contingents" counts groups sent, not four people.
add('contingents counted as formations', [
  [
    'The envoy said Minsk had rotated at least four contingents totalling more than 8,600 troops through Serbia.',
    '4 at_least item * * * | 8600 more_than person * * *',
  ],
  ['Hanoi says Vientiane sent two contingents to the border in May.', '2 exact item * * *'],
]);

add('contingents that count nothing', [
  ['The two contingents reached the coast in May.', 'none'],
  ['Three contingents of 1,500 engineers each left in July.', '1500 exact person * * *'],
]);

describe('counts of formations', () => {
  it('reads a small spelled-out count of brigades, battalions, regiments or squadrons', () => {
    expectFigures(family('a small count of formations'));
  });
  it('counts contingents as formations, not as people', () => {
    expectFigures(family('contingents counted as formations'));
  });
  it('reads no count of contingents pointed back to or sized by their people', () => {
    expectFigures(family('contingents that count nothing'));
  });
  it('leaves formations pointed back to, single ones, and other small counts as they were', () => {
    expectFigures(family('no formation counted'));
  });
});
