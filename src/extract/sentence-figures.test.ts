import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

describe('the figures of one sentence', () => {
  it('gives each figure its own period, kind and source when they share a sentence', () => {
    const [first, second, third] = claimsIn(
      'Pyongyang shipped 2 million shells to Moscow in 2023 and sent about 3,000 more troops in 2025, ' +
        'while the Kremlin paid $500 million in 2024, the ministry said.',
      '2025-06-01',
    );
    expect(first).toMatchObject({
      value: 2_000_000,
      category: 'munitions',
      from: 'PRK',
      to: 'RUS',
    });
    expect(first?.period).toMatchObject({ start: '2023', end: '2023' });
    expect(second).toMatchObject({ value: 3000, category: 'personnel', from: 'PRK', to: 'RUS' });
    expect(second?.period).toMatchObject({ start: '2025', end: '2025' });
    expect(third).toMatchObject({ value: 500_000_000, unit: 'usd', category: 'money' });
    expect(third?.period).toMatchObject({ start: '2024', end: '2024' });
    for (const c of [first, second, third]) expect(c?.attribution?.name).toMatch(/ministry/i);
  });

  it('drops a count that is part of a source and keeps the figures around it in order', () => {
    const claims = claimsIn(
      'North Korea sent 1,500 troops to Russia, two officials familiar with the matter said, and 600 more in May.',
      '2025-06-01',
    );
    expect(claims.map((c) => c.value)).toEqual([1500, 600]);
  });
});
