// A base of comparison some years back ("up from roughly 2,500 won two years earlier", "compared
// with about 25 three years ago"): the period the sentence just stated, moved back that many
// years, as "a year earlier" moves it back one; in texts of our own read against a fixed
// publication date (15 June 2025). Each probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a base some years before the period just stated', () => {
  it('moves the month or year just stated back by "N years earlier" or "N years before"', () => {
    expectPeriods(
      periodProbes([
        [
          'A kilo of maize sold for about 5,200 won at markets in Sinuiju in May, up from about 2,100 won two years earlier.',
          'about 2,100 won',
          span('2023-05', '2023-05'),
        ],
        [
          'A kilo of maize sold for about 5,200 won at markets in Sinuiju in May, up from about 2,100 won two years earlier.',
          'about 5,200 won',
          span('2025-05', '2025-05'),
        ],
        [
          'Exports to Russia reached $41 million in 2024, against $12 million three years before.',
          '$12 million',
          span('2021', '2021'),
        ],
        [
          'In April the yard held 80 wagons, compared with 30 four years earlier.',
          '30',
          span('2021-04', '2021-04'),
        ],
      ]),
    );
  });

  it('moves it back by "N years ago" after a base in a sentence that stated it', () => {
    expectPeriods(
      periodProbes([
        [
          'In March, the analysts counted between 60 and 75 railcars in the Khasan yards, compared with about 20 two years ago.',
          'about 20',
          span('2023-03', '2023-03'),
        ],
        [
          'Rice cost 6,900 won a kilo in Hyesan in April, up from 2,500 won three years ago.',
          '2,500 won',
          span('2022-04', '2022-04'),
        ],
      ]),
    );
  });

  it('keeps "N years ago" with no date before it counted from the date of writing', () => {
    expectPeriods(
      periodProbes([
        [
          'Two years ago, North Korea sent about 3,000 workers to Russia.',
          'about 3,000 workers',
          span('2023', '2023'),
        ],
        [
          'Russia took in some 4,000 North Korean workers three years ago.',
          'some 4,000',
          span('2022', '2022'),
        ],
        [
          'Grain exports rose to 64,000 tonnes in May, from 50,000 tonnes a year earlier.',
          '50,000 tonnes',
          span('2024-05', '2024-05'),
        ],
      ]),
    );
  });
});
