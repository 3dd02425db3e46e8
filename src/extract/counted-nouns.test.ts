import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

describe('counted nouns of people travelling', () => {
  it('counts passengers as people: "the trains have carried about 900 passengers"', () => {
    const claim = claimIn('Since the spring the new trains have carried about 900 passengers.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([900, 'person', 'approx']);
  });
});

describe('calibres inside a counted noun', () => {
  it('counts the shells past two calibres joined by "and": "4 million 122mm and 152mm shells"', () => {
    const claim = claimIn('The wagons may carry as many as 4 million 122mm and 152mm shells.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([4_000_000, 'shell', 'up_to']);
    expect(claimIn('They could hold 2 million 122-mm and 152-mm rounds.').value).toBe(2_000_000);
  });

  it('reads a calibre set apart from its number: "more than 6 million 152 mm shells"', () => {
    const claim = claimIn('The depots held more than 6 million 152 mm artillery shells.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([6_000_000, 'shell', 'more_than']);
  });

  it('does not count a calibre with no figure before it: "most were 152 mm rounds"', () => {
    expect(claimsIn('Most of the ammunition was 122 mm and 152 mm rounds.')).toEqual([]);
  });

  it('reaches the noun past a model name, a calibre and a compound: "80 M1989 Koksan 170mm self-propelled guns"', () => {
    const claim = claimIn('Moscow received about 80 M1989 Koksan 170mm self-propelled guns.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([80, 'item', 'approx']);
  });
});

describe('a figure followed by "of whom" or "of which"', () => {
  it('counts the noun before: "9,000 soldiers, about 2,000 of whom were wounded"', () => {
    const [, part] = claimsIn('The North sent 9,000 soldiers, about 2,000 of whom were wounded.');
    expect([part?.value, part?.unit, part?.qualifier]).toEqual([2000, 'person', 'approx']);
  });

  it('counts things as well as people: "20,000 containers, 7,000 of which held shells"', () => {
    const [, part] = claimsIn('The yard shipped 20,000 containers, 7,000 of which held shells.');
    expect([part?.value, part?.unit]).toEqual([7000, 'container']);
  });
});

describe('vague plurals standing alone', () => {
  it('reads "tens of thousands" with no "of" as a vague count of the noun named before', () => {
    const claim = claimIn(
      'Seoul watches its laborers in China, where tens of thousands are employed.',
    );
    expect([claim.low, claim.value, claim.unit, claim.qualifier]).toEqual([
      20_000,
      null,
      'person',
      'vague',
    ]);
  });

  it('still reads "thousands of" with its noun', () => {
    const claim = claimIn('Thousands of workers left for Russia.');
    expect([claim.low, claim.unit, claim.text]).toEqual([2000, 'person', 'Thousands of workers']);
  });
});

describe('counted nouns of people crossing a border', () => {
  it('counts border entries as people: "9,400 entries by North Koreans"', () => {
    const claim = claimIn('The border guards logged 9,400 entries by North Koreans last year.');
    expect([claim.value, claim.unit, claim.category]).toEqual([9400, 'person', 'personnel']);
  });
});

describe('a model name joined to the kind it belongs to', () => {
  it('counts the kind after "and other": "12 Buk and other mobile air defence systems"', () => {
    const claim = claimIn(
      'Moscow has handed over at least 12 Buk and other mobile air defence systems.',
    );
    expect([claim.value, claim.unit, claim.category]).toEqual([12, 'item', 'weapons']);
  });
});

describe('more nouns of people', () => {
  it('counts guests and veterans as people', () => {
    expect(claimIn('The hotel can take nearly 5,000 guests.').unit).toBe('person');
    expect(claimIn('Some 1,500 veterans of the campaign now train recruits.').unit).toBe('person');
  });
});
