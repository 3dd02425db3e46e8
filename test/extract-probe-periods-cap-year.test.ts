// A cap on oil that states no rate of its own ("capped at 3.5 million barrels", "the
// half-million-tonne ceiling", "caps it at 3 million barrels, or …, a year") is yearly, as the
// sanctions that set it are, also after a figure of its unit with no rate; it takes no date of
// its sentence nor of the one before. Other figures of oil, a cap with a rate of its own and a
// cap of anything but oil keep their readings. In texts of our own read
// against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const SHIPPED = 'Moscow sent Pyongyang 900,000 barrels of diesel in 2024.';

describe('a cap on oil with no rate of its own', () => {
  it('is yearly', () => {
    expectPeriods(
      periodProbes([
        [
          `${SHIPPED} Until the council acts, the half-million-tonne ceiling means little.`,
          'half-million-tonne',
          span(null, null, 'year'),
        ],
        [
          'The sanctions cap its crude imports at 3 million barrels, or roughly 400,000 tonnes, a year, and most of it comes by pipeline.',
          '3 million barrels',
          span(null, null, 'year'),
        ],
        [
          'In November 2016 the council capped the coal the North may sell at 7 million tonnes, a figure it later cut.',
          '7 million tonnes',
          span(null, null, 'year'),
        ],
        [
          `${SHIPPED} The council has capped crude at 3.5 million barrels since 2017.`,
          '3.5 million barrels',
          span(null, null, 'year'),
        ],
        [
          'North Korea imported 1.2 million barrels of diesel from Russia in 2024, well past the limit of 500,000 barrels.',
          '500,000 barrels',
          span(null, null, 'year'),
        ],
      ]),
    );
  });

  it('leaves a stated rate and figures of oil that are no cap as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'The council caps refined imports at 450,000 barrels every month under the new text.',
          '450,000 barrels',
          span(null, null, 'month'),
        ],
        [SHIPPED, '900,000 barrels', span('2024', '2024')],
        [
          'Tankers now bring the North some 380,000 barrels a month, close to the ceiling of 400,000 barrels.',
          '400,000 barrels',
          // The rate of the figure of its unit before it, ahead of a year.
          span(null, null, 'month'),
        ],
        [
          'Russia capped the count of labourers from the North it admits at 20,000.',
          '20,000',
          null,
        ],
      ]),
    );
  });
});
