// The price of a measure ("8,200 won a kilogram in March", "per litre this month") is a market
// price, dated when it was seen, as a price written before its measure is ("A kilogram of maize
// cost 3,000 won in May"); the price of one of a kind ("$900 a shell") still takes no date. In
// texts of our own read against a fixed publication date (15 June 2025). Each probe names the
// figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('the price of a measure', () => {
  it('takes the month its clause names', () => {
    expectPeriods(
      periodProbes([
        [
          'Maize sold for about 3,400 won a kilogram in Hyesan markets in March, according to Asia Press.',
          'about 3,400 won',
          span('2025-03', '2025-03'),
        ],
        [
          'Corn fetched roughly 2,900 North Korean won per kilogram in Sinuiju this month, traders told the outlet.',
          'roughly 2,900 North Korean won',
          span('2025-06', '2025-06'),
        ],
        [
          'Soybeans went for 9,500 won a kilogram in Chongjin in April.',
          '9,500 won',
          span('2025-04', '2025-04'),
        ],
        [
          'Pork traded at around 16,000 won a kilo in Wonsan in May, up from 11,500 won a year earlier.',
          'around 16,000 won',
          span('2025-05', '2025-05'),
        ],
        [
          'Pork traded at around 16,000 won a kilo in Wonsan in May, up from 11,500 won a year earlier.',
          '11,500 won',
          span('2024-05', '2024-05'),
        ],
        [
          'A kilogram of maize cost 3,000 won in Hamhung in February.',
          '3,000 won',
          span('2025-02', '2025-02'),
        ],
      ]),
    );
  });

  it('leaves a price with no date undated', () => {
    expectPeriods(
      periodProbes([
        ['Rice sells for about 8,300 won per kilogram in the capital.', 'about 8,300 won', null],
      ]),
    );
  });

  it('still dates no price of one of a kind', () => {
    expectPeriods(
      periodProbes([
        ['Moscow paid about $900 a shell in 2024, analysts estimate.', 'about $900', null],
        [
          'Each drone cost the army roughly $35,000 per unit in 2023, the audit found.',
          'roughly $35,000',
          null,
        ],
        [
          'The treaty set a fee of $1.2 million for each missile delivered in 2024.',
          '$1.2 million',
          null,
        ],
      ]),
    );
  });
});
