// A document introduced with its maker after "of" ("The second report of the Baltic Sanctions
// Forum (BSF), released on …, is …") names that maker for a later "the report found", "according
// to the report" or "it said", as "the Forum's report" does. What follows "of" must be a proper
// name that is not only a country: "a report of heavy losses" and "the report of the committee"
// name no maker. Every probe is a text of our own, templated over makers, documents and the
// later credit's shape.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, noCredit, person, sameCredit } from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

const MAKERS: ReadonlyArray<readonly [written: string, want: Credit]> = [
  ['the Baltic Sanctions Forum (BSF)', person('Baltic Sanctions Forum')],
  ['the Harbour Research Centre', person('Harbour Research Centre')],
  ['the Nordic Arms Observatory', person('Nordic Arms Observatory')],
  ['Lindenhof Analytics', person('Lindenhof Analytics')],
];

const DOCUMENTS = ['report', 'first report', 'latest assessment', 'study'];

/** What the document is called when the text comes back to it. */
const BACK: Record<string, string> = {
  report: 'report',
  'first report': 'report',
  'latest assessment': 'assessment',
  study: 'study',
};

/** The later credit, with the figure it holds. */
const LATER: ReadonlyArray<(noun: string) => readonly [text: string, figure: string]> = [
  (n) => [
    `The ${n} found that Pyongyang had sent at least 4 million rounds to Russia.`,
    '4 million',
  ],
  (n) => [`According to the ${n}, the North sent about 9,200 soldiers.`, '9,200'],
  (n) => [
    `Shells. The ${n} says Moscow paid in kind for roughly 70 percent of them.`,
    '70 percent',
  ],
];

describe('a document named with its maker after "of"', () => {
  it('gives a later "the report" its maker', () => {
    expectCredits(
      MAKERS.flatMap(([written, want]) =>
        DOCUMENTS.flatMap((doc) =>
          LATER.map((later) => {
            const [sentence, figure] = later(BACK[doc]!);
            return {
              text: `The ${doc} of ${written}, released on April 2, is the fullest account yet.\n\n${sentence}`,
              figure,
              want,
            };
          }),
        ),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('names no maker where "of" says what the document is about', () => {
    expectCredits(
      [
        'A report of heavy losses reached Seoul on Monday. The report said about 1,300 soldiers had died.',
        'The report of the committee was delayed. The report found that 650 tankers had docked.',
      ].map((text) => ({ text, want: null })),
      { accepts: (_, got) => noCredit(got) || /report/i.test(got?.name ?? '') },
    );
  });
});
