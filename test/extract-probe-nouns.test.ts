// The noun battery: counted nouns, units, scales, currencies and number words, each noun or form
// templated into one figure frame of our own, with every claim the sentence should give. Probes
// the engine misreads today are left out:
//   - "120 mortars" and "50 120mm mortars": read as shells (munitions), not as weapon items.
//   - "20 trucks" and "20 military trucks" sent to North Korea: read as trade from the North.
//   - "30 loitering munitions": read as shells, not as drones.
//   - "Russian tankers (ships, vessels) made 43 deliveries of oil to North Korea.": no claim; a
//     count of deliveries is not read.
//   - "Trade ... rose 7.5 percentage points.": a change in points is read as a share of trade.
//   - "The M1991 launcher can fire 22 rockets at once.": a capacity is read as 22 rockets fired
//     by Russia at Ukraine.
//   - "20,000 tonnes of cooking oil": read as oil, not food.
//   - "500 kilograms of gold" and "300,000 head of livestock": no claim is read.
//   - "2 million litres of diesel": read as 2 million items of no category, not as oil.
//   - "10 MiG-29 fighters": "fighters" is read as people, not aircraft.
//   - "Shells sent by North Korea to Russia number about 3 million.": no claim is read.
//   - "15,000 IT workers": no claim is read ("15,000 factory workers" is).
//   - "300 shell factory workers": read as shells, not as the workers the noun phrase ends on.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

// 1. people sent: every noun of people in one supply frame, and a second frame
const people = [
  'troops',
  'soldiers',
  'servicemen',
  'military personnel',
  'fighters',
  'conscripts',
  'special forces troops',
  'engineers',
  'military engineers',
  'sappers',
  'deminers',
  'builders',
  'construction workers',
  'laborers',
  'labourers',
  'workers',
  'students',
  'officers',
  'combat engineers',
  'infantrymen',
  'commandos',
  'artillerymen',
  'drone operators',
  'military builders',
  'North Korean troops',
  'North Korean soldiers',
  'elite troops',
  'Storm Corps soldiers',
];
for (const n of people)
  add('people-sent', [
    [`North Korea has sent 4,000 ${n} to Russia.`, '4000 exact person personnel PRK RUS'],
  ]);
for (const n of ['troops', 'soldiers', 'workers', 'engineers', 'labourers', 'personnel']) {
  add('people-deployed', [
    [
      `Pyongyang deployed some 6,000 ${n} to Russia's Kursk region.`,
      '6000 approx person personnel PRK RUS',
    ],
  ]);
  add('people-passive', [
    [
      `About 6,000 North Korean ${n} have been dispatched to Russia.`,
      '6000 approx person personnel PRK RUS',
    ],
  ]);
}
add('people-other', [
  ['Russia received 1,000 North Korean tourists last year.', '1000 exact person * PRK RUS'],
  ['North Korea has sent 2,000 more troops to Russia.', '2000 exact person personnel PRK RUS'],
  [
    'North Korea has sent an additional 3,000 soldiers to Russia.',
    '3000 exact person personnel PRK RUS',
  ],
  ['North Korea has sent another 3,000 troops to Russia.', '3000 exact person personnel PRK RUS'],
  [
    'North Korea has sent 12,000 troops, including 500 officers, to Russia.',
    '12000 exact person personnel PRK RUS | 500 exact person personnel PRK RUS',
  ],
  ['North Korea has sent 12,000 men to Russia.', '12000 exact person personnel PRK RUS'],
  ['Ukraine has captured two North Korean POWs.', '2 exact person casualties PRK -'],
  ['Ukraine is holding two North Korean prisoners of war.', '2 exact person casualties PRK -'],
  ['North Korea has sent three generals to Russia.', '3 exact person personnel PRK RUS'],
]);

// 2. casualties with different nouns
for (const n of [
  'soldiers',
  'troops',
  'servicemen',
  'fighters',
  'North Koreans',
  'North Korean troops',
  'North Korean soldiers',
])
  add('casualty-nouns', [
    [
      `About 300 ${n} have been killed in Kursk.`,
      `300 approx person casualties ${n.includes('North Korea') ? 'PRK' : '*'} -`,
    ],
  ]);
add('casualty-forms', [
  ['North Korea has lost about 4,000 troops in Kursk.', '4000 approx person casualties PRK -'],
  [
    'Some 4,000 North Korean troops have been killed or wounded.',
    '4000 approx person casualties PRK -',
  ],
  ['North Korean casualties have topped 4,000.', '4000 more_than person casualties PRK -'],
  ['North Korean forces have suffered 4,000 casualties.', '4000 exact person casualties PRK -'],
  ['The North has suffered some 4,700 killed and wounded.', '4700 approx person casualties PRK -'],
  ['Around 600 North Korean soldiers have died in combat.', '600 approx person casualties PRK -'],
  ['Roughly 2,000 North Korean troops were injured.', '2000 approx person casualties PRK -'],
]);

