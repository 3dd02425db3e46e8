// The figure battery: numbers, units, qualifiers, verb frames, shares and casualties, in sentences
// of our own, each with every claim it should give. Probes the engine misreads today are left out:
//   - "North Korea sent twelve howitzers to Russia.": no claim; a number spelled out before a
//     weapon noun is not read ("twelve troops" and "12 howitzers" are).
//   - "North Korea has sent north of 12,000 troops to Russia.": "north of" is not a qualifier, so
//     the figure is read as exact.
//   - "North Korean soldiers, about 11,000 of whom are in Kursk, have taken heavy losses.": read
//     as casualties with no receiver rather than as troops sent to Russia.
//   - "North Korean shells fired by Russia numbered about 3 million.": no claim is read.
//   - "Russia sold North Korea 20 MiG-29 fighters.": "fighters" is read as people, not aircraft.
//   - "Russia has delivered 40 buses to North Korea.": "buses" is an item, not a vehicle.
//   - "North Korea's armed forces number about 1.2 million.": read as personnel sent to Russia,
//     not as the size of the North's own forces.
//   - "North Korea has been paid around $2,000 per soldier.": the passive names no payer, and the
//     payer is not inferred, so the money runs from North Korea to no one.
//   - "The treaty has 23 articles.": read as a count of items.
//   - "A rouble was worth 100 won.": an exchange rate is read as a payment.
import { describe, it } from 'vitest';
import { expectFigures } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

describe('numbers in digits and words', () => {
  it('reads digits, separators, scale words, vague plurals and fractions of a whole', () => {
    expectFigures([
      ['North Korea has sent 11,000 troops to Russia.', '11000 exact person personnel PRK RUS'],
      [
        'North Korea has shipped 1.3 million artillery shells to Russia.',
        '1300000 exact shell munitions PRK RUS',
      ],
      [
        'Russia paid North Korea $5.5 billion for the munitions.',
        '5500000000 exact usd money RUS PRK',
      ],
      ['Moscow has paid Pyongyang $1bn so far.', '1000000000 exact usd money RUS PRK'],
      ['Pyongyang shipped 1.2m shells to Moscow.', '1200000 exact shell munitions PRK RUS'],
      [
        'North Korea has supplied three million shells to Russia.',
        '3000000 exact shell munitions PRK RUS',
      ],
      [
        'Tens of thousands of North Korean troops are now in Russia.',
        '~20000 vague person personnel PRK RUS',
      ],
      ['Hundreds of North Korean soldiers have been killed.', '~200 vague person casualties PRK -'],
      [
        'Thousands of North Korean workers have been sent to Russia.',
        '~2000 vague person personnel PRK RUS',
      ],
      [
        'North Korea has sent millions of shells to Russia.',
        '~2000000 vague shell munitions PRK RUS',
      ],
      ['Several hundred North Korean soldiers were wounded.', '~200 vague person casualties PRK -'],
      ['North Korea sent 3,000 more troops to Russia.', '3000 exact person personnel PRK RUS'],
      [
        'North Korea has shipped 12 million rounds to Russia.',
        '12000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia has received 4.8mn shells from North Korea.',
        '4800000 exact shell munitions PRK RUS',
      ],
      ['North Korea has earned $20bn from the war.', '20000000000 exact usd money RUS PRK'],
      ['Russia paid North Korea $500m last year.', '500000000 exact usd money RUS PRK'],
      ['North Korea sent 6 thousand troops to Russia.', '6000 exact person personnel PRK RUS'],
      [
        'North Korea sent fifteen thousand troops to Russia.',
        '15000 exact person personnel PRK RUS',
      ],
      [
        'North Korea has sent 2.5 million rounds of ammunition to Russia.',
        '2500000 exact shell munitions PRK RUS',
      ],
      [
        'Half of the shells Russia fires in Ukraine come from North Korea.',
        '50 exact percent munitions PRK RUS',
      ],
      [
        'A third of the shells used by Russian forces were made in North Korea.',
        '33.33 exact percent munitions PRK RUS',
      ],
      [
        'Two-thirds of the artillery shells Russia fires now come from North Korea.',
        '66.67 exact percent munitions PRK RUS',
      ],
      [
        'More than half of the shells Russia fires come from North Korea.',
        '50 more_than percent munitions PRK RUS',
      ],
      [
        'A quarter of the shells Russia fired last year came from North Korea.',
        '25 exact percent munitions PRK RUS',
      ],
      [
        'Nearly 60% of the shells Russia uses come from North Korea.',
        '60 approx percent munitions PRK RUS',
      ],
    ]);
  });

  it('reads scale abbreviations, dozens, spaces between thousands and spelled fractions', () => {
    expectFigures([
      ['North Korea has sent 1,500,000 shells to Russia.', '1500000 exact shell munitions PRK RUS'],
      ['Russia has paid North Korea $1.5bn.', '1500000000 exact usd money RUS PRK'],
      ['Russia has paid North Korea $1.5-billion.', '1500000000 exact usd money RUS PRK'],
      [
        'Russia has agreed a $1.5-billion arms deal with North Korea.',
        '1500000000 exact usd money RUS PRK',
      ],
      ['North Korea has sent five hundred troops to Russia.', '500 exact person personnel PRK RUS'],
      ['North Korea has sent two dozen launchers to Russia.', '24 exact item weapons PRK RUS'],
      ['North Korea has sent three dozen howitzers to Russia.', '36 exact item weapons PRK RUS'],
      ['North Korea has sent a hundred missiles to Russia.', '100 exact missile missiles PRK RUS'],
      [
        'North Korea has sent one hundred missiles to Russia.',
        '100 exact missile missiles PRK RUS',
      ],
      [
        'North Korea has sent a few hundred troops to Russia.',
        '~200 vague person personnel PRK RUS',
      ],
      [
        'North Korea has sent 100-plus missiles to Russia.',
        '100 more_than missile missiles PRK RUS',
      ],
      [
        'One in three shells Russia fires comes from North Korea.',
        '33.33 exact percent munitions PRK RUS',
      ],
      [
        'One in three shells Russia fires is North Korean.',
        '33.33 exact percent munitions PRK RUS',
      ],
      [
        'One in three shells fired by Russia comes from North Korea.',
        '33.33 exact percent munitions PRK RUS',
      ],
      [
        'North Korea has sent 10 thousand troops to Russia.',
        '10000 exact person personnel PRK RUS',
      ],
      ['North Korea has sent 10k troops to Russia.', '10000 exact person personnel PRK RUS'],
      ['Russia has paid North Korea USD 1.2 billion.', '1200000000 exact usd money RUS PRK'],
      ['Russia has paid North Korea 1.2 billion USD.', '1200000000 exact usd money RUS PRK'],
      ['Russia has paid North Korea US$1.2bn.', '1200000000 exact usd money RUS PRK'],
      [
        'Trade between Russia and North Korea rose 20pc last year.',
        '20 exact percent trade RUS PRK',
      ],
      [
        'Three-quarters of the shells Russia fires come from North Korea.',
        '75 exact percent munitions PRK RUS',
      ],
      [
        'One-fifth of the shells Russia fires come from North Korea.',
        '20 exact percent munitions PRK RUS',
      ],
      [
        'North Korea has sent 12,000 or so troops to Russia.',
        '12000 approx person personnel PRK RUS',
      ],
      [
        'North Korea has sent over a million shells to Russia.',
        '1000000 more_than shell munitions PRK RUS',
      ],
      [
        'North Korea has sent nearly a million shells to Russia.',
        '1000000 approx shell munitions PRK RUS',
      ],
      [
        'North Korea has sent half a million shells to Russia.',
        '500000 exact shell munitions PRK RUS',
      ],
      ['Russia has paid North Korea a billion dollars.', '1000000000 exact usd money RUS PRK'],
      ['North Korea has sent 1.5 mln shells to Russia.', '1500000 exact shell munitions PRK RUS'],
      [
        'North Korea has sent 4 million to 5 million shells to Russia.',
        '4000000-5000000 range shell munitions PRK RUS',
      ],
      [
        'North Korea has sent several dozen missiles to Russia.',
        '~24 vague missile missiles PRK RUS',
      ],
      ['North Korea has sent 11 000 troops to Russia.', '11000 exact person personnel PRK RUS'],
      [
        'North Korea has sent 11\u202f500 troops to Russia.',
        '11500 exact person personnel PRK RUS',
      ],
      [
        'North Korea has sent 11\u00a0500 troops to Russia.',
        '11500 exact person personnel PRK RUS',
      ],
      ['North Korea has sent 1 000 000 shells to Russia.', '1000000 exact shell munitions PRK RUS'],
      ['North Korea has sent 1 500 000 shells to Russia.', '1500000 exact shell munitions PRK RUS'],
      [
        'North Korea delivered around 220 170 mm guns to Russia.',
        '220 approx item weapons PRK RUS',
      ],
      ['North Korea delivered 120 240-mm launchers to Russia.', '120 exact item weapons PRK RUS'],
      ['Two North Korean soldiers were taken prisoner.', '2 exact person casualties PRK -'],
    ]);
  });
});

