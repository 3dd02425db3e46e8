// ", against" before a figure opens the base of a comparison, as "compared with" does: the date
// after that base is the base's, and the level before it keeps a period of its own or none. Not
// "against" before a target ("fired 40 missiles against 12 towns on Monday"), nor one with no
// comma before it. In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a base opened by ", against"', () => {
  it("keeps the base's date off the level before it", () => {
    expectPeriods(
      periodProbes([
        [
          'The depot at Sovetskaya Gavan held 52 wagons, against 19 in early February.',
          '52 wagons',
          null,
        ],
        [
          'On June 2 the sidings at Khasan held 64 flatcars, against 28 in late April.',
          '64 flatcars',
          span('2025-06-02', '2025-06-02'),
        ],
        [
          'Grain sales reached 8,000 tonnes in May, against 5,500 in March.',
          '8,000 tonnes',
          span('2025-05', '2025-05'),
        ],
      ]),
    );
  });

  it('dates the base itself', () => {
    expectPeriods(
      periodProbes([
        [
          'The depot at Sovetskaya Gavan held 52 wagons, against 19 in early February.',
          '19',
          span('2025-02', '2025-02'),
        ],
      ]),
    );
  });

  it('leaves "against" before a target, or with no comma, as it was', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia launched 45 drones against 9 towns in the Sumy region in May.',
          '45 drones',
          span('2025-05', '2025-05'),
        ],
        [
          'The brigade held 700 troops in reserve against 3 possible landings in April.',
          '700 troops',
          span('2025-04', '2025-04'),
        ],
      ]),
    );
  });
});
