// Which word of a clause is the verb that speaks. A participle of counting right after a verb of
// saying describes its object ("estimated recorded trade at"), so the sayer speaks; a ", which
// might put … at" after a noun reasons from a figure, so the speaker of the sentence keeps it; and
// "pointed out that" speaks as "said that" does (without its "that" it points at things). Texts of
// our own.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const SAYERS = [
  ['The Baltic Trade Office, the Latvian export agency,', 'Baltic Trade Office'],
  ['The Oslo Customs Bureau', 'Oslo Customs Bureau'],
] as const;
const SAYING = ['estimated', 'put', 'reported'];
const COUNTED = ['recorded', 'documented', 'registered', 'logged'];

const participles: FigureCreditProbe[] = [];
for (const [sayer, credit] of SAYERS)
  for (const say of SAYING)
    for (const counted of COUNTED)
      if (say === 'estimated' || say === 'reported' || counted === 'recorded')
        participles.push({
          text: `${sayer} ${say} ${counted} two-way trade at $41 million in 2023.`,
          figure: '$41 million',
          want: person(credit),
        });

const SPEAKERS = [
  ['Lars Dahl, a researcher at the Fjell Institute, estimates', 'Lars Dahl'],
  ['According to Ines Moreau of the Lyon Centre,', 'Ines Moreau'],
] as const;
const AFFILIATIONS = { 'Lars Dahl': 'Fjell Institute', 'Ines Moreau': 'Lyon Centre' } as const;
const MODALS = ['would', 'could', 'might'];

const modals: FigureCreditProbe[] = [];
for (const [speaker, credit] of SPEAKERS)
  for (const modal of MODALS)
    modals.push({
      text: `${speaker} that Minsk keeps roughly $1,500 of each worker's monthly pay, nearly all of it for the treasury, which ${modal} put the scheme's worth at between $90 million and $120 million a year.`,
      figure: '$120 million',
      want: person(credit, AFFILIATIONS[credit]),
    });

const POINTERS = [
  ['Ines Moreau of the Lyon Centre was asked about the limit.', 'she', 'Ines Moreau'],
  ['Lars Dahl, a researcher at the Fjell Institute, spoke on Monday.', 'he', 'Lars Dahl'],
] as const;

const pointing: FigureCreditProbe[] = POINTERS.map(([first, pronoun, credit]) => ({
  text: `${first} In reply, ${pronoun} pointed out that the council had capped the imports at 300,000 tonnes a year.`,
  figure: '300,000 tonnes',
  want: person(credit, AFFILIATIONS[credit]),
}));

/** Near-misses: a relative clause's own reckoning and a verb of pointing at things. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'The ministry, which puts the toll at 2,400, has said nothing more.',
    figure: '2,400',
    want: person('The ministry'),
  },
  {
    text: 'The guide pointed out 40 cranes along the quay.',
    figure: '40 cranes',
    want: null,
  },
  {
    text: 'The officials pointed to 300 wagons standing in the yard.',
    figure: '300 wagons',
    want: null,
  },
];

describe('the verb of a clause that speaks', () => {
  it('credits the sayer past a participle that describes its object', () => {
    expectFigureCredits(participles);
  });
  it('keeps the speaker for what a "which" clause says a figure would come to', () => {
    expectFigureCredits(modals);
  });
  it('credits "pointed out that" as a verb of saying', () => {
    expectFigureCredits(pointing);
  });
  it('leaves a relative clause its own reckoning and pointing at things uncredited', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
