import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { primaryLanguage, toPartialDate } from './document-text.ts';

/** What an article page yields: its readable text and what its metadata says about it. */
export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string | null;
}

// linkedom's document stands in for the DOM one Readability is typed against.
type ReadabilityInput = ConstructorParameters<typeof Readability>[0];
type Node = ReturnType<typeof parseHTML>['document']['body'];

// Page furniture no article lives in. Readability keeps it when a page has nothing better, which
// would turn a navigation-only page into a "document" of menu labels.
const FURNITURE = 'nav, footer, aside, script, style, noscript, template, iframe, svg, form';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/**
 * Extracts the article from an HTML page with Mozilla Readability over linkedom. Metadata comes
 * from the page head (Open Graph and article meta tags, JSON-LD, `<time>`), read before
 * Readability rewrites the tree. Returns null when the page holds no article text.
 */
export function readHtmlArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const head = readHeadMetadata(document);
  for (const element of document.querySelectorAll(FURNITURE)) element.remove();
  const article = new Readability(document as unknown as ReadabilityInput, {
    keepClasses: false,
  }).parse();
  if (!article?.content) return null;
  const text = blockText(
    parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body,
  );
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  return {
    text,
    title: clean(article.title) ?? head.title,
    author: cleanByline(article.byline) ?? head.author,
    publisher: clean(article.siteName) ?? head.publisher,
    url: head.url,
    published: toPartialDate(article.publishedTime) ?? head.published,
    language: primaryLanguage(article.lang) ?? head.language,
  };
}

type HeadMetadata = Omit<HtmlArticle, 'text'>;

function readHeadMetadata(document: ReturnType<typeof parseHTML>['document']): HeadMetadata {
  const meta = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const content = clean(document.querySelector(selector)?.getAttribute('content'));
      if (content) return content;
    }
    return null;
  };
  const jsonLd = readJsonLd(document);
  const time =
    document.querySelector('time[itemprop="datePublished"], time[pubdate]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  const published =
    [
      meta('meta[property="article:published_time"]', 'meta[name="article:published_time"]'),
      meta('meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]'),
      meta('meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[name="parsely-pub-date"]'),
      jsonLd.published,
      time?.getAttribute('datetime') ?? null,
    ]
      .map(toPartialDate)
      .find((date) => date !== null) ?? null;
  return {
    title:
      meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      jsonLd.title ??
      clean(document.title),
    author: meta('meta[name="author"]', 'meta[property="article:author"]') ?? jsonLd.author,
    publisher:
      meta('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? jsonLd.publisher,
    url:
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      meta('meta[property="og:url"]'),
    published,
    language: primaryLanguage(document.documentElement?.getAttribute('lang')),
  };
}

interface JsonLdMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: string | null;
}

function readJsonLd(document: ReturnType<typeof parseHTML>['document']): JsonLdMetadata {
  const found: JsonLdMetadata = { title: null, author: null, publisher: null, published: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Pages ship broken JSON-LD often enough; the other metadata still counts.
    }
    for (const item of flattenJsonLd(parsed)) {
      found.title ??= stringField(item.headline) ?? null;
      found.published ??= stringField(item.datePublished) ?? null;
      found.author ??= nameOf(item.author);
      found.publisher ??= nameOf(item.publisher);
    }
  }
  return found;
}

function flattenJsonLd(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return [record, ...flattenJsonLd(record['@graph'])];
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'object' && value !== null)
    return stringField((value as Record<string, unknown>).name) ?? null;
  return null;
}

const stringField = (value: unknown): string | undefined =>
  typeof value === 'string' ? (clean(value) ?? undefined) : undefined;

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/gu, ' ').trim();
  return text ? text : null;
}

function cleanByline(value: string | null | undefined): string | null {
  const text = clean(value);
  return text ? text.replace(/^by\s+/iu, '') : null;
}

/**
 * The visible text of an article tree: one paragraph per block element, separated by a blank
 * line, with whitespace inside a paragraph collapsed as a browser renders it; `<pre>` keeps its own.
 */
// Marks a <br> while source whitespace is collapsed; a NUL cannot come from parsed HTML text.
const LINE_BREAK = '\u0000';

function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .split(LINE_BREAK)
      .map((part) => part.replace(/[ \t\n\r\f]+/gu, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    for (const child of node.childNodes as unknown as Node[]) {
      if (child.nodeType === 3) {
        line += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (tag === 'BR') line += LINE_BREAK;
        else if (tag === 'PRE') {
          flush();
          const text = (child.textContent ?? '').trimEnd();
          if (text.trim()) paragraphs.push(text);
        } else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          if (tag === 'TD' || tag === 'TH') line += ' ';
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
