// Two days read as one span: a day range of one month ("4-5 May", "May 4-5, 2025") and two
// weekdays joined by "and" or "to" ("on Tuesday and Wednesday") run from the first day to the
// second, also as the days of a toll its own clause names. A single day, a weekday pair that
// would run backwards and a range of months keep their readings. In texts of our own read against
// a fixed publication date (15 June 2025, a Sunday).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('two days read as one span', () => {
  it('runs from the first day to the second', () => {
    expectPeriods(
      periodProbes([
        [
          'On the night of 3–4 May 2025, at least 25 drones crossed into Latvia.',
          'at least 25 drones',
          span('2025-05-03', '2025-05-04'),
        ],
        [
          'Over May 3-4, 2025, at least 25 drones crossed into Latvia.',
          'at least 25 drones',
          span('2025-05-03', '2025-05-04'),
        ],
        [
          'Russian forces lost 70 soldiers near Sudzha on 7-8 June.',
          '70 soldiers',
          span('2025-06-07', '2025-06-08'),
        ],
        [
          'Kyiv said on Saturday that its units had killed 70 Russian soldiers and wounded 90 others on Tuesday and Wednesday.',
          '90',
          span('2025-06-10', '2025-06-11'),
        ],
      ]),
    );
  });

  it('leaves a single day, a backward pair and months as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'Russian forces lost 70 soldiers near Sudzha on 8 June.',
          '70 soldiers',
          span('2025-06-08', '2025-06-08'),
        ],
        [
          'Kyiv said on Saturday that its units had wounded 90 Russian soldiers on Tuesday.',
          '90 Russian soldiers',
          span('2025-06-10', '2025-06-10'),
        ],
        [
          'Analysts tracked 31 trips by North Korean tankers between April and June.',
          '31 trips',
          span('2025-04', '2025-06'),
        ],
        ['The 2024-25 season saw 40 launches.', '40 launches', null],
      ]),
    );
  });
});
