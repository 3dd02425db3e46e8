// The or-more battery: "or more" right after a number is a floor, at least the figure, whether a
// noun follows ("6,300 or more troops") or the noun is borrowed from before ("Kyiv says 6,300 or
// more have gone"), as it was after the noun ("6,300 troops or more"); "or so" stays about it,
// and a measure or a small narrative count with "or more" stays no figure. In sentences of our
// own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a floor after the number', [
  [
    'Lithuania believes 6,300 or more troops have crossed into Russia.',
    '6300 at_least person * * *',
  ],
  [
    'Tokyo puts the contingent at 8,700 soldiers. Kyiv says 6,300 or more have reached the front.',
    '8700 exact person * * * | 6300 at_least person * * *',
  ],
  ['The yard has loaded 250 or more railcars since May.', '250 at_least vehicle * * *'],
]);

add('a floor or a loose figure left as it was', [
  [
    'Lithuania believes 6,300 troops or more have crossed into Russia.',
    '6300 at_least person * * *',
  ],
  ['Lithuania believes 6,300 or so troops have crossed into Russia.', '6300 approx person * * *'],
  ['Some shells landed a mile or more off target.', 'none'],
  ['Two or more officers signed the order.', 'none'],
]);

describe('"or more" after a number', () => {
  it('reads "N or more" as at least N, with its noun or the noun before', () => {
    expectFigures(family('a floor after the number'));
  });
  it('keeps "or more" after the noun, "or so", measures and narrative counts as they were', () => {
    expectFigures(family('a floor or a loose figure left as it was'));
  });
});
