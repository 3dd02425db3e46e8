// Who speaks past an aside, and what an agent's description keeps. A body described by who set it
// up speaks past the list of its founders, though the list holds commas of its own ("The Team,
// set up by A, B, C and their allies, said"); a body named after "by" with a description beside
// it ("prices gathered by X, a price service,") keeps that description, as after "according
// to", so a later "the service said" finds it. Texts of our own.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const BODIES = ['The Baltic Watch Group', 'The Northern Sanctions Panel'];
const FOUNDINGS = ['set up by', 'funded by', 'formed by', 'backed by'];
const LISTS = [
  'Poland, Latvia, Canada and their allies',
  'Norway, Denmark, Finland and Iceland',
  'Estonia, Lithuania and Canada',
];
const VERBS = [
  'said in its opening report in June that Minsk had sent more than 2 million barrels of diesel',
  'estimates that Minsk sent more than 2 million barrels of diesel',
];

const founders: FigureCreditProbe[] = [];
for (const body of BODIES)
  for (const founding of FOUNDINGS)
    for (const list of LISTS)
      for (const verb of VERBS)
        founders.push({
          text: `${body}, ${founding} ${list}, ${verb} last year.`,
          figure: '2 million barrels',
          want: person(body),
        });

const SERVICES = [
  ['Grain Pulse, an Oslo-based price service', 'the service', 'Grain Pulse'],
  ['Harbour Lens, an Oslo research group', 'the group', 'Harbour Lens'],
] as const;

const described: FigureCreditProbe[] = [];
for (const [named, back, credit] of SERVICES)
  for (const handled of ['gathered', 'compiled', 'collected'])
    described.push({
      text: `The Fjord Data Centre, a think tank, tracks tankers. Rice sold for 7,400 won a kilo in April, according to price reports ${handled} by ${named}. Diesel fell by roughly a fifth over the same months, ${back} said.`,
      figure: 'a fifth',
      want: person(credit),
    });

/** Near-misses: a list of places the speaker names, and an aside that is no list of founders. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'Lars Dahl, a researcher at the Fjell Institute, said Minsk sent 2 million barrels of diesel to Oslo, Bergen, Tromso and Riga.',
    figure: '2 million barrels',
    want: person('Lars Dahl', 'Fjell Institute'),
  },
  {
    text: 'Oil reached Riga, Tallinn, Vilnius and Gdansk, and 2 million barrels were sold, Latvian officials said.',
    figure: '2 million barrels',
    want: person('Latvian officials'),
  },
];

describe('a body past the list of its founders, and the description of an agent', () => {
  it('credits the body a list of founders describes', () => {
    expectFigureCredits(founders);
  });
  it('lets a later noun find the body an agent was described as', () => {
    expectFigureCredits(described);
  });
  it('keeps speakers whose sentences hold lists of places', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
