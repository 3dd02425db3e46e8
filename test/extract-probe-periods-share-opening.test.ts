// A share set after a running total ("has taken in $6bn since May 2024, roughly a tenth of its
// yearly output") measures the total against a whole that opens nowhere: the total's "since" is
// not the share's, and the rate of the whole ("yearly output") is no rate of the share. Nor does a
// share take the dates of the parts it lists after ", including". A share dated in its own clause,
// a part of what was counted ("half of them"), a share of a total with a closed date beside it, and
// the total itself keep their periods. In texts of our own read against a fixed publication date
// (15 June 2025). Each probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a share of a whole, set after a running total or before its parts', () => {
  it('takes no opening of the running total before it', () => {
    expectPeriods(
      periodProbes([
        [
          'By the most careful count, Laos has taken in between $2bn and $3bn since May 2023, a total worth roughly a tenth of its yearly output.',
          'roughly a tenth',
          null,
        ],
        [
          'The survey found some 35 ferries that had docked at Sittwe one or more times since 2022, nearly a quarter of the national fleet.',
          'nearly a quarter',
          null,
        ],
        [
          'Investors have put about $900 million into the mine since March 2024, roughly 15 percent of the sector’s assets.',
          'roughly 15 percent',
          null,
        ],
      ]),
    );
  });

  it('takes no dates of the parts it lists', () => {
    expectPeriods(
      periodProbes([
        [
          'The institute said machinery made up about 55 percent of the receipts, including some 400 tractors and more than 30 cranes sold to Belarus since early 2024.',
          'about 55 percent',
          null,
        ],
        [
          'Grain made up roughly a third of the cargo, including 8,000 tonnes of barley unloaded since last autumn, the port said.',
          'roughly a third',
          null,
        ],
      ]),
    );
  });

  it('leaves the total, the listed parts and a share of its own date as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'By the most careful count, Laos has taken in between $2bn and $3bn since May 2023, a total worth roughly a tenth of its yearly output.',
          'between $2bn and $3bn',
          span('2023-05', null),
        ],
        [
          'The institute said machinery made up about 55 percent of the receipts, including some 400 tractors and more than 30 cranes sold to Belarus since early 2024.',
          'some 400 tractors',
          span('2024', null),
        ],
        [
          'Trade with Mongolia came to $19 million last year, about 0.7 percent of the total.',
          'about 0.7 percent',
          span('2024', '2024'),
        ],
        [
          'The army has fired some 70 rockets since February, and about half of them fell short.',
          'about half',
          span('2025-02', null),
        ],
        [
          'Freight through the crossing has grown by roughly a fifth since the start of the year.',
          'roughly a fifth',
          span('2025-01', null),
        ],
        [
          'The plant cut its output by a quarter in March, the ministry said.',
          'a quarter',
          span('2025-03', '2025-03'),
        ],
      ]),
    );
  });
});
