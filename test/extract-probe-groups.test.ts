// The group battery: "a force of 11,000" that no verb of having holds is a body of people, such
// as one sent, not a country's standing force, and the size of a group set beside its losses is
// no count of the losses. In sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "The losses are heavy for a force of 12,000." alone: a bare figure after "a force of", with
//     no noun of people in its sentence, is not read as a figure at all.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a-force-sent', [
  [
    'Seoul puts the North’s losses at about 2,500 dead and wounded out of a force of some 14,000.',
    '2500 approx person casualties PRK - | 14000 approx person personnel PRK RUS',
  ],
  [
    'Pyongyang sent troops to Kursk. Such losses would cripple a force of 9,000 men within months.',
    '9000 exact person personnel PRK RUS',
  ],
  [
    'North Korea shipped its soldiers east. A force of 10,000 men cannot hold that front for long, the analyst said.',
    '10000 exact person personnel PRK RUS',
  ],
  [
    'North Korea deployed a force of 11,000 soldiers to Russia.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'Kyiv counts nearly 3,500 North Korean dead and wounded among a contingent of about 11,000.',
    '3500 approx person casualties PRK - | 11000 approx person personnel PRK RUS',
  ],
]);

add('a-force-held', [
  ['The North boasts a force of 1.2 million soldiers.', '1200000 exact person force_size PRK -'],
  ['Iran has a force of about 600,000 soldiers.', '600000 approx person force_size IRN -'],
  [
    'North Korea’s force of 1.2 million soldiers is among the largest anywhere.',
    '1200000 exact person force_size PRK -',
  ],
  ['Iran keeps an armed force of some 600,000 men.', '600000 approx person force_size IRN -'],
  ['The brigade has 5,000 troops.', '5000 exact person force_size * -'],
]);

describe('groups of people', () => {
  it('reads "a force of" no verb of having holds as people sent, beside their losses or not', () => {
    expectFigures(family('a-force-sent'));
  });
  it('still reads a force a country has, owns or arms as its standing force', () => {
    expectFigures(family('a-force-held'));
  });
});
