// The call-times battery: "times" after a figure, where carriers call at, dock at, load or
// unload at a port ("tankers calling at the port at least nine times"), counts their calls, an
// item, as "nine port calls" does; a multiple ("three times the cap", "four times as much", "six
// times over") and "times" with no carrier calling stay no figure. In sentences of our own; only
// the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('calls counted in times', [
  [
    'Radar data show tankers calling at Nakhodka at least seven times in the second quarter.',
    '7 at_least item * * *',
  ],
  [
    'The imagery showed Chinese tankers loading diesel at the Dalian terminal 13 times in March.',
    '13 exact item * * *',
  ],
  [
    'Cargo ships docked at Chongjin more than 20 times last year, the monitors found.',
    '20 more_than item * * *',
  ],
  [
    'Freighters flying no flag unloaded at the pier about 30 times between May and August.',
    '30 approx item * * *',
  ],
]);

add('near misses: multiples and other times', [
  // A multiple of another figure is no count.
  ['Tankers delivered three times the quota.', 'none'],
  ['The ships loaded four times as much coal as before.', 'none'],
  ['The tanker called at the port six times over.', 'none'],
  // No carrier calls: a person's visits, or a verb of calling with no vessel before it.
  ['The envoy visited Hanoi five times in 2024.', 'none'],
  ['Officials called on the port 12 times in April.', 'none'],
  // A rate of calls stays unread, as a small count with a rate of an unfamiliar noun does.
  ['Tankers berthed at the jetty at least four times a week.', 'none'],
  // A rate of a multiple: "times more" compares.
  ['Barges loaded at the quay ten times more often than in 2023.', 'none'],
]);

describe('calls counted in "times"', () => {
  it('reads the times carriers call at a port as a count of calls', () => {
    expectFigures(family('calls counted in times'));
  });
  it('leaves multiples and times no carrier calls unread', () => {
    expectFigures(family('near misses: multiples and other times'));
  });
});
