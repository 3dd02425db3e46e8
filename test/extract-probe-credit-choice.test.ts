// The credit-choice battery: which of the sources a text names a figure is credited to, and when a
// credit carries to the sentence after it. Every probe is a text of our own, templated over figure
// clauses and sources; the claim checked is the one whose words hold the probe's figure, and its
// credit must be the expected one (the lenient check of sameCredit) and name no word the expected
// credit has not. Probes the engine misreads today are left out:
//   - "…, Seoul's spy agency says" in a headline, where the article names the National
//     Intelligence Service: the headline keeps its own words ("Seoul's spy agency"), since nothing
//     ties Seoul's agency to the service a later line names.
//   - "…: report" closing a headline: no credit, as the headline and page batteries hold ("report"
//     is a common noun, and which report the article means only a later line may say).
//   - "Ukraine counts 160 missiles" as a headline: a country that counts is read as no source, as a
//     country's own statistics ("China recorded exports of …") are its customs' and not its own.
//   - "Park, a lawmaker, said the agency had told them that …": the inner source is credited, not
//     the lawmaker who relays it (where the annotators disagree; see docs/extraction.md).
//   - "Two people were killed" after "…, the governor said.": no credit, as a paragraph's voice
//     carries only to a sentence that refers back ("also", "of those", "the figure").

import { describe, it } from 'vitest';
import { body, capitalized, expectFigureCredits, person } from './extract-probe-support.ts';
import type { Credit, FigureCreditProbe } from './extract-probe-support.ts';

/** Figure clauses over the kinds of figure reporting credits, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['North Korea had sent about 11,000 troops to Russia', '11,000'],
  ['Pyongyang had shipped more than 6 million artillery shells to Moscow', '6 million'],
  ['Russia had delivered some 1 million barrels of oil to North Korea', '1 million'],
  ['North Korea had earned as much as $20 billion from the arms trade', '$20 billion'],
  ['about 4,700 North Korean soldiers had been killed or wounded in Kursk', '4,700'],
  ['Russia probably pays around $2,000 a month for each soldier', '$2,000'],
  ['up to 3,000 more troops could be sent this year', '3,000'],
];

/** Sources as a sentence opens with them, and the credit each gives. */
const SOURCES: ReadonlyArray<readonly [subject: string, want: Credit]> = [
  [
    "South Korea's National Intelligence Service",
    body("South Korea's National Intelligence Service"),
  ],
  ['The Baltic Defence Forum', body('Baltic Defence Forum')],
  ['Defence Minister Anders Holm', person('Defence Minister Anders Holm')],
  ['Ukrainian military intelligence', body('Ukrainian military intelligence')],
  ["Japan's Defence Ministry", body("Japan's Defence Ministry")],
  ['The Pentagon', body('Pentagon')],
];

/** Every template over every source and figure clause. */
function across(
  write: (subject: string, clause: string) => string,
  sources: ReadonlyArray<readonly [subject: string, want: Credit]> = SOURCES,
): FigureCreditProbe[] {
  return sources.flatMap(([subject, want]) =>
    FIGURES.map(([clause, figure]) => ({ text: write(subject, clause), figure, want })),
  );
}

/** Subjects in lower case for a credit that closes a sentence: "…, the agency said." */
const lowered = (subject: string): string =>
  subject.startsWith('The ') ? `the ${subject.slice(4)}` : subject;

