// The pairs battery: which two countries a figure of oil, food or trade is between, in the
// constructions reporting on the exchange's fuel and commerce uses (transfers at sea, goods
// valued in money, fuel and food a third country sends or sells, a second trade partner, shares
// of shipments, a country's whole trade, the seat of a body that reports), in sentences of our
// own, each with every claim it should give. Probes the engine misreads today are left out:
//   - "nine ship-to-ship transfers": a spelled-out count before the compound is not read;
//   - "Japan's imports of Russian crude fell to 300,000 barrels": the owner of the imports is not
//     read as their buyer (the usual receiver is given);
//   - "North Korean imports of Chinese rice fell to 60,000 tonnes": the goods' country is not read
//     as the sender;
//   - "Imports from China totalled $1.98 billion": the buyer left unnamed is not the North;
//   - "China reported shipments of 2,760 tonnes" and "China's customs data show flour shipments":
//     a country that is the source of its own figure is not read as the sender;
//   - "Sanctions allow the North 500,000 barrels", "North Korea is also allowed 4 million barrels":
//     an allowance is not read as a cap.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('seas', [
  [
    'Coast guards spotted 12 ship-to-ship transfers of diesel to North Korean tankers in the East China Sea last year.',
    '12 exact item oil - PRK',
  ],
  [
    "Japan's navy said it had seen 14 ship-to-ship transfers in the Sea of Japan since January.",
    '14 exact item oil - PRK',
  ],
  [
    'Russia kept fuel flowing all year. Navies documented dozens of ship-to-ship transfers in the East China Sea since 2022.',
    '~24 vague item oil - PRK',
  ],
  [
    'Russia kept fuel flowing all year. Monitors saw 20 ship-to-ship transfers in the Yellow Sea and the East China Sea.',
    '20 exact item oil - PRK',
  ],
  [
    'A tanker moved 30,000 barrels of fuel to a North Korean vessel in the East China Sea in March.',
    '30000 exact barrel oil * PRK',
  ],
  [
    'China shipped 300,000 barrels of fuel to North Korea last year, some of it across the Korea Bay.',
    '300000 exact barrel oil CHN PRK',
  ],
  [
    'Russia sent 200,000 barrels of diesel to the North through the Sea of Japan in 2024.',
    '200000 exact barrel oil RUS PRK',
  ],
  [
    'Beijing sent 40,000 tonnes of rice to Pyongyang across the Yellow Sea.',
    '40000 exact tonne food CHN PRK',
  ],
  [
    'Ships off the Korea Strait carried 5,000 containers from Rajin to Russia.',
    '5000 exact container * PRK RUS',
  ],
]);

add('hidden', [
  [
    "Japan's defence ministry has reported 24 suspected illicit transfers involving North Korean vessels since 2018.",
    '24 exact item oil - PRK',
  ],
  [
    'The defence ministry reported 30 suspected transfers involving North Korean tankers over the past year.',
    '30 exact item oil - PRK',
  ],
  [
    "Russia kept fuel flowing all year. Japan's navy has logged 24 suspected transfers involving North Korean tankers since 2018.",
    '24 exact item oil - PRK',
  ],
  [
    'Russia kept fuel flowing all year. Tankers took part in at least five ship-to-ship transfers in October.',
    '5 at_least item oil - PRK',
  ],
  [
    'Monitors recorded at least 11 ship-to-ship transfers in the waters off Vladivostok this year.',
    '11 at_least item oil RUS PRK',
  ],
  [
    'Russia kept fuel flowing all year. Monitors recorded at least 11 suspected transfers in Russian waters this year.',
    '11 at_least item oil RUS PRK',
  ],
  ['The panel found 16 ship-to-ship transfers near Nakhodka in 2024.', '16 exact item oil RUS PRK'],
  [
    'The team documented at least 12 ship-to-ship transfers between North Korean tankers and Russian-flagged vessels.',
    '12 at_least item oil RUS PRK',
  ],
  [
    'Analysts counted 40 illicit transfers at sea involving North Korean ships in 2023.',
    '40 exact item oil - PRK',
  ],
  ['The report counts 12 suspected transfers of arms by sea.', '12 exact item munitions PRK RUS'],
  [
    'North Korea exported coal to China. Coast guards saw 30 ship-to-ship transfers of coal near Ningbo.',
    '30 exact item trade PRK CHN',
  ],
  [
    'In its annual report, the ministry said it had spotted 18 ship-to-ship transfers involving North Korean tankers.',
    '18 exact item oil - PRK',
  ],
  [
    'Moscow denies breaking the cap. In its latest report, the panel counted 25 ship-to-ship transfers of refined products to North Korean vessels.',
    '25 exact item oil - PRK',
  ],
]);

