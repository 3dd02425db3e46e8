// The uses-and-holdings battery: who fired what at whom, whose people a strike or a war killed,
// which pair a trade figure belongs to when an agency or a customs body is named, and stocks that
// flow nowhere (fleets, budgets, fines, output), in sentences of our own, each with every claim
// it should give. Probes the engine misreads today are left out:
//   - a count of interceptions whose number is a word after a comma, a semicolon or "of the"
//     ("nine were intercepted", "eight of them", "35 of the 50 drones Russia launched"): the
//     second figure is not read;
//   - "three KN-23 missiles were among weapons fired at the country": a use with no user named,
//     read as a delivery from the North;
//   - "found the wreckage of hundreds of North Korean rockets": read as a delivery, not as fire;
//   - "Russian drones shot down over Poland numbered 19", and a bare "half" with no word before
//     it ("North Korea supplies half the shells Russia uses"): no claim is read;
//   - "Seven people were hurt when debris fell": "hurt" is not read as a casualty;
//   - soldiers "being held in Ukraine": read as a deployment; death notices received "in Hyesan":
//     a place of the North, passed over as where soldiers served, so the dead are no country's;
//   - "bilateral trade" whose clause names no country before it ("Official bilateral trade was $34
//     million, while China accounted for 96%"), or names only China's customs after a sentence
//     about Russia: read with the country of the other clause, or with Russia;
//   - "Russia's grain exports are worth $40 billion, and the North's needs are a fraction of that":
//     the North, named in a clause of its own, is read as the partner;
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('fire', [
  [
    'Russia fired three North Korean-made KN-23 missiles at Kharkiv overnight.',
    '3 exact missile missiles RUS UKR',
  ],
  [
    'Moscow launched four North Korean KN-23 ballistic missiles at Kyiv on Tuesday.',
    '4 exact missile missiles RUS UKR',
  ],
  [
    'Russian forces have fired at least 60 North Korean missiles at Ukrainian cities.',
    '60 at_least missile missiles RUS UKR',
  ],
  [
    'Russia has used some 20 North Korean-made ballistic missiles against Ukraine since December.',
    '20 approx missile missiles RUS UKR',
  ],
  [
    'Russia launched 146 drones and five ballistic missiles against Ukraine overnight.',
    '146 exact drone weapons RUS UKR | 5 exact missile missiles RUS UKR',
  ],
  [
    'The Russian military fired 80 drones and three North Korean missiles at Ukraine on Sunday night.',
    '80 exact drone weapons RUS UKR | 3 exact missile missiles RUS UKR',
  ],
  [
    'Three KN-23 ballistic missiles were among the weapons Russia fired at Ukraine overnight.',
    '3 exact missile missiles RUS UKR',
  ],
  [
    'Russian troops fire about 10,000 rounds a day at Ukrainian positions.',
    '10000 approx shell munitions RUS UKR',
  ],
  ['Russia struck Odesa with six North Korean missiles.', '6 exact missile missiles RUS UKR'],
  [
    'Russia attacked Ukraine with 95 drones and two North Korean missiles overnight.',
    '95 exact drone weapons RUS UKR | 2 exact missile missiles RUS UKR',
  ],
  ['Ukraine launched 40 drones at Russian refineries overnight.', '40 exact drone weapons UKR RUS'],
  [
    'North Korean shells made up about 45% of Russian fire at the peak; today the share is nearer 20%.',
    '45 approx percent munitions PRK RUS | 20 * percent munitions PRK RUS',
  ],
  [
    'North Korean shells made up about 45% of Russian fire at the peak. Today the share is nearer 20%.',
    '45 approx percent munitions PRK RUS | 20 * percent munitions PRK RUS',
  ],
  [
    'North Korean rounds account for half of the shells Russia fires; a year ago the share was 60%.',
    '50 exact percent munitions PRK RUS | 60 exact percent munitions PRK RUS',
  ],
  [
    'Russia fires about 10,000 shells a day, compared with about 2,000 for Ukraine.',
    '10000 approx shell munitions RUS UKR | 2000 approx shell munitions UKR RUS',
  ],
  [
    'Russia fired 60 drones overnight, while 46 decoy drones were lost from radar.',
    '60 exact drone weapons RUS UKR | 46 exact drone weapons RUS UKR',
  ],
]);

