import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../domain/index.ts';
import { DEFAULT_ASSUMPTIONS, parseScenario, type Assumption } from './assumptions.ts';
import {
  DEFAULT_INDICATORS,
  evaluateIndicators,
  parseIndicators,
  type Indicator,
  type IndicatorResult,
} from './indicators.ts';
import { makeClaim, TEST_CLAIMS, TEST_DOCUMENTS } from './testing.ts';

const DRAWS = 20_000;
const run = (
  options: { claims?: readonly Claim[]; seed?: number; indicators?: readonly Indicator[] } = {},
) =>
  evaluateIndicators({
    claims: options.claims ?? TEST_CLAIMS,
    documents: TEST_DOCUMENTS,
    draws: DRAWS,
    seed: options.seed ?? 7,
    ...(options.indicators ? { indicators: options.indicators } : {}),
  });
const byId = (results: IndicatorResult[], id: string) => {
  const result = results.find((r) => r.indicator.id === id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
};
const summaryOf = (result: IndicatorResult) => {
  if (result.status !== 'ok') throw new Error(`${result.indicator.id} is ${result.status}`);
  return result.summary;
};

const rangeClaim = (id: string, low: number, high: number): Claim =>
  makeClaim({
    id,
    value: null,
    low,
    high,
    qualifier: 'range',
    unit: 'item',
    category: 'other',
    from: id === 'a' ? 'AAA' : 'BBB',
  });

/** An indicator over two flows picked out by their origin country, for closed-form checks. */
const twoFlowIndicator = (formula: string): Indicator => ({
  id: 'test',
  title: 'Test',
  question: 'Does the arithmetic agree with theory?',
  kind: 'gain',
  unit: 'item',
  formula,
  inputs: {
    a: { select: { category: 'other', unit: 'item', from: 'AAA' } },
    b: { select: { category: 'other', unit: 'item', from: 'BBB' } },
  },
});

describe('the shipped indicators', () => {
  it('cover every question issue 4 asks', () => {
    expect(DEFAULT_INDICATORS.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'earnings_per_year',
        'earnings_to_official_exports',
        'cumulative_arms_revenue',
        'refined_oil_vs_cap',
        'notified_oil_share',
        'munitions_shipped',
        'stockpile_share_shipped',
        'troops_deployed',
        'casualties',
        'casualty_rate',
        'china_trade_share',
        'russia_trade_share',
        'china_trade_change',
      ]),
    );
  });

  it('all evaluate on a workspace that has their claims', () => {
    const results = run();
    expect(results.filter((r) => r.status !== 'ok').map((r) => r.indicator.id)).toEqual([]);
  });

  it('give the earnings-to-exports ratio with its range and provenance', () => {
    const result = byId(run(), 'earnings_to_official_exports');
    const summary = summaryOf(result);
    // Arms: 2.75–5.5 bn over 1–1.4 years; troops: 286–572 m a year; exports 325–335 m.
    expect(summary.p5).toBeGreaterThan(5);
    expect(summary.p95).toBeLessThan(20);
    expect(summary.p5).toBeLessThan(summary.median);
    expect(summary.median).toBeLessThan(summary.p95);
    const claimIds = result.inputs.flatMap((input) => input.flow.claims.map((c) => c.claimId));
    expect(claimIds.sort()).toEqual(['arms', 'arms-wire', 'exports', 'troop-pay']);
    expect(result.assumptions.map((a) => a.id)).toEqual(['arms_trade_years']);
    const exportsInput = result.inputs.find((i) => i.name === 'official_exports');
    expect(exportsInput?.conversion).toBe('÷ 1.00 years (2023) to a yearly rate');
  });

  it('compare yearly oil deliveries with the UN cap', () => {
    const summary = summaryOf(byId(run(), 'refined_oil_vs_cap'));
    // 1–1.5 million barrels over 244 days, against 500,000 a year.
    const years = 244 / 365.2425;
    expect(summary.p5).toBeGreaterThan(1e6 / years / 5e5);
    expect(summary.p95).toBeLessThan(1.5e6 / years / 5e5);
  });

  it('compare trade with the same months a year before', () => {
    const result = byId(run(), 'china_trade_change');
    expect(result.inputs.map((i) => i.flow.period.label)).toEqual([
      '2024-01 to 2024-09',
      '2023-01 to 2023-09',
    ]);
    expect(summaryOf(result).median).toBeCloseTo(100 * (1.5 / 1.6 - 1), 0);
  });
});

