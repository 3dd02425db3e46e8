// The receivers'-people battery: people of the side that usually receives the exchange's people
// (Russia), sent to or placed in the side that sends them (North Korea), go from their own country
// to where they are, whether their nationality is a subject or only an adjective of the count
// ("85 Russian technicians"). People of the usual sender stay a deployment, and visitors stay
// visitors. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('sent by their own', [
  [
    'Kyiv says some 85 Russian technicians had been sent to Pyongyang for drone assembly.',
    '85 approx person personnel RUS PRK',
  ],
  ['Russia had sent 40 engineers to North Korea.', '40 exact person personnel RUS PRK'],
]);

add('placed in the other side', [
  [
    'Seoul believes about 120 Russian specialists now work at sites in North Korea, mostly on satellite launchers.',
    '120 approx person personnel RUS PRK',
  ],
  [
    'Roughly 45 Russian engineers had been stationed at North Korean shipyards since the autumn, a Japanese official said.',
    '45 approx person personnel RUS PRK',
  ],
]);

add('people that stay as they were', [
  [
    'Some 2,300 North Korean loggers are employed in Russia.',
    '2300 approx person personnel PRK RUS',
  ],
  ['About 900 Russian tourists were in North Korea last year.', '900 approx person other RUS PRK'],
  ['Russia has about 1.1 million active soldiers.', '1100000 approx person force_size RUS -'],
]);

describe('people of the side that receives them', () => {
  it('go from their own country when sent to the other side', () => {
    expectFigures(family('sent by their own'));
  });
  it('go from their own country when placed in the other side', () => {
    expectFigures(family('placed in the other side'));
  });
  it('leave the usual senders’ people, visitors and forces at home as they were', () => {
    expectFigures(family('people that stay as they were'));
  });
});
