import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './json-body.ts';

describe('parseJsonBody', () => {
  it('parses plain JSON as JSON.parse does', () => {
    expect(parseJsonBody('{"a":[1,2.5,null,"x"],"b":{"c":true}}')).toEqual({
      a: [1, 2.5, null, 'x'],
      b: { c: true },
    });
  });

  it('reads an empty or blank body as no body', () => {
    expect(parseJsonBody('')).toBeUndefined();
    expect(parseJsonBody(' \n')).toBeUndefined();
  });

  it('refuses a __proto__ key at any depth', () => {
    expect(() => parseJsonBody('{"a":{"__proto__":{"admin":true}}}')).toThrow(/"__proto__" key/u);
  });

  it('refuses constructor.prototype but allows a field named constructor', () => {
    expect(() => parseJsonBody('{"constructor":{"prototype":{"x":1}}}')).toThrow(/constructor/u);
    expect(parseJsonBody('{"constructor":"Ada"}')).toEqual({ constructor: 'Ada' });
  });

  it('refuses 1e400, which would become Infinity', () => {
    expect(() => parseJsonBody('{"value":1e400}')).toThrow(/too large for a double at "value"/u);
    expect(() => parseJsonBody('[-1e999]')).toThrow(/too large/u);
  });

  it('names bad JSON as INVALID_INPUT in one line', () => {
    expect(() => parseJsonBody('{"a":')).toThrow(/^the body is not JSON: /u);
  });

  it('gives back any JSON value it is given unchanged, unless it carries a poisoning key', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        if (poisoned(JSON.parse(text))) {
          expect(() => parseJsonBody(text)).toThrow(/^the body has a "(__proto__|constructor)/u);
        } else {
          expect(parseJsonBody(text)).toEqual(JSON.parse(text));
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** What the parser refuses: a "__proto__" key, or "constructor" holding a "prototype", at any depth. */
function poisoned(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, inner]) =>
      key === '__proto__' ||
      (key === 'constructor' &&
        inner !== null &&
        typeof inner === 'object' &&
        'prototype' in inner) ||
      poisoned(inner),
  );
}
