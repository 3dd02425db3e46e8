// The period a document covers, set between its name and its verb ("port figures for the
// opening half of 2025 show", "figures for January show"), is no part of the maker's name: the
// document's words before "for" are the credit, as with no period between. A "for" that opens no
// period, or a name in capitals after it, leaves the reading as it was. Texts of our own.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const MAKERS = ['Thai customs data', 'Japanese port statistics', 'Russian rail figures'];
const PERIODS = [
  'for the opening half of this year',
  'for the final quarter of last year',
  'for March',
  'for the past three months',
];
const VERBS = ['show', 'suggest'];

const probes: FigureCreditProbe[] = [];
for (const maker of MAKERS)
  for (const period of PERIODS)
    for (const verb of VERBS)
      probes.push({
        text: `Trade has picked up. ${maker} ${period} ${verb} shipments to Laos up about 27% on a year earlier, at $840 million.`,
        figure: '$840 million',
        want: person(maker),
      });

/** Near-misses: the time ends no document's name, or the reading keeps its own subject. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'Thai customs data show shipments to Laos up about 27% on a year earlier, at $840 million.',
    figure: '$840 million',
    want: person('Thai customs data'),
  },
  {
    text: 'Shipments bound for the port this year rose to $840 million, Laotian officials said.',
    figure: '$840 million',
    want: person('Laotian officials'),
  },
];

describe('the period a document covers before its verb', () => {
  it('credits the document, not the words of its period', () => {
    expectFigureCredits(probes);
  });
  it('leaves readings with no period between as they were', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
