// A body whose name opens with a number ("38 North") is read as a name wherever a lettered one
// would be: after "according to", after "by" with or without a document before it, and after
// the people who work there ("analysts at 38 North"). The number opens a name only with the word
// that completes it (lexicon `numberedNames`), and only when the name stops there: "38 North
// Korean soldiers" counts soldiers and names no one.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, person, sameCredit } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** Ways a text credits a body, `b`, with a figure, and the figure each states. */
const CREDITS: ReadonlyArray<readonly [write: (b: string) => string, figure: string]> = [
  [(b) => `Moscow shipped 35,000 tonnes of sugar to Wonsan in 2023, according to ${b}.`, '35,000'],
  [
    (b) => `Chongjin moved some 2 million tonnes of goods in 2019, in figures gathered by ${b}.`,
    '2 million',
  ],
  [(b) => `A study by ${b} found 600 railcars crossed the bridge in June.`, '600'],
  [(b) => `According to ${b}, 700 wagons were parked at Tumangang in March.`, '700'],
  [(b) => `${b} says about 90 tankers called at Vostochny in 2024.`, '90'],
  [
    (b) =>
      `Moscow shipped 25,000 tonnes of wheat to Nampo, according to port logs compiled by ${b}, besides some fuel.`,
    '25,000',
  ],
];

describe('a name that opens with a number', () => {
  it('is credited wherever a lettered name would be', () => {
    expectCredits(
      CREDITS.flatMap(([write, figure]) => [
        { text: write('38 North'), figure, want: person('38 North') },
        // (The same frames with a lettered body, which must read alike.)
        { text: write('Stimson'), figure, want: person('Stimson') },
      ]),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('is the body of the people who work there', () => {
    expectCredits(
      [
        {
          text: 'Moscow shipped 25,000 tonnes of wheat to Nampo, according to port logs compiled by analysts at 38 North, besides some fuel.',
          figure: '25,000',
          want: person('analysts', '38 North'),
        },
        {
          text: 'Mira Holm, an analyst at 38 North, said 5,000 workers left for Russia in May.',
          figure: '5,000',
          want: person('Mira Holm', '38 North'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('names no one when the number counts what follows it', () => {
    const probes: ReadonlyArray<readonly [text: string, figure: string, want: Credit]> = [
      [
        'Officials said 38 North Korean soldiers were captured near Sudzha.',
        '38 North Korean soldiers',
        person('Officials'),
      ],
      [
        'By 2024, 38 North Korean workers had reached Khabarovsk, the ministry said.',
        '38',
        person('ministry'),
      ],
    ];
    expectCredits(
      probes.map(([text, figure, want]) => ({ text, figure, want })),
      { pick: byFigure, accepts: sameCredit },
    );
  });
});
