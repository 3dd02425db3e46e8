// The third credit battery: a subject described before its verb, and a person named in full
// outside any credit. Every probe is a text of our own, templated over subjects, descriptions,
// verbs and figure clauses; the claim checked is the last whose words hold the probe's figure,
// and its credit must be the expected one (the lenient check of sameCredit) and name no word the
// expected credit has not. Probes the engine misreads today are left out:
//   - "X, who studies the trade at the Forum, estimates the …": the person is credited, but the
//     Forum a "who" clause names is not kept as the affiliation (an exact check would fail it).
//   - "Satellite imagery of Rajin port showed", "Imagery from a commercial provider shows",
//     "Satellite imagery from Planet Labs shows", "Commercial satellite images from Airbus show",
//     "Imagery of the station, on …, showed": the subject's walk stops at the place or provider
//     after "of" or "from" and credits it. Reading those as no source too cost tune3 a figure whose
//     "38 North" credit matched only by the word "North" of the place ("by 38 North" is no name
//     to the engine: a number opens it).
//   - "On Monday, imagery from Maxar showed …": the same, after a fronted phrase.

import { describe, it } from 'vitest';
import { body, capitalized, expectFigureCredits, person } from './extract-probe-support.ts';
import type { Credit, FigureCreditProbe } from './extract-probe-support.ts';

/** Figure clauses a verb of reckoning takes with no "that", each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['North Korea has sent about 11,000 troops to Russia', '11,000'],
  ['the North shipped more than 6 million artillery shells last year', '6 million'],
  ["Pyongyang's arms sales brought in as much as $20 billion", '$20 billion'],
  ['Russia delivered some 1 million barrels of oil to North Korea', '1 million'],
  ['the trade is worth up to $4 billion a year', '$4 billion'],
  ["the country's plants can turn out about 2 million shells a year", '2 million'],
];

/** Subjects that open a sentence with an appositive set off, and the credit each gives. */
const DESCRIBED: ReadonlyArray<readonly [subject: string, aside: string, want: Credit]> = [
  [
    'Lena Brandt',
    'an economist at the Baltic Defence Forum',
    person('Lena Brandt', 'Baltic Defence Forum'),
  ],
  [
    'Park Min-jun',
    'a senior fellow at the Korea Institute for Defense Analyses',
    person('Park Min-jun', 'Korea Institute for Defense Analyses'),
  ],
  ['Tomas Rivera', 'a former Pentagon analyst', person('Tomas Rivera')],
  ['The Baltic Defence Forum', 'a think tank in Riga', body('Baltic Defence Forum')],
  ['The Open Source Centre', 'a London-based research group', body('Open Source Centre')],
  [
    'The Nordic Monitoring Group',
    'an 11-nation body set up after the UN panel was disbanded',
    body('Nordic Monitoring Group'),
  ],
];

/** Verbs that are also plural nouns, with the plain verbs beside them for comparison. */
const RECKONING = ['estimates', 'finds', 'reckons', 'believes', 'says', 'calculates'];

/** The words a described-subject template is written from. */
interface Parts {
  readonly s: string;
  readonly a: string;
  readonly v: string;
  readonly f: string;
}

/** Every subject (s) with its aside (a), over every verb (v) and figure clause (f). */
function described(write: (parts: Parts) => string): FigureCreditProbe[] {
  return DESCRIBED.flatMap(([s, a, want]) =>
    RECKONING.flatMap((v) =>
      FIGURES.map(([f, figure]) => ({
        text: write({ s, a, v, f }),
        figure,
        want,
      })),
    ),
  );
}

describe('a subject described before a verb that is also a plural noun', () => {
  it('credits the subject past an appositive between commas, with no "that" after the verb', () => {
    expectFigureCredits(described(({ s, a, v, f }) => `${s}, ${a}, ${v} ${f}.`));
  });

  it('credits the subject past the appositive when a paragraph opens with it', () => {
    expectFigureCredits(
      described(({ s, a, v, f }) => `The numbers are hard to check.\n\n${s}, ${a}, ${v} ${f}.`),
    );
  });

  it('credits the subject past the appositive after an earlier sentence', () => {
    expectFigureCredits(
      described(
        ({ s, a, v, f }) =>
          `Estimates of the trade vary widely. ${s}, ${a}, ${v} ${f}, a rise on 2023.`,
      ),
    );
  });

  it('credits the subject past an appositive between dashes', () => {
    expectFigureCredits([
      ...described(({ s, a, v, f }) => `${s} — ${a} — ${v} ${f}.`),
      ...described(({ s, a, v, f }) => `${s} – ${a} – ${v} ${f}.`),
    ]);
  });

  it('credits the subject of a reckoning that values the figure with "at"', () => {
    expectFigureCredits(
      DESCRIBED.flatMap(([subject, aside, want]) =>
        [
          ["North Korea's receipts from the troops at $10 million to $15 million", '$10 million'],
          ['the value of the oil at about $500 million last year', '$500 million'],
          ["Pyongyang's yearly output at 2 million shells", '2 million'],
        ].map(([clause, figure]) => ({
          text: `${subject}, ${aside}, estimates ${clause}.`,
          figure: figure!,
          want,
        })),
      ),
    );
  });
});

