// A "since" after a superlative marks a record ("the quickest rise since 2015", "its busiest month
// since the spring", ", highest since 2018"), not the opening of a running total: the figure
// beside it takes no start from it. "that year" right before a figure in the clause of a later
// verb ("and set output for that year at …") is the one year its sentence named before it, not a
// period carried from the sentences before, nor the year of a record. A "since" with no
// superlative before it still opens a running total, and "that year" with no closed date before it
// in the sentence, or only a span of years, dates nothing. In texts of our own read against a fixed publication date (15
// June 2025). Each probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a record\'s "since"', () => {
  it('opens no running total after a superlative, with or without an article', () => {
    expectPeriods(
      periodProbes([
        [
          'Mongolia sold Russia $640 million of coal, the fastest rise since 2016, its customs office said.',
          '$640 million',
          null,
        ],
        [
          'Exports of timber to Japan climbed to $85 million, highest since 2012.',
          '$85 million',
          null,
        ],
        [
          'Freight through the port is running at its briskest pace since the autumn, carrying 140 wagons a day.',
          '140 wagons a day',
          span(null, null, 'day'),
        ],
      ]),
    );
  });

  it('still opens a running total with no superlative before it', () => {
    expectPeriods(
      periodProbes([
        [
          'Vietnam has sold Russia 30,000 tonnes of rice since 2022.',
          '30,000 tonnes',
          span('2022', null),
        ],
        [
          'The fastest freighters have carried 900 containers since March, the port said.',
          '900 containers',
          span('2025-03', null),
        ],
      ]),
    );
  });
});

describe('"that year" inside its sentence', () => {
  it('is the year the sentence named before it', () => {
    expectPeriods(
      periodProbes([
        [
          'The central bank reckons the economy of Laos grew 4.2 percent in 2022, the quickest pace since 2017, and set farm output for that year at roughly $14 billion.',
          'roughly $14 billion',
          span('2022', '2022'),
        ],
        [
          'Brazil started exporting beef to Kazakhstan in January 2021. The statistics office says Kazakh output rose 2.9 percent in 2023, its weakest showing in years, and reckoned farm earnings that year came to about $6 billion.',
          'about $6 billion',
          span('2023', '2023'),
        ],
      ]),
    );
  });

  it('leaves a figure undated when the date before it spans several years', () => {
    expectPeriods(
      periodProbes([
        [
          'Pakistan bought grain from Russia between 2020 and 2023, and put its bill that year near $900 million.',
          '$900 million',
          null,
        ],
      ]),
    );
  });

  it('leaves the figure the year was named with as it was', () => {
    expectPeriods(
      periodProbes([
        [
          'The central bank reckons the economy of Laos grew 4.2 percent in 2022, the quickest pace since 2017, and set farm output for that year at roughly $14 billion.',
          '4.2 percent',
          span('2022', '2022'),
        ],
      ]),
    );
  });
});
