import type { DocumentSummary } from '../store/index.ts';

/** How many hex digits of a document id the listings show: unambiguous in any real workspace. */
export const SHORT_ID = 12;

export const shortId = (id: string): string => id.slice(0, SHORT_ID);

/** Cuts a string to `width` characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Lays rows out in left-aligned columns two spaces apart; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** One line per document: id, published date, publisher, claim count, title. */
export function documentTable(documents: readonly DocumentSummary[]): string[] {
  return columns([
    ['ID', 'PUBLISHED', 'PUBLISHER', 'CLAIMS', 'TITLE'],
    ...documents.map((document) => [
      shortId(document.id),
      document.published ?? '-',
      truncate(document.publisher ?? '-', 24),
      String(document.claimCount),
      truncate(document.title ?? document.source ?? '(untitled)', 72),
    ]),
  ]);
}

/** "1 document", "3 claims". */
export const plural = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;