describe('currencies', () => {
  it('reads the currency from its sign, its code or its name', () => {
    expectFigures([
      ['Russia paid North Korea 1.5 billion rubles.', '1500000000 exact rub money RUS PRK'],
      ['Russia paid North Korea RUB 50 billion.', '50000000000 exact rub money RUS PRK'],
      ['Russia paid North Korea US$20 million.', '20000000 exact usd money RUS PRK'],
      ['Russia paid North Korea 20 million dollars.', '20000000 exact usd money RUS PRK'],
      ['Russia has paid North Korea 300 million euros.', '300000000 exact eur money RUS PRK'],
      ['Russia has paid North Korea €300 million.', '300000000 exact eur money RUS PRK'],
      ['Russia has paid North Korea 200 million yuan.', '200000000 exact cny money RUS PRK'],
      ['Russia has paid North Korea KRW 3 trillion.', '3000000000000 exact krw money RUS PRK'],
      ['Russia has paid North Korea 3 trillion won.', '3000000000000 exact krw money RUS PRK'],
      ['Russia has paid North Korea £100 million.', '100000000 exact gbp money RUS PRK'],
      [
        'North Korea has earned about $20 billion from Russia.',
        '20000000000 approx usd money RUS PRK',
      ],
      [
        'North Korea earned an estimated $5.5 billion from its arms sales to Russia.',
        '5500000000 approx usd money RUS PRK',
      ],
      [
        'Russia paid North Korea billions of dollars for the shells.',
        '~2000000000 vague usd money RUS PRK',
      ],
      [
        'Russia has paid North Korea hundreds of millions of dollars.',
        '~200000000 vague usd money RUS PRK',
      ],
    ]);
  });
});

describe('percentages', () => {
  it('reads a change or share of trade in any spelling of percent', () => {
    expectFigures([
      [
        'Trade between Russia and North Korea rose 70 percent last year.',
        '70 exact percent trade * *',
      ],
      ['Trade between Russia and North Korea rose 70% last year.', '70 exact percent trade * *'],
      ['Trade between Russia and North Korea rose by 9.5 per cent.', '9.5 exact percent trade * *'],
      ['Russia and North Korea saw their trade grow 25 percent.', '25 exact percent trade * *'],
      [
        "China accounts for more than 90 percent of North Korea's trade.",
        '90 more_than percent trade * *',
      ],
    ]);
  });

  it('reads a change of trade in one direction for that pair, and a fold change as no figure', () => {
    expectFigures([
      [
        'Trade between the two countries more than doubled, rising 120 percent.',
        '120 exact percent trade * *',
      ],
      [
        'Russian exports to North Korea jumped 40 percent last year.',
        '40 exact percent trade RUS PRK',
      ],
      ['North Korean imports from Russia fell 10% last year.', '10 exact percent trade PRK RUS'],
      ["Russia's share of North Korea's trade rose to 3 percent.", '3 exact percent trade PRK RUS'],
      ['Trade between Russia and North Korea grew ninefold.', 'none'],
    ]);
  });
});

