// The hedged-vague battery: a hedge before a vague plural ("perhaps tens of thousands", "some
// hundreds of") leaves it vague, as the spec writes vague amounts; a bound before one ("at least
// dozens") is kept, and a hedge before a plain figure is an approximation as before. In sentences
// of our own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a hedged vague plural', [
  [
    'The Kremlin could see possibly tens of thousands of conscripts from Pyongyang.',
    '~20000 vague person * * *',
  ],
  [
    'Kyiv said some hundreds of soldiers from the North had been killed.',
    '~200 vague person * * *',
  ],
  ['Pyongyang has sent roughly several thousand workers to Russia.', '~2000 vague person * * *'],
]);

add('a bound or a plain figure', [
  [
    'Moscow has launched at least dozens of missiles made in the North.',
    '~24 at_least missile * * *',
  ],
  ['Moscow has launched about 60 missiles made in the North.', '60 approx missile * * *'],
  ['Pyongyang sent perhaps 3,000 more workers.', '3000 approx person * * *'],
]);

describe('hedges before vague plurals', () => {
  it('leaves a hedged vague plural vague', () => {
    expectFigures(family('a hedged vague plural'));
  });
  it('keeps a bound over a vague plural, and a hedge over a plain figure', () => {
    expectFigures(family('a bound or a plain figure'));
  });
});
