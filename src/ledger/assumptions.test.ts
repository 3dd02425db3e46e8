import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import example from '../../data/ledger/scenario-example.json' with { type: 'json' };
import {
  applyScenario,
  DEFAULT_ASSUMPTIONS,
  parseAssumptions,
  parseScenario,
} from './assumptions.ts';

const file = (assumptions: unknown[]) => ({ format: 'assumptions/1', assumptions });
const cap = DEFAULT_ASSUMPTIONS.find((a) => a.id === 'unsc_refined_cap_barrels_per_year');

describe('the shipped assumptions', () => {
  it('are named, sourced and include the quantities the indicators need', () => {
    expect(DEFAULT_ASSUMPTIONS.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'rounds_per_container',
        'shell_stockpile',
        'shell_price_usd',
        'arms_trade_years',
      ]),
    );
    for (const assumption of DEFAULT_ASSUMPTIONS)
      expect(assumption.source.citation.length).toBeGreaterThan(20);
    expect(cap?.distribution).toEqual({ kind: 'point', value: 500_000 });
  });
});

describe('parseAssumptions', () => {
  it('reports duplicate ids and bounds in the wrong order', () => {
    const result = parseAssumptions(
      file([{ ...cap, distribution: { kind: 'uniform', low: 9, high: 1 } }, { ...cap }]),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: '/assumptions/0/distribution', message: 'low 9 is above high 1' },
        {
          path: '/assumptions/1/id',
          message: '"unsc_refined_cap_barrels_per_year" is defined twice',
        },
      ],
    });
  });

  it('reports an assumption without a source', () => {
    const unsourced = Object.fromEntries(
      Object.entries(cap ?? {}).filter(([key]) => key !== 'source'),
    );
    const result = parseAssumptions(file([unsourced]));
    expect(result.ok).toBe(false);
  });

  it('refuses a log-uniform that reaches zero', () => {
    const result = parseAssumptions(
      file([{ ...cap, distribution: { kind: 'loguniform', low: 0, high: 5 } }]),
    );
    expect(!result.ok && result.issues[0]?.path).toBe('/assumptions/0/distribution');
  });
});

describe('scenarios', () => {
  it('override only the assumptions they name', () => {
    const scenario = parseScenario({
      format: 'scenario/1',
      name: 'bigger stockpile',
      assumptions: { shell_stockpile: { kind: 'uniform', low: 5e7, high: 2e8 } },
    });
    if (!scenario.ok) throw new Error(scenario.issues[0]?.message);
    const applied = applyScenario(DEFAULT_ASSUMPTIONS, scenario.value);
    const stockpile = applied.find((a) => a.id === 'shell_stockpile');
    expect(stockpile).toMatchObject({
      overriddenBy: 'bigger stockpile',
      distribution: { kind: 'uniform', low: 5e7, high: 2e8 },
      source: DEFAULT_ASSUMPTIONS.find((a) => a.id === 'shell_stockpile')?.source,
    });
    expect(applied.filter((a) => a.overriddenBy === null)).toHaveLength(
      DEFAULT_ASSUMPTIONS.length - 1,
    );
  });

  it('accept the shipped example scenario', () => {
    const parsed = parseScenario(example);
    expect(parsed.ok && parsed.value.reconciliation).toBe('pooled');
  });

  it('report names that are not assumptions, listing the known ones', () => {
    const result = parseScenario({ assumptions: { shells_per_box: { kind: 'point', value: 1 } } });
    expect(!result.ok && result.issues[0]).toMatchObject({ path: '/assumptions/shells_per_box' });
    expect(!result.ok && result.issues[0]?.message).toMatch(
      /^is not an assumption \(known: .*rounds_per_container/,
    );
  });

  it('report a bad rule or distribution', () => {
    expect(parseScenario({ reconciliation: 'optimistic' }).ok).toBe(false);
    expect(
      parseScenario({ assumptions: { shell_stockpile: { kind: 'uniform', low: 2, high: 1 } } }).ok,
    ).toBe(false);
  });
});

describe('parsing any JSON', () => {
  it('never throws and always returns a Result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof parseScenario(value).ok).toBe('boolean');
        expect(typeof parseAssumptions(value).ok).toBe('boolean');
        expect(typeof parseScenario({ assumptions: value }).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
