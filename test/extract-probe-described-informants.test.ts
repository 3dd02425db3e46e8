// An unnamed informant a description brings in speaks for the figures of their sentence: a place
// further on in the description belongs to it ("a foreman at a shipyard on Kunashir
// Island said" credits the foreman, not the island), and "said the deputy commander of a rifle
// battalion" brings in a new person rather than one named before. "The commander of the
// brigade", with its article, may still mean a person named before. Texts of our own; the claim
// checked is the last that holds the probe's figure.
import { describe, it } from 'vitest';
import { expectCredits, expectFigureCredits, person, sameCredit } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

/** Informants as a text describes them, each with the noun that names them. */
const INFORMANTS: ReadonlyArray<readonly [description: string, noun: string]> = [
  ['A foreman at a shipyard on Kunashir Island', 'foreman'],
  ['A site manager at a hotel project near Nakhodka', 'manager'],
  ['A railway worker at a depot in Tumangang', 'worker'],
  ['A supervisor at a fish plant on Sakhalin', 'supervisor'],
];

/** What they say, each with its figure. */
const STATEMENTS: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['his firm pays about 85,000 rubles per labourer each month', '85,000 rubles'],
  ['some 140 North Korean labourers live on the site', '140'],
];

/** Whether the informant is kept aside by a clause that asks for no name. */
const ASIDES = ['', ', who would not give a name,'];

const placed: FigureCreditProbe[] = [];
for (const [description, noun] of INFORMANTS)
  for (const [clause, figure] of STATEMENTS)
    for (const aside of ASIDES)
      placed.push({
        text: `${description}${aside} said ${clause}.`,
        figure,
        want: person(noun),
      });

/** A figure stated first, then the informant who says it. */
const after = (speaker: string): string =>
  `Mines now cause most of the losses. About 3,600 Russian soldiers were hurt by mines in the spring, said ${speaker}.`;

describe('an informant a description brings in', () => {
  it('credits the informant, not the place at the end of the description', () => {
    expectCredits(placed, {
      pick: (claims, probe) => claims.findLast((c) => c.text.includes(probe.figure)),
      accepts: (want, got) => sameCredit(want, got),
    });
  });

  it('reads "said the deputy commander of a rifle battalion" as a new person', () => {
    expectFigureCredits([
      {
        text: `Norway's army said 900 had died. ${after('the deputy commander of a rifle battalion')}`,
        figure: '3,600',
        want: person('the deputy commander'),
      },
      {
        text: `Sweden's defence staff (SDS) gave no figure. ${after('the commander of an artillery brigade posted near Sumy, who would not give a name')}`,
        figure: '3,600',
        want: person('the commander', 'artillery brigade posted near Sumy'),
      },
    ]);
  });

  it('keeps a commander with "the" after "of" as one named before', () => {
    expectFigureCredits([
      {
        text: `Colonel Anders Lind said 900 had died. ${after('the commander of the brigade')}`,
        figure: '3,600',
        want: person('Colonel Anders Lind'),
      },
    ]);
  });

  it('keeps a person named before a place as the name', () => {
    expectFigureCredits([
      {
        text: 'Yun Ho-jin, a trader at a market in Sinuiju, said 140 wagons crossed in May.',
        figure: '140',
        want: person('Yun Ho-jin', 'a trader at a market in Sinuiju'),
      },
    ]);
  });
});
