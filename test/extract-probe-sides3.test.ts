// The third sides battery: whose people a count of losses is when the sentence names a country only
// as the teller of the count, people sent whose own verb is one of dying, arms a country's industry
// makes, what a country holds, a base of fire on a side, GNI, the level a cap is said to be,
// "$X worth of goods" and carriers of coal, in sentences of our own, each with every claim it should
// give.
// Probes the engine misreads today are left out:
//   - "NORTH KOREAN TROOPS SENT TO RUSSIA: 1,000 HAVE DIED": a headline figure before "have died"
//     is not read at all;
//   - "North Korea held tens of millions of shells in its depots": "held" is no verb of holding (as a
//     verb it would also take "soldiers held by Ukraine"), so the stock is read as a delivery;
//   - "its bunkers hold" after ", and" in a sentence that names "the South" last: "its" is read as
//     the South, not as the subject of the sentence's first clause;
//   - "It put the number killed at 2,300" after a count of troops that "returned home": the dead
//     take the side the returning troops came from;
//   - "Russia's GNI is more than 60 times the North's, at about $2 trillion": the sum is read as the
//     North's, the country named last;
//   - "against some 2,000 on the Ukrainian side": only "compared with" and "for" open a base whose
//     side the words after it name.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('sent-then-lost', [
  [
    'About 300 of the North Korean troops sent to Russia have died, the spy agency said.',
    '300 approx person casualties PRK -',
  ],
  [
    'Roughly one in seven of the combat troops sent to Russia has died.',
    '14.29 approx percent casualties PRK -',
  ],
  [
    'Some 2,000 North Korean soldiers sent to help Moscow have been killed, Seoul said on Thursday.',
    '2000 approx person casualties PRK -',
  ],
  [
    'More than 500 of the soldiers deployed to Kursk were wounded during the winter.',
    '500 more_than person casualties PRK -',
  ],
  [
    'About 1,200 of the North Korean troops dispatched to the front were killed or wounded by March.',
    '1200 approx person casualties PRK -',
  ],
  [
    'Nearly 4,000 North Korean soldiers sent to fight for Russia have been killed or wounded, according to Kyiv.',
    '4000 approx person casualties PRK -',
  ],
  [
    'A quarter of the troops Pyongyang sent to Kursk were killed in the first month.',
    '25 exact percent casualties PRK -',
  ],
  [
    'Around 40% of the North Korean soldiers deployed to the Kursk region had been wounded by spring.',
    '40 approx percent casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia. More than one in ten of those sent has died.',
    '11000 approx person personnel PRK RUS | 10 more_than percent casualties PRK -',
  ],
  [
    'Some 600 North Korean soldiers sent to Russia were killed in January alone.',
    '600 approx person casualties PRK -',
  ],
  [
    'Hundreds of North Korean soldiers deployed to Russia have died in drone strikes.',
    '~200 vague person casualties PRK -',
  ],
  [
    'At least 100 of the North Korean troops sent to Russia had been killed by the end of the year.',
    '100 at_least person casualties PRK -',
  ],
  [
    'North Korea sent 3,000 more troops to Russia after heavy losses in the winter.',
    '3000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent about 3,000 reinforcements to replace the dead and wounded.',
    '3000 approx person personnel PRK RUS',
  ],
  [
    'Some 3,000 reinforcements were sent in January to make up for losses in the first contingent.',
    '3000 approx person personnel PRK RUS',
  ],
  [
    'North Korea deployed 12,000 soldiers to Russia, and about 4,700 of them have been killed or wounded.',
    '12000 exact person personnel PRK RUS | 4700 approx person casualties PRK -',
  ],
  [
    'Of the 11,000 soldiers Pyongyang dispatched, about 4,000 were killed or wounded.',
    '11000 exact person personnel PRK RUS | 4000 approx person casualties PRK -',
  ],
  [
    'Roughly 2,000 of the engineers sent to rebuild Kursk have been injured, officials said.',
    '2000 approx person casualties PRK -',
  ],
  [
    'Some 300 North Korean troops deployed in Kursk are believed to have been killed.',
    '300 approx person casualties PRK -',
  ],
]);

