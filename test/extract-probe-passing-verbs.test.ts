// The passing-verbs battery: a verb of passing in the present before a figure ("losses now
// exceed 5,200", "would exceed 800,000 barrels", "surpasses $3 billion") bounds it from below,
// as "exceeded" and "tops" already did; a figure the verb does not stand right before keeps its
// own qualifier. In sentences of our own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a present verb of passing', [
  [
    "Kyiv says the North's losses near Kursk now exceed 5,200 killed and wounded.",
    '5200 more_than person * * *',
  ],
  [
    'Were every voyage full, the shipments would exceed 800,000 barrels of diesel.',
    '800000 more_than barrel * * *',
  ],
  ['North Korean casualties now exceed 2,600, Ukraine says.', '2600 more_than person * * *'],
  ['Moscow says its trade with Pyongyang surpasses $3 billion.', '3000000000 more_than usd * * *'],
  [
    'Seoul believes the shells sent to Russia surpass 9 million rounds.',
    '9000000 more_than shell * * *',
  ],
]);

add('a figure the verb does not bound', [
  [
    'The shipments exceed what the treaty allows, and 4,500 troops remain in Russia.',
    '4500 exact person * * *',
  ],
  [
    'Officials said the losses exceed forecasts; about 700 soldiers died.',
    '700 approx person * * *',
  ],
]);

describe('present verbs of passing', () => {
  it('reads "exceed", "exceeds" and "surpass" before a figure as more than it', () => {
    expectFigures(family('a present verb of passing'));
  });
  it('leaves a figure the verb does not stand before as it was', () => {
    expectFigures(family('a figure the verb does not bound'));
  });
});
