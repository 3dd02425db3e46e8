// A country or capital that counts, named alone as a sentence's subject: "… as Tokyo tallies 14
// tankers", "Kyiv counted 900 wounded". It counts through its officials, so another source the
// sentence names ("…, according to the defence minister", "…, the ministry said") keeps the
// credit, as before; with none, the country is the source, as annotators credit a headline's
// "Seoul says". Verbs of recording ("Moscow recorded …") are left as they were: a country's
// recorded trade reads as its customs books as often as a claim. Every probe is a text of our
// own, templated over countries, verbs, figures and the line's shape.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, noCredit, person, sameCredit } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** Countries and capitals as a headline or a sentence names them, each with its credit. */
const COUNTERS: ReadonlyArray<readonly [name: string, want: Credit]> = [
  ['Seoul', person('Seoul')],
  ['Kyiv', person('Kyiv')],
  ['Tokyo', person('Tokyo')],
  ['Washington', person('Washington')],
  ['Ukraine', person('Ukraine')],
  ['South Korea', person('South Korea')],
];

const VERBS = ['counts', 'tallies', 'has counted', 'has tallied', 'counted', 'tallied'];

/** What is counted, with the figure checked. */
const COUNTS: ReadonlyArray<readonly [object: string, figure: string]> = [
  ['28,000 containers of arms', '28,000'],
  ['3,100 North Korean dead near Kursk', '3,100'],
  ['14 North Korean tankers off Vladivostok', '14'],
  ['more than 1,200 wounded soldiers', '1,200'],
];

/** Where the count stands: a headline after another clause, a headline alone, a sentence. */
const SHAPES: ReadonlyArray<(clause: string) => string> = [
  (c) => `Kim hosts Shoigu as ${c}\n\nThe visit lasted two days.`,
  (c) => `${c}\n\nThe figure was given on Monday.`,
  (c) => `${c}.`,
  (c) => `In its latest briefing, ${c}.`,
];

describe('a country that counts, named alone', () => {
  it('is the source of its count', () => {
    expectCredits(
      COUNTERS.flatMap(([name, want]) =>
        VERBS.flatMap((verb) =>
          COUNTS.flatMap(([object, figure]) =>
            SHAPES.map((shape) => ({ text: shape(`${name} ${verb} ${object}`), figure, want })),
          ),
        ),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('leaves the credit to a source the sentence names besides it', () => {
    expectCredits(
      [
        [
          'Seoul has counted 6,500 containers, according to Defence Minister Park Tae-ho.',
          '6,500',
          person('Park Tae-ho'),
        ],
        [
          'Kyiv counted 900 North Korean casualties, Budanov told reporters.',
          '900',
          person('Budanov'),
        ],
        [
          'Tokyo tallied 12 tankers in the strait in May, the coast guard said.',
          '12',
          person('coast guard'),
        ],
        [
          'According to the Joint Chiefs of Staff, Seoul counted about 3,000 North Korean dead.',
          '3,000',
          person('Joint Chiefs of Staff'),
        ],
      ].map(([text, figure, want]) => ({
        text: text as string,
        figure: figure as string,
        want: want as Credit,
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits no one where a country only records, or where no one counts', () => {
    expectCredits(
      [
        'Russia recorded trade of only $20 million with the North last year.',
        'Moscow recorded 13,000 North Korean arrivals last year.',
        'Kim hosts Shoigu as 28,000 containers reach Russia\n\nThe visit lasted two days.',
        'North Korea counts on 12,000 troops it sent to Russia.',
      ].map((text) => ({ text, want: null })),
      { accepts: (_, got) => noCredit(got) },
    );
  });
});
