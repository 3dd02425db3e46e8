// The hedges battery: words that put a figure near a value without bounding it ("approaching",
// "nearing", "barely") are approximations, as "nearly" is; in sentences of our own. Sides and
// categories that are not this battery's concern are "*".
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a figure a hedge puts near a value', [
  [
    'By August the North Korean share of the rounds fired was approaching 60%.',
    '60 approx percent * * *',
  ],
  ['Officials say the contingent is now approaching 14,000 troops.', '14000 approx person * * *'],
  [
    'The share of shells from Pyongyang is nearing 40 percent, Kyiv says.',
    '40 approx percent * * *',
  ],
  ['Its exports to Russia reached barely $2 million in 2024.', '2000000 approx usd * * *'],
  [
    '"Nine thousand soldiers is barely 2 percent of its army," the analyst said.',
    '9000 exact person * * * | 2 approx percent * * *',
  ],
]);

add('near misses: the bounds and plain figures stay as they were', [
  ['The North has sent nearly 12,000 troops to Russia.', '12000 approx person * * *'],
  ['The North has sent just under 12,000 troops to Russia.', '12000 less_than person * * *'],
  ['The North has sent 12,000 troops to Russia.', '12000 exact person * * *'],
  ['The North has sent more than 12,000 troops to Russia.', '12000 more_than person * * *'],
]);

describe('hedges of a figure', () => {
  it('reads "approaching", "nearing" and "barely" as approximations', () => {
    expectFigures(family('a figure a hedge puts near a value'));
  });
  it('keeps the bounds and plain figures', () => {
    expectFigures(family('near misses: the bounds and plain figures stay as they were'));
  });
});
