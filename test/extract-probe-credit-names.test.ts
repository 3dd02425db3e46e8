// The credit-name battery: where a credited name begins and ends, and what a referring noun ("the
// report", "the authors", "the summary") stands for. Every probe is a text of our own; the figure
// checked is the text's last, and its credit must be the expected one (the lenient check of
// sameCredit) and hold no word the expected credit does not (no opener, no verb, no object).
// Probes the engine misreads today are left out:
//   - "A study published by X looks at the payments. The study said ..." (and "came out on
//     Monday"): a verb the lexicon does not know, followed by a preposition rather than an
//     article, is read as part of X's name ("X looks"), since a plural noun reads the same
//     ("contractors at the port").
//   - "After X finished its study, it estimated ...", "While Ukrainian officials gave no
//     breakdown, they said ...": a pronoun whose antecedent is the subject of a clause that
//     names no source stays "it" / "they".
//   - "In an interview with the BBC Budanov said ..." with no comma: the object of the phrase
//     runs into the name, since nothing tells where "the BBC" ends; with the comma it is read.
//   - "In Seoul officials said ...": a preposition's object with no end in sight stays in the
//     name ("In Seoul officials"), where cutting it could cut a name that opens with "In".

import { describe, it } from 'vitest';
import { body, capitalized, expectCredits, person } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** Figure clauses over the kinds of figure reporting credits: troops, shells, oil, money, losses. */
const FIGURES = [
  'North Korea had sent about 11,000 troops to Russia',
  'Pyongyang had shipped more than 6 million artillery shells to Moscow',
  'Russia had delivered some 1 million barrels of oil to North Korea',
  'North Korea had earned as much as $20 billion from the arms trade',
  'about 4,700 North Korean soldiers had been killed or wounded in Kursk',
];

interface Probe {
  readonly text: string;
  readonly want: Credit;
}

/** Each credited subject, as a sentence writes it, with the credit it gives. */
const CREDITS: ReadonlyArray<readonly [subject: string, want: Credit]> = [
  ["South Korea's spy agency", body("South Korea's spy agency")],
  [
    'the Korea Institute for National Unification',
    body('Korea Institute for National Unification'),
  ],
  ['Defence Minister Anders Holm', person('Defence Minister Anders Holm')],
  ['Ukrainian officials', body('Ukrainian officials')],
  ['Lena Brandt, a researcher at the Baltic Defence Forum,', person('Lena Brandt')],
];

/** Every opener before every credited subject, over every figure clause. */
function fronted(openers: readonly string[], verb: string): Probe[] {
  return openers.flatMap((opener) =>
    CREDITS.flatMap(([subject, want]) =>
      FIGURES.map((f) => ({
        text: `${opener} ${opener.endsWith(',') ? subject : subject} ${verb} ${f}.`,
        want,
      })),
    ),
  );
}

describe('an opener before the credited subject', () => {
  it('credits the subject after a phrase of time, with or without a comma', () => {
    expectCredits([
      ...fronted(
        [
          'In the spring',
          'In the spring,',
          'On Monday',
          'On Monday,',
          'Last week',
          'Last week,',
          'Earlier this year',
          'Earlier this year,',
          'In a briefing on Tuesday',
          'In a briefing on Tuesday,',
          'Over the summer,',
          'In March,',
        ],
        'said',
      ),
      ...fronted(['In the autumn', 'On Friday,', 'Last month'], 'estimated that'),
      ...fronted(['During the war', 'In its annual report,', 'Since 2023,'], 'has said'),
      ...fronted(['Earlier,', 'This week', 'Later that year'], 'told reporters that'),
    ]);
  });

  it('credits the subject after a phrase of manner or source', () => {
    expectCredits(
      fronted(
        [
          'Citing intercepted communications,',
          'Using satellite imagery,',
          'Based on customs data,',
          'Speaking to reporters,',
          'In a statement,',
          'In an interview with the BBC,',
          'Asked about the figures,',
          'Drawing on interrogations of prisoners,',
        ],
        'said',
      ),
    );
  });

  it('credits the subject after a word of discourse', () => {
    expectCredits([
      ...fronted(['Yet', 'But', 'Still,', 'Meanwhile,', 'However,', 'And'], 'said'),
      ...fronted(['Separately,', 'Now', 'Instead,'], 'believes'),
    ]);
  });

  it('credits the subject of a clause an opener introduces, and the one a pronoun stands for', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        {
          text: `When South Korea's spy agency briefed lawmakers, it said ${f}.`,
          want: body("South Korea's spy agency"),
        },
        {
          text: `South Korea's spy agency briefed lawmakers in the spring. In the autumn the agency told them that ${f}.`,
          want: body("South Korea's spy agency"),
        },
        {
          text: `South Korea's spy agency briefed lawmakers in the spring. Later that year the agency said ${f}.`,
          want: body("South Korea's spy agency"),
        },
      ]),
    );
  });

  it('credits no one for a sentence an opener starts that names no source', () => {
    expectCredits(
      [
        'Over the summer',
        'In the spring',
        'Citing the war',
        'Using the rail link',
        'Yet',
        'When talks resumed,',
      ].flatMap((opener) =>
        FIGURES.slice(0, 3).map((f) => ({ text: `${opener} ${f}.`, want: null })),
      ),
    );
  });
});

