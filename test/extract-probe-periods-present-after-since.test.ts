// A figure said of the time of writing ("remain", "now", "still") takes no opening or cut-off of
// a clause before it, past a comma ("have served in Kursk since the spring of 2024, and about
// 8,000 remain"); a date that opens the sentence frames it still, and a running total in the
// figure's own clause opens where it says. In texts of our own read against a fixed publication
// date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a figure of the time of writing after a running total', () => {
  it('takes none of its opening past a comma', () => {
    expectPeriods(
      periodProbes([
        [
          'By Kyiv’s count, some 12,000 North Korean troops have served in Kursk since the spring of 2024, and about 8,000 remain there.',
          'about 8,000',
          null,
        ],
        [
          'Of the 9,000 labourers Pyongyang has shipped abroad since March last year, some 6,500 remain on farms near Khabarovsk, officials said.',
          'some 6,500',
          null,
        ],
        [
          'Trains have crossed the bridge nearly every day since the winter, and the yard on the Russian side now holds more than 80 wagons.',
          'more than 80 wagons',
          null,
        ],
      ]),
    );
  });

  it('keeps a running total of its own clause and a date that opens the sentence', () => {
    expectPeriods(
      periodProbes([
        [
          'By Kyiv’s count, some 12,000 North Korean troops have served in Kursk since the spring of 2024, and about 8,000 remain there.',
          'some 12,000',
          span('2024-03', null),
        ],
        [
          'Since October 2024, North Korea has now sent 16,000 troops to Russia, officials said.',
          '16,000 troops',
          span('2024-10', null),
        ],
        [
          'North Korea has now sent 16,000 troops to Russia since October 2024, officials said.',
          '16,000 troops',
          span('2024-10', null),
        ],
        [
          'Trains have carried 900 wagons of ammunition since the winter, and the port shipped another 300 containers in May.',
          '300 containers',
          span('2025-05', '2025-05'),
        ],
      ]),
    );
  });
});
