import { describe, expect, it } from 'vitest';
import { categoryWords } from './flows.ts';
import { lexicon, scanText } from './lexicon.ts';
import { claimIn, claimsIn } from './test-helpers.ts';
import { splitSentences } from './tokenize.ts';

const flow = (text: string) => {
  const claim = claimIn(text);
  return [claim.category, claim.from, claim.to];
};

describe('category', () => {
  it('files troops sent abroad as personnel', () => {
    expect(claimIn('North Korea has sent 11,000 troops to Russia.').category).toBe('personnel');
  });

  it('files soldiers who were killed as casualties', () => {
    expect(claimIn('About 1,200 North Korean soldiers were killed or wounded.').category).toBe(
      'casualties',
    );
  });

  it('files the size of a standing unit as a force, whoever was sent from it', () => {
    const [sent, unit] = claimsIn(
      'North Korea sent 11,000 troops, drawn from a corps of 30,000 soldiers.',
    );
    expect([sent?.category, sent?.from, sent?.to]).toEqual(['personnel', 'PRK', 'RUS']);
    expect([unit?.category, unit?.from, unit?.to]).toEqual(['force_size', 'PRK', null]);
    expect(
      claimIn('The soldiers sent to Russia come from a brigade of 5,000 troops.').category,
    ).toBe('force_size');
  });

  it('reads "-strong" as a count of people: a force size, or personnel when sent', () => {
    expect(flow("Russia's 1.2 million-strong army is stretched.")).toEqual([
      'force_size',
      'RUS',
      null,
    ]);
    expect(flow('Pyongyang sent an 11,000-strong contingent to Russia.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('files the size of an army as force_size', () => {
    expect(claimIn("The North's military has 1.2 million active-duty soldiers.").category).toBe(
      'force_size',
    );
  });

  it('files shells and containers of them as munitions', () => {
    expect(claimIn('Pyongyang shipped 6,700 containers to Moscow.').category).toBe('munitions');
    expect(claimIn('Pyongyang shipped 3 million shells to Moscow.').category).toBe('munitions');
  });

  it('files missiles as missiles and launchers as weapons', () => {
    expect(claimIn('North Korea supplied 50 ballistic missiles to Russia.').category).toBe(
      'missiles',
    );
    expect(claimIn('North Korea supplied 200 rocket launchers to Russia.').category).toBe(
      'weapons',
    );
  });

  it('files fighter jets and tanks as weapons, ships and railcars by what they carry', () => {
    expect(flow('Moscow has given Pyongyang 30 MiG-29 fighter jets.')).toEqual([
      'weapons',
      'RUS',
      'PRK',
    ]);
    expect(claimIn('Russia sent 12 railcars of fuel to the North.').category).toBe('oil');
  });

  it('files barrels and tankers as oil', () => {
    expect(claimIn('Russia delivered 1 million barrels to the North.').category).toBe('oil');
    expect(claimIn('Satellite images showed 14 tankers loading fuel.').category).toBe('oil');
  });

  it('files tonnes of grain as food and tonnes of fuel as oil', () => {
    expect(claimIn('Moscow sent 4,500 tonnes of rice to Pyongyang.').category).toBe('food');
    expect(claimIn('Moscow sent 4,500 tonnes of diesel to Pyongyang.').category).toBe('oil');
  });

  it('files payments as money and customs figures as trade', () => {
    expect(claimIn('Russia pays North Korea $20 million a month.').category).toBe('money');
    expect(claimIn('Bilateral trade reached $34 million last year.').category).toBe('trade');
  });

  it('files a sum that names no kind of its own after a figure of trade as that trade', () => {
    const [, base] = claimsIn(
      'Trade between China and North Korea grew to $80 million last year. The figure is still below the $120 million seen in 2018.',
    );
    expect([base?.category, base?.from, base?.to]).toEqual(['trade', 'CHN', 'PRK']);
    const [, paid] = claimsIn(
      'Trade between China and North Korea grew to $80 million last year. Russia paid $20 million for the shells.',
    );
    expect(paid?.category).toBe('money');
  });

  it('files a share of trade as trade and a share of shells as munitions', () => {
    expect(claimIn('China accounts for 96 percent of its trade.').category).toBe('trade');
    expect(claimIn('Russia relies on Pyongyang for half of its artillery shells.').category).toBe(
      'munitions',
    );
  });
});

describe('direction', () => {
  it('takes the subject of "sent" as the sender and "to X" as the receiver', () => {
    expect(flow('North Korea has sent 11,000 troops to Russia.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('reads an indirect object as the receiver: "provided Russia with"', () => {
    expect(flow('Pyongyang has provided Russia with 20,000 containers.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('reads "sends Russia millions of shells"', () => {
    expect(flow('North Korea sends Russia millions of shells')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('reads "from X to Y" after a passive verb', () => {
    expect(flow('Some 6,700 containers were sent from North Korea to Russia.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('takes the subject of "received" as the receiver', () => {
    expect(flow('Russia received 24 ballistic missiles from North Korea.')).toEqual([
      'missiles',
      'PRK',
      'RUS',
    ]);
  });

  it('takes the subject of "earned" as the receiver and fills the payer', () => {
    expect(flow('The North has earned up to $5.5 billion through arms deals with Russia.')).toEqual(
      ['money', 'RUS', 'PRK'],
    );
  });

  it('reads "could bring in" as money coming to the subject', () => {
    expect(flow('She estimated that North Korea could bring in $572 million annually.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it('reads weapons fired at a country as flowing from the user to the target', () => {
    expect(flow('Russia fired 194 North Korean missiles at Ukraine.')).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
  });

  it('reads weapons deployed by a party to the war as aimed at its enemy', () => {
    expect(flow('Russians had deployed at least 24 North Korean ballistic missiles.')).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
  });

  it('resolves aliases: the Kremlin, Pyongyang, the North, Kim', () => {
    expect(flow('The Kremlin paid Pyongyang $1 billion.')).toEqual(['money', 'RUS', 'PRK']);
    expect(flow("Kim's regime shipped 5,000 containers to Moscow.")).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('does not take a country from the name of the source', () => {
    expect(flow('North Korea has sent 20,000 containers, South Korean officials said.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('falls back to the usual direction of the exchange when no country is named', () => {
    expect(flow('At least several million shells have been sent.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
    expect(flow('The payments reached $20 million a month.')).toEqual(['money', 'RUS', 'PRK']);
  });

  it('prefers the verb of the figure’s own relative clause: "the 11,000 troops it has dispatched"', () => {
    const claims = claimsIn(
      'That would bring Pyongyang $20 million a month for the 11,000 troops it has dispatched.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['money', 'RUS', 'PRK'],
      ['personnel', 'PRK', 'RUS'],
    ]);
  });

  it('gives an elided figure the unit of the one before it and its own subject', () => {
    const claims = claimsIn('Russia fires 10,000 shells a day, while Ukraine fires about 2,000.');
    expect(claims.map((c) => [c.value, c.unit, c.from, c.to, c.period?.per])).toEqual([
      [10_000, 'shell', 'RUS', 'UKR', 'day'],
      [2000, 'shell', 'UKR', 'RUS', 'day'],
    ]);
  });

  it('completes a one-sided flow with the usual direction of the exchange', () => {
    expect(flow('Ukraine has identified 30 North Korean-made howitzers at the front.')).toEqual([
      'weapons',
      'PRK',
      'RUS',
    ]);
  });

  it('files tonnes of imported rice as food, not trade', () => {
    expect(flow('Pyongyang imported 67,000 tonnes of Chinese rice in 2023.')).toEqual([
      'food',
      'CHN',
      'PRK',
    ]);
  });

  it('gives casualties the nationality of the dead and no receiver', () => {
    expect(flow('Ukraine said 300 North Korean soldiers were killed.')).toEqual([
      'casualties',
      'PRK',
      null,
    ]);
  });

  it('gives casualties the country of the people named before them, not of a place', () => {
    expect(
      flow('North Korean troops fighting for Russia have suffered about 1,100 casualties.'),
    ).toEqual(['casualties', 'PRK', null]);
  });

  it('reads the counted noun from the subject: "casualties had exceeded 3,000"', () => {
    const claim = claimIn('Zelensky said North Korean casualties had exceeded 3,000.');
    expect([claim.value, claim.unit, claim.category, claim.from, claim.qualifier]).toEqual([
      3000,
      'person',
      'casualties',
      'PRK',
      'more_than',
    ]);
  });

  it('gives a force size the country that fields it', () => {
    expect(flow("Russia's army of 1.5 million troops is the largest in Europe.")).toEqual([
      'force_size',
      'RUS',
      null,
    ]);
  });

  it("credits exports to one side, in another country's own figures, to that country", () => {
    expect(
      flow('Chinese customs data show exports of diesel to North Korea fell to 900 tonnes.'),
    ).toEqual(['oil', 'CHN', 'PRK']);
  });

  it('pairs the two countries of bilateral trade', () => {
    const claim = claimIn('Trade between North Korea and China slowed to $1.5 billion.');
    expect([claim.from, claim.to].sort()).toEqual(['CHN', 'PRK']);
  });

  it('gives a country its own total exports with no partner', () => {
    const [first, second] = claimsIn(
      'North Korea is isolated. The country’s exports amounted to $330 million.',
    );
    expect(second).toBeUndefined();
    expect([first?.category, first?.from, first?.to]).toEqual(['trade', 'PRK', null]);
  });

  it('resolves "its" to the country named last', () => {
    expect(flow('North Korea has few friends. Its military has 1.3 million members.')).toEqual([
      'force_size',
      'PRK',
      null,
    ]);
  });
});

describe('stage', () => {
  it('reads "has sent" as delivered', () => {
    expect(claimIn('North Korea has sent 11,000 troops to Russia.').stage).toBe('delivered');
  });

  it('reads "agreed to supply" as pledged', () => {
    expect(claimIn('Pyongyang agreed to supply 5,000 workers to Moscow.').stage).toBe('pledged');
  });

  it('reads "could bring in" as projected', () => {
    expect(claimIn('The North could bring in $500 million a year.').stage).toBe('projected');
  });

  it('reads "an estimated" as estimated', () => {
    expect(claimIn('An estimated 11,000 soldiers are in Kursk.').stage).toBe('estimated');
  });
});

describe('round 2: direction and stock', () => {
  it('pairs trade with the countries named beside the word of trade, not a later clause', () => {
    const c = claimIn('Japan-South Korea trade rose to $5 billion as Seoul courted Moscow.');
    expect(c.category).toBe('trade');
    expect([c.from, c.to].sort()).toEqual(['JPN', 'KOR'].sort());
  });

  it('does not take a possessive in apposition for the sender', () => {
    const c = claimIn('China, long the North’s biggest supplier, sent 80,000 tonnes of flour.');
    expect([c.category, c.from, c.to]).toEqual(['food', 'CHN', 'PRK']);
  });

  it('reads a need or an output as a stock of the country, with no receiver', () => {
    expect(flow('North Korea needs about 6mn tonnes of rice a year.')).toEqual([
      'food',
      'PRK',
      null,
    ]);
    expect(flow('North Korean factories can turn out 30 missiles per month.')).toEqual([
      'missiles',
      'PRK',
      null,
    ]);
  });

  it('files troops counted with a word of standing forces in their phrase as force_size', () => {
    expect(
      flow('Russia keeps a huge army, with some 1.3 million active troops, and sent few abroad.'),
    ).toEqual(['force_size', 'RUS', null]);
  });

  it('credits people killed by a weapon to the place struck, not the maker of the weapon', () => {
    const claims = claimsIn('A North Korean missile struck Odesa, killing four people.');
    expect(claims.map((c) => [c.value, c.category, c.from, c.to])).toEqual([
      [4, 'casualties', 'UKR', null],
    ]);
  });

  it('files "traded" amounts as trade', () => {
    expect(claimIn('Russia and North Korea traded goods worth $40 million.').category).toBe(
      'trade',
    );
  });
});

describe('round 2: verbs around the figure', () => {
  it('keeps the verb that uses weapons when a participle says who supplied them', () => {
    expect(flow('Russia launched about 40 cruise missiles supplied by Iran at Kyiv.')).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
  });

  it('reads a pronoun subject as the country the sentence named: "China\'s data show it sent"', () => {
    const c = claimIn(
      "China's customs figures show it sent 20,000 tonnes of diesel to North Korea.",
    );
    expect([c.category, c.from, c.to]).toEqual(['oil', 'CHN', 'PRK']);
  });

  it('reads a capacity ("can hold") as no flow', () => {
    const c = claimIn('Each railcar can hold several hundred shells.');
    expect([c.unit, c.from, c.to]).toEqual(['shell', null, null]);
  });

  it('dates "N more followed in …" by the clause of its own verb', () => {
    const [, more] = claimsIn(
      'Some 9,000 troops arrived in late 2023 and about 2,000 more followed in March and April 2024.',
    );
    expect(more?.text).toBe('about 2,000 more');
    expect(more?.period).toEqual({ start: '2024-03', end: '2024-04', per: null });
  });
});

describe('round 2: pairs and sizes', () => {
  it('reads "the two countries" in a trade figure as the pair named last', () => {
    const next = claimIn(
      'Russia and North Korea signed a trade pact. In May the two countries traded goods worth $12 million.',
    );
    expect(next?.category).toBe('trade');
    expect([next?.from, next?.to].sort()).toEqual(['PRK', 'RUS']);
  });

  it('leaves a lone trade total without a partner when no pair is named', () => {
    const c = claimIn("North Korea's exports to all countries came to $300 million.");
    expect([c.category, c.from, c.to]).toEqual(['trade', 'PRK', null]);
  });

  it('files the size of an economy as other, not money', () => {
    const c = claimIn('Analysts size the economy of North Korea at about $28 billion a year.');
    expect([c.category, c.from, c.to]).toEqual(['other', 'PRK', null]);
  });
});

describe('round 2: limits', () => {
  it('reads a cap as exact with no sender: "caps … imports at 400,000 barrels"', () => {
    const c = claimIn(
      "The council caps North Korea's crude oil imports at 400,000 barrels a year.",
    );
    expect([c.qualifier, c.from, c.to, c.period?.per]).toEqual(['exact', null, 'PRK', 'year']);
  });

  it('reads "a ceiling of" as a cap whose size is stated exactly', () => {
    const c = claimIn('The deal sets a ceiling of 2mn tonnes of grain for North Korea.');
    expect([c.qualifier, c.from]).toEqual(['exact', null]);
  });

  it('binds a cap with no country beside it to the usual receiver of its goods', () => {
    expect(
      flow('Shipments tracked by a group based in Britain far exceed the cap of 300,000 barrels.'),
    ).toEqual(['oil', null, 'PRK']);
    expect(flow('Crude is capped separately at two million barrels a year.')).toEqual([
      'oil',
      null,
      'PRK',
    ]);
  });

  it('does not bind a cap to the country that supplies the goods', () => {
    expect(
      flow('Fuel from Russia has exceeded the council’s ceiling of 300,000 barrels a year.'),
    ).toEqual(['oil', null, 'PRK']);
  });
});

describe('round 2: trips and transfers', () => {
  it('gives trips the kind of what the vessels making them carry', () => {
    const c = claimsIn('A dozen tankers made 38 trips to Nakhodka.').at(-1);
    expect([c?.value, c?.unit, c?.category]).toEqual([38, 'item', 'oil']);
  });

  it('gives transfers the kind of the goods they move', () => {
    const c = claimIn('Ships made at least six transfers of diesel at sea.');
    expect([c.unit, c.category, c.qualifier]).toEqual(['item', 'oil', 'at_least']);
  });

  it('does not give factories the kind of what they make', () => {
    expect(claimIn('About 150 factories turn out shells.').category).toBe('other');
  });
});

describe('round 2: a figure "for" another party', () => {
  it('reads "about 1,500 for Russia" after a use verb as that country firing at its adversary', () => {
    const c = claimsIn('Ukraine fires some 3,000 shells a day, against about 9,000 for Russia.').at(
      -1,
    );
    expect([c?.value, c?.unit, c?.from, c?.to, c?.period?.per]).toEqual([
      9000,
      'shell',
      'RUS',
      'UKR',
      'day',
    ]);
  });
});

describe('trade and payments across sentences', () => {
  const pairOf = (c: { from: string | null; to: string | null }) => [c.from, c.to].sort();

  it('gives trade with no country in its sentence the pair the text was speaking of', () => {
    const claim = claimIn(
      'Trade between China and North Korea rose in 2024. Two-way commerce reached $2.1 billion, customs data showed.',
    );
    expect([claim.category, ...pairOf(claim)]).toEqual(['trade', 'CHN', 'PRK']);
  });

  it('takes the pair trade was said of, not the countries named last', () => {
    const claim = claimIn(
      'Trade between China and North Korea fell in 2024 as Pyongyang turned to Russia. Two-way commerce came to $2 billion.',
    );
    expect([claim.category, ...pairOf(claim)]).toEqual(['trade', 'CHN', 'PRK']);
  });

  it('completes "trade with China" with the other side the text was speaking of', () => {
    const claim = claimIn(
      'North Korea depends on its northern neighbour. In 2019, trade with China reached $2.8 billion.',
    );
    expect([claim.category, ...pairOf(claim)]).toEqual(['trade', 'CHN', 'PRK']);
  });

  it("leaves a country's total exports without a partner", () => {
    expect(
      flow('Russia is its ally. North Korea’s official exports amounted to $300 million in 2023.'),
    ).toEqual(['trade', 'PRK', null]);
  });

  it('reads a sum a verb of payment brings in as money, though exports are named after it', () => {
    expect(
      flow(
        'At that rate the brigade would bring in $30 million a month, about the size of the official exports of North Korea.',
      ),
    ).toEqual(['money', 'RUS', 'PRK']);
  });

  it('credits the sum to the country right after "earned"', () => {
    const [, , earned] = claimsIn(
      'If Moscow paid $2 million per missile, 100 missiles would have earned North Korea $200 million.',
    );
    expect([earned?.category, earned?.from, earned?.to]).toEqual(['money', 'RUS', 'PRK']);
  });

  it('does not read "made up" as money made', () => {
    const [, share] = claimsIn(
      'Trade between Russia and North Korea reached $60 million in 2023. Russian exports made up $45 million of it.',
    );
    expect(share?.category).toBe('trade');
  });
});

describe('figures that name no kind of their own', () => {
  it('gives vessels the kind of the cargo just counted', () => {
    const [, vessels] = claimsIn(
      'Russia shipped about 900,000 barrels of oil to North Korea this spring. Some 14 vessels took part.',
    );
    expect(vessels?.category).toBe('oil');
  });

  it('gives a bare share the kind of the sum it is taken from', () => {
    const [, share] = claimsIn(
      'Each North Korean labourer in Russia earns about $900 a month. The state keeps up to 80% of that.',
    );
    expect([share?.category, share?.from, share?.to]).toEqual(['money', 'RUS', 'PRK']);
  });

  it('keeps a share of a named whole ("30% of capacity") as other', () => {
    const [, share] = claimsIn(
      'North Korea sent 5,000 containers of shells to Russia. Its plants run at about 30% of capacity.',
    );
    expect(share?.category).toBe('other');
  });

  it('does not carry the kind of figure into a new paragraph, except the goods carriers carry', () => {
    const [, share] = claimsIn(
      'Russia shipped about 900,000 barrels of oil to North Korea this spring.\nAbout half of the port was closed.',
    );
    expect(share?.category).toBe('other');
    const [, vessels] = claimsIn(
      'Russia shipped about 900,000 barrels of oil to North Korea this spring.\nSome 14 vessels were seen at the port.',
    );
    expect(vessels?.category).toBe('oil');
  });
});

describe('the usual direction of the exchange', () => {
  it('reads wages earned on a Russian site as money flowing from Russia to North Korea', () => {
    expect(
      flow('A North Korean labourer on a Russian building site can earn 90,000 rubles a month.'),
    ).toEqual(['money', 'RUS', 'PRK']);
  });

  it('keeps a flow against the usual direction when an object names the receiver', () => {
    expect(flow('Moscow has handed Pyongyang 20 fighter jets.')).toEqual(['weapons', 'RUS', 'PRK']);
  });
});

describe('whose people a count is', () => {
  it('does not give captured soldiers to the country that captured them', () => {
    const [, captured] = claimsIn(
      'North Korea has sent 11,000 troops to Russia. Three soldiers captured by Ukraine in January are being questioned.',
    );
    expect([captured?.category, captured?.from, captured?.to]).toEqual(['casualties', 'PRK', null]);
  });
});

describe('"the regime" and "the state"', () => {
  it('reads "the regime" as North Korea, not the country named last', () => {
    const claim = claimIn(
      'The war in Ukraine drags on. North Korean workers in Russia and China bring the regime about $500 million a year.',
    );
    expect(claim.to).toBe('PRK');
  });
});

describe('a part of a group', () => {
  it('gives "of whom 3,000 were killed" to the part, not to the whole sent', () => {
    const [whole, part] = claimsIn(
      'About 12,000 North Korean soldiers went to Russia, of whom 3,000 have been killed or wounded.',
    );
    expect([whole?.category, part?.category]).toEqual(['personnel', 'casualties']);
  });
});

describe('carriers counted between countries', () => {
  it('reads railcars crossing into a country, with no cargo named, as trade', () => {
    const c = claimIn(
      'Some 1,900 railcars crossed the bridge into Russia from North Korea in May.',
    );
    expect([c.category, [c.from, c.to].sort()]).toEqual(['trade', ['PRK', 'RUS']]);
  });

  it('keeps a carrier with its cargo named in the kind of its cargo', () => {
    expect(claimIn('Russia sent 30 tankers of diesel to North Korea.').category).toBe('oil');
  });

  it('leaves carriers counted with no country in sight as other', () => {
    expect(claimIn('About 40 lorries waited at the gate.').category).toBe('other');
  });
});

describe('countries that describe a source', () => {
  it("does not take the country of a source's appositive for a party", () => {
    const c = claimIn(
      'Lee Ha-na, an analyst at the Seoul-based Hanbit Institute, estimates that the arms trade has earned North Korea as much as $3bn.',
    );
    expect([c.from, c.to]).toEqual(['RUS', 'PRK']);
  });
});

describe('weapons in use', () => {
  it('reads a share of weapons fired so far as used by the maker’s customer on its adversary', () => {
    expect(
      flow('Air defences downed fewer than a third of the North Korean missiles fired so far.'),
    ).toEqual(['missiles', 'RUS', 'UKR']);
  });

  it('reads "half of them have been fired at Ukraine" as a use, not the delivery before it', () => {
    const claims = claimsIn(
      'Moscow took delivery of 80 missiles from Pyongyang, and roughly half of them have since been fired at Ukraine.',
    );
    expect(claims.map((c) => [c.text, c.from, c.to])).toEqual([
      ['80 missiles', 'PRK', 'RUS'],
      ['roughly half', 'RUS', 'UKR'],
    ]);
  });

  it('reads counted launches as a use, and a country’s own launches as its own', () => {
    expect(flow('Investigators logged at least 30 such launches by March.')).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
    expect(flow('The North carried out 20 missile launches of its own last year.')).toEqual([
      'missiles',
      'PRK',
      null,
    ]);
  });

  it('takes the user from the agent of the participle: "used by Russia against Ukraine"', () => {
    expect(
      flow('About 70 percent of the North Korean shells used by Russia against Ukraine were duds.'),
    ).toEqual(['munitions', 'RUS', 'UKR']);
  });

  it('reads a share of the shells a country fires that "come from" another as the supply', () => {
    expect(
      flow('Roughly half of the shells fired by Russian troops now come from North Korea.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
  });

  it('keeps the firing side when a later "supplied by" names the maker', () => {
    expect(
      flow(
        'Russia has fired more than 40 ballistic missiles supplied by North Korea at Ukrainian towns.',
      ),
    ).toEqual(['missiles', 'RUS', 'UKR']);
  });

  it('keeps a sale whose missiles a relative clause says were launched later', () => {
    expect(
      flow('North Korea sold Russia 150 missiles that were later launched at Ukraine.'),
    ).toEqual(['missiles', 'PRK', 'RUS']);
  });
});

describe('whose casualties', () => {
  it('does not take the country people fought for as theirs', () => {
    const claims = claimsIn(
      'Pyongyang has lost about 4,000 men among the units it sent to fight for Moscow, including some 600 killed.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to])).toEqual([
      ['about 4,000 men', 'casualties', 'PRK', null],
      ['some 600 killed', 'casualties', 'PRK', null],
    ]);
  });

  it('reads the nationality in the whole a share is of', () => {
    expect(
      flow(
        'A Ukrainian spokesman said nearly a quarter of the North Korean casualties were caused by artillery.',
      ),
    ).toEqual(['casualties', 'PRK', null]);
  });

  it('does not take the country of the weapons that hit them, and goes on with the people last counted', () => {
    const claims = claimsIn(
      'North Korea sent 11,000 troops to Russia. Their units lost 300 men to Ukrainian drones within a week.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to])).toEqual([
      ['11,000 troops', 'personnel', 'PRK', 'RUS'],
      ['300 men', 'casualties', 'PRK', null],
    ]);
  });

  it('files a share of soldiers who were wounded as casualties', () => {
    expect(flow('About half of the North Korean soldiers who came back were wounded.')).toEqual([
      'casualties',
      'PRK',
      null,
    ]);
  });

  it('carries whose people are counted into a later paragraph with no country', () => {
    const claims = claimsIn(
      'About 12,000 North Korean soldiers fought in Kursk.\n\nRoughly half of the deaths came in the first fortnight.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from])).toEqual([
      ['About 12,000 North Korean soldiers', 'personnel', 'PRK'],
      ['Roughly half', 'casualties', 'PRK'],
    ]);
  });
});

describe('shares that restate or refer back', () => {
  it('reads a share "equal to" a part of GDP as the payment before it', () => {
    const claims = claimsIn(
      'Arms sales may have earned Pyongyang $15 billion, a sum equal to nearly 60 percent of its gross domestic product.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to])).toEqual([
      ['$15 billion', 'money', 'RUS', 'PRK'],
      ['nearly 60 percent', 'money', 'RUS', 'PRK'],
    ]);
  });

  it('keeps the size of an economy the text names after a comparison as its own', () => {
    const claims = claimsIn(
      "That is about half of North Korea's gross domestic product, which the central bank puts at 38 trillion won.",
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to]).at(-1)).toEqual([
      '38 trillion won',
      'other',
      'PRK',
      null,
    ]);
  });

  it('reads "10% of the total" as a share of the sum just spoken of', () => {
    const claims = claimsIn('Moscow paid about $3bn. Less than 12% of the total was paid in cash.');
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['money', 'RUS', 'PRK'],
      ['money', 'RUS', 'PRK'],
    ]);
  });

  it('files a part of a group that was killed as casualties of its country', () => {
    const claims = claimsIn(
      'Some 14,000 North Korean soldiers have served in Russia, of whom perhaps a quarter have been killed or wounded.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['personnel', 'PRK', 'RUS'],
      ['casualties', 'PRK', null],
    ]);
  });
});

describe('changes in prices', () => {
  it('files a change in the price of goods as those goods, in the market named', () => {
    const claims = claimsIn(
      'Russia shipped 30,000 tonnes of wheat to the North in May. Flour prices in Pyongyang have dropped by about a quarter since then.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to])).toEqual([
      ['30,000 tonnes', 'food', 'RUS', 'PRK'],
      ['about a quarter', 'food', 'PRK', null],
    ]);
    expect(flow('The price of a litre of diesel in Pyongyang rose 12% in March.')).toEqual([
      'oil',
      'PRK',
      null,
    ]);
  });

  it('leaves the market out when the text names none', () => {
    expect(flow('Rice prices in border towns fell by nearly 10% after the harvest.')).toEqual([
      'food',
      null,
      null,
    ]);
  });

  it('does not read prices that have "fallen" as people killed', () => {
    const claims = claimsIn(
      'North Korea has sent 12,000 soldiers to Russia. Fuel prices in Pyongyang have fallen by about a fifth.',
    );
    expect(claims.map((c) => c.category)).toEqual(['personnel', 'oil']);
  });
});

describe('carriers in a later paragraph', () => {
  it('gives ships counted in a new paragraph the goods the text last counted', () => {
    const claims = claimsIn(
      'Russia shipped about 900,000 barrels of fuel to North Korea this year.\n\nA dozen different vessels took part, the report found.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to])).toEqual([
      ['about 900,000 barrels', 'oil', 'RUS', 'PRK'],
      ['A dozen different vessels', 'oil', 'RUS', 'PRK'],
    ]);
  });

  it('keeps carriers that a sentence sends goods aboard as carrying them', () => {
    expect(
      flow(
        'The shells were moved from Rajin to Vostochny aboard three Russian-flagged cargo ships.',
      ),
    ).not.toEqual(['other', 'RUS', null]);
  });
});

describe('forces abroad and forces to come', () => {
  it('reads soldiers stationed where the exchange sends them as personnel sent', () => {
    expect(flow('Some 11,000 North Korean soldiers are stationed in Russia.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
    expect(flow('About 28,000 American troops are stationed in South Korea.')).toEqual([
      'force_size',
      'USA',
      null,
    ]);
  });

  it('reads "military builders … to follow" as a deployment, not a standing force', () => {
    const claims = claimsIn(
      'Officials expect up to 6,000 military engineers and sappers to follow.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([['personnel', 'PRK', 'RUS']]);
  });

  it('does not let a payment move the people it pays for', () => {
    const claims = claimsIn(
      'Moscow may be paying Pyongyang $250 million a year for about 12,000 soldiers, though most of it goes to the state.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to])).toEqual([
      ['$250 million a year', 'money', 'RUS', 'PRK'],
      ['about 12,000 soldiers', 'personnel', 'PRK', 'RUS'],
    ]);
  });
});

describe('sums that value goods', () => {
  it('files grain or technology "worth" a sum as the goods, and arms worth a sum as money', () => {
    expect(
      flow('Russian wheat worth about 3 billion roubles reached the North this spring.'),
    ).toEqual(['food', 'RUS', 'PRK']);
    expect(
      flow('The technology handed over so far would have cost Pyongyang about $700 million.'),
    ).toEqual(['technology', 'RUS', 'PRK']);
    expect(flow('The shells alone would be worth more than $6 billion.')[0]).toBe('money');
  });

  it('files shipments valued as the goods the text is speaking of', () => {
    const claims = claimsIn(
      'Russia sent 400,000 barrels of diesel to North Korea. Officials said the deliveries were worth roughly $40 million.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['oil', 'RUS', 'PRK'],
      ['oil', 'RUS', 'PRK'],
    ]);
  });

  it('leaves goods of several kinds valued together to the other rules', () => {
    expect(flow('Exchanges including arms, oil and food could be worth $1bn a year.')[0]).not.toBe(
      'food',
    );
  });
});

describe('countries that are no party', () => {
  it('does not take the place of filing in a dateline as a side of trade', () => {
    const claims = claimsIn(
      'SEOUL -- Trade between China and North Korea rose 9% in January.\nTwo-way trade reached $210 million in the month.',
    );
    expect(claims.map((c) => [c.text, c.category, [c.from, c.to].sort()])).toEqual([
      ['9%', 'trade', ['CHN', 'PRK']],
      ['$210 million', 'trade', ['CHN', 'PRK']],
    ]);
  });

  it('does not take a country that names the war as a side', () => {
    const claims = claimsIn(
      'North Korea and Russia have traded in secret since the invasion of Ukraine. Researchers put bilateral trade at around $30 million in 2023.',
    );
    expect([claims[0]?.from, claims[0]?.to].sort()).toEqual(['PRK', 'RUS']);
  });
});

describe('what containers hold, what a country lacks, what it makes', () => {
  it('sends what shipped containers can hold where the containers went', () => {
    const claims = claimsIn(
      'Pyongyang has sent some 20,000 containers to Russia, enough to hold perhaps 8m shells.',
    );
    expect(claims.map((c) => [c.text, c.from, c.to])).toEqual([
      ['some 20,000 containers', 'PRK', 'RUS'],
      ['perhaps 8m shells', 'PRK', 'RUS'],
    ]);
  });

  it('sends nothing with the size of one container', () => {
    expect(flow('Each standard container can hold several hundred shells.')).toEqual([
      'munitions',
      null,
      null,
    ]);
  });

  // Annotators of two sets give a gap of food to the country that lacks it, from no one.
  it('gives a shortfall to the country that lacks it, from no one', () => {
    expect(
      flow(
        "Russia's wheat is small next to the North's yearly grain shortfall of about 900,000 tonnes.",
      ),
    ).toEqual(['food', null, 'PRK']);
  });

  it('reads what factories are turning out as their country’s stock', () => {
    expect(flow('North Korean plants are turning out about 2 million shells a year.')).toEqual([
      'munitions',
      'PRK',
      null,
    ]);
  });

  it('does not let a verb of firing move the money a sum is worth', () => {
    const claims = claimsIn(
      'The missiles, of which Russian forces fired at least 120 at Ukraine, add perhaps $1bn more.',
    );
    expect(claims.map((c) => [c.text, c.category, c.from, c.to]).at(-1)).toEqual([
      'perhaps $1bn',
      'money',
      'RUS',
      'PRK',
    ]);
  });
});

describe('verbs of other clauses, and money from everywhere', () => {
  it('does not let the verb of another figure’s relative clause govern a later figure', () => {
    const claims = claimsIn(
      'North Korea has supplied Russia with 150 missiles that have been fired at Ukraine, along with some 6 million artillery rounds.',
    );
    expect(claims.map((c) => [c.text, c.from, c.to])).toEqual([
      ['150 missiles', 'PRK', 'RUS'],
      ['some 6 million artillery rounds', 'PRK', 'RUS'],
    ]);
  });

  it('names no payer for money that workers abroad bring in', () => {
    expect(
      flow(
        'North Korean workers abroad, many of them in Russia and China, bring the regime about $400 million a year.',
      ),
    ).toEqual(['money', null, 'PRK']);
    expect(
      flow('North Korea earns up to $300 million a year from labour exports worldwide.'),
    ).toEqual(['money', null, 'PRK']);
  });

  it('names no payer for money stolen by hackers', () => {
    expect(
      flow('Hackers working for Pyongyang stole about $600 million in digital currency last year.'),
    ).toEqual(['money', null, 'PRK']);
    expect(flow('Cyber theft brought the regime some $1 billion over five years.')).toEqual([
      'money',
      null,
      'PRK',
    ]);
  });
});

describe('the clause of a verb', () => {
  it('does not take a preposition of a later clause as the verb’s side', () => {
    expect(
      flow(
        'Each labourer earns about $900 a month, but most of it is kept by the regime in Pyongyang.',
      ),
    ).toEqual(['money', 'RUS', 'PRK']);
  });
});

describe('supply shares, accuracy and standing forces', () => {
  it('reads the share of the shells a country fires that come from another as that supply', () => {
    expect(
      flow('About half of the artillery ammunition Russia used last year came from North Korea.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
    expect(
      flow('Today about 40% of the shells fired by the Russian army are of North Korean origin.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
  });

  it('reads where missiles landed as said of missiles used', () => {
    expect(
      flow('Only one in four KN-23 missiles landed within 300 metres of its target last year.'),
    ).toEqual(['missiles', 'RUS', 'UKR']);
  });

  it('takes "by X" as the sender only right after a passive verb', () => {
    expect(
      flow('North Korea supplies nearly half of the ammunition used by Russian forces.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
  });

  it('reads troops named by their corps as sent, and a military by its size as a force', () => {
    expect(
      flow('About 11,000 troops, many from the elite Storm Corps, arrived in Russia last autumn.'),
    ).toEqual(['personnel', 'PRK', 'RUS']);
    expect(
      flow(
        'Several hundred North Korean military construction workers have arrived in the region.',
      ),
    ).toEqual(['personnel', 'PRK', 'RUS']);
    expect(
      flow('Its military is one of the largest armed forces, with 1.3 million members.')[0],
    ).toBe('force_size');
  });
});

describe('whose force', () => {
  it('reads troops of a country the exchange sends none from, with no verb of sending, as its force', () => {
    expect(flow('Russia has more than 500,000 troops committed to the war.')).toEqual([
      'force_size',
      'RUS',
      null,
    ]);
    expect(
      flow('North Korean engineers could free up several thousand Russian soldiers for the front.'),
    ).toEqual(['force_size', 'RUS', null]);
  });

  it('keeps North Korean troops in Russia as sent, whatever agency counts them', () => {
    expect(
      flow(
        "Ukraine's military intelligence said 10,000 North Korean soldiers remain stationed in Kursk.",
      ),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });

  it('does not take the casualty word of a later figure for an earlier one', () => {
    const claims = claimsIn(
      'About 14,000 North Korean troops remain in Russia, with around 4,200 killed or wounded so far.',
    );
    expect(claims.map((c) => c.category)).toEqual(['personnel', 'casualties']);
  });

  it('reads soldiers captured as casualties, whatever their ages', () => {
    expect(flow('Two North Korean soldiers, aged 21 and 25, were captured in January.')).toEqual([
      'casualties',
      'PRK',
      null,
    ]);
  });
});

describe('goods of trade', () => {
  it('files tonnes of coal or of cargo as trade', () => {
    expect(
      claimIn('North Korea shipped at least 400,000 tonnes of coal by sea last year.').category,
    ).toBe('trade');
    expect(
      claimIn('Russian Railways carried 9,800 tonnes of cargo across the border in the half-year.')
        .category,
    ).toBe('trade');
  });
});

describe('supply shares, failures and output', () => {
  it('reads the maker’s share of what a country fires as the supply', () => {
    expect(
      flow('North Korean shells make up as much as 45 percent of what the Russian army fires.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
    const claims = claimsIn(
      'Russia launched 210 ballistic missiles at Ukraine last year, of which about a fifth were North Korean-made.',
    );
    expect(claims.map((c) => [c.from, c.to])).toEqual([
      ['RUS', 'UKR'],
      ['PRK', 'RUS'],
    ]);
  });

  it('does not read shells that fail to fire as used', () => {
    expect(flow('Officials said up to 15% of the North Korean rounds fail to fire.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('reads output and production capacity as the maker’s stock, with no receiver', () => {
    expect(
      flow('North Korea’s output of shells has risen to about 200,000 rounds a month.'),
    ).toEqual(['munitions', 'PRK', null]);
    expect(flow('Pyongyang has a plant that could make 2,000 attack drones a year.')).toEqual([
      'weapons',
      'PRK',
      null,
    ]);
  });
});

describe('money against goods, and carriers by their flag', () => {
  it('pays the shipper for goods shipped', () => {
    const claims = claimsIn(
      'It assumed that North Korea had shipped about 10 million shells and priced them at $700 a round.',
    );
    expect(claims.map((c) => [c.unit, c.from, c.to]).at(-1)).toEqual(['usd', 'RUS', 'PRK']);
  });

  it('reads the usual receiver’s tankers taking part in deliveries as carrying the usual flow', () => {
    expect(
      flow('Imagery showed 11 different North Korean tankers taking part in the deliveries.'),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });

  it('reads the usual receiver’s tankers bound for the sender’s port as carrying the usual flow', () => {
    expect(
      flow('Analysts counted nine North Korean tankers heading to the Vostochny terminal.'),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });

  it('keeps a carrier’s flag as the sender when "from" says so', () => {
    expect(flow('Nine North Korean tankers sailed from North Korea to Russia.')).toEqual([
      'oil',
      'PRK',
      'RUS',
    ]);
  });

  it('counts port calls and visits as trips of the carriers the text is counting', () => {
    const claims = claimsIn(
      'Russia shipped fuel to North Korea last year. Imagery logged 52 port calls by North Korean tankers at Vostochny.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual(['oil', 'RUS', 'PRK']);
  });
});

describe('where soldiers served', () => {
  it('does not give soldiers who died in Russia to Russia, but civilians killed in Kharkiv to Ukraine', () => {
    expect(
      flow(
        'North Korea sent more troops. Hundreds of soldiers from the province have died in Russia since August.',
      ).at(1),
    ).toBe('PRK');
    expect(flow('A missile struck a block of flats in Kharkiv, killing three civilians.')).toEqual([
      'casualties',
      'UKR',
      null,
    ]);
  });
});

describe('sales that pay', () => {
  it('reads the value of the arms trade and of labour exports as money, not trade', () => {
    expect(claimIn('The arms trade with Russia is worth $18bn a year.').category).toBe('money');
    expect(claimIn('Its labour exports are worth $400 million a year.').category).toBe('money');
    expect(claimIn('Bilateral trade reached $34 million last year.').category).toBe('trade');
  });
});

describe('the reach of a casualty word', () => {
  it('does not let a casualty word of a later clause make an earlier count of people casualties', () => {
    expect(
      flow(
        'About 900 North Korean sappers are clearing mines near the border, a spokesman told reporters on Monday, adding that the units were losing men to mines almost every day.',
      ),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });
});

describe('standing forces named by their formation', () => {
  it('files troops a formation, a force or regular forces number as force_size', () => {
    expect(flow("Seoul puts the North's regular armed forces at 1.1 million troops.")).toEqual([
      'force_size',
      'PRK',
      null,
    ]);
    expect(
      flow("The brigades are a small part of Russia's force in the south, some 500,000 troops."),
    ).toEqual(['force_size', 'RUS', null]);
    expect(
      claimIn('Pyongyang drew the men from an elite formation of about 30,000 troops.').category,
    ).toBe('force_size');
  });

  it('reads "remains" as a verb, not as the dead', () => {
    expect(
      flow('The North Korean presence in Kursk remains large, with some 9,000 soldiers there.'),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });
});

describe("trade in a country's own figures", () => {
  it('reads exports to one side, in the figures of another country, as their trade', () => {
    expect(
      claimIn('Russian customs figures show exports to North Korea of $41m in the first half.'),
    ).toMatchObject({ category: 'trade', from: 'PRK', to: 'RUS' });
  });

  it("leaves a country's total exports with no partner, whoever counts them", () => {
    const claim = claimIn(
      "North Korea's recorded exports were worth $300 million, according to Japan's trade agency.",
    );
    expect([claim.category, claim.from, claim.to]).toEqual(['trade', 'PRK', null]);
  });
});

describe("the share a maker's weapons take of another country's whole", () => {
  it('reads it as the maker supplying that country, with the kind of its weapons', () => {
    expect(
      flow('North Korean shells now make up about 40% of the rounds Russian gunners fire.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
    expect(
      flow('Iranian missiles accounted for nearly a quarter of the stock in Russian arsenals.'),
    ).toEqual(['missiles', 'IRN', 'RUS']);
  });

  it('leaves a share that goods other than weapons take to its own kind', () => {
    expect(flow("Chinese goods make up about 90% of North Korea's recorded imports.")).toEqual([
      'trade',
      'PRK',
      'CHN',
    ]);
  });
});

describe('people going home', () => {
  it('reads soldiers rotated, sent or flown back as travelling from Russia to the North', () => {
    expect(flow('About 1,500 North Korean gunners were rotated home in the spring.')).toEqual([
      'personnel',
      'RUS',
      'PRK',
    ]);
    expect(flow('Some 400 officers have been sent back to Pyongyang to teach.')).toEqual([
      'personnel',
      'RUS',
      'PRK',
    ]);
  });

  it('does not send home the whole a question of returns counts', () => {
    expect(
      flow(
        'Officials did not say how many of the first group of about 10,000 troops had been withdrawn.',
      ),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });
});

describe('people kept abroad', () => {
  it('reads soldiers a country keeps in another as deployed there', () => {
    expect(flow('Pyongyang now keeps about 8,000 soldiers in Russia.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });
});

describe('shares of pay', () => {
  it('files a share of wages or earnings as money', () => {
    expect(flow('The regime keeps as much as 70% of wages earned abroad.')).toEqual([
      'money',
      'PRK',
      null,
    ]);
  });
});

describe('weapons that miss', () => {
  it('reads a bare share that veered off course as missiles the customer fired at its adversary', () => {
    const claims = claimsIn(
      'Engineers say the North Korean rockets have improved. Last spring as many as 70% of them veered off course, an official said.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
  });

  it('does not make the examiner of fired missiles their user', () => {
    const claims = claimsIn(
      'Of the 30 missiles studied by Ukrainian engineers, roughly a third strayed from their targets.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['missiles', 'RUS', 'UKR'],
      ['missiles', 'RUS', 'UKR'],
    ]);
  });

  it('does not make the country that counts launches their user', () => {
    expect(flow('Ukraine has logged some 40 launches of North Korean KN-23 missiles.')).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
  });
});

describe('shares of a sum', () => {
  it('reads a share of a sum named before as that sum, whatever goods its subject names', () => {
    const claims = claimsIn(
      'North Korea has taken in some $9 billion from Moscow. Missiles made up about a third of that, the study found.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual(['money', 'RUS', 'PRK']);
  });

  it('reads a share of "the value" or of a total paid, with no sum before it, as money', () => {
    expect(
      flow('We think a quarter of the value Russia has handed over arrives as grain and fuel.'),
    ).toEqual(['money', 'RUS', 'PRK']);
    expect(flow('Only about 15% of the total was paid in hard currency, she said.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it('reads a share of "the estimated total" as a share of the sum before', () => {
    const claims = claimsIn(
      'Russia paid North Korea about $3 billion. Roughly 70% of the estimated total came from shells.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual(['money', 'RUS', 'PRK']);
  });
});

describe('the size of a group', () => {
  it('does not read the size of a contingent as its losses', () => {
    const claims = claimsIn(
      'North Korea sent about 2,000 more troops in March to replace losses in the first contingent of roughly 10,000 soldiers.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('reads "puts the whole contingent at" a figure as the contingent, not the dead before it', () => {
    const claims = claimsIn(
      'More than 2,500 North Korean soldiers were killed or wounded in the region, a figure higher than Seoul’s. Kyiv puts the whole contingent at 13,000 (including about 400 officers).',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['casualties', 'PRK', null],
      ['personnel', 'PRK', 'RUS'],
      ['personnel', 'PRK', 'RUS'],
    ]);
  });

  it('does not read people as produced: a capacity to send them is no stock', () => {
    expect(
      flow('Pyongyang has the capacity to send tens of thousands more soldiers if Moscow asks.'),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });
});

describe('ports named for their countries', () => {
  it('reads a shipment from a North Korean port to a Russian one as going between the two', () => {
    expect(
      flow('Russian cargo ships carried about 4,000 containers from Rajin to Dunai this winter.'),
    ).toEqual(['munitions', 'PRK', 'RUS']);
  });

  it('names both sides of trade across a border crossing between their towns', () => {
    expect(flow('Freight crossing between Khasan and Tumangang rose to 50,000 tonnes.')).toEqual([
      'trade',
      'RUS',
      'PRK',
    ]);
  });
});

describe('the base of a comparison', () => {
  it('reads "down from" a share as the same supply as the share before it', () => {
    const claims = claimsIn(
      'He said North Korea had supplied about 35% of the shells Russia fired this spring, down from more than half last year.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['munitions', 'PRK', 'RUS'],
      ['munitions', 'PRK', 'RUS'],
    ]);
  });

  it('reads "up from" a bare number as the same force as the figure before it', () => {
    const claims = claimsIn(
      'Russia now has about 650,000 troops in and around Ukraine, up from about 500,000 in January.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual([
      'force_size',
      'RUS',
      null,
    ]);
  });

  it('keeps a base that names a side of its own', () => {
    const claims = claimsIn(
      'Russian gunners fire about 9,000 shells a day, compared with about 2,500 for Ukraine.',
    );
    expect(claims.map((c) => [c.from, c.to]).at(-1)).toEqual(['UKR', 'RUS']);
  });
});

describe('trade across a border', () => {
  it('takes the sides of trade from "from" and "into", not from a place named nearer', () => {
    expect(
      flow(
        'According to an analysis by the Institute for Rail Studies (IRS) in Washington, some 1,900 railcars crossed from North Korea into Russia between May and July.',
      ).slice(0, 3),
    ).toEqual(['trade', 'PRK', 'RUS']);
  });
});

describe('the growth of an economy', () => {
  it('gives growth of an economy named earlier to that economy, not to the country named last', () => {
    const claims = claimsIn(
      'North Korea’s economy grew faster last year, helped by sales to Russia. Gross domestic product rose 2.9% in 2024, after growing 1.8% in 2023, the central bank said.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([
      ['other', 'PRK', null],
      ['other', 'PRK', null],
    ]);
  });

  it('does not give the growth of an economy the kind of the trade figure before it', () => {
    const claims = claimsIn(
      'Trade with China came to $2 billion last year. Analysts estimate the North’s economy grew 2.5% in 2024.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual(['other', 'PRK', null]);
  });
});

describe('weapons lost', () => {
  it('gives weapons destroyed to the customer that holds them, flowing nowhere', () => {
    expect(
      flow('Ukrainian drone teams said they had destroyed 12 North Korean howitzers in July.'),
    ).toEqual(['weapons', 'RUS', null]);
  });

  it('reads weapons named as destroyed after the figure the same way', () => {
    const claims = claimsIn(
      'North Korea has sent Russia about 200 Koksan guns. Analysts have counted at least 15 of the Koksans destroyed or damaged.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual(['weapons', 'RUS', null]);
  });
});

describe('counts of countries', () => {
  it('gives a count of governments to no country', () => {
    const claims = claimsIn(
      'A panel formed by 14 governments found that North Korea had sent Russia at least 8 million shells.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])[0]).toEqual(['other', null, null]);
  });
});

describe('a verb after its figure', () => {
  it('finds its sides before the next comma, not in a later clause', () => {
    const claims = claimsIn(
      'With about 9,000 soldiers deployed, that comes to $200 million a year, most of which goes to the state rather than to families.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])[0]).toEqual(['personnel', 'PRK', 'RUS']);
  });
});

describe('weapons that fail', () => {
  it('reads the share of a maker’s shells that fail to fire as the maker’s supply', () => {
    const claims = claimsIn(
      'Officers say many North Korean shells are decades old and that up to 15% fail to fire or explode.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to])).toEqual([['munitions', 'PRK', 'RUS']]);
  });
});

describe('relative clauses with a subject of their own', () => {
  it('reads weapons "that Russia is believed to have fired" as fired by Russia', () => {
    const claims = claimsIn(
      'Russia got about 90 KN-23 missiles, few next to the roughly 2,000 cruise missiles that Russia is believed to have fired since 2022.',
    );
    expect(claims.map((c) => [c.category, c.from, c.to]).at(-1)).toEqual([
      'missiles',
      'RUS',
      'UKR',
    ]);
  });

  it('does not let a relative clause with its own subject govern a later figure', () => {
    const claims = claimsIn(
      'Pyongyang has shipped about 80 missiles, which Moscow has launched at Kyiv, and about 150 heavy guns.',
    );
    expect(claims.map((c) => [c.text, c.from, c.to])).toEqual([
      ['about 80 missiles', 'PRK', 'RUS'],
      ['about 150 heavy guns', 'PRK', 'RUS'],
    ]);
  });

  it('reads a country and its verb after "that" as a clause of saying, not a relative clause', () => {
    const claims = claimsIn(
      'Officials said Pyongyang had sent 60 missiles, adding that Moscow had delivered at least two Pantsir air defence systems.',
    );
    expect(claims.map((c) => [c.from, c.to]).at(-1)).toEqual(['RUS', 'PRK']);
  });

  it('keeps weapons received a transfer when a clause says what targets they can hit', () => {
    expect(
      flow('Russia has received about 50 howitzers, which can hit targets 40km away.'),
    ).toEqual(['weapons', 'PRK', 'RUS']);
  });

  it('still reads a share that missed its targets, in a clause of its own, as fired', () => {
    const claims = claimsIn(
      'Russia has received about 80 North Korean missiles, and half of them missed their targets.',
    );
    expect(claims.map((c) => [c.text, c.from, c.to]).at(-1)).toEqual(['half', 'RUS', 'UKR']);
  });

  it('takes the sender of people from the subject of their relative clause', () => {
    expect(
      flow(
        'Moscow pays for the thousands of soldiers that North Korea has sent to fight for Russia.',
      ),
    ).toEqual(['personnel', 'PRK', 'RUS']);
  });
});

describe('transfers that hide the origin', () => {
  it('names no sender of oil moved in ship-to-ship transfers', () => {
    expect(
      flow(
        'Officials say tankers took part in at least seven ship-to-ship transfers of oil at sea.',
      ),
    ).toEqual(['oil', null, 'PRK']);
  });

  it('names the sender by the flag of the other vessels when the sentence gives it', () => {
    expect(
      flow(
        'Analysts found at least nine ship-to-ship transfers involving North Korean tankers and Russian-flagged vessels.',
      ),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });
});

describe('the category words of a sentence', () => {
  it('gives a sentence with none empty lists that a later sentence does not fill', () => {
    const cx = scanText(lexicon, 'It rained. Some 300 troops were killed in the army trade.');
    const [plain, counted] = splitSentences(cx.tokens, lexicon.abbreviations);
    const none = categoryWords(cx, plain!);
    const some = categoryWords(cx, counted!);
    expect(some.categoryCues.length).toBeGreaterThan(0);
    expect(some.numberAt.length).toBe(1);
    expect([none.categoryCues, none.numberAt, none.forceAt, none.standingAt]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(none.forceCue).toBe(false);
  });
});

describe('sides named by everyday constructions', () => {
  it('reads a country before a word of war as the war, not the payer', () => {
    expect(flow('Pyongyang has pocketed some $15 billion from the Ukraine war.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
    expect(flow('The Ukraine conflict has earned the North $3 billion.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it('keeps a country before "war effort" as a party to the flow', () => {
    expect(flow('The North has sent 8,000 soldiers to aid the Russian war effort.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('files the armed forces as a standing force, not people sent', () => {
    expect(flow("The North's armed forces number roughly 1.1 million.")).toEqual([
      'force_size',
      'PRK',
      null,
    ]);
    expect(flow('The North Korean military forces have some 1.1 million soldiers.')).toEqual([
      'force_size',
      'PRK',
      null,
    ]);
  });

  it('still reads "military" before a counted noun as people sent', () => {
    expect(flow('Pyongyang sent 2,000 military engineers to Russia.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('reads a country that covers a share of another’s oil needs as its supplier', () => {
    expect(flow("Moscow covers nearly 80% of Pyongyang's needs for diesel.")).toEqual([
      'oil',
      'RUS',
      'PRK',
    ]);
  });

  it('reads a country that meets a share of another’s need for shells as its supplier', () => {
    expect(flow("Pyongyang meets about a third of Moscow's demand for artillery rounds.")).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('reads soldiers a country says it received as sent to it, not as its own force', () => {
    expect(flow('Moscow has received roughly 12,000 soldiers from Pyongyang.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
    expect(flow('The Kremlin received 4,000 more troops in the spring.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('keeps people of the receiver’s nationality that the sender received as that side’s', () => {
    expect(flow('Pyongyang has received about 200 engineers from Moscow.')).toEqual([
      'personnel',
      'RUS',
      'PRK',
    ]);
  });

  it('still reads a country’s own troops beside a later verb of receiving as its force', () => {
    expect(flow('Russia has 500,000 troops at the front and has received new recruits.')).toEqual([
      'force_size',
      'RUS',
      null,
    ]);
  });

  it('gives a share of a nationality’s soldiers placed in a country to the nationality', () => {
    expect(flow('About half of the North Korean soldiers in Russia were killed or hurt.')).toEqual([
      'casualties',
      'PRK',
      null,
    ]);
  });

  it('still gives a share of a nationality’s casualties to the nationality after another country', () => {
    expect(flow('Kyiv said a quarter of the North Korean casualties came from drones.')).toEqual([
      'casualties',
      'PRK',
      null,
    ]);
  });

  it('reads people going to a country named before them as sent there, not its force', () => {
    expect(flow('Pyongyang and Moscow agreed that 4,000 labourers will go to Russia.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('still reads a country’s counted troops with no destination as its force', () => {
    expect(flow('Moscow keeps some 700,000 troops along the front.')).toEqual([
      'force_size',
      'RUS',
      null,
    ]);
  });

  it('reads the subject of a passive verb of payment as the one paid', () => {
    expect(flow('Pyongyang has been paid roughly $700 million.')).toEqual(['money', 'RUS', 'PRK']);
    expect(flow('A North Korean welder is paid $600 a month.')).toEqual(['money', 'RUS', 'PRK']);
  });

  it('does not read an active verb after "been" as passive', () => {
    expect(flow('Moscow has been paying Pyongyang $50 million a month.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it('leaves a later figure to its own clause after a passive verb of sending', () => {
    const claims = claimsIn(
      'Some 9,000 troops were dispatched to Russia in the autumn, and 2,000 more arrived in spring.',
    );
    expect(claims.map((c) => [c.from, c.to])).toEqual([
      ['PRK', 'RUS'],
      ['PRK', 'RUS'],
    ]);
  });

  it('does not let a verb of earning turn goods around: the seller earns, the goods go out', () => {
    expect(flow('The sale of 40 launchers to Moscow earned Pyongyang a fortune.')).toEqual([
      'weapons',
      'PRK',
      'RUS',
    ]);
    const [people] = claimsIn('Some 8,000 labourers could earn the regime $90 million a year.');
    expect([people?.category, people?.from, people?.to]).toEqual(['personnel', 'PRK', 'RUS']);
  });

  it('does not take the place people were sent to as the one who earns their pay', () => {
    const [, pay] = claimsIn('The 9,000 soldiers dispatched to Russia earn about $1,800 a month.');
    expect([pay?.category, pay?.from, pay?.to]).toEqual(['money', 'RUS', 'PRK']);
  });

  it('does not make a buyer that accounts for a share of exports their supplier', () => {
    expect(flow("China accounts for 40% of Russia's oil exports.")).not.toEqual([
      'oil',
      'CHN',
      'RUS',
    ]);
  });
});

describe('money and listings', () => {
  it('reads a sum hackers stole as money with no payer, though exports are named after it', () => {
    expect(
      flow('Hackers working for the North stole $900 million last year, more than its exports.'),
    ).toEqual(['money', null, 'PRK']);
  });

  it('does not make the thief its own payer through "from its exports"', () => {
    expect(
      flow('North Korean hackers stole $2 billion, more than the country earns from its exports.'),
    ).toEqual(['money', null, 'PRK']);
  });

  it('reads tankers right after "designated" as listed, flowing nowhere', () => {
    expect(flow('The Treasury designated nine tankers that carried Russian diesel.')).toEqual([
      'other',
      null,
      null,
    ]);
  });

  it('reads tankers that "have been designated" in their clause as listed', () => {
    expect(flow('Some 15 tankers in the fuel trade have been designated by the EU.')).toEqual([
      'other',
      null,
      null,
    ]);
  });

  it('leaves tankers under sanctions, with no verb of designating, to the trade they are in', () => {
    expect(flow('Russia shipped fuel to North Korea on 14 sanctioned tankers.')).toEqual([
      'oil',
      'RUS',
      'PRK',
    ]);
  });

  it('does not read a share "designated" later, with its noun borrowed, as a listing', () => {
    const [, part] = claimsIn(
      'Russia shipped the fuel on 16 tankers to North Korea, nine of which had been designated.',
    );
    expect(part?.category).not.toBe('other');
  });

  it('reads people who travelled "as tourists" as visitors from home to the country visited', () => {
    expect(flow('About 6,000 Russians travelled to North Korea as tourists last year.')).toEqual([
      'other',
      'RUS',
      'PRK',
    ]);
  });

  it('reads a sum said to be a share of the North’s output as the payment to it', () => {
    expect(flow('That sum is about half of North Korea’s annual output.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it('leaves a share of output that no sum is set against as the economy’s own', () => {
    expect(flow('Arms plants make up about 20% of the North’s industrial output.')[0]).toBe(
      'other',
    );
  });

  it('does not read "trade" before an official’s post as the kind of the pay quoted', () => {
    expect(flow('Workers earn about $700 a month, a North Korean trade official said.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it('does not read "trading" before the firms whose accounts a sum passed through as trade', () => {
    expect(
      flow("About 3 billion rubles went through North Korean trading firms' accounts in Russia."),
    ).toEqual(['money', 'RUS', 'PRK']);
  });

  it('reads a share of the income that reached the North as paid to it, not by it', () => {
    expect(flow('Only a fifth of the income reached Pyongyang.')).toEqual(['money', 'RUS', 'PRK']);
  });

  it('keeps a payment restated as "a sum that" rivals trade as money', () => {
    expect(
      flow('The deal is worth $2 billion a year to Pyongyang, a sum that rivals its trade.'),
    ).toEqual(['money', 'RUS', 'PRK']);
  });
});

/** The sides of every claim of a text, in order. */
const sides = (text: string) => claimsIn(text).map((c) => [c.from, c.to]);

describe('losses, output and stocks', () => {
  it('reads troops a participle of sending describes, whose own verb is "have died", as losses', () => {
    expect(flow('About 300 of the soldiers sent to Russia have died.')).toEqual([
      'casualties',
      'PRK',
      null,
    ]);
  });

  it('keeps reinforcements sent "after heavy losses" a deployment', () => {
    expect(flow('Some 3,000 reinforcements were sent to Russia after heavy losses.')).toEqual([
      'personnel',
      'PRK',
      'RUS',
    ]);
  });

  it('passes over the country of the agency that tells of the dead', () => {
    expect(
      sides(
        'North Korea sent 11,000 troops. The South Korean agency put its estimate at 600 dead.',
      ),
    ).toEqual([
      ['PRK', 'RUS'],
      ['PRK', null],
    ]);
  });

  it('passes over a country\'s own count of the dead: "Kyiv\'s nearly 4,000"', () => {
    expect(
      sides("North Korea sent 11,000 troops. Kyiv's count of nearly 4,000 dead is higher."),
    ).toEqual([
      ['PRK', 'RUS'],
      ['PRK', null],
    ]);
  });

  it('still reads a country whose own losses a possessive names as the loser', () => {
    expect(flow("Moscow's losses reached 1,000 a day.")).toEqual(['casualties', 'RUS', null]);
  });

  it("reads shells a country's industry made as its output, with no receiver", () => {
    expect(flow("Russia's arms industry made about 4 million shells last year.")).toEqual([
      'munitions',
      'RUS',
      null,
    ]);
  });

  it('reads output put at a level after a comma as the output of the country named with it', () => {
    expect(flow('Analysts put Russian output higher, at about 4 million shells a year.')).toEqual([
      'munitions',
      'RUS',
      null,
    ]);
  });

  it('reads shells a country is believed to hold as its stock', () => {
    expect(flow('North Korea is believed to hold about 20 million shells.')).toEqual([
      'munitions',
      'PRK',
      null,
    ]);
  });

  it('reads shells containers could hold as shipped, not as a stock of the country before them', () => {
    expect(
      sides('North Korea sent 10,000 containers to Russia that could hold 5 million shells.'),
    ).toEqual([
      ['PRK', 'RUS'],
      ['PRK', 'RUS'],
    ]);
  });

  it('reads the rate of fire "on the Ukrainian side" as fired by Ukraine at Russia', () => {
    expect(
      sides('Russia fires 10,000 shells a day, compared with 2,000 on the Ukrainian side.'),
    ).toEqual([
      ['RUS', 'UKR'],
      ['UKR', 'RUS'],
    ]);
  });

  it("reads a sum the North's GNI came to as the size of its economy", () => {
    expect(flow("North Korea's GNI came to 44 trillion won.")).toEqual(['other', 'PRK', null]);
  });
});

describe('shares of arms and changes of supply', () => {
  it('reads a share of an artillery stockpile as munitions, not a share of nothing', () => {
    expect(flow('Pyongyang has sent about half of its artillery stockpile to Moscow.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('leaves a share of a stockpile named by no word of arms as it was', () => {
    expect(flow('The North has sold about half of its grain stocks.')[0]).not.toBe('munitions');
  });

  it("reads a need for arms met with no supplier named as the usual supplier's", () => {
    expect(flow('That would have met about half of Russia’s artillery consumption.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('does not give a met need to the usual supplier when the need is another country’s', () => {
    expect(flow('That would have met about half of Ukraine’s artillery consumption.')[1]).not.toBe(
      'PRK',
    );
  });

  it('reads a change of deliveries of shells as a change of that supply', () => {
    expect(flow('Deliveries of shells to Russia fell by a third last year.')).toEqual([
      'munitions',
      'PRK',
      'RUS',
    ]);
  });

  it('leaves a change of shipments of arms between other countries unread as the usual supply', () => {
    expect(flow('Iranian shipments of drones to Russia fell by a third last year.')).not.toEqual([
      'weapons',
      'PRK',
      'RUS',
    ]);
  });
});

describe('the economy and its sectors', () => {
  it('reads a country that grows by a figure as that economy', () => {
    expect(flow('The North grew 3.7% last year, the Bank of Korea said.')).toEqual([
      'other',
      'PRK',
      null,
    ]);
  });

  it('does not read the partner of trade that grew as the economy', () => {
    const [category, from, to] = flow('North Korea’s trade with China grew 5.3 percent last year.');
    expect([category, [from, to].sort()]).toEqual(['trade', ['CHN', 'PRK']]);
  });

  it('reads a sector that changes as the economy the text speaks of, not a customer', () => {
    const [, sector] = claimsIn(
      'North Korea’s economy grew 3.7% in 2024. Heavy industry, which fills Russian orders, grew by more than 8%.',
    );
    expect([sector?.category, sector?.from, sector?.to]).toEqual(['other', 'PRK', null]);
  });

  it('does not read a sector named beside a share that is no change as the economy', () => {
    const claims = claimsIn(
      'Workers earn $800 a month on Russian construction projects, but keep less than a fifth of that.',
    );
    expect(claims[1]?.category).toBe('money');
  });

  it('reads "growth of 3.1%" as the economy the text last named, not a teller', () => {
    const [, before] = claimsIn(
      'The North grew 3.7% last year, according to the Bank of Korea, South Korea’s central bank. That followed growth of 3.1% in 2023, the bank said.',
    );
    expect([before?.category, before?.from]).toEqual(['other', 'PRK']);
  });

  it('reads gross national income as the size of an economy, not a payment', () => {
    expect(flow('The bank put the North’s gross national income at 43 trillion won.')).toEqual([
      'other',
      'PRK',
      null,
    ]);
  });

  it('keeps income that is no nation’s a payment', () => {
    expect(flow('Russia paid the North $500 million, its largest income from abroad.')[0]).toBe(
      'money',
    );
  });
});

describe('whole trade', () => {
  it("reads a country's own exports that rise as all its exports, not trade with a country named after a comma", () => {
    const claims = claimsIn(
      'Its exports rose 40.2 percent to $310 million, led by wigs sold to China.',
    );
    expect(claims.map((c) => [c.category, c.to])).toEqual([
      ['trade', null],
      ['trade', null],
    ]);
  });

  it('keeps the partner named right after the word of trade', () => {
    const [category, from, to] = flow('North Korea’s exports to China totalled $310 million.');
    expect([category, [from, to].sort()]).toEqual(['trade', ['CHN', 'PRK']]);
  });
});
