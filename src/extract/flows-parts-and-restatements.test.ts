import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const read = (text: string) =>
  claimsIn(text).map((c) => `${c.text}: ${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`);

describe('a part of the people just counted', () => {
  it('is of their kind and sides', () => {
    expect(
      read(
        'Some 12,000 citizens of the DPRK entered Russia in 2024, more than 7,000 of them on study visas.',
      ),
    ).toEqual([
      'Some 12,000 citizens: personnel PRK>RUS',
      'more than 7,000 of them: personnel PRK>RUS',
    ]);
  });

  it('is casualties of their country when its own words say so', () => {
    expect(
      read('Pyongyang sent 12,000 troops to Russia, about 1,000 of whom have been killed.').at(-1),
    ).toBe('about 1,000 of whom: casualties PRK>-');
  });
});

describe('a figure that restates the one before after ", or"', () => {
  it('is a count with the sides of the share it restates', () => {
    expect(
      read(
        'North Korea provides about a third of the shells Russia fires, or some 2mn rounds a year.',
      ).at(-1),
    ).toBe('some 2mn rounds a year: munitions PRK>RUS');
  });

  it('is a share of the sum before it, not of the economy', () => {
    expect(
      read(
        'Moscow has paid Pyongyang about $10 billion, or roughly 40 percent of the North’s yearly output.',
      ).at(-1),
    ).toBe('roughly 40 percent: money RUS>PRK');
  });
});

describe('words of people sent and of what they replace', () => {
  it('reads a military word before a compound noun of people as sent, not as a standing force', () => {
    expect(read('Pyongyang pledged 2,000 military engineering troops for the region.')).toEqual([
      '2,000 military engineering troops: personnel PRK>RUS',
    ]);
  });

  it('does not read people sent to replace losses as the losses', () => {
    expect(
      read('About 2,000 reinforcements from North Korea arrived in March to replace losses.')[0],
    ).toBe('About 2,000 reinforcements: personnel PRK>RUS');
  });

  it('reads a share of soldiers’ pay as money', () => {
    expect(claimsIn('The soldiers keep less than a fifth of their pay.')[0]?.category).toBe(
      'money',
    );
  });
});
