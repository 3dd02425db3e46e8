import { describe, expect, it } from 'vitest';
import { parseAssignment, parseFieldEdits } from './claim-edits.ts';

describe('parseFieldEdits', () => {
  it('reads figures with thousands separators, countries in any case and qualifiers as typed', () => {
    const parsed = parseFieldEdits([
      ['value', '12,000'],
      ['qualifier', 'approx'],
      ['from', 'prk'],
      ['to', 'null'],
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: { value: 12000, qualifier: 'approx', from: 'PRK', to: null },
    });
  });

  it('reads periods as START..END with an optional rate, and "null" as no period', () => {
    expect(parseFieldEdits([['period', '2024-01..2024-09']])).toEqual({
      ok: true,
      value: { period: { start: '2024-01', end: '2024-09', per: null } },
    });
    expect(parseFieldEdits([['period', '..2024-12/year']])).toEqual({
      ok: true,
      value: { period: { start: null, end: '2024-12', per: 'year' } },
    });
    expect(parseFieldEdits([['period', '/month']])).toEqual({
      ok: true,
      value: { period: { start: null, end: null, per: 'month' } },
    });
    expect(parseFieldEdits([['period', 'none']])).toEqual({ ok: true, value: { period: null } });
  });

  it('reads an attribution as "Name (Affiliation)", a bare name, or JSON', () => {
    expect(parseFieldEdits([['attribution', 'Ana Lee (Defence Ministry)']])).toEqual({
      ok: true,
      value: { attribution: { name: 'Ana Lee', affiliation: 'Defence Ministry' } },
    });
    expect(parseFieldEdits([['attribution', 'the ministry']])).toEqual({
      ok: true,
      value: { attribution: { name: 'the ministry', affiliation: null } },
    });
    expect(parseFieldEdits([['attribution', '{"name":null,"affiliation":"Reuters"}']])).toEqual({
      ok: true,
      value: { attribution: { name: null, affiliation: 'Reuters' } },
    });
  });

  it('names a field that cannot be edited, and lists the ones that can', () => {
    const parsed = parseFieldEdits([['span', '1..2']]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues[0]?.message).toMatch(
        /^"span" is not an editable field \(editable: value, /u,
      );
  });

  it('refuses a figure that is not a number and a period without "..", saying what it expects', () => {
    const parsed = parseFieldEdits([
      ['value', 'twelve'],
      ['period', '2024'],
    ]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path)).toEqual(['/value', '/period']);
      expect(parsed.issues[0]?.message).toContain('"twelve" is not a value: expected a number');
    }
  });

  it('refuses an empty list of edits', () => {
    expect(parseFieldEdits([]).ok).toBe(false);
  });
});

describe('parseAssignment', () => {
  it('splits at the first "=" so values may contain one', () => {
    expect(parseAssignment('attribution=A=B')).toEqual({
      ok: true,
      value: { attribution: { name: 'A=B', affiliation: null } },
    });
  });

  it('refuses a line with no field name', () => {
    const parsed = parseAssignment('=12');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues[0]?.message).toBe('"=12" is not field=value (e.g. value=12000)');
  });
});
