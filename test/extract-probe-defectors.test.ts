// The defectors battery: people who fled their country for good are no flow of the exchange's
// people, sent or lost, but `other`, from the country they left (the North unless their phrase
// names another) to the South where they settle. A figure compared with them counts them too.
// Workers, soldiers and tourists keep their readings. In sentences of our own, each with every
// claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('people who fled', [
  [
    'Seoul said 85 defectors reached the South between January and June.',
    '85 exact person other PRK KOR',
  ],
  [
    'Roughly 31,000 North Korean defectors now make their homes in South Korea.',
    '31000 approx person other PRK KOR',
  ],
  [
    'Officials counted 96 defectors in the spring, compared with 140 a year before.',
    '96 exact person other PRK KOR | 140 exact person other PRK KOR',
  ],
]);

add('people who did not flee', [
  [
    'Pyongyang has sent about 4,000 workers to building sites in Siberia.',
    '4000 approx person personnel PRK RUS',
  ],
  [
    'Some 900 Russian tourists have visited the North this year.',
    '900 approx person other RUS PRK',
  ],
]);

describe('defectors', () => {
  it('reads people who fled the North as other, from the North to the South', () => {
    expectFigures(family('people who fled'));
  });
  it('leaves workers and visitors as they were', () => {
    expectFigures(family('people who did not flee'));
  });
});
