// The fine-fractions battery: a fraction whose denominator is a larger ordinal ("one-sixtieth",
// "a hundredth", "an eighth") is a share in percent, hyphened or not, as "a tenth" already was;
// the same ordinal before a noun ("a sixth year", "the twentieth anniversary") is no figure. In
// sentences of our own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a fine fraction', [
  ["Pyongyang's output is close to one-sixtieth of Japan's.", '1.67 approx percent * * *'],
  ["Russia's share was barely one-fiftieth of the North's trade.", '2 approx percent * * *'],
  ['About one-twentieth of the shells failed to explode.', '5 approx percent * * *'],
  ['Exports to Russia were about a hundredth of its sales to China.', '1 approx percent * * *'],
  [
    "Kim's economy is about a sixth of the size of Moscow's, officials said.",
    '16.67 approx percent * * *',
  ],
  ['An eighth of the rockets fell short, the officer said.', '12.5 exact percent * * *'],
  ['Its trade with Moscow came to one thirtieth of the total.', '3.33 exact percent * * *'],
]);

add('an ordinal before its noun', [
  ['Russia signed the deal for a sixth year in a row.', 'none'],
  ['The satellite was launched on the twentieth anniversary of the treaty.', 'none'],
]);

describe('fractions of larger ordinals', () => {
  it('reads "one-sixtieth", "a hundredth" and "an eighth" as shares in percent', () => {
    expectFigures(family('a fine fraction'));
  });
  it('reads no share in an ordinal that goes before its noun', () => {
    expectFigures(family('an ordinal before its noun'));
  });
});
