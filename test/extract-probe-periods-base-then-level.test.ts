// A change measured against an earlier span ("up 12% on the same months of 2023") and then the
// level it reached ("…, at $700 million"): the base is the change's, so the level takes the
// span the sentence opened with. A level before its change, and a base with no change before
// it, keep their readings. In texts of our own read against a fixed publication date
// (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a level after a change and its base', () => {
  it('takes the span the sentence opened with', () => {
    expectPeriods(
      periodProbes([
        [
          'Thai customs data for the first quarter of this year show exports to Laos up about 12% from the same months of 2024, at a value of $700 million.',
          '$700 million',
          span('2025-01', '2025-03'),
        ],
        [
          'Port statistics for the first four months of the year show coal shipments to Japan down 8% on the same months of 2024, at 2.1 million tonnes.',
          '2.1 million tonnes',
          span('2025-01', '2025-04'),
        ],
      ]),
    );
  });

  it('leaves a level before its change as it was', () => {
    expectPeriods(
      periodProbes([
        [
          'Thai customs data for the first quarter of this year show exports to Laos at $700 million, up about 12% on the same period of 2024.',
          '$700 million',
          span('2025-01', '2025-03'),
        ],
        [
          'Thai customs data for the first quarter of this year show exports to Laos up about 12% on the same period of 2024.',
          'about 12%',
          span('2025-01', '2025-03'),
        ],
      ]),
    );
  });
});
