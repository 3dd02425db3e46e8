// A count the writers made themselves ("we counted", "we logged") is of the day they name, as a
// picture's count is, wherever the sentence names that day; the base it is compared with keeps its
// own date. A count credited to someone else keeps a credited day as the day of saying, and a
// watcher's count with no day stays undated. In texts of our own read against a fixed publication
// date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a count the writers made on a day', () => {
  it('is of the day the sentence names', () => {
    expectPeriods(
      periodProbes([
        [
          'On 2 June we counted 63 flatcars at Khasan, against 27 in late March.',
          '63 flatcars',
          span('2025-06-02', '2025-06-02'),
        ],
        [
          'We logged 11 tankers at the Nakhodka pier on April 18, up from four a month earlier.',
          '11 tankers',
          span('2025-04-18', '2025-04-18'),
        ],
        [
          'On May 27 we tallied 140 trucks queued at the bridge.',
          '140 trucks',
          span('2025-05-27', '2025-05-27'),
        ],
      ]),
    );
  });

  it('leaves the base compared with it its own date', () => {
    expectPeriods(
      periodProbes([
        [
          'On 2 June we counted 63 flatcars at Khasan, against 27 in late March.',
          '27',
          span('2025-03', '2025-03'),
        ],
      ]),
    );
  });

  it("keeps another's count on a day, and an undated count, as they were", () => {
    expectPeriods(
      periodProbes([
        ['On May 27 the border guards counted 140 trucks at the bridge.', '140 trucks', null],
        ['We counted 140 trucks queued at the bridge.', '140 trucks', null],
      ]),
    );
  });
});
