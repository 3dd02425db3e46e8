// A cap put in other units right after it (", or about 400,000 tonnes,") holds over the time of
// the cap it restates: a yearly cap's restatement is yearly too. A figure restating a shipment,
// not a cap, takes no rate from it. In texts of our own read against a fixed publication date
// (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a cap restated in other units', () => {
  it('takes the rate of the cap it restates', () => {
    expectPeriods(
      periodProbes([
        [
          'Crude imports are capped separately at three million barrels, or about 400,000 tonnes, a year.',
          'about 400,000 tonnes',
          span(null, null, 'year'),
        ],
        [
          'The council limits Eritrea’s fuel imports to 2 million barrels, or 270,000 tonnes, per year.',
          '270,000 tonnes',
          span(null, null, 'year'),
        ],
        [
          'Diesel is capped at 800,000 barrels, or roughly 110,000 tonnes, a year under the embargo.',
          'roughly 110,000 tonnes',
          span(null, null, 'year'),
        ],
      ]),
    );
  });

  it('gives no rate to a shipment restated in other units', () => {
    expectPeriods(
      periodProbes([
        [
          'Tankers moved 3 million barrels, or 400,000 tonnes, in 2023.',
          '400,000 tonnes',
          span('2023', '2023'),
        ],
        [
          'The tankers carried 700,000 barrels, or about 95,000 tonnes, between January and April.',
          'about 95,000 tonnes',
          span('2025-01', '2025-04'),
        ],
      ]),
    );
  });
});
