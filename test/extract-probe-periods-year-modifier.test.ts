// A year that modifies a noun dates the figure of that noun: a year set between a possessive and
// the noun ("Cuba's 2024 sugar harvest"), and "last year's" or "this year's" after "from" (where
// the sum came from, no base of a comparison) or right after a verb of saying (not the day of
// saying). A bare year with no possessive stays a label, and a "from" year with no possessive a
// base. In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a year that modifies a noun', () => {
  it('dates the figure of that noun', () => {
    expectPeriods(
      periodProbes([
        [
          'Analysts put Cuba’s 2024 sugar harvest at 1.6 million tonnes.',
          '1.6 million tonnes',
          span('2024', '2024'),
        ],
        [
          'The agency put Laos’s 2023 rice crop at 3.9 million tonnes, up 2 percent on the year.',
          '2 percent',
          span('2023', '2023'),
        ],
        [
          'Seoul reckons Pyongyang earned up to $250 million from last year’s missile sales.',
          'up to $250 million',
          span('2024', '2024'),
        ],
        [
          'That would put Minsk’s income from this year’s potash sales at about $90 million.',
          'about $90 million',
          span('2025', '2025'),
        ],
        [
          'The ministry said last year’s coffee exports came to $4.2 billion.',
          '$4.2 billion',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('leaves a bare year, a base after "from" and a date of saying as they were', () => {
    expectPeriods(
      periodProbes([
        ['Under the 2018 accord, 400 workers went home.', '400 workers', null],
        ['Exports rose 12% from last year, reaching $3 billion.', '12%', null],
        ['Sales reached $40 million, up 9% from 2023.', '9%', null],
        [
          'The ministry said last year that coffee exports came to $4.2 billion.',
          '$4.2 billion',
          null,
        ],
      ]),
    );
  });
});
