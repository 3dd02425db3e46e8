// The audiences battery: a country whose reporters only hear of a figure ("Speaking to Russian
// reporters, the minister said …") is not the side that sent the people counted, who go along
// their usual flow. A country that sends them itself, or a country's body that tells of people
// sent to a named place, changes nothing. In sentences of our own, each with every claim it
// should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('an audience', [
  [
    'Talking to Russian media, the minister said 3,000 builders had been sent.',
    '3000 exact person personnel PRK RUS',
  ],
  [
    'Speaking to Russian reporters on Tuesday, the envoy said some 4,500 labourers had been dispatched.',
    '4500 approx person personnel PRK RUS',
  ],
  [
    "Speaking to Russian reporters, Kim's envoy said 6,000 soldiers would be sent to Russia.",
    '6000 exact person personnel PRK RUS',
  ],
]);

add('a sender', [
  ['Russian officials sent 300 engineers to Pyongyang.', '300 exact person personnel RUS PRK'],
  [
    'Russia has sent 250 engineers to the North, Interfax said.',
    '250 exact person personnel RUS PRK',
  ],
  [
    "Russia's defence ministry said 400 North Korean builders had been sent to Kursk.",
    '400 exact person personnel PRK RUS',
  ],
]);

describe('people counted to an audience', () => {
  it('are not sent by the country whose reporters hear of them', () => {
    expectFigures(family('an audience'));
  });
  it('leave a country that sends people itself as their sender', () => {
    expectFigures(family('a sender'));
  });
});
