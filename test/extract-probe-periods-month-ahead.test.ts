// A month a clause looks ahead to ("is expected to have 9,000 there by November", "will reach
// 5,000 by October") is the next month of that name, not the last one, which a bare month after
// the month of writing is read as. A month with its year, or one in a clause that looks back,
// stays as it was. In texts of our own read against a fixed publication date (15 June 2025). Each
// probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a month looked ahead to', () => {
  it('is the next month of its name', () => {
    expectPeriods(
      periodProbes([
        [
          'Pyongyang is expected to have 9,000 engineers in Russia by November, the ministry said.',
          '9,000 engineers',
          span(null, '2025-11'),
        ],
        [
          'More workers are expected to follow, officials in Tokyo said, bringing its builders in Russia to about 4,500 by September.',
          'about 4,500',
          span(null, '2025-09'),
        ],
        [
          'Analysts expect Moscow to have shipped 600,000 tonnes of wheat by December.',
          '600,000 tonnes',
          span(null, '2025-12'),
        ],
        [
          'The North will have sent 2,400 deminers to Kursk by October, Seoul believes.',
          '2,400 deminers',
          span(null, '2025-10'),
        ],
      ]),
    );
  });

  it('leaves a month that is looked back to', () => {
    expectPeriods(
      periodProbes([
        [
          'By November, the North had sent 7,500 soldiers to the front.',
          '7,500 soldiers',
          span(null, '2024-11'),
        ],
        [
          'The agency said the North had delivered 3,300 containers by September.',
          '3,300 containers',
          span(null, '2024-09'),
        ],
        [
          'The North is expected to have shipped 2,800 containers by November 2024, the study found.',
          '2,800 containers',
          span(null, '2024-11'),
        ],
        [
          'More are expected this summer. By October, the North had sent 7,000 troops to Kursk.',
          '7,000 troops',
          span(null, '2024-10'),
        ],
        [
          'Some 8,000 labourers are expected to arrive in Russia by April.',
          'Some 8,000 labourers',
          span(null, '2025-04'),
        ],
      ]),
    );
  });
});
