import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './cli-support.ts';

/**
 * Keys an object declares twice, per object. JSON.parse keeps the last of them silently, so a
 * table edited in two places reads as whichever edit came later; only the text shows both.
 */
function repeatedKeys(json: string): string[] {
  const repeated: string[] = [];
  const open: Array<Set<string>> = [];
  for (const token of json.matchAll(/"(?:[^"\\]|\\.)*"|[{}]/gu)) {
    const text = token[0];
    if (text === '{') open.push(new Set());
    else if (text === '}') open.pop();
    else {
      const after = json.slice(token.index + text.length).trimStart();
      const keys = open.at(-1);
      if (!after.startsWith(':') || !keys) continue;
      const key = JSON.parse(text) as string;
      if (keys.has(key)) repeated.push(key);
      keys.add(key);
    }
  }
  return repeated;
}

describe('the lexicon file', () => {
  it('finds a key declared twice in one object, and not the same key in two objects', () => {
    expect(repeatedKeys('{"a": 1, "b": {"a": 2}, "a": 3}')).toEqual(['a']);
    expect(repeatedKeys('{"a": "{", "b": {"a": "}"}}')).toEqual([]);
  });

  it('declares no key twice in any table', () => {
    const text = readFileSync(join(repoRoot, 'data', 'extract', 'lexicon.json'), 'utf8');
    expect(repeatedKeys(text)).toEqual([]);
  });
});
