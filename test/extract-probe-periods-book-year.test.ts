// A book year that opens in a month ("the fiscal year which opens in October", "the fiscal
// year beginning in July") is the twelve months from the next month of that name, not that month
// alone, which a bare month after the month of writing would put a year back. One with its
// year named, or a month with no book year, stays as it was. In texts of our own read against a
// fixed publication date (15 June 2025). Each probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a book year that opens in a month', () => {
  it('is the twelve months from the next such month', () => {
    expectPeriods(
      periodProbes([
        [
          'Seoul has asked parliament for 64 trillion won for the fiscal year which opens in October.',
          '64 trillion won',
          span('2025-10', '2026-09'),
        ],
        [
          "Manila's draft spending plan for the fiscal year beginning in July earmarks $4 billion for the armed forces.",
          '$4 billion',
          span('2025-07', '2026-06'),
        ],
        [
          'The plan for the fiscal year which starts in June sets aside 5.2 trillion yen for the coast guard.',
          '5.2 trillion yen',
          span('2025-06', '2026-05'),
        ],
      ]),
    );
  });

  it('leaves a named year and a bare month as they were', () => {
    expectPeriods(
      periodProbes([
        [
          'For the fiscal year which began in April 2024, Tokyo set aside 7.9 trillion yen for defence.',
          '7.9 trillion yen',
          span('2024-04', '2024-04'),
        ],
        [
          'The ministry spent 2.1 trillion won in October.',
          '2.1 trillion won',
          span('2024-10', '2024-10'),
        ],
      ]),
    );
  });
});
