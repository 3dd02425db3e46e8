// The container-rounds battery: shells reckoned from a count of containers. A verb of use whose
// object is a way of reckoning ("used a simple rule of thumb: 350 shells a box") fires
// nothing, and a total that "would amount to" what the containers hold goes the way the shipments
// went, not nowhere as the size of one container does. The size of one container is left to the
// annotators' split ("*"); rounds a country used at the front stay its fire. In sentences of our
// own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a reckoning used', [
  [
    "Tokyo's analysts have long used a simple rule of thumb: some 350 shells to each container.",
    '350 approx shell munitions * *',
  ],
  [
    "Canberra's army staff used a conversion of roughly 420 shells per box. By that measure, the crates seen at the pier could hold some 900,000 shells.",
    '420 approx shell munitions * * | 900000 approx shell munitions PRK RUS',
  ],
  [
    'Analysts have used an assumption of 300 rounds per crate, which would put the total near 2 million rounds.',
    '300 exact shell munitions * * | 2000000 exact shell munitions PRK RUS',
  ],
]);

add('a total reckoned', [
  [
    'If each crate holds about 380 rounds, as researchers in London suppose, the whole consignment would amount to nearly 2.5 million shells.',
    '380 approx shell munitions * * | 2500000 approx shell munitions PRK RUS',
  ],
  [
    'If every box carries some 260 rockets, the total shipped would amount to more than 1 million rockets.',
    '260 approx rocket munitions * * | 1000000 more_than rocket munitions PRK RUS',
  ],
  [
    'Pyongyang shipped 8,000 containers to Russia, which would amount to roughly 3 million shells.',
    '8000 exact container munitions PRK RUS | 3000000 approx shell munitions PRK RUS',
  ],
]);

add('fire and sizes unchanged', [
  ['Each container can hold about 500 shells.', '500 approx shell munitions - -'],
  [
    'Russia has used about 12,000 shells a day along the front.',
    '12000 approx shell munitions RUS UKR',
  ],
  [
    'Russian gunners used some 9,000 rounds in a single day near Pokrovsk.',
    '9000 approx shell munitions RUS UKR',
  ],
  [
    'Russia fired 40,000 shells last week, or roughly 5,700 a day.',
    '40000 exact shell munitions RUS UKR | 5700 approx shell munitions RUS UKR',
  ],
]);

describe('shells reckoned from containers', () => {
  it('are not fired by a verb that uses a way of reckoning', () => {
    expectFigures(family('a reckoning used'));
  });
  it('go the way the shipments went when a total amounts to them', () => {
    expectFigures(family('a total reckoned'));
  });
  it('leave fire and the size of one container as they were', () => {
    expectFigures(family('fire and sizes unchanged'));
  });
});
