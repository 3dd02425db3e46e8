import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

describe('numbers', () => {
  it('reads digits with thousands separators', () => {
    expect(claimIn('Pyongyang sent 11,000 troops.').value).toBe(11_000);
  });

  it('reads thousands written with a space as one figure, not as a count of nought', () => {
    expect(claimIn('Pyongyang sent 12 000 troops in the autumn.').value).toBe(12_000);
  });

  it('reads "dozen" after a number as a scale', () => {
    const claim = claimIn('Moscow received two dozen launchers from the North.');
    expect([claim.value, claim.unit]).toEqual([24, 'item']);
  });

  it('reads a scale joined to its digits by a hyphen', () => {
    expect(claimIn('The Kremlin agreed to a $2.5-billion package for the North.').value).toBe(
      2_500_000_000,
    );
  });

  it('leaves a hyphened scale that sizes a noun after it unread', () => {
    expect(claimsIn('They spoke of a 2-million-tonne harvest.')).toEqual([]);
  });

  it('reads a decimal with a scale word', () => {
    expect(claimIn('The army has 1.3 million soldiers.').value).toBe(1_300_000);
  });

  it('reads a dollar amount with a scale word', () => {
    const claim = claimIn('Moscow paid $5.5 billion for the shells.');
    expect([claim.value, claim.unit]).toEqual([5_500_000_000, 'usd']);
  });

  it('reads abbreviated scales glued to the number', () => {
    expect(claimIn('The regime earned $1bn from the deal.').value).toBe(1_000_000_000);
    expect(claimIn('The workers sent home $1.2m last month.').value).toBe(1_200_000);
  });

  it('reads numbers spelled as words', () => {
    expect(claimIn('Kyiv said twelve soldiers were captured.').value).toBe(12);
    expect(claimIn('Officials counted three million shells.').value).toBe(3_000_000);
    expect(claimIn('The ministry said six thousand containers left the port.').value).toBe(6000);
  });

  it('reads hyphenated tens and units', () => {
    expect(claimIn('Russia launched twenty-five missiles overnight.').value).toBe(25);
  });

  it('reads "a dozen" as twelve', () => {
    expect(claimIn('A dozen tankers docked at the port.').value).toBe(12);
  });

  it('reads "half a million" as 500,000', () => {
    expect(claimIn('Half a million rounds crossed the border.').value).toBe(500_000);
  });

  it('ignores a number too long to be a figure', () => {
    expect(claimsIn(`${'9'.repeat(40)} troops`)).toEqual([]);
  });
});

describe('vague amounts', () => {
  it('gives "tens of thousands of" a lower bound of twice its base', () => {
    const claim = claimIn('Tens of thousands of workers went abroad.');
    expect([claim.value, claim.low, claim.qualifier]).toEqual([null, 20_000, 'vague']);
  });

  it('gives "hundreds of" a lower bound of 200', () => {
    expect(claimIn('Hundreds of soldiers died in the assault.').low).toBe(200);
  });

  it('gives "millions of" a lower bound of two million', () => {
    expect(claimIn('Pyongyang shipped millions of artillery shells.').low).toBe(2_000_000);
  });

  it('reads "several hundred" as vague with a lower bound of 200', () => {
    const claim = claimIn('Several hundred soldiers were wounded.');
    expect([claim.low, claim.qualifier]).toEqual([200, 'vague']);
  });

  it('keeps "at least" before "several million"', () => {
    const claim = claimIn('At least several million shells have been sent.');
    expect([claim.low, claim.qualifier, claim.value]).toEqual([2_000_000, 'at_least', null]);
  });

  it('reads "billions of dollars" as money with a lower bound', () => {
    const claim = claimIn('The Kremlin has spent billions of dollars on the war.');
    expect([claim.unit, claim.low]).toEqual(['usd', 2_000_000_000]);
  });

  it('does not count "several" without a scale', () => {
    expect(claimsIn('Several officials declined to comment.')).toEqual([]);
  });
});

describe('fractions and percentages', () => {
  it('reads "half of" as 50 percent', () => {
    const claim = claimIn('Half of the shells fired by Russia come from the North.');
    expect([claim.value, claim.unit]).toEqual([50, 'percent']);
  });

  it('reads "a third of" as 33.33 percent', () => {
    expect(claimIn('A third of the exports went to China.').value).toBeCloseTo(33.33, 2);
  });

  it('reads "more than half" as more_than 50', () => {
    const claim = claimIn('More than half of its trade is with Beijing.');
    expect([claim.value, claim.qualifier]).toEqual([50, 'more_than']);
  });

  it('reads "percent", "per cent" and "%" alike', () => {
    for (const text of ['Trade fell 12 percent.', 'Trade fell 12 per cent.', 'Trade fell 12%.']) {
      const claim = claimIn(text);
      expect([claim.value, claim.unit]).toEqual([12, 'percent']);
    }
  });

  it('reads "1 in 5 shells" as a 20 percent share of munitions', () => {
    const claim = claimIn('About 1 in 5 shells fail to explode.');
    expect([claim.value, claim.unit, claim.category, claim.qualifier]).toEqual([
      20,
      'percent',
      'munitions',
      'approx',
    ]);
  });

  it('does not read "the first half" as a share', () => {
    expect(claimsIn('The talks resumed in the first half.')).toEqual([]);
  });
});

describe('qualifiers', () => {
  const cases: Array<[string, string]> = [
    ['About 500 soldiers arrived.', 'approx'],
    ['Around 500 soldiers arrived.', 'approx'],
    ['Roughly 500 soldiers arrived.', 'approx'],
    ['Nearly 500 soldiers arrived.', 'approx'],
    ['Almost 500 soldiers arrived.', 'approx'],
    ['Some 500 soldiers arrived.', 'approx'],
    ['An estimated 500 soldiers arrived.', 'approx'],
    ['As many as 500 soldiers arrived.', 'up_to'],
    ['Up to 500 soldiers arrived.', 'up_to'],
    ['At least 500 soldiers arrived.', 'at_least'],
    ['More than 500 soldiers arrived.', 'more_than'],
    ['Over 500 soldiers arrived.', 'more_than'],
    ['Exceeding 500 soldiers arrived.', 'more_than'],
    ['Fewer than 500 soldiers arrived.', 'less_than'],
    ['Less than 500 soldiers arrived.', 'less_than'],
    ['Under 500 soldiers arrived.', 'less_than'],
    ['Exactly 500 soldiers arrived.', 'exact'],
  ];
  for (const [text, qualifier] of cases) {
    it(`reads "${text.split(' 500')[0]}" as ${qualifier}`, () => {
      expect(claimIn(text).qualifier).toBe(qualifier);
    });
  }

  it('reads "between … and …" as a range', () => {
    const claim = claimIn('Between 10,000 and 12,000 troops were deployed.');
    expect([claim.low, claim.high, claim.value, claim.qualifier]).toEqual([
      10_000,
      12_000,
      null,
      'range',
    ]);
  });

  it('reads "from … to …" as a range', () => {
    const claim = claimIn('Estimates run from 3,000 to 4,000 soldiers.');
    expect([claim.low, claim.high, claim.qualifier]).toEqual([3000, 4000, 'range']);
  });

  it('reads a hyphenated range', () => {
    const claim = claimIn('Seoul put the force at 10,000-12,000 troops.');
    expect([claim.low, claim.high, claim.qualifier]).toEqual([10_000, 12_000, 'range']);
  });

  it('carries the scale of the upper bound to the lower one', () => {
    const claim = claimIn('The deal is worth $1-2 billion a year.');
    expect([claim.low, claim.high]).toEqual([1_000_000_000, 2_000_000_000]);
  });
});

