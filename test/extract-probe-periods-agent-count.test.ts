// The members that did something, counted after "by" ("launched in May by 14 countries", "formed
// by nine states after the vote in March"), are no amount of a time: the date of their act, or of
// another happening in the clause, is not their period. A change "by" a share keeps its date. In
// texts of our own read against a fixed publication date (15 June 2025). Each probe names the
// figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('members counted as the agents of an act', () => {
  it('take no date of the act', () => {
    expectPeriods(
      periodProbes([
        [
          'The watchdog was set up in February last year by 14 countries, among them Canada.',
          '14 countries',
          null,
        ],
        [
          'The coalition, formed by nine countries after the council deadlocked in March 2024, published its findings in May.',
          'nine countries',
          null,
        ],
        [
          'A statement signed by 23 governments in April condemned the transfers.',
          '23 governments',
          null,
        ],
      ]),
    );
  });

  it('leaves other figures after "by" their dates', () => {
    expectPeriods(
      periodProbes([
        ['Exports to the North rose by 14 percent in 2024.', '14 percent', span('2024', '2024')],
        [
          'The strait was crossed by 31 tankers in March, the monitor counted.',
          '31 tankers',
          span('2025-03', '2025-03'),
        ],
      ]),
    );
  });
});