add('half-the', [
  [
    "NATO's chief says Pyongyang supplies up to half the shells Moscow fires in Ukraine.",
    '50 up_to percent munitions PRK RUS',
  ],
  [
    'Pyongyang has supplied nearly half the artillery rounds Russian forces fired last year.',
    '50 approx percent munitions PRK RUS',
  ],
  [
    'Pyongyang supplies up to half of the shells Moscow fires in Ukraine.',
    '50 up_to percent munitions PRK RUS',
  ],
  ["Russia covers about half the North's oil needs.", '50 approx percent oil RUS PRK'],
]);

add('covering', [
  [
    "At that pace, Russia alone could be meeting roughly two-thirds of the North's fuel needs.",
    '66.67 approx percent oil RUS PRK',
  ],
  [
    "Russia is now covering about half of the North's demand for diesel.",
    '50 approx percent oil RUS PRK',
  ],
  [
    "Pyongyang still covers about a third of Moscow's need for shells.",
    '33.33 approx percent munitions PRK RUS',
  ],
  [
    "North Korea may soon be meeting 60% of the Russian army's demand for artillery rounds.",
    '60 exact percent munitions PRK RUS',
  ],
  ["China accounts for about 90% of North Korea's trade.", '90 approx percent trade PRK CHN'],
]);

add('interception', [
  [
    "Ukraine's air force said it shot down 48 Russian drones overnight.",
    '48 exact drone weapons RUS UKR',
  ],
  [
    'Ukrainian air defences intercepted 30 drones over the Kyiv region.',
    '30 exact drone weapons RUS UKR',
  ],
  [
    "Russia's defence ministry said 41 Ukrainian drones were downed over the Belgorod and Kursk regions.",
    '41 exact drone weapons UKR RUS',
  ],
  ['Moscow says it downed 120 Ukrainian drones overnight.', '120 exact drone weapons UKR RUS'],
  [
    'Russian air defences destroyed 17 Ukrainian drones over Bryansk, the ministry said.',
    '17 exact drone weapons UKR RUS',
  ],
  [
    "62 Ukrainian drones were destroyed over the Kursk region overnight, Russia's defence ministry said.",
    '62 exact drone weapons UKR RUS',
  ],
  [
    'Russia says its air defences destroyed 23 Ukrainian drones over Kursk.',
    '23 exact drone weapons UKR RUS',
  ],
  [
    'Russia fired 25 missiles at Ukraine overnight. Ukraine said it intercepted 20 of them.',
    '25 exact missile missiles RUS UKR | 20 exact missile missiles RUS UKR',
  ],
  [
    'Russia fired 40 North Korean missiles at Ukraine last month. Ukrainian air defences downed only about 10 of them.',
    '40 exact missile missiles RUS UKR | 10 approx missile missiles RUS UKR',
  ],
  [
    "Russia fired 30 North Korean missiles at Ukrainian towns in May. Kyiv's air force shot down 12 of them.",
    '30 exact missile missiles RUS UKR | 12 exact missile missiles RUS UKR',
  ],
  [
    'Russia has fired about 60 North Korean missiles at Ukraine. Kyiv says it has intercepted fewer than a fifth of them.',
    '60 approx missile missiles RUS UKR | 20 less_than percent missiles RUS UKR',
  ],
  [
    'Russia fired 40 North Korean KN-23 missiles at Ukraine in January. About half of them were shot down.',
    '40 exact missile missiles RUS UKR | 50 approx percent missiles RUS UKR',
  ],
  [
    'The Ukrainian air force downed 6 North Korean-made missiles on Tuesday.',
    '6 exact missile missiles RUS UKR',
  ],
  [
    'Kyiv said Russia launched 90 drones overnight, of which 70 drones were shot down.',
    '90 exact drone weapons RUS UKR | 70 exact drone weapons RUS UKR',
  ],
  [
    'The air force said Russia launched 339 drones and 18 missiles overnight, of which 312 drones and 11 missiles were shot down or jammed.',
    '339 exact drone weapons RUS UKR | 18 exact missile missiles RUS UKR | 312 exact drone weapons RUS UKR | 11 exact missile missiles RUS UKR',
  ],
  ['Ukraine destroyed 12 North Korean howitzers in Kursk.', '12 exact item weapons RUS -'],
  ['North Korea delivered 100 drones to Russia in May.', '100 exact drone weapons PRK RUS'],
]);

