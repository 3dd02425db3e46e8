import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const last = (text: string) => {
  const c = claimsIn(text).at(-1);
  return `${c?.category} ${c?.from ?? '-'}>${c?.to ?? '-'}`;
};

describe('trade a country records in its own figures', () => {
  it('has that country as the partner, ahead of the pair named paragraphs before', () => {
    expect(
      last(
        "Moscow and Pyongyang signed a trade deal in June.\n\nThe North keeps selling abroad, and Beijing's customs figures show two-way commerce of $1.9 billion in 2024.",
      ),
    ).toBe('trade PRK>CHN');
  });

  it('is not given to a country whose researchers only estimate it', () => {
    expect(
      last(
        'Moscow and Pyongyang signed a trade deal in June.\n\nThe North keeps selling abroad, and South Korean researchers put two-way trade at $40 million last year.',
      ),
    ).toBe('trade PRK>RUS');
  });
});

describe('official exports with no owner before them', () => {
  it('are the whole trade of the economy the text is about', () => {
    expect(
      last(
        'The North Korean economy is small next to Russia. Official exports came to about $250 million in 2024.',
      ),
    ).toBe('trade PRK>-');
  });

  it('stay with a country named before the words', () => {
    expect(last('Russia recorded trade of only $20 million with the North last year.')).toBe(
      'trade RUS>PRK',
    );
  });
});
