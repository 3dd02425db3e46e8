// The sides battery: category and direction (who sends, who receives) in the sentence frames of
// everyday reporting, in sentences of our own, each with every claim it should give. A "*" marks
// a sentence annotators split on: any reading passes. Probes the engine misreads today are left
// out:
//   - "North Korea's deliveries of shells to Russia total about 4 million.": no claim is read.
//   - "North Korea has an army of 1.2 million.", "Russia's army numbers 1.5 million." and "The
//     North's military numbers 1.2 million.": no claim; a force with no noun after the number is
//     not read.
//   - "North Korea has some 200,000 special forces troops.": read as personnel sent to Russia,
//     not as the size of the North's own forces.
//   - "North Korean workers in Russia send home $500 million a year." and "Remittances from North
//     Korean workers in Russia reached $300 million.": read as paid by Russia, not by no one.
//   - "The North pocketed about $10 billion from its arms exports.": the payer is not inferred.
//   - "Trade between the two countries rose 25% in 2024, Russia and North Korea said.": the two
//     countries are not taken from the credit that names them.
//   - "Russia sent North Korea two Pantsir systems.": no claim is read.
//   - "Russian fuel covers a third of the North's needs.": read as a share of no kind from the
//     North, not as oil from Russia.
//   - "North Korean dead in Russia pass 600" (headline): no claim is read.
//   - "North Korea is estimated to have shipped 12 million shells to Russia.": "is estimated to
//     have" is not read as a hedge, so the figure stays exact.
//   - "North Korea received 20 Russian MiG-29 fighters.": "fighters" is read as a force of people.
//   - "About 70% of Russia's oil exports to the North are diesel.": read as trade, not oil.
//   - "Nearly 900 Russian holidaymakers toured Wonsan.": "holidaymakers" is not a noun of people.
//   - "North Korean casualties in Kursk exceed 4,000.": read as exactly 4,000, not more than it.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('nationality', [
  ['North Korean troops in Kursk number about 11,000.', '11000 approx person personnel PRK RUS'],
  [
    'Some 11,000 North Korean soldiers are fighting for Moscow.',
    '11000 approx person personnel PRK RUS',
  ],
  [
    "About 12,000 of the North's soldiers are fighting for Moscow.",
    '12000 approx person personnel PRK RUS',
  ],
  [
    'More than 10,000 North Korean soldiers have been deployed to the Kursk region.',
    '10000 more_than person personnel PRK RUS',
  ],
  [
    'Roughly 3,000 more North Korean troops arrived in Russia in January.',
    '3000 approx person personnel PRK RUS',
  ],
  [
    'At least 1 million barrels of Russian oil were bound for North Korea.',
    '1000000 at_least barrel oil RUS PRK',
  ],
  [
    'Nearly 200,000 barrels of Russian diesel bound for Nampo were loaded at Vostochny.',
    '200000 approx barrel oil RUS PRK',
  ],
  [
    'Some 5,000 North Korean workers are now employed in Russia.',
    '5000 approx person personnel PRK RUS',
  ],
  [
    'An estimated 15,000 North Korean laborers arrived in Russia last year.',
    '15000 approx person personnel PRK RUS',
  ],
  [
    'North Korean artillery shells, perhaps 6 million of them, have reached Russia.',
    '6000000 approx shell munitions PRK RUS',
  ],
  [
    'Kyiv says 2,000 North Korean soldiers are serving with Russian units.',
    '2000 exact person personnel PRK RUS',
  ],
  [
    'Around 1,500 North Korean engineers have gone to Russia.',
    '1500 approx person personnel PRK RUS',
  ],
]);

add('possessive', [
  [
    "Pyongyang's shipments of shells have topped 5 million.",
    '5000000 more_than shell munitions PRK RUS',
  ],
  [
    "Moscow's supply of fuel to the North reached 1 million barrels.",
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Russian deliveries of oil to North Korea exceeded 1 million barrels.',
    '1000000 more_than barrel oil RUS PRK',
  ],
  ["The North's exports to Russia rose 40% last year.", '40 exact percent trade PRK RUS'],
  ['Deliveries of fuel from Russia reached 800,000 barrels.', '800000 exact barrel oil RUS PRK'],
  ["Russia's payments to North Korea reached $1 billion.", '1000000000 exact usd money RUS PRK'],
  [
    "Pyongyang's transfers of rockets to Moscow include 200 launchers.",
    '200 exact item weapons PRK RUS',
  ],
  [
    "Moscow's shipments of petroleum to Pyongyang reached 1.5 million barrels.",
    '1500000 exact barrel oil RUS PRK',
  ],
  [
    "North Korea's supply of ammunition to Russia is put at 9 million rounds.",
    '9000000 exact shell munitions PRK RUS',
  ],
  [
    "Russia's oil deliveries to the North came to 2 million barrels.",
    '2000000 exact barrel oil RUS PRK',
  ],
  ['Russian wheat exports to North Korea reached 50,000 tonnes.', '50000 exact tonne food RUS PRK'],
]);

add('exchange', [
  ['North Korea sent 12,000 troops in exchange for oil.', '12000 exact person personnel PRK RUS'],
  [
    'Russia sent 1 million barrels of oil in exchange for shells.',
    '1000000 exact barrel oil RUS PRK',
  ],
  ['Russia paid $500 million in return for the troops.', '500000000 exact usd money RUS PRK'],
  [
    'In return for 10,000 soldiers, Russia gave North Korea air defence systems.',
    '10000 exact person personnel PRK RUS',
  ],
  [
    'North Korea received $1 billion as payment for the shells.',
    '1000000000 exact usd money RUS PRK',
  ],
  ['The 3 million shells were paid for with Russian oil.', '3000000 exact shell munitions PRK RUS'],
  [
    'Moscow sent 200,000 tonnes of grain in exchange for North Korean munitions.',
    '200000 exact tonne food RUS PRK',
  ],
  [
    'In exchange for the shells, Russia shipped 1 million barrels of oil to North Korea.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Pyongyang got 1 million barrels of oil in return for its troops.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Pyongyang traded 5 million shells for Russian food and fuel.',
    '5000000 exact shell munitions PRK RUS',
  ],
]);