add('goods', [
  [
    'China shipped goods worth $168 million to North Korea in May.',
    '168000000 exact usd trade CHN PRK',
  ],
  [
    'China exported goods worth $1.9 billion to North Korea last year.',
    '1900000000 exact usd trade CHN PRK',
  ],
  [
    'North Korea exported goods worth $292 million to China last year.',
    '292000000 exact usd trade PRK CHN',
  ],
  ['Russia sold goods worth $20 million to the North in 2024.', '20000000 exact usd trade RUS PRK'],
  [
    'Russia has sold the North goods worth some $30 million this year.',
    '30000000 approx usd trade RUS PRK',
  ],
  [
    'The two countries traded goods worth $226 million in December.',
    '226000000 exact usd trade * *',
  ],
  [
    'Beijing sent merchandise worth $90 million to Pyongyang in the first quarter.',
    '90000000 exact usd trade CHN PRK',
  ],
  [
    'China shipped goods valued at $210 million to North Korea in June, up 8% from a year earlier.',
    '210000000 exact usd trade CHN PRK | 8 exact percent trade CHN PRK',
  ],
  [
    'Chinese firms shipped commodities worth about $50 million to the North in April.',
    '50000000 approx usd trade CHN PRK',
  ],
  [
    'North Korea exported goods worth just $292 million last year.',
    '292000000 exact usd trade PRK -',
  ],
  [
    'Russia shipped fuel worth $80 million to North Korea last year.',
    '80000000 exact usd oil RUS PRK',
  ],
  ['China sent rice worth $12 million to the North in March.', '12000000 exact usd food CHN PRK'],
]);

add('supply', [
  ['China supplies roughly 500,000 tonnes of crude a year.', '500000 approx tonne oil CHN PRK'],
  [
    'Analysts believe China supplies roughly 500,000 tonnes of crude oil a year through a pipeline.',
    '500000 approx tonne oil CHN PRK',
  ],
  ['China sends about 500,000 tonnes of crude oil a year.', '500000 approx tonne oil CHN PRK'],
  [
    'Beijing is thought to pipe about 500,000 tonnes of crude oil a year across the border.',
    '500000 approx tonne oil CHN PRK',
  ],
  ['China shipped 45,000 tonnes of diesel last year.', '45000 exact tonne oil CHN PRK'],
  [
    'China shipped 58,000 tonnes of wheat flour and 31,000 tonnes of rice over the eight months.',
    '58000 exact tonne food CHN PRK | 31000 exact tonne food CHN PRK',
  ],
  [
    'Beijing delivered some 30,000 tonnes of corn in the spring.',
    '30000 approx tonne food CHN PRK',
  ],
  [
    'China has supplied about 100,000 tonnes of fertiliser and 20,000 tonnes of rice this year.',
    '100000 approx tonne * * * | 20000 * tonne food CHN PRK',
  ],
  ['Russia supplies about 1 million barrels of fuel a year.', '1000000 approx barrel oil RUS PRK'],
  ['Moscow has delivered 50,000 tonnes of wheat since January.', '50000 exact tonne food RUS PRK'],
  ['China exported 60,000 tonnes of rice last year.', '60000 exact tonne food CHN -'],
  ['Russia exports about 5 million barrels of crude a day.', '5000000 approx barrel oil RUS -'],
  ['China sold 60,000 tonnes of rice to North Korea last year.', '60000 exact tonne food CHN PRK'],
  [
    'China shipped 45,000 tonnes of refined petroleum products to North Korea last year.',
    '45000 exact tonne oil CHN PRK',
  ],
]);

add('pair', [
  [
    'Trade between North Korea and China came to $2.2 billion. Russia was a distant second, with recorded trade of $25 million.',
    '2200000000 exact usd trade PRK CHN | 25000000 exact usd trade RUS PRK',
  ],
  [
    "China's trade with North Korea rose to $2.2 billion last year. Russia came a distant second at $50 million.",
    '2200000000 exact usd trade CHN PRK | 50000000 exact usd trade RUS PRK',
  ],
  [
    "Beijing's trade with Pyongyang reached $2.3 billion. Moscow's trade was a fraction of that, at $34 million.",
    '2300000000 exact usd trade CHN PRK | 34000000 exact usd trade RUS PRK',
  ],
  [
    "China accounts for the bulk of North Korea's commerce, $2.2 billion last year. Russian trade stood at about $34 million.",
    '2200000000 exact usd trade PRK CHN | 34000000 approx usd trade RUS PRK',
  ],
  ["North Korea's trade volume came to $2.27 billion in 2024.", '2270000000 exact usd trade PRK -'],
  [
    "North Korea's total trade volume was about $2.7 billion last year.",
    '2700000000 approx usd trade PRK -',
  ],
  [
    "North Korea's trade volume with China came to $2.2 billion in 2024.",
    '2200000000 exact usd trade PRK CHN',
  ],
  [
    "The North's trade volume rose 12% to $2.5 billion last year.",
    '12 exact percent trade PRK - | 2500000000 exact usd trade PRK -',
  ],
  [
    "North Korea's exports to China rose 20% to $300 million.",
    '20 exact percent trade PRK CHN | 300000000 exact usd trade PRK CHN',
  ],
  [
    "Beijing's imports from Pyongyang fell by half to $90 million.",
    '50 exact percent trade PRK CHN | 90000000 exact usd trade PRK CHN',
  ],
  [
    "North Korea's total trade came to $2.7 billion last year, down 3.4 percent from the year before.",
    '2700000000 exact usd trade PRK - | 3.4 exact percent trade PRK -',
  ],
  [
    "Russia's trade with North Korea came to $34 million last year, of which fuel accounted for $12 million.",
    '34000000 exact usd trade RUS PRK | 12000000 exact usd trade RUS PRK',
  ],
  [
    'Mineral fuels made up about a third of Russian exports to North Korea by value.',
    '33.33 approx percent trade RUS PRK',
  ],
]);