add('tellers', [
  [
    'North Korea sent about 11,000 soldiers to Russia last year. By April the South Korean agency had raised its casualty estimate to 4,700.',
    '11000 approx person personnel PRK RUS | 4700 exact person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. He told a Ukrainian television channel that about 4,000 had been killed.',
    '11000 approx person personnel PRK RUS | 4000 approx person casualties PRK -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. Britain's defence intelligence has not updated its estimate of more than 6,000 casualties.",
    '11000 approx person personnel PRK RUS | 6000 more_than person casualties PRK -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. The gap between Seoul's 2,000 dead and the Ukrainian figures is wide.",
    '11000 approx person personnel PRK RUS | 2000 exact person casualties PRK -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. Kyiv's count of nearly 4,000 casualties is higher than Seoul's.",
    '11000 approx person personnel PRK RUS | 4000 approx person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. The US figure of more than 1,000 casualties in a single week stood out.',
    '11000 approx person personnel PRK RUS | 1000 more_than person casualties PRK -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. The Ukrainian military's tally of about 3,800 dead has not been confirmed.",
    '11000 approx person personnel PRK RUS | 3800 approx person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. A Ukrainian drone commander said the unit lost 40 or 50 men in one afternoon.',
    '11000 approx person personnel PRK RUS | 40-50 range person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. South Korean intelligence now puts the number killed at about 2,300.',
    '11000 approx person personnel PRK RUS | 2300 approx person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. The American estimate of roughly 1,200 dead is the lowest.',
    '11000 approx person personnel PRK RUS | 1200 approx person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. In an interview with a Ukrainian newspaper, he said some 3,000 had been killed or wounded.',
    '11000 approx person personnel PRK RUS | 3000 approx person casualties PRK -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. Japan's defence ministry estimate of 5,000 casualties has not been repeated.",
    '11000 approx person personnel PRK RUS | 5000 exact person casualties PRK -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. Its most recent figure, given to lawmakers in March, is about 2,500 dead.',
    '11000 approx person personnel PRK RUS | 2500 approx person casualties PRK -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. Russia's own losses, by Western estimates, exceed 600,000 casualties.",
    '11000 approx person personnel PRK RUS | 600000 more_than person casualties RUS -',
  ],
  [
    'North Korea sent about 11,000 soldiers to Russia last year. Russian losses near Kursk were put at 2,000 killed, Ukrainian officials said.',
    '11000 approx person personnel PRK RUS | 2000 exact person casualties RUS -',
  ],
  [
    "North Korea sent about 11,000 soldiers to Russia last year. Ukraine's army has lost 400 soldiers in the region, Kyiv said.",
    '11000 approx person personnel PRK RUS | 400 exact person casualties UKR -',
  ],
]);

add('made-arms', [
  [
    "Russia's defence industry made about 4 million artillery shells in 2024.",
    '4000000 approx shell munitions RUS -',
  ],
  [
    'Russian factories made roughly 3 million rounds last year, NATO officials said.',
    '3000000 approx shell munitions RUS -',
  ],
  [
    "The North's arms plants make about 2 million shells a year.",
    '2000000 approx shell munitions PRK -',
  ],
  [
    "Moscow's munitions plants now make around 250,000 shells a month.",
    '250000 approx shell munitions RUS -',
  ],
  [
    "Russia's defense sector is making more than 300,000 rounds a month, officials say.",
    '300000 more_than shell munitions RUS -',
  ],
  [
    "North Korea has shipped millions of shells to Russia. The slowdown reflected Russia's rising domestic output, which officials put at about 4.5 million shells last year.",
    '~2000000 vague shell munitions PRK RUS | 4500000 approx shell munitions RUS -',
  ],
  [
    'North Korea has shipped millions of shells to Russia. Western estimates put Russian output lower, at about 3 million rounds a year.',
    '~2000000 vague shell munitions PRK RUS | 3000000 approx shell munitions RUS -',
  ],
  [
    'Analysts put North Korean production higher, at roughly 5 million shells a year.',
    '5000000 approx shell munitions PRK -',
  ],
  [
    'Russian output of artillery rounds, which NATO puts at 3 million a year, still falls short.',
    '3000000 exact shell munitions RUS -',
  ],
  [
    "Russia's defense industry is on course to produce about 7 million shells this year.",
    '7000000 approx shell munitions RUS -',
  ],
  [
    'North Korea made $500 million from the arms sales last year.',
    '500000000 exact usd money RUS PRK',
  ],
  [
    'North Korean shells made up about half of the rounds Russia fired last year.',
    '50 approx percent munitions PRK RUS',
  ],
  [
    'Russian plants made some 250,000 shells in March alone, the ministry said.',
    '250000 approx shell munitions RUS -',
  ],
  [
    'The North makes an estimated 1.5 million rounds a year at its arms factories.',
    '1500000 approx shell munitions PRK -',
  ],
]);

