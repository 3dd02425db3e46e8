// A sum of money with no period of its own, in the paragraph of a sum paid at a rate ("welders get
// 90,000 rubles a month"), is paid at that rate too: the part the worker keeps ("see
// only a slice of that: 12,000 rubles"), the same sum put in another currency ("this comes to $1,100
// to $1,400"), later in a quotation. A sum dated in its own sentence, one with a rate of its own, a
// share, and a sum in the next paragraph or after a sum paid once keep their own readings. In
// texts of our own read against a fixed publication date (15 June 2025). Each probe names the
// figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a sum after a sum paid at a rate', () => {
  it('is paid at that rate too', () => {
    expectPeriods(
      periodProbes([
        [
          'A site manager in Irkutsk says the firm hands a Chinese subcontractor about 90,000 rubles a month per welder. The welders see only a slice of that: between 12,000 and 18,000 rubles, he said.',
          'between 12,000 and 18,000 rubles',
          span(null, null, 'month'),
        ],
        [
          'Loggers in Tomsk are paid 70,000 to 95,000 rubles per man a month. Converted at roughly 85 rubles per dollar, this comes to $820 to $1,120.',
          '$820 to $1,120',
          span(null, null, 'month'),
        ],
        [
          'Nurses from the Philippines earn between $900 and $1,300 a month in Dubai, but most send home over half of that, an agency in Manila said. "In practice, a nurse lives on perhaps $300," its director said.',
          'perhaps $300',
          span(null, null, 'month'),
        ],
        [
          'The mine pays each driver about $40 a day. Drivers keep some $25 of it after fuel.',
          'some $25',
          span(null, null, 'day'),
        ],
      ]),
    );
  });

  it('leaves a sum dated, with a rate of its own, or a share as it reads', () => {
    expectPeriods(
      periodProbes([
        [
          'Welders in Irkutsk are paid about 90,000 rubles a month. The firm spent 40 million rubles on wages in 2024.',
          '40 million rubles',
          span('2024', '2024'),
        ],
        [
          'Welders in Irkutsk are paid about 90,000 rubles a month. The firm pays the state $3 million a year for them.',
          '$3 million a year',
          span(null, null, 'year'),
        ],
        [
          'Welders in Irkutsk are paid about 90,000 rubles a month. Roughly 30 percent of it goes to the agency.',
          'Roughly 30 percent',
          null,
        ],
      ]),
    );
  });

  it('carries no rate into another paragraph, nor after a sum paid once', () => {
    expectPeriods(
      periodProbes([
        [
          'Welders in Irkutsk are paid about 90,000 rubles a month.\n\nThe regional budget set aside 2 billion rubles for housing.',
          '2 billion rubles',
          null,
        ],
        [
          'Welders in Irkutsk are paid about 90,000 rubles a month. A new crane cost the firm 60 million rubles. Its spare parts cost another 5 million rubles.',
          '5 million rubles',
          null,
        ],
      ]),
    );
  });
});
