import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateExpression,
  evaluateFormula,
  namesIn,
  parseExpression,
  type Values,
} from './expression.ts';

const value = (source: string, bindings: [string, number | Float64Array][] = []) => {
  const result = evaluateFormula(source, new Map(bindings));
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.value;
};
const firstIssue = (source: string) => {
  const result = evaluateFormula(source);
  return result.ok ? undefined : result.issues[0];
};

describe('parseExpression and evaluateFormula', () => {
  it('follows the usual precedence and associativity', () => {
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('(1 + 2) * 3')).toBe(9);
    expect(value('10 - 4 - 3')).toBe(3);
    expect(value('2 ^ 3 ^ 2')).toBe(512);
    expect(value('-2 ^ 2')).toBe(-4);
    expect(value('2 * -3')).toBe(-6);
    expect(value('--4 + +1')).toBe(5);
  });

  it('reads decimals, exponents and digit groups', () => {
    expect(value('1.5e3 + .5 + 500_000')).toBe(501_500.5);
  });

  it('calls min, max, sum and the other functions', () => {
    expect(value('min(4, 2, 9) + max(1, 7) + sum(1, 2, 3)')).toBe(15);
    expect(value('sqrt(16) + abs(-2) + ln(exp(1))')).toBe(7);
    expect(value('mean(2, 4)')).toBe(3);
  });

  it('works element-wise over arrays of draws, mixing scalars in', () => {
    const a = Float64Array.from([1, 2, 3]);
    const b = Float64Array.from([10, 20, 30]);
    expect([
      ...(value('(a + b) / 2 - 1', [
        ['a', a],
        ['b', b],
      ]) as Float64Array),
    ]).toEqual([4.5, 10, 15.5]);
    expect([
      ...(value('max(a, 2) * k', [
        ['a', a],
        ['k', 3],
      ]) as Float64Array),
    ]).toEqual([6, 6, 9]);
    expect([...(value('-a', [['a', a]]) as Float64Array)]).toEqual([-1, -2, -3]);
  });

  it('lists the names a formula uses', () => {
    const parsed = parseExpression('(arms / years + troops) / exports + arms');
    expect(parsed.ok && namesIn(parsed.value)).toEqual(['arms', 'years', 'troops', 'exports']);
  });

  it('reports errors with their position', () => {
    expect(firstIssue('1 + * 2')).toEqual({
      path: 'formula',
      position: 4,
      message: 'Expected a number, a name or "(" but found "*" at position 4',
    });
    expect(firstIssue('(1 + 2')?.message).toBe(
      'Expected ")" but found end of formula at position 6',
    );
    expect(firstIssue('2 $ 3')?.message).toBe('Unexpected character "$" at position 2');
    expect(firstIssue('1 2')?.message).toBe('Unexpected "2" at position 2');
    expect(firstIssue('')?.message).toBe('Empty formula at position 0');
    expect(firstIssue('eval(1)')?.message).toMatch(/^Unknown function "eval" .* at position 0$/);
    expect(firstIssue('sqrt(1, 2)')?.message).toBe(
      'sqrt() takes 1 argument(s), not 2 at position 0',
    );
    expect(firstIssue('1 + troops')?.message).toBe('Unknown name "troops" at position 4');
    expect(firstIssue('1e999')?.message).toBe('Number "1e999" is too large at position 0');
    expect(firstIssue('1__0')?.message).toMatch(/^Malformed number/);
  });

  it('refuses formulas nested past the depth limit instead of overflowing the stack', () => {
    const deep = `${'('.repeat(1500)}1${')'.repeat(1500)}`;
    expect(firstIssue(deep)?.message).toMatch(/nests deeper than 64 levels/);
    expect(firstIssue('-'.repeat(2000) + '1')?.message).toMatch(/nests deeper/);
  });

  it('treats names like __proto__ and constructor as plain unknown names', () => {
    expect(firstIssue('constructor + __proto__')?.message).toBe(
      'Unknown names "constructor", "__proto__" at position 0',
    );
    expect(firstIssue('toString(1)')?.message).toMatch(/Unknown function "toString"/);
  });

  it('refuses draw arrays of different lengths', () => {
    const parsed = parseExpression('a + b');
    if (!parsed.ok) throw new Error('parse failed');
    const result = evaluateExpression(
      parsed.value,
      new Map([
        ['a', new Float64Array(2)],
        ['b', new Float64Array(3)],
      ]),
    );
    expect(result.ok).toBe(false);
  });

  it('never throws, whatever the text, and always returns a Result', () => {
    const alphabet = fc.constantFrom(...'0123456789.e_+-*/^(),abxyz $'.split(''));
    const formula = fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 }));
    fc.assert(
      fc.property(formula, (source) => {
        const result = evaluateFormula(
          source,
          new Map<string, Values>([
            ['x', 2],
            ['y', Float64Array.from([1, 2])],
          ]),
        );
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          const issue = result.issues[0];
          expect(issue?.position).toBeGreaterThanOrEqual(0);
          expect(issue?.position).toBeLessThanOrEqual(source.length);
          expect(issue?.message).toMatch(/at position \d+$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('evaluates generated well-formed formulas to the same value as direct arithmetic', () => {
    type Tree = { text: string; value: number };
    const leaf = fc.integer({ min: 1, max: 9 }).map((n): Tree => ({ text: String(n), value: n }));
    const tree = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tie('node'), fc.constantFrom('+', '-', '*'), tie('node'))
          .map(([a, op, b]): Tree => ({
            text: `(${a.text} ${op} ${b.text})`,
            value:
              op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value,
          })),
      ),
    })).node;
    fc.assert(
      fc.property(tree, ({ text, value: expected }) => {
        expect(value(text)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('long formulas', () => {
  it('evaluates a long flat chain and a deep power tower within the limits', () => {
    expect(value(Array.from({ length: 2000 }, () => '1').join('+'))).toBe(2000);
    expect(value(Array.from({ length: 30 }, () => '1').join('^'))).toBe(1);
  });
});
