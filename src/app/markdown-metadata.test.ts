import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdownMetadata } from './markdown-metadata.ts';

describe('readMarkdownMetadata', () => {
  it('takes the title from the first level-one heading', () => {
    const text = 'Intro line\n\n## Not this\n# Shells for oil #\n\n# Nor this\n';
    expect(readMarkdownMetadata(text).title).toBe('Shells for oil');
  });

  it('reads title, date, publisher and url from front matter, quoted or not', () => {
    const text = [
      '---',
      'title: "The exchange in figures"',
      'date: 2024-12-03',
      "publisher: 'Tally team'",
      'url: https://example.org/briefing',
      'tags:',
      '  - nested: ignored',
      '---',
      '# A heading that front matter outranks',
    ].join('\n');
    expect(readMarkdownMetadata(text)).toEqual({
      title: 'The exchange in figures',
      author: null,
      publisher: 'Tally team',
      url: 'https://example.org/briefing',
      published: '2024-12-03',
      language: null,
    });
  });

  it('falls back to the heading when front matter has no title', () => {
    expect(readMarkdownMetadata('---\ndate: 2024\n---\n# Kursk\n').title).toBe('Kursk');
  });

  it('ignores a heading inside a fenced code block', () => {
    expect(readMarkdownMetadata('```\n# not a title\n```\n# Real title\n').title).toBe(
      'Real title',
    );
  });

  it('finds no title in plain prose', () => {
    expect(readMarkdownMetadata('#hashtag is not a heading\n---\n').title).toBeNull();
  });

  it('never throws and never returns an empty title', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { title } = readMarkdownMetadata(`---\n${text}\n---\n# ${text}`);
        return title === null || title.trim().length > 0;
      }),
    );
  });
});