describe('units', () => {
  const cases: Array<[string, string]> = [
    ['North Korea sent 3,000 personnel.', 'person'],
    ['North Korea sent 3,000 workers.', 'person'],
    ['North Korea sent 3,000 rounds.', 'shell'],
    ['North Korea sent 3,000 rockets.', 'rocket'],
    ['North Korea sent 3,000 shipping containers.', 'container'],
    ['North Korea sent 30 ballistic missiles.', 'missile'],
    ['Russia shipped 3,000 barrels of diesel.', 'barrel'],
    ['Russia shipped 3,000 metric tons of rice.', 'tonne'],
    ['Russia shipped 3,000 tonnes of flour.', 'tonne'],
    ['Russia sent 12 tankers.', 'vehicle'],
    ['Russia sent 12 railcars.', 'vehicle'],
    ['North Korea sent 120 howitzers.', 'item'],
    ['North Korea sent 240 launchers.', 'item'],
    ['Russia received 300 drones.', 'drone'],
    ['Russia paid 5 billion rubles.', 'rub'],
    ['Seoul froze 3 billion won.', 'krw'],
    ['Beijing lent 2 billion yuan.', 'cny'],
    ['Brussels pledged 5 million euros.', 'eur'],
  ];
  for (const [text, unit] of cases) {
    it(`counts "${text.replace(/^\S+ \S+ /u, '').replace(/\.$/u, '')}" in ${unit}`, () => {
      expect(claimIn(text).unit).toBe(unit);
    });
  }

  it('reads US$ as dollars', () => {
    expect(claimIn('Exports reached US$300 million.').unit).toBe('usd');
  });

  it('counts barrels a day as barrels per day', () => {
    const claim = claimIn('Russia supplied 50,000 barrels a day of oil.');
    expect([claim.unit, claim.period?.per]).toEqual(['barrel', 'day']);
  });

  it('counts bpd as barrels per day', () => {
    const claim = claimIn('Shipments averaged 20,000 bpd.');
    expect([claim.unit, claim.period?.per]).toEqual(['barrel', 'day']);
  });

  it('takes the count, not the calibre, in "3 million 152-millimeter shells"', () => {
    const claim = claimIn('There could be 3 million 152-millimeter shells.');
    expect([claim.value, claim.unit]).toEqual([3_000_000, 'shell']);
  });

  it('counts people named by nationality', () => {
    const claim = claimIn('At least 100 North Koreans have been killed.');
    expect([claim.unit, claim.from]).toEqual(['person', 'PRK']);
  });

  it('skips a hyphenated country compound: "North Korean-made howitzers"', () => {
    expect(claimIn('Ukraine has destroyed 30 North Korean-made howitzers.').unit).toBe('item');
  });

  it('skips model names between the number and the noun', () => {
    expect(claimIn('Russia fired 20 KN-23 missiles.').unit).toBe('missile');
  });

  it('counts an unknown plural noun as an item', () => {
    const claim = claimIn('Hundreds of North Korean factories make ammunition.');
    expect([claim.unit, claim.category]).toEqual(['item', 'other']);
  });

  it('takes the noun from "the number of" before a bare figure', () => {
    const claim = claimIn('The number of injured could reach nearly 1,000.');
    expect([claim.unit, claim.category, claim.qualifier]).toEqual([
      'person',
      'casualties',
      'approx',
    ]);
  });

  it('reads a casualty word before a noun of people as its modifier', () => {
    const claim = claimIn('Ukrainian forces captured two wounded North Korean soldiers.');
    expect([claim.text, claim.category, claim.from]).toEqual([
      'two wounded North Korean soldiers',
      'casualties',
      'PRK',
    ]);
  });

  it('reads a bare figure followed by "were killed" as casualties', () => {
    const claim = claimIn('Of those, some 300 were killed.');
    expect([claim.value, claim.unit, claim.category]).toEqual([300, 'person', 'casualties']);
  });
});

describe('what is not a quantity', () => {
  const cases = [
    'The treaty was signed in 2024.',
    'They met on Nov. 29 in Pyongyang.',
    'The missile, a KN-23, hit the city.',
    'Troops used 152-millimeter guns.',
    'It was the 3rd attempt.',
    'The talks ended at 10:30.',
    'Two economies have little to offer each other.',
    'The war entered its third year.',
    'Resolution 2397 caps oil imports.',
    'He served for 20 years.',
    'Two of the three men were officers.',
  ];
  for (const text of cases) {
    it(`finds no claim in "${text}"`, () => {
      expect(claimsIn(text)).toEqual([]);
    });
  }
});

describe('round 2: compounds, calibres and elliptical counts', () => {
  it('keeps the scale of a first bound that already has one: "700,000 to 2mn tonnes"', () => {
    const c = claimIn('The harvest gap runs from 700,000 to 2mn tonnes.');
    expect([c.low, c.high, c.qualifier, c.unit]).toEqual([700_000, 2_000_000, 'range', 'tonne']);
  });

  it('still scales both bounds of "3 to 4 million"', () => {
    const c = claimIn('Factories made 3 to 4 million shells.');
    expect([c.low, c.high]).toEqual([3_000_000, 4_000_000]);
  });

  it('reads a calibre glued to its number as part of the noun: "90 152mm howitzers"', () => {
    const c = claimIn('Pyongyang handed over 90 152mm howitzers.');
    expect([c.value, c.unit, c.category]).toEqual([90, 'item', 'weapons']);
  });

  it('does not count a size written onto a number: "a 40ft container"', () => {
    expect(claimsIn('Each 40ft container was sealed at the dock.')).toEqual([]);
  });

  it('counts past model names joined by "and": "over 40 Hwasong-11 and KN-25 missiles"', () => {
    const c = claimIn('Moscow received over 40 Hwasong-11 and KN-25 missiles.');
    expect([c.value, c.unit, c.qualifier]).toEqual([40, 'missile', 'more_than']);
  });

  it('counts the last noun of a compound: plants, round trips, launch systems', () => {
    expect(claimIn('The north runs some 150 ammunition plants.').unit).toBe('item');
    expect(claimIn('The freighters made 30 round trips.').unit).toBe('item');
    const launchers = claimIn('Pyongyang supplied about 30 multiple rocket launch systems.');
    expect([launchers.unit, launchers.category]).toEqual(['item', 'weapons']);
  });

  it('counts a small spelled number with a qualifier: "at least seven ship-to-ship transfers"', () => {
    const c = claimIn('The tankers made at least seven ship-to-ship transfers at sea.');
    expect([c.value, c.unit, c.qualifier]).toEqual([7, 'item', 'at_least']);
  });

  it('gives "N more" followed by a verb the noun counted just before', () => {
    const claims = claimsIn('About 9,000 troops went first and some 2,500 more joined them later.');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [9000, 'person'],
      [2500, 'person'],
    ]);
  });

  it('gives "of those" and "of them" the noun counted in the sentence before', () => {
    const before = claimsIn(
      'Some 12,000 workers went to Russia. Of those, roughly 4,000 came as students.',
    );
    expect(before.map((c) => [c.value, c.unit])).toEqual([
      [12_000, 'person'],
      [4000, 'person'],
    ]);
    const after = claimsIn('Pyongyang shipped 200 missiles. Russia fired 150 of them at Kyiv.');
    expect(after[1]?.unit).toBe('missile');
  });

  it('does not reach back a sentence for a bare figure without a back-reference', () => {
    expect(claimsIn('Pyongyang shipped 200 missiles. The count rose to 150.')).toHaveLength(1);
  });
});