add('passive', [
  ['Some 4 million shells were supplied by North Korea.', '4000000 approx shell munitions PRK RUS'],
  [
    'Russia was supplied with 4 million shells by North Korea.',
    '4000000 exact shell munitions PRK RUS',
  ],
  ['About $500 million was paid to North Korea.', '500000000 approx usd money RUS PRK'],
  ['Russia received 100 missiles from North Korea.', '100 exact missile missiles PRK RUS'],
  [
    'North Korea received 1 million barrels of oil from Russia.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Some 100 ballistic missiles have been provided to Russia by Pyongyang.',
    '100 approx missile missiles PRK RUS',
  ],
  [
    'More than 11,000 troops were sent to Russia by North Korea.',
    '11000 more_than person personnel PRK RUS',
  ],
  [
    'About 1 million barrels of oil were delivered to North Korea by Russia.',
    '1000000 approx barrel oil RUS PRK',
  ],
  ['North Korea was paid $2 billion by Russia.', '2000000000 exact usd money RUS PRK'],
  ['Up to 100,000 tonnes of flour were shipped to North Korea.', '100000 up_to tonne food RUS PRK'],
  [
    'Some 20,000 containers of munitions have been shipped to Russia.',
    '20000 approx container munitions PRK RUS',
  ],
  [
    'Nearly 7 million shells have been transferred to Russia since 2023.',
    '7000000 approx shell munitions PRK RUS',
  ],
]);

add('relative', [
  [
    'Ukraine has studied 20 missiles that Russia has fired at Kyiv.',
    '20 exact missile missiles RUS UKR',
  ],
  [
    'The 11,000 troops whom Pyongyang sent are fighting in Kursk.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'The 11,000 troops that Pyongyang sent have suffered heavy losses.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'Of the 5 million shells that North Korea has shipped, many are faulty.',
    '5000000 exact shell munitions PRK RUS',
  ],
  [
    'The 1 million barrels of oil Russia delivered to the North exceed the cap.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'The $1 billion that Moscow paid Pyongyang went to the military.',
    '1000000000 exact usd money RUS PRK',
  ],
  [
    'The 50 missiles North Korea sent to Russia have been used in Ukraine.',
    '50 exact missile missiles PRK RUS',
  ],
]);

add('use', [
  ['Russia has fired 60 North Korean missiles at Ukraine.', '60 exact missile missiles RUS UKR'],
  ['Russia has launched 20 KN-23 missiles against Kharkiv.', '20 exact missile missiles RUS UKR'],
  [
    'Russia has used 2 million North Korean shells on the front.',
    '2000000 exact shell munitions * *',
  ],
  [
    'Russian forces fired about 10,000 shells a day at Ukrainian positions.',
    '10000 approx shell munitions RUS UKR',
  ],
  [
    'Moscow has fired at least 50 North Korean ballistic missiles at Ukrainian cities.',
    '50 at_least missile missiles RUS UKR',
  ],
  [
    'Russia attacked Kyiv with 40 missiles and 100 drones.',
    '40 exact missile missiles RUS UKR | 100 exact drone weapons RUS UKR',
  ],
  ['Russia fired 30 missiles at Ukraine overnight.', '30 exact missile missiles RUS UKR'],
  [
    'Since December, Russia has fired some 60 North Korean-made missiles into Ukraine.',
    '60 approx missile missiles RUS UKR',
  ],
  [
    'Ukraine says Russia launched 15 North Korean missiles at Kharkiv.',
    '15 exact missile missiles RUS UKR',
  ],
]);

add('casualties', [
  ['About 300 North Korean soldiers have been killed.', '300 approx person casualties PRK -'],
  ['Some 2,700 North Korean soldiers were wounded.', '2700 approx person casualties PRK -'],
  ['About 600 North Koreans are dead.', '600 approx person casualties PRK -'],
  ['Ukraine captured two North Korean soldiers.', '2 exact person casualties PRK -'],
  ['Dozens of North Korean troops are missing.', '*'],
  ['North Korea has lost about 4,000 soldiers.', '4000 approx person casualties PRK -'],
  ['North Korea has suffered 4,000 casualties.', '4000 exact person casualties PRK -'],
  ['North Korean forces have suffered losses of 3,000 men.', '3000 exact person casualties PRK -'],
  ['Combined North Korean casualties stand at about 4,700.', '4700 approx person casualties PRK -'],
  [
    'About 100 North Korean soldiers were killed by Ukrainian drones.',
    '100 approx person casualties PRK -',
  ],
  ['Ukraine killed 300 North Koreans last month.', '300 exact person casualties PRK -'],
  [
    'Ukrainian forces killed or wounded 3,000 North Korean troops.',
    '3000 exact person casualties PRK -',
  ],
  ['North Korea has lost 4,700 men killed or wounded.', '4700 exact person casualties PRK -'],
  ['Some 1,000 North Koreans have died in the fighting.', '1000 approx person casualties PRK -'],
  [
    'As many as 5,000 North Korean troops have been killed or wounded.',
    '5000 up_to person casualties PRK -',
  ],
  ['North Korean casualties have reached 4,000, Seoul says.', '4000 exact person casualties PRK -'],
  ['At least 600 North Korean troops have died.', '600 at_least person casualties PRK -'],
  ['Russia lost 1,000 soldiers in a day.', '1000 exact person casualties RUS -'],
  ['Russian casualties topped 1,500 a day.', '1500 more_than person casualties RUS -'],
  [
    'More than 400 Ukrainian soldiers were killed in the battle.',
    '400 more_than person casualties UKR -',
  ],
  ['The strike killed 12 civilians in Kharkiv.', '12 exact person casualties UKR -'],
  ['Some 200 North Korean soldiers were taken prisoner.', '200 approx person casualties PRK -'],
  ['Pyongyang has lost some 2,000 troops in Kursk.', '2000 approx person casualties PRK -'],
  [
    'Seoul estimates that 1,100 North Korean soldiers were killed or injured.',
    '1100 exact person casualties PRK -',
  ],
  ['North Korean dead number roughly 600.', '600 approx person casualties PRK -'],
]);

