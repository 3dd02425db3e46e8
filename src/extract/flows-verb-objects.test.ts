import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe('the sides a verb names by its subject and object', () => {
  it('sends goods of no kind of the exchange to the country right after the verb', () => {
    expect(read('Last spring Moscow supplied the North with 30,000 tonnes of potash.')).toBe(
      'other RUS>PRK',
    );
  });

  it('reads an attack with drones as fire at the country attacked', () => {
    expect(read('Russia attacked Ukraine overnight with 95 drones.')).toBe('weapons RUS>UKR');
  });

  it('does not read trips that tankers made as something received', () => {
    expect(
      read('Russian-flagged tankers made 30 trips from Vostochny to North Korea in May.'),
    ).toBe('oil RUS>PRK');
  });
});

describe('people placed in a country or visiting it', () => {
  it('reads people a verb of visiting follows as visitors from their country', () => {
    expect(read('Last year some 900 Russians visited North Korea.')).toBe('other RUS>PRK');
  });

  it('places people of one country staying in another there', () => {
    expect(read('About 20,000 North Korean workers still live in China.')).toBe(
      'personnel PRK>CHN',
    );
  });
});

describe('a standing force and a place after it', () => {
  it('stays a force where the place is in a relative clause about something else', () => {
    expect(
      read(
        'North Korea keeps some 1.1 million active troops, and old shells that are now in Russian hands.',
      ),
    ).toBe('force_size PRK>-');
  });
});