describe('counted nouns', () => {
  it('reads the counted noun as the unit and category of the flow', () => {
    expectFigures([
      [
        'North Korea sent 5 million 152mm rounds to Russia.',
        '5000000 exact shell munitions PRK RUS',
      ],
      [
        'North Korea sent 500,000 122-millimeter shells to Russia.',
        '500000 exact shell munitions PRK RUS',
      ],
      [
        'North Korea has supplied about 100 KN-23 ballistic missiles to Russia.',
        '100 approx missile missiles PRK RUS',
      ],
      [
        'North Korea has supplied 50 KN-24 missiles to Russia.',
        '50 exact missile missiles PRK RUS',
      ],
      [
        'Russia shipped more than 1 million barrels of refined petroleum to North Korea.',
        '1000000 more_than barrel oil RUS PRK',
      ],
      ['Russia sent 50,000 metric tons of rice to North Korea.', '50000 exact tonne food RUS PRK'],
      ['Russia sent 50,000 tons of wheat to North Korea.', '50000 exact tonne food RUS PRK'],
      ['Russia sent 20,000 tonnes of flour to North Korea.', '20000 exact tonne food RUS PRK'],
      [
        'Russia has shipped 100,000 tonnes of diesel to North Korea.',
        '100000 exact tonne oil RUS PRK',
      ],
      ['North Korea sent 20 multiple rocket launchers to Russia.', '20 exact item weapons PRK RUS'],
      [
        'North Korea sent 120 self-propelled howitzers to Russia.',
        '120 exact item weapons PRK RUS',
      ],
      [
        'North Korea has sent 200 long-range artillery pieces to Russia.',
        '200 exact item weapons PRK RUS',
      ],
      ['Russia gave North Korea 30 attack drones.', '30 exact drone weapons RUS PRK'],
      [
        'About 4,000 North Korean soldiers have been killed or wounded.',
        '4000 approx person casualties PRK -',
      ],
      [
        'North Korea has suffered 4,700 casualties in Russia.',
        '4700 exact person casualties PRK -',
      ],
      [
        'North Korea sent 20,000 containers of munitions to Russia.',
        '20000 exact container munitions PRK RUS',
      ],
      [
        'North Korea has shipped 9 million artillery rounds to Russia.',
        '9000000 exact shell munitions PRK RUS',
      ],
      ['North Korea sent 100 ballistic missiles to Russia.', '100 exact missile missiles PRK RUS'],
      ['North Korea sent 2,000 rockets to Russia.', '2000 exact rocket munitions PRK RUS'],
      ['North Korea has sent 1,000 rocket launchers to Russia.', '1000 exact item weapons PRK RUS'],
      ['North Korea has sent 11,000 soldiers to Russia.', '11000 exact person personnel PRK RUS'],
      ['North Korea has sent 3,000 workers to Russia.', '3000 exact person personnel PRK RUS'],
      ['North Korea has sent 1,000 engineers to Russia.', '1000 exact person personnel PRK RUS'],
      [
        'North Korea has sent 5,000 military construction workers to Russia.',
        '5000 exact person personnel PRK RUS',
      ],
      ['North Korea has sent 6,000 deminers to Russia.', '6000 exact person personnel PRK RUS'],
      ['Russia sent 5,000 tonnes of fuel to North Korea.', '5000 exact tonne oil RUS PRK'],
      [
        'Russia delivered 100,000 barrels of oil to North Korea.',
        '100000 exact barrel oil RUS PRK',
      ],
      [
        'Russia has delivered about 1 million barrels of oil to North Korea.',
        '1000000 approx barrel oil RUS PRK',
      ],
      ['North Korea sent 170 Koksan guns to Russia.', '170 exact item weapons PRK RUS'],
      ['North Korea sent 240 240mm rocket launchers to Russia.', '240 exact item weapons PRK RUS'],
      ['Russia supplied North Korea with 10 air defence systems.', '10 exact item weapons RUS PRK'],
      ['North Korea has supplied 100 tanks to Russia.', '100 exact vehicle weapons PRK RUS'],
    ]);
  });
});

/** Qualifier words and the qualifier each gives the figure after it. */
const QUALIFIERS: ReadonlyArray<readonly [word: string, qualifier: string]> = [
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['an estimated', 'approx'],
  ['approximately', 'approx'],
  ['close to', 'approx'],
  ['as many as', 'up_to'],
  ['up to', 'up_to'],
  ['at least', 'at_least'],
  ['no fewer than', 'at_least'],
  ['more than', 'more_than'],
  ['over', 'more_than'],
  ['upwards of', 'more_than'],
  ['in excess of', 'more_than'],
  ['just over', 'more_than'],
  ['well over', 'more_than'],
  ['exceeding', 'more_than'],
  ['fewer than', 'less_than'],
  ['less than', 'less_than'],
  ['under', 'less_than'],
  ['just under', 'less_than'],
  ['slightly more than', 'more_than'],
];

describe('qualifiers before the figure', () => {
  it('reads each qualifier word before a count of troops', () => {
    expectFigures(
      QUALIFIERS.map(([word, qualifier]): FigureProbe => [
        `North Korea has sent ${word} 12,000 troops to Russia.`,
        `12000 ${qualifier} person personnel PRK RUS`,
      ]),
    );
  });

  it('reads each qualifier word from "about" to "upwards of" before a sum of money', () => {
    expectFigures(
      QUALIFIERS.slice(
        0,
        QUALIFIERS.findIndex(([word]) => word === 'in excess of'),
      ).map(([word, qualifier]): FigureProbe => [
        `Russia has paid North Korea ${word} $2 billion.`,
        `2000000000 ${qualifier} usd money RUS PRK`,
      ]),
    );
  });
});

