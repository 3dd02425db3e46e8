// A relative clause whose subject is the things counted and whose verb moves them ("300 cows that
// arrived by rail in October 2024", "60 men who were sent to Belarus in late 2023") dates the
// count. A clause with a subject of its own ("the force that Minsk sent in October"), or a verb
// that only describes the noun ("promised", "trained"), still dates the noun alone. In texts
// of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a relative clause that moves the things counted', () => {
  it('dates the count', () => {
    expectPeriods(
      periodProbes([
        [
          'Minsk has also shipped livestock, including a herd of 300 cows that arrived by rail in October 2024.',
          '300 cows',
          span('2024-10', '2024-10'),
        ],
        [
          'A former sapper recalled that, of some 60 men from his battalion who were sent to Belarus in late 2023, few returned.',
          'some 60 men',
          span('2023', '2023'),
        ],
        [
          'Laos took delivery of 12 buses which were shipped from Tianjin in March.',
          '12 buses',
          span('2025-03', '2025-03'),
        ],
      ]),
    );
  });

  it('leaves a clause with its own subject, a pledge and a training to the noun', () => {
    expectPeriods(
      periodProbes([
        ['Nearly 4,000 of the troops that Minsk sent in October were lost.', 'Nearly 4,000', null],
        ['They are among 2,500 guards that Minsk promised in May.', '2,500 guards', null],
        ['Minsk has sent Russia 900 drivers who were trained in April.', '900 drivers', null],
      ]),
    );
  });
});