// 3. weapons: systems as items, vehicles, aircraft, drones
const items = [
  'howitzers',
  'self-propelled guns',
  'artillery pieces',
  'pieces of artillery',
  'artillery systems',
  'guns',
  'multiple rocket launchers',
  'multiple-launch rocket systems',
  'MLRS',
  'rocket systems',
  'air-defence systems',
  'air defense systems',
  'anti-aircraft guns',
  'missile launchers',
  'launchers',
  'Koksan self-propelled guns',
  '170mm self-propelled guns',
  '240mm multiple rocket launchers',
  'anti-tank missile systems',
];
for (const n of items)
  add('weapon-items', [
    [`North Korea has sent 120 ${n} to Russia.`, '120 exact item weapons PRK RUS'],
  ]);
const vehicles = [
  'tanks',
  'armoured vehicles',
  'armored vehicles',
  'armoured personnel carriers',
  'fighter jets',
  'aircraft',
  'helicopters',
];
for (const n of vehicles)
  add('weapon-vehicles', [
    [`Russia has sent 20 ${n} to North Korea.`, '20 exact vehicle weapons RUS PRK'],
  ]);
const drones = [
  'drones',
  'attack drones',
  'UAVs',
  'unmanned aerial vehicles',
  'Shahed-type drones',
  'kamikaze drones',
  'reconnaissance drones',
];
for (const n of drones)
  add('weapon-drones', [
    [`Russia has sent 30 ${n} to North Korea.`, '30 exact drone weapons RUS PRK'],
  ]);

// 4. munitions
const shells = [
  'shells',
  'artillery shells',
  'rounds',
  'artillery rounds',
  'rounds of ammunition',
  'rounds of artillery ammunition',
  '152mm shells',
  '152-mm shells',
  '122mm rounds',
  '152-millimetre shells',
  '152-millimeter artillery shells',
  'mortar rounds',
  'shells of ammunition',
  'artillery and mortar rounds',
  'large-calibre shells',
  'munitions',
];
for (const n of shells)
  add('munitions-shells', [
    [`North Korea has shipped 3 million ${n} to Russia.`, '3000000 exact shell munitions PRK RUS'],
  ]);
const missiles = [
  'missiles',
  'ballistic missiles',
  'short-range ballistic missiles',
  'KN-23 missiles',
  'KN-23 ballistic missiles',
  'Hwasong-11 missiles',
  'cruise missiles',
  'anti-tank missiles',
  'KN-23 and KN-24 missiles',
];
for (const n of missiles)
  add('munitions-missiles', [
    [`North Korea has supplied 150 ${n} to Russia.`, '150 exact missile missiles PRK RUS'],
  ]);
add('munitions-other', [
  ['North Korea has sent 5,000 rockets to Russia.', '5000 exact rocket munitions PRK RUS'],
  ['North Korea has sent 5,000 122mm rockets to Russia.', '5000 exact rocket munitions PRK RUS'],
  [
    'North Korea has sent 5,000 artillery rockets to Russia.',
    '5000 exact rocket munitions PRK RUS',
  ],
  [
    'North Korea has sent 20,000 containers of munitions to Russia.',
    '20000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has sent 20,000 containers of ammunition to Russia.',
    '20000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has sent 20,000 containers of weapons and ammunition to Russia.',
    '20000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has sent 20,000 shipping containers of munitions to Russia.',
    '20000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has sent more than 20,000 containers to Russia.',
    '20000 more_than container * PRK RUS',
  ],
  [
    'North Korea has sent 28,000 containers carrying munitions to Russia.',
    '28000 exact container munitions PRK RUS',
  ],
  [
    'Some 28,000 containers of North Korean munitions have reached Russia.',
    '28000 approx container munitions PRK RUS',
  ],
]);

// 5. carriers: vehicles whatever they carry
const carriers = [
  'ships',
  'vessels',
  'cargo ships',
  'tankers',
  'oil tankers',
  'trains',
  'freight trains',
  'railcars',
  'rail cars',
  'freight cars',
  'railway wagons',
  'trucks',
];
for (const n of carriers)
  add('carriers', [
    [`Satellite images show 40 ${n} at the port of Rajin.`, '40 exact vehicle * * *'],
  ]);

// 6. goods
const oil = [
  'barrels of oil',
  'barrels of refined petroleum',
  'barrels of petroleum products',
  'barrels of diesel and gasoline',
  'barrels of refined oil products',
  'barrels of crude oil',
  'barrels of fuel',
];
for (const n of oil)
  add('oil-barrels', [
    [
      `Russia has shipped more than 1 million ${n} to North Korea.`,
      '1000000 more_than barrel oil RUS PRK',
    ],
  ]);
const tonnes = [
  'tonnes of oil',
  'tons of oil',
  'metric tons of oil',
  'metric tonnes of fuel',
  'tonnes of refined petroleum',
  'tons of diesel',
  'tonnes of petroleum products',
  'tons of jet fuel',
];
for (const n of tonnes)
  add('oil-tonnes', [[`Russia sent 50,000 ${n} to North Korea.`, '50000 exact tonne oil RUS PRK']]);