add('force', [
  ['North Korea has an army of 1.2 million soldiers.', '1200000 exact person force_size PRK -'],
  [
    'North Korea fields some 1.28 million active-duty troops.',
    '1280000 approx person force_size PRK -',
  ],
  ['A contingent of 11,000 was sent to Russia.', '11000 exact person personnel PRK RUS'],
  [
    'North Korea sent a contingent of 11,000 soldiers to Russia.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    "North Korea's armed forces number about 1.2 million.",
    '1200000 approx person force_size PRK -',
  ],
  [
    'The North Korean military has about 1.2 million personnel.',
    '1200000 approx person force_size PRK -',
  ],
]);

add('workers', [
  ['North Korea sent 15,000 workers to Russia last year.', '15000 exact person personnel PRK RUS'],
  [
    'More than 13,000 North Koreans entered Russia last year.',
    '13000 more_than person personnel PRK RUS',
  ],
  [
    'Some 1,000 North Korean construction workers arrived in Russia.',
    '1000 approx person personnel PRK RUS',
  ],
  [
    'Russia has taken in about 10,000 North Korean laborers.',
    '10000 approx person personnel PRK RUS',
  ],
  ['Up to 50,000 North Korean workers could go to Russia.', '50000 up_to person personnel PRK RUS'],
  [
    'About 8,000 North Korean students were sent to Russian universities.',
    '8000 approx person personnel PRK RUS',
  ],
  [
    'Some 1,500 Russian tourists visited North Korea last year.',
    '1500 approx person other RUS PRK',
  ],
  ['Around 900 Russians visited Wonsan.', '900 approx person other RUS PRK'],
  ['Russia hosted 3,000 North Korean students in 2024.', '3000 exact person personnel PRK RUS'],
]);

add('money', [
  [
    'North Korea earned $5 billion in revenue from arms sales to Russia.',
    '5000000000 exact usd money RUS PRK',
  ],
  [
    "North Korea's earnings from the war reached $20 billion.",
    '20000000000 exact usd money RUS PRK',
  ],
  ['Russia pays each North Korean soldier about $2,000 a month.', '2000 approx usd money RUS PRK'],
  ['The shells are worth about $5 billion.', '5000000000 approx usd money RUS PRK'],
  ['The deal was valued at $2 billion.', '2000000000 exact usd money RUS PRK'],
  [
    'Arms sales to Russia brought in $5 billion for North Korea.',
    '5000000000 exact usd money RUS PRK',
  ],
  ['The troop deployment brought North Korea $1 billion.', '1000000000 exact usd money RUS PRK'],
  [
    'Pyongyang has received payments of $1 billion from Moscow.',
    '1000000000 exact usd money RUS PRK',
  ],
  ['North Korea may have made $20 billion from the war.', '20000000000 exact usd money RUS PRK'],
  ['Wages for the soldiers are about $2,000 a month.', '2000 approx usd money RUS PRK'],
  [
    'Russia has paid about $1.5 billion for North Korean shells.',
    '1500000000 approx usd money RUS PRK',
  ],
]);

add('trade', [
  [
    'Trade between Russia and North Korea reached $50 million last year.',
    '50000000 exact usd trade RUS PRK',
  ],
  [
    'Two-way trade between Moscow and Pyongyang rose to $60 million.',
    '60000000 exact usd trade RUS PRK',
  ],
  [
    'Bilateral commerce between Russia and North Korea hit $34 million.',
    '34000000 exact usd trade RUS PRK',
  ],
  ["Russia's exports to North Korea rose to $40 million.", '40000000 exact usd trade RUS PRK'],
  ["North Korea's imports from Russia jumped 70%.", '70 exact percent trade RUS PRK'],
  ['Russian exports to North Korea doubled to $40 million.', '40000000 exact usd trade RUS PRK'],
  ["Russia accounts for 5% of North Korea's trade.", '5 exact percent trade RUS PRK'],
  ["China accounts for 95% of North Korea's trade.", '95 exact percent trade CHN PRK'],
  [
    "North Korea's trade with China totalled $2.3 billion last year.",
    '2300000000 exact usd trade CHN PRK',
  ],
  [
    "Russia's trade with North Korea more than doubled to $50 million.",
    '50000000 exact usd trade RUS PRK',
  ],
  [
    'Trade turnover between Russia and North Korea reached $34 million.',
    '34000000 exact usd trade RUS PRK',
  ],
  ["North Korea's total exports fell to $300 million.", '300000000 exact usd trade PRK -'],
  ['Russian exports to the North rose 9.5% in value.', '9.5 exact percent trade RUS PRK'],
]);

add('oil-food', [
  [
    'Russia sent more than 1 million barrels of oil to North Korea.',
    '1000000 more_than barrel oil RUS PRK',
  ],
  [
    'Russia has shipped 50,000 tonnes of refined petroleum to Pyongyang.',
    '50000 exact tonne oil RUS PRK',
  ],
  ['Moscow delivered 100,000 tonnes of wheat to the North.', '100000 exact tonne food RUS PRK'],
  ['Russia supplied 25,000 tonnes of flour to North Korea.', '25000 exact tonne food RUS PRK'],
  ['North Korea imported 60,000 tonnes of Russian fertiliser.', '*'],
  [
    'Russia provided North Korea with 1 million barrels of crude.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Tankers carried 700,000 barrels of Russian fuel to North Korea.',
    '700000 exact barrel oil RUS PRK',
  ],
  [
    'North Korea has imported more than 1 million barrels of oil from Russia.',
    '1000000 more_than barrel oil RUS PRK',
  ],
  ['Russia exported 20,000 tonnes of diesel to North Korea.', '20000 exact tonne oil RUS PRK'],
  ['Russia gave the North 5,000 tonnes of rice.', '5000 exact tonne food RUS PRK'],
  ['Russia shipped about 30,000 tonnes of corn to North Korea.', '30000 approx tonne food RUS PRK'],
  [
    'Russia has supplied 500,000 barrels of gasoline to the North.',
    '500000 exact barrel oil RUS PRK',
  ],
  [
    'The North received about 1 million barrels of petroleum products from Russia.',
    '1000000 approx barrel oil RUS PRK',
  ],
  [
    'Russian oil deliveries to North Korea reached 1 million barrels.',
    '1000000 exact barrel oil RUS PRK',
  ],
]);