describe('round 2: figures of change', () => {
  it('reads a fraction after a word of change as a percentage: "down a fifth"', () => {
    const c = claimsIn('Rice shipments reached 90,000 tonnes, down a fifth from 2022.');
    expect(c.map((x) => [x.value, x.unit])).toEqual([
      [90_000, 'tonne'],
      [20, 'percent'],
    ]);
  });

  it('reads "fallen by about a quarter" as an approximate 25 percent', () => {
    const c = claimIn('Diesel prices have fallen by about a quarter.');
    expect([c.value, c.unit, c.qualifier]).toEqual([25, 'percent', 'approx']);
  });

  it('gives a change the category, parties and period of the figure it changes', () => {
    const [level, change] = claimsIn(
      'In March, China exported goods worth $90 million to North Korea, up 12% from February.',
    );
    expect(change?.value).toBe(12);
    expect([change?.category, change?.from, change?.to, change?.period]).toEqual([
      level?.category,
      level?.from,
      level?.to,
      level?.period,
    ]);
    expect(change?.period?.start).toBe('2024-03');
  });

  it('leaves a share that is no change alone: "40% of the shells"', () => {
    expect(claimIn('About 40% of the shells were duds.').category).toBe('munitions');
  });
});

describe('round 2: shares, headline verbs and ages', () => {
  it('gives a share in apposition the category of the figure before it', () => {
    const [, share] = claimsIn(
      'The brigade lost 900 men killed or wounded, about a fifth of its strength.',
    );
    expect([share?.value, share?.unit, share?.category]).toEqual([20, 'percent', 'casualties']);
  });

  it('gives "half of them" the category of the figure it refers to', () => {
    const [, share] = claimsIn('Russia bought 300 drones, and half of them were used at once.');
    expect([share?.value, share?.category]).toEqual([50, 'weapons']);
  });

  it('files a share of deaths, and a share the casualties "amount to", as casualties', () => {
    expect(claimIn('About half of the deaths came in one week.').category).toBe('casualties');
    expect(claimIn('The casualties amount to almost a tenth of the force.').category).toBe(
      'casualties',
    );
  });

  it('reads a headline verb as "more than": "casualties in Ukraine top 5,000"', () => {
    const c = claimIn('Russian casualties in Ukraine top 5,000');
    expect([c.value, c.qualifier, c.unit, c.category, c.from]).toEqual([
      5000,
      'more_than',
      'person',
      'casualties',
      'RUS',
    ]);
  });

  it('does not count ages: "aged 19 and 23"', () => {
    expect(claimsIn('Two soldiers, aged 19 and 23, were captured.').map((c) => c.value)).toEqual([
      2,
    ]);
  });

  it('never reads a currency symbol as a country: "US$40 million"', () => {
    const c = claimIn('Cyber theft brought North Korea some US$40 million.');
    expect([c.unit, c.from === 'USA' || c.to === 'USA']).toEqual(['usd', false]);
  });
});

describe('round 2: nouns a bare figure is "of"', () => {
  it('counts "a population of about 25mn" as people of the country', () => {
    const c = claimsIn('Ukraine must feed a population of about 38mn.').at(-1);
    expect([c?.value, c?.unit, c?.category, c?.from, c?.to]).toEqual([
      38_000_000,
      'person',
      'other',
      'UKR',
      null,
    ]);
  });

  it('gives a share of a monthly wage no rate of its own', () => {
    const [, share] = claimsIn(
      'A worker earns $700 a month, but up to 80 percent of that goes to the state.',
    );
    expect([share?.value, share?.category, share?.period]).toEqual([80, 'money', null]);
  });
});

describe('round 2: rates, stacked qualifiers and more people', () => {
  it('reads the rate after what the amount is for: "$1,500 per worker per month"', () => {
    const c = claimIn('Moscow pays about $1,500 per worker per month.');
    expect([c.value, c.period?.per]).toEqual([1500, 'month']);
  });

  it('keeps the bound of a stacked qualifier: "up to roughly 4,000"', () => {
    expect(claimIn('Up to roughly 4,000 troops may follow.').qualifier).toBe('up_to');
  });

  it('reads "perhaps" as approximate', () => {
    expect(claimIn('Perhaps 8,000 soldiers are stationed there.').qualifier).toBe('approx');
  });

  it('gives "another N" followed by a verb the noun counted before', () => {
    const claims = claimsIn('Pyongyang sent 2,000 workers, and another 700 arrived later.');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [2000, 'person'],
      [700, 'person'],
    ]);
  });

  it('counts crews and advisers as people, and advisers sent as personnel', () => {
    const claims = claimsIn('Pyongyang sent 200 repair crews and 50 military advisers to Russia.');
    expect(claims.map((c) => [c.unit, c.category])).toEqual([
      ['person', 'personnel'],
      ['person', 'personnel'],
    ]);
  });
});

describe('round 2: ratios', () => {
  it('reads "N in M" over a people noun as a share of a population, flowing nowhere', () => {
    const c = claimsIn(
      'Russia ships grain to North Korea, where one in four children is underfed.',
    ).at(-1);
    expect([c?.value, c?.unit, c?.category, c?.from, c?.to]).toEqual([
      25,
      'percent',
      'other',
      'PRK',
      null,
    ]);
  });

  it('gives a ratio of weapons their kind and maker, with no receiver', () => {
    const c = claimIn('Soldiers say one in three North Korean shells was made before 1980.');
    expect([c.value, c.category, c.from, c.to]).toEqual([33.33, 'munitions', 'PRK', null]);
  });
});

describe('qualifiers that stack or carry over', () => {
  it('reads a one-word bound before another bound as a particle: "passed over at least 25"', () => {
    expect(
      claimIn('Moscow passed over at least 25 air-defence launchers to North Korea last year.')
        .qualifier,
    ).toBe('at_least');
  });

  it('gives a conversion in brackets the bound of the figure it restates', () => {
    const claims = claimsIn(
      'Seoul thinks the deal could earn Pyongyang as much as 3 trillion won ($2.1 billion) a year.',
    );
    expect(claims.map((c) => c.qualifier)).toEqual(['up_to', 'up_to']);
  });

  it('keeps a bracketed conversion exact when the figure before it is exact', () => {
    const claims = claimsIn('North Korea earned 3 trillion won ($2.1 billion) from the deal.');
    expect(claims.map((c) => c.qualifier)).toEqual(['exact', 'exact']);
  });

  it('reads "limits … imports of X to N" as the cap itself, exactly, across a longer noun phrase', () => {
    const claim = claimIn(
      "A 2017 resolution limits the North's imports of refined fuel products to 4 million barrels.",
    );
    expect([claim.value, claim.qualifier]).toEqual([4_000_000, 'exact']);
  });
});

describe('counted nouns written with "of"', () => {
  it('reads "pieces of artillery" as weapons, like "artillery pieces"', () => {
    const claim = claimIn(
      'Pyongyang delivered roughly 150 pieces of artillery to Moscow in the spring.',
    );
    expect([claim.text, claim.category]).toEqual(['roughly 150 pieces of artillery', 'weapons']);
  });
});

describe('qualifier spellings', () => {
  it('reads "upward of" as more than, like "upwards of"', () => {
    expect(claimIn('Moscow has paid upward of $90 million for the shells.').qualifier).toBe(
      'more_than',
    );
  });
});

describe('a bare figure compared with the one before', () => {
  it('counts "up from 870" in the noun of the figure before', () => {
    const [, before] = claimsIn(
      'Some 2,480 railcars crossed the bridge, up from 870 a year earlier.',
    );
    expect([before?.text, before?.unit]).toEqual(['870', 'vehicle']);
  });

  it('counts "compared with about 25" in the noun of the figure before', () => {
    const [, before] = claimsIn(
      'As many as 60 trucks a day crossed the bridge, compared with about 25 in the spring.',
    );
    expect([before?.value, before?.unit]).toEqual([25, 'vehicle']);
  });

  it('reads no bare number as a claim without a phrase of comparison', () => {
    expect(claimsIn('Some 2,480 railcars crossed the bridge, and 870 in the spring.')).toHaveLength(
      1,
    );
  });
});