const food = [
  'tonnes of wheat',
  'tons of flour',
  'metric tons of rice',
  'tonnes of grain',
  'tons of food',
  'tonnes of potatoes',
  'tons of sugar',
  'tonnes of corn',
];
for (const n of food)
  add('food-tonnes', [
    [`Russia sent 20,000 ${n} to North Korea.`, '20000 exact tonne food RUS PRK'],
  ]);
add('goods-rates', [
  [
    'Russia has shipped 60,000 barrels of oil a day to North Korea.',
    '60000 exact barrel oil RUS PRK',
  ],
  [
    'Russia has shipped 60,000 barrels per day of oil to North Korea.',
    '60000 exact barrel oil RUS PRK',
  ],
  [
    'Russia sent 1 million tonnes of ammunition to North Korea.',
    '1000000 exact tonne munitions RUS PRK',
  ],
]);

// 7. money in every currency form
const money: [string, string][] = [
  ['$5 million', '5000000 exact usd'],
  ['US$5 million', '5000000 exact usd'],
  ['USD 5 million', '5000000 exact usd'],
  ['$5m', '5000000 exact usd'],
  ['$5mn', '5000000 exact usd'],
  ['$5 mln', '5000000 exact usd'],
  ['$5bn', '5000000000 exact usd'],
  ['$5 bln', '5000000000 exact usd'],
  ['$5 billion', '5000000000 exact usd'],
  ['5 billion dollars', '5000000000 exact usd'],
  ['5 billion US dollars', '5000000000 exact usd'],
  ['$500,000', '500000 exact usd'],
  ['$50k', '50000 exact usd'],
  ['$1.2 trillion', '1200000000000 exact usd'],
  ['50 billion rubles', '50000000000 exact rub'],
  ['50 billion roubles', '50000000000 exact rub'],
  ['RUB 50 billion', '50000000000 exact rub'],
  ['50bn roubles', '50000000000 exact rub'],
  ['₽50 billion', '50000000000 exact rub'],
  ['3 trillion won', '3000000000000 exact krw'],
  ['KRW 3 trillion', '3000000000000 exact krw'],
  ['₩3 trillion', '3000000000000 exact krw'],
  ['200 million yuan', '200000000 exact cny'],
  ['CNY 200 million', '200000000 exact cny'],
  ['200 million renminbi', '200000000 exact cny'],
  ['200 million euros', '200000000 exact eur'],
  ['€200 million', '200000000 exact eur'],
  ['EUR 200 million', '200000000 exact eur'],
  ['£200 million', '200000000 exact gbp'],
  ['200 million pounds', '200000000 exact gbp'],
];
for (const [m, e] of money)
  add('money', [[`Russia has paid North Korea ${m} for weapons.`, `${e} money RUS PRK`]]);

// 8. percent forms
for (const p of ['40 percent', '40 per cent', '40%', '40 pct', 'forty percent', '40 per cent.'])
  add('percent', [
    [
      `North Korea supplies ${p.replace(/\.$/, '')} of the shells Russia fires.`,
      '40 exact percent munitions PRK RUS',
    ],
  ]);

// 9. fractions
add('fractions', [
  [
    'Two-thirds of the shells Russia fires come from North Korea.',
    '66.67 exact percent munitions PRK RUS',
  ],
  [
    'Three-quarters of the shells Russia fires come from North Korea.',
    '75 exact percent munitions PRK RUS',
  ],
  [
    'Three quarters of the shells Russia fires come from North Korea.',
    '75 exact percent munitions PRK RUS',
  ],
  [
    'A fifth of the shells Russia fires come from North Korea.',
    '20 exact percent munitions PRK RUS',
  ],
  [
    'One-fifth of the shells Russia fires come from North Korea.',
    '20 exact percent munitions PRK RUS',
  ],
  ['One in four shells Russia fires comes from North Korea.', '25 exact percent munitions PRK RUS'],
  [
    'Roughly half of the shells Russia fires come from North Korea.',
    '50 approx percent munitions PRK RUS',
  ],
  [
    'Nearly a third of the shells Russia fires come from North Korea.',
    '33.33 approx percent munitions PRK RUS',
  ],
  [
    'About a quarter of the shells Russia fires come from North Korea.',
    '25 approx percent munitions PRK RUS',
  ],
  [
    'Two thirds of the shells Russia fires come from North Korea.',
    '66.67 exact percent munitions PRK RUS',
  ],
]);

