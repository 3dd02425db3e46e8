// The spelled-rates battery: a small spelled-out count with a rate after it ("about six a day",
// "one tanker a month") is a figure, the rate's noun borrowed from its subject where it has none;
// a single thing with no rate ("One soldier tried to flee") and a small count of a noun not
// counted ("three shifts a day") stay narrative. In sentences of our own; only the figures are
// checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a spelled-out rate', [
  ['Trucks crossing the bridge averaged about six a day in May.', '6 approx vehicle * * *'],
  ['Back then the yard had one train a day, a railwayman said.', '1 exact vehicle * * *'],
  ['Russia now sends one tanker a month to Rajin.', '1 exact vehicle * * *'],
]);

add('narrative small counts', [
  ['One soldier tried to flee, the agency said.', 'none'],
  ['One train in the images carried tanks.', 'none'],
  ['The factory runs three shifts a day.', 'none'],
]);

describe('rates spelled out', () => {
  it('reads a small spelled-out count with a rate as a figure', () => {
    expectFigures(family('a spelled-out rate'));
  });
  it('leaves a single thing, and a count of a noun not counted, as narrative', () => {
    expectFigures(family('narrative small counts'));
  });
});
