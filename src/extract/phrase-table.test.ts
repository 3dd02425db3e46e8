import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon, vocabularyOf } from './lexicon.ts';
import { PhraseTable } from './phrase-table.ts';
import { tokenize } from './tokenize.ts';

const table = () =>
  new PhraseTable<string>()
    .add('north korea', 'PRK')
    .add('north korean people', 'people')
    .add('more than', 'more_than')
    .add('more', 'more')
    .add('US', 'USA');

describe('PhraseTable', () => {
  it('returns the longest phrase that starts at a token, with the token after its end', () => {
    const tokens = tokenize('troops from North Korea arrived');
    expect(table().match(tokens, 2)).toEqual({ value: 'PRK', end: 4 });
  });

  it('falls back to a shorter phrase when a longer one does not complete', () => {
    const tokens = tokenize('more troops');
    expect(table().match(tokens, 0)).toEqual({ value: 'more', end: 1 });
    expect(table().match(tokenize('north korean troops'), 0)).toBeNull();
  });

  it('never runs past the limit it is given', () => {
    const tokens = tokenize('more than 5,000');
    expect(table().match(tokens, 0, 1)).toEqual({ value: 'more', end: 1 });
    expect(table().match(tokens, 0, 0)).toBeNull();
    expect(table().match(tokens, 3)).toBeNull();
  });

  it('returns null at a token no phrase begins with', () => {
    expect(table().match(tokenize('about 5,000 troops'), 0)).toBeNull();
  });

  it('matches a phrase written with a capital only in that casing', () => {
    expect(table().match(tokenize('the US said'), 1)).toEqual({ value: 'USA', end: 2 });
    expect(table().match(tokenize('let us say'), 1)).toBeNull();
  });

  it('matches a phrase of several words with capitals only in that casing', () => {
    const places = new PhraseTable<string>().add('South Korea', 'KOR').add('South', 'S');
    expect(places.match(tokenize('in South Korea'), 1)).toEqual({ value: 'KOR', end: 3 });
    expect(places.match(tokenize('in South korea'), 1)).toEqual({ value: 'S', end: 2 });
    expect(places.match(tokenize('in south Korea'), 1)).toBeNull();
    expect(places.match(tokenize('in SOUTH KOREA'), 1)).toBeNull();
  });

  it('finds in tokens read with a vocabulary what it finds in the same tokens read without', () => {
    const vocabulary = vocabularyOf(lexicon);
    const words = [
      'North',
      'Korea',
      'korean',
      'US',
      'us',
      'the',
      'more',
      'than',
      '$',
      'zyzzyva',
      '5',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), fc.nat(), (chosen, a) => {
        const text = chosen.join(' ');
        const plain = tokenize(text);
        const known = tokenize(text, vocabulary);
        const at = plain.length === 0 ? 0 : a % plain.length;
        for (const table of [lexicon.countries, lexicon.qualifiers, lexicon.currencySymbols])
          expect(table.match(known, at)).toEqual(table.match(plain, at));
      }),
    );
  });

  it('tells by token id whether a phrase starts at a token, as its key would', () => {
    const vocabulary = vocabularyOf(lexicon);
    const words = ['Three', 'dozen', 'half', 'a', 'tens', 'zyzzyva', '5', ',', 'several'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (chosen) => {
        const known = tokenize(chosen.join(' '), vocabulary);
        const plain = tokenize(chosen.join(' '));
        for (const table of [lexicon.wordNumbers, lexicon.vaguePlurals, lexicon.fractions])
          for (let i = 0; i < known.length; i++) {
            expect(table.startsAt(known, i)).toBe(table.startsWith(known.key[i] ?? ''));
            expect(table.startsAt(plain, i)).toBe(table.startsWith(plain.key[i] ?? ''));
          }
      }),
    );
  });

  it('keeps the first value given to a phrase added twice', () => {
    const twice = new PhraseTable<number>().add('a dozen', 12).add('a dozen', 13);
    expect(twice.match(tokenize('a dozen'), 0)?.value).toBe(12);
  });

  it('lists the keys phrases begin with', () => {
    expect([...table().firstKeys()].sort()).toEqual(['more', 'north', 'us']);
    expect(table().startsWith('north')).toBe(true);
    expect(table().startsWith('korea')).toBe(false);
  });

  it('finds what a phrase-by-phrase search finds, for any words, start and limit', () => {
    const phrases: Array<[string, string]> = [
      ['north korea', 'PRK'],
      ['north korean people', 'people'],
      ['more than', 'more_than'],
      ['more', 'more'],
      ['US', 'USA'],
    ];
    const words = ['North', 'north', 'Korea', 'korean', 'people', 'more', 'than', 'US', 'us', ','];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (chosen, a, b) => {
          const text = chosen.join(' ');
          const tokens = tokenize(text);
          const at = tokens.length === 0 ? 0 : a % tokens.length;
          const limit = at + (b % (tokens.length - at + 1));
          let expected: { value: string; end: number } | null = null;
          for (const [phrase, value] of phrases) {
            const parts = phrase.split(' ');
            const end = at + parts.length;
            if (end > limit) continue;
            const written = chosen.slice(at, end);
            const same = parts.every((part, k) =>
              part === part.toLowerCase()
                ? written[k]?.toLowerCase() === part
                : written[k] === part,
            );
            if (same && (expected === null || end > expected.end)) expected = { value, end };
          }
          expect(table().match(tokens, at, limit)).toEqual(expected);
        },
      ),
    );
  });
});