add('held-stocks', [
  [
    'North Korea was believed to hold tens of millions of artillery rounds before the war.',
    '~20000000 vague shell munitions PRK -',
  ],
  [
    'Before the war, the North was thought to hold tens of millions of shells.',
    '~20000000 vague shell munitions PRK -',
  ],
  [
    'North Korea was believed by South Korean defense officials to hold tens of millions of artillery rounds.',
    '~20000000 vague shell munitions PRK -',
  ],
  [
    'North Korea had stockpiled ammunition for decades, and its bunkers were believed to hold about 20 million shells.',
    '20000000 approx shell munitions PRK -',
  ],
  [
    "North Korea's bunkers hold tens of millions of shells, analysts say.",
    '~20000000 vague shell munitions PRK -',
  ],
  [
    'Pyongyang is estimated to hold about 20 million artillery shells in reserve.',
    '20000000 approx shell munitions PRK -',
  ],
  [
    'Russia is thought to hold several million shells in its depots.',
    '~2000000 vague shell munitions RUS -',
  ],
  [
    'North Korea has shipped about 13,000 containers to Russia, which could hold more than 8 million shells.',
    '13000 approx container munitions PRK RUS | 8000000 more_than shell munitions PRK RUS',
  ],
  [
    'North Korea sent 10,000 containers to Russia that could hold up to 5 million shells.',
    '10000 exact container munitions PRK RUS | 5000000 up_to shell munitions PRK RUS',
  ],
  [
    'Pyongyang has shipped more than 20,000 containers, which Seoul believes could hold as many as 9 million rounds.',
    '20000 more_than container munitions PRK RUS | 9000000 up_to shell munitions PRK RUS',
  ],
  ['Each container can hold several hundred shells.', '~200 vague shell munitions - -'],
  [
    'The DPRK holds about 4 billion rubles in accounts at Russian banks.',
    '4000000000 approx rub money RUS PRK',
  ],
  [
    'The North is still thought to hold some 10 million rounds in its tunnels near the border.',
    '10000000 approx shell munitions PRK -',
  ],
]);

add('own-side', [
  [
    'Russian forces are firing around 12,000 rounds a day, compared with roughly 4,000 to 5,000 on the Ukrainian side.',
    '12000 approx shell munitions RUS UKR | 4000-5000 range shell munitions UKR RUS',
  ],
  [
    'At the peak, Russian gunners fired about 10,000 shells a day, compared with about 2,000 on the Ukrainian side.',
    '10000 approx shell munitions RUS UKR | 2000 approx shell munitions UKR RUS',
  ],
  [
    'Russia fires roughly 10,000 shells a day, compared with about 2,000 for Ukraine.',
    '10000 approx shell munitions RUS UKR | 2000 approx shell munitions UKR RUS',
  ],
  [
    "Russian troops now fire some 8,000 rounds daily, compared with 3,000 on Ukraine's side.",
    '8000 approx shell munitions RUS UKR | 3000 exact shell munitions UKR RUS',
  ],
  [
    'Ukraine fires about 3,000 shells a day, compared with roughly 9,000 on the Russian side.',
    '3000 approx shell munitions UKR RUS | 9000 approx shell munitions RUS UKR',
  ],
  [
    'Ukrainian units fired about 4,000 rounds a day last winter, compared with up to 12,000 on the Russian side.',
    '4000 approx shell munitions UKR RUS | 12000 up_to shell munitions RUS UKR',
  ],
]);

add('economy-size', [
  [
    "Per capita income in the North came to 1.72 million won, about one-thirtieth of South Korea's.",
    '1720000 exact krw other PRK - | 3.33 approx percent other PRK -',
  ],
  [
    "The North's per capita GDP was about $1,200 last year, the bank estimated.",
    '1200 approx usd other PRK -',
  ],
  [
    "The North's nominal gross national income (GNI) was estimated at 45.2 trillion won, up 5.4 percent from a year earlier.",
    '45200000000000 exact krw other PRK - | 5.4 exact percent other PRK -',
  ],
  [
    "North Korea's GNI came to 44 trillion won last year, the central bank said.",
    '44000000000000 exact krw other PRK -',
  ],
  [
    "The Bank of Korea put the North's nominal GNI at 47.5 trillion won.",
    '47500000000000 exact krw other PRK -',
  ],
  [
    "North Korea's per capita GNI stood at 1.72 million won in 2024.",
    '1720000 exact krw other PRK -',
  ],
  [
    "The North's GNI rose to about 46 trillion won in 2025, according to estimates from Seoul.",
    '46000000000000 approx krw other PRK -',
  ],
  [
    "North Korea's gross national income (GNI) reached an estimated $30 billion.",
    '30000000000 approx usd other PRK -',
  ],
]);

