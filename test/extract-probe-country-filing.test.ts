// A country's return of what it sent, framed by the source that read it: "China reported 4,100
// barrels to the committee, according to UN data", "Russia has reported deliveries of 9,000
// barrels, the researchers noted". The filing is the country's, but the figure is the framing
// source's, as annotators credit it; with no such source the country stays the source, and a body
// that reports ("The agency reported that …, Lee said") keeps the credit its clause holds, as the
// dev gold credits the spy agency a lawmaker relays. Every probe is a text of our own, templated
// over countries, framing sources and figures.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, person } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

const FILERS = ['China', 'Russia', 'Beijing', 'Moscow', 'Japan'];

/** Returns a country `c` files, each with the figure checked. */
const RETURNS: ReadonlyArray<readonly [write: (c: string) => string, figure: string]> = [
  [(c) => `${c} reported 4,100 barrels of fuel sent to the North in May`, '4,100'],
  [(c) => `${c} has reported deliveries of 9,500 barrels to the sanctions committee`, '9,500'],
  [(c) => `${c} reports about 12,000 tonnes of refined products for the year`, '12,000'],
  [(c) => `Last year ${c} reported only 300 tonnes of diesel`, '300'],
];

/** Sources that frame the sentence after the figure, each with its credit. */
const FRAMES: ReadonlyArray<readonly [write: (s: string) => string, want: Credit]> = [
  [(s) => `${s}, according to UN data.`, person('UN data')],
  [(s) => `${s}, the researchers noted.`, person('researchers')],
  [(s) => `${s}, according to the Open Source Centre.`, person('Open Source Centre')],
  [
    (s) => `${s}, Anna Berg of the Nordic Fuel Monitor said.`,
    person('Anna Berg', 'Nordic Fuel Monitor'),
  ],
  [(s) => `${s}, the panel's experts found.`, person('panel')],
];

const credits = (
  rows: ReadonlyArray<readonly [text: string, figure: string, want: Credit]>,
): Array<{ text: string; figure: string; want: Credit }> =>
  rows.map(([text, figure, want]) => ({ text, figure, want }));

describe("a country's filing framed by the source that read it", () => {
  it('credits the framing source', () => {
    expectCredits(
      FILERS.flatMap((country) =>
        RETURNS.flatMap(([write, figure]) =>
          FRAMES.map(([frame, want]) => ({ text: frame(write(country)), figure, want })),
        ),
      ),
      { pick: byFigure },
    );
  });

  it('keeps the country where nothing frames its filing', () => {
    expectCredits(
      FILERS.flatMap((country) =>
        RETURNS.map(([write, figure]) => ({
          text: `${write(country)}.`,
          figure,
          want: person(country),
        })),
      ),
      { pick: byFigure },
    );
  });

  it('keeps a body, and a country that says rather than files, in the clause they open', () => {
    expectCredits(
      credits([
        [
          'The agency reported that 11,000 soldiers were sent to Kursk, Rep. Kim said.',
          '11,000',
          person('agency'),
        ],
        [
          'The NIS estimated that 3,000 troops had died, a lawmaker said.',
          '3,000',
          person('National Intelligence Service', 'NIS'),
        ],
        [
          'China said 4,100 barrels of fuel went north in May, according to UN data.',
          '4,100',
          person('China'),
        ],
      ]),
      { pick: byFigure },
    );
  });
});