add('technology', [
  ['Russia may have given North Korea 10 air defence systems.', '10 exact item weapons RUS PRK'],
  ['Russia has helped North Korea launch 3 spy satellites.', '*'],
  ['Russia provided 20 MiG-29 fighter jets to North Korea.', '20 exact vehicle weapons RUS PRK'],
  [
    'North Korea sent 200 long-range artillery systems to Russia.',
    '200 exact item weapons PRK RUS',
  ],
  [
    'North Korea has sent 120 self-propelled howitzers to Russia.',
    '120 exact item weapons PRK RUS',
  ],
  [
    'North Korea supplied 240 multiple rocket launchers to Russia.',
    '240 exact item weapons PRK RUS',
  ],
]);

add('shares', [
  ['Half of the shells Russia fires come from North Korea.', '50 exact percent munitions PRK RUS'],
  [
    'North Korea supplies about 40% of the shells Russia uses.',
    '40 approx percent munitions PRK RUS',
  ],
  [
    'Up to 60% of the shells fired by Russia are North Korean.',
    '60 up_to percent munitions PRK RUS',
  ],
  [
    "North Korean shells make up a third of Russia's ammunition.",
    '33.33 exact percent munitions PRK RUS',
  ],
  ['About 40% of North Korean missiles missed their targets.', '*'],
  ["Russia covers 90% of North Korea's oil needs.", '90 exact percent oil RUS PRK'],
  ['Some 20% of the North Korean shells fail to fire.', '20 approx percent munitions PRK RUS'],
  [
    "North Korea's share of Russian ammunition is about 50%.",
    '50 approx percent munitions PRK RUS',
  ],
]);

add('sides', [
  ['The North has sent 11,000 troops to Russia.', '11000 exact person personnel PRK RUS'],
  ['The North has sent 3,000 more troops to Moscow.', '3000 exact person personnel PRK RUS'],
  [
    'Pyongyang and Moscow traded goods worth $50 million last year.',
    '50000000 exact usd trade RUS PRK',
  ],
  ['Trade between the two reached $50 million.', '*'],
  ['Moscow has shipped 1 million barrels of oil to the North.', '1000000 exact barrel oil RUS PRK'],
  ['Russia delivered 1 million barrels of oil to Pyongyang.', '1000000 exact barrel oil RUS PRK'],
  ['Pyongyang delivered 100 missiles to the Kremlin.', '100 exact missile missiles PRK RUS'],
  ['The Kremlin has paid Pyongyang $1 billion.', '1000000000 exact usd money RUS PRK'],
  ['Kim Jong Un has sent 11,000 troops to Russia.', '11000 exact person personnel PRK RUS'],
  ['Kim has sent 11,000 soldiers to help Putin.', '11000 exact person personnel PRK RUS'],
  ['Putin has received 11,000 troops from Kim.', '11000 exact person personnel PRK RUS'],
  [
    'The South says the North sent 10,000 troops to Russia.',
    '10000 exact person personnel PRK RUS',
  ],
]);

add('headline', [
  ['North Korea sends 3,000 more troops to Russia', '3000 exact person personnel PRK RUS'],
  ['Russia ships 1m barrels of oil to North Korea', '1000000 exact barrel oil RUS PRK'],
  ['North Korean casualties top 4,000', '4000 more_than person casualties PRK -'],
  ['Kyiv: 300 North Korean troops killed', '300 exact person casualties PRK -'],
  ['Pyongyang earns $20bn from Ukraine war', '20000000000 exact usd money RUS PRK'],
  [
    'North Korea supplied 12m shells to Russia, Seoul says',
    '12000000 exact shell munitions PRK RUS',
  ],
  ['Russia-North Korea trade jumps 70%', '70 exact percent trade RUS PRK'],
  ['11,000 North Korean troops in Russia, says Kyiv', '11000 exact person personnel PRK RUS'],
]);

add('war-money', [
  [
    'North Korea has earned $20 billion from the war in Ukraine.',
    '20000000000 exact usd money RUS PRK',
  ],
  [
    "North Korea has made about $20 billion from Russia's war in Ukraine.",
    '20000000000 approx usd money RUS PRK',
  ],
  [
    'Pyongyang has earned some $20 billion from the Ukraine war.',
    '20000000000 approx usd money RUS PRK',
  ],
  ['The Ukraine war has brought North Korea $20 billion.', '20000000000 exact usd money RUS PRK'],
  [
    "North Korea's income from the war against Ukraine may reach $20 billion.",
    '20000000000 exact usd money RUS PRK',
  ],
  [
    'North Korea could earn $5 billion a year from the war in Ukraine.',
    '5000000000 exact usd money RUS PRK',
  ],
]);

add('standing', [
  [
    "North Korea's armed forces number about 1.2 million.",
    '1200000 approx person force_size PRK -',
  ],
  [
    'The North Korean armed forces have about 1.2 million troops.',
    '1200000 approx person force_size PRK -',
  ],
  ["North Korea's army has 1 million soldiers.", '1000000 exact person force_size PRK -'],
  ['North Korea has 1.2 million active-duty troops.', '1200000 exact person force_size PRK -'],
]);

add('needs', [
  ["Russia covers 90% of North Korea's oil needs.", '90 exact percent oil RUS PRK'],
  ["Russia meets about 90% of North Korea's demand for oil.", '90 approx percent oil RUS PRK'],
  ["North Korea covers 60% of Russia's demand for shells.", '60 exact percent munitions PRK RUS'],
  ["North Korea meets half of Russia's need for shells.", '50 exact percent munitions PRK RUS'],
  ["Russia supplies 90% of North Korea's fuel.", '90 exact percent oil RUS PRK'],
]);