add('caps-said-to-be', [
  [
    'The refined petroleum cap set by Resolution 2397 is 500,000 barrels a year.',
    '500000 exact barrel oil - PRK',
  ],
  [
    "The Security Council's cap on such imports, which Russia voted for in 2017, is 500,000 barrels a year.",
    '500000 exact barrel oil - PRK',
  ],
  [
    "The UN ceiling on the North's fuel imports remains 500,000 barrels a year.",
    '500000 exact barrel oil - PRK',
  ],
  [
    "The cap is 500,000 barrels a year, so Russia's deliveries are three times the legal limit.",
    '500000 exact barrel oil - PRK',
  ],
  [
    "Under UN sanctions, North Korea's imports of refined petroleum are capped at 500,000 barrels a year, a limit that Moscow now openly ignores.",
    '500000 exact barrel oil - PRK',
  ],
  [
    "The Security Council caps the North's fuel imports at 500,000 barrels a year, a limit Russia itself voted for.",
    '500000 exact barrel oil - PRK',
  ],
  [
    'The annual limit, agreed in December 2017, was 500,000 barrels of refined products.',
    '500000 exact barrel oil - PRK',
  ],
]);

add('worth-of-goods', [
  [
    'Chinese customs data show North Korea bought $1.52 billion worth of goods from China in the first eight months of this year, up 29 percent from the same period last year.',
    '1520000000 exact usd trade PRK CHN | 29 exact percent trade PRK CHN',
  ],
  [
    'Russia sold $40 million worth of goods to the North last year.',
    '40000000 exact usd trade RUS PRK',
  ],
  [
    'North Korea imported some $200 million worth of merchandise from Russia in 2024.',
    '200000000 approx usd trade PRK RUS',
  ],
  [
    'China shipped about $180 million worth of goods to North Korea in March.',
    '180000000 approx usd trade CHN PRK',
  ],
  [
    'Pyongyang bought roughly $90 million worth of commodities from Russia last year, customs data show.',
    '90000000 approx usd trade RUS PRK',
  ],
  [
    'North Korea sold about $25 million worth of goods to Russia in 2024, up from $8 million a year earlier.',
    '25000000 approx usd trade PRK RUS | 8000000 exact usd trade PRK RUS',
  ],
]);

add('coal-carriers', [
  [
    'Russia ships fuel to the North by rail. "They send about 40 wagons of coal at a time," the worker said.',
    '40 approx vehicle trade RUS PRK',
  ],
  [
    'Russian oil arrives by rail. He estimated that more than 300 wagons of coal had crossed the border in October alone.',
    '300 more_than vehicle trade RUS PRK',
  ],
  [
    'About 20 railcars of iron ore left Tumangang for Khasan last week.',
    '20 approx vehicle trade PRK RUS',
  ],
  [
    'At least 11 bulk carriers loaded coal at Rajin between June and September.',
    '11 at_least vehicle trade PRK RUS',
  ],
  [
    'Imagery showed some 60 freight cars loaded with anthracite at the Tumangang yard.',
    '60 approx vehicle trade PRK RUS',
  ],
  [
    'Two North Korean ships carrying coal docked at Nakhodka last month.',
    '2 exact vehicle trade PRK RUS',
  ],
]);

describe('losses', () => {
  it('reads people a participle of sending describes, whose own verb is one of dying, as losses of the sender', () => {
    expectFigures(family('sent-then-lost'));
  });
  it('reads a country that only tells of losses (its agency, channel, count or figure) as no side of them', () => {
    expectFigures(family('tellers'));
  });
});

describe('output and stocks', () => {
  it("reads arms a country's industry makes, or its output is put at, as the country's own", () => {
    expectFigures(family('made-arms'));
  });
  it('reads what a country or its stores are said to hold as its stock, and what containers hold as shipped', () => {
    expectFigures(family('held-stocks'));
  });
});

describe('caps', () => {
  it('reads a figure a cap is said to be as the cap, binding the usual receiver, and no country past a comma or in a relative clause as bound', () => {
    expectFigures(family('caps-said-to-be'));
  });
});

describe('trade', () => {
  it('reads "$X worth of goods" as trade, as "goods worth $X" is, and the change beside it too', () => {
    expectFigures(family('worth-of-goods'));
  });
  it('reads wagons, railcars and ships of coal or ore as trade, whatever fuel the text spoke of before', () => {
    expectFigures(family('coal-carriers'));
  });
});

describe('fire and economies', () => {
  it('reads a rate of fire "on the Ukrainian side" as fired by that side at its adversary', () => {
    expectFigures(family('own-side'));
  });
  it("reads a sum the North's GNI or per capita income is put at, and its change, as the size of its economy", () => {
    expectFigures(family('economy-size'));
  });
});