describe('ranges and qualifiers around the figure', () => {
  it('reads a range in any of its forms as its low and high', () => {
    expectFigures([
      [
        'North Korea has sent between 10,000 and 12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent 10,000-12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent 10,000 to 12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent from 10,000 to 12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent 10,000–12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent between 1 million and 2 million shells to Russia.',
        '1000000-2000000 range shell munitions PRK RUS',
      ],
      [
        'North Korea has sent 1-2 million shells to Russia.',
        '1000000-2000000 range shell munitions PRK RUS',
      ],
      [
        'Russia has paid North Korea $1-2 billion.',
        '1000000000-2000000000 range usd money RUS PRK',
      ],
      [
        'North Korea has sent at least several million shells to Russia.',
        '~2000000 at_least shell munitions PRK RUS',
      ],
      [
        'North Korea has sent more than 10,000 troops to Russia.',
        '10000 more_than person personnel PRK RUS',
      ],
    ]);
  });

  it('reads qualifiers after and around the figure, and hedged ranges as ranges', () => {
    expectFigures([
      [
        'North Korea has sent a little over 12,000 troops to Russia.',
        '12000 more_than person personnel PRK RUS',
      ],
      [
        'North Korea has sent slightly over 12,000 troops to Russia.',
        '12000 more_than person personnel PRK RUS',
      ],
      [
        'North Korea has sent slightly fewer than 12,000 troops to Russia.',
        '12000 less_than person personnel PRK RUS',
      ],
      [
        'North Korea has sent nearly 12,000 troops to Russia.',
        '12000 approx person personnel PRK RUS',
      ],
      [
        'North Korea has sent well above 12,000 troops to Russia.',
        '12000 more_than person personnel PRK RUS',
      ],
      [
        'North Korea has sent possibly 12,000 troops to Russia.',
        '12000 approx person personnel PRK RUS',
      ],
      [
        'North Korea has sent perhaps 12,000 troops to Russia.',
        '12000 approx person personnel PRK RUS',
      ],
      [
        'North Korea has sent no more than 12,000 troops to Russia.',
        '12000 up_to person personnel PRK RUS',
      ],
      [
        'North Korea has sent a maximum of 12,000 troops to Russia.',
        '12000 up_to person personnel PRK RUS',
      ],
      [
        'North Korea has sent a minimum of 12,000 troops to Russia.',
        '12000 at_least person personnel PRK RUS',
      ],
      [
        'North Korea has sent at most 12,000 troops to Russia.',
        '12000 up_to person personnel PRK RUS',
      ],
      [
        'North Korea has sent not less than 12,000 troops to Russia.',
        '12000 at_least person personnel PRK RUS',
      ],
      [
        'North Korea has sent roughly 10,000 to 12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent an estimated 10,000 to 12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent some 10,000 to 12,000 troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent between 10,000 and 12,000 soldiers to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'North Korea has sent 10-12 thousand troops to Russia.',
        '10000-12000 range person personnel PRK RUS',
      ],
      [
        'Russia has paid North Korea between $1 billion and $2 billion.',
        '1000000000-2000000000 range usd money RUS PRK',
      ],
      [
        'Russia has paid North Korea $1 billion to $2 billion.',
        '1000000000-2000000000 range usd money RUS PRK',
      ],
      ['Russia has paid North Korea $1bn-$2bn.', '1000000000-2000000000 range usd money RUS PRK'],
      [
        'North Korea has sent 1.5 to 2 million shells to Russia.',
        '1500000-2000000 range shell munitions PRK RUS',
      ],
      [
        'North Korea has sent 1.5 million to 2 million shells to Russia.',
        '1500000-2000000 range shell munitions PRK RUS',
      ],
      ['Russia has paid North Korea close to $2 billion.', '2000000000 approx usd money RUS PRK'],
      ['Russia has paid North Korea nearly $2 billion.', '2000000000 approx usd money RUS PRK'],
      ['Russia has paid North Korea almost $2bn.', '2000000000 approx usd money RUS PRK'],
      ['Russia has paid North Korea over $2 billion.', '2000000000 more_than usd money RUS PRK'],
      [
        'Russia has paid North Korea less than $2 billion.',
        '2000000000 less_than usd money RUS PRK',
      ],
      ['Russia has paid North Korea as much as $2 billion.', '2000000000 up_to usd money RUS PRK'],
    ]);
  });
});

const SUPPLY_VERBS = [
  'sent',
  'shipped',
  'supplied',
  'provided',
  'delivered',
  'transferred',
  'exported',
  'has sent',
  'has shipped',
  'has supplied',
  'has delivered',
  'sends',
  'ships',
  'is sending',
  'has been sending',
];
const DEPLOY_VERBS = [
  'deployed',
  'dispatched',
  'sent',
  'has deployed',
  'has dispatched',
  'deploys',
  'will send',
];