add('weapon-losses', [
  [
    'Ukraine has lost more than 280 tanks in Kursk, Moscow says.',
    '280 more_than vehicle weapons UKR -',
  ],
  ['Russia has lost 40 North Korean howitzers to Ukrainian drones.', '40 exact item weapons RUS -'],
  ['Russia lost 12 drones overnight.', '12 exact drone weapons RUS -'],
  [
    'Kyiv says Russian forces have lost some 300 armoured vehicles near Pokrovsk.',
    '300 approx vehicle weapons RUS -',
  ],
  ['North Korea sent 100 tanks to Russia.', '100 exact vehicle weapons PRK RUS'],
  ['Ukraine destroyed 12 North Korean howitzers in Kursk.', '12 exact item weapons RUS -'],
]);

add('civilians', [
  [
    'Two people were killed and at least 14 injured when a missile struck an apartment block in Kharkiv.',
    '2 exact person casualties UKR - | 14 at_least person casualties UKR -',
  ],
  [
    'Five civilians died when a North Korean missile hit a block of flats in Kyiv.',
    '5 exact person casualties UKR -',
  ],
  [
    'Three people were killed when Russia fired missiles at a market in Odesa.',
    '3 exact person casualties UKR -',
  ],
  [
    'At least 12 residents were wounded after drones struck homes in the Belgorod region of Russia.',
    '12 at_least person casualties RUS -',
  ],
  ['Russian strikes killed 9 people in Ukraine overnight.', '9 exact person casualties UKR -'],
  [
    'A Russian missile killed five civilians in Kharkiv on Monday.',
    '5 exact person casualties UKR -',
  ],
  [
    'Two children were among 11 people killed in the strike on Zaporizhzhia.',
    '2 exact person casualties UKR - | 11 exact person casualties UKR -',
  ],
  [
    "Ukrainian drones killed four people in Russia's Belgorod region.",
    '4 exact person casualties RUS -',
  ],
  [
    'Eight people were injured on Tuesday when debris from a downed drone fell on a house near Dnipro.',
    '8 exact person casualties UKR -',
  ],
]);

add('captives', [
  [
    'Ukraine holds two North Korean soldiers as prisoners of war.',
    '2 exact person casualties PRK -',
  ],
  ['Kyiv is holding two North Korean prisoners of war.', '2 exact person casualties PRK -'],
  [
    'Ukrainian forces captured two North Korean soldiers in Kursk in January.',
    '2 exact person casualties PRK -',
  ],
  [
    'Kim awarded medals posthumously to 101 soldiers killed in Russia.',
    '101 exact person casualties PRK -',
  ],
  [
    'Kim posthumously awarded the title of hero to 101 soldiers.',
    '101 exact person casualties PRK -',
  ],
  ['Pyongyang gave posthumous honours to some 40 soldiers.', '40 approx person casualties PRK -'],
  [
    'Death notices for around 30 North Korean soldiers have reached their families.',
    '30 approx person casualties PRK -',
  ],
  [
    'North Korea sent 12,000 troops to fight for Russia. About 4,000 of them have been killed or wounded.',
    '12000 exact person personnel PRK RUS | 4000 approx person casualties PRK -',
  ],
  [
    "Some 2,000 North Korean soldiers died in Russia's Kursk region, Seoul's spy agency said.",
    '2000 approx person casualties PRK -',
  ],
  [
    'Russia has lost more than 600,000 soldiers killed or wounded in Ukraine.',
    '600000 more_than person casualties RUS -',
  ],
]);

