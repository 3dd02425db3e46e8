// The second figure battery: figures found, missed for want of a noun or a unit, or read in
// error, in sentences of our own: prices in won by the kilogram, won after a price in the North's
// markets, bare rates whose noun stands in the sentence before, nouns of people and of tanker
// traffic, and small counts of people told of before ("the two men"), which report nothing.
// Probes the engine misreads today are left out:
//   - "Russia fired about 9,000 shells a day in March. By June it was closer to 7,000 a day.": the
//     bare rate is found as shells but given the usual way of shells (North Korea to Russia), not
//     the sides of the figure it goes on from.
//   - "North Korea has delivered about 100 ballistic missiles to Russia. It may be producing 10 a
//     month.": found as missiles, but read as Russia's, with no receiver.
//   - "Russia launched about 40 North Korean missiles in January, but fewer than ten a month by
//     December.", "Loadings fell from 60 containers a day to about eight a day.": a small count
//     spelled out as a rate is not read. Reading it finds the figure, but its period or kind is
//     then misread in two annotated sets, so it was left.
//   - "RUSI tracked 27 tankers. Nineteen of them were falsely flagged.": a small spelled-out part
//     of a count is not read; annotators split on the kind of such a part (oil, or other).
//   - "Officials said container shipments had dropped to about 900 a month.": a unit that only
//     modifies another noun ("container shipments") lends it no count.
//   - "States reported nine suspected ship-to-ship transfers of fuel last year.": a small
//     spelled-out count of events with no bound is read as narrative.
//   - "Eggs were 500 won apiece.": found in won, but of no goods (eggs are no food cue).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('won by the kilogram', [
  ['Rice sold for 6,200 won per kilogram in Hyesan last week.', '6200 exact kpw other PRK -'],
  ['Corn was going for 3,100 won a kilogram, a trader said.', '3100 exact kpw other PRK -'],
  [
    'Gasoline now sells for about 12,000 won a kilogram in Pyongyang.',
    '12000 approx kpw other PRK -',
  ],
  ['Diesel hits 16,000 won a kilogram as Russian fuel dries up', '16000 exact kpw other PRK -'],
  [
    'In Rason, flour was selling at roughly 4,500 won per kilogram in May.',
    '4500 approx kpw other PRK -',
  ],
  [
    'Petrol cost more than 18,000 won a kilogram at the start of the year, traders said.',
    '18000 more_than kpw other PRK -',
  ],
  ['Maize fetched around 2,900 won per kg in Sinuiju this week.', '2900 approx kpw other PRK -'],
  [
    'Rice prices climbed to 8,000 won a kilogram, the highest in a decade.',
    '8000 exact kpw other PRK -',
  ],
  [
    'Diesel was selling for 13,500 won a kilogram in late May, up from 11,000 won in March.',
    '13500 exact kpw other PRK - | 11000 exact kpw other PRK -',
  ],
  // A price in dollars of a barrel or a tonne is still no claim.
  ['Brent crude traded at $75 a barrel last week.', 'none'],
  ['Russian wheat sells abroad for about $230 per tonne.', 'none'],
]);

add('won after a market price', [
  [
    'A kilogram of rice sold for 6,000 won in Chongjin markets in March.\nDiesel fell to 12,000 won from 14,000 won over the same weeks.',
    '6000 exact kpw other PRK - | 12000 exact kpw other PRK - | 14000 exact kpw other PRK -',
  ],
  [
    'Rice reached 7,000 won a kilogram in Hyesan, a source said.\nA year earlier the dollar fetched around 9,000 won.',
    '7000 exact kpw other PRK - | 9000 approx kpw other PRK -',
  ],
  [
    'Gasoline sold for 15,000 won a kilogram in Sinuiju in May. Corn went for 2,800 won.',
    '15000 exact kpw other PRK - | 2800 exact kpw other PRK -',
  ],
  // A sentence that names South Korea, or a sum with no North Korean price before it, keeps
  // South Korea's won.
  [
    "Rice sold for 7,000 won a kilogram in Hyesan. A South Korean court fined a ship's captain 20 million won.",
    '7000 exact kpw other PRK - | 20000000 exact krw other - -',
  ],
  [
    'A South Korean court fined the captain 20 million won last year.',
    '20000000 exact krw other - -',
  ],
]);