describe('verb frames', () => {
  it('reads the supplier and receiver of every verb of sending, in any tense', () => {
    expectFigures(
      SUPPLY_VERBS.map((verb): FigureProbe => [
        `North Korea ${verb} 2 million shells to Russia.`,
        '2000000 exact shell munitions PRK RUS',
      ]),
    );
  });

  it('reads the sender and host of a deployment, in any tense', () => {
    expectFigures(
      DEPLOY_VERBS.map((verb): FigureProbe => [
        `North Korea ${verb} 12,000 troops to Russia.`,
        '12000 exact person personnel PRK RUS',
      ]),
    );
  });

  it('reads from and to in frames of receiving, buying, passives, payment, presence, fire and loss', () => {
    expectFigures([
      [
        'Russia received 3 million shells from North Korea.',
        '3000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia has received 3 million shells from North Korea.',
        '3000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia imported 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      ['Russia bought 2 million shells from North Korea.', '2000000 exact shell munitions PRK RUS'],
      [
        'Russia has acquired 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia obtained 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      [
        'Some 2 million shells were sent to Russia by North Korea.',
        '2000000 approx shell munitions PRK RUS',
      ],
      [
        'About 2 million shells have been shipped from North Korea to Russia.',
        '2000000 approx shell munitions PRK RUS',
      ],
      [
        '2 million shells were delivered to Russia from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      ['Russia paid North Korea $20 million.', '20000000 exact usd money RUS PRK'],
      ['North Korea earned $5 billion from Russia.', '5000000000 exact usd money RUS PRK'],
      ['North Korea received $5 billion from Russia.', '5000000000 exact usd money RUS PRK'],
      [
        'North Korea has exported 9 million shells to Russia.',
        '9000000 exact shell munitions PRK RUS',
      ],
      [
        'The 11,000 troops that North Korea sent to Russia have fought in Kursk.',
        '11000 exact person personnel PRK RUS',
      ],
      [
        'The 11,000 troops North Korea sent to Russia have fought in Kursk.',
        '11000 exact person personnel PRK RUS',
      ],
      [
        'There are now 11,000 North Korean troops in Russia.',
        '11000 exact person personnel PRK RUS',
      ],
      [
        'Some 11,000 North Korean troops are fighting for Russia.',
        '11000 approx person personnel PRK RUS',
      ],
      [
        'About 11,000 North Korean soldiers are deployed in the Kursk region.',
        '11000 approx person personnel PRK RUS',
      ],
      ['Russia shipped 1 million barrels of oil to the North.', '1000000 exact barrel oil RUS PRK'],
      [
        'Moscow has supplied Pyongyang with 1 million barrels of oil.',
        '1000000 exact barrel oil RUS PRK',
      ],
      [
        'Pyongyang has received more than 1 million barrels of oil from Moscow.',
        '1000000 more_than barrel oil RUS PRK',
      ],
      [
        'Russia has provided North Korea with more than 1 million barrels of oil.',
        '1000000 more_than barrel oil RUS PRK',
      ],
      [
        'North Korea imported 1 million barrels of oil from Russia.',
        '1000000 exact barrel oil RUS PRK',
      ],
      [
        'Trade between Russia and North Korea reached $50 million last year.',
        '50000000 exact usd trade * *',
      ],
      [
        "Russia's trade with North Korea reached $34 million last year.",
        '34000000 exact usd trade * *',
      ],
      [
        "North Korea's trade with Russia reached $34 million last year.",
        '34000000 exact usd trade * *',
      ],
      [
        'Bilateral trade between Moscow and Pyongyang was worth $34 million.',
        '34000000 exact usd trade * *',
      ],
      ['Russian exports to North Korea totalled $30 million.', '30000000 exact usd trade RUS PRK'],
      ["North Korea's exports to Russia totalled $5 million.", '5000000 exact usd trade PRK RUS'],
      ['Russia fired 24 North Korean missiles at Ukraine.', '24 exact missile missiles RUS UKR'],
      [
        'Russia has launched at least 20 North Korean ballistic missiles at Ukraine.',
        '20 at_least missile missiles RUS UKR',
      ],
      ['Ukraine captured two North Korean soldiers.', '2 exact person casualties PRK -'],
      [
        'Ukrainian forces have captured 2 North Korean soldiers.',
        '2 exact person casualties PRK -',
      ],
      ['About 300 North Korean soldiers have been killed.', '300 approx person casualties PRK -'],
      ['Some 2,700 North Korean soldiers were wounded.', '2700 approx person casualties PRK -'],
      [
        'At least 100 North Korean soldiers died in the fighting.',
        '100 at_least person casualties PRK -',
      ],
      ['North Korea has lost 4,000 soldiers in Russia.', '4000 exact person casualties PRK -'],
      ['North Korean casualties have reached 4,000.', '4000 exact person casualties PRK -'],
      [
        'North Korean troops have suffered about 3,000 casualties.',
        '3000 approx person casualties PRK -',
      ],
      ['North Korea has an army of 1.2 million soldiers.', '1200000 exact person force_size PRK -'],
      ["North Korea's army has 1.2 million soldiers.", '1200000 exact person force_size PRK -'],
      [
        'North Korea fields about 1.2 million active-duty soldiers.',
        '1200000 approx person force_size PRK -',
      ],
    ]);
  });
});

describe('headlines', () => {
  it('reads a headline in the present tense with its articles dropped', () => {
    expectFigures([
      ['North Korea sends 3,000 more troops to Russia', '3000 exact person personnel PRK RUS'],
      [
        'N. Korea ships 1 million shells to Russia: report',
        '1000000 exact shell munitions PRK RUS',
      ],
      ['Russia pays North Korea $1bn for arms', '1000000000 exact usd money RUS PRK'],
      ['Pyongyang supplies Moscow with 100 missiles', '100 exact missile missiles PRK RUS'],
      ['Ukraine says 300 North Korean soldiers killed', '300 exact person casualties PRK -'],
      ['North Korea to send 6,000 workers to Russia', '6000 exact person personnel PRK RUS'],
      [
        'North Korea has sent 11,000 troops to Russia, Seoul says',
        '11000 exact person personnel PRK RUS',
      ],
    ]);
  });
});

describe('hedges and tenses', () => {
  it('reads a hedged, reported or future figure as the same flow', () => {
    expectFigures([
      [
        'North Korea is believed to have sent 11,000 troops to Russia.',
        '11000 * person personnel PRK RUS',
      ],
      [
        'North Korea reportedly sent 11,000 troops to Russia.',
        '11000 exact person personnel PRK RUS',
      ],
      ['North Korea may have sent 11,000 troops to Russia.', '11000 * person personnel PRK RUS'],
      [
        'North Korea is thought to have shipped 2 million shells to Russia.',
        '2000000 * shell munitions PRK RUS',
      ],
      [
        'North Korea is estimated to have supplied 2 million shells to Russia.',
        '2000000 * shell munitions PRK RUS',
      ],
      [
        'North Korea could send another 30,000 troops to Russia.',
        '30000 exact person personnel PRK RUS',
      ],
      [
        'North Korea is expected to send 30,000 more troops to Russia.',
        '30000 exact person personnel PRK RUS',
      ],
      ['North Korea will send 6,000 builders to Russia.', '6000 exact person personnel PRK RUS'],
      [
        'North Korea had sent 11,000 troops to Russia by December.',
        '11000 exact person personnel PRK RUS',
      ],
      [
        'Officials say North Korea has sent 11,000 troops to Russia.',
        '11000 exact person personnel PRK RUS',
      ],
    ]);
  });
});

describe('figures that are not claims', () => {
  it('reads no claim from ages, years, pages, distances, resolutions, dates and durations', () => {
    expectFigures([
      ['Kim Jong Un, 41, met Vladimir Putin in Pyongyang.', 'none'],
      ['The war began in 2022 and Russia still uses old shells.', 'none'],
      ['The report runs to 40 pages.', 'none'],
      ['The base lies 300 kilometres from the border.', 'none'],
      ['Resolution 2397 limits the oil that North Korea may import.', 'none'],
      ['The treaty was signed on June 19.', 'none'],
      ['The 152mm guns are older than the soldiers who fire them.', 'none'],
      ['The KN-23 missile has a range of about 700 kilometres.', 'none'],
      ['Kim visited the Vostochny Cosmodrome in September 2023.', 'none'],
      ['The meeting lasted two hours.', 'none'],
      ['The soldiers, aged 18 to 24, were sent to Kursk.', 'none'],
      ['Article 4 of the treaty pledges mutual aid.', 'none'],
      ['The drones fly at 150 km per hour.', 'none'],
    ]);
  });

  it('reads no claim from lengths, corps numbers, model names, times and calibres', () => {
    expectFigures([
      ['Kim, 41, has ruled since 2011.', 'none'],
      ['The border is 17 kilometres long.', 'none'],
      ['The two leaders met for the first time in 2019.', 'none'],
      ['The soldiers belong to the 11th Corps.', 'none'],
      ['The KN-23 is a short-range ballistic missile.', 'none'],
      ['The train left at 10 a.m.', 'none'],
      ['Russia uses 152mm and 122mm guns.', 'none'],
      ['The Tu-214 landed in Pyongyang.', 'none'],
      ['Pyongyang is about 200 km from the Russian border.', 'none'],
    ]);
  });
});

describe('vague and added amounts', () => {
  it('reads a vague plural as its low bound and an added or total count as the figure', () => {
    expectFigures([
      ['North Korea has sent dozens of missiles to Russia.', '~24 vague missile missiles PRK RUS'],
      [
        'North Korea has sent hundreds of thousands of shells to Russia.',
        '~200000 vague shell munitions PRK RUS',
      ],
      [
        'Russia has paid tens of millions of dollars to North Korea.',
        '~20000000 vague usd money RUS PRK',
      ],
      [
        'Several thousand North Korean troops have been killed.',
        '~2000 vague person casualties PRK -',
      ],
      [
        'Thousands of North Korean soldiers have died in Kursk.',
        '~2000 vague person casualties PRK -',
      ],
      [
        'Russia has shipped millions of barrels of oil to North Korea.',
        '~2000000 vague barrel oil RUS PRK',
      ],
      [
        'North Korea has shipped several million shells to Russia.',
        '~2000000 vague shell munitions PRK RUS',
      ],
      [
        'Russia has paid North Korea several billion dollars.',
        '~2000000000 vague usd money RUS PRK',
      ],
      [
        'Hundreds of North Korean troops have been captured or killed.',
        '~200 vague person casualties PRK -',
      ],
      ['North Korea sent a further 3,000 troops to Russia.', '3000 exact person personnel PRK RUS'],
      ['North Korea sent another 3,000 troops to Russia.', '3000 exact person personnel PRK RUS'],
      [
        'North Korea sent an additional 3,000 troops to Russia.',
        '3000 exact person personnel PRK RUS',
      ],
      [
        'North Korea sent a total of 14,000 troops to Russia.',
        '14000 exact person personnel PRK RUS',
      ],
      [
        'North Korea has sent some 1,500 more troops to Russia.',
        '1500 approx person personnel PRK RUS',
      ],
      [
        'North Korea sent two battalions of about 1,000 soldiers each to Russia.',
        '1000 approx person personnel PRK RUS',
      ],
    ]);
  });
});

describe('rates', () => {
  it('reads a figure given per day, month or year as the flow it measures', () => {
    expectFigures([
      ['Russia pays North Korea $572 million annually.', '572000000 exact usd money RUS PRK'],
      [
        'Russia has shipped 100,000 barrels of oil a month to North Korea.',
        '100000 exact barrel oil RUS PRK',
      ],
      [
        'North Korea sends about 3 million shells a year to Russia.',
        '3000000 approx shell munitions PRK RUS',
      ],
      [
        'North Korea produces about 2 million shells a year.',
        '2000000 approx shell munitions PRK -',
      ],
      ['Russian forces fire around 10,000 shells a day.', '10000 approx shell munitions RUS UKR'],
      ['North Korean workers in Russia earn about $800 a month.', '800 approx usd money RUS PRK'],
    ]);
  });
});

describe('sentences with clauses and sources', () => {
  it('reads every figure of a long sentence with its own flow', () => {
    expectFigures([
      [
        "North Korea has sent about 11,000 troops to Russia, South Korea's spy agency said on Tuesday.",
        '11000 approx person personnel PRK RUS',
      ],
      [
        'According to Ukrainian intelligence, North Korea has supplied Russia with 6 million shells.',
        '6000000 exact shell munitions PRK RUS',
      ],
      [
        'The South Korean military said Pyongyang had shipped more than 20,000 containers of arms to Russia since August.',
        '20000 more_than container munitions PRK RUS',
      ],
      [
        'In return for about 12,000 troops, Russia is giving North Korea oil and air defence systems.',
        '12000 approx person personnel PRK RUS',
      ],
      [
        'Since October, about 11,000 North Korean soldiers have been deployed to the Kursk region, where around 4,000 have been killed or wounded.',
        '11000 approx person personnel PRK RUS | 4000 approx person casualties PRK -',
      ],
      [
        'Russia has received 12,000 North Korean soldiers and at least 6 million shells.',
        '12000 exact person personnel PRK RUS | 6000000 at_least shell munitions PRK RUS',
      ],
      [
        'Pyongyang has provided Moscow with some 100 ballistic missiles and 200 long-range guns.',
        '100 approx missile missiles PRK RUS | 200 exact item weapons PRK RUS',
      ],
      [
        'Kyiv says Russia has fired more than 60 North Korean missiles at Ukrainian cities.',
        '60 more_than missile missiles RUS UKR',
      ],
      [
        'Russia delivered more than 1 million barrels of oil to North Korea in exchange for weapons.',
        '1000000 more_than barrel oil RUS PRK',
      ],
      [
        'Of the 11,000 troops, about 1,000 have been killed.',
        '11000 exact person personnel PRK RUS | 1000 approx person casualties PRK -',
      ],
      [
        'The shipments include 152mm shells, and Russia has received at least 2 million of them.',
        '2000000 at_least shell munitions PRK RUS',
      ],
      [
        'Seoul estimates that North Korea earned up to $20 billion from the arms trade with Russia.',
        '20000000000 up_to usd money RUS PRK',
      ],
      [
        'North Korea has sent 11,000 troops, 100 missiles and 200 guns to Russia.',
        '11000 exact person personnel PRK RUS | 100 exact missile missiles PRK RUS | 200 exact item weapons PRK RUS',
      ],
    ]);
  });
});

describe('passives and receivers', () => {
  it('reads the sender and receiver of a passive or a taking of delivery', () => {
    expectFigures([
      [
        'Some 100 ballistic missiles have been supplied to Russia by North Korea.',
        '100 approx missile missiles PRK RUS',
      ],
      [
        'More than 1 million barrels of oil were shipped to North Korea from Russia.',
        '1000000 more_than barrel oil RUS PRK',
      ],
      [
        'Over 11,000 North Korean troops have been sent to Russia.',
        '11000 more_than person personnel PRK RUS',
      ],
      [
        'About 3,000 North Korean workers were sent to Russia last year.',
        '3000 approx person personnel PRK RUS',
      ],
      ['North Korea was paid $5 billion by Russia.', '5000000000 exact usd money RUS PRK'],
      [
        'At least 2 million shells are believed to have been delivered to Russia.',
        '2000000 at_least shell munitions PRK RUS',
      ],
      [
        'Moscow took delivery of 2 million North Korean shells.',
        '2000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia has been receiving 3 million shells from Pyongyang.',
        '3000000 exact shell munitions PRK RUS',
      ],
      ['Russia has given North Korea 10 air defence systems.', '10 exact item weapons RUS PRK'],
      [
        'Russia has transferred 30 fighter jets to North Korea.',
        '30 exact vehicle weapons RUS PRK',
      ],
    ]);
  });
});

describe('shares in other words', () => {
  it('reads a share of shells or trade in words as a percentage of that flow', () => {
    expectFigures([
      [
        'Up to half of the shells Russia fires are North Korean.',
        '50 up_to percent munitions PRK RUS',
      ],
      [
        'North Korean shells account for about 60 percent of the rounds Russia fires.',
        '60 approx percent munitions PRK RUS',
      ],
      [
        'North Korea supplies about 40% of the shells Russia uses.',
        '40 approx percent munitions PRK RUS',
      ],
      [
        'About a third of the shells Russia fires were made in North Korea.',
        '33.33 approx percent munitions PRK RUS',
      ],
      [
        'Roughly half of the artillery ammunition used by Russian troops was produced in North Korea.',
        '50 approx percent munitions PRK RUS',
      ],
      ["Russia accounts for 2 percent of North Korea's trade.", '2 exact percent trade PRK RUS'],
      ["China accounts for 95% of North Korea's foreign trade.", '95 exact percent trade PRK CHN'],
    ]);
  });
});

describe('more word orders and nouns', () => {
  it('reads double objects, fronted receivers and further counted nouns', () => {
    expectFigures([
      ['North Korea has sent Russia 11,000 troops.', '11000 exact person personnel PRK RUS'],
      ['North Korea has given Russia 2 million shells.', '2000000 exact shell munitions PRK RUS'],
      ['Pyongyang has handed Moscow 100 missiles.', '100 exact missile missiles PRK RUS'],
      ['To Russia, North Korea has sent 11,000 troops.', '11000 exact person personnel PRK RUS'],
      ['Russia got 2 million shells from North Korea.', '2000000 exact shell munitions PRK RUS'],
      [
        'Russia is getting 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia secured 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia has sourced 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      [
        'Russia has purchased 2 million shells from North Korea.',
        '2000000 exact shell munitions PRK RUS',
      ],
      ['North Korea sold Russia 2 million shells.', '2000000 exact shell munitions PRK RUS'],
      ['North Korea has sold 2 million shells to Russia.', '2000000 exact shell munitions PRK RUS'],
      ['Russia has sent North Korea 1 million barrels of oil.', '1000000 exact barrel oil RUS PRK'],
      [
        'Russia has sent 1 million barrels of petroleum products to North Korea.',
        '1000000 exact barrel oil RUS PRK',
      ],
      [
        'Russia has exported 1 million barrels of refined oil to North Korea.',
        '1000000 exact barrel oil RUS PRK',
      ],
      ['Russia has sent 40,000 tons of corn to North Korea.', '40000 exact tonne food RUS PRK'],
      ['Russia shipped 500 tons of flour to North Korea as aid.', '500 exact tonne food RUS PRK'],
      ['Russia donated 25,000 tonnes of wheat to North Korea.', '25000 exact tonne food RUS PRK'],
      [
        'North Korea has deployed about 3,000 more troops to Russia this year.',
        '3000 approx person personnel PRK RUS',
      ],
      [
        'North Korea rotated 11,000 troops into the Kursk region.',
        '11000 exact person personnel PRK RUS',
      ],
      [
        'North Korea has dispatched 1,000 deminers and 5,000 builders to Kursk.',
        '1000 exact person personnel PRK RUS | 5000 exact person personnel PRK RUS',
      ],
      [
        'North Korea sent 10,000 soldiers and 2,000 workers to Russia.',
        '10000 exact person personnel PRK RUS | 2000 exact person personnel PRK RUS',
      ],
      [
        'North Korea has sent 12,000 special forces troops to Russia.',
        '12000 exact person personnel PRK RUS',
      ],
      ['North Korea has sent 3,000 sappers to Russia.', '3000 exact person personnel PRK RUS'],
      ['North Korea has sent 500 officers to Russia.', '500 exact person personnel PRK RUS'],
      ['North Korea has sent 100 generals to Russia.', '100 exact person personnel PRK RUS'],
      ['North Korea has sent 50,000 laborers to Russia.', '50000 exact person personnel PRK RUS'],
      ['North Korea has sent 50,000 labourers to Russia.', '50000 exact person personnel PRK RUS'],
      ['Russia has supplied 20 Pantsir systems to North Korea.', '20 exact item weapons RUS PRK'],
      [
        'North Korea has sent 50 Koksan self-propelled guns to Russia.',
        '50 exact item weapons PRK RUS',
      ],
      [
        'North Korea has sent 100 M1991 multiple rocket launchers to Russia.',
        '100 exact item weapons PRK RUS',
      ],
      ['North Korea has sent 200 artillery systems to Russia.', '200 exact item weapons PRK RUS'],
      [
        'North Korea has sent 20 Hwasong-11 missiles to Russia.',
        '20 exact missile missiles PRK RUS',
      ],
      ['Russia fired 5 KN-23 missiles at Kyiv.', '5 exact missile missiles RUS UKR'],
      ['Russia launched two North Korean missiles at Kharkiv.', '2 exact missile missiles RUS UKR'],
      [
        'Russia fired 60 North Korean-made missiles at Ukraine.',
        '60 exact missile missiles RUS UKR',
      ],
      [
        'North Korean artillery crews have fired 100,000 shells at Ukrainian positions.',
        '100000 exact shell munitions * *',
      ],
      ['Russia sold North Korea 20 MiG-29 fighter jets.', '20 exact vehicle weapons RUS PRK'],
      [
        'About 20 Russian fighter jets were delivered to North Korea.',
        '20 approx vehicle weapons RUS PRK',
      ],
      ['Some 30 North Korean ships have docked at Vostochny.', '30 approx vehicle * * *'],
      [
        'North Korea has sent 13,000 containers to Russia.',
        '13000 exact container munitions PRK RUS',
      ],
      [
        'North Korea has shipped 28,000 containers of ammunition to Russia.',
        '28000 exact container munitions PRK RUS',
      ],
    ]);
  });
});

describe('casualties, captives and force sizes', () => {
  it('reads losses and captives as casualties of their side, and an army as its force size', () => {
    expectFigures([
      [
        'Ukraine says it has killed 300 North Korean soldiers.',
        '300 exact person casualties PRK -',
      ],
      [
        'Ukrainian forces killed about 200 North Korean troops in three days.',
        '200 approx person casualties PRK -',
      ],
      ['Some 1,000 North Korean soldiers have died.', '1000 approx person casualties PRK -'],
      ['North Korea has lost about 1,000 troops.', '1000 approx person casualties PRK -'],
      ['At least 100 North Koreans were killed.', '100 at_least person casualties PRK -'],
      ['Around 2,700 North Korean soldiers were injured.', '2700 approx person casualties PRK -'],
      [
        'Nearly 5,000 North Korean soldiers were killed or injured.',
        '5000 approx person casualties PRK -',
      ],
      [
        'North Korean troops suffered 4,700 casualties, including 600 dead.',
        '4700 exact person casualties PRK - | 600 exact person casualties PRK -',
      ],
      ['Two North Korean soldiers were taken prisoner.', '2 exact person casualties PRK -'],
      ['Ukraine is holding two North Korean prisoners of war.', '2 exact person casualties PRK -'],
      [
        'About 600 North Korean soldiers have been killed in action.',
        '600 approx person casualties PRK -',
      ],
      ['The North has lost some 600 men.', '600 approx person casualties PRK -'],
      [
        'Russia has lost more than 900,000 soldiers in Ukraine.',
        '900000 more_than person casualties RUS -',
      ],
      [
        'North Korea has the fourth-largest army in the world, with 1.28 million troops.',
        '1280000 exact person force_size PRK -',
      ],
      [
        'North Korea has about 1.2 million active-duty soldiers.',
        '1200000 approx person force_size PRK -',
      ],
      [
        'The North Korean army has 200,000 special forces troops.',
        '200000 exact person force_size PRK -',
      ],
    ]);
  });
});

describe('money in other frames', () => {
  it('reads transfers, aid, debt and earnings as money from payer to payee', () => {
    expectFigures([
      ['Russia has transferred $2 billion to North Korea.', '2000000000 exact usd money RUS PRK'],
      [
        'Moscow has given Pyongyang about $1 billion in aid.',
        '1000000000 approx usd money RUS PRK',
      ],
      ['Russia forgave $10 billion of North Korean debt.', '10000000000 exact usd money RUS PRK'],
      [
        'North Korea could earn up to $20 billion from the deal.',
        '20000000000 up_to usd money RUS PRK',
      ],
      [
        'The arms deals have brought North Korea about $20 billion.',
        '20000000000 approx usd money RUS PRK',
      ],
      [
        'North Korea has made about $20 billion selling arms to Russia.',
        '20000000000 approx usd money RUS PRK',
      ],
      [
        'North Korea has received an estimated $5 billion in payments from Russia.',
        '5000000000 approx usd money RUS PRK',
      ],
      [
        'Russia pays each North Korean soldier about $2,000 a month.',
        '2000 approx usd money RUS PRK',
      ],
      [
        'North Korean shells sold to Russia are worth about $5 billion.',
        '5000000000 approx usd money RUS PRK',
      ],
      [
        'Russia has bought $5 billion worth of North Korean shells.',
        '5000000000 exact usd money RUS PRK',
      ],
    ]);
  });
});

describe('oil, food and goods', () => {
  it('reads goods by their noun, and a bare figure by the subject it totals', () => {
    expectFigures([
      [
        'Russia exported 10,000 tonnes of gasoline to North Korea in January.',
        '10000 exact tonne oil RUS PRK',
      ],
      [
        'Russia has sent 50,000 tonnes of flour and 10,000 tonnes of sugar to North Korea.',
        '50000 exact tonne food RUS PRK | 10000 exact tonne food RUS PRK',
      ],
      ['Russia supplied 500 tonnes of jet fuel to North Korea.', '500 exact tonne oil RUS PRK'],
      [
        "North Korea's imports of Russian oil hit 1 million barrels.",
        '1000000 exact barrel oil RUS PRK',
      ],
      [
        'Russia provided about 60,000 tons of oil to North Korea in 2024.',
        '60000 approx tonne oil RUS PRK',
      ],
      [
        'Oil shipments from Russia to North Korea totalled 1.2 million barrels last year.',
        '1200000 exact barrel oil RUS PRK',
      ],
      ['Moscow shipped Pyongyang 300,000 barrels of diesel.', '300000 exact barrel oil RUS PRK'],
      [
        'Russia is sending 100,000 tonnes of wheat to North Korea as humanitarian aid.',
        '100000 exact tonne food RUS PRK',
      ],
      [
        'Russia supplied North Korea with 1 million barrels of oil, and North Korea sent 12,000 troops in return.',
        '1000000 exact barrel oil RUS PRK | 12000 exact person personnel PRK RUS',
      ],
      [
        'In exchange for 11,000 troops, Moscow paid Pyongyang $500 million.',
        '11000 exact person personnel PRK RUS | 500000000 exact usd money RUS PRK',
      ],
      ['Ukraine has destroyed 50 North Korean howitzers.', '50 exact item weapons RUS -'],
      ['Russia gets 40% of its shells from North Korea.', '40 exact percent munitions PRK RUS'],
      ["North Korea provides half of Russia's shells.", '50 exact percent munitions PRK RUS'],
      [
        "North Korea's trade with China reached $2.7 billion last year.",
        '2700000000 exact usd trade CHN PRK',
      ],
      [
        'North Korean troops in Russia total about 11,000.',
        '11000 approx person personnel PRK RUS',
      ],
      ['North Korean casualties amount to some 4,000.', '4000 approx person casualties PRK -'],
      [
        'North Korean troops in Russia now number about 11,000.',
        '11000 approx person personnel PRK RUS',
      ],
      ['North Korean losses stand at about 4,000.', '4000 approx person casualties PRK -'],
      [
        'Seoul puts the number of North Korean dead at about 600.',
        '600 approx person casualties PRK -',
      ],
      [
        'Kyiv says 1,000 North Korean troops were killed and 3,000 wounded.',
        '1000 exact person casualties PRK - | 3000 exact person casualties PRK -',
      ],
    ]);
  });
});
