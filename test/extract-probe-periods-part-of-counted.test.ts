// A count of part of a group counted before ("Three of the missiles", "230 of the drones"), with
// no date of its own, has the closed span of the last count of its unit: the night of a salvo
// carries to the missiles shot down in the next sentences. A share ("half of the shells"), a
// group with an open span and a part dated in its own words keep their readings. In texts of our
// own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const SALVO =
  'Moscow fired 9 missiles and 310 drones at Ukrainian cities on Thursday night, the air force said.';

describe('a count of part of a group counted before', () => {
  it('takes the closed span of the group', () => {
    expectPeriods(
      periodProbes([
        [
          `${SALVO} Four of the missiles were made in North Korea, officials said.`,
          'Four of the missiles',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          `${SALVO} Four of the missiles were made in North Korea. Gunners brought down 280 of the drones.`,
          '280 of the drones',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'Tankers delivered 60 cargoes of diesel to Nampo between February and April. Inspectors later traced 14 of the cargoes to Russian ports.',
          '14 of the cargoes',
          span('2025-02', '2025-04'),
        ],
      ]),
    );
  });

  it('leaves a share, an open group and a part dated in its own words', () => {
    expectPeriods(
      periodProbes([
        [
          'Moscow has fired about 70 North Korean missiles since January. Roughly half of the missiles missed their targets.',
          'Roughly half',
          null,
        ],
        [
          'Moscow has fired about 70 North Korean missiles since January. Twelve of the missiles fell short, officials said.',
          'Twelve of the missiles',
          null,
        ],
        [
          `${SALVO} In May, 40 of the drones used in such raids came from Iran.`,
          '40 of the drones',
          span('2025-05', '2025-05'),
        ],
      ]),
    );
  });
});
