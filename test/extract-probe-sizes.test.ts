// The sizes battery: a bare figure that a measure of length, area or time follows ("15 nautical
// miles", "about 300 metres", "for 40 days") is a size or a span, not a count of the noun named
// before it; a bare figure that counts that noun ("and about 40 more", "2,000 a day") still does.
// In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('measure-after-a-bare-figure', [
  ['A Russian tanker lay about 14 nautical miles east of Rajin.', 'none'],
  ['Satellites caught a tanker roughly 9 miles off Chongjin on Sunday.', 'none'],
  ['The freighter moored some 250 metres from a North Korean tanker.', 'none'],
  ['The convoy of trucks stopped about 30 km short of the border.', 'none'],
  [
    'North Korea sent 3,000 more workers to Russia, who trained for about 20 days.',
    '3000 exact person personnel PRK RUS',
  ],
  ['Imagery showed a tanker at the pier for 11 hours and a second ship nearby.', 'none'],
]);

add('bare-figure-still-counting', [
  [
    'Russia delivered 300 tanks and about 40 more in May.',
    '300 exact vehicle weapons * * | 40 approx vehicle weapons * *',
  ],
  [
    'Russian gunners fire about 9,000 shells a day and sometimes 12,000 a day.',
    '9000 approx shell munitions RUS UKR | 12000 exact shell munitions RUS UKR',
  ],
]);

describe('sizes and spans after a bare figure', () => {
  it('reads a bare figure a measure of length, area or time follows as no count', () => {
    expectFigures(family('measure-after-a-bare-figure'));
  });
  it('still reads a bare figure that counts the noun before it', () => {
    expectFigures(family('bare-figure-still-counting'));
  });
});