// 10. numbers in words and vague counts
const words: [string, string][] = [
  ['forty thousand', '40000 exact'],
  ['a hundred', '100 exact'],
  ['one hundred', '100 exact'],
  ['one thousand', '1000 exact'],
  ['twelve thousand', '12000 exact'],
  ['ten thousand', '10000 exact'],
  ['twenty-five thousand', '25000 exact'],
  ['a few hundred', '~200 vague'],
  ['several hundred', '~200 vague'],
  ['hundreds of', '~200 vague'],
  ['several thousand', '~2000 vague'],
  ['thousands of', '~2000 vague'],
  ['tens of thousands of', '~20000 vague'],
  ['a few thousand', '~2000 vague'],
  ['some 12,000', '12000 approx'],
  ['12 thousand', '12000 exact'],
  ['12k', '12000 exact'],
  ['1,000-plus', '1000 more_than'],
  ['more than 1,000', '1000 more_than'],
  ['a thousand', '1000 exact'],
];
for (const [w, e] of words)
  add('number-words', [
    [`North Korea has sent ${w} troops to Russia.`, `${e} person personnel PRK RUS`],
  ]);
const bigwords: [string, string][] = [
  ['one million', '1000000 exact'],
  ['a million', '1000000 exact'],
  ['half a million', '500000 exact'],
  ['a half-million', '500000 exact'],
  ['millions of', '~2000000 vague'],
  ['several million', '~2000000 vague'],
  ['three million', '3000000 exact'],
  ['1.5 million', '1500000 exact'],
  ['1,5 million', '*'],
  ['nearly 5m', '5000000 approx'],
  ['several hundred thousand', '~200000 vague'],
  ['hundreds of thousands of', '~200000 vague'],
];
for (const [w, e] of bigwords)
  if (e !== '*')
    add('number-words-big', [
      [`North Korea has shipped ${w} shells to Russia.`, `${e} shell munitions PRK RUS`],
    ]);
add('vague-units', [
  [
    'North Korea has sent dozens of ballistic missiles to Russia.',
    '* vague missile missiles PRK RUS',
  ],
  ['North Korea has sent several dozen missiles to Russia.', '* vague missile missiles PRK RUS'],
  ['North Korea has sent scores of howitzers to Russia.', '* vague item weapons PRK RUS'],
]);

// 11. what must not be read
add('nonclaim', [
  ['The 152mm shell is the standard Soviet calibre.', 'none'],
  ['Russia has used North Korean KN-23 missiles in Ukraine.', 'none'],
  ['North Korea showed its Su-27 fighters at the parade.', 'none'],
  ['The soldiers, aged 18 to 25, were sent to Kursk.', 'none'],
  ['The 24-year-old soldier was captured in January.', 'none'],
  ['The train left Tumangang at 6:30 a.m.', 'none'],
  ['Kursk lies 100 kilometres from the border.', 'none'],
  ['The missile flew 400 km before hitting Kharkiv.', 'none'],
  ['The report runs to 40 pages.', 'none'],
  ['The UN Security Council passed resolution 2397 in 2017.', 'none'],
  ['In a survey, 60 percent of respondents said they opposed the deal.', 'none'],
  ['The summit took place in 2024.', 'none'],
  ['North Korea ranks among the top 10 arms exporters.', 'none'],
  ['The 11th Corps fought in Kursk.', 'none'],
  ['The 94th Brigade was moved to Kursk.', 'none'],
  ['The ship, a 5,000-ton freighter, docked at Rajin.', 'none'],
  ['Russia and North Korea signed the treaty on June 19.', 'none'],
  ['Call the hotline at 1-800-555-0199 for details.', 'none'],
  ["The Hwasong-19 is North Korea's newest missile.", 'none'],
]);