describe('evaluateIndicators', () => {
  it('is reproducible for a seed and differs for another seed', () => {
    const first = run({ seed: 11 }).map((r) => r.status === 'ok' && r.summary);
    expect(run({ seed: 11 }).map((r) => r.status === 'ok' && r.summary)).toEqual(first);
    expect(run({ seed: 12 }).map((r) => r.status === 'ok' && r.summary)).not.toEqual(first);
  });

  it('agrees with the closed form for a sum of uniforms', () => {
    const claims = [rangeClaim('a', 10, 20), rangeClaim('b', 0, 30)];
    const [result] = run({ claims, indicators: [twoFlowIndicator('a + b')] });
    const summary = summaryOf(result as IndicatorResult);
    const variance = 100 / 12 + 900 / 12;
    const standardError = Math.sqrt(variance / DRAWS);
    expect(Math.abs(summary.mean - 30)).toBeLessThan(4 * standardError);
    expect(Math.abs(summary.sd ** 2 - variance) / variance).toBeLessThan(0.05);
    // The sum is trapezoidal on 10–50: P(S ≤ x) = (x − 10)² / 600 below 20, so p5 = 10 + √30.
    expect(summary.p5).toBeCloseTo(10 + Math.sqrt(30), 0);
    expect(summary.p95).toBeCloseTo(50 - Math.sqrt(30), 0);
  });

  it('keeps a ratio within its bounds and matches its closed-form mean', () => {
    const claims = [rangeClaim('a', 10, 20), rangeClaim('b', 1, 2)];
    const [result] = run({ claims, indicators: [twoFlowIndicator('a / b')] });
    const summary = summaryOf(result as IndicatorResult);
    // E[a/b] = E[a] · E[1/b] = 15 · ln 2 for independent a ~ U(10, 20), b ~ U(1, 2).
    expect(summary.mean).toBeCloseTo(15 * Math.LN2, 1);
    expect(summary.histogram.from).toBeGreaterThanOrEqual(5);
    expect(summary.histogram.to).toBeLessThanOrEqual(20);
  });

  it('reports which inputs are missing and gives no number', () => {
    const claims = TEST_CLAIMS.filter((c) => c.id !== 'troop-pay' && c.id !== 'exports');
    const result = byId(run({ claims }), 'earnings_to_official_exports');
    expect(result.status).toBe('missing');
    expect(result).not.toHaveProperty('summary');
    if (result.status !== 'missing') return;
    expect(result.missing.map((m) => m.name)).toEqual(['troop_earnings', 'official_exports']);
    expect(result.missing[0]?.reason).toBe(
      'no accepted claim on money in usd, from RUS, to PRK, as a rate',
    );
  });

  it('keeps the side of a one-country trade figure: total imports are not exports', () => {
    const imports = TEST_CLAIMS.map((c) =>
      c.id === 'exports' ? { ...c, from: null, to: 'PRK' } : c,
    );
    const result = byId(run({ claims: imports }), 'earnings_to_official_exports');
    expect(result.status === 'missing' && result.missing.map((m) => m.name)).toEqual([
      'official_exports',
    ]);
  });

  it('explains why a flow cannot be made yearly', () => {
    const undated = TEST_CLAIMS.map((c) => (c.id === 'exports' ? { ...c, period: null } : c));
    const result = byId(run({ claims: undated }), 'earnings_to_official_exports');
    expect(result.status === 'missing' && result.missing[0]?.reason).toMatch(
      /cumulative to 2024-12 covers .* no known start and end/,
    );
  });

  it('changes only the indicators that use an edited or rejected claim', () => {
    const before = run();
    const rejected = TEST_CLAIMS.map((c) =>
      c.id === 'injured' ? { ...c, status: 'rejected' as const } : c,
    );
    const edited = TEST_CLAIMS.map((c) =>
      c.id === 'troops' ? { ...c, value: 12_000, status: 'edited' as const } : c,
    );
    const touched = (after: IndicatorResult[]) =>
      after
        .filter((r, index) => JSON.stringify(r) !== JSON.stringify(before[index]))
        .map((r) => r.indicator.id);
    expect(touched(run({ claims: rejected }))).toEqual(['casualties', 'casualty_rate']);
    expect(touched(run({ claims: edited }))).toEqual(['troops_deployed', 'casualty_rate']);
  });

  it('applies a scenario’s assumptions and reconciliation rule', () => {
    const scenario = parseScenario({
      name: 'small containers',
      assumptions: { rounds_per_container: { kind: 'point', value: 100 } },
    });
    if (!scenario.ok) throw new Error('scenario did not parse');
    const base = run();
    const changed = evaluateIndicators({
      claims: TEST_CLAIMS,
      documents: TEST_DOCUMENTS,
      draws: DRAWS,
      seed: 7,
      scenario: scenario.value,
    });
    const shipped = byId(changed, 'munitions_shipped');
    expect(shipped.assumptions[0]?.overriddenBy).toBe('small containers');
    // 20,000 containers spread uniformly over 15,000–25,000: p95 is 24,500.
    expect(summaryOf(shipped).p95).toBeCloseTo(24_500 * 100, -4);
    expect(byId(changed, 'troops_deployed')).toEqual(byId(base, 'troops_deployed'));

    const pooled = evaluateIndicators({
      claims: TEST_CLAIMS,
      documents: TEST_DOCUMENTS,
      draws: DRAWS,
      seed: 7,
      scenario: { reconciliation: 'pooled' },
    });
    const casualties = byId(pooled, 'casualties');
    expect(casualties.inputs[0]?.flow.rule).toBe('pooled');
    expect(casualties.inputs[0]?.flow.basis).toHaveLength(2);
    expect(summaryOf(casualties).median).toBeGreaterThan(
      summaryOf(byId(base, 'casualties')).median,
    );
  });

  it('lets one input choose another reconciliation rule', () => {
    const claims = [
      rangeClaim('a', 10, 20),
      {
        ...rangeClaim('a2', 100, 200),
        from: 'AAA',
        attribution: { name: 'Other', affiliation: null },
      },
      rangeClaim('b', 1, 2),
    ];
    const indicator = twoFlowIndicator('a');
    const pooled: Indicator = {
      ...indicator,
      inputs: { ...indicator.inputs, a: { ...indicator.inputs.a!, rule: 'pooled' } },
    };
    const [conservative] = run({ claims, indicators: [indicator] });
    const [mixed] = run({ claims, indicators: [pooled] });
    expect(summaryOf(conservative as IndicatorResult).p95).toBeLessThanOrEqual(20);
    expect(summaryOf(mixed as IndicatorResult).p95).toBeGreaterThan(100);
  });

  it('counts draws that divide by zero as invalid instead of hiding them', () => {
    const zero = makeClaim({
      id: 'b',
      value: 0,
      from: 'BBB',
      attribution: { name: 'X', affiliation: null },
    });
    const five = makeClaim({
      id: 'b5',
      value: 5,
      from: 'BBB',
      attribution: { name: 'Y', affiliation: null },
    });
    const indicator = twoFlowIndicator('a / b');
    const halfZero: Indicator = {
      ...indicator,
      inputs: { ...indicator.inputs, b: { ...indicator.inputs.b!, rule: 'pooled' } },
    };
    const [partly] = run({ claims: [rangeClaim('a', 1, 2), zero, five], indicators: [halfZero] });
    const summary = summaryOf(partly as IndicatorResult);
    expect(Math.abs(summary.invalid / DRAWS - 0.5)).toBeLessThan(0.02);
    expect(summary.p95).toBeLessThanOrEqual(2 / 4.5);

    const [never] = run({ claims: [rangeClaim('a', 1, 2), zero], indicators: [indicator] });
    expect(never?.status).toBe('invalid');
    expect(never?.status === 'invalid' && never.issues[0]?.message).toMatch(/divides by zero/);
    expect(never).not.toHaveProperty('summary');
  });
});

