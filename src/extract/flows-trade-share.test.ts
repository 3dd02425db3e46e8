import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const kinds = (text: string) => claimsIn(text).map((c) => c.category);

describe('a share or change in a sentence about freight', () => {
  it('reads a change of cargo as trade', () => {
    expect(kinds('Rail cargo across the bridge rose 40% last year.')).toEqual(['trade']);
  });

  it('reads a share of wagons that carried traded goods as trade', () => {
    expect(kinds('About half of the wagons carried coal and timber.')).toEqual(['trade']);
  });

  it('leaves a change of the price of goods to those goods', () => {
    expect(kinds('Russia has shipped food to North Korea, and prices fell 20% since May.')).toEqual(
      ['food'],
    );
  });
});
