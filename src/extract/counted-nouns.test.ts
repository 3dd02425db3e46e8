import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

describe('counted nouns of people travelling', () => {
  it('counts passengers as people: "the trains have carried about 900 passengers"', () => {
    const claim = claimIn('Since the spring the new trains have carried about 900 passengers.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([900, 'person', 'approx']);
  });
});
