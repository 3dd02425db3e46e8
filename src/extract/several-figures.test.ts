import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const sides = (text: string) => claimsIn(text).map((c) => [c.text, c.category, c.from, c.to]);
const rates = (text: string) => claimsIn(text).map((c) => [c.text, c.period?.per ?? null]);

describe('what is given back in a swap', () => {
  it('crosses the other way to what the clause sends', () => {
    expect(sides('Pyongyang sent 8,000 soldiers in return for 2 million barrels of fuel.')).toEqual(
      [
        ['8,000 soldiers', 'personnel', 'PRK', 'RUS'],
        ['2 million barrels', 'oil', 'RUS', 'PRK'],
      ],
    );
  });

  it('crosses the other way when the swap opens the sentence', () => {
    expect(
      sides('In exchange for 40 missiles, the North received 90,000 tonnes of rice.')[0],
    ).toEqual(['40 missiles', 'missiles', 'PRK', 'RUS']);
  });

  it('crosses the other way after a plain "for" of payment', () => {
    expect(sides('The North received $700 million for 4 million rounds.')[1]).toEqual([
      '4 million rounds',
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('keeps a reading already on the usual flow', () => {
    expect(sides('Moscow handed over $300 million in payment for 9,000 troops.')[1]).toEqual([
      '9,000 troops',
      'personnel',
      'PRK',
      'RUS',
    ]);
  });
});

describe('a bare figure that borrows the noun before it', () => {
  it('shares the casualty verb that governs that noun', () => {
    expect(sides('The North lost 700 men in March and 900 in April.')).toEqual([
      ['700 men', 'casualties', 'PRK', null],
      ['900', 'casualties', 'PRK', null],
    ]);
  });

  it('is no rate when a verb of the perfect makes it a total to date', () => {
    expect(
      rates('Moscow fires 9,000 shells a day, and Pyongyang has so far provided 5 million.'),
    ).toEqual([
      ['9,000 shells a day', 'day'],
      ['5 million', null],
    ]);
  });

  it('keeps the rate of an estimate that restates it', () => {
    expect(
      rates('The plants make 2 million shells a year, a figure Seoul has put at 1.5 million.'),
    ).toEqual([
      ['2 million shells a year', 'year'],
      ['1.5 million', 'year'],
    ]);
  });

  it('counts the same noun when a word of totals follows it', () => {
    expect(
      rates('Pyongyang ships 400,000 shells a month and has shipped 7 million in total.'),
    ).toEqual([
      ['400,000 shells a month', 'month'],
      ['7 million', null],
    ]);
  });

  it('counts the same noun when a stretch of time follows it past "the"', () => {
    expect(
      claimsIn(
        'Moscow sent 600,000 barrels of fuel in 2023 and 250,000 in the first half of 2024.',
      ).map((c) => [c.text, c.unit, c.period?.start, c.period?.end]),
    ).toEqual([
      ['600,000 barrels', 'barrel', '2023', '2023'],
      ['250,000', 'barrel', '2024-01', '2024-06'],
    ]);
  });
});

describe('two credits in one sentence', () => {
  it('give each figure the credit set off right after it', () => {
    expect(
      claimsIn(
        'Pyongyang has sent 9,000 soldiers, Tokyo says, and 60 missiles, according to Warsaw.',
      ).map((c) => [c.text, c.attribution?.name]),
    ).toEqual([
      ['9,000 soldiers', 'Tokyo'],
      ['60 missiles', 'Warsaw'],
    ]);
  });

  it('give a figure the credit closing the sentence over one set off after the figure before', () => {
    expect(
      claimsIn(
        'Some 400 North Korean soldiers have died, Tokyo says, and 1,900 have been hurt, Warsaw says.',
      ).map((c) => [c.text, c.attribution?.name]),
    ).toEqual([
      ['Some 400 North Korean soldiers', 'Tokyo'],
      ['1,900', 'Warsaw'],
    ]);
  });

  it('leave a speaker at the end framing a credit that opens the sentence', () => {
    expect(
      claimsIn('The NIS estimated that 9,000 troops went, of whom 500 died, Kim said.').map(
        (c) => c.attribution?.name,
      ),
    ).toEqual(['National Intelligence Service (NIS)', 'National Intelligence Service (NIS)']);
  });
});
