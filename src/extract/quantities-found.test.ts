import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const read = (text: string) =>
  claimsIn(text).map((c) => `${c.text}: ${c.value ?? c.low} ${c.unit} ${c.category}`);

describe('bare figures of casualties', () => {
  it('reads a small spelled-out count with a bound as captives', () => {
    expect(read('Kyiv says at least three have been taken prisoner since March.')).toEqual([
      'at least three: 3 person casualties',
    ]);
  });

  it('still passes over a small spelled-out count with no bound', () => {
    expect(read('Three have been taken prisoner since March.')).toEqual([]);
  });

  it('reads the sum of killed and wounded combined', () => {
    expect(read('Its tally of killed and wounded combined is about 5,000.')).toEqual([
      'about 5,000: 5000 person casualties',
    ]);
  });

  it('reads casualties counted in the war before their verb', () => {
    expect(read('Casualties in the war have exceeded 4,000, the agency said.')).toEqual([
      'exceeded 4,000: 4000 person casualties',
    ]);
  });
});

describe('more counted nouns', () => {
  it('counts artillerymen as people', () => {
    expect(read('Some 2,000 artillerymen are serving near the border.')[0]).toBe(
      'Some 2,000 artillerymen: 2000 person personnel',
    );
  });

  it('counts a single weapon system with a bound', () => {
    expect(read('Moscow has given Pyongyang at least one Buk air-defence system.')).toEqual([
      'at least one Buk air-defence system: 1 item weapons',
    ]);
  });

  it('reads two modifiers joined by "and" as one noun', () => {
    expect(read('Overnight Russia launched 80 attack and decoy drones.')).toEqual([
      '80 attack and decoy drones: 80 drone weapons',
    ]);
  });
});

describe('a part of a group its own sentence names', () => {
  it('counts the noun named before "of whom", not a figure of the sentence before', () => {
    expect(
      read(
        'Sales rose to $40 million. Korean builders in Russia, some 3,000 of whom came this year, send money home.',
      ).at(-1),
    ).toBe('some 3,000 of whom: 3000 person personnel');
  });
});
