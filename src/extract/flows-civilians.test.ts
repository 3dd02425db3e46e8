import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const sides = (text: string) => claimsIn(text).map((c) => `${c.category} ${c.from}>${c.to}`);

describe('civilians killed by a strike', () => {
  it('are of the country of the place the strike hit, named after them', () => {
    expect(
      sides('Two people were killed and 14 injured when a missile struck a block in Kharkiv.'),
    ).toEqual(['casualties UKR>null', 'casualties UKR>null']);
  });

  it('are not of the country whose missile hit them', () => {
    const c = claimIn(
      'Five civilians died when a North Korean missile hit a block of flats in Kyiv.',
    );
    expect([c.from, c.to]).toEqual(['UKR', null]);
  });

  it('are not of the country that fired at them', () => {
    const c = claimIn('Three people were killed when Russia fired missiles at a market in Odesa.');
    expect([c.from, c.to]).toEqual(['UKR', null]);
  });

  it('are of the country a place is said to be in', () => {
    const c = claimIn('Ukrainian drones killed four people in Russia’s Belgorod region.');
    expect([c.from, c.to]).toEqual(['RUS', null]);
  });
});

describe('soldiers held, honoured after death or mourned', () => {
  it('are casualties of their own country when held as prisoners', () => {
    const c = claimIn('Ukraine holds two North Korean soldiers as prisoners of war.');
    expect([c.category, c.from, c.to]).toEqual(['casualties', 'PRK', null]);
  });

  it('are casualties when honoured posthumously', () => {
    const c = claimIn('Kim posthumously awarded the title of hero to 101 soldiers.');
    expect([c.category, c.from, c.to]).toEqual(['casualties', 'PRK', null]);
  });

  it('are casualties when their death notices are counted', () => {
    const c = claimIn(
      'Death notices for around 30 North Korean soldiers have reached their families.',
    );
    expect([c.category, c.from, c.to]).toEqual(['casualties', 'PRK', null]);
  });
});

describe('the dead of a count another country gives', () => {
  it('are not the country whose figure it is ("Ukraine\'s figure")', () => {
    const [, c] = claimsIn(
      "About 2,000 North Korean soldiers have died, Seoul says. Ukraine's figure is higher, at around 4,000 dead.",
    );
    expect([c?.category, c?.from, c?.to]).toEqual(['casualties', 'PRK', null]);
  });
});

describe('people sent to replace the dead', () => {
  it('are sent, though "the dead and wounded" follow the word of replacing', () => {
    const [, c] = claimsIn(
      'North Korea sent 11,000 troops to Russia, and roughly 3,000 more in January to replace the dead and wounded.',
    );
    expect([c?.category, c?.from, c?.to]).toEqual(['personnel', 'PRK', 'RUS']);
  });
});
