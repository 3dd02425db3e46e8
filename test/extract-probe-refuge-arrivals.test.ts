// The refuge-arrivals battery: people of the North who reach, enter or arrive in the South are
// defectors, `other` from the North to the South, whatever noun counts them ("North Koreans"), as
// "defectors" are; North Koreans who arrive in Russia, or are sent anywhere, stay a flow of the
// exchange's people. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('reached-the-south', [
  [
    'Seoul counted 187 North Koreans who had entered the South by December, nearly all of them women.',
    '187 exact person other PRK KOR',
  ],
  [
    'Some 140 North Koreans arrived in South Korea in 2024, the ministry said.',
    '140 approx person other PRK KOR',
  ],
  [
    'North Korea sent 2,000 North Koreans to Russia, while 300 North Koreans escaped to the South.',
    '2000 exact person personnel PRK RUS | 300 exact person other PRK KOR',
  ],
  ['Seoul says 96 defectors came to South Korea in the spring.', '96 exact person other PRK KOR'],
]);

add('arrived-in-russia', [
  [
    'Roughly 1,200 North Koreans entered Russia with study visas in 2024, Moscow said.',
    '1200 approx person personnel PRK RUS',
  ],
  [
    'Some 3,000 North Korean workers entered Russia last year.',
    '3000 approx person personnel PRK RUS',
  ],
]);

describe('North Koreans who reach the South', () => {
  it('are defectors, from the North to the South, whatever noun counts them', () => {
    expectFigures(family('reached-the-south'));
  });
  it('leaves North Koreans who arrive in Russia a flow of the exchange', () => {
    expectFigures(family('arrived-in-russia'));
  });
});
