// The kind-uses battery: a verb of use right after a noun of kind ("of the type used for shells",
// "the sort used to move rockets") describes the kind of thing counted; it fires nothing, so the
// containers go the way such shipments go. A verb of use with its own subject still fires. In
// sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a use that describes a kind', [
  [
    'A train reached Khasan from Tumangang on Monday, and observers said it carried about 90 containers of the type used for shells.',
    '90 approx container munitions PRK RUS',
  ],
  [
    'North Korea has sent Russia 400 containers of the sort used to move rockets.',
    '400 exact container munitions PRK RUS',
  ],
]);

add('a use with its own subject', [
  ['Russia used about 90 drones of the same type against Kyiv.', '90 approx drone weapons RUS UKR'],
  ['Moscow fired 40 missiles of that kind at Lviv.', '40 exact missile missiles RUS UKR'],
]);

describe('verbs of use that describe a kind', () => {
  it('reads a use after a noun of kind as describing it, not as fire', () => {
    expectFigures(family('a use that describes a kind'));
  });
  it('keeps a use with its own subject as fire', () => {
    expectFigures(family('a use with its own subject'));
  });
});