describe('a bare figure dated at once', () => {
  it('counts the noun of the figure before it when a date follows ("2,000 in May")', () => {
    const claims = claimsIn(
      'Moscow received some 9,000 workers last year: 4,000 in March and about 2,000 in May.',
    );
    expect(claims.map((c) => [c.value, c.unit, c.period?.start])).toEqual([
      [9000, 'person', '2023'],
      [4000, 'person', '2024-03'],
      [2000, 'person', '2024-05'],
    ]);
  });

  it('does not read a number before a date as a count when no figure came before', () => {
    expect(claimsIn('Officials said 40 in June had been delayed.')).toEqual([]);
  });

  it('counts the noun of the figure before when "this year" or "last year" follows', () => {
    const claims = claimsIn(
      'Factories made about 3 million shells in 2023 and could make over 4 million this year.',
    );
    expect(claims.map((c) => [c.value, c.unit, c.qualifier, c.period?.start])).toEqual([
      [3_000_000, 'shell', 'approx', '2023'],
      [4_000_000, 'shell', 'more_than', '2024'],
    ]);
  });

  it('keeps the rate of the figure before for a bare figure of last year it is compared with', () => {
    const claims = claimsIn(
      'The North sent about 700 containers a month this spring, against some 1,300 last year.',
    );
    expect(claims.map((c) => [c.value, c.unit, c.period?.per])).toEqual([
      [700, 'container', 'month'],
      [1300, 'container', 'month'],
    ]);
  });

  it('does not read a day of the month before "last year" as a count', () => {
    expect(claimsIn('The bridge opened on July 1 last year.')).toEqual([]);
  });
});

describe('a bare figure a group is said to number', () => {
  it('counts the people of a wave or contingent that "numbered" a bare figure', () => {
    const claim = claimIn('The second wave, drawn from two brigades, numbered 4,000 to 5,000.');
    expect([claim.low, claim.high, claim.unit, claim.category]).toEqual([
      4000,
      5000,
      'person',
      'personnel',
    ]);
    expect(claimIn('The deployment numbers roughly 9,000, officials say.').unit).toBe('person');
  });

  it('leaves the size a standing unit or a crew numbered unread', () => {
    expect(claimsIn('The Corps numbered about 30,000 before the war.')).toEqual([]);
    expect(claimsIn('The crew numbers 30.')).toEqual([]);
  });
});

describe('nouns of counting before a bare figure', () => {
  it('reads "the count of the dead" past its article as people lost', () => {
    const claims = claimsIn('The count of the dead rose from at least 90 to about 250.');
    expect(claims.map((c) => [c.value, c.qualifier, c.unit, c.category])).toEqual([
      [90, 'at_least', 'person', 'casualties'],
      [250, 'approx', 'person', 'casualties'],
    ]);
  });

  it('reads "the tally of" and "the estimate of" as "the number of" is read', () => {
    expect(claimIn('The tally of the wounded climbed from 1,100.').category).toBe('casualties');
    expect(claimIn('Its estimate of the injured was put at 800.').unit).toBe('person');
  });

  it('reads a death or casualty estimate in a headline as people lost', () => {
    const claim = claimIn('Kyiv raises casualty estimate to 5,000');
    expect([claim.value, claim.unit, claim.category]).toEqual([5000, 'person', 'casualties']);
    expect(claimIn('Seoul lifts death estimate to 350').category).toBe('casualties');
  });

  it('reads people a casualty word follows after "the estimate of" as lost, not sent', () => {
    const claim = claimIn('It raised its estimate of North Korean soldiers wounded to 2,400.');
    expect([claim.unit, claim.category, claim.from]).toEqual(['person', 'casualties', 'PRK']);
  });

  it('leaves a count a name owns unread, since its owner would be given as no source', () => {
    expect(claimsIn("Kyiv's count of the dead rose from 700 in March.")).toEqual([]);
  });
});

describe('counted nouns of rail loads, launches, port calls and engineers', () => {
  it('reads "trainloads", "launches", "port calls" and "deminers" as counted nouns', () => {
    const units = (text: string) => claimsIn(text).map((c) => [c.value, c.unit]);
    expect(units('Russia sent 12 trainloads of diesel across the border.')).toEqual([
      [12, 'vehicle'],
    ]);
    expect(units('Radar stations logged 9 launches from the coast.')).toEqual([[9, 'missile']]);
    expect(units('The tankers made 33 port calls at the terminal.')).toEqual([[33, 'item']]);
    expect(units('Pyongyang sent 700 deminers and sappers to the region.')).toEqual([
      [700, 'person'],
    ]);
  });
});

describe('the kind of a share', () => {
  it('takes the kind of "the share of X" stated before the figure', () => {
    expect(
      claimIn(
        'The share of North Korean ammunition used at the front had dropped to about 35 percent.',
      ).category,
    ).toBe('munitions');
  });

  it('reads "X% of Russian artillery fire" as a share of munitions', () => {
    expect(claimIn('Foreign shells made up 30% of Russian artillery fire.').category).toBe(
      'munitions',
    );
  });

  it('does not reach past a full stop for "the share of"', () => {
    expect(claimIn('Officials cut the share of ammunition. Prices fell 12 percent.').category).toBe(
      'other',
    );
  });
});

describe('a bare rate after a figure', () => {
  it('counts the noun of the figure before in "down from a peak of 50,000 a day"', () => {
    const claims = claimsIn(
      'Gunners now fire 8,000 shells a day, down from a peak of 50,000 a day.',
    );
    expect(claims.map((c) => [c.value, c.unit, c.period?.per])).toEqual([
      [8000, 'shell', 'day'],
      [50000, 'shell', 'day'],
    ]);
  });

  it('gives the bare figure its own rate when it states one', () => {
    const claims = claimsIn(
      'Gunners now fire 8,000 shells a day, down from a peak of 50,000 a month.',
    );
    expect(claims.map((c) => [c.text, c.period?.per])).toEqual([
      ['8,000 shells a day', 'day'],
      ['50,000 a month', 'month'],
    ]);
  });
});

describe('people who are not sent', () => {
  it('reads "people", "residents" and "civilians" as people, not as personnel sent', () => {
    expect(claimIn('The border town has some 900 residents.').category).toBe('other');
    expect(claimIn('About 8 million people lack enough food.').category).toBe('other');
  });

  it('still reads workers and young women sent abroad as personnel', () => {
    expect(claimIn('Pyongyang sent about 300 young women to Russian factories.').category).toBe(
      'personnel',
    );
  });
});

describe('shares without "of"', () => {
  it('reads a fraction after a word of approximation as a share', () => {
    const [, share] = claimsIn(
      'Of the 30 drones we examined, about half missed their targets by a wide margin.',
    );
    expect([share?.text, share?.value, share?.unit, share?.qualifier]).toEqual([
      'about half',
      50,
      'percent',
      'approx',
    ]);
  });

  it('reads "perhaps a quarter" and "around two-thirds" as approximate shares', () => {
    expect(claimIn('Of the men sent north, perhaps a quarter came home.').value).toBe(25);
    expect(claimIn('Its reliance on Chinese fuel stood at around two-thirds.').value).toBe(66.67);
  });

  it('does not read "about half an hour" as a share', () => {
    expect(claimsIn('The convoy crossed the bridge in about half an hour.')).toEqual([]);
  });
});

describe('limits', () => {
  it('reads the size of "a cap of" and a verb that caps a flow both as the cap, exactly', () => {
    const size = claimIn('Imports far exceed the annual cap of 400,000 barrels set in 2019.');
    const bound = claimIn('The council caps fuel sales to the North at 400,000 barrels a year.');
    expect([size.qualifier, bound.qualifier]).toEqual(['exact', 'exact']);
  });

  it('still bounds a cap stated as "no more than"', () => {
    const claim = claimIn('The council lets the North import no more than 400,000 barrels a year.');
    expect(claim.qualifier).toBe('up_to');
  });
});