// 12. compounds, hyphens, abbreviations, headline forms
add('compounds', [
  [
    'North Korea has sent a 10,000-strong contingent to Russia.',
    '10000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent a contingent of 3,000 troops to Russia.',
    '3000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 3,000 additional troops to Russia.',
    '3000 exact person personnel PRK RUS',
  ],
  ['North Korea has sent 3,000 fresh troops to Russia.', '3000 exact person personnel PRK RUS'],
  ['North Korea has sent 3,000 reinforcements to Russia.', '3000 exact person personnel PRK RUS'],
  [
    'North Korea has sent 3,000 military engineers and builders to Russia.',
    '3000 exact person personnel PRK RUS',
  ],
  [
    'North Korea will send 1,000 mine-clearing specialists to Russia.',
    '1000 exact person personnel PRK RUS',
  ],
  [
    'North Korea will send 1,000 deminers and 5,000 military builders to Russia.',
    '1000 exact person personnel PRK RUS | 5000 exact person personnel PRK RUS',
  ],
  ['N. Korea sends 1,000 more troops to Russia', '1000 exact person personnel PRK RUS'],
  ['N Korea ships 12m shells to Russia', '12000000 exact shell munitions PRK RUS'],
  ['North Korea sent 1.3mn shells to Russia.', '1300000 exact shell munitions PRK RUS'],
  ['North Korea sent 1.3 mln shells to Russia.', '1300000 exact shell munitions PRK RUS'],
  ['Russia shipped 1.1m bbl of oil to North Korea.', '1100000 exact barrel oil RUS PRK'],
  [
    'Russia shipped 1.1 million bbl of refined products to North Korea.',
    '1100000 exact barrel oil RUS PRK',
  ],
  [
    'North Korea has sent 2,000 TEU of munitions to Russia.',
    '2000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has sent 2,000 20-foot containers of munitions to Russia.',
    '2000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has sent 2,000 40ft containers of munitions to Russia.',
    '2000 exact container munitions PRK RUS',
  ],
  [
    "North Korea has sent 16,000 containers' worth of munitions to Russia.",
    '16000 exact container munitions PRK RUS',
  ],
  ['North Korea has sent 120 MLRS units to Russia.', '120 exact item weapons PRK RUS'],
  ['North Korea has sent 120 M1991 MLRS to Russia.', '120 exact item weapons PRK RUS'],
  ['North Korea has sent 120 240mm MLRS to Russia.', '120 exact item weapons PRK RUS'],
  ['North Korea has sent 100,000 mortar bombs to Russia.', '100000 exact shell munitions PRK RUS'],
  ['North Korea has sent 100,000 mortar shells to Russia.', '100000 exact shell munitions PRK RUS'],
  ['North Korea has sent 100,000 mortar rounds to Russia.', '100000 exact shell munitions PRK RUS'],
  ['Russia sent 20,000 tonnes of soybeans to North Korea.', '20000 exact tonne food RUS PRK'],
  ['Russia sent 20,000 tonnes of barley to North Korea.', '20000 exact tonne food RUS PRK'],
  ['Russia sent 20,000 tonnes of buckwheat to North Korea.', '20000 exact tonne food RUS PRK'],
  ['Russia sent 20,000 tonnes of maize to North Korea.', '20000 exact tonne food RUS PRK'],
  ['Russia sent 20,000 tonnes of fish to North Korea.', '20000 exact tonne food RUS PRK'],
  ['Russia sent 20,000 tonnes of meat to North Korea.', '20000 exact tonne food RUS PRK'],
  ['Russia sent 20,000 tonnes of fertiliser to North Korea.', '20000 exact tonne * RUS PRK'],
  ['Russia sent 20,000 tonnes of coal to North Korea.', '20000 exact tonne * RUS PRK'],
  ['Russia sent 447,000 goats to North Korea.', '* exact * * RUS PRK'],
  ['Russia has delivered 100 ambulances to North Korea.', '100 exact vehicle * * *'],
  ['Russia has delivered 100 buses to North Korea.', '100 exact vehicle * * *'],
  ['Russia has sent 10 fighter aircraft to North Korea.', '10 exact vehicle weapons RUS PRK'],
  ['Russia has sent 10 Su-27 jets to North Korea.', '10 exact vehicle weapons RUS PRK'],
  ['Russia has sent 10 Pantsir systems to North Korea.', '10 exact item weapons RUS PRK'],
  [
    'Russia has sent 10 Pantsir air-defence batteries to North Korea.',
    '10 exact item weapons RUS PRK',
  ],
  [
    'Russia has sent 10 electronic warfare systems to North Korea.',
    '10 exact item weapons RUS PRK',
  ],
  ['Russia has sent 10 radar systems to North Korea.', '10 exact item * RUS PRK'],
  ['Russia has sent 10 air-defense systems to North Korea.', '10 exact item weapons RUS PRK'],
  ['Russia has sent 10 anti-aircraft systems to North Korea.', '10 exact item weapons RUS PRK'],
  ['Russia has supplied North Korea with 10 S-400 launchers.', '10 exact item weapons RUS PRK'],
  ['North Korea has delivered 50 Koksans to Russia.', '50 exact item weapons PRK RUS'],
  ['North Korea has handed over 50 howitzers to Russia.', '50 exact item weapons PRK RUS'],
]);

