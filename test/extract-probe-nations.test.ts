// The nations battery: a count of countries, nations or governments is a figure, an item of no
// one's ("a team formed by 14 countries", "Eleven nations signed", "and four other governments"),
// spelled out or not, while a small count that points back to nations already told of ("the two
// countries", "both nations", "its three neighbouring countries") reports nothing. In sentences of
// our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('count-of-nations', [
  ['A panel of 14 countries was formed after the vote in Geneva.', '14 exact item other - -'],
  ['Twelve nations, among them Norway and Chile, signed the statement.', '12 exact item other - -'],
  [
    'Canada, Italy and four other governments backed the new monitoring team.',
    '4 exact item other - -',
  ],
  ['North Korean labourers now work in more than 30 countries.', '30 more_than item other - -'],
  ['Seven countries sent observers to the talks in Vienna.', '7 exact item other - -'],
]);

add('nations-pointed-back-to', [
  ['Trade between the two countries grew quickly.', 'none'],
  ['Both nations signed the treaty in Pyongyang.', 'none'],
  ['Two countries abstained in the vote.', 'none'],
  ['Its three neighbouring countries closed their borders.', 'none'],
  ['These four governments had asked for the inquiry.', 'none'],
]);

describe('counts of nations', () => {
  it('reads a count of countries, nations or governments as items of no one’s', () => {
    expectFigures(family('count-of-nations'));
  });
  it('reads a small count that points back to nations already named as no figure', () => {
    expectFigures(family('nations-pointed-back-to'));
  });
});