describe('where a name ends', () => {
  it('credits two authors and their body, not the words after them', () => {
    const authors = person('Jane Doe and John Roe', 'RUSI');
    expectCredits(
      FIGURES.flatMap((f) => [
        { text: `Jane Doe and John Roe of RUSI said ${f}.`, want: authors },
        { text: `Jane Doe and John Roe of RUSI estimate that ${f}.`, want: authors },
        {
          text: `A new report by Jane Doe and John Roe of RUSI examines the trade. The authors estimate that ${f}.`,
          want: authors,
        },
        {
          text: `A new report by Jane Doe and John Roe of RUSI tracks the trade. According to the report, ${f}.`,
          want: authors,
        },
        {
          text: `${capitalized(f)}, according to a report by Jane Doe and John Roe of RUSI.`,
          want: authors,
        },
      ]),
    );
  });

  it('credits a person with the body they speak for, before or after the name', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        {
          text: `Lena Brandt, a researcher at the Baltic Defence Forum, said ${f}.`,
          want: person('Lena Brandt', 'Baltic Defence Forum'),
        },
        {
          text: `Lena Brandt of the Baltic Defence Forum said ${f}.`,
          want: person('Lena Brandt', 'Baltic Defence Forum'),
        },
        {
          text: `${capitalized(f)}, said Lena Brandt of the Baltic Defence Forum.`,
          want: person('Lena Brandt', 'Baltic Defence Forum'),
        },
      ]),
    );
  });

  it('ends a name at a clause or an aside that describes it', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        {
          text: `Kpler, which tracks tankers by satellite, said ${f}.`,
          want: body('Kpler'),
        },
        {
          text: `The Baltic Defence Forum, a think tank in Riga, estimates that ${f}.`,
          want: body('Baltic Defence Forum'),
        },
        {
          text: `${capitalized(f)}, said Lena Brandt, who heads the Baltic Defence Forum.`,
          want: person('Lena Brandt'),
        },
      ]),
    );
  });

  it('ends a name before a verb that is not one of saying', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        {
          text: `The Open Source Centre tracks tankers by satellite. It says ${f}.`,
          want: body('Open Source Centre'),
        },
        {
          text: `The Baltic Defence Forum examines the trade every year. It estimates that ${f}.`,
          want: body('Baltic Defence Forum'),
        },
        {
          text: `The Korea Institute for National Unification no longer publishes monthly figures. It said ${f}.`,
          want: body('Korea Institute for National Unification'),
        },
      ]),
    );
  });

  it('credits a counted or quantified group by its noun', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        { text: `The five senators cited estimates that ${f}.`, want: body('five senators') },
        { text: `The five senators said ${f}.`, want: body('five senators') },
        {
          text: `Two South Korean officials said ${f}.`,
          want: body('Two South Korean officials'),
        },
        {
          text: `Several Western officials estimated that ${f}.`,
          want: body('Several Western officials'),
        },
        { text: `Both agencies say ${f}.`, want: body('Both agencies') },
      ]),
    );
  });
});

/** Sentences that introduce a document and its maker, with no figure, and the maker they credit. */
const INTRODUCTIONS: ReadonlyArray<
  readonly [intro: string, nouns: readonly string[], want: Credit]
