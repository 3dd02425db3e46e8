// An oil total worked out from the runs counted before it ("If each sailed full, the total comes
// to …", "the deliveries would exceed …"), in a sentence that dates no figure of its own, covers
// the span of those runs, past a sentence between and inside a quotation too; "over the same
// seven months" is the span last stated when it lasts seven months, as "over the same months"
// is. A forecast, a cap, what one tanker holds and a total whose subject is no such tally keep
// their own readings. In texts of our own read against a fixed publication date (15 June 2025).
// Each probe names the figure it checks; the near misses follow a running count, which the
// sentence after takes only when it refers back.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const CALLS =
  'Between January 6 and May 20, analysts counted 27 calls by North Korean tankers at the port of Nakhodka.';
const VISITS =
  'Our imagery shows North Korean tankers at the Slavyanka jetty on at least 22 occasions since January.';

describe('an oil total worked out from the runs counted before', () => {
  it('takes their span', () => {
    expectPeriods(
      periodProbes([
        [
          `${CALLS} If every tanker loaded to the brim, the total comes to about 180,000 barrels.`,
          '180,000 barrels',
          span('2025-01-06', '2025-05-20'),
        ],
        [
          `${CALLS} The hulls rode low on the way out. "Assuming each ship was nearly full, the total reaches some 250,000 barrels," a researcher said.`,
          '250,000 barrels',
          span('2025-01-06', '2025-05-20'),
        ],
        [
          `${VISITS} If each vessel sailed fully laden, the deliveries would pass 400,000 barrels of diesel.`,
          '400,000 barrels',
          span('2025-01', null),
        ],
        [
          `${VISITS} If they all left full, the shipments would top 350,000 barrels, well past the 450,000-barrel yearly ceiling set in 2016.`,
          '350,000 barrels',
          span('2025-01', null),
        ],
      ]),
    );
  });

  it('leaves a forecast, a cap, one tanker and other subjects as they were', () => {
    expectPeriods(
      periodProbes([
        [
          `${VISITS} The deliveries are expected to exceed 600,000 barrels.`,
          '600,000 barrels',
          null,
        ],
        [
          `${VISITS} A single tanker of this class carries about 7,000 barrels.`,
          '7,000 barrels',
          null,
        ],
        [
          `${VISITS} The ceiling on refined products is 450,000 barrels a year.`,
          '450,000 barrels',
          span(null, null, 'year'),
        ],
        [
          `${VISITS} The country's annual demand is put at roughly 3 million barrels.`,
          '3 million barrels',
          // The rate its subject opens with, and none of the runs' span.
          span(null, null, 'year'),
        ],
        [
          'Between March and June, crews counted 30 trains at the border. If each carried full wagons, the total would exceed 9,000 tonnes of coal.',
          '9,000 tonnes',
          null,
        ],
      ]),
    );
  });
});

describe('"over the same seven months"', () => {
  it('is the span last stated, when it lasts that long', () => {
    expectPeriods(
      periodProbes([
        [
          'Between January and July 2024, Moscow shipped some 800,000 barrels of fuel to Pyongyang. The tankers sailed at night. Analysts counted 31 voyages over the same seven months.',
          '31 voyages',
          span('2024-01', '2024-07'),
        ],
        [
          'From March to August 2024, shipments from China to the North totalled $40 million. Officials gave no breakdown. Imports came to $25 million over the same six months.',
          '$25 million',
          span('2024-03', '2024-08'),
        ],
      ]),
    );
  });

  it('takes no other span, nor changes "over the six months"', () => {
    expectPeriods(
      periodProbes([
        [
          'From March to August 2024, shipments from China to the North totalled $40 million. Seoul says about 900 workers crossed in 2023. Imports came to $25 million over the same six months.',
          '$25 million',
          null,
        ],
        [
          'Between January and December 2024, Moscow shipped some 2 million barrels of fuel to Pyongyang. Analysts counted 31 tanker voyages over the six months to December.',
          '31 tanker voyages',
          span('2024-07', '2024-12'),
        ],
      ]),
    );
  });
});

describe('the oil that counted runs carried, in a clause joined after them', () => {
  it('has their span', () => {
    expectPeriods(
      periodProbes([
        [
          'A Norwegian monitoring group logged 35 deliveries by tankers from the port of Slavyanka between February and October 2024, and reckoned they took on over 700,000 barrels.',
          '700,000 barrels',
          span('2024-02', '2024-10'),
        ],
        [
          'Watchers saw 19 tankers leave Nakhodka between April and May, and judged they held about 140,000 barrels of diesel.',
          '140,000 barrels',
          span('2025-04', '2025-05'),
        ],
      ]),
    );
  });

  it('leaves what one tanker holds undated', () => {
    expectPeriods(
      periodProbes([
        [
          'Watchers logged 20 tanker calls between March and May 2024, and estimated that a single tanker holds about 6,000 barrels.',
          '6,000 barrels',
          null,
        ],
        [
          'Watchers logged 20 tanker calls between March and May 2024, and guessed they could each hold about 6,000 barrels.',
          '6,000 barrels',
          null,
        ],
      ]),
    );
  });
});
