import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const sides = (text: string) => claimsIn(text).map((c) => `${c.category} ${c.from}>${c.to}`);

describe('missiles and drones stopped in flight', () => {
  it('are the fire counted before them, when "of them" refers back to it', () => {
    expect(
      sides('Russia fired 40 North Korean missiles at Ukraine. Air defences downed 10 of them.'),
    ).toEqual(['missiles RUS>UKR', 'missiles RUS>UKR']);
  });

  it('keep the fire of the sentence when "of which" counts the ones shot down', () => {
    expect(
      sides('Kyiv said Russia launched 90 drones overnight, of which 70 drones were shot down.'),
    ).toEqual(['weapons RUS>UKR', 'weapons RUS>UKR']);
  });

  it("are fired by the maker's customer when the maker is named", () => {
    const c = claimIn('The Ukrainian air force downed 6 North Korean-made missiles on Tuesday.');
    expect([c.from, c.to]).toEqual(['RUS', 'UKR']);
  });

  it('are fired by the country of their own name, at its adversary', () => {
    const c = claimIn('Russian air defences destroyed 17 Ukrainian drones over Bryansk.');
    expect([c.category, c.from, c.to]).toEqual(['weapons', 'UKR', 'RUS']);
  });

  it('are fired at the side that stopped them, with no maker named', () => {
    const c = claimIn('Ukrainian air defences intercepted 30 drones over the Kyiv region.');
    expect([c.from, c.to]).toEqual(['RUS', 'UKR']);
  });

  it('leave guns destroyed on the ground a loss of their holder', () => {
    const c = claimIn('Ukraine destroyed 12 North Korean howitzers in Kursk.');
    expect([c.from, c.to]).toEqual(['RUS', null]);
  });

  it('leave drones delivered a transfer', () => {
    const c = claimIn('North Korea delivered 100 drones to Russia in May.');
    expect([c.from, c.to]).toEqual(['PRK', 'RUS']);
  });
});

describe('a share in a clause of its own after a share of fire', () => {
  it('is of the supply the share before it was of', () => {
    expect(
      sides(
        'North Korean shells made up about 45% of Russian fire at the peak; today the share is nearer 20%.',
      ),
    ).toEqual(['munitions PRK>RUS', 'munitions PRK>RUS']);
  });
});

describe('weapons a country lost', () => {
  it('are a loss of the country named before the word of loss', () => {
    const c = claimIn('Ukraine has lost more than 280 tanks in Kursk, Moscow says.');
    expect([c.category, c.from, c.to]).toEqual(['weapons', 'UKR', null]);
  });

  it('are not fire, though drones are things that fly', () => {
    const c = claimIn('Russia lost 12 drones overnight.');
    expect([c.from, c.to]).toEqual(['RUS', null]);
  });
});
