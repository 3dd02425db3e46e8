// What a credited figure would come to is the writer's reckoning: after a body values a figure
// (", which would make …"), an aside that assumes a size (", as X have assumed, the total would
// amount to …") or a count a participle credits ("the crates counted by X alone would mean …"),
// the figure after the modal and its verb of coming to is the text's own. A speaker who reports
// a clause ("X estimates that …, which would mean …"), "according to X" and "X said the total
// would amount to" still speak for it. Texts of our own.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const COMING_TO = ['would make', 'would mean', 'could mean', 'would amount to', 'would come to'];

const valued: FigureCreditProbe[] = COMING_TO.map((verb) => ({
  text: `The Central Bank of Chile put Bolivia's output at about $48 billion in 2023, which ${verb} a $600 million yearly income worth more than 1.2 percent of it.`,
  figure: 'more than 1.2 percent',
  want: null,
}));

const assumed: FigureCreditProbe[] = COMING_TO.map((verb) => ({
  text: `If each wagon carries about 380 rockets, as engineers at the Tallinn Centre have assumed, the trains seen so far ${verb} nearly 900,000 rockets.`,
  figure: 'nearly 900,000',
  want: null,
}));

const counted: FigureCreditProbe[] = COMING_TO.map((verb) => ({
  text: `The 4,200 crates confirmed by Lisbon alone ${verb} some 1.7 million shells.`,
  figure: 'some 1.7 million',
  want: null,
}));

/** Near-misses: the source that reports the clause, and the figure a source states itself. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'Marta Lind estimates that Minsk keeps about $1,200 of each driver’s monthly pay, which would mean $70 million a year for the treasury.',
    figure: '$70 million',
    want: person('Marta Lind'),
  },
  {
    text: 'According to Paulo Reis, Minsk keeps about $1,200 of each driver’s monthly pay, which would come to $70 million a year.',
    figure: '$70 million',
    want: person('Paulo Reis'),
  },
  {
    text: 'The Lisbon defence ministry said the crates would amount to 1.7 million shells.',
    figure: '1.7 million',
    want: person('The Lisbon defence ministry'),
  },
  {
    text: 'The Central Bank of Chile put Bolivia’s output at about $48 billion in 2023.',
    figure: '$48 billion',
    want: person('The Central Bank of Chile'),
  },
  {
    text: 'The 4,200 crates confirmed by Lisbon held some 1.7 million shells.',
    figure: '4,200 crates',
    want: person('Lisbon'),
  },
];

describe('what a credited figure would come to', () => {
  it('is the writer’s own after a body values a figure', () => {
    expectFigureCredits(valued);
  });
  it('is the writer’s own after an aside that assumes a size', () => {
    expectFigureCredits(assumed);
  });
  it('is the writer’s own after a count a participle credits', () => {
    expectFigureCredits(counted);
  });
  it('stays with a source that reports the clause or states the figure', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
