import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe('the names reporting gives the countries of the exchange', () => {
  it('reads "N Korea" without its full stop as North Korea', () => {
    expect(read('N Korea has lost roughly 2,000 men near the front.')).toBe('casualties PRK>-');
  });

  it('reads the capitalised short form "NK" as North Korea', () => {
    expect(read('Some 900 NK soldiers were wounded last month.')).toBe('casualties PRK>-');
  });

  it('reads "the Hermit Kingdom" as North Korea', () => {
    expect(read('The Hermit Kingdom has lost close to 3,500 troops so far.')).toBe(
      'casualties PRK>-',
    );
  });

  it('reads "the reclusive state" as North Korea', () => {
    expect(read('Trade between Beijing and the reclusive state grew 15% in 2024.')).toBe(
      'trade CHN>PRK',
    );
  });

  it('reads "S. Korea" as South Korea', () => {
    expect(read('S. Korea has shipped 700 howitzer rounds to Kyiv.')).toBe('munitions KOR>UKR');
  });

  it('does not read a possessive before "Korea" as South Korea', () => {
    expect(read("Japan's Korea envoy says 400 tonnes of rice went to the North.")).toBe(
      'food RUS>PRK',
    );
  });

  it('reads "the Islamic Republic" as Iran', () => {
    expect(read('The Islamic Republic has handed Russia some 600 attack drones.')).toBe(
      'weapons IRN>RUS',
    );
  });
});

describe("a part of a named country's people", () => {
  it('gives the losses among "the North\'s" soldiers to North Korea', () => {
    expect(read("Perhaps 1,800 of the North's soldiers were killed or hurt.")).toBe(
      'casualties PRK>-',
    );
  });

  it('gives the losses among "the Kremlin\'s" soldiers to Russia', () => {
    expect(read("Around 900 of the Kremlin's conscripts died in the assault.")).toBe(
      'casualties RUS>-',
    );
  });

  it('still reads a part of an unnamed whole after "the"', () => {
    expect(claimIn('About 700 of the 11,000 troops were wounded.').value).toBe(700);
  });
});
