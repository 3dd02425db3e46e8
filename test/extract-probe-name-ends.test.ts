// Where a credited name ends at the verb after it. A word in lower case with a figure for its
// object is a verb, so "…, and said Minsk sent 400 more" has Minsk as the subject of what was
// said, and the one who said it is the subject of the sentence; and a verb of citing keeps its
// object a noun past the words that describe it ("cited ministry estimates that …" credits who
// cites, as "cited estimates that …" does). A name before a preposition and a year, a date or a
// place still stands.

import { describe, it } from 'vitest';
import {
  byFigure,
  exactCredit,
  expectCredits,
  person,
  sameCredit,
} from './extract-probe-support.ts';

const REPORTS = ['The review', 'The audit', 'The panel'] as const;
const SENDERS = [
  ['Minsk', 'sent 400 more', '400'],
  ['Belarus', 'shipped another 250', '250'],
  ['Tehran', 'paid about $40 million', '$40 million'],
  ['Hanoi', 'dispatched some 1,200 more', '1,200'],
] as const;

describe('a verb with a figure after a name that follows "said"', () => {
  it('ends the name: the subject of the sentence said it', () => {
    expectCredits(
      REPORTS.flatMap((report) =>
        SENDERS.map(([country, rest, figure]) => ({
          text: `${report} put the count of drivers at around 900 by March, and said ${country} ${rest} in April.`,
          figure,
          want: person(report),
        })),
      ),
      { pick: byFigure, accepts: exactCredit },
    );
  });

  it('keeps a speaker named after "said" before a preposition or a time', () => {
    expectCredits(
      [
        {
          text: 'Exports rose 3.4%, said Dahl in a note to clients.',
          figure: '3.4%',
          want: person('Dahl'),
        },
        {
          text: 'Exports rose 3.4%, said Dahl in 2024.',
          figure: '3.4%',
          want: person('Dahl'),
        },
        {
          text: 'Exports rose 3.4%, said Lena Dahl on Monday.',
          figure: '3.4%',
          want: person('Lena Dahl'),
        },
        {
          text: 'Troops numbered 3,000, said Kyiv’s GUR on Friday.',
          figure: '3,000',
          want: person("Kyiv's GUR"),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('still reads a name that was the subject of what was said as no speaker', () => {
    expectCredits(
      [
        {
          text: 'The audit said Minsk had sent 400 more drivers in April.',
          figure: '400',
          want: person('The audit'),
        },
      ],
      { pick: byFigure, accepts: exactCredit },
    );
  });
});

describe('a verb of citing with a described object', () => {
  const OBJECTS = [
    'ministry estimates',
    'official estimates',
    'allied-government estimates',
    'unpublished customs estimates',
  ] as const;

  it('credits the one who cites, not the words between', () => {
    expectCredits(
      ['The study', 'The audit'].flatMap((subject) =>
        OBJECTS.map((object) => ({
          text: `${subject} cited ${object} that the port had earned 3.6 billion won from the trade.`,
          figure: '3.6 billion won',
          want: person(subject),
        })),
      ),
      { pick: byFigure, accepts: exactCredit },
    );
  });

  it('keeps the bare object and people cited in a document as before', () => {
    expectCredits(
      [
        {
          text: 'The study cited estimates that the port had earned 3.6 billion won.',
          figure: '3.6 billion won',
          want: person('The study'),
        },
        {
          text: 'Analysts cited in the study estimate that the port earned 3.6 billion won.',
          figure: '3.6 billion won',
          want: person('Analysts'),
        },
      ],
      { pick: byFigure, accepts: exactCredit },
    );
  });
});
