import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  documentIdOf,
  normalizeText,
  primaryLanguage,
  toPartialDate,
} from './document-text.ts';

describe('normalizeText', () => {
  it('collapses whitespace runs of any kind and trims the ends', () => {
    expect(normalizeText('  Troops\r\n\tand \u00a0 shells \n')).toBe('Troops and shells');
  });

  it('composes decomposed characters (NFC)', () => {
    expect(normalizeText('Pyongyang cafe\u0301')).toBe('Pyongyang café');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => normalizeText(normalizeText(text)) === normalizeText(text),
      ),
    );
  });
});

describe('documentIdOf', () => {
  it('gives the same id to the same words wrapped differently', () => {
    expect(documentIdOf('North Korea sent\n11,000 troops.\n')).toBe(
      documentIdOf('North Korea sent 11,000 troops.'),
    );
  });

  it('gives different ids to different words', () => {
    expect(documentIdOf('11,000 troops')).not.toBe(documentIdOf('12,000 troops'));
  });

  it('is the SHA-256 of the normalized text, as 64 lower-case hex digits', () => {
    // sha256("abc"), FIPS 180-2 appendix B.1.
    expect(documentIdOf(' abc ')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('detectLanguage', () => {
  it('calls mostly-Latin text English', () => {
    expect(detectLanguage('Seoul says Pyongyang shipped shells to Moscow (약 300만 발).')).toBe(
      'en',
    );
  });

  it('declines to name the language of Cyrillic or Hangul text', () => {
    expect(detectLanguage('Северная Корея отправила войска')).toBeNull();
    expect(detectLanguage('북한이 러시아에 병력을 보냈다')).toBeNull();
  });

  it('returns null for text without letters', () => {
    expect(detectLanguage('2024 — 11,000')).toBeNull();
  });

  it('counts accented Latin letters as Latin and ASCII beside Cyrillic as too little', () => {
    expect(detectLanguage('Ça a été déjà livré à Vladivostok')).toBe('en');
    expect(detectLanguage('Войска КНДР: 12 000 (Kursk)')).toBeNull();
  });

  it('judges any text as counting every letter by its Unicode script would', () => {
    const byScript = (text: string) => {
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      const latin = text.match(/(?=\p{L})\p{Script=Latin}/gu)?.length ?? 0;
      return letters > 0 && latin / letters >= 0.8 ? 'en' : null;
    };
    const pieces = fc.constantFrom(
      'a',
      'Z',
      ' ',
      '7',
      ',',
      'é',
      'ß',
      'Ж',
      '한',
      '𝐀',
      '\u{1F600}',
      'ǅ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(detectLanguage(text)).toBe(byScript(text));
      }),
    );
  });
});

describe('primaryLanguage', () => {
  it('keeps the primary subtag of a language tag', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage(' UK ')).toBe('uk');
    expect(primaryLanguage('english')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });
});

describe('toPartialDate', () => {
  it('keeps the calendar day of an ISO timestamp as the publisher wrote it', () => {
    expect(toPartialDate('2024-12-03T01:00:00+09:00')).toBe('2024-12-03');
    expect(toPartialDate('2024-12-03 10:00')).toBe('2024-12-03');
  });

  it('keeps the precision it is given', () => {
    expect(toPartialDate('2024')).toBe('2024');
    expect(toPartialDate('2024-02')).toBe('2024-02');
  });

  it('reads dates written out in words', () => {
    expect(toPartialDate('December 3, 2024')).toBe('2024-12-03');
  });

  it('returns null for impossible or missing dates', () => {
    for (const input of ['2024-02-30', '2024-13', 'yesterday', '', null, undefined, '12345']) {
      expect(toPartialDate(input), String(input)).toBeNull();
    }
  });

  it('never throws and only returns partial dates', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const date = toPartialDate(input);
        return date === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(date);
      }),
    );
  });
});
