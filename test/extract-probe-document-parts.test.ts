// The document-parts battery: the number of a part of a text ("in paragraph 7", "on page 12",
// "section 4", "resolution 2375") names it, in lower case as in capitals, and is never an amount;
// an editor's note that cites paragraphs ("Adds ... in paragraph 9") gives no figure for them,
// while the amounts beside it are still read. In sentences of our own; only the figures are
// checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a numbered part of a text', [
  ['(Adds Moscow reaction in paragraph 9, casualty figures in paragraph 4)', 'none'],
  ['The estimate appears on page 31 of the annual review.', 'none'],
  ['Under section 4 of the decree, exports of coal are banned.', 'none'],
  ['The ban on textiles was added by resolution 2375.', 'none'],
]);

add('an amount beside a cited part', [
  [
    'The review says on page 31 that Russia delivered 140 artillery pieces.',
    '140 exact item * * *',
  ],
  [
    '(Corrects the number of shells in paragraph 3 to about 4 million)',
    '4000000 approx shell * * *',
  ],
  ['The dossier runs to 60 pages.', 'none'],
]);

describe('numbered parts of a text', () => {
  it('reads no figure in the number of a paragraph, a page, a section or a resolution', () => {
    expectFigures(family('a numbered part of a text'));
  });
  it('still reads the amounts that stand beside a cited part', () => {
    expectFigures(family('an amount beside a cited part'));
  });
});