describe('a bare figure as the subject of a verb', () => {
  it('counts the people just counted: "of whom some 200 died"', () => {
    const [, died] = claimsIn(
      'About 1,500 North Korean soldiers were hurt, of whom some 200 died.',
    );
    expect([died?.text, died?.unit, died?.category]).toEqual(['some 200', 'person', 'casualties']);
  });

  it('carries the noun of the sentence before to "more than 2,000 arrived"', () => {
    const [, arrived] = claimsIn(
      'Border guards logged 9,400 North Koreans entering in 2023. In the spring, more than 2,000 arrived.',
    );
    expect([arrived?.value, arrived?.unit, arrived?.qualifier]).toEqual([
      2000,
      'person',
      'more_than',
    ]);
  });

  it('reads a verb the lexicon does not list by its "-ed" ending', () => {
    const [, later] = claimsIn('About 6,000 workers left in May. Only a few hundred mingled.');
    expect([later?.low, later?.unit]).toEqual([200, 'person']);
  });

  it('does not carry a sum to a bare figure that arrives', () => {
    expect(claimsIn('The contract was worth $20 million. Then 300 followed by rail.')).toHaveLength(
      1,
    );
  });

  it('reads the noun "of which" follows as the counted noun', () => {
    const claim = claimIn(
      'Cruise missiles, of which the unit counted at least 140 launched at Kharkiv.',
    );
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([140, 'missile', 'at_least']);
  });

  it('reads the subject before "could number" and "in <Place> top" as the counted noun', () => {
    expect(claimIn('The second wave of recruits could number 6,000.').unit).toBe('person');
    expect(claimIn('Russian losses in Donetsk top 2,000, officials say.').category).toBe(
      'casualties',
    );
  });
});

describe('"a dozen" as a figure', () => {
  it('reads "a dozen" before a noun of weapons as a count, unlike "two systems"', () => {
    expect(claimIn('Moscow received a dozen launchers from the North.').value).toBe(12);
    expect(claimsIn('Moscow received two systems from the North.')).toEqual([]);
  });
});

describe('counted nouns of vessels, visits and people entering', () => {
  it('reads bulk carriers as vehicles and citizens as people', () => {
    expect(claimIn('Grain went north aboard 14 bulk carriers.').unit).toBe('vehicle');
    expect(claimIn('Some 1,900 North Korean citizens entered Russia by rail.').unit).toBe('person');
  });

  it('counts visits by ships, and the bare figure compared with them', () => {
    const [visits, before] = claimsIn(
      'Analysts logged 41 visits by tankers to the port this year, up from 19 in the same period of 2023.',
    );
    expect([visits?.value, before?.value, before?.unit]).toEqual([41, 19, 'item']);
  });
});

describe('figures that stand for the noun before them', () => {
  it('reads "2,100 who declared" as people of the noun just counted', () => {
    const [, who] = claimsIn(
      'Russia logged 8,400 North Koreans entering in 2023, including 2,100 who declared themselves students.',
    );
    expect([who?.value, who?.unit]).toEqual([2100, 'person']);
  });

  it('reads "the true figure could be closer to 1,300" as the count before it, approximately', () => {
    const [, truer] = claimsIn(
      'Officials said 900 soldiers had been killed. Our review suggests the true figure could be closer to 1,300.',
    );
    expect([truer?.value, truer?.unit, truer?.qualifier]).toEqual([1300, 'person', 'approx']);
  });

  it('reads "another 400 or so" as an approximate count', () => {
    const [, more] = claimsIn(
      'About 2,000 workers left in May, and another 400 or so are waiting.',
    );
    expect([more?.text, more?.qualifier]).toEqual(['400 or so', 'approx']);
  });
});

describe('ranges of small numbers', () => {
  it('reads "three to five port calls a month" as a range, not narrative', () => {
    const claim = claimIn('The tankers kept up three to five port calls a month.');
    expect([claim.low, claim.high, claim.period?.per]).toEqual([3, 5, 'month']);
  });
});

describe('vague plurals with "more" and nouns of a force', () => {
  it('reads "thousands more workers" as a vague count of people', () => {
    const claim = claimIn('Pyongyang sends thousands more workers to Siberian building sites.');
    expect([claim.low, claim.unit, claim.qualifier]).toEqual([2000, 'person', 'vague']);
  });

  it('reads "a contingent of about 9,000" as people', () => {
    expect(claimIn('Moscow feeds a contingent of about 9,000 near the border.').unit).toBe(
      'person',
    );
  });
});

describe('"of them" after a sentence with no figure', () => {
  it('counts the noun the figureless sentence before names', () => {
    const claims = claimsIn(
      'Moscow bought 6,000 containers of shells. It has also received cruise missiles. Kyiv says it shot down 35 of them.',
    );
    expect([claims.at(-1)?.value, claims.at(-1)?.unit]).toEqual([35, 'missile']);
  });

  it('keeps the figure before when the sentence before had one', () => {
    const claims = claimsIn(
      'Moscow bought 6,000 containers of shells. Kyiv says it hit 35 of them.',
    );
    expect(claims.at(-1)?.unit).toBe('container');
  });
});

describe('what a figure carried from the sentence before lends', () => {
  it('lends its noun but not its rate to "the total … at between 90 and 120"', () => {
    const [, total] = claimsIn(
      'Analysts say the North may build more than 8 missiles a month. Others have put the total higher, at between 90 and 120.',
    );
    expect([total?.unit, total?.period ?? null]).toEqual(['missile', null]);
  });
});

describe('bounds stated after the figure', () => {
  it('reads "12,000 troops or more" as at least 12,000', () => {
    const claim = claimIn('Pyongyang will likely keep 12,000 troops or more in Kursk.');
    expect([claim.text, claim.qualifier]).toEqual(['12,000 troops', 'at_least']);
  });
});

describe('verbs of passing a mark', () => {
  it('reads "had passed 80" as more than 80', () => {
    const [, passed] = claimsIn(
      'Kyiv counted 30 North Korean missiles by March, and by June the total had passed 80.',
    );
    expect([passed?.text, passed?.qualifier]).toEqual(['passed 80', 'more_than']);
  });
});

describe('particles, model names, "or" ranges and single things', () => {
  it('reads "handed over about 150" as about 150', () => {
    expect(claimIn('Pyongyang handed over about 150 howitzers.').qualifier).toBe('approx');
  });

  it('reaches the noun past a model name of letters and digits', () => {
    const claim = claimIn('Moscow received roughly 180 M1978 Koksan self-propelled guns.');
    expect([claim.value, claim.unit]).toEqual([180, 'item']);
  });

  it('reads "2,000 or 3,000 rounds a day" as a range', () => {
    const claim = claimIn('The guns fired perhaps 2,000 or 3,000 rounds a day.');
    expect([claim.low, claim.high, claim.unit]).toEqual([2000, 3000, 'shell']);
  });

  it('does not count a single thing spelled "one"', () => {
    expect(claimsIn('One soldier tried to set off a grenade as troops approached.')).toEqual([]);
    expect(claimIn('Russia has supplied at least one howitzer.').value).toBe(1);
  });
});

describe('nouns a bare figure takes from its clause', () => {
  it('reads "raised output of shells to around 4m a year" as shells', () => {
    const claim = claimIn('The plants raised output of 152mm shells to around 4m a year.');
    expect([claim.value, claim.unit, claim.period?.per]).toEqual([4_000_000, 'shell', 'year']);
  });

  it('reads "put the total casualties, including the wounded, at about 5,000" as people', () => {
    const claims = claimsIn(
      'The agency put the total casualties, including the wounded, at about 5,000, up from 3,900 in its last assessment.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [5000, 'person'],
      [3900, 'person'],
    ]);
  });
});

