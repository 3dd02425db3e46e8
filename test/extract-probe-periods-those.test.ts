// A part of what was counted before, named with a demonstrative ("9 of those trips", "60 percent
// of that sum"): the span last stated, even past sentences that state none, as "those shipments"
// is; in texts of our own read against a fixed publication date (15 June 2025). Each probe names
// the figure it checks. "of the total", with no demonstrative, is no such reference: one annotated
// set leaves a share of it undated.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const TRIPS =
  'Between February and May, monitors logged 37 trips by North Korean tankers to Vostochny. The ships were seen sitting low in the water as they left.';
const EARNINGS = 'North Korea has earned about $15 billion from Russia since 2023, a study found.';

describe('a part of what was counted before, named with "those" or "that"', () => {
  it('takes the span last stated, past a sentence with no figure', () => {
    expectPeriods(
      periodProbes([
        [
          `${TRIPS} One vessel made 9 of those trips alone, the monitors said.`,
          '9 of those trips',
          span('2025-02', '2025-05'),
        ],
        [
          'Tankers made 28 voyages to Nakhodka between January and April, the group said. Satellite images confirmed 11 of those voyages.',
          '11 of those voyages',
          span('2025-01', '2025-04'),
        ],
        [
          `${TRIPS} The group said it could identify the tankers on 20 of those voyages.`,
          '20 of those voyages',
          span('2025-02', '2025-05'),
        ],
      ]),
    );
  });

  it('gives a share of "that sum" and the figures beside it the sum\'s running span', () => {
    expectPeriods(
      periodProbes([
        [
          `${EARNINGS} Munitions made up some 60 percent of that sum, the study said.`,
          'some 60 percent',
          span('2023', null),
        ],
        [
          `${EARNINGS} Munitions made up some 60 percent of that sum, the study said, with workers bringing in about $2 billion.`,
          'about $2 billion',
          span('2023', null),
        ],
        [
          `${EARNINGS} Shells accounted for about half of that amount.`,
          'about half',
          span('2023', null),
        ],
      ]),
    );
  });

  it('leaves a share of "the total" and a date of its own as they were', () => {
    expectPeriods(
      periodProbes([
        [
          `${EARNINGS} Munitions made up some 60 percent of the total, the study said.`,
          'some 60 percent',
          null,
        ],
        [
          `${EARNINGS} In 2024 alone, munitions made up 60 percent of that sum.`,
          '60 percent',
          span('2024', '2024'),
        ],
        [
          `${TRIPS} Last year the same ships made nine of those trips.`,
          'nine of those trips',
          span('2024', '2024'),
        ],
      ]),
    );
  });
});