describe('a subject set off by dashes before a verb of saying', () => {
  const verbs = ['said', 'found', 'estimated', 'reported', 'told reporters'];
  it('credits the subject past a dashed appositive, also one that holds commas', () => {
    expectFigureCredits(
      DESCRIBED.flatMap(([subject, aside, want]) =>
        verbs.flatMap((verb) =>
          FIGURES.flatMap(([clause, figure]) => [
            { text: `${subject} — ${aside} — ${verb} that ${clause}.`, figure, want },
            {
              text: `${subject} – ${aside}, with staff in Seoul, Kyiv and Tokyo – ${verb} that ${clause}.`,
              figure,
              want,
            },
          ]),
        ),
      ),
    );
  });

  it('keeps the closing speaker when dashes set off an aside about the figure', () => {
    expectFigureCredits(
      FIGURES.map(([clause, figure]) => ({
        text: `${capitalized(clause)} — more than in any year before — the Baltic Defence Forum said.`,
        figure,
        want: body('Baltic Defence Forum'),
      })),
    );
  });
});

describe('a phrase fronted before a described subject', () => {
  const fronts = [
    'In a report published in May',
    'On Monday',
    'Last week',
    'After a year of field work',
    'In its latest assessment',
  ];
  it('credits the subject after the fronted phrase, not the phrase, past the appositive', () => {
    expectFigureCredits(
      fronts.flatMap((front) =>
        DESCRIBED.flatMap(([subject, aside, want]) =>
          ['said', 'found that', 'estimated that'].flatMap((verb) =>
            FIGURES.map(([clause, figure]) => ({
              text: `${front}, ${subject.replace(/^The /, 'the ')}, ${aside}, ${verb} ${clause}.`,
              figure,
              want,
            })),
          ),
        ),
      ),
    );
  });
});

describe('a reckoning whose maker an aside names', () => {
  const makers: ReadonlyArray<readonly [maker: string, want: Credit]> = [
    ['the Baltic Defence Forum', body('Baltic Defence Forum')],
    [
      "South Korea's National Intelligence Service",
      body("South Korea's National Intelligence Service"),
    ],
    ['the Open Source Centre (OSC)', body('Open Source Centre')],
    ['the Asan Institute for Policy Studies', body('Asan Institute for Policy Studies')],
    ['Lena Brandt of the Baltic Defence Forum', person('Lena Brandt', 'Baltic Defence Forum')],
  ];
  const openers = ['The most widely cited', 'The latest', 'One', 'The most-cited', 'An earlier'];
  const nouns = ['estimate', 'count', 'assessment', 'calculation'];
  it('credits the maker after "One estimate, from X," whatever verb follows', () => {
    expectFigureCredits(
      makers.flatMap(([maker, want]) =>
        openers.flatMap((opener) =>
          nouns.flatMap((noun) =>
            ['holds that', 'suggests that', 'is that', 'found that'].flatMap((verb) =>
              FIGURES.map(([clause, figure]) => ({
                text: `${opener} ${noun}, from ${maker}, ${verb} ${clause}.`,
                figure,
                want,
              })),
            ),
          ),
        ),
      ),
    );
  });

  it('credits the maker after "By the latest count, from X," for the figures that follow', () => {
    expectFigureCredits(
      makers.flatMap(([maker, want]) =>
        ['By the latest count', 'By one estimate', 'By the most widely cited count'].flatMap(
          (opener) =>
            FIGURES.map(([clause, figure]) => ({
              text: `${opener}, from ${maker}, ${clause}.`,
              figure,
              want,
            })),
        ),
      ),
    );
  });
});