describe('ranges with their signs, parts and vague counts with "more"', () => {
  it('reads "$700-$900 a month" and "60% to 80%" as ranges', () => {
    const pay = claimIn('Each worker earns $700-$900 a month.');
    const cut = claimIn('The state keeps 60% to 80% of wages.');
    expect([pay.low, pay.high, cut.low, cut.high]).toEqual([700, 900, 60, 80]);
  });

  it('reads "roughly 1,500 of the soldiers" as people, and "the rest, around 7,000" as the same', () => {
    const claims = claimsIn(
      'Roughly 1,500 of the soldiers were drone operators, while the rest, around 7,000, guarded the border.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [1500, 'person'],
      [7000, 'person'],
    ]);
  });

  it('reads "tens of thousands more" after a count of people as more people', () => {
    const [, more] = claimsIn(
      'North Korea keeps 11,000 troops in Russia. It plans to send tens of thousands more, officials say.',
    );
    expect([more?.low, more?.unit]).toEqual([20_000, 'person']);
  });
});

describe('a bare figure placed somewhere', () => {
  it('counts the people just named: "9,000 in Kursk and 12,000 in Russia overall"', () => {
    const claims = claimsIn(
      'North Korea has sent 12,000 soldiers. Our estimate is 9,000 in Kursk and 12,000 in Russia overall.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [12_000, 'person'],
      [9000, 'person'],
      [12_000, 'person'],
    ]);
  });

  it('does not take a month for a place', () => {
    expect(claimsIn('The deal was worth $5 million. About 300 in May went north.')).toHaveLength(1);
  });
});

describe('"a year earlier" after a tonnage', () => {
  it('reads it as the date of the base, not a yearly rate', () => {
    const [, base] = claimsIn(
      'Exporters shipped 60,000 tons of grain in the first half of the year, up from 9,000 tons a year earlier.',
    );
    expect(base?.period).toEqual({ start: '2023-01', end: '2023-06', per: null });
  });
});

describe('more nouns of people', () => {
  it('counts reservists, drone operators and tourists as people', () => {
    expect(claimIn('The army keeps roughly 500,000 reservists.').unit).toBe('person');
    expect(claimIn('At least 2,000 drone operators trained in Russia.').unit).toBe('person');
    expect(claimIn('About 1,200 Russian tourists visited Wonsan.').unit).toBe('person');
  });
});

describe('parts of a named whole', () => {
  it('reads "at least 14 of the Koksans" as items, the model named in the plural', () => {
    const claim = claimIn('Analysts have seen at least 14 of the Koksans burned out.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([14, 'item', 'at_least']);
  });

  it('reads "four of the tanks" as vehicles, and not "two of the five men"', () => {
    expect(claimIn('Four of the tanks broke down on the road.').unit).toBe('vehicle');
    expect(claimsIn('Two of the five men spoke to reporters.')).toEqual([]);
  });

  it('reads "fewer than 8 of Russia\'s Pantsir launchers" as items', () => {
    const claim = claimIn("Fewer than 8 of Russia's Pantsir launchers reached the port.");
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([8, 'item', 'less_than']);
  });
});

describe('model names in the plural', () => {
  it('counts "KN-23s" as missiles', () => {
    const claim = claimIn('Russia has fired over 200 KN-23s at Ukrainian cities.');
    expect([claim.value, claim.unit]).toEqual([200, 'missile']);
  });

  it('reads "a few dozen" as vague with a lower bound of 24', () => {
    const claim = claimIn('The North tested a few dozen KN-24s at home.');
    expect([claim.low, claim.unit, claim.qualifier]).toEqual([24, 'missile', 'vague']);
  });
});

describe('bare figures after a count', () => {
  it('takes the count, not the share, before "about 3m a year"', () => {
    const claims = claimsIn(
      'Moscow fired 8m shells in 2024 and now takes about half of its supply from Pyongyang; its own plants turn out about 3m a year.',
    );
    expect(claims.map((c) => c.unit)).toEqual(['shell', 'percent', 'shell']);
  });

  it('reads "a further 2 million" as more of the noun just counted', () => {
    const claims = claimsIn('Plants will make 2.5 million shells and repair a further 2 million.');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [2_500_000, 'shell'],
      [2_000_000, 'shell'],
    ]);
  });

  it('reads a figure "against" another as the same noun, spelled out or not', () => {
    const claims = claimsIn('The monitors logged 14 launches in May, against three in April.');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [14, 'missile'],
      [3, 'missile'],
    ]);
  });

  it('does not read a spelled-out number after the compared figure as another', () => {
    const claims = claimsIn('It counted 80 railcars, compared with about 30 two years ago.');
    expect(claims.map((c) => c.value)).toEqual([80, 30]);
  });

  it('reads "including 18 in one strike" as a part of the casualties before', () => {
    const claims = claimsIn('At least 90 civilians have been killed, including 18 in one strike.');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [90, 'person'],
      [18, 'person'],
    ]);
  });
});

describe('ratios, rates of exchange and times that are not amounts', () => {
  it('reads "one shell in five" as a 20 percent share of shells', () => {
    const claim = claimIn('Gunners say one shell in five fails to explode.');
    expect([claim.value, claim.unit, claim.category]).toEqual([20, 'percent', 'munitions']);
  });

  it('does not read "four shells for every one" as an amount', () => {
    expect(claimsIn('Russia fires four shells for every one fired by Ukraine.')).toEqual([]);
  });

  it('does not read a rate of exchange as a sum', () => {
    const claims = claimsIn('At 8,000 won to the dollar, the wage of 12,000 won is small.');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([[1.5, 'usd']]);
  });

  it('does not read "the first half of May" as a share', () => {
    expect(claimsIn('Two tankers docked in the first half of May.').map((c) => c.unit)).toEqual([
      'vehicle',
    ]);
  });

  it('counts countries as items, as the annotated sets that hold one write them', () => {
    expect(
      claimsIn('A group of 12 countries set up the monitoring team.').map((c) => [c.value, c.unit]),
    ).toEqual([[12, 'item']]);
  });
});

describe('more qualifiers and nouns', () => {
  it('reads "something like" as approximate', () => {
    expect(claimIn('Something like 30 per cent of the shells failed.').qualifier).toBe('approx');
  });

  it('keeps "an average of 40 railcars" exact: an average is stated, not hedged', () => {
    expect(claimIn('The yard held an average of 40 railcars a day.').qualifier).toBe('exact');
  });

  it('reads "6 percent or so" as about 6 percent', () => {
    const claim = claimIn('Russia may reach 6 percent or so of the trade.');
    expect([claim.value, claim.qualifier, claim.text]).toEqual([6, 'approx', '6 percent or so']);
  });

  it('counts generals', () => {
    expect(claimIn('The force included four generals.').unit).toBe('person');
  });

  it('leaves "12 further deliveries" unread: deliveries name the act, not a counted thing', () => {
    expect(claimsIn('Monitors logged at least 12 further deliveries to the port.')).toEqual([]);
  });
});