add('third', [
  [
    'China declared 8,700 tonnes of refined petroleum products for the first nine months.',
    '8700 exact tonne oil CHN PRK',
  ],
  [
    'For comparison, Beijing declared about 9,000 tonnes of refined products for the same period.',
    '9000 approx tonne oil CHN PRK',
  ],
  [
    "Beijing's exports were led by sugar and fabrics, and rice shipments rose to about 98,000 tonnes.",
    '98000 approx tonne food CHN PRK',
  ],
  [
    "China's sales abroad were led by soybean oil, and flour shipments reached 40,000 tonnes.",
    '40000 exact tonne food CHN PRK',
  ],
  [
    "China's deliveries of fuel are small: roughly 65,000 barrels so far this year.",
    '65000 approx barrel oil CHN PRK',
  ],
  ['Russia delivered 100,000 tonnes of wheat in 2024.', '100000 exact tonne food RUS PRK'],
  [
    'About 1.2 million barrels of diesel reached the North last year.',
    '1200000 approx barrel oil RUS PRK',
  ],
]);

add('imports', [
  [
    'Rice imports from China rose to about 64,000 tons, the report showed.',
    '64000 approx tonne food CHN PRK',
  ],
  [
    'Rice imports from China rose to about 64,000 tons as Pyongyang tried to steady grain prices.',
    '64000 approx tonne food CHN PRK',
  ],
  ['Fuel imports from China reached 200,000 barrels last year.', '200000 exact barrel oil CHN PRK'],
  [
    'Fuel imports from Russia reached 200,000 barrels in the first half.',
    '200000 exact barrel oil RUS PRK',
  ],
  [
    'Imports of flour from China climbed to 50,000 tonnes in 2024.',
    '50000 exact tonne food CHN PRK',
  ],
  [
    'Diesel imports from China fell 30% to 40,000 tonnes.',
    '30 exact percent oil CHN PRK | 40000 exact tonne oil CHN PRK',
  ],
  [
    "North Korea's rice imports from China rose to about 64,000 tons.",
    '64000 approx tonne food CHN PRK',
  ],
]);

add('based', [
  [
    'According to the Open Source Centre, a London-based research group, about 9,400 railcars crossed the bridge into Russia this year.',
    '9400 approx vehicle trade PRK RUS',
  ],
  [
    'About 9,400 railcars crossed the bridge into Russia this year, a London-based research group said.',
    '9400 approx vehicle trade PRK RUS',
  ],
  [
    'A Washington-based think tank counted some 300 containers leaving Rajin for Russia in March.',
    '300 approx container munitions PRK RUS',
  ],
  [
    'NK News, a Seoul-based outlet, said North Korea sent 2,000 more troops to Russia.',
    '2000 exact person personnel PRK RUS',
  ],
  [
    'Seoul-based analysts think about 2,000 North Korean soldiers have been killed.',
    '2000 approx person casualties PRK -',
  ],
  [
    'A Tokyo-based researcher estimated that Russia shipped 1 million barrels of oil to the North.',
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Vladivostok-based tour operators sent about 2,300 tourists to North Korea last year.',
    '2300 approx person other RUS PRK',
  ],
  [
    'A Vladivostok-based trading firm shipped 40,000 barrels of diesel to the North in May.',
    '40000 exact barrel oil RUS PRK',
  ],
  [
    'The count comes from a London-based research group. It saw about 240 freight wagons at the Tumangang yard.',
    '240 approx vehicle trade PRK RUS',
  ],
  [
    'Imagery was reviewed by a Washington-based monitoring project. At least 24 cargo vessels called at Rajin between January and May.',
    '24 at_least vehicle trade PRK RUS',
  ],
  [
    'A Kyiv-based analyst said about 1,000 North Korean shells reach the front each day.',
    '1000 approx shell munitions PRK RUS',
  ],
]);