// 13. figure and noun in other orders
add('orders', [
  ['North Korean troops numbering 11,000 are in Russia.', '11000 exact person personnel PRK RUS'],
  [
    'The number of North Korean workers in Russia rose to 15,000.',
    '15000 exact person personnel PRK RUS',
  ],
  [
    'The number of North Korean troops in Russia has reached 14,000.',
    '14000 exact person personnel PRK RUS',
  ],
  ['North Korea has sent more than 3 million-plus shells to Russia.', '*'],
  ['North Korea has sent 3,000,000 shells to Russia.', '3000000 exact shell munitions PRK RUS'],
  ['North Korea has sent over 3m rounds to Russia.', '3000000 more_than shell munitions PRK RUS'],
  [
    'North Korea has sent 3 million-plus shells to Russia.',
    '3000000 more_than shell munitions PRK RUS',
  ],
  ['Russia has paid North Korea $5.5bn.', '5500000000 exact usd money RUS PRK'],
  ['Russia has paid North Korea US$ 5.5 billion.', '5500000000 exact usd money RUS PRK'],
  ['Russia has paid North Korea 5.5 billion USD.', '5500000000 exact usd money RUS PRK'],
  ['Russia has paid North Korea $5.5 billion-worth of oil.', '*'],
  ['Russia has paid North Korea 1.5 trillion won.', '1500000000000 exact krw money RUS PRK'],
  ["North Korea has sent 100,000 troops' worth of shells to Russia.", '*'],
  ['North Korea has sent thousands more troops to Russia.', '~2000 vague person personnel PRK RUS'],
  [
    'North Korea has sent a few thousand more troops to Russia.',
    '~2000 vague person personnel PRK RUS',
  ],
  [
    'North Korea has sent some 1,500 more engineers to Russia.',
    '1500 approx person personnel PRK RUS',
  ],
  [
    'North Korea has shipped a million-plus shells to Russia.',
    '1000000 more_than shell munitions PRK RUS',
  ],
  [
    'North Korea has shipped 12 million 152mm and 122mm shells to Russia.',
    '12000000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea has shipped 12 million 152 mm shells to Russia.',
    '12000000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea has shipped 12 million 152-mm artillery rounds to Russia.',
    '12000000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea has shipped 12 million rounds of 152mm ammunition to Russia.',
    '12000000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea has shipped 12 million rounds of 152mm and 122mm ammunition to Russia.',
    '12000000 exact shell munitions PRK RUS',
  ],
  ['North Korea sent a quarter million shells to Russia.', '250000 exact shell munitions PRK RUS'],
  [
    'North Korea sent three-quarters of a million shells to Russia.',
    '750000 exact shell munitions PRK RUS',
  ],
  ['North Korea sent half a million shells to Russia.', '500000 exact shell munitions PRK RUS'],
  ['North Korea sent a half million shells to Russia.', '500000 exact shell munitions PRK RUS'],
  [
    'North Korea sent 1.5 million 152 millimetre shells to Russia.',
    '1500000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea sent 3 million shells and 100 missiles to Russia.',
    '3000000 exact shell munitions PRK RUS | 100 exact missile missiles PRK RUS',
  ],
  [
    'North Korea sent 100 howitzers and 50 launchers to Russia.',
    '100 exact item weapons PRK RUS | 50 exact item weapons PRK RUS',
  ],
  [
    'North Korea sent 100 howitzers, 50 launchers and 20 tanks to Russia.',
    '100 exact item weapons PRK RUS | 50 exact item weapons PRK RUS | 20 exact vehicle weapons PRK RUS',
  ],
  [
    'Russia sent 10,000 tons of oil and 5,000 tons of flour to North Korea.',
    '10000 exact tonne oil RUS PRK | 5000 exact tonne food RUS PRK',
  ],
  [
    'North Korea sent 3,000 troops and 2,000 workers to Russia.',
    '3000 exact person personnel PRK RUS | 2000 exact person personnel PRK RUS',
  ],
]);

// 14. more units of force, aircraft and things that are not counts
add('more', [
  ['North Korea has sent a 12,000-strong force to Russia.', '12000 exact person personnel PRK RUS'],
  [
    'North Korea has deployed a force of 11,000 soldiers to Russia.',
    '11000 exact person personnel PRK RUS',
  ],
  ['Russia has delivered 12 MiG-29 jets to North Korea.', '12 exact vehicle weapons RUS PRK'],
  ['Russia has delivered 12 fighter jets to North Korea.', '12 exact vehicle weapons RUS PRK'],
  ['Russia has delivered 12 warplanes to North Korea.', '12 exact vehicle weapons RUS PRK'],
  [
    'Russia has delivered 12 attack helicopters to North Korea.',
    '12 exact vehicle weapons RUS PRK',
  ],
  [
    'Russia has delivered 12 infantry fighting vehicles to North Korea.',
    '12 exact vehicle weapons RUS PRK',
  ],
  ['Russia has delivered 12 Pantsir-S1 systems to North Korea.', '12 exact item weapons RUS PRK'],
  [
    'North Korea has sent 24 Bulsae-4 anti-tank missile launchers to Russia.',
    '24 exact item weapons PRK RUS',
  ],
  ['North Korea has sent 100 KN-25 launchers to Russia.', '100 exact item weapons PRK RUS'],
  [
    'North Korea has sent 100 artillery pieces and rocket launchers to Russia.',
    '100 exact item weapons PRK RUS',
  ],
  [
    'Russia has paid 2 billion North Korean won to the North.',
    '2000000000 exact kpw money RUS PRK',
  ],
  ['Each shell weighs 43 kilograms.', 'none'],
  ['The Hwasong-11 has a range of 900 kilometres.', 'none'],
  ['The ship sailed 1,200 nautical miles.', 'none'],
  ['The workers earn 30,000 rubles a month, analysts say.', '30000 exact rub money * *'],
  ['The troops were flown 7,000 km to Kursk.', 'none'],
  ['The depot sits 40 miles from the border.', 'none'],
  ['The 2nd Battalion lost its commander.', 'none'],
  ['Article 4 of the treaty binds both sides.', 'none'],
  ['The truck carried a 20-ton load.', 'none'],
  ['He was 19 years old when he was captured.', 'none'],
  ['The 100-page report came out on Monday.', 'none'],
  ['The two leaders met for three hours.', 'none'],
]);