describe('a credit that closes a long sentence', () => {
  it('credits a figure stated before a second clause, a list or an aside to the closing source', () => {
    expectFigureCredits([
      ...across(
        (s, f) =>
          `${capitalized(f)}, while another 2,000 were waiting at the border, ${lowered(s)} said.`,
      ),
      ...across(
        (s, f) =>
          `${capitalized(f)}, most of them by rail through the Tumangang crossing, ${lowered(s)} told reporters on Monday.`,
      ),
      ...across(
        (s, f) =>
          `${capitalized(f)} since the autumn of 2023, and the pace had not slowed, ${lowered(s)} said in a statement.`,
      ),
      ...across(
        (s, f) =>
          `${capitalized(f)}, a rise on the year before, ${lowered(s)} says, though the count is hard to check.`,
      ),
      ...across(
        (s, f) =>
          `${capitalized(f)} — more than in any year since 2022 — ${lowered(s)} has estimated.`,
      ),
    ]);
  });

  it('credits the one quoted, not the one who quotes, when the passive closes the sentence', () => {
    expectFigureCredits([
      ...across((s, f) => `${capitalized(f)}, ${lowered(s)} was quoted as saying.`),
      ...across(
        (s, f) =>
          `${capitalized(f)}, ${lowered(s)} was quoted as saying by a ruling party lawmaker.`,
      ),
      ...across((s, f) => `${capitalized(f)}, ${lowered(s)} was quoted by Yonhap as saying.`),
      ...across(
        (s, f) =>
          `Of those, about 1,000 were deminers, while ${f}, ${lowered(s)} was quoted as saying by Rep. Lena Dahl.`,
      ),
    ]);
  });
});

describe('a source the relative pronoun stands for', () => {
  const times = [
    'last week',
    'earlier this month',
    'yesterday',
    'on Monday',
    'in March',
    'earlier',
  ];
  it('credits the body before "which", past a time between the pronoun and its verb', () => {
    expectFigureCredits(
      times.flatMap((time) =>
        across(
          (s, f) =>
            `The figure is below the one given by ${s}, which ${time} told lawmakers that ${f}.`,
          SOURCES.filter(([, want]) => want?.name === null),
        ),
      ),
    );
  });

  it('credits the subject a "which" clause describes, when the time comes first', () => {
    expectFigureCredits(
      times.flatMap((time) =>
        across(
          (s, f) => `${s}, which ${time} briefed lawmakers, said ${f}.`,
          SOURCES.filter(([, want]) => want?.name === null),
        ),
      ),
    );
  });
});

describe('the maker of a reckoning', () => {
  const makers: ReadonlyArray<readonly [owner: string, want: Credit]> = [
    ["NK News'", body('NK News')],
    ["the Financial Times'", body('Financial Times')],
    ["Kpler's", body('Kpler')],
    ["the Open Source Centre's", body('Open Source Centre')],
  ];
  it('credits the owner of "by X\'s count", also when the name ends in "s"', () => {
    expectFigureCredits(
      ['count', 'calculation', 'reckoning', 'estimate', 'tally'].flatMap((noun) =>
        makers.flatMap(([owner, want]) =>
          FIGURES.map(([clause, figure]) => ({
            text: `By ${owner} ${noun}, ${clause}.`,
            figure,
            want,
          })),
        ),
      ),
    );
  });

  it('credits a speaker whose words or view a phrase opens the sentence with', () => {
    expectFigureCredits([
      ...FIGURES.flatMap(([clause, figure]) =>
        ['words', 'view', 'estimate', 'assessment', 'reckoning'].flatMap((noun) => [
          {
            text: `Lena Brandt of the Baltic Defence Forum spoke on Monday. In her ${noun}, ${clause}.`,
            figure,
            want: person('Lena Brandt'),
          },
          {
            text: `Vadym Skibitskyi noted that the route had changed. In his ${noun}, ${clause}.`,
            figure,
            want: person('Vadym Skibitskyi'),
          },
        ]),
      ),
      ...FIGURES.flatMap(([clause, figure]) => [
        {
          text: `In the words of Vadym Skibitskyi, ${clause}.`,
          figure,
          want: person('Vadym Skibitskyi'),
        },
        {
          text: `In the view of the Baltic Defence Forum, ${clause}.`,
          figure,
          want: body('Baltic Defence Forum'),
        },
        {
          text: `Vadym Skibitskyi described the route. By his account, ${clause}.`,
          figure,
          want: person('Vadym Skibitskyi'),
        },
      ]),
    ]);
  });

  it('credits no one for a phrase of view with no one named before it', () => {
    expectFigureCredits(
      FIGURES.flatMap(([clause, figure]) => [
        { text: `In the words of the song, ${clause}.`, figure, want: null },
        { text: `In the end, ${clause}.`, figure, want: null },
      ]),
    );
  });
});