add('bare rates after the sentence before', [
  [
    'North Korea has sent about 28,000 containers to Russia since 2023. That is roughly 1,200 a month.',
    '28000 approx container munitions PRK RUS | 1200 approx container munitions PRK RUS',
  ],
  [
    'Shipments averaged 1,900 containers a month in late 2023, when four cargo ships were running. They averaged about 1,300 a month in 2024 and fell below 500 a month in 2025.',
    '1900 exact container munitions PRK RUS | 4 exact vehicle munitions PRK RUS | 1300 approx container munitions PRK RUS | 500 less_than container munitions PRK RUS',
  ],
  [
    'Satellite images showed about 30 freight wagons a day at the Tumangang yard in 2024. This year the yard has averaged more than 170 a day.',
    '30 approx vehicle * * * | 170 more_than vehicle * * *',
  ],
  [
    'North Korea sent some 800 containers a month to Russia early this year. Last year it sent about 1,400 a month.',
    '800 approx container munitions PRK RUS | 1400 approx container munitions PRK RUS',
  ],
  [
    'Pyongyang shipped 20,000 containers to Russia in 2024. They averaged roughly 1,600 a month.',
    '20000 exact container munitions PRK RUS | 1600 approx container munitions PRK RUS',
  ],
  [
    'By our count, Pyongyang has sent 9 million shells to Russia. That works out at some 300,000 a month.',
    '9000000 exact shell munitions PRK RUS | 300000 approx shell munitions PRK RUS',
  ],
  [
    'Rail yards at Tumangang held 60 railcars a day in the spring, when loading peaked. They held about 20 a day by autumn.',
    '60 exact vehicle * * * | 20 approx vehicle * * *',
  ],
  [
    'The NIS said North Korea had sent 15,000 containers by April. That would be about 1,000 a month since the trade began.',
    '15000 exact container munitions PRK RUS | 1000 approx container munitions PRK RUS',
  ],
]);

add('visitors, martyrs and tanker traffic', [
  [
    'Chinese tour groups brought an estimated 350,000 visitors to North Korea in 2019.',
    '350000 approx person other CHN PRK',
  ],
  [
    'Russian tour operators sent fewer than 5,000 visitors to North Korea last year.',
    '5000 less_than person other RUS PRK',
  ],
  [
    'About 1,500 Russian visitors went to the Wonsan resort in its first summer.',
    '1500 approx person other RUS PRK',
  ],
  [
    'State media spoke of hundreds of North Korean martyrs who died in Kursk.',
    '~200 vague person casualties PRK -',
  ],
  ['Imagery showed at least 70 tanker calls at Rajin in 2025.', '70 at_least item oil RUS PRK'],
  [
    'Analysts counted 43 tanker visits to Vostochny between March and November.',
    '43 exact item oil * *',
  ],
]);

add('people told of before', [
  ['Kyiv said it was ready to hand the two soldiers over to Pyongyang in a swap.', 'none'],
  ['The two men have been questioned at length by Ukrainian intelligence officers.', 'none'],
  ['When Putin visited Pyongyang, the two men signed a mutual defence treaty.', 'none'],
  ['These three men are a symbol of a war nobody at home may mention.', 'none'],
  ['The SBU said the two men, captured in Kursk, had been flown to Kyiv.', 'none'],
  // A nationality, or what befell them, still makes the count a figure.
  [
    'Ukraine still holds the two North Korean prisoners captured in Kursk.',
    '2 exact person casualties PRK -',
  ],
  [
    'Officials said there were no prisoners beyond the two soldiers captured by Ukrainian forces in January.',
    '2 exact person casualties * *',
  ],
  [
    'Ukrainian forces captured two North Korean soldiers in Kursk in January.',
    '2 exact person casualties PRK -',
  ],
]);

describe('figures found for want of a noun or a unit', () => {
  it('reads a price in won by the kilogram as a price in the North, not a dollar price', () => {
    expectFigures(family('won by the kilogram'));
  });

  it('reads won after a market price as North Korean won, unless South Korea is named', () => {
    expectFigures(family('won after a market price'));
  });

  it('lends a bare rate the noun of the rate or count in the sentence before', () => {
    expectFigures(family('bare rates after the sentence before'));
  });

  it('counts visitors and martyrs as people and tanker calls and visits as events', () => {
    expectFigures(family('visitors, martyrs and tanker traffic'));
  });
});

describe('figures read that report nothing', () => {
  it('reads no count in "the two men" who were told of before', () => {
    expectFigures(family('people told of before'));
  });
});