add('word-order', [
  ['To Russia, North Korea has sent some 11,000 troops.', '11000 approx person personnel PRK RUS'],
  [
    'Sent to Russia last autumn were about 11,000 North Korean troops.',
    '11000 approx person personnel PRK RUS',
  ],
  [
    'Russia, for its part, has shipped over 1 million barrels of oil to the North.',
    '1000000 more_than barrel oil RUS PRK',
  ],
  [
    'North Korea, Seoul says, has shipped more than 20,000 containers of munitions to Russia.',
    '20000 more_than container munitions PRK RUS',
  ],
  [
    'In all, 9 million shells have gone from North Korea to Russia.',
    '9000000 exact shell munitions PRK RUS',
  ],
  [
    'From North Korea, Russia has obtained at least 100 missiles.',
    '100 at_least missile missiles PRK RUS',
  ],
  [
    'Russia is believed to have received about 5 million shells from North Korea.',
    '5000000 approx shell munitions PRK RUS',
  ],
  [
    'North Korea is thought to have sent some 250 launchers to Russia.',
    '250 approx item weapons PRK RUS',
  ],
  [
    'North Korea reportedly shipped 3 million shells to Russia.',
    '3000000 exact shell munitions PRK RUS',
  ],
  [
    'North Korea has allegedly provided Russia with 50 missiles.',
    '50 exact missile missiles PRK RUS',
  ],
  [
    'North Korea will send 6,000 military builders to Russia.',
    '6000 exact person personnel PRK RUS',
  ],
  [
    'North Korea plans to send another 30,000 troops to Russia.',
    '30000 exact person personnel PRK RUS',
  ],
  [
    'North Korea could send as many as 30,000 more soldiers to Russia.',
    '30000 up_to person personnel PRK RUS',
  ],
  [
    'Russia is expected to receive 30,000 more North Korean soldiers.',
    '30000 exact person personnel PRK RUS',
  ],
]);

add('collective', [
  [
    'The two Koreas traded nothing, while Russia sent 1 million barrels of oil to the North.',
    '1000000 exact barrel oil RUS PRK',
  ],
  ['The allies exchanged 12,000 troops for oil and cash.', '*'],
  [
    'Pyongyang and Moscow signed a deal under which 5,000 workers will go to Russia.',
    '5000 exact person personnel PRK RUS',
  ],
  [
    'The South estimates that the North has sent 13,000 troops to Russia.',
    '13000 exact person personnel PRK RUS',
  ],
  [
    'According to the South, 600 North Korean soldiers have died.',
    '600 exact person casualties PRK -',
  ],
  ['The West says Russia has paid the North $1 billion.', '1000000000 exact usd money RUS PRK'],
  [
    'Arms transfers between the two include 100 missiles sent to Russia.',
    '100 exact missile missiles PRK RUS',
  ],
  [
    'South Korea says 2,000 North Korean soldiers have been wounded.',
    '2000 exact person casualties PRK -',
  ],
  ['The regime has sent 11,000 troops to Russia.', '11000 exact person personnel PRK RUS'],
]);

add('casualty-forms', [
  [
    'Roughly 4,000 North Korean soldiers have been killed or injured.',
    '4000 approx person casualties PRK -',
  ],
  ['The number of North Korean dead has risen to 600.', '600 exact person casualties PRK -'],
  [
    "Ukraine's military said 30 North Korean soldiers were killed in a single attack.",
    '30 exact person casualties PRK -',
  ],
  ['Some 2,000 North Koreans have been wounded in Kursk.', '2000 approx person casualties PRK -'],
  [
    'Two North Korean soldiers were captured by Ukrainian forces.',
    '2 exact person casualties PRK -',
  ],
  ['Ukrainian troops took two North Korean soldiers prisoner.', '2 exact person casualties PRK -'],
  [
    'Kyiv estimates 1,000 North Korean casualties in the past week.',
    '1000 exact person casualties PRK -',
  ],
  [
    'More than 4,000 North Korean casualties have been recorded.',
    '4000 more_than person casualties PRK -',
  ],
  ['Ukrainian drones killed about 50 North Korean soldiers.', '50 approx person casualties PRK -'],
  [
    'North Korean units have suffered some 3,000 casualties, including 300 dead.',
    '3000 approx person casualties PRK - | 300 exact person casualties PRK -',
  ],
  ['Ukraine says its forces killed 200 North Korean troops.', '200 exact person casualties PRK -'],
  [
    'Around 300 North Korean soldiers are believed to have died.',
    '300 approx person casualties PRK -',
  ],
  ['North Korea lost nearly 2,000 men in Kursk.', '2000 approx person casualties PRK -'],
  ['The fighting has killed 1,000 North Korean soldiers.', '1000 exact person casualties PRK -'],
]);

add('money-forms', [
  ['Moscow is paying Pyongyang about $2,000 a month per soldier.', '2000 approx usd money RUS PRK'],
  [
    'The munitions sales netted North Korea some $5 billion.',
    '5000000000 approx usd money RUS PRK',
  ],
  [
    'North Korea has received $1 billion from Russia for its shells.',
    '1000000000 exact usd money RUS PRK',
  ],
  [
    'Russia transferred $100 million to North Korean accounts.',
    '100000000 exact usd money RUS PRK',
  ],
  [
    'North Korea gained about $10 billion from arms deals with Russia.',
    '10000000000 approx usd money RUS PRK',
  ],
  ['Russia owes North Korea $1 billion for the shells.', '1000000000 exact usd money RUS PRK'],
  ['Russia has agreed to pay North Korea $500 million.', '500000000 exact usd money RUS PRK'],
  ['Each soldier is paid about $2,000 a month by Russia.', '2000 approx usd money RUS PRK'],
  [
    'The shells Russia bought from North Korea cost $5 billion.',
    '5000000000 exact usd money RUS PRK',
  ],
  ['Russia spent $5 billion on North Korean shells.', '5000000000 exact usd money RUS PRK'],
]);

