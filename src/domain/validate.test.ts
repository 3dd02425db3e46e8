import { describe, expect, it } from 'vitest';
import { ExtractedClaim } from './claim-fields.ts';
import { createParser } from './validate.ts';

const parseClaim = createParser(ExtractedClaim);
const troops = {
  span: [0, 13],
  text: '11,000 troops',
  value: 11000,
  low: null,
  high: null,
  qualifier: 'approx',
  unit: 'person',
  category: 'personnel',
  from: 'PRK',
  to: 'RUS',
  period: null,
  attribution: null,
};

describe('createParser', () => {
  it('accepts a claim in the claims/1 shape', () => {
    expect(parseClaim(troops)).toEqual({ ok: true, value: troops });
  });

  it('names the field when a country is not an ISO alpha-3 code', () => {
    const result = parseClaim({ ...troops, from: 'North Korea' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain('/from');
  });

  it('refuses fields the format does not define', () => {
    expect(parseClaim({ ...troops, status: 'accepted' }).ok).toBe(false);
  });
});
