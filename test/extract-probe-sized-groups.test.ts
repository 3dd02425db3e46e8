// The sized-groups battery: a bare figure that sizes a group of people sent ("a force of
// 15,000", "a contingent of about 6,000") counts its people, in sentences of our own. Categories
// and sides are not this battery's concern ("*").
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a group of people sent, sized', [
  ['"Those losses are heavy for a force of 14,000," the analyst said.', '14000 exact person * * *'],
  ['Pyongyang is readying a contingent of about 6,000 for the spring.', '6000 approx person * * *'],
  ['A deployment of 3,000 would be the largest since January.', '3000 exact person * * *'],
  ['Moscow asked for a detachment of some 500 to clear mines.', '500 approx person * * *'],
]);

add('near misses: a named noun or another group keeps its own count', [
  ['A force of 300 tanks massed near the border.', '300 exact vehicle * * *'],
  ['The air force of 40 jets is decades old.', '40 exact vehicle * * *'],
  ['The corps of 40,000 stayed at home.', 'none'],
]);

describe('sized groups of people sent', () => {
  it('reads a bare figure sizing a force, contingent or deployment as people', () => {
    expectFigures(family('a group of people sent, sized'));
  });
  it('leaves named nouns and standing units as they were', () => {
    expectFigures(family('near misses: a named noun or another group keeps its own count'));
  });
});