add('tellers', [
  [
    "About 2,000 North Korean soldiers have died, Seoul says. Ukraine's estimate is higher, at around 4,000 dead.",
    '2000 approx person casualties PRK - | 4000 approx person casualties PRK -',
  ],
  [
    "Seoul counts about 600 North Korean soldiers killed. Kyiv's figure is far higher, at 3,000 dead.",
    '600 approx person casualties PRK - | 3000 exact person casualties PRK -',
  ],
  [
    "Moscow has not said how many of its soldiers died. Ukraine's tally puts Russian dead at more than 100,000.",
    '100000 more_than person casualties RUS -',
  ],
  [
    'North Korea has lost some 4,000 troops in the Kursk region.',
    '4000 approx person casualties PRK -',
  ],
  [
    'Roughly 1,000 North Korean soldiers died fighting for Russia in Kursk.',
    '1000 approx person casualties PRK -',
  ],
]);

add('replacements', [
  [
    'North Korea sent about 11,000 troops to Russia in October, and roughly 3,000 more in January to replace the dead and wounded.',
    '11000 approx person personnel PRK RUS | 3000 approx person personnel PRK RUS',
  ],
  [
    'Pyongyang dispatched 2,000 soldiers in March to replace its dead.',
    '2000 exact person personnel PRK RUS',
  ],
  [
    'Some 3,000 reinforcements arrived in Russia to replace losses.',
    '3000 approx person personnel PRK RUS',
  ],
  [
    'About 4,000 North Korean soldiers were killed or wounded, and Pyongyang sent 3,000 more to replace them.',
    '4000 approx person casualties PRK - | 3000 exact person personnel PRK RUS',
  ],
]);

add('trade-bodies', [
  [
    "The US and the EU have added ships to their lists. Russia's Far Eastern Customs Administration reported total trade with North Korea of $99.1 million last year.",
    '99100000 exact usd trade RUS PRK',
  ],
  [
    "Washington has sanctioned the tankers. China's General Administration of Customs put trade with North Korea at $2.2 billion in 2024.",
    '2200000000 exact usd trade CHN PRK',
  ],
  [
    "Japan and the US have both protested. Russia's Federal Customs Service said trade with North Korea rose to $50 million.",
    '50000000 exact usd trade RUS PRK',
  ],
  [
    "Trade between Russia and North Korea came to $34 million last year, according to KOTRA, South Korea's trade promotion agency.",
    '34000000 exact usd trade RUS PRK',
  ],
  [
    "Trade between Russia and North Korea was $34 million last year, according to KOTRA, South Korea's trade promotion agency, compared with $2.2 billion in North Korea's trade with China.",
    '34000000 exact usd trade RUS PRK | 2200000000 exact usd trade PRK CHN',
  ],
  [
    "Russia's trade with the North came to $40 million, says KOTRA, South Korea's trade agency, against $2.5 billion for North Korea's trade with China.",
    '40000000 exact usd trade RUS PRK | 2500000000 exact usd trade PRK CHN',
  ],
  [
    "Seoul's trade agency said North Korea's trade with China reached $2.3 billion last year.",
    '2300000000 exact usd trade PRK CHN',
  ],
  [
    "South Korea's unification ministry estimates North Korea's trade with China at $2 billion.",
    '2000000000 exact usd trade PRK CHN',
  ],
  [
    "The US Treasury estimates North Korea's illicit exports at $300 million a year.",
    '300000000 exact usd trade PRK -',
  ],
]);

