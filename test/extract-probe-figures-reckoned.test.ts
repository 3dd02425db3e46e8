// Figures a maker's records reckon. "X put the sum for 2022 at N" values a figure as "put the
// total at N" does (a year after "for" is no count between the verb and its "at"), so the
// subject, a body or its customs figures, is the source. A reckoning right after a figure ("$2bn
// in 2022 by Japanese customs figures") is that figure's own, even inside a clause a document
// or a speaker frames before it ("The chart shows that …"). A speaker after the figure still
// frames a clause whose own source opens before it, and "rose by 12 percent" credits no one.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, person, sameCredit } from './extract-probe-support.ts';

describe('a valuation with a year after "for"', () => {
  it('credits the subject that puts the total at the figure', () => {
    expectCredits(
      [
        ['The agency put the sum for 2022 at $1.4 billion.', '$1.4 billion', 'The agency'],
        ['Kpler put the total for 2023 at 2.6 million barrels.', '2.6 million barrels', 'Kpler'],
        [
          'Chinese customs figures, drawn up by other rules, put the two-way sum for 2021 at $910 million.',
          '$910 million',
          'Chinese customs',
        ],
        [
          'Japanese customs data put imports for 2022 at 3,400 tonnes.',
          '3,400 tonnes',
          'Japanese customs',
        ],
      ].map(([text, figure, name]) => ({
        text: text as string,
        figure: figure as string,
        want: person(name as string),
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('still reads a count right after "put" as no valuation', () => {
    expectCredits(
      [
        {
          text: 'The army put 2,000 troops on the border for 2024 at short notice.',
          figure: '2,000 troops',
          want: null,
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });
});

describe('a reckoning right after a figure in a framed clause', () => {
  it('credits the reckoning, not the frame', () => {
    expectCredits(
      [
        'The chart shows that sales to Laos, $1.4 billion in 2022 by Chinese customs figures, outrun any other.',
        'The chart shows that sales to Laos, 1.4 million tonnes by Chinese customs figures, outrun any other.',
        'The survey also finds that trade with Laos, $1.4 billion last year by Chinese customs data, dwarfs the rest.',
      ].map((text) => ({
        text,
        figure: text.includes('tonnes') ? '1.4 million tonnes' : '$1.4 billion',
        want: person('Chinese customs', 'China'),
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('keeps the source whose clause holds the figure ahead of a later speaker', () => {
    expectCredits(
      [
        {
          text: 'The ministry estimated that 9,000 troops were sent, of whom a fifth were wounded, Moreau said.',
          figure: '9,000',
          want: person('The ministry'),
        },
        {
          text: 'The ministry estimated that output rose by 12 percent, Moreau said.',
          figure: '12 percent',
          want: person('The ministry'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });
});
