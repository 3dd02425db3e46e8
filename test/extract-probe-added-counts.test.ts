// The added-counts battery: a bare figure added to the one before ("on top of the 3,000 or so",
// "in addition to the 1,500 it sent") counts the same noun, as one compared with it does; a small
// spelled-out count set against the one before ("compared with nine in April") is a figure too,
// where a small count standing alone ("two systems") stays narrative. "On top of" before a noun
// of its own changes nothing. In sentences of our own; only the figures are checked (value,
// qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('added to the figure before', [
  [
    'Russia received about 1,800 containers in the spring, on top of the 3,000 or so it got last autumn.',
    '1800 approx container * * * | 3000 approx container * * *',
  ],
  [
    'Some 9,000 North Korean labourers arrived last year, in addition to tens of thousands hired before them.',
    '9000 approx person * * * | ~20000 vague person * * *',
  ],
  [
    'Pyongyang sent 2,000 engineers in May, in addition to the 1,500 it sent in March.',
    '2000 exact person * * * | 1500 exact person * * *',
  ],
]);

add('a small count set against the one before', [
  [
    'Satellites caught 14 tanker calls at the terminal in May, compared with nine in April.',
    '14 exact item * * * | 9 exact item * * *',
  ],
  [
    'Monitors counted 12 arrivals at the port in June, against seven in May.',
    '12 exact item * * * | 7 exact item * * *',
  ],
]);

add('no figure added', [
  ['The guns were mounted on top of 40 trucks, the officer said.', '40 exact vehicle * * *'],
  ['On top of the treaty, Kim asked for 200 engineers.', '200 exact person * * *'],
  ['Russia sent two systems in May, and the North built three more.', 'none'],
]);

describe('figures added to the one before', () => {
  it('reads a bare figure after "on top of" or "in addition to" as the same noun', () => {
    expectFigures(family('added to the figure before'));
  });
  it('reads a small spelled-out count compared with the figure before', () => {
    expectFigures(family('a small count set against the one before'));
  });
  it('leaves figures with a noun of their own, and narrative small counts, as they were', () => {
    expectFigures(family('no figure added'));
  });
});
