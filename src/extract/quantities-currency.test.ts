import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const read = (text: string) =>
  claimsIn(text, '2025-06-10').map((c) => `${c.unit} ${c.category} ${c.from}>${c.to}`);

describe('won in North Korea’s own economy', () => {
  it('reads a market price as North Korean won, of the goods priced, inside the North', () => {
    expect(read('A kilogram of maize sold for about 3,200 won in the markets of Hyesan.')).toEqual([
      'kpw food PRK>null',
    ]);
  });

  it('reads both sums of a fuel price that moved the same way', () => {
    expect(
      read(
        'In the markets, a kilogram of diesel now costs 18,000 won, up from 12,000 won in spring.',
      ),
    ).toEqual(['kpw oil PRK>null', 'kpw oil PRK>null']);
  });

  it('reads a payment to families in a North Korean town as money that stays in the North', () => {
    expect(
      read(
        'Families in Wonsan whose sons died in Kursk were each given 1 million won, a source said.',
      ),
    ).toEqual(['kpw money PRK>null']);
  });

  it('reads the code "KPW" before a figure as North Korean won', () => {
    expect(read('Rice fetched KPW 6,800 in Sinuiju in May.')).toEqual(['kpw food PRK>null']);
  });

  it('keeps a South Korean estimate of the North’s earnings in trillions as South Korean won', () => {
    expect(
      read(
        'The think tank put the North’s earnings from the markets it supplies at 25 trillion won.',
      ),
    ).toEqual([expect.stringMatching(/^krw /)]);
  });

  it('keeps won with no market or North Korean town in the sentence as South Korean won', () => {
    expect(
      read('A court in Busan fined the ship’s captain 20 million won.').map((r) => r.slice(0, 3)),
    ).toEqual(['krw']);
  });

  it('does not take the capital’s name alone for the North’s economy, since it also names the state', () => {
    expect(
      read('Pyongyang is said to pay each family 5 million won.').map((r) => r.slice(0, 3)),
    ).toEqual(['krw']);
  });
});
