// The valued-at battery: a bare figure that a source "puts" a group or a count at ("Tokyo puts
// deployment at 9,000", "put the number shipped during 2023 at 75") counts the people of
// the group, or the noun last counted, in sentences of our own. Sides are not its concern: "*".
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a group of people sent, valued at a figure', [
  [
    'Pyongyang troops reach the front, Kyiv says; Tokyo puts deployment at 9,000',
    '9000 exact person personnel * *',
  ],
  ['Tokyo puts the contingent at about 4,000.', '4000 approx person personnel * *'],
  ['British officials put their detachment at some 600.', '600 approx person personnel * *'],
]);

add('a count valued past the year it is dated by', [
  [
    'Russia has fired 40 missiles since January. Kyiv counts the number shipped to Belarus during 2025 at 96.',
    '40 exact missile missiles * * | 96 exact missile missiles * *',
  ],
  [
    'Moscow took delivery of 70 howitzers in the spring. Analysts put the number shipped in 2024 at 130.',
    '70 exact item * * * | 130 exact item * * *',
  ],
]);

add('near misses: nothing valued is counted', [
  // A standing unit is not a group sent: its size is not read.
  ['The corps was put at 30,000.', 'none'],
  // A figure of the year itself is no count.
  ['Kyiv put the start of the transfers in 2023.', 'none'],
  // Another number between the noun and the figure stops the look-back.
  [
    'Russia has fired 40 missiles. Kyiv put the number of 152mm rounds at 3 million.',
    '40 exact missile missiles * * | 3000000 exact shell munitions * *',
  ],
]);

describe('figures a source puts a group or a count at', () => {
  it('reads a group of people sent valued at a bare figure as its people', () => {
    expectFigures(family('a group of people sent, valued at a figure'));
  });
  it('reads a count valued past the year its noun is dated by', () => {
    expectFigures(family('a count valued past the year it is dated by'));
  });
  it('reads no count where nothing valued is counted', () => {
    expectFigures(family('near misses: nothing valued is counted'));
  });
});
