// A change of the economy or of trade that its sentence does not date is over the period of the
// release the text reports. An earlier year set beside the release ("after growth of 2.0% in
// 2022", "In 2019 output rose 5.5%") is background: the sector changes after it are still the
// release's, not that year's. A later period, or a first one with no release before it, still
// carries as it did. In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const RELEASE =
  "Mongolia's economy expanded 4.9 percent last year, the central bank said on Tuesday.";

describe('a change of the economy after an earlier year set beside the release', () => {
  it('is the release’s', () => {
    expectPeriods(
      periodProbes([
        [
          `${RELEASE} That was the third straight rise, following a 2.0 percent gain in 2022. Mining grew 7.1 percent, while farming rose 2.5 percent.`,
          '7.1 percent',
          span('2024', '2024'),
        ],
        [
          `${RELEASE} That was the third straight rise, following a 2.0 percent gain in 2022. Mining grew 7.1 percent, while farming rose 2.5 percent.`,
          '2.5 percent',
          span('2024', '2024'),
        ],
        [
          `${RELEASE} The figure follows growth of 3.3% in 2023. In 2019 output rose 5.5%. Services were up 6.4%, and construction rose 1.2%.`,
          '1.2%',
          span('2024', '2024'),
        ],
        [
          "Vietnam's trade with Laos rose 12% to $2.1 billion in 2024, customs data show. It had fallen 4% in 2023. Exports of rice jumped 30%.",
          '30%',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('leaves the earlier figures, a later period and a text with no release before as they were', () => {
    expectPeriods(
      periodProbes([
        [
          `${RELEASE} That was the third straight rise, following a 2.0 percent gain in 2022.`,
          '2.0 percent',
          span('2022', '2022'),
        ],
        [
          'In 2023 the economy of Laos grew 4.2%. Services rose 6.4%.',
          '6.4%',
          span('2023', '2023'),
        ],
        [
          "Kazakhstan's output grew 3% in 2023, the bank said. In January-March 2025 it grew 4%. Services rose 5%.",
          '5%',
          span('2025-01', '2025-03'),
        ],
        [
          `${RELEASE} Herders sold 3,000 tonnes of wool in 2022. They sold 4,100 tonnes of cashmere, a tenth more.`,
          '4,100 tonnes',
          span('2022', '2022'),
        ],
      ]),
    );
  });
});
