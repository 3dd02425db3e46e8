// The same report typed another way reads the same. Pages reach Tally with curly or straight
// quotes, "--" for a dash, Windows line ends, no-break spaces, "$" or "US$", "billion" or "bn":
// how a text was typed must not change what it says. Each variant below rewrites every document of
// the committed evaluation set and asks for the same claims (amounts, unit, qualifier, sides,
// period, source); only spans may move, and a source's name may differ in the characters the
// variant rewrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { repoRoot } from './cli-support.ts';

const evaluationSet = resolve(repoRoot, 'test', 'fixtures', 'extract-eval');

interface Document {
  readonly name: string;
  readonly text: string;
  readonly published: string;
}

const documents: readonly Document[] = readdirSync(evaluationSet)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const gold = JSON.parse(
      readFileSync(join(evaluationSet, name.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as { readonly document: { readonly published: string } };
    return {
      name,
      text: readFileSync(join(evaluationSet, name), 'utf8'),
      published: gold.document.published,
    };
  });

/** A source's name or body compared as words: the variants rewrite spaces, quotes and dashes. */
function plain(words: string | null | undefined): string | null {
  if (words == null) return null;
  return words
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2014|--/g, '-');
}

/** What a document's claims say, one line a claim, in a stable order. */
function readings(doc: Document, text: string): string[] {
  return extract({ text, published: doc.published })
    .claims.map((c) =>
      JSON.stringify([
        c.value,
        c.low,
        c.high,
        c.unit,
        c.qualifier,
        c.category,
        c.from,
        c.to,
        c.period,
        plain(c.attribution?.name),
        plain(c.attribution?.affiliation),
      ]),
    )
    .sort();
}

const variants: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['Windows line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['a space before every line end', (t) => t.replace(/\n/g, ' \n')],
  [
    'straight quotes for curly ones',
    (t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'),
  ],
  [
    'curly quotes for straight ones',
    (t) =>
      t
        .replace(/(\w)'(\w)/g, '$1\u2019$2')
        .replace(/"(\w)/g, '\u201c$1')
        .replace(/(\S)"/g, '$1\u201d'),
  ],
  [
    'a no-break space between a number and its word',
    (t) => t.replace(/(\d) (?=[a-z])/g, '$1\u00a0'),
  ],
  ['two spaces after a full stop', (t) => t.replace(/\. ([A-Z])/g, '.  $1')],
  ['"--" for a spaced dash', (t) => t.replace(/ \u2014 /g, ' -- ')],
  ['a closed dash for a spaced one', (t) => t.replace(/ \u2014 /g, '\u2014')],
  ['"%" for "percent"', (t) => t.replace(/(\d) per ?cent\b/g, '$1%')],
  ['"US$" for "$"', (t) => t.replace(/(^|[ (])\$(\d)/gm, '$1US$$$2')],
  ['"bn" for "billion"', (t) => t.replace(/(\d) billion\b/g, '$1bn')],
  ['"m" for "million"', (t) => t.replace(/(\d) million\b/g, '$1m')],
];

describe('a report typed another way reads the same', () => {
  for (const [label, rewrite] of variants) {
    it(`with ${label}`, () => {
      let rewritten = 0;
      for (const doc of documents) {
        const text = rewrite(doc.text);
        if (text === doc.text) continue;
        rewritten++;
        expect(readings(doc, text), doc.name).toEqual(readings(doc, doc.text));
      }
      // A variant that rewrote nothing would prove nothing.
      expect(rewritten).toBeGreaterThan(0);
    });
  }
});

/** The claims of one text, as figure and source name. */
function credits(text: string): string[] {
  return extract({ text, published: '2025-06-10' }).claims.map(
    (c) => `${c.text} | ${plain(c.attribution?.name)}`,
  );
}

describe('sentences of our own typed both ways', () => {
  it('reads a body\'s document ("the panel’s report") with either apostrophe', () => {
    for (const text of [
      "The panel's latest review, released in April, recorded 41 suspected transfers of fuel to North Korean ships in 2024.",
      'Three of the rockets were made in the North, according to the army’s early findings.',
    ]) {
      const curly = text.replace(/'/g, '\u2019');
      const straight = text.replace(/\u2019/g, "'");
      expect(credits(curly)).toEqual(credits(straight));
      expect(credits(curly)).not.toEqual([]);
    }
  });

  it('reads "--" as the dash it stands for, in front of a credit', () => {
    const dashed =
      '09:40 \u2014 The general staff reported 1,150 Russian losses over the past day.';
    const typed = dashed.replace(' \u2014 ', ' -- ');
    expect(credits(typed)).toEqual(credits(dashed));
    expect(credits(typed)[0]).toMatch(/\| The general staff$/);
  });
});
