// The borrowed-sent battery: a bare count that borrows its noun from a figure of losses before it
// ("several thousand more") but is moved by its own verb of sending, with no word of loss in its
// sentence, is a deployment; one its own sentence calls dead stays a loss. In sentences of our own,
// each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a borrowed count that is sent', [
  [
    'North Korean losses have reached some 2,900 soldiers. Pyongyang plans to dispatch about 4,000 more to Russia this summer.',
    '2900 approx person casualties PRK - | 4000 approx person personnel PRK RUS',
  ],
]);

add('a borrowed count that is lost', [
  [
    'Close to 350 North Korean troops died in January. Another 200 died in February after Pyongyang sent them to the front.',
    '350 approx person casualties PRK - | 200 exact person casualties PRK -',
  ],
  [
    'North Korean losses have reached some 2,900 soldiers. About 500 more were wounded in May.',
    '2900 approx person casualties PRK - | 500 approx person casualties PRK -',
  ],
]);

describe('counts that borrow the noun of a figure of losses', () => {
  it('reads a borrowed count its own verb sends as a deployment', () => {
    expectFigures(family('a borrowed count that is sent'));
  });
  it('keeps a borrowed count its sentence calls dead or wounded a loss', () => {
    expectFigures(family('a borrowed count that is lost'));
  });
});
