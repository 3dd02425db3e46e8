// The people-countries battery: a count of people is a country's own standing force only when the
// country names the people or owns them; a country that is only the audience of the statement
// ("told Russian journalists that …") or a place people passed through ("rotated through Russia")
// owns none of them, and the people stay a deployment along their flow. In sentences of our own,
// each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "Speaking to Russian correspondents, the minister said the brigade would bring 3,000
//     workers": an audience in an opening participle's phrase is still read as the workers' own.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('audience', [
  [
    'Lavrov told Russian journalists that the team would include 700 deminers and 2,500 builders.',
    '700 exact person personnel PRK RUS | 2500 exact person personnel PRK RUS',
  ],
  [
    'The minister told Russian reporters on Friday that the unit would number about 900 engineers.',
    '900 approx person personnel PRK RUS',
  ],
]);

add('passed-through', [
  [
    'Some 8,000 soldiers have rotated through Russia, and since the spring they have been joined by hundreds of deminers.',
    '8000 approx person personnel PRK RUS | ~200 vague person personnel PRK RUS',
  ],
  [
    'Around 6,000 soldiers moved through Russia this year, and they were joined by 400 engineers.',
    '6000 approx person personnel PRK RUS | 400 exact person personnel PRK RUS',
  ],
]);

add('owners-kept', [
  ['Russia has more than 700,000 troops in the field.', '700000 more_than person force_size RUS -'],
  [
    'The deal would free up several thousand Russian soldiers for the offensive.',
    '~2000 vague person force_size RUS -',
  ],
  [
    'Russian media said Moscow keeps about 6,000 reservists in the region.',
    '6000 approx person force_size RUS -',
  ],
]);

describe('whose people a count is', () => {
  it('reads no country whose journalists or reporters heard the figure as the people’s own', () => {
    expectFigures(family('audience'));
  });
  it('reads a country people passed through as a place, not as their own force', () => {
    expectFigures(family('passed-through'));
  });
  it('still reads people a country has, names or keeps as its force', () => {
    expectFigures(family('owners-kept'));
  });
});
