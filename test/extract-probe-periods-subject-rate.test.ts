// A rate word that opens the subject of a clause ("Kenya's yearly need for wheat", "the typical
// monthly rent in the capital") is the rate of the level the clause gives it after "at" or "to",
// past the verb between ("was reckoned at", "has risen to"). Not a change, nor a figure a
// comparison gives ("below the"), nor one past another figure, nor a level its clause dates to a
// single time; and a rate word further into the clause ("the report on monthly flows") frames
// nothing. In texts of our own read against a fixed publication date (15 June 2025). Each probe
// names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe("a rate word in a level's subject", () => {
  it('is the rate of the level after "at" or "to"', () => {
    expectPeriods(
      periodProbes([
        [
          "Kenya's yearly need for wheat was reckoned at about 2.4 million tonnes by the ministry.",
          'about 2.4 million tonnes',
          span(null, null, 'year'),
        ],
        [
          'The typical monthly rent in the capital has risen to 61,000 rubles, an agency says.',
          '61,000 rubles',
          span(null, null, 'month'),
        ],
        [
          'The quota, an envoy recalled, was fixed when the annual output of the mine stood at 800,000 tonnes.',
          '800,000 tonnes',
          span(null, null, 'year'),
        ],
      ]),
    );
  });

  it('leaves changes, comparisons, dated levels and rate words deeper in the clause alone', () => {
    expectPeriods(
      periodProbes([
        ['Annual sales of fertiliser to Peru rose 12% to $310 million.', '$310 million', null],
        [
          'Yearly imports of Chilean copper fell by 9 percent to about 40,000 tonnes.',
          '9 percent',
          null,
        ],
        [
          'The annual tally of the port is still below the 1.2 million tonnes it handled before the floods.',
          '1.2 million tonnes',
          null,
        ],
        [
          'The yearly haul of the Norwegian fleet was put at 90,000 tonnes in 2023.',
          '90,000 tonnes',
          span('2023', '2023'),
        ],
        [
          'Ministers who met to discuss the monthly figures put the deficit at $4 billion.',
          '$4 billion',
          null,
        ],
      ]),
    );
  });
});
