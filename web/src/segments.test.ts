import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs, segment } from './segments.ts';

describe('paragraphs', () => {
  it('splits at blank lines and trims each paragraph end', () => {
    const text = 'First line\nsame paragraph\n\n  \nSecond one  \n';
    const found = paragraphs(text).map((range) => text.slice(range.start, range.end));
    expect(found).toEqual(['First line\nsame paragraph', 'Second one']);
  });

  it('finds nothing in blank text', () => {
    expect(paragraphs('\n \n')).toEqual([]);
  });

  it('covers every non-blank character of any text exactly once', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'b') }), (text) => {
        const found = paragraphs(text);
        const covered = found.map((range) => text.slice(range.start, range.end)).join('');
        return covered.replace(/\s/gu, '') === text.replace(/\s/gu, '');
      }),
    );
  });
});

describe('segment', () => {
  const paragraph = { start: 10, end: 30 };

  it('cuts the paragraph at each claim and marks the target', () => {
    const pieces = segment(
      paragraph,
      [
        { id: 'a', start: 12, end: 16 },
        { id: 'b', start: 20, end: 25 },
      ],
      'b',
    );
    expect(pieces.map((piece) => [piece.start, piece.end, piece.claimIds, piece.target])).toEqual([
      [10, 12, [], false],
      [12, 16, ['a'], false],
      [16, 20, [], false],
      [20, 25, ['b'], true],
      [25, 30, [], false],
    ]);
  });

  it('keeps overlapping claims on the shared piece', () => {
    const pieces = segment(
      paragraph,
      [
        { id: 'a', start: 12, end: 20 },
        { id: 'b', start: 15, end: 22 },
      ],
      null,
    );
    expect(pieces.find((piece) => piece.start === 15)?.claimIds).toEqual(['a', 'b']);
  });

  it('clips a claim running past the paragraph and ignores claims outside it', () => {
    const pieces = segment(
      paragraph,
      [
        { id: 'a', start: 25, end: 40 },
        { id: 'z', start: 50, end: 60 },
      ],
      'a',
    );
    expect(pieces.at(-1)).toEqual({ start: 25, end: 30, claimIds: ['a'], target: true });
    expect(pieces.some((piece) => piece.claimIds.includes('z'))).toBe(false);
  });
});
