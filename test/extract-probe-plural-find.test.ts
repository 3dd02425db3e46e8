// "find" after a plural subject reports a finding as "finds" after a singular one does: "trade
// monitors find Moscow shipped …", "UN experts find that …" credit the subject, in a headline as in
// a body. The plain form after "to" or a modal ("hope to find", "could not find") finds nothing
// said and credits no one.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, noCredit, person, sameCredit } from './extract-probe-support.ts';

/** Plural subjects that report a finding, each with the credit it gives. */
const FINDERS = ['Trade monitors', 'UN experts', 'Researchers', 'Customs auditors'] as const;

/** Findings after "find", each with the figure it states. */
const FINDINGS: ReadonlyArray<readonly [finding: string, figure: string]> = [
  ['Moscow delivered more than 2 million barrels of diesel to Pyongyang', '2 million'],
  ['300 containers crossed at Rajin in May.', '300'],
  ['that 2,000 workers left for Russia in June.', '2,000'],
  ['Pyongyang sent 9,000 containers of shells to Russia since 2023.', '9,000'],
];

describe('"find" after a plural subject', () => {
  it('credits the subject with what it finds', () => {
    expectCredits(
      FINDERS.flatMap((finder) =>
        FINDINGS.map(([finding, figure]) => ({
          text: `${finder} find ${finding}`,
          figure,
          want: person(finder),
        })),
      ),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('credits no one when the plain form finds nothing said', () => {
    expectCredits(
      [
        ['Officials hope to find 300 workers for the farms.', '300'],
        ['Inspectors could not find 40 of the tankers.', '40'],
      ].map(([text, figure]) => ({ text: text as string, figure: figure as string, want: null })),
      { pick: byFigure, accepts: (_, got) => noCredit(got) },
    );
  });
});
