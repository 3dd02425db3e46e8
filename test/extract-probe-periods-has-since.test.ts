// After "has since" ("have since dropped by over a quarter"), a change runs from the happening dated
// before it to the time of writing: annotators leave it undated, and it takes neither that date
// nor the period of the level it changes. A count after "has since" ("has since shipped 9,000
// tonnes") opens at that date and stays open. A change dated in its own clause, and one beside a
// level with no "since" between, keep their periods. In texts of our own read against a fixed
// publication date (15 June 2025). Each probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a figure after "has since"', () => {
  it('leaves a change undated', () => {
    expectPeriods(
      periodProbes([
        [
          'Payments for the rockets topped out near $2bn a year in 2023 and have since dropped by over a quarter, an analyst in Oslo reckons.',
          'over a quarter',
          null,
        ],
        [
          'Imports of fertiliser collapsed in 2020 and have since risen 40 percent.',
          '40 percent',
          null,
        ],
        [
          'Grain exports reached a record in 2022 and have since declined by a third.',
          'a third',
          null,
        ],
      ]),
    );
  });

  it('opens a count at the date before it', () => {
    expectPeriods(
      periodProbes([
        [
          'The smelter opened in 2021 and has since shipped 9,000 tonnes to Vladivostok.',
          '9,000 tonnes',
          span('2021', null),
        ],
      ]),
    );
  });

  it('leaves the level and a change with no "since" as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'Payments for the rockets topped out near $2bn a year in 2023 and have since dropped by over a quarter, an analyst in Oslo reckons.',
          '$2bn a year',
          span('2023', '2023', 'year'),
        ],
        [
          'Trade with Laos reached $2.7 billion last year, up about 20 percent.',
          'about 20 percent',
          span('2024', '2024'),
        ],
        ['Imports of fertiliser rose 40 percent in 2023.', '40 percent', span('2023', '2023')],
        [
          'Grain exports fell by a third in 2022 and have recovered only slowly.',
          'a third',
          span('2022', '2022'),
        ],
      ]),
    );
  });
});
