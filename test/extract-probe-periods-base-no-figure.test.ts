// A date right after "as" or "than" ("twice as many arrivals as in 2022", "18 percent more than
// in February", "more than a year before") is the time a figure is compared with, though no
// figure of that time is stated: it dates neither the figure before it nor a part counted after
// it. A bound of a figure ("as many as 5,000 labourers in 2022") still takes the date after it.
// In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a date compared with, with no figure of its own', () => {
  it('dates neither the figure nor a part counted after it', () => {
    expectPeriods(
      periodProbes([
        [
          'Russian border records show 9,400 North Korean workers arriving in 2024, twice as many arrivals as in 2022, and 4,100 of them said they came to study.',
          '4,100 of them',
          span('2024', '2024'),
        ],
        [
          'Russian border records show 9,400 North Korean workers arriving in 2024, more than a year before, and 4,100 of them said they came to study.',
          '4,100 of them',
          span('2024', '2024'),
        ],
        [
          'Exports to Russia reached $140 million in March, the best month of the year and 18 percent more than in February.',
          '18 percent',
          span('2025-03', '2025-03'),
        ],
        [
          'Rajin sent 52 ships to Vostochny in 2024, far more than in 2023, and 30 of them flew Russian flags.',
          '30 of them',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('leaves a bound of a figure and a base with a figure as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia took in as many as 5,000 North Korean labourers in 2022, officials said.',
          '5,000 North Korean labourers',
          span('2022', '2022'),
        ],
        [
          'North Korea sent more than 3,000 troops to Russia in March, the ministry said.',
          '3,000 troops',
          span('2025-03', '2025-03'),
        ],
        [
          'Trade with Russia rose to $48 million in 2024 from $31 million a year earlier.',
          '$31 million',
          span('2023', '2023'),
        ],
        [
          'Exports to Russia reached $140 million in March, 18 percent more than in February.',
          '$140 million',
          span('2025-03', '2025-03'),
        ],
      ]),
    );
  });
});