add('shares', [
  [
    "Hair products accounted for about 60% of North Korea's shipments to China.",
    '60 approx percent trade PRK CHN',
  ],
  [
    "Wigs made up more than half of North Korea's exports to China last year.",
    '50 more_than percent trade PRK CHN',
  ],
  [
    "North Korea sells little abroad. Hair products made up more than half of China's purchases from its neighbour.",
    '50 more_than percent trade PRK CHN',
  ],
  [
    "Wigs made up more than half of China's imports from North Korea.",
    '50 more_than percent trade PRK CHN',
  ],
  [
    'Fuels made up about a third of Russian exports to North Korea by value.',
    '33.33 approx percent trade RUS PRK',
  ],
  [
    "Flour accounted for about 40% of Russia's shipments to the North.",
    '40 approx percent trade RUS PRK',
  ],
  [
    "China accounts for about 98% of North Korea's recorded trade.",
    '98 approx percent trade PRK CHN',
  ],
  [
    "Banned goods once made up more than 90 per cent of North Korea's shipments to China.",
    '90 more_than percent trade PRK CHN',
  ],
  ["Rice made up a fifth of China's exports to the North in May.", '20 exact percent * CHN PRK'],
  [
    "Processed foods were about a tenth of China's sales to North Korea in 2024.",
    '10 approx percent * CHN PRK',
  ],
  [
    "Diesel made up a quarter of Russia's deliveries to the North last year.",
    '25 exact percent * RUS PRK',
  ],
  [
    "Hair goods made up 55% of North Korea's shipments to China in the first half.",
    '55 exact percent trade PRK CHN',
  ],
]);

add('cap-lists', [
  [
    "UN resolutions cap North Korea's imports of refined products at 500,000 barrels a year and those of crude oil at 4 million barrels a year.",
    '500000 exact barrel oil - PRK | 4000000 exact barrel oil - PRK',
  ],
  [
    "The Security Council capped the North's imports of refined petroleum at 500,000 barrels a year and crude oil at 4 million barrels.",
    '500000 exact barrel oil - PRK | 4000000 exact barrel oil - PRK',
  ],
  [
    'The Security Council limits North Korea to 500,000 barrels of refined products a year and 4 million barrels of crude oil.',
    '500000 exact barrel oil - PRK | 4000000 exact barrel oil - PRK',
  ],
  [
    "Russia has shipped far more fuel than allowed. The UN caps the North's refined imports at 500,000 barrels a year.",
    '500000 exact barrel oil - PRK',
  ],
  ['The resolutions cap crude oil at 4 million barrels a year.', '4000000 exact barrel oil - PRK'],
  [
    'Russia sent 1 million barrels of fuel to the North, twice the UN cap of 500,000 barrels.',
    '1000000 exact barrel oil RUS PRK | 500000 exact barrel oil - PRK',
  ],
  [
    'The UN caps refined imports at 500,000 barrels a year, but Russia shipped 1 million barrels.',
    '500000 exact barrel oil - PRK | 1000000 exact barrel oil RUS PRK',
  ],
]);

describe('transfers at sea', () => {
  it('reads a sea named after a country (East China Sea, Sea of Japan) as no side', () => {
    expectFigures(family('seas'));
  });
  it('reads hidden transfers as of fuel, sent from the waters or flag named, else by no one', () => {
    expectFigures(family('hidden'));
  });
});

describe('goods and their senders', () => {
  it('reads goods worth a sum as trade between the sender and the receiver', () => {
    expectFigures(family('goods'));
  });
  it('reads fuel and food a third country sends, with no receiver named, as sent to the North', () => {
    expectFigures(family('supply'));
  });
  it('reads fuel and food in a sentence naming only a third country as sent by it', () => {
    expectFigures(family('third'));
  });
  it('reads fuel and food imported from a country, by no one named, as bought by the North', () => {
    expectFigures(family('imports'));
  });
});

describe('where a body sits', () => {
  it('reads a place before "-based" and a noun of a body that reports as no side', () => {
    expectFigures(family('based'));
  });
});

describe('caps', () => {
  it('reads every figure of a list joined to a cap as a cap on the North', () => {
    expectFigures(family('cap-lists'));
  });
});

describe('trade partners', () => {
  it("reads a second partner's trade as with the North, and a trade volume as a whole", () => {
    expectFigures(family('pair'));
  });
  it("reads a share of one country's shipments to, or purchases from, another as of their trade", () => {
    expectFigures(family('shares'));
  });
});
