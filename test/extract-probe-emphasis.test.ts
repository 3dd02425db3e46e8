// Verbs of saying with emphasis or warning ("she stressed", "he cautioned") close a quotation or a
// reported clause as "said" does, and credit its figures to the speaker named with them. Texts of
// our own, templated over speakers, verbs and figure clauses; the claim checked is the last that
// holds the probe's figure. A verb of emphasis that is no saying ("a stressed economy") credits
// no one.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { Credit, FigureCreditProbe } from './extract-probe-support.ts';

const VERBS = ['stressed', 'emphasised', 'emphasized', 'cautioned', 'stresses', 'cautions'];

/** Figure clauses, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['Pyongyang has shipped some 8,000 containers to Russia', '8,000'],
  ['perhaps 1,800 North Korean soldiers have died in Kursk', '1,800'],
  ['Moscow paid the North about $2 billion last year', '$2 billion'],
];

/** Speakers, as a text names them, and the credit each should get. */
const SPEAKERS: ReadonlyArray<readonly [named: string, credit: Credit]> = [
  [
    'Mira Okonkwo, an analyst at the Harbour Institute,',
    person('Mira Okonkwo', 'Harbour Institute'),
  ],
  ['Tomas Reyes', person('Tomas Reyes')],
];

const probes: FigureCreditProbe[] = [];
for (const verb of VERBS)
  for (const [clause, figure] of FIGURES)
    for (const [named, credit] of SPEAKERS) {
      probes.push({ text: `"${clause}," ${named} ${verb}.`, figure, want: credit });
      probes.push({ text: `${clause}, ${named} ${verb}.`, figure, want: credit });
    }

describe('verbs of saying with emphasis or warning', () => {
  it('credit the speaker who stresses or cautions', () => {
    expectFigureCredits(probes);
  });

  it('leave a figure in the text\'s own voice when "stressed" only describes', () => {
    expectFigureCredits([
      {
        text: 'The stressed economy of the North earned about $2 billion from Russia last year.',
        figure: '$2 billion',
        want: null,
      },
    ]);
  });
});