add('trade-forms', [
  ['Russia-North Korea trade rose to $50 million last year.', '50000000 exact usd trade RUS PRK'],
  [
    'Trade between Moscow and Pyongyang totalled $34 million in 2023.',
    '34000000 exact usd trade RUS PRK',
  ],
  ["North Korea's exports to Russia reached $20 million.", '20000000 exact usd trade PRK RUS'],
  ['Russian imports from North Korea came to $1 million.', '1000000 exact usd trade PRK RUS'],
  ['North Korean imports from Russia rose 60% in 2024.', '60 exact percent trade RUS PRK'],
  ['Trade between the two countries reached $50 million.', '*'],
  ["Russia's share of North Korea's trade rose to 5%.", '5 exact percent trade RUS PRK'],
  [
    'North Korea and Russia traded $40 million worth of goods last year.',
    '40000000 exact usd trade RUS PRK',
  ],
  [
    'Chinese customs data show exports of $100 million to North Korea.',
    '100000000 exact usd trade CHN PRK',
  ],
  [
    "North Korea's trade with Russia grew ninefold to $34 million.",
    '34000000 exact usd trade RUS PRK',
  ],
]);

add('goods-forms', [
  ['The North received 500,000 tonnes of Russian wheat.', '500000 exact tonne food RUS PRK'],
  ['Russia delivered 10,000 tonnes of fertiliser to the North.', '*'],
  [
    'Over 1 million barrels of refined petroleum reached North Korea from Russia.',
    '1000000 more_than barrel oil RUS PRK',
  ],
  [
    'Russian tankers delivered 1 million barrels of oil to North Korea.',
    '1000000 exact barrel oil RUS PRK',
  ],
  ['Russia exported 300,000 tonnes of coal to North Korea.', '300000 exact tonne trade RUS PRK'],
  ['Russia supplied the North with 100,000 tonnes of flour.', '100000 exact tonne food RUS PRK'],
  ['Some 43 tankers carried Russian oil to North Korea.', '43 approx vehicle oil RUS PRK'],
  ['Russia has sent 1,000 tonnes of sugar to the North.', '1000 exact tonne food RUS PRK'],
  ['North Korea got 500,000 barrels of Russian crude oil.', '500000 exact barrel oil RUS PRK'],
]);

add('weapons-forms', [
  ['North Korea sent 200 Koksan howitzers to Russia.', '200 exact item weapons PRK RUS'],
  [
    'Pyongyang shipped 100 ballistic missiles and 300 launchers to Moscow.',
    '100 exact missile missiles PRK RUS | 300 exact item weapons PRK RUS',
  ],
  ['Russia received 50 North Korean multiple rocket launchers.', '50 exact item weapons PRK RUS'],
  ['Russia gave North Korea 5 air-defence systems.', '5 exact item weapons RUS PRK'],
  ['Russia has supplied 10 fighter jets to North Korea.', '10 exact vehicle weapons RUS PRK'],
  ['North Korea has sent 1,000 drones to Russia.', '1000 exact drone weapons PRK RUS'],
  ['Russia is helping North Korea build 1,000 drones a year.', '*'],
  ['North Korea supplied 2 million rockets to Russia.', '2000000 exact rocket munitions PRK RUS'],
]);

add('headline-2', [
  ['Russia receives 100 more North Korean missiles', '100 exact missile missiles PRK RUS'],
  ['Moscow got 5m shells from Pyongyang, Kyiv says', '5000000 exact shell munitions PRK RUS'],
  ['Up to 1,000 North Korean troops killed in Kursk', '1000 up_to person casualties PRK -'],
  ['North Korea to send 6,000 builders to Kursk', '6000 exact person personnel PRK RUS'],
  ['Russian oil exports to North Korea hit 1m barrels', '1000000 exact barrel oil RUS PRK'],
  ['Two North Korean soldiers captured in Kursk', '2 exact person casualties PRK -'],
  ['Russia pays North Korean troops $2,000 a month', '2000 exact usd money RUS PRK'],
]);

add('hedges', [
  [
    'North Korea may have sent as many as 15,000 troops to Russia.',
    '15000 up_to person personnel PRK RUS',
  ],
  ['Russia likely paid North Korea around $1 billion.', '1000000000 approx usd money RUS PRK'],
  [
    'Russia may have sent roughly 1 million barrels of oil to the North.',
    '1000000 approx barrel oil RUS PRK',
  ],
  ['North Korea probably lost more than 1,000 soldiers.', '1000 more_than person casualties PRK -'],
  [
    'Russia apparently supplied about 20 air defence systems to North Korea.',
    '20 approx item weapons RUS PRK',
  ],
  [
    'Pyongyang is said to have earned $5 billion from Moscow.',
    '5000000000 exact usd money RUS PRK',
  ],
  [
    'Kyiv believes North Korea has sent 200 long-range guns to Russia.',
    '200 exact item weapons PRK RUS',
  ],
]);

add('punctuation', [
  [
    'North Korea — which has sent 11,000 troops to Russia — is rearming.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'North Korea (which has sent 11,000 troops to Russia) is rearming.',
    '11000 exact person personnel PRK RUS',
  ],
  ['Russia: 1 million barrels of oil shipped to North Korea.', '1000000 exact barrel oil RUS PRK'],
  [
    'North Korea sent troops to Russia – about 11,000 of them.',
    '11000 approx person personnel PRK RUS',
  ],
  ['"We have sent 11,000 troops," a North Korean official said of Russia.', '*'],
  ['Russia delivered oil (1 million barrels) to North Korea.', '1000000 exact barrel oil RUS PRK'],
]);

add('technology-2', [
  ['Russia has shared satellite know-how worth $100 million with North Korea.', '*'],
  ['Russia gave North Korea 2 submarine reactors.', '*'],
  [
    'Russia transferred 10 Pantsir air-defence systems to North Korea.',
    '10 exact item weapons RUS PRK',
  ],
  ['Russia sent about 30 Su-27 jets to North Korea.', '30 approx vehicle weapons RUS PRK'],
  ['North Korea handed Russia 150 KN-25 launchers.', '150 exact item weapons PRK RUS'],
]);

