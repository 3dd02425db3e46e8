import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstInvalidUtf8Offset,
  foreignByteOrderMark,
  formatByteSize,
  parseByteSize,
  sniffBinary,
} from './file-content.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sniffBinary', () => {
  it('passes prose with tabs, newlines and form feeds as text', () => {
    expect(sniffBinary(utf8('North Korea\tsent troops.\r\n\fPage two.\n'))).toEqual({
      binary: false,
    });
  });

  it('calls a file with a NUL byte binary and says where the byte is', () => {
    expect(sniffBinary(bytes(0x41, 0x42, 0x00, 0x43))).toEqual({
      binary: true,
      reason: 'contains a NUL byte at offset 2',
    });
  });

  it('calls a file binary when more than a tenth of it is control characters', () => {
    const verdict = sniffBinary(bytes(0x01, 0x02, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48));
    expect(verdict.binary).toBe(true);
  });

  it('treats an empty buffer as text, leaving emptiness to its own check', () => {
    expect(sniffBinary(new Uint8Array())).toEqual({ binary: false });
  });
});

describe('foreignByteOrderMark', () => {
  it('recognizes UTF-16 and UTF-32 byte order marks and ignores the UTF-8 one', () => {
    expect(foreignByteOrderMark(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('UTF-16LE');
    expect(foreignByteOrderMark(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('UTF-16BE');
    expect(foreignByteOrderMark(bytes(0xff, 0xfe, 0x00, 0x00))).toBe('UTF-32LE');
    expect(foreignByteOrderMark(bytes(0xef, 0xbb, 0xbf, 0x41))).toBeNull();
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('finds no fault in well-formed multilingual text', () => {
    expect(firstInvalidUtf8Offset(utf8('Курск, 쿠르스크, Kursk 🚀'))).toBe(-1);
  });

  it('points at a stray continuation byte', () => {
    expect(firstInvalidUtf8Offset(bytes(0x41, 0x80, 0x41))).toBe(1);
  });

  it('rejects overlong encodings, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe2, 0x82))).toBe(1);
  });

  it('agrees with a strict TextDecoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          decodes = false;
        }
        expect(firstInvalidUtf8Offset(input) === -1).toBe(decodes);
      }),
    );
  });
});

describe('parseByteSize', () => {
  it('reads binary units in either case, with or without a space', () => {
    expect(parseByteSize('10MB')).toEqual({ ok: true, value: 10 * 1024 * 1024 });
    expect(parseByteSize('512 kb')).toEqual({ ok: true, value: 512 * 1024 });
    expect(parseByteSize('1.5g')).toEqual({ ok: true, value: 1.5 * 1024 ** 3 });
    expect(parseByteSize('2048')).toEqual({ ok: true, value: 2048 });
  });

  it('refuses words, negative numbers, unknown units and zero', () => {
    for (const input of ['big', '-5MB', '10 parsecs', '0', '']) {
      expect(parseByteSize(input).ok, input).toBe(false);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.string(), (input) => typeof parseByteSize(input).ok === 'boolean'));
  });
});

describe('formatByteSize', () => {
  it('prints whole units plainly and fractions to one decimal', () => {
    expect(formatByteSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatByteSize(1536)).toBe('1.5 KB');
    expect(formatByteSize(300)).toBe('300 bytes');
    expect(formatByteSize(50 * 1024 * 1024 + 1)).toBe('50.0 MB');
  });
});
