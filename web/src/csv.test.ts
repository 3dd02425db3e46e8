import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toJsonRecords, type Column } from './csv.ts';

interface Row {
  readonly quote: string;
  readonly value: number | null;
}
const columns: Column<Row>[] = [
  { header: 'quote', value: (row) => row.quote },
  { header: 'value', value: (row) => row.value },
];

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'defuses a cell starting %j with an apostrophe',
    (text) => {
      expect(
        csvCell(text)
          .replace(/^"/u, '')
          .startsWith(`'${text.charAt(0)}`),
      ).toBe(true);
    },
  );

  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
  });

  it('quotes commas, quotes and line breaks and doubles the quotes', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('never lets a text cell begin with a formula character, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
        return !['=', '+', '-', '@', '\t', '\r'].includes(unquoted.charAt(0));
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF line per row', () => {
    const text = toCsv([{ quote: 'about 10,000 troops', value: 10_000 }], columns);
    expect(text).toBe('quote,value\r\n"about 10,000 troops",10000\r\n');
  });

  it('writes JSON records keyed by heading with null for missing values', () => {
    const records = JSON.parse(toJsonRecords([{ quote: '=1', value: null }], columns));
    expect(records).toEqual([{ quote: '=1', value: null }]);
  });
});
