// The model-wholes battery: a share whose whole names weapons by their models ("half of the
// Kh-101 and Kh-555 missiles") is a share of those weapons. A model's number, and "and" or "or"
// between two models, are part of the whole's name, so the share's kind and sides come from the
// weapons as they do for a whole with no model named. In sentences of our own, each with every
// claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a whole named by two models', [
  [
    'Roughly half of the Hwasong-11 and Hwasong-12 missiles Moscow launched over the summer missed their targets, Kyiv says.',
    '50 approx percent missiles RUS UKR',
  ],
  [
    'Fully a third of the Kh-101 or Kh-555 cruise missiles Russia launched in March were shot down.',
    '33.33 exact percent missiles RUS UKR',
  ],
]);

add('wholes named as before', [
  [
    'Nearly 50% of KN-25 missiles that Russia fired in May missed their targets.',
    '50 approx percent missiles RUS UKR',
  ],
  [
    'Some 40 percent of Russian artillery rounds come from North Korea.',
    '40 approx percent munitions PRK RUS',
  ],
  ['Nearly a quarter of the budget went to the army.', '25 approx percent other * *'],
]);

describe('a share of weapons named by their models', () => {
  it('reads a share whose whole names two models as a share of the weapons', () => {
    expectFigures(family('a whole named by two models'));
  });
  it('keeps the wholes read before as they were', () => {
    expectFigures(family('wholes named as before'));
  });
});
