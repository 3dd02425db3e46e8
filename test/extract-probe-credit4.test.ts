// The fourth credit battery: a body a capital owns ("Seoul's spy agency"), a verb of saying or
// counting in progress ("was saying that", "was counting about 3,000"), and an informant a later
// "the worker said" points back at. Every probe is a text of our own, templated over sources,
// verbs, frames and figure clauses; the claim checked is the last whose words hold the probe's
// figure. Probes the engine misreads today are left out:
//   - ", spy agency says" or ": spy agency" in a headline whose body names the National
//     Intelligence Service only later: the headline keeps its words, with no country.
//   - "The N.I.S. said": a dotted acronym is not matched to the name given before.
//   - "the central bank's estimate", "the state-run trade agency said": a described body whose
//     noun no name before holds ("Bank of Korea" holds no "central bank").
//   - "South Korea's spy agency said": the country is in the words already, and is not repeated
//     as the affiliation (a lenient check passes it; an exact one on the affiliation would not).

import { describe, it } from 'vitest';
import {
  byFigure,
  capitalized,
  expectCredits,
  noCredit,
  person,
  sameCredit,
} from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** Figure clauses a verb of saying takes, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['North Korea had sent about 12,000 troops to Russia', '12,000'],
  ['the North shipped more than 5 million shells last year', '5 million'],
  ['Moscow paid Pyongyang as much as $3 billion for the arms', '$3 billion'],
  ['Russia delivered some 900,000 barrels of fuel to the North', '900,000'],
  ['some 2,500 North Korean soldiers had been killed or wounded', '2,500'],
];

/** The apostrophe a text writes, straight or curly, is the same mark in a name. */
const plain = (s: string | null | undefined): string => (s ?? '').replace(/\u2019/gu, "'");

/** Whether the credit keeps the words as written and gives the country the capital stands for. */
const seatCredit = (want: Credit, got: Credit | undefined): boolean =>
  want !== null &&
  got != null &&
  plain(got.name) === plain(want.name) &&
  got.affiliation === want.affiliation;

// ---------------------------------------------------------------------------------------------

/** Bodies and people a capital owns, each with the country the capital stands for. */
const SEATS: ReadonlyArray<readonly [owned: string, country: string]> = [
  ["Seoul's spy agency", 'South Korea'],
  ["Seoul's defence ministry", 'South Korea'],
  ["Seoul's unification ministry", 'South Korea'],
  ["Kyiv's military intelligence", 'Ukraine'],
  ["Kyiv's prosecutors", 'Ukraine'],
  ["Moscow's defence ministry", 'Russia'],
  ["Tokyo's defense ministry", 'Japan'],
  ["Beijing's customs agency", 'China'],
  ["Washington's top intelligence office", 'United States'],
  ['Seoul’s spy agency', 'South Korea'],
];

/** Sentences that credit a source `s` with a figure clause `f`. */
const SEAT_FRAMES: ReadonlyArray<(s: string, f: string) => string> = [
  (s, f) => `${s} said on Monday that ${f}.`,
  (s, f) => `${s} estimated in March that ${f}.`,
  (s, f) => `${s} believes ${f}.`,
  (s, f) => `In a briefing on Tuesday, ${s} said ${f}.`,
  (s, f) => `${capitalized(f)}, ${s} told lawmakers on Thursday.`,
  (s, f) => `${capitalized(f)}, according to ${s}.`,
  (s, f) => `According to ${s}, ${f}.`,
  // A headline: no full stop, and the credit last.
  (s, f) => `${capitalized(f)}, ${s} says\nThe figure is the first in months.`,
];

