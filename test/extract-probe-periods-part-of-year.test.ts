// A year named before a figure, and a part of that year named after it in the figure's own
// clause ("sales kept up this year, with $300 million booked in the first quarter of the
// year"): the figure covers the part, the narrower span. A part of another year, a date past a
// comma, and a year with no part after it keep their readings. In texts of our own read against
// a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a part of a year named after the figure', () => {
  it('narrows the year named before it', () => {
    expectPeriods(
      periodProbes([
        [
          'Thai customs data show that border trade with Laos held up this year, with $410 million of goods crossing in the first quarter of the year.',
          '$410 million',
          span('2025-01', '2025-03'),
        ],
        [
          'Port records show that fish exports to Japan grew strongly in 2024, with 82,000 tonnes shipped in the second half of the year.',
          '82,000 tonnes',
          span('2024-07', '2024-12'),
        ],
        [
          'Customs figures suggest coal sales to Vietnam slowed last year, with $95 million recorded in the final quarter of 2024.',
          '$95 million',
          span('2024-10', '2024-12'),
        ],
        [
          'Officials said wheat deliveries to Egypt climbed this year, with 640,000 tonnes landed in the first five months of the year.',
          '640,000 tonnes',
          span('2025-01', '2025-05'),
        ],
      ]),
    );
  });

  it('leaves another year, a date past a comma and a lone year as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'Thai customs data show that border trade with Laos held up this year, with $410 million of goods crossing so far.',
          '$410 million',
          span('2025', '2025'),
        ],
        [
          'Port records show that fish exports to Japan grew strongly in 2024, with 82,000 tonnes shipped.',
          '82,000 tonnes',
          span('2024', '2024'),
        ],
        [
          'Port records show that fish exports to Japan fell in 2024, to 82,000 tonnes, after a strong first half of 2023.',
          '82,000 tonnes',
          span('2024', '2024'),
        ],
      ]),
    );
  });
});
