import { describe, expect, it } from 'vitest';
import lexiconData from '../../data/extract/lexicon.json' with { type: 'json' };
import wordOrderData from '../../data/extract/word-order.json' with { type: 'json' };
import {
  compileLexicon,
  compileWordOrder,
  CUE_ACRONYM,
  CUE_BREAK,
  CUE_CATEGORY,
  CUE_TRADE,
  lexicon,
  scanText,
  vocabularyOf,
} from './lexicon.ts';
import { PhraseTable } from './phrase-table.ts';
import { NUMBER, tokenize } from './tokenize.ts';

describe('lexicon', () => {
  it('loads the bundled data', () => {
    expect(lexicon.countries.match(tokenize('the Kremlin'), 0)?.value.code).toBe('RUS');
  });

  it('rejects data with an unknown unit category, naming where', () => {
    const broken = structuredClone(lexiconData) as { units: Array<{ category: string }> };
    broken.units[0]!.category = 'snacks';
    expect(() => compileLexicon(broken)).toThrow(
      /lexicon\.json is invalid at \/units\/0\/category/u,
    );
  });

  it('holds category cues and force words of one token each, since a sentence is scanned for them one token at a time', () => {
    const words = [
      ...lexiconData.categoryCues.flatMap((cue) => cue.words),
      ...lexiconData.forceCues,
    ];
    expect(words.filter((word) => tokenize(word).length !== 1)).toEqual([]);
  });

  it('rejects data with a country code that is not ISO alpha-3', () => {
    const broken = structuredClone(lexiconData) as { countries: Array<{ code: string }> };
    broken.countries[0]!.code = 'North Korea';
    expect(() => compileLexicon(broken)).toThrow(/countries\/0\/code/u);
  });

  it('resolves every country alias the issue names', () => {
    const cases: Array<[string, string]> = [
      ['North Korea', 'PRK'],
      ['the North', 'PRK'],
      ['DPRK', 'PRK'],
      ['Pyongyang', 'PRK'],
      ["Kim's regime", 'PRK'],
      ['Russia', 'RUS'],
      ['Moscow', 'RUS'],
      ['the Kremlin', 'RUS'],
      ['Ukraine', 'UKR'],
      ['Kyiv', 'UKR'],
      ['China', 'CHN'],
      ['Beijing', 'CHN'],
      ['South Korea', 'KOR'],
      ['Seoul', 'KOR'],
      ['United States', 'USA'],
      ['Washington', 'USA'],
      ['the Pentagon', 'USA'],
    ];
    for (const [alias, code] of cases) {
      const tokens = tokenize(alias);
      expect([alias, lexicon.countries.match(tokens, 0)?.value.code]).toEqual([alias, code]);
    }
  });
});

describe('PhraseTable', () => {
  const table = new PhraseTable<string>()
    .add('more than', 'more')
    .add('more', 'bare')
    .add('US', 'usa');

  it('matches the longest phrase at a position', () => {
    expect(table.match(tokenize('more than 5'), 0)).toEqual({ value: 'more', end: 2 });
    expect(table.match(tokenize('more 5'), 0)).toEqual({ value: 'bare', end: 1 });
  });

  it('stops at the limit it is given', () => {
    expect(table.match(tokenize('more than 5'), 0, 1)).toEqual({ value: 'bare', end: 1 });
  });

  it('matches a phrase written with capitals only in that case', () => {
    expect(table.match(tokenize('US'), 0)?.value).toBe('usa');
    expect(table.match(tokenize('us'), 0)).toBeNull();
  });

  it('returns null where no phrase starts', () => {
    expect(table.match(tokenize('fewer'), 0)).toBeNull();
  });
});

describe('the vocabulary word order', () => {
  const vocabulary = vocabularyOf(lexicon);

  it('gives the words reporting uses most the smallest ids', () => {
    const order = compileWordOrder(wordOrderData);
    expect(vocabulary.idOf(order[0] ?? '')).toBe(2);
    expect(vocabulary.idOf('the')).toBeLessThan(vocabulary.idOf('howitzers'));
    expect(vocabulary.idOf('said')).toBeLessThan(vocabulary.idOf('spokeswoman'));
  });

  it('changes no word a token reads, only the number it carries', () => {
    const { tokens } = scanText(lexicon, 'The howitzers were moved, a spokeswoman said.');
    expect(tokens.key).toEqual([
      'the',
      'howitzers',
      'were',
      'moved',
      ',',
      'a',
      'spokeswoman',
      'said',
      '.',
    ]);
    for (let i = 0; i < tokens.length; i++)
      expect(vocabulary.words[(tokens.word[i] ?? 0) - 2] ?? tokens.key[i]).toBe(tokens.key[i]);
  });

  it('rejects an order that is not a list of words, naming the file and where', () => {
    expect(() => compileWordOrder({ words: ['the', 3] })).toThrow(
      /word-order\.json is invalid at \/words\/1/u,
    );
  });
});

describe('the cue bits a sentence is gated on', () => {
  const bitsOf = (text: string, bit: number): string[] => {
    const cx = scanText(lexicon, text);
    const keys: string[] = [];
    for (let i = 0; i < cx.tokens.length; i++)
      if ((cx.cues[i]! & bit) !== 0) keys.push(cx.tokens.key[i] ?? '');
    return keys;
  };

  it('marks only "(" and "known" as able to define an acronym', () => {
    expect(
      bitsOf(
        'The Joint Chiefs of Staff (JCS), an agency known as HUR and the ministry said so.',
        CUE_ACRONYM,
      ),
    ).toEqual(['(', 'known']);
  });

  it('marks every word with a cue of trade, and no other category cue, as a word of trade', () => {
    const words = [...lexicon.categoryCues].map(([word, cues]) => ({
      word,
      trade: cues.some((c) => c.category === 'trade'),
    }));
    expect(words.filter((w) => w.trade).length).toBeGreaterThan(3);
    for (const { word, trade } of words)
      expect([word, bitsOf(word, CUE_TRADE).length]).toEqual([word, trade ? 1 : 0]);
  });

  it('marks "that" and ";" as clause breaks, and "whom" and a hidden transfer\'s first word for the category scan', () => {
    expect(
      bitsOf('They said that it was so; ship-to-ship transfers, of whom none.', CUE_BREAK),
    ).toEqual(['that', ';']);
    const category = bitsOf('ship-to-ship transfers, of whom none.', CUE_CATEGORY);
    expect(category).toContain('ship');
    expect(category).toContain('whom');
  });

  it('begins no qualifier or currency symbol with a number, so a figure read from a number starts there', () => {
    const starts = [...lexicon.qualifiers.firstKeys(), ...lexicon.currencySymbols.firstKeys()];
    expect(starts.filter((key) => tokenize(key).kind[0] === NUMBER)).toEqual([]);
  });
});
