// The valued-forces battery: a figure right after a branch of standing forces and "at" ("reckons
// its ground forces at", "estimates its armed forces at") sizes that force, with no receiver,
// even with no other word of standing forces in its sentence. Forces placed abroad before "at", and
// people sent, keep their reading. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a branch of standing forces valued', [
  [
    'The yearbook reckons Pyongyang’s ground forces at around 950,000 soldiers.',
    '950000 approx person force_size PRK -',
  ],
  [
    'Seoul estimates the North’s armed forces at some 1.3 million troops.',
    '1300000 approx person force_size PRK -',
  ],
]);

add('forces placed abroad, or people sent', [
  [
    'Seoul puts the North Korean forces in Kursk at about 11,000 soldiers.',
    '11000 approx person personnel PRK RUS',
  ],
  ['Pyongyang has sent some 3,000 more troops to Russia.', '3000 approx person personnel PRK RUS'],
]);

describe('standing forces valued', () => {
  it('reads a figure after a branch of standing forces and "at" as its size', () => {
    expectFigures(family('a branch of standing forces valued'));
  });
  it('leaves forces placed abroad, and people sent, a deployment', () => {
    expectFigures(family('forces placed abroad, or people sent'));
  });
});
