import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTerms, toFts5Query } from './search-query.ts';

describe('searchTerms', () => {
  it('keeps the words and drops the punctuation around and between them', () => {
    expect(searchTerms('"artillery" (shells) NEAR/3 -oil* title:Kim')).toEqual([
      'artillery',
      'shells',
      'NEAR',
      '3',
      'oil',
      'title',
      'Kim',
    ]);
  });

  it('keeps letters of any script and their combining marks together', () => {
    expect(searchTerms('북한 Росси́я café')).toEqual(['북한', 'Росси́я', 'café']);
  });

  it('returns no terms for a query without letters or digits', () => {
    expect(searchTerms(' "*" () - : ')).toEqual([]);
  });

  it('drops repeated words and caps the number of terms', () => {
    expect(searchTerms('oil oil oil')).toEqual(['oil']);
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(32);
  });
});

describe('toFts5Query', () => {
  it('quotes every term so FTS5 reads it as a string, doubling inner quotes', () => {
    expect(toFts5Query(['shells', 'a"b'])).toBe('"shells" "a""b"');
  });

  it('never lets a term end its quotes early, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const fts = toFts5Query(searchTerms(query));
        // Outside the quoted strings there is only the separating space.
        const outside = fts.replace(/"(?:[^"]|"")*"/g, '');
        expect(outside.trim()).toBe('');
      }),
    );
  });
});