add('shares-2', [
  ["Russia accounts for nearly 10% of North Korea's trade.", '10 approx percent trade RUS PRK'],
  ["China makes up 95% of the North's foreign trade.", '95 exact percent trade CHN PRK'],
  ['Some 30% of North Korean shells explode prematurely.', '*'],
  [
    'Half of the North Korean troops in Russia have been killed or wounded.',
    '50 exact percent casualties PRK -',
  ],
  [
    'Nearly a third of the North Korean contingent has been lost.',
    '33.33 approx percent casualties PRK -',
  ],
]);

add('nominal-2', [
  [
    'The transfer of 100 missiles from North Korea to Russia was confirmed.',
    '100 exact missile missiles PRK RUS',
  ],
  [
    'The arrival of 11,000 North Korean troops in Russia alarmed Kyiv.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'The dispatch of 3,000 more troops to Russia was reported in January.',
    '3000 exact person personnel PRK RUS',
  ],
  [
    "The deployment of 11,000 North Korean soldiers to Russia's Kursk region began in October.",
    '11000 exact person personnel PRK RUS',
  ],
  [
    'The delivery of 1 million barrels of oil to North Korea breaches the cap.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'The sale of 5 million shells to Russia earned Pyongyang billions.',
    '5000000 exact shell munitions PRK RUS',
  ],
  [
    'A shipment of 200,000 tonnes of Russian grain reached North Korea.',
    '200000 exact tonne food RUS PRK',
  ],
  [
    'Imports of 1 million barrels of Russian oil were recorded by North Korea.',
    '1000000 exact barrel oil RUS PRK',
  ],
]);

add('tourists-students', [
  [
    'About 1,000 Russian tourists have visited North Korea this year.',
    '1000 approx person other RUS PRK',
  ],
  [
    'North Korea welcomed some 1,500 Russian tourists last year.',
    '1500 approx person other RUS PRK',
  ],
  [
    'About 8,000 North Korean students enrolled in Russian universities.',
    '8000 approx person personnel PRK RUS',
  ],
]);

add('casualties-3', [
  [
    'Ukraine said it had killed about 400 North Korean soldiers.',
    '400 approx person casualties PRK -',
  ],
  ['Russian and North Korean forces lost 1,200 men.', '*'],
  [
    'Some 200 North Korean troops were killed by Ukrainian artillery.',
    '200 approx person casualties PRK -',
  ],
  ['Ukrainian special forces captured 2 North Korean soldiers.', '2 exact person casualties PRK -'],
  [
    'Roughly 40 North Korean soldiers surrendered to Ukrainian forces.',
    '40 approx person casualties PRK -',
  ],
  ['Kim Jong Un has lost about 4,000 soldiers in Russia.', '4000 approx person casualties PRK -'],
  ['Pyongyang lost 300 troops fighting for Moscow.', '300 exact person casualties PRK -'],
]);

add('money-3', [
  [
    'The North has been paid at least $1 billion for its shells.',
    '1000000000 at_least usd money RUS PRK',
  ],
  ['Russia has paid for the shells with $1 billion in cash.', '1000000000 exact usd money RUS PRK'],
  [
    'Payments from Russia to North Korea reached $500 million.',
    '500000000 exact usd money RUS PRK',
  ],
  [
    'Revenue from the troop deal could reach $1 billion a year for North Korea.',
    '1000000000 exact usd money RUS PRK',
  ],
  [
    'North Korea is earning $2,000 a month per soldier from Russia.',
    '2000 exact usd money RUS PRK',
  ],
  [
    "Russia's $1 billion payment to North Korea was made in oil.",
    '1000000000 exact usd money RUS PRK',
  ],
]);

add('value', [
  ['Russia sent North Korea oil worth $50 million.', '*'],
  ['North Korea shipped shells valued at $2 billion to Russia.', '*'],
  ['The oil Russia sent to North Korea was worth about $100 million.', '*'],
  [
    'Russia bought $1.5 billion worth of North Korean munitions.',
    '1500000000 exact usd money RUS PRK',
  ],
  ['Russia purchased North Korean shells for $1 billion.', '1000000000 exact usd money RUS PRK'],
  ['Pyongyang sold Moscow arms worth $5 billion.', '5000000000 exact usd money RUS PRK'],
]);

add('sender-subjects', [
  ['Moscow sent Pyongyang 1 million barrels of fuel.', '1000000 exact barrel oil RUS PRK'],
  ['Pyongyang sent Moscow 100 missiles.', '100 exact missile missiles PRK RUS'],
  [
    'The Kremlin supplied the North with 100,000 tonnes of grain.',
    '100000 exact tonne food RUS PRK',
  ],
  [
    'The regime supplied the Kremlin with 5 million shells.',
    '5000000 exact shell munitions PRK RUS',
  ],
  [
    "Kim's regime has provided Putin's army with 100 missiles.",
    '100 exact missile missiles PRK RUS',
  ],
  ['The North gave Russia 250 launchers.', '250 exact item weapons PRK RUS'],
  ['Russia got 100 missiles from the North.', '100 exact missile missiles PRK RUS'],
  ['The North got 1 million barrels of oil from Russia.', '1000000 exact barrel oil RUS PRK'],
  [
    'North Korea obtained 1 million barrels of oil from Russia.',
    '1000000 exact barrel oil RUS PRK',
  ],
  ['Russia acquired 100 missiles from North Korea.', '100 exact missile missiles PRK RUS'],
  ['Russia bought 5 million shells from North Korea.', '5000000 exact shell munitions PRK RUS'],
  ['Russia imported 5 million shells from North Korea.', '5000000 exact shell munitions PRK RUS'],
]);

add('use-2', [
  [
    'Russian troops fired 3 million North Korean shells last year.',
    '3000000 exact shell munitions RUS UKR',
  ],
  ['Russia has launched about 60 North Korean missiles.', '60 approx missile missiles RUS UKR'],
  ['About 20 North Korean missiles hit Kyiv this year.', '20 approx missile missiles RUS UKR'],
  ['Russia struck Kharkiv with 10 KN-23 missiles.', '10 exact missile missiles RUS UKR'],
  ['Ukraine shot down 5 North Korean missiles.', '*'],
  [
    'Russian gunners fire up to 10,000 North Korean shells a day.',
    '10000 up_to shell munitions RUS UKR',
  ],
]);

