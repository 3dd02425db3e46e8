// A verb of telling whose object is a story ("port records tell a different story", "the depot
// tells the rest of its story") says nothing: its subject is a witness the writer points
// to, not a source a figure is credited to. The figures after it keep the credit they would have
// without it: none in the writer's own voice, or the speaker a carried "she said" names. A teller
// with a listener ("tells lawmakers that …") or a story of something ("told the story of 200
// soldiers") still speaks.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, noCredit, person, sameCredit } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** Sentences that tell a story before a figure in the writer's own voice, with that figure. */
const STORIES: ReadonlyArray<readonly [text: string, figure: string]> = [
  [
    'Across the border, the depot at Ussuriysk tells the rest of its story. That week 75 wagons were parked there.',
    '75 wagons',
  ],
  ['Rail manifests tell a different story: 40 tankers called at Nampo in March.', '40 tankers'],
  ['Customs data tells its own tale: 900 tonnes of flour crossed at Sinuiju in May.', '900 tonnes'],
  ['Imagery of Chongjin told a similar story, with 250 containers on the quay.', '250 containers'],
  ['The quay at Rason tells the story. On Friday 310 containers sat beside the berth.', '310'],
];

describe('a verb of telling with a story for its object', () => {
  it('credits no one with the figures after it', () => {
    expectCredits(
      STORIES.map(([text, figure]) => ({ text, figure, want: null })),
      { pick: byFigure, accepts: (_, got) => noCredit(got) },
    );
  });

  it('leaves a carried speaker the figure her words go on to give', () => {
    expectCredits(
      [
        {
          text: 'Lena Ortiz, an economist at the Baltic Trade Institute, watches the border closely. "Ferry bookings tell the story," she said, noting that freight trains to Vladivostok climbed to about 150 a month.',
          figure: '150',
          want: person('Lena Ortiz', 'Baltic Trade Institute'),
        },
      ],
      { pick: byFigure },
    );
  });

  it('still reads a teller with a listener, or with a story of something, as the source', () => {
    const probes: ReadonlyArray<readonly [text: string, figure: string, want: Credit]> = [
      ['The ministry tells lawmakers that 3,000 troops were sent.', '3,000', person('ministry')],
      [
        "Kyiv told its allies that 4,000 of Pyongyang's troops were wounded.",
        '4,000',
        person('Kyiv'),
      ],
      [
        'The general told the story of 200 soldiers lost in a single night.',
        '200',
        person('general'),
      ],
    ];
    expectCredits(
      probes.map(([text, figure, want]) => ({ text, figure, want })),
      { pick: byFigure, accepts: sameCredit },
    );
  });
});
