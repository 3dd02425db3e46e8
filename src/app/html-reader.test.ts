import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from './html-reader.ts';

const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p>Paragraph ${index + 1}: rail cars carried containers of shells north to the border crossing, monitors said.</p>`,
  ).join('');

describe('readHtmlArticle', () => {
  it('takes the date, author and publisher from JSON-LD when the head has no meta tags', () => {
    const article = readHtmlArticle(`<html><head><title>Rail</title>
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Rail freight",
      "datePublished":"2024-02-27T08:00:00Z","author":[{"@type":"Person","name":"Ana Kim"}],
      "publisher":{"name":"Border Monitor"}}]}</script></head>
      <body><article>${paragraphs(4)}</article></body></html>`);
    expect(article).toMatchObject({
      published: '2024-02-27',
      author: 'Ana Kim',
      publisher: 'Border Monitor',
    });
  });

  it('survives broken JSON-LD and still reads the article', () => {
    const article =
      readHtmlArticle(`<html><head><script type="application/ld+json">{oops</script></head>
      <body><article>${paragraphs(3)}</article></body></html>`);
    expect(article?.text).toContain('Paragraph 3: rail cars');
    expect(article?.published).toBeNull();
  });

  it('returns null for a page of menus and scripts', () => {
    expect(
      readHtmlArticle(
        '<html><body><nav><a>Home</a><a>World</a></nav><script>x()</script></body></html>',
      ),
    ).toBeNull();
  });

  it('turns list items and headings into lines of their own', () => {
    const article = readHtmlArticle(
      `<html><body><article><h2>Figures</h2>${paragraphs(3)}<ul><li>11,000 troops</li><li>3 million shells</li></ul></article></body></html>`,
    );
    expect(article?.text).toContain('\n\n11,000 troops\n\n3 million shells');
  });
});
