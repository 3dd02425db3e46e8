// A body described in lower case by a word that singles it out among bodies of its kind ("the
// unification ministry", "the finance ministry") is that body, not whichever source the text named
// last: its word must be found in a source named before for it to mean that source, or its own
// words are the credit, and a later "the ministry" means it. A word that names only a kind of body
// ("the spy agency", "the central bank", "the intelligence service") still means the body named
// before, as does a singling word the earlier name holds ("the defence ministry" after "the
// Ministry of National Defense"). Every probe is a text of our own, templated over the bodies,
// the sources named before and the line's shape.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, person, sameCredit } from './extract-probe-support.ts';

/** Ministries a text may name only by a lower-case description. */
const SINGLED = ['unification', 'finance', 'trade', 'agriculture', 'interior', 'economy'];

/** Sources named earlier that share no word with those ministries. */
const EARLIER = [
  "Seoul's spy agency told lawmakers that the North had sent 9,400 containers.",
  'Russia delivered over 2 million barrels of fuel, according to the Harbour Research Centre, a Dutch monitoring group.',
  'The National Intelligence Service estimated that 1,700 soldiers had been wounded.',
  'Defence Minister Cho Eun-ha said 310 launchers had crossed the border.',
];

/** Where the singled body speaks: after its figure, before it, or with an aside. */
const SHAPES: ReadonlyArray<(body: string, capital: string) => string> = [
  (b) => `Russia also shipped some 64,000 tonnes of maize to the North last year, ${b} said.`,
  (_, c) => `${c} said trade with Moscow came to about $41 million in 2023.`,
  (_, c) =>
    `${c}, speaking at another briefing on Thursday, said about 64,000 tonnes of maize arrived.`,
];

const FIGURES = ['64,000', '$41 million'];

const figureIn = (text: string): string => FIGURES.find((f) => text.includes(f)) ?? '';

describe('a body singled out by a lower-case word', () => {
  it('keeps its own words, not a source named before with none of them', () => {
    expectCredits(
      SINGLED.flatMap((word) =>
        EARLIER.flatMap((earlier) =>
          SHAPES.map((shape) => {
            const text = `${earlier}\n\n${shape(`the ${word} ministry`, `The ${word} ministry`)}`;
            return { text, figure: figureIn(text), want: person(`the ${word} ministry`) };
          }),
        ),
      ),
      { pick: byFigure },
    );
  });

  it('is whom a later "the ministry" means', () => {
    expectCredits(
      SINGLED.flatMap((word) =>
        EARLIER.map((earlier) => ({
          text: `${earlier} The ${word} ministry said the North's exports fell. Of those, about 2,600 tonnes were coal, the ministry said.`,
          figure: '2,600',
          want: person(`the ${word} ministry`),
        })),
      ),
      { pick: byFigure },
    );
  });

  it('still means the body named before when its words only name a kind, or are found in it', () => {
    expectCredits(
      [
        [
          'The National Intelligence Service briefed lawmakers on Tuesday. The spy agency said 3,300 soldiers had been wounded.',
          person('National Intelligence Service'),
        ],
        [
          'The Bank of Korea published its estimate on Friday. The central bank said exports to Russia reached $310 million.',
          person('Bank of Korea'),
        ],
        [
          'The Ministry of National Defense briefed reporters. The defence ministry said 7,200 containers had left Rajin.',
          person('Ministry of National Defense'),
        ],
        [
          "Japan's Ministry of Foreign Affairs issued a statement. The foreign ministry said 14 tankers had been sighted.",
          person('Ministry of Foreign Affairs'),
        ],
        [
          'The Security Service of Ukraine said it was questioning the men. The security service said 230 soldiers were held.',
          person('Security Service of Ukraine'),
        ],
      ].map(([text, want]) => ({
        text: text as string,
        figure: /\d[\d,]*/.exec(text as string)![0],
        want: want as ReturnType<typeof person>,
      })),
      // ("Japan's Ministry of Foreign Affairs" may keep its owner.)
      { pick: byFigure, accepts: sameCredit },
    );
  });
});