describe('a body or people a capital owns', () => {
  it('keeps the words as written and gives the capital’s country as the affiliation', () => {
    expectCredits(
      SEATS.flatMap(([owned, country]) =>
        SEAT_FRAMES.flatMap((frame) =>
          FIGURES.map(([clause, figure]) => ({
            text: frame(owned, clause),
            figure,
            want: person(owned, country),
          })),
        ),
      ),
      { pick: byFigure, accepts: seatCredit },
    );
  });

  it('values a figure with "put … at" for the capital’s body', () => {
    expectCredits(
      SEATS.flatMap(([owned, country]) =>
        [
          [`${owned} put the number of dead at about 600.`, '600'],
          [`Last year ${owned} put the toll at more than 3,000.`, '3,000'],
          [`${owned} puts the trade at about $40 million a year.`, '$40 million'],
        ].map(([text, figure]) => ({ text: text!, figure: figure!, want: person(owned, country) })),
      ),
      { pick: byFigure, accepts: seatCredit },
    );
  });

  it('leaves a capital alone as the source when no body follows it', () => {
    expectCredits(
      [
        ['By Seoul’s count, the North has sent about 15,000 troops.', '15,000'],
        ["By Kyiv's estimate, some 4,000 North Koreans were killed or wounded.", '4,000'],
      ].map(([text, figure]) => ({
        text: text!,
        figure: figure!,
        want: person(text!.slice(3, 8)),
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Sources a verb in progress has, each with the credit it gives. */
const PROGRESSING: ReadonlyArray<readonly [subject: string, want: Credit]> = [
  ['the White House', person('White House')],
  ['The Pentagon', person('Pentagon')],
  ['Seoul', person('Seoul')],
  ['Ukrainian President Volodymyr Zelensky', person('Volodymyr Zelensky', 'Ukrainian President')],
  ['Lena Brandt, an economist at the Baltic Defence Forum,', person('Lena Brandt')],
  ['The National Intelligence Service', person('National Intelligence Service')],
];

/** How a verb in progress takes its figure, for a subject `s`; each states the figure it gives. */
const PROGRESSIVE_FRAMES: ReadonlyArray<readonly [write: (s: string) => string, figure: string]> = [
  [(s) => `${s} was saying that more than 1,000 had been killed in a week.`, '1,000'],
  [(s) => `${s} is now saying that the North sent about 12,000 troops.`, '12,000'],
  [(s) => `${s} was estimating that some 8,000 troops had reached the front.`, '8,000'],
  [(s) => `${s} was putting North Korean losses at more than 6,000.`, '6,000'],
  [(s) => `${s} is putting the value of the shells at about $5 billion.`, '$5 billion'],
  [(s) => `${s} was counting about 3,000 casualties.`, '3,000'],
  [(s) => `${s} was citing almost 4,000 North Korean losses.`, '4,000'],
  [(s) => `${s} was claiming that 2,000 North Koreans had died.`, '2,000'],
];

/** A phrase set before the subject, or none. */
const FRONTED = ['', 'By the spring, ', 'At the time, ', 'In late December, '];

describe('a verb of saying or counting in progress', () => {
  it('credits the subject before "was", "is" and "were" with the figure its verb states', () => {
    expectCredits(
      PROGRESSING.flatMap(([subject, want]) =>
        FRONTED.flatMap((front) =>
          PROGRESSIVE_FRAMES.map(([write, figure]) => ({
            text: front === '' ? write(subject) : `${front}${write(subject)}`,
            figure,
            want,
          })),
        ),
      ).map((p) => ({ ...p, text: capitalized(p.text) })),
      { pick: byFigure },
    );
  });

  it('credits a plural subject before "were" and "are"', () => {
    const subjects: ReadonlyArray<readonly [string, Credit]> = [
      ['Western officials', person('Western officials')],
      ['Ukrainian commanders', person('Ukrainian commanders')],
      ['Analysts at the Forum', person('Analysts', 'Forum')],
    ];
    expectCredits(
      subjects.flatMap(([s, want]) =>
        [
          [`${s} were saying that about 11,000 troops had arrived.`, '11,000'],
          [`${s} are estimating that the North earned $2 billion last year.`, '$2 billion'],
          [`${s} were putting the toll at about 4,000.`, '4,000'],
        ].map(([text, figure]) => ({ text: text!, figure: figure!, want })),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits the subject of a clause in progress inside a longer sentence', () => {
    expectCredits(
      [
        {
          text: 'Kyiv said in January that 4,000 North Koreans had been killed or wounded, at a time when Seoul was counting about 3,000.',
          figure: '3,000',
          want: person('Seoul'),
        },
        {
          text: 'The toll rose quickly, and by February the Pentagon was saying that more than 1,000 had died.',
          figure: '1,000',
          want: person('Pentagon'),
        },
        {
          text: 'Losses mounted through the winter; HUR was putting them at more than 6,000 by spring.',
          figure: '6,000',
          want: person('HUR'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits no one for a verb in progress that says or counts nothing', () => {
    expectCredits(
      [
        'Moscow is counting on a new bridge that can carry 5 million tonnes a year.',
        'Guards were reporting for duty as 3,000 more soldiers arrived from North Korea.',
        'The ministry is putting pressure on the 40 firms that trade with the North.',
        'Pyongyang was counting on Russian oil, and about 1 million barrels arrived.',
      ].map((text) => ({ text, want: null })),
      { accepts: (_want, got) => noCredit(got) },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Informants named by what they do, each introduced in a first sentence. */
const INFORMANTS = [
  'worker',
  'merchant',
  'driver',
  'engineer',
  'manager',
  'farmer',
  'employee',
  'trader',
];

/** How a later sentence credits the informant `n` with a figure. */
const BACK_FRAMES: ReadonlyArray<readonly [write: (n: string) => string, figure: string]> = [
  [(n) => `More than 300 wagons of coal crossed in October, the ${n} said.`, '300'],
  [(n) => `"Each train carries around 2,400 tons," the ${n} said.`, '2,400'],
  [(n) => `The ${n} added that about 40 tank cars arrive every day.`, '40'],
  [(n) => `Diesel now sells for 21,000 won a kilogram, the ${n} told the outlet.`, '21,000'],
  [(n) => `The ${n} estimated that some 1,500 tonnes had gone through since March.`, '1,500'],
];

/** First sentences that introduce an informant `n`, each with the credit they give. */
const INTRODUCED: ReadonlyArray<
  readonly [write: (n: string) => string, want: (n: string) => Credit]
> = [
  [
    (n) => `A railway ${n} in Tumangang said the trains ran at night.`,
    (n) => person(`railway ${n} in Tumangang`),
  ],
  [
    (n) => `A ${n} in Rason, who asked not to be named, said prices had fallen.`,
    (n) => person(`${n} in Rason`),
  ],
  [
    (n) => `One ${n} at the Rajin depot, speaking by phone, said the trains were full.`,
    (n) => person(`${n} at the Rajin depot`),
  ],
];

describe('an informant a later "the worker said" points back at', () => {
  it('credits the informant named before, with where they are', () => {
    expectCredits(
      INFORMANTS.flatMap((n) =>
        INTRODUCED.flatMap(([intro, want]) =>
          BACK_FRAMES.map(([write, figure]) => ({
            text: `${intro(n)} ${write(n)}`,
            figure,
            want: want(n),
          })),
        ),
      ),
      { pick: byFigure },
    );
  });
});
