// A "since then" that closes a figure's clause opens a running total at the date the text last
// named: a month or a year named alone is where it opens, and after a span it opens with the
// month (or year) that follows the span, as "more since then" counts what came after it. A
// "Since then," that opens its sentence, which annotators leave undated, changes nothing, nor does
// a "since then" in a later clause, past a comma. In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a "since then" that closes the figure\'s clause', () => {
  it('opens at a month or year the sentence before named', () => {
    expectPeriods(
      periodProbes([
        [
          'Flights between Khabarovsk and Pyongyang resumed in April 2024. Around 2,600 passengers have flown the route since then, the airline says.',
          'Around 2,600 passengers',
          span('2024-04', null),
        ],
        [
          'The ferry line to Rajin opened in 2023. Some 800 Chinese traders have used it since then.',
          'Some 800 Chinese traders',
          span('2023', null),
        ],
        [
          'Russia opened a hiring office in Pyongyang in September 2024. Nearly 6,500 workers have gone north to Russia since then, a ministry official said.',
          'Nearly 6,500 workers',
          span('2024-09', null),
        ],
      ]),
    );
  });

  it('opens after a span the sentence before named, for what came since', () => {
    expectPeriods(
      periodProbes([
        [
          'Pyongyang sent about 4,000 gunners in March and April. Another 1,200 are believed to have come since then, officials in Seoul said.',
          '1,200',
          span('2025-05', null),
        ],
        [
          'Some 700 welders reached Vladivostok between 2021 and 2023. About 300 more have gone there since then.',
          'About 300 more',
          span('2024', null),
        ],
      ]),
    );
  });

  it('leaves an opening "Since then," and one in a later clause as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'Ukraine pushed into Bryansk on May 2. Since then, Moscow has moved about 30,000 troops to the area, officials said.',
          'about 30,000 troops',
          null,
        ],
        [
          'About 5,000 tourists visited Wonsan in July 2024, and bookings have climbed since then.',
          'About 5,000 tourists',
          span('2024-07', '2024-07'),
        ],
        [
          'The port reopened in March 2024. About 90 ships docked in May, and the line has grown since then.',
          'About 90 ships',
          span('2025-05', '2025-05'),
        ],
      ]),
    );
  });
});
