// The fifth credit battery: a reckoning its owner is said to hold ("HUR's figure for the dead is
// about 6,000", "the JCS figure, a rougher measure, stands at 30,000"), a source that revises its
// own reckoning to a figure ("the agency also raised its estimate of the dead to about 2,000",
// "Seoul raises death estimate to 300"), and a headline credit a possessive names in lower case
// ("Ukraine's intelligence: …", "MSMT's first report: …", "… - Seoul's spy agency"). Every probe
// is a text of our own, templated over owners, nouns, frames and figures; the claim checked is the
// last whose words hold the probe's figure. Probes the engine misreads today are left out:
//   - an owner in lower case ("the ministry's tally stood at 1,200"): a described body's
//     reckoning, left as no source, as before.
//   - a name ending in "s" with the apostrophe alone ("the Institute for Security Studies'
//     figure is 3,000"), and a possessive owned twice ("Japan's defence ministry's figure").
//   - a comparison before the figure ("Kyiv's estimate is far higher, at 4,000"): annotators
//     credit the "according to" such sentences mostly close on, so the owner is not read there.
//   - a headline credit after a colon that is not the line's first ("North Korea's war
//     dividend: …, spy agency says"), and "…: spy agency" whose body names the NIS only later.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, noCredit, person, sameCredit } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** Owners of a reckoning as a text writes them before its noun, each with the credit it gives. */
const OWNERS: ReadonlyArray<readonly [owner: string, want: Credit]> = [
  ["HUR's", person('HUR')],
  ["The HUR's", person('HUR')],
  ["Seoul's", person('Seoul')],
  ['Seoul’s', person('Seoul')],
  ["Kyiv's", person('Kyiv')],
  ["The Pentagon's", person('Pentagon')],
  ["NATO's", person('NATO')],
  ["The Bank of Korea's", person('Bank of Korea')],
  ["South Korea's National Intelligence Service's", person('National Intelligence Service')],
  ["Ukraine's General Staff's", person('General Staff')],
  ["Rodion Markov's", person('Rodion Markov')],
  ['The JCS', person('JCS')],
  ['The NIS', person('NIS')],
];

/** Nouns of a reckoning, bare or with the words that date or rank it. */
const NOUNS = [
  'figure',
  'estimate',
  'count',
  'tally',
  'latest estimate',
  'last public figure',
  'official count',
  'own tally',
  'previous estimate',
];

/** Sentences that state what a reckoning `r` is, each with the figure it states. */
const FRAMES: ReadonlyArray<readonly [write: (r: string) => string, figure: string]> = [
  [(r) => `${r} of North Korean dead is about 2,000.`, '2,000'],
  [(r) => `${r} for shells delivered so far stands at more than 12 million rounds.`, '12 million'],
  [(r) => `${r} for killed and wounded combined was some 6,000.`, '6,000'],
  [(r) => `${r}, a rougher measure, is about 30,000 containers.`, '30,000'],
  [(r) => `${r} of casualties stood at 4,700 in April.`, '4,700'],
  [(r) => `${r} for the year remains 1.2 million barrels of fuel.`, '1.2 million'],
  [(r) => `${r} is now 3,000 soldiers killed or wounded.`, '3,000'],
  [(r) => `${r}, more than 100 ballistic missiles, dates from May.`, '100'],
  [(r) => `${r} of 600 dead was revised in the autumn.`, '600'],
  [(r) => `${r} of the arms trade's worth was $5 billion last year.`, '$5 billion'],
];