describe('parseIndicators', () => {
  const definition = (changes: Partial<Indicator>) => ({
    format: 'indicators/1',
    indicators: [{ ...twoFlowIndicator('a + b'), ...changes }],
  });

  it('accepts the shipped file’s definitions', () => {
    expect(parseIndicators({ format: 'indicators/1', indicators: DEFAULT_INDICATORS }).ok).toBe(
      true,
    );
  });

  it('reports a formula that does not parse, with where', () => {
    const result = parseIndicators(definition({ formula: 'a + * b' }));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/indicators/0/formula',
          message: 'Expected a number, a name or "(" but found "*" at position 4',
        },
      ],
    });
  });

  it('reports names that are neither inputs nor assumptions', () => {
    const result = parseIndicators(definition({ formula: 'a + c' }));
    expect(!result.ok && result.issues[0]?.message).toBe(
      '"c" is neither an input nor an assumption',
    );
    const known: Assumption[] = [{ ...DEFAULT_ASSUMPTIONS[0]!, id: 'c' }];
    expect(parseIndicators(definition({ formula: 'a + c' }), known).ok).toBe(true);
  });

  it('reports duplicate ids, schema errors and a dangling yearBefore', () => {
    const twice = parseIndicators({
      format: 'indicators/1',
      indicators: [twoFlowIndicator('a'), twoFlowIndicator('b')],
    });
    expect(!twice.ok && twice.issues[0]?.message).toBe('"test" is defined twice');
    const badKind = parseIndicators(definition({ kind: 'maybe' as never }));
    expect(!badKind.ok && badKind.issues[0]?.path).toBe('/indicators/0/kind');
    const dangling = parseIndicators(
      definition({
        inputs: {
          a: { select: { category: 'other', unit: 'item' } },
          b: { select: { category: 'other', unit: 'item' }, pick: { yearBefore: 'zz' } },
        },
      }),
    );
    expect(!dangling.ok && dangling.issues[0]?.path).toBe('/indicators/0/inputs/b/pick');
  });
});

