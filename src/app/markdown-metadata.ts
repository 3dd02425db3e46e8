/** What a Markdown file says about itself, in front matter or its first heading. */
export interface MarkdownMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string | null;
}

// Front-matter keys as static site generators and note tools spell them.
const KEYS: Readonly<Record<string, keyof MarkdownMetadata>> = {
  title: 'title',
  author: 'author',
  byline: 'author',
  publisher: 'publisher',
  source: 'publisher',
  site: 'publisher',
  url: 'url',
  link: 'url',
  canonical: 'url',
  date: 'published',
  published: 'published',
  lang: 'language',
  language: 'language',
};

/**
 * Reads YAML-style front matter (`key: value` lines between `---` fences at the very top) and,
 * failing a title there, the first level-one ATX heading. Only flat scalar keys are read: that is
 * all a document's metadata needs, and it keeps a YAML parser out of the reader.
 */
export function readMarkdownMetadata(text: string): MarkdownMetadata {
  const found: Record<keyof MarkdownMetadata, string | null> = {
    title: null,
    author: null,
    publisher: null,
    url: null,
    published: null,
    language: null,
  };
  const lines = text.split(/\r?\n/u);
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
    if (close > 0) {
      for (const line of lines.slice(1, close)) {
        const colon = line.indexOf(':');
        if (colon <= 0 || /^\s/u.test(line)) continue;
        const field = KEYS[line.slice(0, colon).trim().toLowerCase()];
        const value = unquote(line.slice(colon + 1).trim());
        if (field && value && found[field] === null) found[field] = value;
      }
      bodyStart = close + 1;
    }
  }
  if (found.title === null) found.title = firstHeading(lines.slice(bodyStart));
  return found;
}

function firstHeading(lines: readonly string[]): string | null {
  let fenced = false;
  for (const line of lines) {
    if (line.startsWith('```') || line.startsWith('~~~')) fenced = !fenced;
    if (fenced || !line.startsWith('# ')) continue;
    // An ATX heading may close with a run of '#' (CommonMark §4.2); it is not part of the title.
    const title = line.slice(2).trim().replace(/\s#+$/u, '').trim();
    if (title) return title;
  }
  return null;
}

function unquote(value: string): string {
  const quoted =
    value.length >= 2 &&
    ((value.startsWith('"') && value.endsWith('"')) ||
      (value.startsWith("'") && value.endsWith("'")));
  return (quoted ? value.slice(1, -1) : value).trim();
}
