// A reckoning a country's adjective owns, with no article or possessive: "by British count"
// credits Britain, and "by Japanese coast guard figures" the coast guard, with Japan as its
// affiliation, wherever the phrase stands. "by one estimate", "by our count" and a "by" before a
// figure ("rose by 12 percent") keep the credit they had.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, noCredit, person, sameCredit } from './extract-probe-support.ts';

/** Adjectives with the country a credit names. */
const NATIONS = [
  ['British', 'Britain'],
  ['Japanese', 'Japan'],
  ['Ukrainian', 'Ukraine'],
  ['South Korean', 'South Korea'],
] as const;

describe('a reckoning owned by a country adjective', () => {
  it('credits the country', () => {
    expectCredits(
      NATIONS.flatMap(([adjective, country]) => [
        {
          text: `Moscow has taken in 7,400 soldiers since the spring, by ${adjective} count.`,
          figure: '7,400',
          want: person(country),
        },
        {
          text: `By ${adjective} estimates, some 230 missiles reached Russia last year.`,
          figure: '230',
          want: person(country),
        },
      ]),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits the body the adjective describes, with the country', () => {
    expectCredits(
      [
        [
          'Exports to Russia stayed small: $61 million last year, by Chinese customs data.',
          '$61 million',
          'Chinese customs',
        ],
        [
          'Some 14 tankers called at Nampo in May, by Japanese coast guard count.',
          '14 tankers',
          'Japanese coast guard',
        ],
      ].map(([text, figure, name]) => ({
        text: text as string,
        figure: figure as string,
        want: person(name as string),
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('leaves other reckonings and a plain "by" as they were', () => {
    expectCredits(
      [
        { text: 'Output rose by 12 percent in May.', figure: '12 percent', want: null },
        { text: 'By our count, 48 ships called at Rajin in June.', figure: '48', want: null },
      ],
      { pick: byFigure, accepts: (_, got) => noCredit(got) },
    );
  });
});
