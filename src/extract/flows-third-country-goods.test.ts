import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe('fuel and food a third country sends', () => {
  it('go to the usual receiver when a verb of sending names no receiver', () => {
    expect(read('China supplies roughly 500,000 tonnes of crude oil a year.')).toBe('oil CHN>PRK');
  });

  it('go to the usual receiver in a sentence that names only that country', () => {
    expect(
      read('Beijing declared 8,700 tonnes of refined products for the first nine months.'),
    ).toBe('oil CHN>PRK');
  });

  it('go to the usual receiver when bought "from" that country by no one named', () => {
    expect(read('Rice imports from China rose to about 64,000 tonnes.')).toBe('food CHN>PRK');
  });

  it("stay a country's own exports when the verb is one of trade", () => {
    expect(read('China exported 60,000 tonnes of rice last year.')).toBe('food CHN>-');
  });

  it('leave the sender of the exchange to the usual flow', () => {
    expect(read('Russia delivered 100,000 tonnes of wheat in 2024.')).toBe('food RUS>PRK');
  });

  it("do not reach carriers: a third country is not a tanker's sender", () => {
    expect(
      claimsIn('Japan added 11 tankers to its list of banned ships.').map((c) => c.to),
    ).not.toContain('PRK');
  });
});

describe('goods worth a sum', () => {
  it('are trade between the sender and the receiver', () => {
    const c = claimIn('China shipped goods worth $168 million to North Korea in May.');
    expect([c.category, [c.from, c.to].sort().join('|')]).toEqual(['trade', 'CHN|PRK']);
  });

  it('keep the kind of the goods a sentence names', () => {
    expect(read('Russia shipped fuel worth $80 million to North Korea last year.')).toBe(
      'oil RUS>PRK',
    );
  });
});

describe('the trade of a second partner', () => {
  it('is with the side of the exchange the text has named, not the first partner', () => {
    const [, second] = claimsIn(
      'Trade between North Korea and China came to $2.2 billion. Russia was a distant second, with recorded trade of $25 million.',
    );
    expect([second?.from, second?.to].sort().join('|')).toBe('PRK|RUS');
  });

  it("is a country's whole trade when it is its trade volume", () => {
    expect(read("North Korea's trade volume came to $2.27 billion in 2024.")).toBe('trade PRK>-');
  });

  it('names the partner after a trade volume', () => {
    const c = claimIn("North Korea's trade volume with China came to $2.2 billion in 2024.");
    expect([c.from, c.to].sort().join('|')).toBe('CHN|PRK');
  });
});

describe('a share of shipments', () => {
  it('is of the trade of the country whose shipments go to another', () => {
    const c = claimIn("Hair products accounted for about 60% of North Korea's shipments to China.");
    expect([c.category, [c.from, c.to].sort().join('|')]).toEqual(['trade', 'CHN|PRK']);
  });

  it('is of the trade of the country whose purchases come from another', () => {
    const c = claimIn("Wigs made up more than half of China's purchases from North Korea.");
    expect([c.category, [c.from, c.to].sort().join('|')]).toEqual(['trade', 'CHN|PRK']);
  });

  it('is not trade when no country is sent to or bought from', () => {
    expect(claimIn('About 30% of the shipments were seized in port.').category).not.toBe('trade');
  });
});
