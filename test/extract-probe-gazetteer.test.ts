// The gazetteer battery: countries beyond the exchange's own named as buyers, makers, partners and
// homes of analysts, each with its capital, adjective and people; words spelled like a country in
// lower case ("polish", "china" ware, "guinea pigs"), people named like one and seas named for one
// that name no country; and a country named in passing that a later "its" does not mean. In
// sentences of our own, each with every claim it should give.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import { expectFigures, probeTable, PUBLISHED } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('buyer', [
  ['Poland has bought 180 tanks from South Korea since 2022.', '180 exact vehicle weapons KOR POL'],
  ['Seoul agreed to sell 96 howitzers to Warsaw last year.', '96 exact item weapons KOR POL'],
  ['Vietnam bought 60 tanks from Russia.', '60 exact vehicle weapons RUS VNM'],
  ['India imports roughly 45% of its arms from Russia.', '45 approx percent trade IND RUS'],
]);

add('maker', [
  ['Germany delivered 14 air-defence systems to Ukraine in 2024.', '14 exact item weapons DEU UKR'],
  [
    'The Czech Republic delivered 800,000 shells to Ukraine in 2024.',
    '800000 exact shell munitions CZE UKR',
  ],
  ['Turkey has supplied about 50 armed drones to Ukraine.', '50 approx drone weapons TUR UKR'],
  ['Canada has pledged 2,300 drones to Kyiv.', '2300 exact drone weapons CAN UKR'],
  ['Australia sent 49 Abrams tanks to Ukraine.', '49 exact vehicle weapons AUS UKR'],
  ['Lithuania gave Ukraine 20 armoured vehicles.', '20 exact vehicle weapons LTU UKR'],
]);

add('partner', [
  [
    'Trade between Mongolia and North Korea reached $3 million in 2023.',
    '3000000 exact usd trade MNG PRK',
  ],
  ['Taiwan exported 800 tonnes of steel to Japan.', '800 exact tonne other TWN JPN'],
  ['Kazakhstan shipped 1.2 million tonnes of grain to Russia.', '1200000 exact tonne food KAZ RUS'],
]);

add('people', [
  ['Polish troops number about 200,000.', '200000 approx person force_size POL -'],
  ['Some 3,000 Germans protested in Berlin.', '3000 approx person force_size DEU -'],
]);

add('home-of-analyst', [
  [
    'An analyst in Warsaw estimated that 11,000 North Korean troops were in Kursk.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'A Polish analyst estimated that North Korea has sent 15,000 troops to Russia.',
    '15000 exact person personnel PRK RUS',
  ],
  [
    'Russia shipped 200,000 tonnes of oil to North Korea, a Canberra-based group estimated.',
    '200000 exact tonne oil RUS PRK',
  ],
]);

add('lower-case-homograph', [
  [
    'The shop sold fine china to 40 buyers while Russia sent 700 tonnes of flour to North Korea.',
    '40 exact item other * * | 700 exact tonne food RUS PRK',
  ],
  [
    'Researchers kept 30 guinea pigs as North Korea sent 1,000 workers to Russia.',
    '30 exact item other * * | 1000 exact person personnel PRK RUS',
  ],
]);

add('person-named-like-a-country', [
  [
    'Chad Miller, an analyst, says North Korea has sent about 9,000 troops to Russia.',
    '9000 approx person personnel PRK RUS',
  ],
  [
    'Jordan Ellis said North Korea shipped 2 million shells to Russia.',
    '2000000 exact shell munitions PRK RUS',
  ],
]);

add('in-passing', [
  [
    'North Korea hopes it can sell 6,000 rockets to Syria. Its factories made about 1,000 more.',
    '6000 exact rocket munitions PRK SYR | 1000 approx rocket munitions PRK -',
  ],
  [
    'Russia sent 40 railcars of coal to North Korea last week, said Tidewater, a firm based in Oslo. Its analysts counted 30 more in May.',
    '40 exact vehicle trade RUS PRK | 30 exact vehicle trade RUS PRK',
  ],
]);

/** Every country a text's claims put on either side. */
function sidesOf(text: string): string[] {
  const sides: string[] = [];
  for (const c of extract({ text, published: PUBLISHED }).claims)
    for (const code of [c.from, c.to]) if (code !== null) sides.push(code);
  return sides;
}

const NAMES_NO_COUNTRY: ReadonlyArray<readonly [text: string, code: string]> = [
  ["The workers polish about 400 shell casings a day for North Korea's army.", 'POL'],
  ['Cooks served turkey to 300 guests while Russia sent 500 trucks to Pyongyang.', 'TUR'],
  ['The shop sold fine china to 40 buyers in a week.', 'CHN'],
  ['Researchers kept 30 guinea pigs in the lab.', 'GIN'],
  ['Chad Miller counted 70 railcars at the border.', 'TCD'],
  ['Russia shipped 12 tankers of oil to North Korea through the Indian Ocean.', 'IND'],
  ['The archive holds 25 maps drawn in India ink.', 'IND'],
];

describe('countries beyond the exchange', () => {
  it('reads a buyer of arms by its name, capital or adjective', () => {
    expectFigures(family('buyer'));
  });
  it('reads a maker or giver of arms', () => {
    expectFigures(family('maker'));
  });
  it('reads a partner in trade', () => {
    expectFigures(family('partner'));
  });
  it('reads the people and forces of a country by its adjective or people noun', () => {
    expectFigures(family('people'));
  });
  it('keeps the home of an analyst out of the sides of the figure', () => {
    expectFigures(family('home-of-analyst'));
  });
  it('reads no country in a lower-case homograph', () => {
    expectFigures(family('lower-case-homograph'));
  });
  it('reads no country in a person named like one', () => {
    expectFigures(family('person-named-like-a-country'));
  });
  it('keeps "its" off a country named in passing: after "it", or as the seat of a body', () => {
    expectFigures(family('in-passing'));
  });
  it.each(NAMES_NO_COUNTRY)('puts no country on a side for words like one: %s', (text, code) => {
    expect(sidesOf(text)).not.toContain(code);
  });
});

describe('credits to a country beyond the exchange', () => {
  it('credits "by Polish count" to Poland', () => {
    const [claim] = extract({
      text: 'By Polish count, Russia has launched 300 drones at Ukraine this year.',
      published: PUBLISHED,
    }).claims;
    expect(claim?.attribution).toEqual({ name: 'Poland', affiliation: null });
  });
  it('gives a body a capital owns that capital’s country as affiliation', () => {
    const [claim] = extract({
      text: "Berlin's foreign intelligence service says North Korea has sent 12,000 troops to Russia.",
      published: PUBLISHED,
    }).claims;
    expect(claim?.attribution?.affiliation).toBe('Germany');
  });
});
