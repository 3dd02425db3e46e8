import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const flows = (text: string) => claimsIn(text).map((c) => [c.category, c.from, c.to]);

describe('kinds of figure the exchange moves one way only', () => {
  it('keeps people on the usual flow where a place reads them the other way', () => {
    expect(
      flows(
        'The general said some 500 officers were sent back to Pyongyang, and that at least 2,000 gunners had been trained in Russia.',
      ),
    ).toEqual([
      ['personnel', 'RUS', 'PRK'],
      ['personnel', 'PRK', 'RUS'],
    ]);
  });

  it('keeps pay on the usual flow where a place reads it the other way', () => {
    expect(
      flows(
        'A North Korean welder in Russia earns between $600 and $900 a month, most of it handed to the state.',
      ),
    ).toEqual([['money', 'RUS', 'PRK']]);
  });

  it('leaves weapons, which cross both ways, as the sentence sends them', () => {
    expect(flows('Russia supplied North Korea with at least two air defence systems.')).toEqual([
      ['weapons', 'RUS', 'PRK'],
    ]);
  });
});