describe('a reckoning its owner is said to hold', () => {
  it('credits the owner with the figure the reckoning is said to be', () => {
    expectCredits(
      OWNERS.flatMap(([owner, want]) =>
        NOUNS.flatMap((noun) =>
          FRAMES.map(([write, figure]) => ({ text: write(`${owner} ${noun}`), figure, want })),
        ),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits the owner named inside a clause, not the subject before it', () => {
    expectCredits(
      [
        ["Kyiv rejected Seoul's estimate of 600 dead.", '600', person('Seoul')],
        ["Officials in Kyiv doubt HUR's figure of 9,000 casualties.", '9,000', person('HUR')],
        ["Lawmakers cited the Pentagon's count of 11,000 troops.", '11,000', person('Pentagon')],
      ].map(([text, figure, want]) => ({
        text: text as string,
        figure: figure as string,
        want: want as Credit,
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('keeps the source its sentence names when the reckoning is only compared', () => {
    expectCredits(
      [
        {
          text: "Ukraine's figure is higher, at around 4,000 dead, according to HUR.",
          figure: '4,000',
          want: person('HUR'),
        },
        {
          text: "Seoul's figure is lower: an official at the JCS puts the total at 8 million shells.",
          figure: '8 million',
          want: person('official', 'JCS'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('gives no source to a figure or an estimate no name owns', () => {
    expectCredits(
      [
        'The figure for killed and wounded combined is about 6,000.',
        'That estimate, a rougher measure, stands at about 30,000 containers.',
        'The last public figure, more than 100 ballistic missiles, dates from May.',
        'One figure stands out: about 2,000 North Korean soldiers have died.',
      ].map((text) => ({ text, figure: '0', want: null })),
      { pick: (claims) => claims.at(-1), accepts: (_, got) => noCredit(got) },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Subjects that change their own reckoning, each with the credit it gives. */
const REVISERS: ReadonlyArray<readonly [subject: string, want: Credit]> = [
  ['The NIS', person('NIS')],
  ['South Korea’s spy agency', person('spy agency', 'South Korea')],
  ['HUR', person('HUR')],
  ['Seoul', person('Seoul')],
  ['The Pentagon', person('Pentagon')],
  ['The Bank of Korea', person('Bank of Korea')],
  ['In March, the Joint Chiefs of Staff', person('Joint Chiefs of Staff')],
  ['Last week Japan’s defence ministry', person('defence ministry', 'Japan')],
];

/** Changes of a reckoning `v` names, with the figure each states. */
const REVISIONS: ReadonlyArray<readonly [write: (v: string) => string, figure: string]> = [
  [(v) => `raised ${v} of North Korean soldiers killed in the war to about 2,000`, '2,000'],
  [(v) => `has lowered ${v} of troops at the front to 8,000`, '8,000'],
  [(v) => `revised ${v} to 4,700 casualties, up from 3,000`, '4,700'],
  [(v) => `cut ${v} for missiles delivered to about 100 missiles`, '100'],
  [(v) => `also raised ${v} of the shells sent to more than 12 million rounds`, '12 million'],
  [(v) => `updated ${v} to $5 billion`, '$5 billion'],
];

const RECKONINGS = ['its estimate', 'its count', 'its tally', 'its figure', 'its latest estimate'];

describe('a source that changes its own reckoning to a figure', () => {
  it('credits the subject that raises, lowers or revises its estimate', () => {
    expectCredits(
      REVISERS.flatMap(([subject, want]) =>
        RECKONINGS.flatMap((reckoning) =>
          REVISIONS.map(([write, figure]) => ({
            text: `${subject} ${write(reckoning)}.`,
            figure,
            want,
          })),
        ),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits the body a back-reference or a pronoun opening a new paragraph stands for', () => {
    const before = 'The National Intelligence Service briefed lawmakers on Monday.\n';
    expectCredits(
      ['The agency', 'The spy agency', 'It', 'The service'].flatMap((subject) =>
        REVISIONS.map(([write, figure]) => ({
          text: `${before}${subject} ${write('its estimate')}.`,
          figure,
          want: person('National Intelligence Service'),
        })),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits the subject of a headline that drops the possessive', () => {
    const headlines: ReadonlyArray<readonly [text: string, figure: string, want: Credit]> = [
      ['Seoul raises death estimate to 300', '300', person('Seoul')],
      ['Seoul raises casualty estimate for North Korean troops to 3,000', '3,000', person('Seoul')],
      ['HUR lowers estimate of North Korean troops in Kursk to 8,000', '8,000', person('HUR')],
      ['Pentagon revises count of missiles fired to 250', '250', person('Pentagon')],
      ['NIS ups tally of shells sent to Russia to 12 million rounds', '12 million', person('NIS')],
      [
        'Ukraine says it captured 2 soldiers as Seoul raises death estimate to 300',
        '300',
        person('Seoul'),
      ],
      [
        'Ukraine says it captured 2 soldiers as Seoul raises death estimate to 300',
        '2 soldiers',
        person('Ukraine'),
      ],
    ];
    expectCredits(
      headlines.map(([headline, figure, want]) => ({
        text: `${headline}\nThe figures could not be checked independently.`,
        figure,
        want,
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('gives no source when what is raised is no reckoning', () => {
    expectCredits(
      [
        'Russia raised its exports of fuel to 900,000 barrels.',
        'The North raised its output of shells to 2 million rounds a year.',
        'Moscow cut the shipments of wheat to 40,000 tonnes.',
      ].map((text) => ({ text, figure: '0', want: null })),
      { pick: (claims) => claims.at(-1), accepts: (_, got) => noCredit(got) },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** A name's body or document in lower case, as a headline writes its source, with its credit. */
const LABELS: ReadonlyArray<readonly [label: string, want: Credit]> = [
  ["Ukraine's intelligence", person('intelligence', 'Ukraine')],
  ['Ukraine’s military intelligence', person('intelligence', 'Ukraine')],
  ["Seoul's spy agency", person('spy agency', 'South Korea')],
  ["South Korea's spy agency", person('spy agency', 'South Korea')],
  ["Japan's defence ministry", person('defence ministry', 'Japan')],
  ["MSMT's first report", person('MSMT')],
  ["NATO's latest assessment", person('NATO')],
  ["Kyiv's new estimate", person('Kyiv')],
];

/** Headline claims, each with the figure it states. */
const HEADLINE_CLAIMS: ReadonlyArray<readonly [claim: string, figure: string]> = [
  ['11,000 North Korean soldiers already in Kursk region', '11,000'],
  ['9 million rounds and 100 ballistic missiles sent to Russia', '100'],
  ['North Korea shipped 13,000 containers of ammunition', '13,000'],
  ['Russia paid $3 billion for the arms', '$3 billion'],
];

const BODY_LINE = '\nThe figures could not be checked independently.';

describe('a headline credit a possessive names', () => {
  it('credits a name’s body or document before a colon that opens the headline', () => {
    expectCredits(
      LABELS.flatMap(([label, want]) =>
        HEADLINE_CLAIMS.map(([claim, figure]) => ({
          text: `${label}: ${claim}${BODY_LINE}`,
          figure,
          want,
        })),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits a name’s body set after a spaced dash at the headline’s end', () => {
    expectCredits(
      LABELS.filter(([label]) => !/report|assessment|estimate/u.test(label)).flatMap(
        ([label, want]) =>
          HEADLINE_CLAIMS.map(([claim, figure]) => ({
            text: `${claim} - ${label}${BODY_LINE}`,
            figure,
            want,
          })),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits no one for a topic a possessive names before a colon', () => {
    expectCredits(
      [
        "Kim's gamble",
        "North Korea's war dividend",
        'Kim’s lost legion',
        "Russia's arsenal",
        "Putin's new ally",
      ].flatMap((topic) =>
        HEADLINE_CLAIMS.map(([claim, figure]) => ({
          text: `${topic}: ${claim}${BODY_LINE}`,
          figure,
          want: null,
        })),
      ),
      { pick: byFigure, accepts: (_, got) => noCredit(got) },
    );
  });
});
