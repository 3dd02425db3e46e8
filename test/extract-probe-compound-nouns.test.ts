// The compound-nouns battery: a hyphened compound whose last piece is a plural counted noun
// ("transporter-erector-launchers", "sub-munitions") counts that noun when no noun follows it; a
// compound that modifies the noun after it ("anti-tank missiles", "high-explosive rounds") goes
// on to that noun as before. In sentences of our own; only the figures are checked (value,
// qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a compound ending in its noun', [
  [
    'Moscow has received about 35 transporter-erector-launchers from Pyongyang, the officials said.',
    '35 approx item * * *',
  ],
  ['Analysts counted 16 sub-munitions at the crater in Sumy.', '16 exact shell * * *'],
  [
    'Russia fielded more than 50 ex-soldiers from Pyongyang, the agency said.',
    '50 more_than person * * *',
  ],
]);

add('a compound before its noun', [
  ['Kyiv said Russia had fired 150 anti-tank missiles from the North.', '150 exact missile * * *'],
  [
    'Pyongyang shipped 90 multiple-rocket launchers to Moscow in the spring.',
    '90 exact item * * *',
  ],
  ['The tankers made 12 ship-to-ship transfers in the Sea of Japan.', '12 exact item * * *'],
  ['The North delivered 400 high-explosive rounds, the monitors said.', '400 exact shell * * *'],
  ['Pyongyang sent 200 Russian-built trucks back to Moscow.', '200 exact vehicle * * *'],
]);

describe('hyphened compounds before a figure’s noun', () => {
  it('counts the plural noun a compound ends in', () => {
    expectFigures(family('a compound ending in its noun'));
  });
  it('goes on to the noun a compound modifies', () => {
    expectFigures(family('a compound before its noun'));
  });
});
