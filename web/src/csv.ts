/** A column of an exported table: its heading and how to read the cell from a row. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list):
 * such a cell gets a leading apostrophe, so it opens as the text it is.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One cell, defused and quoted as RFC 4180 asks when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.has(value.charAt(0)) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text: a header line, then one line per row, CRLF as RFC 4180 has it. */
export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The same table as JSON records keyed by heading, for tools that prefer them. */
export function toJsonRecords<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const records = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.header, column.value(row) ?? null])),
  );
  return `${JSON.stringify(records, null, 2)}\n`;
}
