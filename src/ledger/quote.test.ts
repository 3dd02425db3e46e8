import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt } from './quote.ts';

const around = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return sentenceAt(text, [start, start + phrase.length]);
};

describe('sentenceAt', () => {
  it('returns the sentence that holds the span', () => {
    const text = 'Seoul spoke first. It says some 11,000 troops went north. Moscow said nothing.';
    expect(around(text, '11,000 troops')).toBe('It says some 11,000 troops went north.');
    expect(around(text, 'Seoul')).toBe('Seoul spoke first.');
    expect(around(text, 'nothing')).toBe('Moscow said nothing.');
  });

  it('reads through titles, initials and U.S. without breaking the sentence', () => {
    const text =
      'Before. On Monday, Maj. Gen. Pat Ryder said U.S. officials saw 100 losses. After.';
    expect(around(text, '100 losses')).toBe(
      'On Monday, Maj. Gen. Pat Ryder said U.S. officials saw 100 losses.',
    );
  });

  it('keeps decimals and closing quotes with their sentence', () => {
    const text = 'First. He said “the deal is worth $5.5 billion.” Then he left.';
    expect(around(text, '$5.5 billion')).toBe('He said “the deal is worth $5.5 billion.”');
  });

  it('stops at paragraph breaks', () => {
    const text = 'Heading with 20,000 containers\nBody text follows here.';
    expect(around(text, '20,000 containers')).toBe('Heading with 20,000 containers');
  });

  it('cuts a very long sentence around the span', () => {
    const text = `${'word '.repeat(400)}the 330 million figure ${'more '.repeat(400)}.`;
    const quote = around(text, '330 million');
    expect(quote.length).toBeLessThanOrEqual(602);
    expect(quote).toContain('the 330 million figure');
    expect(quote.startsWith('…')).toBe(true);
  });

  it('never throws and always contains the span, whatever the text and span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(220), fc.nat(30), (text, start, length) => {
        const quote = sentenceAt(text, [start, start + length]);
        const spanText = text.slice(Math.min(start, text.length), start + length).trim();
        if (spanText && !spanText.includes('\n')) expect(quote).toContain(spanText);
      }),
      { numRuns: 1000 },
    );
  });
});