describe('parseIndicators on any JSON', () => {
  it('never throws and always returns a Result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, formula) => {
        expect(typeof parseIndicators(value).ok).toBe('boolean');
        const withFormula = {
          format: 'indicators/1',
          indicators: [{ ...twoFlowIndicator('a'), formula }],
        };
        expect(typeof parseIndicators(withFormula).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('evaluateIndicators on any claims', () => {
  it('never throws, and every result is a number with provenance or a reason for none', () => {
    const figure = fc.option(fc.double({ min: -1e10, max: 1e10, noNaN: true }), { nil: null });
    const country = fc.constantFrom('PRK', 'RUS', 'CHN', null);
    const date = fc.option(fc.constantFrom('2023', '2023-09', '2024-01', '2024-09', '2024-03-07'), {
      nil: null,
    });
    const claim = fc.record({
      value: figure,
      low: figure,
      high: figure,
      qualifier: fc.constantFrom(
        'exact',
        'approx',
        'up_to',
        'at_least',
        'more_than',
        'less_than',
        'range',
        'vague',
      ),
      unit: fc.constantFrom('usd', 'person', 'percent', 'container', 'barrel'),
      category: fc.constantFrom('money', 'trade', 'personnel', 'casualties', 'munitions', 'oil'),
      from: country,
      to: country,
      period: fc.option(
        fc.record({ start: date, end: date, per: fc.constantFrom('year', 'month', null) }),
        { nil: null },
      ),
      status: fc.constantFrom('accepted', 'edited', 'rejected', 'proposed'),
    });
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 12 }), (fields) => {
        const claims = fields.map((f, index) =>
          makeClaim({ ...f, id: `c${index}` } as Partial<Claim> & { id: string }),
        );
        const results = evaluateIndicators({ claims, documents: TEST_DOCUMENTS, draws: 200 });
        for (const result of results) {
          if (result.status === 'ok') expect(result.summary.draws).toBe(200);
          else if (result.status === 'missing') expect(result.missing.length).toBeGreaterThan(0);
          else expect(result.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