add('bilateral', [
  [
    "Russian customs figures put bilateral trade at just $34mn last year, a fraction of North Korea's commerce with China.",
    '34000000 * usd trade PRK RUS',
  ],
  [
    "Russia's natural resources minister said bilateral trade had reached about $50 million in the first nine months.",
    '50000000 approx usd trade PRK RUS',
  ],
  [
    'Pyongyang and Moscow say bilateral trade doubled to $50 million.',
    '50000000 exact usd trade PRK RUS',
  ],
  [
    'But even bilateral trade between North Korea and China slowed to $1.5 billion in the first nine months.',
    '1500000000 exact usd trade PRK CHN',
  ],
]);

add('trade-places', [
  [
    'North Korea exported about 1.4 million tonnes of coal last year, mostly through ship-to-ship transfers near China.',
    '1400000 approx tonne trade PRK -',
  ],
  [
    "North Korea's coal exports reached $400 million, loaded onto ships outside Russia's ports.",
    '400000000 exact usd trade PRK -',
  ],
  [
    'North Korea exported 1 million tonnes of coal to China last year.',
    '1000000 exact tonne trade PRK CHN',
  ],
]);

add('restated-economy', [
  [
    "A new study puts the North's gains far higher. If accurate, they would equal roughly a third of North Korea's annual economic output.",
    '33.33 approx percent money RUS PRK',
  ],
  [
    "The total would be equivalent to roughly 70% of North Korea's annual gross domestic product.",
    '70 approx percent money RUS PRK',
  ],
  [
    "Russian payments last year alone were worth about 30 per cent of the North's gross domestic product.",
    '30 approx percent money RUS PRK',
  ],
  [
    "The institute's estimate would equal about two-thirds of North Korea's GDP.",
    '66.67 approx percent money RUS PRK',
  ],
  [
    "Russia paid North Korea $20 billion, a sum equal to nearly 70 percent of the North's economy.",
    '20000000000 exact usd money RUS PRK | 70 approx percent money RUS PRK',
  ],
  [
    'Russia, which is spending roughly 6.3 percent of its GDP on defence this year, can easily afford such sums.',
    '6.3 approx percent other RUS -',
  ],
  ["North Korea's economy grew 3.7% last year.", '3.7 exact percent other PRK -'],
]);

add('trips', [
  [
    'Satellite imagery showed North Korean tankers making more than 40 trips to the Russian port of Vostochny last year.',
    '40 more_than item oil RUS PRK',
  ],
  [
    'Researchers have tracked North Korean tankers making dozens of voyages to Vostochny since 2024.',
    '~24 vague item oil RUS PRK',
  ],
  ['North Korean tankers made 40 trips to Vostochny last year.', '40 exact item oil RUS PRK'],
  [
    'North Korean tankers have made at least 30 voyages to Russia this year.',
    '30 at_least item oil RUS PRK',
  ],
  ['Russian factories are making 250,000 shells a month.', '250000 exact shell munitions RUS -'],
]);

add('caps', [
  [
    "The tanker carried about 30,000 barrels of Russian diesel to Rajin. That single delivery would amount to roughly 6% of the UN cap of 500,000 barrels a year on North Korea's imports of refined petroleum.",
    '30000 approx barrel oil RUS PRK | 6 approx percent oil RUS PRK | 500000 * barrel oil - PRK',
  ],
  [
    "Russia shipped some 350,000 barrels of fuel to the North, or 70% of the annual ceiling the UN set for North Korea's refined petroleum imports.",
    '350000 approx barrel oil RUS PRK | 70 exact percent oil RUS PRK',
  ],
  [
    "Russian deliveries already exceed 80% of the UN cap on North Korea's refined petroleum imports.",
    '80 * percent oil RUS PRK',
  ],
  [
    "Deliveries this year have reached about 90 percent of the ceiling on the North's fuel imports.",
    '90 approx percent oil RUS PRK',
  ],
  [
    "China's crude shipments are close to 100% of the UN limit on crude oil for North Korea.",
    '100 * percent oil CHN PRK',
  ],
  ["North Korea's exports rose 20% last year.", '20 exact percent trade PRK -'],
]);

