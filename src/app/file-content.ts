import { fail, ok, type Result } from '../domain/index.ts';

/** How much of a file the binary sniff looks at: enough to judge, cheap on large files. */
const SNIFF_BYTES = 64 * 1024;
/**
 * Share of control characters above which a file is treated as binary. Text files carry tabs,
 * newlines and the odd form feed; 10 % of anything else is not prose (git and file(1) judge alike).
 */
const CONTROL_RATIO_LIMIT = 0.1;

export type BinaryVerdict = { binary: false } | { binary: true; reason: string };

/** Judges whether bytes are text or binary from a prefix of the file, as `git diff` does. */
export function sniffBinary(bytes: Uint8Array): BinaryVerdict {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let index = 0; index < end; index += 1) {
    const byte = bytes[index] as number;
    if (byte === 0) return { binary: true, reason: `contains a NUL byte at offset ${index}` };
    if (isControl(byte)) control += 1;
  }
  if (end > 0 && control / end > CONTROL_RATIO_LIMIT) {
    const percent = Math.round((control / end) * 100);
    return { binary: true, reason: `${percent}% of its first bytes are control characters` };
  }
  return { binary: false };
}

// Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
const isControl = (byte: number): boolean =>
  (byte < 0x20 &&
    byte !== 0x09 &&
    byte !== 0x0a &&
    byte !== 0x0b &&
    byte !== 0x0c &&
    byte !== 0x0d &&
    byte !== 0x1b) ||
  byte === 0x7f;

/** The byte order mark a UTF-16 or UTF-32 file starts with, if any: such files are not UTF-8. */
export function foreignByteOrderMark(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32LE';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16LE';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE';
  return null;
}

/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF), or -1 when every byte is well formed.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const width = sequenceWidth(lead);
    if (width === 0 || index + width > bytes.length) return index;
    const second = bytes[index + 1] as number;
    const [low, high] = secondByteRange(lead);
    if (second < low || second > high) return index;
    for (let offset = 2; offset < width; offset += 1) {
      const next = bytes[index + offset] as number;
      if (next < 0x80 || next > 0xbf) return index;
    }
    index += width;
  }
  return -1;
}

function sequenceWidth(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// The ranges of RFC 3629 §4 that exclude overlong forms, surrogates and code points past U+10FFFF.
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * Reads a size such as "10MB", "512 KB", "2m" or "1048576" as bytes; units are binary (1 MB =
 * 1024 × 1024 bytes), matching how the size limit is reported.
 * @example parseByteSize('10MB') // { ok: true, value: 10485760 }
 */
export function parseByteSize(input: string): Result<number> {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(input.trim());
  const unit = SIZE_UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) {
    return fail([
      { path: '/', message: `"${input}" is not a size (try 10MB, 512KB or a byte count)` },
    ]);
  }
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < 1) return fail([{ path: '/', message: `"${input}" must be at least one byte` }]);
  return ok(bytes);
}

/** A byte count for people: "10 MB", "1.5 KB", "312 bytes". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] =
    bytes < 1024 ** 2
      ? [bytes / 1024, 'KB']
      : bytes < 1024 ** 3
        ? [bytes / 1024 ** 2, 'MB']
        : [bytes / 1024 ** 3, 'GB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
