import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePageCursor, encodePageCursor } from './page-cursor.ts';

describe('page cursors', () => {
  it('give back the parts they were made from', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (parts) => {
        expect(decodePageCursor(encodePageCursor(parts))).toEqual(parts);
      }),
    );
  });

  it('are URL-safe: only letters, digits, "-" and "_"', () => {
    expect(encodePageCursor(['doc/1?x=y', 2, 'c+d'])).toMatch(/^[\w-]*$/u);
  });

  it('refuse a token that is not base64url JSON, or JSON that is not a list', () => {
    expect(decodePageCursor('not a cursor')).toBeNull();
    expect(decodePageCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
  });
});
