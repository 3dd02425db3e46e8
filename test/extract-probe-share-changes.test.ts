// The share-changes battery: a fraction a change reaches ("fell to a third") or goes by ("raise
// output by a quarter") is a share even without "of", in sentences of our own. Categories and
// sides are not this battery's concern ("*").
// Probes the engine misreads today are left out:
//   - "Russia cut its fuel deliveries to the North by half in 2024.": the verb stands more than six
//     words before "by", past the reach of the look-back.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a fraction a change reaches', [
  [
    'The North Korean share of Russian artillery fire fell to a third in March.',
    '33.33 exact percent * * *',
  ],
  [
    'Pyongyang share of shells fired drops to a quarter as stocks dwindle',
    '25 exact percent * * *',
  ],
  [
    "The North's share of Russia's imported rounds has fallen to a fifth, Kyiv says.",
    '20 exact percent * * *',
  ],
  ['Its share of the fuel trade rose to two-thirds last year.', '66.67 exact percent * * *'],
]);

add('a fraction a change goes by', [
  [
    'Kim ordered the works to lift its shell production by a third before December.',
    '33.33 exact percent * * *',
  ],
  ['The factory has boosted production by half since the spring.', '50 exact percent * * *'],
  ['Russia cut fuel deliveries by a quarter in 2024.', '25 exact percent * * *'],
]);

add('near misses: an ordinal or a time is no share', [
  ['The talks fell to a third round of haggling.', 'none'],
  ['The shells were later bought by a third country.', 'none'],
  ['The first half of September was quiet at the port.', 'none'],
  ['Output rose for a third year in a row.', 'none'],
]);

describe('shares a change reaches or goes by', () => {
  it('reads a fraction after "fell to" as a share', () => {
    expectFigures(family('a fraction a change reaches'));
  });
  it('reads a fraction after "raise … by" as a share', () => {
    expectFigures(family('a fraction a change goes by'));
  });
  it('reads no share in an ordinal or a time', () => {
    expectFigures(family('near misses: an ordinal or a time is no share'));
  });
});
