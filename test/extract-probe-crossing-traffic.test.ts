// The crossing-traffic battery: road vehicles a bridge or a crossing is to handle ("handle 180
// trucks a day") are its traffic, the trade between the two countries it joins, not the arms or
// fuel the text spoke of before. Wagons a line handles keep the cargo the line was said to carry.
// In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('road-traffic', [
  [
    'Satellite images show about 2,000 containers of artillery rounds leaving Najin for Russia since spring. Work on a road bridge between Russia and North Korea started last year. Border officials expect it to handle as many as 180 trucks a day.',
    '2000 approx container munitions PRK RUS | 180 up_to vehicle trade RUS PRK',
  ],
  [
    'Russia has shipped some 30,000 tonnes of diesel to the North by rail this year. The new crossing over the river should be able to handle 400 vehicles a day once finished.',
    '30000 approx tonne oil RUS PRK | 400 exact vehicle trade RUS PRK',
  ],
]);

add('cargo-kept', [
  [
    'North Korea sent 300 railcars of shells to Russia in March. Another 120 railcars crossed in April.',
    '300 exact vehicle munitions PRK RUS | 120 exact vehicle munitions PRK RUS',
  ],
  [
    'Pyongyang has moved some 5,000 containers of shells to Russia by train. A railway worker said the line now handles about 35 loaded wagons a day.',
    '5000 approx container munitions PRK RUS | 35 approx vehicle munitions PRK RUS',
  ],
]);

describe('traffic across a crossing', () => {
  it('reads road vehicles a crossing handles as the trade across it', () => {
    expectFigures(family('road-traffic'));
  });
  it('keeps the cargo of carriers that are not a crossing’s traffic', () => {
    expectFigures(family('cargo-kept'));
  });
});
