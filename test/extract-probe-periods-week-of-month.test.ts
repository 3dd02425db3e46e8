// "the first week of May" is the month's first seven days and "the last week of May" its last
// seven, also as the end of a span ("between April 3 and the second week of June"); a count of
// such a week is of those days. A month alone, "last week" (the week before writing) and a span
// of whole months keep their readings. In texts of our own read against a fixed publication date
// (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a week of a month', () => {
  it('is its seven days', () => {
    expectPeriods(
      periodProbes([
        [
          'Ukraine’s border guards said Russian units lost about 800 men during the first week of May alone.',
          'about 800 men',
          span('2025-05-01', '2025-05-07'),
        ],
        [
          'Ukraine’s border guards said Russian units lost about 800 men in the last week of April.',
          'about 800 men',
          span('2025-04-24', '2025-04-30'),
        ],
        [
          'Analysts tracked 31 trips by North Korean tankers between April 3 and the second week of June.',
          '31 trips',
          span('2025-04-03', '2025-06-14'),
        ],
        [
          'Analysts tracked 12 trips by North Korean tankers between January 9 and the fourth week of February.',
          '12 trips',
          span('2025-01-09', '2025-02-28'),
        ],
      ]),
    );
  });

  it('leaves a month, last week and whole months as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'Ukraine’s border guards said Russian units lost about 800 men in May.',
          'about 800 men',
          span('2025-05', '2025-05'),
        ],
        [
          'Analysts tracked 31 trips by North Korean tankers between April and June.',
          '31 trips',
          span('2025-04', '2025-06'),
        ],
        [
          'Analysts tracked 31 trips by North Korean tankers between April 3 and the end of May.',
          '31 trips',
          span('2025-04-03', '2025-05'),
        ],
      ]),
    );
  });
});
