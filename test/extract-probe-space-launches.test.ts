// The space-launches battery: launches counted in a sentence that sets them in space ("three
// satellite launches", "reached orbit after two failed launches") are counted happenings, items,
// not missiles; launches with no word of space, and "missile launches", stay missiles. In
// sentences of our own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('launches into space', [
  [
    'Moscow is thought to have helped with at least three satellite launches.',
    '3 at_least item * * *',
  ],
  [
    'The North finally got a reconnaissance satellite to orbit in 2024, after two failed launches.',
    '2 exact item * * *',
  ],
  [
    'Engineers from the Russian cosmodrome advised on four launches last year.',
    '4 exact item * * *',
  ],
]);

add('launches of missiles', [
  ['Kyiv recorded 16 launches of North Korean missiles in April.', '16 exact missile * * *'],
  ['The air force counted at least 12 missile launches at Odesa.', '12 at_least missile * * *'],
  ['Russia staged 30 launches against the city in May.', '30 exact missile * * *'],
]);

describe('launches into space', () => {
  it('counts launches set in space as items, not missiles', () => {
    expectFigures(family('launches into space'));
  });
  it('keeps launches of missiles, and launches with no word of space, as missiles', () => {
    expectFigures(family('launches of missiles'));
  });
});
