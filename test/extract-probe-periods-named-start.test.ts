// "since the deployment began", "since the shipments began", with no date: the earliest start
// the text gave the sending of people (of goods) before. With no such start before, or a date
// of its own after the verb, the reading is as it was. In texts of our own read against a fixed
// publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const SENT =
  'Officials say Minsk sent a first group of about 4,000 troops in March 2024 and 1,500 more in September 2024.';
const SHIPPED = 'Minsk has shipped at least 2 million shells to Moscow since June 2023.';

describe('a start named by its happening', () => {
  it('is the earliest start the text gave that sending', () => {
    expectPeriods(
      periodProbes([
        [
          `${SENT} Kyiv believes about 900 Belarusian soldiers have died since the deployment started.`,
          'about 900 Belarusian soldiers',
          span('2024-03', null),
        ],
        [
          `${SENT} Kyiv believes about 900 have died since the deployment started, and that total losses, the wounded counted, come to around 2,500.`,
          'around 2,500',
          span('2024-03', null),
        ],
        [
          `${SHIPPED} An analyst said that implied earnings of $3bn to $5bn since the shipments began.`,
          '$3bn to $5bn',
          span('2023-06', null),
        ],
      ]),
    );
  });

  it('leaves the figure as it was with no start before, or a date of its own', () => {
    expectPeriods(
      periodProbes([
        [
          'Kyiv believes about 900 Belarusian soldiers have died since the deployment started.',
          'about 900 Belarusian soldiers',
          null,
        ],
        [
          `${SENT} Kyiv believes about 900 Belarusian soldiers have died since the deployment started in May 2024.`,
          'about 900 Belarusian soldiers',
          span('2024-05', null),
        ],
        [
          `${SHIPPED} Kyiv believes about 900 Belarusian soldiers have died since the shipments started.`,
          'about 900 Belarusian soldiers',
          null,
        ],
      ]),
    );
  });
});
