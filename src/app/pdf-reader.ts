import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** What a PDF yields: its text in reading order and the title and author its info dictionary names. */
export interface PdfText {
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
}

/**
 * Extracts the text of a PDF with pdf.js (the legacy build, which runs in Node; its worker runs
 * in-process, so nothing is fetched). Lines are rebuilt from the glyph runs' positions, paragraphs
 * are split where the line gap widens, and pages are separated by a blank line.
 * Throws pdf.js's own error when the bytes are not a PDF it can open.
 */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      pages.push(pageText(items));
      page.cleanup();
    }
    // pdf.js types the info dictionary as a bare Object; its keys are the PDF's own (Title, Author…).
    const info = (await pdf.getMetadata()).info as Partial<Record<string, unknown>>;
    return {
      text: pages.filter(Boolean).join('\n\n'),
      title: infoString(info.Title),
      author: infoString(info.Author),
    };
  } finally {
    await pdf.destroy();
  }
}

interface Line {
  text: string;
  y: number;
  size: number;
}

/** Joins a page's glyph runs into lines and lines into paragraphs. */
export function pageText(
  items: readonly Pick<TextItem, 'str' | 'transform' | 'width' | 'hasEOL'>[],
): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform as number[];
    const size = Math.abs(scaleY) || 1;
    // A run whose baseline moves by more than half the font size starts a new line.
    if (current === null || Math.abs(y - current.y) > size / 2) {
      if (current) lines.push(current);
      current = { text: '', y, size };
      lastEnd = x;
    }
    const gap = x - lastEnd;
    // pdf.js leaves word spacing implicit when a line is split into runs: a gap wider than a
    // fifth of the font size is a space.
    if (current.text && gap > size * 0.2 && !/\s$/u.test(current.text) && !/^\s/u.test(item.str)) {
      current.text += ' ';
    }
    current.text += item.str;
    lastEnd = x + item.width;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);

  let text = '';
  let previous: Line | null = null;
  for (const line of lines) {
    const content = line.text.replace(/[ \t]+/gu, ' ').trim();
    if (!content) continue;
    if (previous) {
      // Lines in a paragraph sit about 1.2 font sizes apart; a wider gap is a paragraph break.
      const gap = Math.abs(previous.y - line.y);
      text += gap > previous.size * 1.6 ? '\n\n' : '\n';
    }
    text += content;
    previous = line;
  }
  return text;
}

function infoString(value: unknown): string | null {
  const text = typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : '';
  return text ? text : null;
}
