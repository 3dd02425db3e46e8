import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const read = (text: string) =>
  claimsIn(text, '2025-06-10').map((c) => `${c.unit} ${c.category} ${c.from}>${c.to}`);

describe('won in North Korea’s own economy', () => {
  it('reads a market price as North Korean won, a measure of the North’s economy', () => {
    expect(read('A kilogram of maize sold for about 3,200 won in the markets of Hyesan.')).toEqual([
      'kpw other PRK>null',
    ]);
  });

  it('reads both sums of a fuel price that moved the same way', () => {
    expect(
      read(
        'In the markets, a kilogram of diesel now costs 18,000 won, up from 12,000 won in spring.',
      ),
    ).toEqual(['kpw other PRK>null', 'kpw other PRK>null']);
  });

  it('reads a payment to families in a North Korean town as money that stays in the North', () => {
    expect(
      read(
        'Families in Wonsan whose sons died in Kursk were each given 1 million won, a source said.',
      ),
    ).toEqual(['kpw money PRK>null']);
  });

  it('reads the code "KPW" before a figure as North Korean won', () => {
    expect(read('Rice fetched KPW 6,800 in Sinuiju in May.')).toEqual(['kpw other PRK>null']);
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

describe('prices in won by the kilogram', () => {
  it('reads "won a kilogram" as a market price in the North, not the goods priced', () => {
    expect(read('Maize was going for 3,300 won a kilogram in Hyesan, a trader said.')).toEqual([
      'kpw other PRK>null',
    ]);
  });

  it('reads "won per kg" after a fuel as a price, not the fuel', () => {
    expect(read('Petrol reached 19,000 won per kg in the capital last month.')).toEqual([
      'kpw other PRK>null',
    ]);
  });

  it('still reads no claim in a dollar price of a barrel or a tonne', () => {
    expect(read('Urals crude fetched about $60 a barrel, and wheat about $240 per tonne.')).toEqual(
      [],
    );
  });
});

describe('won after a price in the North’s won', () => {
  it('reads a sum in won in the next sentence as North Korean won too', () => {
    expect(
      read(
        'A kilogram of maize sold for 3,000 won in Hyesan in May.\nDiesel slipped to 12,500 won over the same weeks.',
      ),
    ).toEqual(['kpw other PRK>null', 'kpw other PRK>null']);
  });

  it('keeps a sum in a sentence that names South Korea in South Korea’s won', () => {
    expect(
      read(
        'Rice sold for 7,000 won a kilogram in Hyesan. A South Korean court fined a ship’s captain 20 million won.',
      ).map((r) => r.split(' ')[0]),
    ).toEqual(['kpw', 'krw']);
  });

  it('keeps a sum in won with no North Korean price before it in South Korea’s won', () => {
    expect(
      read('A court fined the ship’s captain 20 million won.').map((r) => r.split(' ')[0]),
    ).toEqual(['krw']);
  });
});
