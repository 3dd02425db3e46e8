import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const read = (text: string) =>
  claimsIn(text, '2025-06-10').map(
    (c) => `${c.text}: ${c.value} ${c.unit} ${c.period?.per ?? '-'}`,
  );

describe('a bare rate opening its sentence', () => {
  it('counts the noun of the figure in the sentence before', () => {
    expect(
      read('The North has shipped some 30,000 containers since 2023. That is about 1,300 a month.'),
    ).toEqual([
      'some 30,000 containers: 30000 container -',
      'about 1,300 a month: 1300 container month',
    ]);
  });

  it('counts the noun of the rate before rather than a later count of another kind', () => {
    expect(
      read(
        'Loadings averaged 1,800 containers a month in 2023, when three ships ran. They fell to about 900 a month in 2024.',
      ).at(-1),
    ).toBe('about 900 a month: 900 container month');
  });

  it('lends no noun across a paragraph break', () => {
    expect(
      read('The North has shipped some 30,000 containers.\nThat is about 1,300 a month.'),
    ).toEqual(['some 30,000 containers: 30000 container -']);
  });

  it('lends no noun from a sum of money', () => {
    expect(
      read('Moscow paid about $600 million last year. That is about 50 a month.'),
    ).toHaveLength(1);
  });
});