describe('verbs that credit their subject', () => {
  it('credits one who puts a figure as high or as low as a value', () => {
    expectFigureCredits(
      across((s) => `${s} has put the share as high as 60%.`)
        .concat(across((s) => `${s} puts the toll as high as 6,000.`))
        .concat(across((s) => `${s} put the number of deaths as high as 300.`))
        .map((p) => ({ ...p, figure: /60%|6,000|300/.exec(p.text)![0] })),
    );
  });

  it('credits one who claims to have done what the figure counts', () => {
    const subjects: ReadonlyArray<readonly [subject: string, want: Credit]> = [
      ["Ukraine's air force", body("Ukraine's air force")],
      ['The Russian defence ministry', body('Russian defence ministry')],
      ['Kyiv', body('Kyiv')],
    ];
    expectFigureCredits(
      subjects.flatMap(([s, want]) =>
        [
          ['claims to have intercepted fewer than a fifth of them', 'a fifth'],
          ['claimed to have shot down 30 drones overnight', '30 drones'],
          ['claims to be holding about 2,000 prisoners', '2,000'],
        ].map(([rest, figure]) => ({
          text: `Russia fired more than 400 missiles last year. ${s} ${rest}.`,
          figure: figure!,
          want,
        })),
      ),
    );
  });

  it('credits those who identify or track what they counted', () => {
    const subjects: ReadonlyArray<readonly [subject: string, want: Credit]> = [
      ['The authors', body('authors')],
      ['Researchers at the Open Source Centre', body('Researchers at the Open Source Centre')],
      ['Analysts', body('Analysts')],
    ];
    expectFigureCredits(
      subjects.flatMap(([s, want]) =>
        ['identify', 'track'].flatMap((verb) => [
          {
            text: `${s} ${verb} at least 74 voyages by cargo vessels between Rajin and Dunai.`,
            figure: '74',
            want,
          },
          {
            text: `Since March, ${s.charAt(0).toLowerCase()}${s.slice(1)} ${verb} 14 tankers a month.`,
            figure: '14',
            want: s === 'Analysts' ? body('analysts') : want,
          },
        ]),
      ),
    );
  });

  it('reads "added" with a figure after it as a sum, and "added that" as saying', () => {
    expectFigureCredits([
      ...across(
        (s, f) =>
          `${capitalized(f)}, ${lowered(s)} said, while rail shipments added another 200,000 barrels.`,
      ).map((p) => ({ ...p, figure: '200,000' })),
      ...across((s, f) => `Tankers made 62 deliveries, ${lowered(s)} said. It added that ${f}.`),
      ...across((s, f) => `${s} briefed lawmakers on Monday and added that ${f}.`),
      ...FIGURES.map(([clause]) => ({
        text: `${capitalized(clause)}, while wages remitted by workers in Russia added another $300 million.`,
        figure: '$300 million',
        want: null,
      })),
    ]);
  });
});

describe('the end of a name before a compound', () => {
  it('credits a body described as a think-tank, hyphenated or not', () => {
    const places = ['a Washington', 'a state-funded', 'a London-based', 'a Seoul'];
    expectFigureCredits(
      places.flatMap((place) =>
        FIGURES.flatMap(([clause, figure]) => [
          {
            text: `${capitalized(clause)}, according to the Stimson Center, ${place} think-tank.`,
            figure,
            want: body('Stimson Center'),
          },
          {
            text: `A study by the Korea Institute for Defense Analyses, ${place} think-tank, published in March estimated that ${clause}.`,
            figure,
            want: body('Korea Institute for Defense Analyses'),
          },
          {
            text: `The trade grew, according to the Stimson Center, ${place} think-tank. Its researchers counted that ${clause}.`,
            figure,
            want: body('Stimson Center'),
          },
        ]),
      ),
    );
  });
});

