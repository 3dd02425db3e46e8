import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon, vocabularyOf } from './lexicon.ts';
import {
  createTokenBuffers,
  createVocabulary,
  intern,
  keyAt,
  NO_ID,
  NUMBER,
  PUNCT,
  splitSentences,
  tokenize,
  type Tokens,
  UNKNOWN,
  UNKNOWN_ID,
  WORD,
} from './tokenize.ts';

const texts = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.length }, (_, i) => text.slice(t.start[i], t.end[i]));
};

const sentences = (text: string) => {
  const t = tokenize(text);
  return splitSentences(t, lexicon.abbreviations).map((s) =>
    text.slice(t.start[s.from], t.end[s.to - 1]),
  );
};

describe('tokenize', () => {
  it('reads "--" typed for a dash as one dash, and a lone hyphen as itself', () => {
    const text = 'Kyiv -- and Seoul---agree; a 10-day pause';
    const t = tokenize(text, vocabularyOf(lexicon));
    expect(texts(text)).toEqual([
      'Kyiv',
      '--',
      'and',
      'Seoul',
      '---',
      'agree',
      ';',
      'a',
      '10',
      '-',
      'day',
      'pause',
    ]);
    expect(t.key[1]).toBe('\u2014');
    expect(t.key[4]).toBe('\u2014');
    expect(t.word[1]).toBe(tokenize('Kyiv \u2014 and', vocabularyOf(lexicon)).word[1]);
    expect(t.key[9]).toBe('-');
  });

  it('keeps thousands separators and decimals inside one number', () => {
    expect(texts('11,000 and 1.3 and 6,700,000')).toEqual([
      '11,000',
      'and',
      '1.3',
      'and',
      '6,700,000',
    ]);
  });

  it('splits a comma that is not followed by exactly three digits', () => {
    expect(texts('1,1,1')).toEqual(['1', ',', '1', ',', '1']);
    expect(texts('1,0000')).toEqual(['1', ',', '0000']);
  });

  it('keeps thousands set off by a no-break or thin space inside one number', () => {
    expect(texts('11\u00a0500 and 2\u202f400\u202f000')).toEqual([
      '11\u00a0500',
      'and',
      '2\u202f400\u202f000',
    ]);
  });

  it('joins a plain space before "000", or before groups that end in one', () => {
    expect(texts('12 000 and 1 500 000')).toEqual(['12 000', 'and', '1 500 000']);
  });

  it('keeps a count and a calibre after a plain space apart', () => {
    expect(texts('120 240-mm guns and 50 170 mm guns')).toEqual([
      '120',
      '240',
      '-',
      'mm',
      'guns',
      'and',
      '50',
      '170',
      'mm',
      'guns',
    ]);
  });

  it('keeps a full stop after a number out of the number', () => {
    expect(texts('was 24.')).toEqual(['was', '24', '.']);
  });

  it('splits hyphens, currency signs and percent signs into their own tokens', () => {
    expect(texts('KN-23 $5.5bn 30%')).toEqual(['KN', '-', '23', '$', '5.5', 'bn', '30', '%']);
  });

  it('reads letters of other scripts as words', () => {
    expect(texts('Сеул said')).toEqual(['Сеул', 'said']);
  });

  it('lower-cases keys and folds typographic quotes', () => {
    const t = tokenize('Russia’s “oil”');
    expect(t.key).toEqual(['russia', "'", 's', '"', 'oil', '"']);
    expect([t.kind[0], t.kind[1]]).toEqual([WORD, PUNCT]);
  });

  it('marks capitals, line breaks and number tokens', () => {
    const t = tokenize('Seoul\nsaid 5');
    expect(Array.from(t.capital)).toEqual([1, 0, 0]);
    expect(Array.from(t.newline)).toEqual([0, 1, 0]);
    expect(Array.from(tokenize('a\r\n\r\nb').newline)).toEqual([0, 2]);
    expect(t.kind[2]).toBe(NUMBER);
  });

  it('gives known words the same keys with a vocabulary, flags them, and leaves others UNKNOWN', () => {
    const text = 'The Kremlin SAID that about 11,000 troops went to Russia’s Kursk region.';
    const plain = tokenize(text);
    const known = tokenize(text, vocabularyOf(lexicon));
    const region = plain.key.indexOf('region');
    expect(known.key[region]).toBe(UNKNOWN);
    expect(known.key.every((key, i) => key === UNKNOWN || key === plain.key[i])).toBe(true);
    expect(known.key).toEqual(
      expect.arrayContaining(['the', 'kremlin', 'said', 'about', '11,000', 'troops']),
    );
    expect(known.flags[known.key.indexOf('about')]).not.toBe(0);
  });

  it('knows every word the extraction rules compare tokens with', async () => {
    // The rules' own word literals must be in the vocabulary, or they would never match.
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const vocabulary = vocabularyOf(lexicon);
    const missing: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.includes('test'))) {
      const source = readFileSync(new URL(name, dir), 'utf8')
        .split('\n')
        .map((line) => (line.includes('//') ? line.slice(0, line.indexOf('//')) : line))
        .join('\n');
      for (const [, literal] of source.matchAll(/'([a-z][a-z ]*)'/gu)) {
        for (const word of literal?.split(' ') ?? []) {
          if (tokenize(word, vocabulary).key[0] === UNKNOWN) missing.push(`${name}: ${word}`);
        }
      }
    }
    expect(
      missing.filter((m) => !/: (?:exact|vague|range|json|ed|ing|string|object)$/u.test(m)),
    ).toEqual([]);
  });

  it('grows past its first guess of the token count', () => {
    expect(tokenize('1-'.repeat(5000)).length).toBe(10_000);
  });

  it('keeps every column of every token when its buffers grow', () => {
    const t = tokenize('\nA-'.repeat(4000), vocabularyOf(lexicon));
    expect(t.length).toBe(8000);
    const rows = Array.from({ length: t.length }, (_, i) => [
      t.start[i],
      t.end[i],
      t.kind[i],
      t.capital[i],
      t.newline[i],
    ]);
    const expected = Array.from({ length: 8000 }, (_, i) =>
      i % 2 === 0
        ? [(i / 2) * 3 + 1, (i / 2) * 3 + 2, WORD, 1, 1]
        : [((i - 1) / 2) * 3 + 2, ((i - 1) / 2) * 3 + 3, PUNCT, 0, 0],
    );
    expect(rows).toEqual(expected);
    expect(t.flags[1]).toBe(vocabularyOf(lexicon).other.get('-') ?? 0);
  });

  it('gives a punctuation mark the flags the vocabulary has for it', () => {
    const vocabulary = vocabularyOf(lexicon);
    const t = tokenize('( : " ; ’', vocabulary);
    expect(Array.from(t.flags)).toEqual(
      ['(', ':', '"', ';', "'"].map((mark) => vocabulary.other.get(mark) ?? 0),
    );
    expect(t.flags[0]).not.toBe(0);
  });

  it('marks a capital of another Latin script and lower-cases its key', () => {
    const t = tokenize('Österreich and Évora, not éclair', vocabularyOf(lexicon));
    expect(Array.from(t.capital)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(t.key[0]).toBe('österreich');
    expect(t.key[5]).toBe('éclair');
  });

  it('reads a word that mixes ASCII and other letters as one token', () => {
    expect(texts('Kursk-Oblast Bayraktar’s Şahin')).toEqual([
      'Kursk',
      '-',
      'Oblast',
      'Bayraktar',
      '’',
      's',
      'Şahin',
    ]);
    expect(texts('naïve café 5km')).toEqual(['naïve', 'café', '5', 'km']);
  });

  it('interns a string as an equal string, numbers and phrases included', () => {
    for (const text of ['said', 'the north', '7', '0', '11,000', '', '__proto__', 'constructor']) {
      expect(intern(text)).toBe(text);
    }
  });

  it('finds a vocabulary word in any casing, short or long, and no other word of its length', () => {
    const vocabulary = createVocabulary(
      new Map([
        ['ab', 1],
        ['ba', 2],
        ['abcdef', 3],
        ['abcdefg', 4],
        ['zzzzzz', 5],
      ]),
      { numberFlags: 0, dateNumberFlags: 0 },
    );
    const t = tokenize('AB ba Ab abcdef ABCDEFG abcdefh bb zzzzzz zzzzzy a', vocabulary);
    expect(t.key).toEqual([
      'ab',
      'ba',
      'ab',
      'abcdef',
      'abcdefg',
      UNKNOWN,
      UNKNOWN,
      'zzzzzz',
      UNKNOWN,
      UNKNOWN,
    ]);
    expect(Array.from(t.flags)).toEqual([1, 2, 1, 3, 4, 0, 0, 5, 0, 0]);
  });

  it('refuses a vocabulary word too long for its slot, naming it', () => {
    const long = 'a'.repeat(256);
    const numbers = { numberFlags: 0, dateNumberFlags: 0 };
    expect(() => createVocabulary(new Map([[long, 1]]), numbers)).toThrow(long);
    const longest = 'b'.repeat(255);
    const vocabulary = createVocabulary(new Map([[longest, 1]]), numbers);
    expect(tokenize(`${longest} ${'b'.repeat(254)}`, vocabulary).key).toEqual([longest, UNKNOWN]);
  });

  it('gives any word its vocabulary key exactly when the vocabulary holds its lower-case form', () => {
    const vocabulary = vocabularyOf(lexicon);
    const known = new Set(vocabulary.words);
    const sample = vocabulary.words.filter((_, k) => k % 7 === 0);
    const word = fc.oneof(
      fc.constantFrom(...sample),
      fc.constantFrom(...sample).map((w) => w.toUpperCase()),
      fc.constantFrom(...sample).map((w) => `${w.slice(0, -1)}${w.at(-1) === 'z' ? 'a' : 'z'}`),
      fc
        .tuple(fc.stringMatching(/^[a-z]{1,9}$/), fc.boolean())
        .map(([w, upper]) => (upper ? `${w[0]?.toUpperCase()}${w.slice(1)}` : w)),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const t = tokenize(words.join(' '), vocabulary);
        expect(t.key).toEqual(
          words.map((w) => (known.has(w.toLowerCase()) ? w.toLowerCase() : UNKNOWN)),
        );
      }),
    );
  });

  it('reads a document into buffers another one used exactly as it reads it alone', () => {
    const vocabulary = vocabularyOf(lexicon);
    const columns = (t: Tokens) => ({
      length: t.length,
      key: [...t.key],
      start: Array.from(t.start),
      end: Array.from(t.end),
      kind: Array.from(t.kind),
      capital: Array.from(t.capital),
      newline: Array.from(t.newline),
      flags: Array.from(t.flags),
    });
    const piece = fc.constantFrom('North', 'sent', '11,000', 'troops', 'É', '’', '.', ' ', '\n');
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const buffers = createTokenBuffers();
        for (const t of texts)
          expect(columns(tokenize(t, vocabulary, buffers))).toEqual(
            columns(tokenize(t, vocabulary)),
          );
      }),
    );
  });

  it('leaves no key of a longer document behind in the buffers of a shorter one', () => {
    const buffers = createTokenBuffers();
    tokenize('Russia sent 11,000 troops in all.', vocabularyOf(lexicon), buffers);
    const short = tokenize('Russia sent', vocabularyOf(lexicon), buffers);
    expect(short.key).toEqual(['russia', 'sent']);
    expect(short.key[2]).toBeUndefined();
  });

  it('gives each token the id of its key, one id a key, and no id to numbers', () => {
    const vocabulary = vocabularyOf(lexicon);
    const piece = fc.constantFrom(
      'said',
      'SAID',
      'zyzzyva',
      '11,000',
      ',',
      '—',
      '’',
      'Ünal',
      '\u212a',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = tokenize(parts.join(' '), vocabulary);
        const seen = new Map<number, string>();
        for (let i = 0; i < t.length; i++) {
          const id = t.word[i]!;
          if (t.kind[i] === NUMBER) expect(id).toBe(NO_ID);
          if (id === NO_ID) continue;
          expect(vocabulary.idOf(t.key[i]!)).toBe(id);
          expect(seen.get(id) ?? t.key[i]).toBe(t.key[i]);
          seen.set(id, t.key[i]!);
        }
      }),
    );
    expect(tokenize('zyzzyva', vocabulary).word[0]).toBe(UNKNOWN_ID);
    expect(tokenize('said').word[0]).toBe(NO_ID);
  });

  it('returns no tokens for empty or blank text', () => {
    expect(tokenize('').length).toBe(0);
    expect(tokenize(' \n\t ').length).toBe(0);
  });
});

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(sentences('Troops arrived. Shells followed.')).toEqual([
      'Troops arrived.',
      'Shells followed.',
    ]);
  });

  it('does not split after titles, months and initials', () => {
    expect(
      sentences('Maj. Gen. Pat Ryder met Donald J. Trump on Nov. 29 in the U.S. Capitol.'),
    ).toHaveLength(1);
  });

  it('splits after the letter of a decade, which is no initial', () => {
    expect(sentences('The plant closed in the 1990s. Its workers left.')).toEqual([
      'The plant closed in the 1990s.',
      'Its workers left.',
    ]);
    expect(sentences('Talks in the U.S. Senate began at 9 a.m. Monday.')).toHaveLength(1);
  });

  it('splits at line breaks, so a headline stands alone', () => {
    expect(sentences('North Korea sends shells\nThe ministry said so.')).toEqual([
      'North Korea sends shells',
      'The ministry said so.',
    ]);
  });

  it('joins a hard-wrapped line that goes on in lower case or with a figure', () => {
    expect(
      sentences('North Korea has sent about\n11,000 troops to Russia, officials\nsaid on Monday.'),
    ).toHaveLength(1);
  });

  it('splits at a blank line even before a lower-case word', () => {
    expect(sentences('Shells and rockets\n\nfollowed by drones')).toHaveLength(2);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('He said "it is done." Then he left.')).toEqual([
      'He said "it is done."',
      'Then he left.',
    ]);
  });

  it('covers every token once, in order, with no sentence empty', () => {
    const piece = fc.constantFrom(
      'Troops',
      'arrived',
      '.',
      '!',
      '?',
      '"',
      ')',
      'Nov',
      'J',
      '5',
      '\n',
      '\n\n',
      'shells',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const t = tokenize(pieces.join(' '), vocabularyOf(lexicon));
        const split = splitSentences(t, lexicon.abbreviations);
        let next = 0;
        for (const sentence of split) {
          expect(sentence.from).toBe(next);
          expect(sentence.to).toBeGreaterThan(sentence.from);
          next = sentence.to;
        }
        expect(next).toBe(t.length);
      }),
    );
  });

  it('cuts a sentence that never ends, so no rule scans an unbounded window', () => {
    expect(sentences('word '.repeat(1000)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('keyAt', () => {
  it('reads the key of a token inside the document', () => {
    const { key } = tokenize('Russia paid $2 billion.');
    expect(keyAt(key, 0)).toBe('russia');
    expect(keyAt(key, 2)).toBe('$');
  });

  it('has no key before the first token or after the last, as an array read past its end', () => {
    const { key } = tokenize('Russia paid.');
    expect(keyAt(key, -1)).toBeUndefined();
    expect(keyAt(key, -2)).toBeUndefined();
    expect(keyAt(key, key.length)).toBeUndefined();
  });
});
