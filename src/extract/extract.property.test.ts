import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimsDocument, createParser } from '../domain/index.ts';
import { extract } from './index.ts';

const isClaimsDocument = createParser(ClaimsDocument);

/** Words that drive the rules, so random text reaches them instead of only their early exits. */
const VOCABULARY = [
  'about',
  'more than',
  'at least',
  'between',
  'and',
  'from',
  'to',
  'up to',
  'several',
  'hundreds of',
  'millions of',
  'half',
  'a third of',
  'million',
  'billion',
  'thousand',
  'dozen',
  'twenty',
  '-',
  'five',
  '$',
  'US$',
  '%',
  'percent',
  'per cent',
  'troops',
  'North Koreans',
  'shells',
  'containers',
  'barrels a day',
  'tonnes',
  'won',
  'rubles',
  'killed',
  'sent',
  'received',
  'fired',
  'at',
  'North Korea',
  'Russia',
  'Ukraine',
  'the North',
  'its',
  'said',
  'according to',
  'he added',
  'the report',
  'analysts say',
  '"',
  '“',
  '”',
  "'s",
  'since',
  'as of',
  'in',
  'on',
  'last year',
  'this month',
  'the first nine months of the year',
  'annually',
  'Monday',
  'Nov.',
  'May',
  'September',
  '2023',
  '29',
  '1,000',
  '11,000',
  '1.3',
  '3',
  ',',
  '.',
  '\n',
  ' ',
  '10,000-12,000',
  '152-millimeter',
  'KN-23',
  'Mr.',
  'U.S.',
  '’',
  'the number of',
  'injured',
  'trade',
];

const reportish = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 60 })
  .map((words) => words.join(' '));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  reportish,
);

const published = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2024', '2024-02', '2024-12-03', '2023-01-01', '2024-02-29'),
);

function checkSpans(text: string, result: ClaimsDocument): void {
  for (const item of [...result.claims, ...result.events]) {
    const [start, end] = item.span;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= text.length).toBe(true);
    expect(item.text).toBe(text.slice(start, end));
  }
}

describe('extract on any input', () => {
  it('never throws, keeps every span inside the text, and quotes the text exactly', () => {
    fc.assert(
      fc.property(anyText, published, (text, date) => {
        checkSpans(text, extract({ text, published: date }));
      }),
      { numRuns: 400 },
    );
  });

  it('always returns a valid claims/1 document', () => {
    fc.assert(
      fc.property(anyText, published, (text, date) => {
        const result = extract({ text, published: date, title: 'x' });
        const parsed = isClaimsDocument(result);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        expect(result.document).toEqual({ title: 'x', published: date });
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same claims in a sentence wherever it sits in a document', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (prefix) => {
        const sentence = 'North Korea has sent about 11,000 troops to Russia.';
        const text = `${prefix.replace(/[\r\n]/gu, ' ')}\n${sentence}`;
        const found = extract({ text, published: null }).claims.filter(
          (c) => c.text === 'about 11,000 troops',
        );
        expect(found).toHaveLength(1);
        expect(found[0]?.span[0]).toBe(text.indexOf('about 11,000'));
      }),
      { numRuns: 200 },
    );
  });

  it('reads ranges with a low bound below the high bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (a, b) => {
          const text = `Between ${a.toLocaleString('en-US')} and ${b.toLocaleString('en-US')} troops were sent.`;
          for (const claim of extract({ text, published: null }).claims) {
            if (claim.qualifier === 'range')
              expect((claim.low ?? 0) < (claim.high ?? 0)).toBe(true);
          }
        },
      ),
    );
  });

  it('reads any integer written with separators back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999 }), (n) => {
        const claims = extract({
          text: `Russia paid ${n.toLocaleString('en-US')} rubles.`,
          published: null,
        }).claims;
        expect(claims.map((c) => c.value)).toEqual([n]);
      }),
    );
  });
});
