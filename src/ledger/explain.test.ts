import { describe, expect, it } from 'vitest';
import { explainIndicator, formatFigure } from './explain.ts';
import { evaluateIndicators, type IndicatorResult } from './indicators.ts';
import { makeClaim, TEST_CLAIMS, TEST_DOCUMENTS } from './testing.ts';

const resultFor = (id: string, claims = TEST_CLAIMS): IndicatorResult => {
  const found = evaluateIndicators({ claims, documents: TEST_DOCUMENTS, draws: 2000 }).find(
    (r) => r.indicator.id === id,
  );
  if (!found) throw new Error(id);
  return found;
};

describe('explainIndicator', () => {
  it('walks from the indicator through its flows and origins to the claims and their quotes', () => {
    const quotes = new Map([
      ['exports', 'Its recorded exports came to $330 million in the whole of last year.'],
    ]);
    const text = explainIndicator(resultFor('earnings_to_official_exports'), {
      documents: TEST_DOCUMENTS,
      quotes,
    }).join('\n');
    expect(text).toMatch(
      /^Earnings from Russia against North Korea's official exports \[earnings_to_official_exports, gain\]/,
    );
    expect(text).toContain('origin: Olena Guseinova (Hankuk University of Foreign Studies)');
    expect(text).toContain(
      'claim arms: "as much as $5.5 billion from weapons", read as uniform 2,750,000,000–5,500,000,000',
    );
    expect(text).toContain('2 claims from 1 independent origin in 2 outlets');
    expect(text).toContain('claim exports: "$330 million in exports"');
    expect(text).toContain(
      'quote: "Its recorded exports came to $330 million in the whole of last year."',
    );
    expect(text).toContain('input official_exports, ÷ 1.00 years (2023) to a yearly rate');
    expect(text).toContain('assumption arms_trade_years');
    expect(text).toMatch(/result: [\d.]+ \([\d.]+ to [\d.]+\) ratio/);
  });

  it('says which inputs are missing and shows no number', () => {
    const claims = TEST_CLAIMS.filter((c) => c.id !== 'exports');
    const lines = explainIndicator(resultFor('earnings_to_official_exports', claims), {
      documents: TEST_DOCUMENTS,
    });
    expect(lines).toContain('  result: none, inputs are missing');
    expect(
      lines.some((line) =>
        line.startsWith('  missing official_exports: no accepted claim on trade'),
      ),
    ).toBe(true);
  });

  it('marks contradicting sources and origins a conservative rule leaves out', () => {
    const text = explainIndicator(resultFor('casualties'), { documents: TEST_DOCUMENTS }).join(
      '\n',
    );
    expect(text).toContain(
      'origin: National Intelligence Service (South Korea) (not used by this rule)',
    );
    expect(text).not.toContain('CONTRADICT');
    const fewer = makeClaim({
      ...TEST_CLAIMS.find((c) => c.id === 'containers'),
      id: 'containers-early',
      text: '6,700 containers by February',
      value: 6700,
      attribution: { name: 'Defence ministry', affiliation: null },
    });
    const contradicting = explainIndicator(
      resultFor('munitions_shipped', [...TEST_CLAIMS, fewer]),
      {
        documents: TEST_DOCUMENTS,
      },
    ).join('\n');
    expect(contradicting).toContain(
      'SOURCES CONTRADICT: south korean officials vs defence ministry',
    );
  });
});

describe('formatFigure', () => {
  it('rounds to three significant digits with separators', () => {
    expect(formatFigure(4_128_765_000)).toBe('4,130,000,000');
    expect(formatFigure(0.012345)).toBe('0.0123');
    expect(formatFigure(Number.NaN)).toBe('NaN');
  });
});