describe('a document its publisher speaks through', () => {
  it('credits the body that opens the sentence for "the data it released"', () => {
    const bodies = [
      "Russia's Federal Customs Service",
      'The Korea Trade-Investment Promotion Agency',
      'The Bank of Korea',
    ];
    expectFigureCredits(
      bodies.flatMap((b) =>
        ['released', 'published', 'issued'].map((verb) => ({
          text: `${b} stopped publishing monthly figures in 2022, but the last data it ${verb} put trade with North Korea at just $34 million.`,
          figure: '$34 million',
          want: body(b.replace(/^The /, '')),
        })),
      ),
    );
  });
});

describe('a credit announced before the figures it covers', () => {
  const leads: ReadonlyArray<readonly [lead: string, want: Credit]> = [
    [
      'Cash has moved too, the Baltic Defence Forum report found.',
      body('Baltic Defence Forum report'),
    ],
    ['Labour exports have also grown, the agency said.', body('agency')],
    ['The deliveries continued through the winter, Anders Holm said.', person('Anders Holm')],
    ['Shipments went on, officials in Seoul said.', body('officials in Seoul')],
  ];
  it('credits the next sentence of the paragraph to a credit that closes a sentence with no figure', () => {
    expectFigureCredits(
      leads.flatMap(([lead, want]) =>
        // (A sentence that supposes, "could be sent", is the writer's reckoning: nothing carries.)
        FIGURES.filter(([clause]) => !clause.includes('could')).map(([clause, figure]) => ({
          text: `${lead} ${capitalized(clause)} last year.`,
          figure,
          want,
        })),
      ),
    );
  });

  it('credits nothing across a paragraph break, nor after a credit that opens its sentence', () => {
    expectFigureCredits(
      FIGURES.flatMap(([clause, figure]) => [
        {
          text: `Cash has moved too, the Baltic Defence Forum report found.\n\n${capitalized(clause)} last year.`,
          figure,
          want: null,
        },
        {
          text: `Anders Holm said on Monday that talks had stalled. ${capitalized(clause)} last year.`,
          figure,
          want: null,
        },
      ]),
    );
  });
});

describe('a body and the people who speak for it', () => {
  const bodies = [
    "Ukraine's military intelligence agency, HUR,",
    'The Baltic Defence Forum',
    "South Korea's spy agency",
  ];
  const titles = ['spokesman', 'spokeswoman', 'deputy head', 'chief analyst'];
  it('credits the person a possessive and a title introduce, not the body', () => {
    expectFigureCredits(
      bodies.flatMap((b) =>
        titles.flatMap((title) =>
          FIGURES.map(([clause, figure]) => ({
            text: `${b} has given a higher figure. Its ${title} Lena Dahl said on Monday that ${clause}.`,
            figure,
            want: person('Lena Dahl', title),
          })),
        ),
      ),
    );
  });

  it('credits a body named by what it does to its own words, not to a ministry named before', () => {
    const doing = ['monitoring team', 'monitoring group', 'organising committee'];
    expectFigureCredits(
      doing.flatMap((noun) =>
        FIGURES.map(([clause, figure]) => ({
          text: `The Defence Ministry said it had shared its data with the panel. The ${noun} said in its first report that ${clause}.`,
          figure,
          want: body(`the ${noun}`),
        })),
      ),
    );
  });

  it('still credits the body named before for "the intelligence agency" or "the spy agency"', () => {
    expectFigureCredits(
      ['intelligence agency', 'spy agency', 'intelligence service'].flatMap((noun) =>
        FIGURES.map(([clause, figure]) => ({
          text: `Ukraine's HUR briefed reporters on Monday. The ${noun} said that ${clause}.`,
          figure,
          want: body("Ukraine's HUR"),
        })),
      ),
    );
  });
});
