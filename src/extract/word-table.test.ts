import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon, vocabularyOf } from './lexicon.ts';
import { createVocabulary, tokenize } from './tokenize.ts';
import { pairsOf } from './phrase-table.ts';
import { isPairAt, isWordAt, valueAt, wordList, wordTable, wordsAt } from './word-table.ts';

const vocabulary = vocabularyOf(lexicon);

// Known and unknown words, numbers, marks folded and not, a word of another script.
const piece = fc.constantFrom(
  'said',
  'Said',
  'each',
  'over',
  'the',
  'zyzzyva',
  '11,000',
  '2024',
  ',',
  ';',
  '—',
  '’',
  '"',
  'Ünal',
  'ünal',
  'K',
  '\u212a',
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
const words = fc.array(
  fc.constantFrom('said', 'each', 'the', ',', '—', "'", 'ünal', '2024', '', 'up from', 'k'),
  { maxLength: 6 },
);

describe('word tables', () => {
  it('answers for every token, and past either end, what a set of the same words answers of its key', () => {
    fc.assert(
      fc.property(text, words, (t, list) => {
        const tokens = tokenize(t, vocabulary);
        const set = new Set<string>(list);
        const ours = wordList(vocabulary, list);
        for (let i = -1; i <= tokens.length; i++)
          expect(isWordAt(ours, tokens, i)).toBe(set.has(tokens.key[i] ?? ''));
      }),
    );
  });

  it('gives every token the value a map of the same words gives its key', () => {
    fc.assert(
      fc.property(text, words, (t, list) => {
        const tokens = tokenize(t, vocabulary);
        const map = new Map<string, number>(list.map((w, k) => [w, k]));
        const ours = wordTable(vocabulary, map);
        for (let i = -1; i <= tokens.length; i++)
          expect(valueAt(ours, tokens, i)).toBe(map.get(tokens.key[i] ?? ''));
      }),
    );
  });

  it('reads a two-word phrase at a token and the next, and nothing past the end', () => {
    const pairs = wordTable(vocabulary, pairsOf(['up from', 'each said']));
    const tokens = tokenize('up from each up', vocabulary);
    const found = [0, 1, 2, 3, 4].map((i) => isPairAt(pairs, tokens, i));
    expect(found).toEqual([true, false, false, false, false]);
  });

  it('reads the words of a phrase in order from a token, and nothing past the end', () => {
    const { key } = tokenize('prices rose compared with last year', vocabulary);
    const found = [0, 1, 2, 3, 6].map((i) => wordsAt(key, i, ['compared', 'with']));
    expect(found).toEqual([false, false, true, false, false]);
  });

  it('keeps apart the words of more lists than one column has bits for', () => {
    const words = ['said', 'each', 'over', 'the', 'up', 'from'];
    const lists = Array.from({ length: 70 }, (_, k) => wordList(vocabulary, [words[k % 6]!]));
    const tokens = tokenize('said each over the up from', vocabulary);
    for (let k = 0; k < lists.length; k++)
      for (let i = 0; i < tokens.length; i++)
        expect(isWordAt(lists[k]!, tokens, i)).toBe(i === k % 6);
  });

  it('reads tokens of another vocabulary, or of none, by their keys', () => {
    const other = createVocabulary(new Map([['each', 0]]), { numberFlags: 0, dateNumberFlags: 0 });
    const list = wordList(vocabulary, ['each', 'said']);
    const mine = tokenize('each said', other);
    const plain = tokenize('each said');
    expect([isWordAt(list, mine, 0), isWordAt(list, mine, 1)]).toEqual([true, false]);
    expect([isWordAt(list, plain, 0), isWordAt(list, plain, 1)]).toEqual([true, true]);
  });
});

describe('reads before the first token', () => {
  it('finds no word, value, pair or phrase at index -1, as past the last token', () => {
    const tokens = tokenize('said the troops', vocabulary);
    const list = wordList(vocabulary, ['said']);
    const table = wordTable(vocabulary, [['said', 1]]);
    const pairs = wordTable(vocabulary, pairsOf(['the troops']));
    expect(isWordAt(list, tokens, -1)).toBe(false);
    expect(valueAt(table, tokens, -1)).toBeUndefined();
    expect(isPairAt(pairs, tokens, -1)).toBe(false);
    expect(wordsAt(tokens.key, -1, ['said', 'the'])).toBe(false);
    expect(wordsAt(tokens.key, -1, [])).toBe(true);
    expect(wordsAt(tokens.key, 0, ['said', 'the'])).toBe(true);
  });
});