// 15. number forms around the noun
add('number-forms', [
  ['North Korea has sent 5,000-odd troops to Russia.', '5000 approx person personnel PRK RUS'],
  [
    'North Korea has sent 10 to 12 thousand troops to Russia.',
    '10000-12000 range person personnel PRK RUS',
  ],
  [
    'North Korea has sent between 10 and 12 thousand troops to Russia.',
    '10000-12000 range person personnel PRK RUS',
  ],
  [
    'North Korea has sent 10-12,000 troops to Russia.',
    '10000-12000 range person personnel PRK RUS',
  ],
  [
    'North Korea has sent 1 to 2 million shells to Russia.',
    '1000000-2000000 range shell munitions PRK RUS',
  ],
  [
    'North Korea has sent 1.5 to 2mn shells to Russia.',
    '1500000-2000000 range shell munitions PRK RUS',
  ],
  ['North Korea has sent 11 000 troops to Russia.', '11000 exact person personnel PRK RUS'],
  ['North Korea has sent 11.000 troops to Russia.', '*'],
  ['North Korea has sent a dozen howitzers to Russia.', '12 exact item weapons PRK RUS'],
  ['North Korea has sent two dozen howitzers to Russia.', '24 exact item weapons PRK RUS'],
  [
    'North Korea has sent more than a dozen launchers to Russia.',
    '12 more_than item weapons PRK RUS',
  ],
  ['North Korea has sent one million shells to Russia.', '1000000 exact shell munitions PRK RUS'],
  ['North Korea has sent a million shells to Russia.', '1000000 exact shell munitions PRK RUS'],
  [
    'North Korea has sent a few million shells to Russia.',
    '~2000000 vague shell munitions PRK RUS',
  ],
  ['North Korea has sent 3 million shells, or 15,000 tonnes, to Russia.', '*'],
  ['North Korea sent 1,000s of troops to Russia.', '*'],
]);

// 16. nationality and army names before the noun, hyphened sizes
add('army-names', [
  ['Pyongyang has sent 11,000 KPA soldiers to Russia.', '11000 exact person personnel PRK RUS'],
  ['Pyongyang has sent 11,000 DPRK troops to Russia.', '11000 exact person personnel PRK RUS'],
  [
    "Pyongyang has sent 11,000 Korean People's Army soldiers to Russia.",
    '11000 exact person personnel PRK RUS',
  ],
  ['About 500 KPA troops have been killed.', '500 approx person casualties PRK -'],
  ['About 500 DPRK soldiers have been killed.', '500 approx person casualties PRK -'],
  ['North Korea has sent a 3,000-man contingent to Russia.', '3000 exact person personnel PRK RUS'],
  ['North Korea has sent a 3,000-member unit to Russia.', '3000 exact person personnel PRK RUS'],
  [
    'North Korea has sent a 1,000-strong team of deminers to Russia.',
    '1000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 1,000 North Korean military deminers to Russia.',
    '1000 exact person personnel PRK RUS',
  ],
  ['North Korea has sent 1,000 mine clearers to Russia.', '1000 exact person personnel PRK RUS'],
  [
    'North Korea has sent 1,000 mine-clearance experts to Russia.',
    '1000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 5,000 military construction troops to Russia.',
    '5000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 5,000 military construction personnel to Russia.',
    '5000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 5,000 construction troops to Russia.',
    '5000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 5,000 rebuilding workers to Russia.',
    '5000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 15,000 factory workers to Russia.',
    '15000 exact person personnel PRK RUS',
  ],
  ['North Korea has sent 15,000 labor workers to Russia.', '15000 exact person personnel PRK RUS'],
  ['North Korea has sent 15,000 guest workers to Russia.', '15000 exact person personnel PRK RUS'],
  [
    'North Korea has sent 15,000 migrant workers to Russia.',
    '15000 exact person personnel PRK RUS',
  ],
  [
    'North Korea has sent 15,000 seasonal labourers to Russia.',
    '15000 exact person personnel PRK RUS',
  ],
  ['North Korea has sent 200 trainees to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 cadets to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 scientists to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 medics to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 medical staff to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 military advisers to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 missile technicians to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 artillery crews to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 drone pilots to Russia.', '200 exact person personnel PRK RUS'],
  ['North Korea has sent 200 athletes to Russia.', '200 exact person * PRK RUS'],
]);