> = [
  [
    'A report by the Baltic Defence Forum was released on Monday.',
    ['the report', 'the authors', 'the analysis'],
    body('Baltic Defence Forum'),
  ],
  [
    'The Baltic Defence Forum published its annual assessment on Monday.',
    ['the assessment', 'the report'],
    body('Baltic Defence Forum'),
  ],
  [
    'A study published by the Korea Institute for National Unification was released in March.',
    ['the study', 'the researchers', 'the authors'],
    body('Korea Institute for National Unification'),
  ],
  [
    'The Korea Institute for National Unification released a summary of its findings.',
    ['the summary', 'the findings'],
    body('Korea Institute for National Unification'),
  ],
  [
    'A report by the Baltic Defence Forum was released on Monday.',
    ["the report's authors", "the study's researchers"],
    body('Baltic Defence Forum'),
  ],
  [
    'In a report released on Monday, the Stimson Center traced the shipments.',
    ['the report', 'the paper'],
    body('Stimson Center'),
  ],
  [
    "The Stimson Center's report traces the shipments.",
    ['the report', 'the authors'],
    body('Stimson Center'),
  ],
  [
    'The summary, compiled by the Far Eastern Customs Administration, covers the first half of the year.',
    ['the summary', 'the data', 'the statistics'],
    body('Far Eastern Customs Administration'),
  ],
  [
    'The Korea Institute for National Unification, in its latest assessment, looks at the payments.',
    ['the assessment', 'the institute'],
    body('Korea Institute for National Unification'),
  ],
  [
    'Lena Brandt of the Baltic Defence Forum led the study.',
    ["Brandt's team", 'the team', 'the study'],
    person('Lena Brandt', 'Baltic Defence Forum'),
  ],
];

/** The later sentence in each form a referring noun speaks in. */
const REFERRING: ReadonlyArray<(noun: string, f: string) => string> = [
  (noun, f) => `${capitalized(noun)} said ${f}.`,
  (noun, f) => `${capitalized(noun)} found that ${f}.`,
  (noun, f) => `${capitalized(noun)} estimated that ${f}.`,
  (noun, f) => `According to ${noun}, ${f}.`,
  (noun, f) => `${capitalized(f)}, ${noun} said.`,
];

describe('a referring noun', () => {
  it('credits "the report", "the study", "the authors" to the maker introduced before', () => {
    expectCredits(
      INTRODUCTIONS.flatMap(([intro, nouns, want]) =>
        nouns.flatMap((noun) =>
          REFERRING.flatMap((write) =>
            FIGURES.slice(0, 3).map((f) => ({ text: `${intro} ${write(noun, f)}`, want })),
          ),
        ),
      ),
    );
  });

  it('credits the maker introduced in a headline or with a figure of its own', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        {
          text: `Baltic Defence Forum report tracks Russian oil to North Korea\n\nThe report said ${f}.`,
          want: body('Baltic Defence Forum'),
        },
        {
          text: `A report by the Stimson Center found North Korea had sent 250 missiles. The report also said ${f}.`,
          want: body('Stimson Center'),
        },
        {
          text: `The Stimson Center said in a study that Russia paid $5 billion. The study estimated that ${f}.`,
          want: body('Stimson Center'),
        },
        {
          text: `Data the Unification Ministry submitted to lawmakers cover the first half. The data show ${f}.`,
          want: body('Unification Ministry'),
        },
        {
          text: `${capitalized(f)}, according to data the Unification Ministry submitted to lawmakers.`,
          want: body('Unification Ministry'),
        },
        {
          text: `${capitalized(f)}, according to a study of shipping data that the Open Source Centre, a research group in London, published on Monday.`,
          want: body('Open Source Centre'),
        },
        {
          text: `Baltic Defence Forum's new report tracks the trade. The researchers estimate that ${f}.`,
          want: body('Baltic Defence Forum'),
        },
      ]),
    );
  });

  it('credits no person or country a referring noun cannot mean', () => {
    expectCredits(
      FIGURES.flatMap((f) => [
        {
          text: `Zelensky visited the front on Monday. The report said ${f}.`,
          want: person('the report'),
        },
        {
          text: `Russia and North Korea signed a pact in June. The study estimated that ${f}.`,
          want: person('the study'),
        },
      ]),
    );
  });
});
