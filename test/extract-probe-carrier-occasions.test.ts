// The carrier-occasions battery: the "occasions" on which carriers are seen at a port are port
// calls, counted like trips and visits: they take the cargo of the carriers, their fuel fetched by
// the usual receiver's tankers or the munitions their containers hold, along its usual flow.
// Occasions of no carrier keep no cargo. In sentences of our own, each with every claim it should
// give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('port-calls', [
  [
    'Diesel keeps flowing south. At the Nakhodka fuel pier, analysts spotted North Korean tankers on at least 22 occasions since May.',
    '22 at_least item oil RUS PRK',
  ],
  [
    'The freighters rarely switch on their transponders. Photos show them berthed at Chongjin on some 35 occasions last year, each time loading crates that officials say hold artillery rounds.',
    '35 approx item munitions PRK RUS',
  ],
]);

add('occasions-of-no-carrier', [
  ['North Korea has test-fired missiles on five occasions this year.', 'none'],
]);

describe('occasions of carriers', () => {
  it('count port calls that take the cargo of the carriers', () => {
    expectFigures(family('port-calls'));
  });
  it('give no cargo to occasions of no carrier', () => {
    expectFigures(family('occasions-of-no-carrier'));
  });
});
