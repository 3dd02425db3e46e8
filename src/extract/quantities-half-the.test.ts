import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

describe('"half the" before a counted noun', () => {
  it('takes the category of the noun, as "half of the" does', () => {
    const c = claimIn('Pyongyang supplies up to half the shells Moscow fires in Ukraine.');
    expect([c.unit, c.category, c.from, c.to]).toEqual(['percent', 'munitions', 'PRK', 'RUS']);
  });

  it('leaves a share with no noun after "the" of no kind', () => {
    const c = claimIn('Up to half the time the trains run empty, officials said.');
    expect(c.category).toBe('other');
  });
});
