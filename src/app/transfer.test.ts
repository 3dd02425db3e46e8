import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, parseExportLine, readLines } from './transfer.ts';

const HEADER = '{"format":"tally-export","version":1}';
const entity = {
  id: 'country:PRK',
  kind: 'country',
  name: 'North Korea',
  country: 'PRK',
  aliases: ['DPRK'],
};

describe('parseExportLine', () => {
  it('accepts the header line on the first line, with or without a byte-order mark', () => {
    expect(parseExportLine(HEADER, { first: true })).toEqual({
      ok: true,
      value: { kind: 'header', version: 1 },
    });
    expect(parseExportLine(`\uFEFF${HEADER}`, { first: true }).ok).toBe(true);
  });

  it('names the version it cannot read', () => {
    expect(parseExportLine('{"format":"tally-export","version":2}', { first: true })).toEqual({
      ok: false,
      issues: 'export version 2 is not supported: this Tally reads version 1',
    });
  });

  it('says a file that does not start with the header is not a Tally export', () => {
    const result = parseExportLine('claim_id,document_id', { first: true });
    expect(result.ok).toBe(false);
    const record = parseExportLine(JSON.stringify({ kind: 'entity', record: entity }), {
      first: true,
    });
    expect(record).toMatchObject({
      ok: false,
      issues: expect.stringMatching(/^not a Tally export/),
    });
  });

  it('reads a record line into its kind and validated record', () => {
    expect(
      parseExportLine(JSON.stringify({ kind: 'entity', record: entity }), { first: false }),
    ).toEqual({
      ok: true,
      value: { kind: 'entity', record: entity },
    });
  });

  it('points at the field of a record that is wrong', () => {
    const bad = { ...entity, country: 'north korea' };
    expect(
      parseExportLine(JSON.stringify({ kind: 'entity', record: bad }), { first: false }),
    ).toMatchObject({
      ok: false,
      issues: expect.stringMatching(/^the entity is not valid: \/country /),
    });
  });

  it('refuses unknown kinds and extra fields instead of dropping them', () => {
    expect(parseExportLine('{"kind":"widget","record":{}}', { first: false })).toMatchObject({
      ok: false,
      issues: expect.stringContaining('unknown record kind "widget"'),
    });
    expect(
      parseExportLine(JSON.stringify({ kind: 'entity', record: entity, note: 1 }), {
        first: false,
      }),
    ).toEqual({ ok: false, issues: 'unexpected field "note"' });
  });

  it('reads the closing line and its record count', () => {
    expect(parseExportLine('{"kind":"end","records":12}', { first: false })).toEqual({
      ok: true,
      value: { kind: 'end', records: 12 },
    });
    expect(parseExportLine('{"kind":"end","records":-1}', { first: false }).ok).toBe(false);
  });

  it('calls a half line not valid JSON and hints that the file is cut short', () => {
    expect(parseExportLine('{"kind":"entity","rec', { first: false })).toEqual({
      ok: false,
      issues: 'the line is not valid JSON (is the file cut short?)',
    });
  });

  it('never throws, whatever the line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.boolean(), (line, first) => {
        expect(typeof parseExportLine(line, { first }).ok).toBe('boolean');
      }),
    );
  });
});

describe('csvCell', () => {
  it('leaves plain text and numbers as they are, and null empty', () => {
    expect(csvCell('troops')).toBe('troops');
    expect(csvCell(5.5e9)).toBe('5500000000');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('11,000 troops')).toBe('"11,000 troops"');
    expect(csvCell('the "several hundred"')).toBe('"the ""several hundred"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@sum')).toBe("'@sum");
  });
});

async function linesFrom(chunks: readonly (string | number[])[]): Promise<string[]> {
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks)
      yield typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
  }
  const lines: string[] = [];
  for await (const line of readLines(source(), 'in.jsonl')) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits on LF and CRLF, across chunk boundaries, keeping a last line without a break', async () => {
    expect(await linesFrom(['one\r\ntw', 'o\n', '\nthree'])).toEqual(['one', 'two', '', 'three']);
  });

  it('joins a character whose UTF-8 bytes arrive in two chunks', async () => {
    const bytes = [...Buffer.from('🇰🇵 ok\n')];
    expect(await linesFrom([bytes.slice(0, 3), bytes.slice(3)])).toEqual(['🇰🇵 ok']);
  });

  it('stops at a line that is not UTF-8, naming the file and the line', async () => {
    await expect(linesFrom(['good\n', [0x62, 0xff, 0x0a], 'never read\n'])).rejects.toMatchObject({
      code: 'INVALID_ENCODING',
      message: 'in.jsonl:2: the line is not valid UTF-8',
    });
  });

  it('gives back any text split into any chunks unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'binary' }).map((s) => s.replaceAll('\n', '').replaceAll('\r', '')),
          { minLength: 1, maxLength: 5 },
        ),
        fc.integer({ min: 1, max: 7 }),
        async (lines, size) => {
          const bytes = [...Buffer.from(lines.join('\n'))];
          const chunks: number[][] = [];
          for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
          const expected = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
          expect(await linesFrom(chunks)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});