// 17. singular modifiers, plural heads and weapon nouns in other forms
add('heads', [
  ['North Korea has sent 300 tank crews to Russia.', '300 exact person personnel PRK RUS'],
  [
    'North Korea has sent 300 artillery specialists to Russia.',
    '300 exact person personnel PRK RUS',
  ],
  ['North Korea has sent 300 rocket engineers to Russia.', '300 exact person personnel PRK RUS'],
  ['North Korea has sent 50 missile launchers to Russia.', '50 exact item weapons PRK RUS'],
  ['North Korea has sent 50 rocket launchers to Russia.', '50 exact item weapons PRK RUS'],
  ['North Korea has sent 50 drone launchers to Russia.', '50 exact item weapons PRK RUS'],
  ['North Korea has sent 50 tank transporters to Russia.', '*'],
  ['North Korea has sent 500 missile components to Russia.', '*'],
  [
    'North Korea has sent 2 million shells and rockets to Russia.',
    '2000000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea has sent 2 million rounds of ammunition and 100 missiles to Russia.',
    '2000000 exact shell munitions PRK RUS | 100 exact missile missiles PRK RUS',
  ],
  [
    'Russia has sent 40 anti-aircraft missiles to North Korea.',
    '40 exact missile missiles RUS PRK',
  ],
  [
    'Russia has sent 40 surface-to-air missiles to North Korea.',
    '40 exact missile missiles RUS PRK',
  ],
  ['Russia has sent 40 air-defence missiles to North Korea.', '40 exact missile missiles RUS PRK'],
  ['Russia has sent 40 anti-ship missiles to North Korea.', '40 exact missile missiles RUS PRK'],
  ['Russia has sent 40 glide bombs to North Korea.', '*'],
  ["North Korea has fired 40 missiles at Ukraine on Russia's behalf.", '*'],
]);

describe('people', () => {
  it('reads every noun of people sent as personnel', () => {
    expectFigures(family('people-sent'));
  });
  it('reads people deployed to a region of Russia as personnel sent to Russia', () => {
    expectFigures(family('people-deployed'));
  });
  it('reads people dispatched in the passive as sent by the country of their nationality', () => {
    expectFigures(family('people-passive'));
  });
  it('reads more, additional and another, parts, men, prisoners and generals', () => {
    expectFigures(family('people-other'));
  });
});

describe('casualties', () => {
  it('reads every noun of soldiers killed as casualties', () => {
    expectFigures(family('casualty-nouns'));
  });
  it('reads losses, dead, wounded and "killed and wounded" as casualties', () => {
    expectFigures(family('casualty-forms'));
  });
});

describe('weapons', () => {
  it('reads guns, launchers and air-defence systems as weapon items', () => {
    expectFigures(family('weapon-items'));
  });
  it('reads tanks, armoured vehicles and aircraft as weapon vehicles', () => {
    expectFigures(family('weapon-vehicles'));
  });
  it('reads every name of a drone as a drone', () => {
    expectFigures(family('weapon-drones'));
  });
});

describe('munitions', () => {
  it('reads shells, rounds and calibres in every spelling as shells', () => {
    expectFigures(family('munitions-shells'));
  });
  it('reads missiles by kind and by name as missiles', () => {
    expectFigures(family('munitions-missiles'));
  });
  it('reads rockets and containers of munitions by their own units', () => {
    expectFigures(family('munitions-other'));
  });
});

describe('carriers', () => {
  it('reads ships, trains and wagons as vehicles whatever they carry', () => {
    expectFigures(family('carriers'));
  });
});

describe('goods', () => {
  it('reads barrels of every petroleum product as oil', () => {
    expectFigures(family('oil-barrels'));
  });
  it('reads tonnes and tons of fuel as oil', () => {
    expectFigures(family('oil-tonnes'));
  });
  it('reads tonnes and tons of grain and food as food', () => {
    expectFigures(family('food-tonnes'));
  });
  it('reads a daily rate and tonnes of ammunition by their goods', () => {
    expectFigures(family('goods-rates'));
  });
});

describe('money', () => {
  it('reads every currency in symbols, codes, words and abbreviated scales', () => {
    expectFigures(family('money'));
  });
});

describe('shares', () => {
  it('reads percent written in every form as a share', () => {
    expectFigures(family('percent'));
  });
  it('reads fractions in words and "one in four" as percent', () => {
    expectFigures(family('fractions'));
  });
});

describe('numbers in words', () => {
  it('reads numbers in words, vague counts and thousands abbreviated', () => {
    expectFigures(family('number-words'));
  });
  it('reads millions in words, halves and vague millions', () => {
    expectFigures(family('number-words-big'));
  });
  it('reads dozens and scores as vague counts of their noun', () => {
    expectFigures(family('vague-units'));
  });
});

describe('what is no count', () => {
  it('reads no claim from calibres, ages, distances, times, names of units and resolutions', () => {
    expectFigures(family('nonclaim'));
  });
  it('reads compounds, hyphens and abbreviations by the noun they end on', () => {
    expectFigures(family('compounds'));
  });
});

describe('orders and forms', () => {
  it('reads a figure after its noun, several figures in a list and scales that stack', () => {
    expectFigures(family('orders'));
  });
  it('reads forces, aircraft and systems, and no claim from weights and ranges', () => {
    expectFigures(family('more'));
  });
  it('reads "-odd", ranges in words and digits, spaced thousands and dozens', () => {
    expectFigures(family('number-forms'));
  });
  it('reads army names before the noun and hyphened sizes of a unit as personnel', () => {
    expectFigures(family('army-names'));
  });
  it('reads a noun phrase by its head after singular modifiers', () => {
    expectFigures(family('heads'));
  });
});
