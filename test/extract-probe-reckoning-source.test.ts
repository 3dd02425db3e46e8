// "The top estimate comes from X": a reckoning said to come from a maker names that maker, so
// a later "it calculated", "they estimated" or "the forum found" refers back to it rather than to
// the reckoning's own words. Goods that come from a country name no maker. Texts of our own,
// templated over reckonings, makers and follow-ups; the claim checked is the last that holds the
// probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { Credit, FigureCreditProbe } from './extract-probe-support.ts';

const RECKONINGS = [
  'The top estimate comes',
  'That tally comes',
  'The latest count came',
  'The lowest calculation comes',
];

/** Makers, the back-reference a later sentence uses for each, and the credit it should get. */
const MAKERS: ReadonlyArray<readonly [maker: string, back: string, credit: Credit]> = [
  ['the Baltic Policy Forum, a think tank in Riga', 'it', person('the Baltic Policy Forum')],
  ['Kestrel Analytics', 'it', person('Kestrel Analytics')],
  ['the Lindholm Institute', 'the institute', person('the Lindholm Institute')],
  ['researchers at the Harbour Institute', 'they', person('researchers', 'Harbour Institute')],
];

/** Figure clauses a verb of reckoning opens, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['Pyongyang had taken in about 11 trillion won since 2023', '11 trillion won'],
  ['some 2,600 of its soldiers had died in Kursk', '2,600'],
];

const probes: FigureCreditProbe[] = [];
for (const reckoning of RECKONINGS)
  for (const [maker, back, want] of MAKERS)
    for (const [clause, figure] of FIGURES) {
      const later = back.charAt(0).toUpperCase() + back.slice(1);
      probes.push({
        text: `${reckoning} from ${maker}. In a paper published in May, ${back} calculated that ${clause}.`,
        figure,
        want,
      });
      probes.push({
        text: `${reckoning} from ${maker}. ${later} estimated that ${clause}.`,
        figure,
        want,
      });
    }

describe('a reckoning said to come from its maker', () => {
  it('names the maker a later back-reference means', () => {
    expectFigureCredits(probes);
  });

  it('names no maker when goods come from a country', () => {
    expectFigureCredits([
      {
        text: 'Nearly 60 percent of the shells Russia fires come from North Korea.',
        figure: '60 percent',
        want: null,
      },
      {
        text: 'About 4,000 tonnes of the flour came from Russia, the ministry said.',
        figure: '4,000',
        want: person('the ministry'),
      },
    ]);
  });
});
