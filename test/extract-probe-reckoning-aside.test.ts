// A reckoning set off by commas after a figure ("…, by Oslo's count, and …") closes the clause
// that holds the figure and credits it, as it would at the sentence's end; one set off before a
// phrase that goes on with its clause ("enough, by one estimate, for 2m rounds") still speaks only
// for what follows it. Texts of our own, templated over reckonings, figure clauses and what comes
// after the reckoning; the claim checked is the last that holds the probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { Credit, FigureCreditProbe } from './extract-probe-support.ts';

/** Figure clauses, each with the figure it states. */
const FIGURES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['Some 9,500 North Korean soldiers have served in Russia', '9,500'],
  ['Pyongyang has sold Moscow over 6 million rounds', '6 million'],
  ['The North earned about $1.4 billion from the deal last year', '$1.4 billion'],
];

/** Reckonings, as a text sets them off, and the credit each should give. */
const RECKONINGS: ReadonlyArray<readonly [reckoning: string, credit: Credit]> = [
  ["by Warsaw's count", person('Warsaw')],
  ['by one estimate', person('one estimate')],
  ["by the navy's tally", person('the navy')],
  ['by some estimates', person('some estimates')],
];

/** What goes on after the reckoning's closing comma: a clause of its own. */
const NEXT_CLAUSES = [
  'and the pace has not slowed',
  'but the trade has since dwindled',
  'and more are expected',
];

const probes: FigureCreditProbe[] = [];
for (const [clause, figure] of FIGURES)
  for (const [reckoning, want] of RECKONINGS)
    for (const next of NEXT_CLAUSES)
      probes.push({ text: `${clause}, ${reckoning}, ${next}.`, figure, want });

describe('a reckoning set off after its figure', () => {
  it('credits the figure before it when a clause of its own follows', () => {
    expectFigureCredits(probes);
  });

  it('still credits the figure of the clause after ", and"', () => {
    expectFigureCredits([
      {
        text: "About 7,000 builders have gone to Russia, by Warsaw's count, and since May they have taken on 2,000 guards.",
        figure: '2,000',
        want: person('Warsaw'),
      },
    ]);
  });

  it('leaves the figure before it when the phrase after it goes on with the clause', () => {
    expectFigureCredits([
      {
        text: 'The North has sent 7,400 containers, enough, by one estimate, for 2m shells.',
        figure: '7,400',
        want: null,
      },
      {
        text: 'The North has sent 7,400 containers, enough, by one estimate, for 2m shells.',
        figure: '2m',
        want: person('one estimate'),
      },
      {
        text: "Russia has bought 300 trucks, worth, by the navy's tally, some $90 million.",
        figure: '300',
        want: null,
      },
    ]);
  });

  it('keeps the figure before it from a credit that closes the sentence', () => {
    expectFigureCredits([
      {
        text: 'Some 9,500 soldiers have served in Russia, by one estimate, and 1,100 have died, the ministry said.',
        figure: '9,500',
        want: person('one estimate'),
      },
    ]);
  });
});
