// A body named beside a description of it is credited by its name. "X, a state-run research body,
// which estimated …" credits X (the relative clause belongs to the name, not to the description
// set off after it), and "according to Oslo's trade office, NTO;" credits NTO, the description
// kept as the affiliation. A description with no name beside it keeps its own words, and a
// relative clause after a plain body's noun still credits that body.

import { describe, it } from 'vitest';
import {
  byFigure,
  expectCredits,
  exactCredit,
  person,
  sameCredit,
} from './extract-probe-support.ts';

/** Bodies with a description that may follow or precede their name. */
const BODIES = [
  {
    name: 'the Nordic Trade Office (NTO)',
    short: 'Nordic Trade Office',
    described: "Oslo's trade promotion office",
  },
  {
    name: 'the Baltic Defence Institute',
    short: 'Baltic Defence Institute',
    described: 'a state-funded research institute',
  },
  { name: 'Vantage Maritime', short: 'Vantage Maritime', described: 'a shipping analytics firm' },
] as const;

describe('a relative clause after a name and its description', () => {
  it('credits the name, not the description', () => {
    expectCredits(
      BODIES.flatMap(({ name, short, described }) => [
        {
          text: `Exports rose, according to ${name}, ${described}, which said Russia took 3.5 per cent of the total.`,
          figure: '3.5 per cent',
          want: person(short),
        },
        {
          text: `Most analysts cite ${name}, ${described}, which calculated that Pyongyang earned about $6.1bn last year.`,
          figure: '$6.1bn',
          want: person(short),
        },
      ]),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('still credits a body named by its noun alone', () => {
    expectCredits(
      [
        {
          text: 'Trade grew, according to the customs office, which said 420 trucks crossed in May.',
          figure: '420',
          want: person('the customs office'),
        },
        {
          text: 'Oslo relies on the Nordic Trade Office, which said 420 trucks crossed in May.',
          figure: '420',
          want: person('Nordic Trade Office'),
        },
      ],
      { pick: byFigure, accepts: exactCredit },
    );
  });
});

describe('a name set off after a description', () => {
  it('credits the name, with the description as its affiliation', () => {
    expectCredits(
      [
        [
          "In 2024, China took 96% of recorded North Korean commerce, according to Oslo's trade promotion office, NTO; Russia's share was under 2%.",
          '96%',
          'NTO',
        ],
        [
          "Russia's share was under 2%, according to Oslo's trade promotion office, NTO.",
          'under 2%',
          'NTO',
        ],
        [
          'About 310 tankers called at Nampo, according to a shipping analytics firm, Vantage Maritime, in its yearly review.',
          '310',
          'Vantage Maritime',
        ],
      ].map(([text, figure, name]) => ({
        text: text as string,
        figure: figure as string,
        want: person(name as string),
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('keeps a description whose comma opens a clause', () => {
    expectCredits(
      [
        {
          text: 'Exports reached $48m, according to the customs office, North Korea reported.',
          figure: '$48m',
          want: person('the customs office'),
        },
        {
          text: 'Exports reached $48m, according to the customs office, Reuters reported on Monday.',
          figure: '$48m',
          want: person('the customs office'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });
});