describe('imagery of a place or from a provider', () => {
  const counts: ReadonlyArray<readonly [clause: string, figure: string]> = [
    ['at least 11 bulk carriers loading at the coal pier', '11'],
    ['an average of 38 railcars a day in the yard', '38'],
    ['about 320 containers stacked on the quay', '320'],
    ['nine tankers moored off the breakwater', 'nine'],
  ];
  const subjects = [
    'Imagery from Planet Labs',
    'Imagery from Airbus Defence and Space',
    'Imagery of the Tumangang rail yard',
    'Images of the Vostochny terminal',
    'Photos of the Rajin coal pier',
  ];
  it('credits no one for what imagery that opens a sentence shows', () => {
    expectFigureCredits(
      subjects.flatMap((subject) =>
        ['shows', 'showed', 'shows what appear to be'].flatMap((verb) =>
          counts.map(([clause, figure]) => ({
            text: `${subject} ${verb} ${clause}.`,
            figure,
            want: null,
          })),
        ),
      ),
    );
  });

  it('credits the one who cites the imagery, or who released it', () => {
    expectFigureCredits(
      subjects.flatMap((subject) =>
        counts.flatMap(([clause, figure]) => [
          {
            text: `${subject} shows ${clause}, the Baltic Defence Forum said.`,
            figure,
            want: body('Baltic Defence Forum'),
          },
          {
            text: `${subject.replace(/,$/, '')} released by the Baltic Defence Forum shows ${clause}.`,
            figure,
            want: body('Baltic Defence Forum'),
          },
        ]),
      ),
    );
  });
});

describe('a reckoning its owner states as a clause', () => {
  const owners: ReadonlyArray<readonly [owner: string, want: Credit]> = [
    ["the Bank of Korea's", body('Bank of Korea')],
    ["Seoul's", body('Seoul')],
    ["the Pentagon's", body('Pentagon')],
    ['the Baltic Defence Forum’s', body('Baltic Defence Forum')],
    ["Lena Brandt's", person('Lena Brandt')],
  ];
  const frames: ReadonlyArray<(owned: string, clause: string) => string> = [
    (o, f) => `The count is consistent with ${o} that ${f}.`,
    (o, f) => `Kyiv has questioned ${o} that ${f}.`,
    (o, f) => `The new report repeats ${o} that ${f}, though it adds no evidence.`,
  ];
  it('credits the owner of "X\'s estimate that …" with the figures of the clause', () => {
    expectFigureCredits(
      owners.flatMap(([owner, want]) =>
        ['estimate', 'assessment', 'calculation'].flatMap((noun) =>
          frames.flatMap((frame) =>
            FIGURES.map(([clause, figure]) => ({
              text: frame(`${owner} ${noun}`, clause),
              figure,
              want,
            })),
          ),
        ),
      ),
    );
  });
});

/** People introduced in full outside a credit, and the sentence that introduces them. */
const INTRODUCED: ReadonlyArray<readonly [introduction: string, surname: string, want: Credit]> = [
  [
    'The report, written by research fellow Seo Ha-eun, came out on Monday.',
    'Seo',
    person('Seo Ha-eun'),
  ],
  [
    'The study was led by Kwon Tae-yang of the Asan Forum and runs to 80 pages.',
    'Kwon',
    person('Kwon Tae-yang'),
  ],
  [
    'A paper by Lena Brandt of the Baltic Defence Forum traces the payments.',
    'Brandt',
    person('Lena Brandt', 'Baltic Defence Forum'),
  ],
  ['Its author, Tomas Rivera, spent two years on the border.', 'Rivera', person('Tomas Rivera')],
];

/** What the person says later, by surname alone. */
const BY_SURNAME: ReadonlyArray<(surname: string, clause: string) => string> = [
  (s, f) => `${s} estimates that ${f}.`,
  (s, f) => `${s} said ${f}.`,
  (s, f) => `According to ${s}, ${f}.`,
  (s, f) => `${capitalized(f)}, ${s} writes.`,
  (s, f) => `Of that, ${s} estimates, ${f}.`,
];

describe('a surname after a full name given outside any credit', () => {
  it('credits the full name the text gave the person before', () => {
    expectFigureCredits(
      INTRODUCED.flatMap(([introduction, surname, want]) =>
        BY_SURNAME.flatMap((write) =>
          FIGURES.map(([clause, figure]) => ({
            text: `${introduction} ${write(surname, clause)}`,
            figure,
            want,
          })),
        ),
      ),
    );
  });

  it('credits the full name across a paragraph and another source between', () => {
    expectFigureCredits(
      INTRODUCED.flatMap(([introduction, surname, want]) =>
        FIGURES.map(([clause, figure]) => ({
          text: `${introduction} The ministry declined to comment.\n\nThe border has been busy. ${surname} estimates that ${clause}.`,
          figure,
          want,
        })),
      ),
    );
  });

  it('keeps a word that only looks like a surname as written', () => {
    expectFigureCredits(
      FIGURES.map(([clause, figure]) => ({
        text: `The team met in Seoul in May. Seoul estimates that ${clause}.`,
        figure,
        want: body('Seoul'),
      })),
    );
  });
});
