// The decades battery: a sentence that ends on a decade ("in the 1970s.") ends there, so the next
// sentence's figures are not read with its verbs; initials and abbreviations still do not end one.
// In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a decade ends its sentence', [
  [
    'Pyongyang sent instructors to Syria in the 1970s. North Korea’s military has roughly 1.05 million active-duty soldiers today.',
    '1050000 approx person force_size PRK -',
  ],
  [
    'Pyongyang sent instructors to Syria in the 1970s. Some 5,000 North Korean sappers have since gone to Kursk.',
    '5000 approx person personnel PRK RUS',
  ],
]);

add('an abbreviation does not', [
  ['The U.S. Army has 450,000 soldiers.', '450000 exact person force_size USA -'],
  [
    'Officials met in Washington, D.C. In the afternoon, North Korea sent 300 troops to Russia.',
    '300 exact person personnel PRK RUS',
  ],
]);

describe('a sentence that ends on a decade', () => {
  it('keeps the next sentence’s figures apart from its verbs', () => {
    expectFigures(family('a decade ends its sentence'));
  });
  it('still reads initials and abbreviations as no end', () => {
    expectFigures(family('an abbreviation does not'));
  });
});