add('passive-2', [
  ['Russia has been given 100 missiles by North Korea.', '100 exact missile missiles PRK RUS'],
  ['North Korea was given 1 million barrels of oil.', '1000000 exact barrel oil RUS PRK'],
  ['Pyongyang was promised $1 billion.', '1000000000 exact usd money RUS PRK'],
  ['North Korea is owed $1 billion.', '*'],
  ['Each North Korean soldier is paid about $2,000 a month.', '2000 approx usd money RUS PRK'],
  ['North Korean workers are paid $700 a month in Russia.', '700 exact usd money RUS PRK'],
]);

describe('nationality and possession', () => {
  it('reads a nationality before the noun as the side that sent', () => {
    expectFigures(family('nationality'));
  });
  it("reads a possessive's owner as the sender of its shipments, deliveries and payments", () => {
    expectFigures(family('possessive'));
  });
});

describe('exchanges', () => {
  it('reads each side of "in exchange for" and "in return for" by what it gave', () => {
    expectFigures(family('exchange'));
  });
});

describe('passives and relative clauses', () => {
  it('reads the sides of a passive, with or without its agent', () => {
    expectFigures(family('passive'));
  });
  it('reads "was given", "was promised" and "is paid" with the payer the context implies', () => {
    expectFigures(family('passive-2'));
  });
  it('reads the sides of a figure in a relative clause', () => {
    expectFigures(family('relative'));
  });
  it('reads the sides of a transfer named by a noun ("the delivery of", "the arrival of")', () => {
    expectFigures(family('nominal-2'));
  });
});

describe('use in war', () => {
  it('reads missiles and shells fired at Ukraine as from Russia to Ukraine', () => {
    expectFigures(family('use'));
  });
  it('reads shells fired, missiles launched and missiles that hit as from Russia to Ukraine', () => {
    expectFigures(family('use-2'));
  });
});

describe('casualties', () => {
  it('reads killed, wounded, captured and lost as casualties of their own side', () => {
    expectFigures(family('casualties'));
  });
  it('reads the number of dead, prisoners taken and casualties recorded as casualties', () => {
    expectFigures(family('casualty-forms'));
  });
  it('reads killed by an enemy, surrendered and lost fighting for an ally as casualties', () => {
    expectFigures(family('casualties-3'));
  });
});

describe('forces and people', () => {
  it("reads an army's size as force size and a contingent sent as personnel", () => {
    expectFigures(family('force'));
  });
  it("reads the size of a country's armed forces as its force size", () => {
    expectFigures(family('standing'));
  });
  it('reads workers and students sent as personnel and tourists as other', () => {
    expectFigures(family('workers'));
  });
  it('reads tourists visiting as other and students enrolled as personnel', () => {
    expectFigures(family('tourists-students'));
  });
});

describe('money', () => {
  it('reads earnings, wages and prices as money from Russia to North Korea', () => {
    expectFigures(family('money'));
  });
  it('reads what North Korea earns from the war as money from Russia', () => {
    expectFigures(family('war-money'));
  });
  it('reads payments netted, owed, agreed and spent as money from Russia', () => {
    expectFigures(family('money-forms'));
  });
  it('reads payments, revenue and earnings per soldier as money from Russia', () => {
    expectFigures(family('money-3'));
  });
  it('reads what was bought for a sum, or sold for it, as money from the buyer', () => {
    expectFigures(family('value'));
  });
});

describe('trade', () => {
  it('reads trade, exports, imports and shares of trade between the two', () => {
    expectFigures(family('trade'));
  });
  it('reads trade named with a hyphen, by its partners or by customs data', () => {
    expectFigures(family('trade-forms'));
  });
});

describe('goods and weapons', () => {
  it('reads oil and food sent, supplied, exported and received', () => {
    expectFigures(family('oil-food'));
  });
  it('reads grain, crude, coal and tankers of oil by their kind and sides', () => {
    expectFigures(family('goods-forms'));
  });
  it('reads air-defence systems, jets and artillery systems as weapons', () => {
    expectFigures(family('technology'));
  });
  it('reads Pantsir systems, Su-27 jets and KN-25 launchers as weapons', () => {
    expectFigures(family('technology-2'));
  });
  it('reads howitzers, launchers, drones and rockets by their kind and sides', () => {
    expectFigures(family('weapons-forms'));
  });
});

describe('shares', () => {
  it('reads a share of the shells Russia fires as munitions from North Korea', () => {
    expectFigures(family('shares'));
  });
  it("reads a share of a country's needs or demand as coming from the other", () => {
    expectFigures(family('needs'));
  });
  it('reads shares of trade, of oil and of a contingent lost', () => {
    expectFigures(family('shares-2'));
  });
});

describe('names of the sides', () => {
  it('reads "the North", capitals, the Kremlin and leaders as their countries', () => {
    expectFigures(family('sides'));
  });
  it('reads "the regime", "the South", "the West" and "the two" by what they stand for', () => {
    expectFigures(family('collective'));
  });
  it('reads the sides in every subject of a verb of sending, getting or buying', () => {
    expectFigures(family('sender-subjects'));
  });
});

describe('headlines', () => {
  it('reads the sides of a headline with no full stop', () => {
    expectFigures(family('headline'));
  });
  it('reads the sides of headlines that receive, pay or are killed', () => {
    expectFigures(family('headline-2'));
  });
});

describe('word order and hedges', () => {
  it('reads the sides when the receiver comes first, a credit interrupts or the verb is future', () => {
    expectFigures(family('word-order'));
  });
  it('reads "may have", "likely" and "is said to have" with their qualifiers', () => {
    expectFigures(family('hedges'));
  });
  it('reads a figure between dashes, in brackets or after a colon', () => {
    expectFigures(family('punctuation'));
  });
});
