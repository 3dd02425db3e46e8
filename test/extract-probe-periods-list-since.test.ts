// A running total that closes a list of figures ("…, about 90 howitzers and mortars, and 4,000
// crates of shells since March 2024") opens every figure of the list, also past a pair of nouns
// joined by "and" inside one item. A clause of its own after "and" still keeps the date to the
// figure beside it. In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a "since" that closes a list of figures', () => {
  it('opens the items before it, past a pair of nouns inside one item', () => {
    expectPeriods(
      periodProbes([
        [
          'The panel found that Iran had also supplied at least 140 missiles, about 90 howitzers and self-propelled mortars, and nearly 6,000 crates of shells since March 2024.',
          'at least 140 missiles',
          span('2024-03', null),
        ],
        [
          'The panel found that Iran had also supplied at least 140 missiles, about 90 howitzers and self-propelled mortars, and nearly 6,000 crates of shells since March 2024.',
          'about 90 howitzers',
          span('2024-03', null),
        ],
        [
          'Officials in Oslo said Belarus has sent Russia about 70 field guns, divided between towed pieces and rocket systems, and more than 30 drones since last year.',
          'about 70 field guns',
          span('2024', null),
        ],
        [
          'Belarus has handed over 45 tanks, 60 trucks and trailers, and 12 radars since January.',
          '45 tanks',
          span('2025-01', null),
        ],
      ]),
    );
  });

  it('leaves a figure whose own clause ends before the "and"', () => {
    expectPeriods(
      periodProbes([
        [
          'The army lost 300 tanks in 2022 and officials expect more, with 40 more trucks sent since March.',
          '300 tanks',
          span('2022', '2022'),
        ],
        [
          'Belarus sent 45 tanks and crews were trained, while 12 radars have arrived since January.',
          '45 tanks',
          null,
        ],
      ]),
    );
  });
});
