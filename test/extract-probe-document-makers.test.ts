// A document whose maker its participle names after "by" speaks as that maker, also past a short
// time phrase before the "by" ("A paper issued last week by X estimated …") and when the maker is
// informants of a body ("records compiled by analysts at X"), as "according to researchers at X"
// credits them. A document with no maker keeps its own words. Texts of our own, templated over
// documents, participles, times, makers and figure clauses; the claim checked is the last that
// holds the probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const DOCUMENTS = ['A study', 'A report', 'A paper', 'An assessment'];
const PARTICIPLES = ['published', 'released', 'issued'];
const TIMES = ['in May', 'on Tuesday', 'last week', 'in 2024', 'earlier'];

/** Figure clauses a verb of reckoning opens, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['estimated that Pyongyang had taken in about 17 trillion won', '17 trillion won'],
  ['found that some 4,200 workers had gone to Russia', '4,200'],
];

const probes: FigureCreditProbe[] = [];
for (const document of DOCUMENTS)
  for (const participle of PARTICIPLES)
    for (const time of TIMES)
      for (const [clause, figure] of FIGURES)
        probes.push({
          text: `${document} ${participle} ${time} by the Baltic Policy Forum ${clause}.`,
          figure,
          want: person('the Baltic Policy Forum'),
        });

/** Documents an "according to" names, handled by informants of a body. */
const HANDLED = [
  'customs notices compiled',
  'port records reviewed',
  'shipping filings gathered',
  'waybills obtained',
];
const INFORMANTS: ReadonlyArray<readonly [informants: string, body: string]> = [
  ['researchers at', 'Lindholm Institute'],
  ['analysts from', 'Coastal Trade Monitor'],
  ['officials of', 'Tallinn Port Authority'],
];

const handled: FigureCreditProbe[] = [];
for (const noun of HANDLED)
  for (const [informants, bodyName] of INFORMANTS)
    handled.push({
      text: `Russia has shipped 52,000 tonnes of flour since 2024, according to ${noun} by ${informants} the ${bodyName}.`,
      figure: '52,000',
      want: person(informants.split(' ')[0]!, bodyName),
    });

describe('the maker a document names after "by"', () => {
  it('speaks for the document past a short time before its "by"', () => {
    expectFigureCredits(probes);
  });

  it('is the informants of a body a handling participle names', () => {
    expectFigureCredits(handled);
  });

  it('leaves a document with no maker its own words', () => {
    expectFigureCredits([
      {
        text: 'A study published in May estimated that Pyongyang had taken in about 17 trillion won.',
        figure: '17 trillion won',
        want: person('A study'),
      },
      {
        text: 'An assessment released on Friday found that some 4,200 workers had gone to Russia.',
        figure: '4,200',
        want: person('An assessment'),
      },
    ]);
  });
});
