import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe('soldiers lost to their side without being killed', () => {
  it('counts soldiers who deserted as casualties of their own country', () => {
    expect(read('Kyiv knows of some 40 North Korean soldiers who deserted from the front.')).toBe(
      'casualties PRK>-',
    );
  });

  it('counts soldiers in custody as casualties of their own country', () => {
    expect(read('Three North Korean soldiers remain in Ukrainian custody.')).toBe(
      'casualties PRK>-',
    );
  });

  it('counts soldiers held in captivity as casualties', () => {
    expect(read('Five North Korean soldiers are in captivity in Ukraine.')).toBe(
      'casualties PRK>-',
    );
  });

  it('counts soldiers taken prisoner as casualties of their own country', () => {
    expect(read('Two North Korean soldiers were taken prisoner near the border.')).toBe(
      'casualties PRK>-',
    );
  });

  it('counts soldiers a side took prisoner as casualties of their own country', () => {
    expect(read('Ukrainian units took four North Korean soldiers prisoner last week.')).toBe(
      'casualties PRK>-',
    );
  });

  it('still reads soldiers sent as personnel', () => {
    expect(read('Pyongyang sent 3,000 more soldiers to Russia in January.')).toBe(
      'personnel PRK>RUS',
    );
  });
});
