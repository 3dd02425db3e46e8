import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const sides = (text: string) => claimsIn(text).map((c) => `${c.category} ${c.from}>${c.to}`);
const side = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from}>${c.to}`;
};

describe('fire a position took', () => {
  it('reads "incoming" rounds as fired by Russia at Ukraine when no side is named', () => {
    expect(side('Our company faced about 250 incoming rounds a day in March.')).toBe(
      'munitions RUS>UKR',
    );
  });

  it('reads shells a position "came under" as fire at it', () => {
    expect(side('The brigade came under 180-220 shells a day near Toretsk.')).toBe(
      'munitions RUS>UKR',
    );
  });

  it('reads the shells of a side named in the phrase as that side’s fire', () => {
    expect(side('Russian trenches came under about 350 Ukrainian shells a day.')).toBe(
      'munitions UKR>RUS',
    );
  });

  it('leaves shells delivered as supply, with no word of fire taken', () => {
    expect(side('North Korea delivered about 250,000 shells to Russia in March.')).toBe(
      'munitions PRK>RUS',
    );
  });

  it('does not read "under" before a plain bound as fire taken', () => {
    expect(side('North Korea sent under 100,000 shells to Russia in May.')).toBe(
      'munitions PRK>RUS',
    );
  });
});

describe('a change of fire', () => {
  it('reads a change of "artillery fire" as munitions its country fires at its adversary', () => {
    expect(side('Russian artillery fire fell by about a quarter over the summer.')).toBe(
      'munitions RUS>UKR',
    );
  });

  it("reads Ukraine's shelling that rose as Ukraine's fire at Russia", () => {
    expect(side('Ukrainian shelling rose by a fifth after the new deliveries.')).toBe(
      'munitions UKR>RUS',
    );
  });

  it('reads the headline form, with no verb, as a change of fire', () => {
    expect(side('Russian artillery fire down by a third as supplies run short')).toBe(
      'munitions RUS>UKR',
    );
  });

  it('does not read a change past another figure as a change of fire', () => {
    const [, change] = claimsIn('Russian shelling hit 40 towns as fuel prices rose by 10%.');
    expect(change?.category).toBe('oil');
  });

  it('does not read a share of fire as a change of it', () => {
    expect(side('North Korea supplies about half of Russia’s artillery fire.')).toBe(
      'munitions PRK>RUS',
    );
  });
});

describe('rounds that fail', () => {
  it('reads "one in five" of a maker’s rounds that fail to explode as supplied to its customer', () => {
    expect(side('One in five North Korean shells fails to explode, gunners say.')).toBe(
      'munitions PRK>RUS',
    );
  });

  it('reads rounds that "fail to go off" as duds', () => {
    expect(side('About one North Korean round in four would fail to go off.')).toBe(
      'munitions PRK>RUS',
    );
  });

  it('keeps a share of rounds taken in captured stocks as a stock', () => {
    expect(
      side('Gunners who captured the depots say one in five North Korean shells fails to explode.'),
    ).toBe('munitions PRK>null');
  });

  it('does not read people who "failed to go" home as duds', () => {
    expect(side('One in ten of the North Korean troops failed to go home.')).toBe(
      'personnel PRK>null',
    );
  });
});

describe('a country’s own return', () => {
  it('reads fuel China reported selling to the North as China’s', () => {
    expect(side('China reported selling 4,300 tonnes of diesel to North Korea in 2024.')).toBe(
      'oil CHN>PRK',
    );
  });

  it('reads the total in Beijing’s filings as China’s', () => {
    expect(side('Beijing’s filings put the total at about 31,000 barrels.')).toBe('oil CHN>PRK');
  });

  it('keeps Russia’s own return Russia’s', () => {
    expect(side('Russia reported delivering 55,000 barrels to the committee last year.')).toBe(
      'oil RUS>PRK',
    );
  });

  it('does not take a country that only tells of another’s deliveries for the sender', () => {
    expect(
      side('South Korean officials reported that Russia shipped 900,000 barrels to the North.'),
    ).toBe('oil RUS>PRK');
  });
});

describe('whose the dead are', () => {
  it('reads the dead after troops that went home as the North’s', () => {
    expect(
      sides(
        'About 8,000 of the troops had returned home by May. It put the number killed at 1,900.',
      ),
    ).toEqual(['personnel RUS>PRK', 'casualties PRK>null']);
  });

  it('reads "its" that opens a clause after "the South" as the sentence’s subject', () => {
    expect(
      side(
        'North Korea stockpiled shells for decades for a war with the South, and its depots hold tens of millions of rounds.',
      ),
    ).toBe('munitions PRK>null');
  });
});
