// The pledges battery: a verb of promising ("promised", "pledged") moves what it promises as a
// verb of sending does, to the country it names as the receiver, from its subject when that is a
// country and from no country when the subject is a bloc or body; a share of it delivered after
// is of the same flow. Promises along the exchange's own flows keep their usual sides. In sentences
// of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('arms a body or a third country promised', [
  [
    'In spring the EU pledged Kyiv two million shells inside twelve months, yet handed over only about a third of that by the deadline.',
    '2000000 exact shell munitions - UKR | 33.33 approx percent munitions - UKR',
  ],
  [
    'NATO promised Kyiv 500,000 rounds; by June it had delivered roughly half.',
    '500000 exact shell munitions - UKR | 50 approx percent munitions - UKR',
  ],
  ['Britain promised Ukraine 300,000 shells last year.', '300000 exact shell munitions GBR UKR'],
]);

add('promises along the exchange', [
  ['Moscow has promised Pyongyang 1 million barrels of oil.', '1000000 exact barrel oil RUS PRK'],
  ['Kim pledged Putin 10,000 more soldiers.', '10000 exact person personnel PRK RUS'],
]);

describe('arms and people promised', () => {
  it('sends what a bloc or a third country promised to the country it names', () => {
    expectFigures(family('arms a body or a third country promised'));
  });
  it('keeps promises along the exchange on their usual sides', () => {
    expectFigures(family('promises along the exchange'));
  });
});