add('towns', [
  [
    "China's crude flows through the pipeline from Dandong to Sinuiju at about 500,000 tonnes a year.",
    '500000 approx tonne oil CHN PRK',
  ],
  ['Some 20,000 tonnes of Russian flour reached Wonsan in May.', '20000 approx tonne food RUS PRK'],
]);

add('fleets', [
  [
    "North Korea's own fleet of about 40 tankers is old and small.",
    '40 approx vehicle other PRK -',
  ],
  [
    "Russia's shadow fleet of some 600 tankers carries most of its crude.",
    '600 approx vehicle other RUS -',
  ],
  [
    "The North's merchant fleet of roughly 250 ships is mostly decades old.",
    '250 approx vehicle other PRK -',
  ],
  [
    'North Korea has a fleet of about 40 oil tankers, analysts say.',
    '40 approx vehicle other PRK -',
  ],
  ['Pyongyang operates a fleet of 30 tankers.', '30 exact vehicle other PRK -'],
  [
    'Russia shipped oil to North Korea on a fleet of 12 tankers last year.',
    '12 exact vehicle oil RUS PRK',
  ],
]);

add('penalties', [
  [
    'A South Korean court fined the captain of a tanker 30 million won for a transfer of oil to a North Korean vessel.',
    '30000000 exact krw other - -',
  ],
  [
    'A Singapore shipping firm agreed to pay a $4.7 million civil penalty to the US Treasury over fuel that reached North Korea.',
    '4700000 exact usd other - -',
  ],
  [
    'The company was fined $1.2 million for shipping Russian diesel to the North.',
    '1200000 exact usd other - -',
  ],
  [
    'Regulators imposed penalties of more than $3 million on the ship managers.',
    '3000000 more_than usd other - -',
  ],
  ['Russia paid North Korea $20 million for the shells.', '20000000 exact usd money RUS PRK'],
]);

add('budgets', [
  [
    'For Moscow the sum is small, a rounding error in a military budget of more than $140 billion.',
    '140000000000 more_than usd other RUS -',
  ],
  [
    "Russia's defence budget is about $145 billion this year.",
    '145000000000 approx usd other RUS -',
  ],
  [
    "North Korea's annual military budget is thought to be about $4 billion.",
    '4000000000 approx usd other PRK -',
  ],
  ["Kyiv's defence budget stood at $53 billion in 2024.", '53000000000 exact usd other UKR -'],
  [
    'Moscow budgets about $2,000 a month for each North Korean soldier.',
    '2000 approx usd money RUS PRK',
  ],
  [
    "Russia's military budget is more than $140 billion this year.",
    '140000000000 more_than usd other RUS -',
  ],
]);

