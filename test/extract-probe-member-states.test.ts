// The member-states battery: members of a body counted where they vote ("twelve members voted
// for it", "14 members abstained") or where a verb lists a country among them ("its 9 members
// include Japan") are states, counted as a count of countries is: an item of no one's. Members of
// a unit, or members a verb lists as people, stay people. In sentences of our own; only the
// figures are checked (value, qualifier, unit, category and sides).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('members that are states', [
  [
    'Twelve members voted to renew the panel; Russia and China voted against.',
    '12 exact item other - -',
  ],
  [
    'The monitoring group was set up in May; its 9 members include Japan and Britain.',
    '9 exact item other - -',
  ],
  ['Of the council, 14 members abstained on the text.', '14 exact item other - -'],
  ["The coalition's 10 members include Japan, Britain and South Korea.", '10 exact item other - -'],
]);

add('members that are people', [
  [
    'About 300 members of the special forces unit were sent to Russia.',
    '300 approx person personnel PRK RUS',
  ],
  ['The Russian delegation of 40 members included engineers.', '40 exact person * * *'],
  ['Its 25 members are engineers from Khabarovsk.', '25 exact person * * *'],
]);

describe('members of a body of states', () => {
  it('reads members that vote, or that a verb lists as countries, as a count of states', () => {
    expectFigures(family('members that are states'));
  });
  it('keeps members of a unit or a delegation as people', () => {
    expectFigures(family('members that are people'));
  });
});