describe('prices, topics and nouns behind modifiers', () => {
  it('does not read the price of a barrel as a sum', () => {
    expect(claimsIn('At $80 a barrel, the fuel would be worth roughly $60 million.')).toHaveLength(
      1,
    );
  });

  it('reads a price in won by the kilogram as a market price in the North', () => {
    const [price] = claimsIn('Flour was selling for 4,200 won per kilogram in the market.');
    expect([price?.value, price?.unit]).toEqual([4200, 'kpw']);
  });

  it('reads "asked about three soldiers" as exactly three', () => {
    const claim = claimIn('Reporters asked about three soldiers held in Kyiv.');
    expect([claim.value, claim.qualifier, claim.text]).toEqual([3, 'exact', 'three soldiers']);
  });

  it('reads "the number of freight wagons rising from about 20 a day" as wagons', () => {
    const claim = claimIn('Images show the number of freight wagons rising from about 20 a day.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([20, 'vehicle', 'approx']);
  });

  it('counts "multiple launch rocket systems" as weapon systems', () => {
    expect(claimIn('Pyongyang sent 150 multiple launch rocket systems.').unit).toBe('item');
  });
});

describe('casualty verbs and more ways to write a share', () => {
  it('counts the bare objects of "killing" and "wounding" as casualties', () => {
    const claims = claimsIn('The drone hit a market, killing four and wounding 31.');
    expect(claims.map((c) => [c.value, c.unit, c.category])).toEqual([
      [4, 'person', 'casualties'],
      [31, 'person', 'casualties'],
    ]);
  });

  it('reads "a quarter of a million" as 250,000', () => {
    expect(claimIn('The North sent a quarter of a million rounds.').value).toBe(250_000);
  });

  it('reads hyphenated fractions and "pc" as percentages', () => {
    expect(claimIn('Nearly one-fifth of the rounds failed.').value).toBe(20);
    expect(claimIn('The North sent nine-tenths of its reserve.').value).toBe(90);
    const claim = claimIn('About 35pc of the ammunition came from Pyongyang.');
    expect([claim.value, claim.unit]).toEqual([35, 'percent']);
  });
});

describe('bounds in other words', () => {
  it('reads "not more than", "not less than" and "on the order of"', () => {
    const claims = claimsIn(
      'Moscow fired not more than 4 million shells and not less than 2 million rockets, worth on the order of $3 billion.',
    );
    expect(claims.map((c) => c.qualifier)).toEqual(['up_to', 'at_least', 'approx']);
  });

  it('reads "the contingent numbers about 9,000" as people', () => {
    const claim = claimIn('The contingent numbers about 9,000.');
    expect([claim.value, claim.unit]).toEqual([9000, 'person']);
  });
});

describe('sums in a currency whose rate to the dollar the sentence gives', () => {
  it('puts "2.4 million yuan … at 8 yuan to the dollar" in dollars, and claims no rate', () => {
    const claims = claimsIn(
      'The firm paid 2.4 million yuan for the fuel, at 8 yuan to the dollar.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([[300_000, 'usd']]);
  });

  it('leaves a sum in its own currency when no rate is given', () => {
    expect(claimIn('The firm paid 2.4 million yuan for the fuel.').unit).toBe('cny');
  });

  it('reads a currency written onto the number ("Rbs6bn")', () => {
    const claim = claimIn('Bilateral trade reached Rbs6bn last year.');
    expect([claim.value, claim.unit]).toEqual([6_000_000_000, 'rub']);
  });
});

describe('scales written short and figures with "-plus"', () => {
  it('reads "bln" and a scale abbreviation set apart from the number', () => {
    expect(claimIn('Trade reached $2.1 bln last year.').value).toBe(2_100_000_000);
    expect(claimIn('Moscow paid 3.5 bn rubles for the shells.').value).toBe(3_500_000_000);
    expect(claimIn('Moscow paid 3.5bln rubles for the shells.').value).toBe(3_500_000_000);
  });

  it('reads "12,000-plus troops" as more than 12,000', () => {
    const claim = claimIn('The North has sent 12,000-plus troops.');
    expect([claim.value, claim.qualifier, claim.unit]).toEqual([12_000, 'more_than', 'person']);
  });
});

describe('model names joined by a slash', () => {
  it('reaches the noun past "KN-23/KN-24"', () => {
    const claim = claimIn('Russia has fired at least 30 KN-23/KN-24 missiles.');
    expect([claim.value, claim.unit]).toEqual([30, 'missile']);
  });
});

describe('a bare subject after a noun of its own sentence', () => {
  it('counts the noun its sentence named before, not the figure of the sentence before', () => {
    const claims = claimsIn(
      'Monitors counted 40 ships. Since Pyongyang sent its first troops in 2024, some 25,000 have rotated through Russia.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [40, 'vehicle'],
      [25_000, 'person'],
    ]);
  });
});

describe('a share between two fractions', () => {
  it('reads "between a quarter and a half of the rounds" as a range of 25 to 50 percent', () => {
    const claim = claimIn('Between a quarter and a half of the rounds failed to fire.');
    expect([claim.low, claim.high, claim.qualifier, claim.unit]).toEqual([
      25,
      50,
      'range',
      'percent',
    ]);
  });
});

describe('a counted subject linked to its bare figure', () => {
  it('reads the subject of "total" as the counted noun', () => {
    const claim = claimIn('North Korean sappers in Russia now total about 1,200.');
    expect([claim.value, claim.unit, claim.category]).toEqual([1_200, 'person', 'personnel']);
  });

  it('reads the subject of "amount to" as the counted noun', () => {
    const claim = claimIn('North Korean casualties amount to roughly 3,500, Kyiv says.');
    expect([claim.value, claim.unit, claim.category]).toEqual([3_500, 'person', 'casualties']);
  });
});

describe('ranks', () => {
  it('does not read "the top 10 partners" as a count, but reads "losses top 3,000"', () => {
    expect(claimsIn('Russia is among the top 10 trading partners of the North.')).toEqual([]);
    expect(claimIn('Losses top 2,000, Kyiv says.').qualifier).toBe('more_than');
  });
});

describe('the figure a level rose from', () => {
  it('reads ", from perhaps 1m-2m" after a rate of shells as shells', () => {
    const claims = claimsIn(
      'Plants raised output of shells to about 4m a year, from perhaps 1m-2m.',
    );
    expect(claims.map((c) => [c.unit, c.qualifier])).toEqual([
      ['shell', 'approx'],
      ['shell', 'range'],
    ]);
  });
});

describe('a bare rate after a noun of its own sentence', () => {
  it('reads "makes attack drones and could turn out 1,500 a year" as drones', () => {
    const claim = claimIn('The North now makes attack drones and could turn out 1,500 a year.');
    expect([claim.value, claim.unit, claim.period?.per]).toEqual([1500, 'drone', 'year']);
  });
});

describe('"over" as a particle, and a part of a counted whole', () => {
  it('reads "handed over 5 million shells" as exactly 5 million, not more', () => {
    const claim = claimIn('The North handed over 5 million shells.');
    expect([claim.value, claim.qualifier, claim.text]).toEqual([
      5_000_000,
      'exact',
      '5 million shells',
    ]);
    expect(claimIn('Russia fired over 5 million shells.').qualifier).toBe('more_than');
  });

  it('reads "about 3,000 of the 12,000 troops" as troops', () => {
    const claim = claimIn('About 3,000 of the 12,000 troops have been wounded.');
    expect([claim.value, claim.unit]).toEqual([3000, 'person']);
  });
});

describe('a change and the level it reached', () => {
  it('reads "rose 4 percentage points to 9 percent" as two figures, not a range', () => {
    const claims = claimsIn('Russia’s share of the trade rose 4 percentage points to 9 percent.');
    expect(claims.map((c) => [c.value, c.qualifier])).toEqual([
      [4, 'exact'],
      [9, 'exact'],
    ]);
  });
});

describe('the levels before and after a change', () => {
  it('reads "rose from 8,000 to 14,000" as two figures, and "sent from 8,000 to 9,000" as a range', () => {
    expect(
      claimsIn('The number of North Korean workers rose from 8,000 to 14,000.').map((c) => c.value),
    ).toEqual([8000, 14_000]);
    expect(claimIn('The North sent from 8,000 to 9,000 troops.').qualifier).toBe('range');
  });
});

describe('half a dozen', () => {
  it('reads "half a dozen launchers" as six', () => {
    const claim = claimIn('Half a dozen launchers were destroyed near the border.');
    expect([claim.value, claim.unit]).toEqual([6, 'item']);
  });
});

describe('currencies named with their country', () => {
  it('reads "Korean won", "North Korean won" and "Russian roubles"', () => {
    expect(claimIn('Moscow paid 2 trillion Korean won for the arms.').unit).toBe('krw');
    expect(claimIn('Each family got 300,000 North Korean won.').unit).toBe('kpw');
    expect(claimIn('Trade reached 4 billion Russian roubles.').unit).toBe('rub');
  });
});

describe('the size of a ship', () => {
  it('does not read "2,000 deadweight tons" or "a 110m cargo ship" as a claim', () => {
    expect(claimsIn('Most of the vessels are under 2,000 deadweight tons.')).toEqual([]);
    expect(claimsIn('The Sora is a 110m cargo ship built in 2005.')).toEqual([]);
    expect(claimIn('Russia shipped 2,000 tons of diesel.').unit).toBe('tonne');
  });
});

describe('air-defence batteries', () => {
  it('counts "at least one Pantsir battery" as a weapon system', () => {
    const claim = claimIn('Moscow gave Pyongyang at least one Pantsir battery.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([1, 'item', 'at_least']);
  });
});

describe('a bare figure valued through a pronoun or a word for the figure', () => {
  it('counts "estimated it at 9,000-10,000" as the troops counted before', () => {
    const claims = claimsIn(
      'Pyongyang sent about 12,000 troops last autumn. Kyiv estimated it at 9,000-10,000 in the spring.',
    );
    expect(claims.map((c) => [c.low, c.high, c.unit])).toContainEqual([9000, 10_000, 'person']);
  });

  it('counts "whose number the minister put at 2,000" as the engineers named before', () => {
    const claims = claimsIn(
      'Moscow asked for 800 engineers. The engineers, whose number the minister put at 2,000, will repair bridges.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toContainEqual([2000, 'person']);
  });

  it('counts "that estimate was revised to around 7,000" as the troops estimated before', () => {
    const claims = claimsIn(
      'Officials said about 8,000 troops had been deployed. That estimate was later revised to around 7,000.',
    );
    expect(claims.map((c) => [c.value, c.unit, c.qualifier])).toContainEqual([
      7000,
      'person',
      'approx',
    ]);
  });

  it('does not count "the number of countries rose to 11" as the tankers before', () => {
    const claims = claimsIn(
      'Russia sent 40 tankers. The number of countries in the pact rose to 11.',
    );
    expect(claims.map((c) => c.value)).toEqual([40]);
  });
});

describe('a figure before the body that estimated it', () => {
  it('keeps "up from 2,500 the National Intelligence Service estimated" as a figure', () => {
    const claims = claimsIn(
      'The tally rose to 4,000 soldiers in May, up from 2,500 the National Intelligence Service estimated in March.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [4000, 'person'],
      [2500, 'person'],
    ]);
  });
});

describe('a bare figure placed somewhere after a count', () => {
  it('counts "around 2,000 in the Far Eastern region" as the workers just counted', () => {
    const claims = claimsIn(
      'About 9,000 workers were in Moscow, and around 2,000 in the Far Eastern region of Primorye.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [9000, 'person'],
      [2000, 'person'],
    ]);
  });

  it('counts "at least 8,000 on Russian soil" as the troops of the sentence before', () => {
    const claims = claimsIn(
      'Pyongyang sent 9,000 troops. We now see at least 8,000 on Russian soil.',
    );
    expect(claims.map((c) => [c.value, c.unit, c.qualifier])).toContainEqual([
      8000,
      'person',
      'at_least',
    ]);
  });

  it('does not take a weekday for a place: "3,000 on Tuesday" after a count of shells', () => {
    const claims = claimsIn('Russia fired 5,000 shells on Monday, and 3,000 on Tuesday.');
    expect(claims.every((c) => c.unit === 'shell')).toBe(true);
  });
});

describe('replacements', () => {
  it('counts "3,000 replacements" as people, as reinforcements are', () => {
    const claim = claimIn('Pyongyang later flew in roughly 3,000 replacements.');
    expect([claim.value, claim.unit, claim.qualifier]).toEqual([3000, 'person', 'approx']);
  });
});

describe('small bounded counts of unfamiliar nouns', () => {
  it('counts "at least three crude cargoes" and "at least nine Russian banks"', () => {
    const cargoes = claimIn(
      'Monitors found that at least three crude cargoes reached the terminal.',
    );
    expect([cargoes.value, cargoes.unit, cargoes.qualifier]).toEqual([3, 'item', 'at_least']);
    const banks = claimIn('The regime keeps rubles at at least nine Russian banks.');
    expect([banks.value, banks.qualifier]).toEqual([9, 'at_least']);
  });

  it('leaves unbounded or timed small counts alone: "three crude cargoes", "at least three times"', () => {
    expect(claimsIn('Monitors found three crude cargoes at the terminal.')).toEqual([]);
    expect(claimsIn('Tankers called at least three times a month.')).toEqual([]);
    expect(claimsIn('The shelling lasted at least five hours.')).toEqual([]);
  });
});

describe('barrels as commodity newsletters write them', () => {
  it('reads "1mn bl" as barrels and "500,000 bl/yr" as barrels a year', () => {
    const shipped = claimIn('Russia has shipped more than 1mn bl of diesel to the North.');
    expect([shipped.value, shipped.unit, shipped.qualifier]).toEqual([
      1_000_000,
      'barrel',
      'more_than',
    ]);
    const cap = claimIn('The council limits the North to 500,000 bl/yr of products.');
    expect([cap.value, cap.unit, cap.period?.per]).toEqual([500_000, 'barrel', 'year']);
  });
});

describe('resolution numbers', () => {
  it('skips the number of a lower-case "resolution 2397" beside the cap it sets', () => {
    const claims = claimsIn(
      'The yearly ceiling of 500,000 barrels fixed by Security Council resolution 2397 was passed in May.',
    );
    expect(claims.map((c) => c.value)).toEqual([500_000]);
  });
});

describe('figures that add to the count before', () => {
  it('counts the noun just counted for "an additional 4,000" standing alone', () => {
    const claims = claimsIn(
      'Pyongyang has posted 9,000 labourers to the Far East, and an additional 4,000 may join them.',
    );
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [9000, 'person'],
      [4000, 'person'],
    ]);
  });
});

