// The force-counts battery: what a standing force "numbers" or "has" sizes that force, whatever
// else its sentence says was sent ("The deployment is a sliver of an army that numbers 1.1
// million"). The verb of counting follows the word of standing forces, directly or after ", which";
// people that force sends, or has abroad, stay a deployment. In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a standing force counted beside a deployment', [
  [
    'The deployment is a sliver of Pyongyang’s standing armed forces, which number some 1.1 million active-duty soldiers.',
    '1100000 approx person force_size PRK -',
  ],
  [
    'North Korea moved 10,500 men to Kursk; its armed forces number 1.1 million.',
    '10500 exact person personnel PRK RUS | 1100000 exact person force_size PRK -',
  ],
  [
    'The troops sent to Kursk are few beside the North Korean army, which has close to 950,000 soldiers.',
    '950000 approx person force_size PRK -',
  ],
]);

add('people a force sends or has abroad', [
  ['The North Korean army has sent 3,200 gunners to Kursk.', '3200 exact person personnel PRK RUS'],
  ['North Korea’s army has 11,000 soldiers in Russia.', '11000 exact person personnel PRK RUS'],
  [
    'Pyongyang dispatched a brigade to Kursk; the brigade has 4,500 troops.',
    '4500 exact person force_size PRK -',
  ],
]);

describe('what a standing force counts', () => {
  it('sizes a standing force by its verb of counting, even beside a deployment', () => {
    expectFigures(family('a standing force counted beside a deployment'));
  });
  it('keeps people a force sends, or has abroad, a deployment', () => {
    expectFigures(family('people a force sends or has abroad'));
  });
});
