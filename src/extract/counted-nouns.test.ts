import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

describe('counted nouns of people travelling', () => {
  it('counts passengers as people: "the trains have carried about 900 passengers"', () => {
    const claim = claimIn('Since the spring the new trains have carried about 900 passengers.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([900, 'person', 'approx']);
  });

  it('counts visitors as people: "the resort drew some 12,000 visitors"', () => {
    const claim = claimIn('In its first season the beach resort drew some 12,000 visitors.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([12000, 'person', 'approx']);
  });
});

describe('counted nouns of the dead', () => {
  it('counts martyrs as people: "hundreds of martyrs"', () => {
    expect(claimIn('The party newspaper praised hundreds of martyrs of the campaign.').unit).toBe(
      'person',
    );
  });
});

describe('calls and visits made by tankers', () => {
  it('counts "tanker calls" and "tanker visits" as events, as "tanker voyages" are', () => {
    expect(claimIn('Analysts logged at least 30 tanker calls at the terminal in May.').unit).toBe(
      'item',
    );
    expect(claimIn('Imagery showed 25 tanker visits to the port this spring.').unit).toBe('item');
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

describe('weapon systems written as an abbreviation', () => {
  it('counts "MLRS" as launchers, bare or after a calibre: "150 MLRS", "40 240mm MLRS"', () => {
    const claim = claimIn('The North has handed the Kremlin 150 MLRS since the summer.');
    expect([claim.value, claim.unit, claim.category]).toEqual([150, 'item', 'weapons']);
    expect(claimIn('Pyongyang sent a further 40 240mm MLRS to its ally.').unit).toBe('item');
  });
});

describe('mortar ammunition', () => {
  it('counts "mortar bombs" as shells, as mortar rounds are', () => {
    const claim = claimIn('The cargo held 90,000 mortar bombs bound for the front.');
    expect([claim.value, claim.unit, claim.category]).toEqual([90_000, 'shell', 'munitions']);
  });
});

describe('containers counted in twenty-foot units', () => {
  it('counts "TEU" of ammunition as containers', () => {
    const claim = claimIn('Some 3,500 TEU of ammunition left the port of Rason.');
    expect([claim.value, claim.unit, claim.category]).toEqual([3_500, 'container', 'munitions']);
  });
});

describe('food by the tonne', () => {
  it('reads potatoes, barley, buckwheat, fish and meat as food', () => {
    for (const goods of ['potatoes', 'barley', 'buckwheat', 'fish', 'meat']) {
      const claim = claimIn(`Moscow shipped 8,000 tonnes of ${goods} to the North in spring.`);
      expect([claim.unit, claim.category]).toEqual(['tonne', 'food']);
    }
  });
});

describe('road vehicles', () => {
  it('counts buses and ambulances as vehicles, as trucks are', () => {
    expect(claimIn('The Kremlin gave the regime 200 buses this year.').unit).toBe('vehicle');
    expect(claimIn('The Kremlin gave the regime 35 ambulances this year.').unit).toBe('vehicle');
  });
});

describe('more nouns of people sent', () => {
  it('counts trainees, cadets, scientists and medics as people sent', () => {
    for (const people of ['trainees', 'cadets', 'scientists', 'medics']) {
      const claim = claimIn(`Pyongyang posted 250 ${people} to Russian bases last year.`);
      expect([claim.unit, claim.category]).toEqual(['person', 'personnel']);
    }
  });

  it('counts the people a singular weapon word describes: "missile technicians", "drone pilots"', () => {
    expect(claimIn('The North lent Moscow 90 missile technicians.').unit).toBe('person');
    expect(claimIn('The North lent Moscow 90 drone pilots.').unit).toBe('person');
  });

  it('still counts the weapons a plural word names before people: "400 shells soldiers carried"', () => {
    expect(claimIn('The crates held 400 shells soldiers carried to the guns.').unit).toBe('shell');
  });

  it('reads "a 3,000-man contingent" and "a 500-member unit" as counts of people', () => {
    expect(claimIn('The North flew a 3,000-man contingent to Kursk.').unit).toBe('person');
    expect(claimIn('The North flew a 500-member unit to Kursk.').unit).toBe('person');
  });

  it('reads no people in the members of a body: "the 15-member council", "a 27-member bloc"', () => {
    expect(claimsIn('The envoy told the 15-member council that the deal was lawful.')).toEqual([]);
    expect(claimsIn('Ministers of the 27-member bloc met in Brussels on Monday.')).toEqual([]);
  });

  it("reads the Korean People's Army and the KPA as North Korea's", () => {
    const kpa = claimIn('About 450 KPA troops were killed near Sudzha.');
    expect([kpa.category, kpa.from]).toEqual(['casualties', 'PRK']);
    const full = claimIn("Pyongyang flew some 7,000 Korean People's Army soldiers to Russia.");
    expect([full.unit, full.category, full.from]).toEqual(['person', 'personnel', 'PRK']);
  });
});