add('production', [
  [
    'The plant in Hamhung can now produce up to 20 missiles a month.',
    '20 up_to missile missiles PRK -',
  ],
  ['Russia now makes about 2,700 Geran-2 drones a month.', '2700 approx drone weapons RUS -'],
  [
    'North Korea makes about 200,000 artillery shells a month.',
    '200000 approx shell munitions PRK -',
  ],
  [
    'Pyongyang manufactures some 100 ballistic missiles a year.',
    '100 approx missile missiles PRK -',
  ],
  [
    'North Korea makes about $500 million a year from its arms sales to Russia.',
    '500000000 approx usd money RUS PRK',
  ],
  [
    "Russia's own factories produced some 3 million shells last year.",
    '3000000 approx shell munitions RUS -',
  ],
  [
    "Russia's factories, which produced some 3 million shells last year, are closing the gap.",
    '3000000 approx shell munitions RUS -',
  ],
  [
    'Western estimates put Russian output at about 3 million rounds a year.',
    '3000000 approx shell munitions RUS -',
  ],
  [
    'Russian domestic output also rose, to about 3 million shells a year.',
    '3000000 approx shell munitions RUS -',
  ],
  ['Russia is producing about 2,700 Geran-2 drones a month.', '2700 approx drone weapons RUS -'],
  [
    'North Korea can turn out about 100 drones a month, the agency estimated.',
    '100 approx drone weapons PRK -',
  ],
  [
    'North Korean factories manufacture around 200,000 shells a month.',
    '200000 approx shell munitions PRK -',
  ],
  [
    "Pyongyang's arms plants are producing 250,000 artillery rounds a month.",
    '250000 exact shell munitions PRK -',
  ],
  [
    'North Korea produced about 1.5 million shells last year, most of them for Russia.',
    '1500000 approx shell munitions PRK -',
  ],
  [
    "The North's production of shells has reached 2 million a year.",
    '2000000 exact shell munitions PRK -',
  ],
]);

describe('weapons in use', () => {
  it('reads missiles and drones fired at a country as flowing from the user to the target', () => {
    expectFigures(family('fire'));
  });
  it('reads "half the shells Moscow fires" as a share of the shells, as "half of" is', () => {
    expectFigures(family('half-the'));
  });
  it('reads a share of a need a country "is meeting" or "could be covering" as its supply', () => {
    expectFigures(family('covering'));
  });
  it('reads missiles and drones shot down, downed or intercepted as the fire they were part of', () => {
    expectFigures(family('interception'));
  });
});

describe('casualties', () => {
  it('reads weapons a country lost as its own loss, flowing nowhere', () => {
    expectFigures(family('weapon-losses'));
  });
  it('reads civilians killed by a strike as of the country where it fell', () => {
    expectFigures(family('civilians'));
  });
  it('reads soldiers held as prisoners, honoured posthumously or mourned as their country’s', () => {
    expectFigures(family('captives'));
  });
  it('reads people sent "to replace the dead and wounded" as sent, not as the dead', () => {
    expectFigures(family('replacements'));
  });
  it('reads the dead of another country\'s count ("Kyiv\'s figure") as of the people counted', () => {
    expectFigures(family('tellers'));
  });
});

describe('trade pairs', () => {
  it('reads the pair of a customs body’s figure and passes over an agency’s country', () => {
    expectFigures(family('trade-bodies'));
  });
  it('reads "bilateral" trade as between the countries its own clause names before it', () => {
    expectFigures(family('bilateral'));
  });
  it('reads a country that only places the goods ("near China") as no partner', () => {
    expectFigures(family('trade-places'));
  });
});

describe('payments restated against an economy', () => {
  it("reads a share of the North's GDP that a sum is said to equal as that payment", () => {
    expectFigures(family('restated-economy'));
  });
});

describe('stocks and sums that flow nowhere', () => {
  it('reads trips tankers are "making" as the oil they fetch, not as something produced', () => {
    expectFigures(family('trips'));
  });
  it('reads a share of a cap as of the goods the cap limits, sent by the sender named', () => {
    expectFigures(family('caps'));
  });
  it("reads a country's fleet as a stock it holds", () => {
    expectFigures(family('fleets'));
  });
  it('reads fines and penalties as sums between no sides', () => {
    expectFigures(family('penalties'));
  });
  it("reads a country's budget as its own", () => {
    expectFigures(family('budgets'));
  });
  it('reads what a country’s plants produce as its own, with no receiver', () => {
    expectFigures(family('production'));
  });
});

describe('places', () => {
  it('reads towns of the North and of China (Sinuiju, Wonsan, Dandong) as their countries', () => {
    expectFigures(family('towns'));
  });
});
