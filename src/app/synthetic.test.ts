import { describe, expect, it } from 'vitest';
import { Claim, createParser, Document } from '../domain/index.ts';
import { syntheticArticle, syntheticBundle } from './synthetic.ts';

const checkClaim = createParser(Claim);
const checkDocument = createParser(Document);
const NOW = '2025-01-02T03:04:05.000Z';

describe('synthetic articles', () => {
  it('gives the same article for the same seed and index, and another for another seed', () => {
    const a = syntheticArticle({ seed: 3, index: 5, claims: 6 });
    const b = syntheticArticle({ seed: 3, index: 5, claims: 6 });
    const c = syntheticArticle({ seed: 4, index: 5, claims: 6 });
    expect(b.markdown).toBe(a.markdown);
    expect(c.markdown).not.toBe(a.markdown);
  });

  it('places every claim span on its figure in the text', () => {
    const article = syntheticArticle({ seed: 9, index: 1, claims: 12 });
    expect(article.claims).toHaveLength(12);
    for (const claim of article.claims) {
      expect(article.markdown.slice(claim.span[0], claim.span[1])).toBe(claim.figure);
    }
  });

  it('pads an article with filler up to the size asked for', () => {
    const article = syntheticArticle({ seed: 1, index: 0, claims: 3, targetBytes: 5_000 });
    expect(Buffer.byteLength(article.markdown)).toBeGreaterThanOrEqual(5_000);
    expect(Buffer.byteLength(article.markdown)).toBeLessThan(5_600);
  });

  it('varies figures, sources, countries and dates across articles', () => {
    const articles = Array.from({ length: 40 }, (_, index) =>
      syntheticArticle({ seed: 2, index, claims: 8 }),
    );
    const claims = articles.flatMap((article) => article.claims);
    expect(new Set(claims.map((claim) => claim.category)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(claims.map((claim) => claim.from)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(claims.map((claim) => claim.value)).size).toBeGreaterThan(100);
    expect(new Set(articles.map((article) => article.published)).size).toBeGreaterThan(20);
    expect(new Set(articles.flatMap((article) => article.attributions)).size).toBeGreaterThan(5);
  });
});

describe('synthetic bundles', () => {
  it('builds a document and claims the schemas accept, with ids in the ingest pattern', () => {
    const article = syntheticArticle({ seed: 5, index: 2, claims: 10 });
    const bundle = syntheticBundle({ article, now: NOW });
    expect(checkDocument(bundle.document).ok).toBe(true);
    for (const claim of bundle.claims) {
      const checked = checkClaim(claim);
      expect(checked.ok ? 'valid' : JSON.stringify(checked.issues)).toBe('valid');
      expect(claim.id.startsWith(`${bundle.document.id.slice(0, 12)}-c`)).toBe(true);
    }
    expect(bundle.claims.map((claim) => claim.text)).toEqual(
      article.claims.map((claim) => claim.figure),
    );
  });
});
