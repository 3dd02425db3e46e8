// A headline that credits a body by its kind ("…, spy agency tells MPs", "Spy agency says
// …") means the body of that kind the text names first, by the noun or another word for it
// ("the Central Intelligence Service" for an agency), not a body of the same noun named later
// for another side. A kind word capitalized because it opens the line is still a kind word. A
// body the text never names keeps the headline's words, and a headline naming a country's
// agency in full keeps that name.

import { describe, it } from 'vitest';
import { expectCredits, person, sameCredit } from './extract-probe-support.ts';

/** Two bodies of a kind: the one named first, and one of another side named later. */
const TEXTS = [
  {
    headline: 'Spy agency says about 1,900 Chinese workers crossed into Laos',
    first: "Thailand's Central Intelligence Service",
    later: "Vietnam's military intelligence agency",
  },
  {
    headline: 'Laos took in about 1,900 Chinese workers, spy agency tells parliament',
    first: "Thailand's Central Intelligence Service",
    later: "Vietnam's military intelligence agency",
  },
  {
    headline: 'Intelligence agency says about 1,900 Chinese workers crossed into Laos',
    first: "Chile's National Intelligence Service",
    later: "Peru's intelligence agency",
  },
] as const;

const textOf = ({ headline, first, later }: (typeof TEXTS)[number]): string =>
  `${headline}\n\nAbout 1,900 Chinese workers have crossed into Laos since May, ${first} said on Monday. ` +
  `Separately, ${later} said 300 more were waiting at the border.`;

describe("a headline's body named by its kind", () => {
  it('takes the first body of that kind the text names', () => {
    expectCredits(
      TEXTS.map((t) => ({
        text: textOf(t),
        want: person(t.first),
      })),
      { pick: (claims) => claims[0], accepts: sameCredit },
    );
  });

  it('leaves the later body its own figure', () => {
    expectCredits(
      TEXTS.map((t) => ({
        text: textOf(t),
        want: person(t.later),
      })),
      { pick: (claims) => claims.at(-1), accepts: sameCredit },
    );
  });

  it('keeps the words of a kind the text never names', () => {
    expectCredits(
      [
        {
          text: 'Spy agency says about 1,900 Chinese workers crossed into Laos\n\nThe border has been busy since May.',
          want: person('Spy agency'),
        },
      ],
      { pick: (claims) => claims[0], accepts: sameCredit },
    );
  });
});
