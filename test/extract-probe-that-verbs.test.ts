// Verbs that say only with a "that" after them ("declared that", "informed that", "complained
// that") credit their subject with the figure of the clause, as "said that" does; without their
// "that" they declare goods, a war or a place ("declared 300 tonnes at customs", "declared the
// town taken") and credit no one. Texts of our own, templated over speakers, verbs and figure
// clauses; the claim checked is the last that holds the probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { Credit, FigureCreditProbe } from './extract-probe-support.ts';

const VERBS = ['declared', 'informed', 'complained'];

/** Figure clauses, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['some 3,700 of its soldiers were wounded in Kursk', '3,700'],
  ['nearly 40 percent of its rounds failed to fire', '40 percent'],
  ['Moscow had paid about $600 million for the rounds', '$600 million'],
];

/** Speakers, as a text names them, and the credit each should get. */
const SPEAKERS: ReadonlyArray<readonly [named: string, credit: Credit]> = [
  ['Olek Marchuk', person('Olek Marchuk')],
  ['The border guard service', person('The border guard service')],
  ['Frontline bloggers have', person('Frontline bloggers')],
];

const probes: FigureCreditProbe[] = [];
for (const verb of VERBS)
  for (const [clause, figure] of FIGURES)
    for (const [named, want] of SPEAKERS)
      probes.push({ text: `${named} ${verb} that ${clause}.`, figure, want });

describe('verbs that say only with their "that"', () => {
  it('credit the subject with the clause after "that"', () => {
    expectFigureCredits(probes);
  });

  it('credit no one where the verb declares goods or a place', () => {
    expectFigureCredits([
      {
        text: 'Traders declared 300 tonnes of flour at the Khasan crossing last month.',
        figure: '300 tonnes',
        want: null,
      },
      {
        text: 'After Moscow declared the town retaken, some 1,200 troops moved north.',
        figure: '1,200',
        want: null,
      },
    ]);
  });
});
