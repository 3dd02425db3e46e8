// The valued-tolls battery: a teller that "puts" or "reckons" losses or a deployment at a figure
// names no owner of it. Losses no country owns, in a sentence that names the sending side only as
// a teller, are that side's (with no such side named they stay no one's); people read from the
// receiving side's adversary, with no preposition or object naming a side, come from the fighting
// the sentence tells of and go the usual way. A country that owns the losses, or sends people in
// the figure's own clause, still does. In sentences of our own, each with every claim it should
// give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('losses a teller values with no owner', [
  [
    'Pyongyang confirms the mission, and the NIS puts losses at 2,300.',
    '2300 exact person casualties PRK -',
  ],
  [
    'Pyongyang announced the mission on Monday, and Tokyo put the dead at 700.',
    '700 exact person casualties PRK -',
  ],
  [
    'The North confirms its Kursk mission while Tokyo reckons losses at 2,300',
    '2300 exact person casualties PRK -',
  ],
]);

add('losses no sender is named beside', [
  ['The NIS now puts the toll at 650.', '650 exact person casualties - -'],
  [
    'Kyiv announced the strike on Monday, and Tokyo put the dead at 700.',
    '700 exact person casualties - -',
  ],
]);

add('losses with an owner named', [
  ['Tehran confirms its dead as Tokyo puts losses at 900.', '900 exact person casualties IRN -'],
  ['Kyiv puts Russian losses at 40,000.', '40000 exact person casualties RUS -'],
  ['Ukraine’s losses reached 2,000.', '2000 exact person casualties UKR -'],
]);

add('a deployment valued beside the fighting', [
  [
    'Kyiv says North Korean units engaged Ukrainian troops for the first time; Tokyo puts the deployment at 9,500',
    '9500 exact person personnel PRK RUS',
  ],
  [
    'Ukrainian marines fought the newcomers near Sudzha, Kyiv says; Tokyo puts the deployment at 9,500.',
    '9500 exact person personnel PRK RUS',
  ],
]);

add('people the adversary itself sends or keeps', [
  ['Ukraine has deployed 5,000 soldiers.', '5000 exact person personnel UKR -'],
  ['Kyiv sent 200 instructors to Poland.', '200 exact person personnel UKR POL'],
  ['Ukraine has mobilised 20,000 new recruits.', '20000 exact person force_size UKR -'],
]);

describe('tolls and deployments a teller values', () => {
  it('gives losses no country owns to the sending side its sentence names as a teller', () => {
    expectFigures(family('losses a teller values with no owner'));
  });
  it('leaves losses no owner where no sending side is named beside them', () => {
    expectFigures(family('losses no sender is named beside'));
  });
  it('keeps the owner a sentence names for its losses', () => {
    expectFigures(family('losses with an owner named'));
  });
  it('sends a valued deployment the usual way, not from the side it fights', () => {
    expectFigures(family('a deployment valued beside the fighting'));
  });
  it('keeps people the adversary sends or raises in its own clause its own', () => {
    expectFigures(family('people the adversary itself sends or keeps'));
  });
});
