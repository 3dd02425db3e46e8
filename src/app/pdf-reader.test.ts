import { describe, expect, it } from 'vitest';
import { pageText } from './pdf-reader.ts';

/** A glyph run as pdf.js reports it: text, font size, position, width. */
const run = (
  str: string,
  at: { x: number; y: number; size?: number; width?: number; eol?: boolean },
) => ({
  str,
  transform: [at.size ?? 10, 0, 0, at.size ?? 10, at.x, at.y],
  width: at.width ?? str.length * 5,
  hasEOL: at.eol ?? false,
});

describe('pageText', () => {
  it('joins runs on one baseline into a line, adding the space pdf.js leaves implicit', () => {
    const text = pageText([
      run('North Korea', { x: 0, y: 700, width: 55 }),
      run('sent troops', { x: 60, y: 700 }),
    ]);
    expect(text).toBe('North Korea sent troops');
  });

  it('does not split a word whose runs touch', () => {
    expect(
      pageText([run('Pyong', { x: 0, y: 700, width: 25 }), run('yang', { x: 25, y: 700 })]),
    ).toBe('Pyongyang');
  });

  it('starts a new line where the baseline drops, and a paragraph where the gap widens', () => {
    const text = pageText([
      run('First line', { x: 0, y: 700 }),
      run('second line', { x: 0, y: 688 }),
      run('New paragraph', { x: 0, y: 660 }),
    ]);
    expect(text).toBe('First line\nsecond line\n\nNew paragraph');
  });

  it('honours the end-of-line marks pdf.js gives', () => {
    const text = pageText([
      run('One', { x: 0, y: 700, eol: true }),
      run('Two', { x: 100, y: 700 }),
    ]);
    expect(text).toBe('One\nTwo');
  });

  it('drops empty runs and collapses spaces inside a line', () => {
    const text = pageText([
      run('  ', { x: 0, y: 700 }),
      run('a   b', { x: 10, y: 700 }),
      run('', { x: 40, y: 690 }),
    ]);
    expect(text).toBe('a b');
  });
});
