// The pair-references battery: a figure of trade whose sentence refers to a pair without naming it
// ("between the two", "both countries") is between the countries that the sentence just before
// named, when it named exactly two, not a pair of trade named earlier in the text. A sentence
// that names its own pair keeps it, and a sentence before that named one country or three leaves
// the earlier pair. In sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "China is still the North's main customer. Trade between both countries was worth $1.9
//     billion.": a sum the trade "was worth" takes its sides from the last pair named, not from
//     the pair referred to.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('pair-named-just-before', [
  [
    "Pyongyang's commerce with Moscow grew 30 percent. Beijing is still Pyongyang's biggest partner by far. Commerce between the two came to $2.2 billion in 2024.",
    '30 exact percent trade PRK RUS | 2200000000 exact usd trade CHN PRK',
  ],
  [
    "Exports from Pyongyang to Moscow rose 15 percent. China is still the North's main customer. Trade between both countries reached $1.9 billion last year, up 8 percent.",
    '15 exact percent trade PRK RUS | 1900000000 exact usd trade CHN PRK | 8 exact percent trade CHN PRK',
  ],
]);

add('pair-kept', [
  [
    "Pyongyang's commerce with Moscow grew 30 percent. Beijing is still Pyongyang's biggest partner by far. Commerce between Pyongyang and Moscow came to $40 million in 2024.",
    '30 exact percent trade PRK RUS | 40000000 exact usd trade PRK RUS',
  ],
  [
    'Commerce between Pyongyang and Moscow grew 30 percent. Beijing is watching closely. Commerce between the two came to $40 million in 2024.',
    '30 exact percent trade PRK RUS | 40000000 exact usd trade PRK RUS',
  ],
  [
    'Commerce between Pyongyang and Moscow grew 30 percent. Leaders of China, Japan and South Korea met in Seoul. Commerce between the two came to $40 million in 2024.',
    '30 exact percent trade PRK RUS | 40000000 exact usd trade PRK RUS',
  ],
]);

describe('trade between a pair referred to', () => {
  it('reads "between the two" as the pair the sentence before named', () => {
    expectFigures(family('pair-named-just-before'));
  });
  it('keeps a pair named in its own sentence, or the older pair when none was named just before', () => {
    expectFigures(family('pair-kept'));
  });
});