describe('a fraction right before a scale', () => {
  it('reads "a half-million" and "a quarter million" as numbers', () => {
    expect(claimIn('The North sent a half-million shells over the winter.').value).toBe(500_000);
    expect(claimIn('The North sent a quarter million shells over the winter.').value).toBe(250_000);
  });

  it('still reads "half of" as a share and leaves "a half-million-barrel tanker" a size', () => {
    const share = claimIn('Half of the rounds fired at the front came from the North.');
    expect([share.value, share.unit]).toEqual([50, 'percent']);
    expect(claimsIn('They spoke of a half-million-barrel tanker.')).toEqual([]);
  });

  it('reads "a half-million-barrel cap" as the cap it states', () => {
    const cap = claimIn('They spoke of a half-million-barrel cap.');
    expect([cap.value, cap.unit, cap.qualifier]).toEqual([500_000, 'barrel', 'exact']);
  });
});

describe('shares of a poll', () => {
  it('does not read the share of those answering a survey as a claim', () => {
    expect(claimsIn('In the poll, 62 percent of respondents backed closer ties.')).toEqual([]);
    expect(claimsIn('About 40% of those surveyed were against the pact.')).toEqual([]);
  });
});

describe('loose figures hyphened to a word', () => {
  it('reads "5,000-odd" as about 5,000 and keeps "10,000-plus" more than', () => {
    const loose = claimIn('The regime moved 7,000-odd labourers to the Far East.');
    expect([loose.value, loose.qualifier, loose.unit]).toEqual([7_000, 'approx', 'person']);
    expect(claimIn('The regime moved 7,000-plus labourers to the Far East.').qualifier).toBe(
      'more_than',
    );
  });
});

describe('a dash that elides the thousands of the first bound', () => {
  it('reads "10-12,000 troops" as 10,000 to 12,000', () => {
    const claim = claimIn('Kim has committed 10-12,000 troops to the Kursk front.');
    expect([claim.low, claim.high, claim.qualifier]).toEqual([10_000, 12_000, 'range']);
  });

  it('leaves a range whose first bound is not a count of thousands: "300-1,000 men"', () => {
    const claim = claimIn('The North lost 300-1,000 men in the first week.');
    expect([claim.low, claim.high]).toEqual([300, 1_000]);
  });
});
