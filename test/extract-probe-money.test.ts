// The money battery: the kind and the sides of sums and counts that reporting on what the North
// earns uses (theft by its hackers, ships a government designates, tourists, a payment set
// against the North's economy, pay quoted by a trade official, a sum restated beside the trade it
// is measured against), in sentences of our own, each with every claim it should give. Probes the
// engine misreads today are left out:
//   - "$81 million from Bangladesh's central bank": a victim named only by a possessive after
//     "from" is not read as the payer;
//   - "Japan has imposed asset freezes on 11 vessels", "sanctions have targeted dozens of ships",
//     "added 40 vessels to its sanctions list": only the verb "designate" is read as a listing
//     (annotators read "imposed sanctions on 14 vessels" both as a listing and as the oil trade);
//   - "3,000 residents of the region had booked trips to North Korea": people booking trips are
//     not read as tourists;
//   - "Some 3,000 Russians went to the North on holiday": a holiday is not read as a visit.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('theft', [
  [
    'North Korean hackers stole more than $2 billion in cryptocurrency last year, far more than the country earns from its exports.',
    '2000000000 more_than usd money - PRK',
  ],
  [
    'Analysts say groups tied to Pyongyang have stolen some $3 billion since 2017, more than its official exports.',
    '3000000000 approx usd money - PRK',
  ],
  [
    "North Korea's Crypto Haul Tops $1 Billion, Dwarfing Its Exports",
    '1000000000 more_than usd money - PRK',
  ],
  [
    'The theft of $600 million from a gaming network in 2022 was blamed on the North.',
    '600000000 exact usd money - PRK',
  ],
  [
    'Hackers working for Pyongyang took about $1.5 billion from an exchange in Dubai in February.',
    '1500000000 approx usd money - PRK',
  ],
  [
    'Digital heists brought the regime an estimated $900 million this year, three times what its coal exports once earned.',
    '900000000 approx usd money - PRK',
  ],
  [
    "Cyber theft brought in about $3 billion between 2017 and 2023, while North Korea's official exports were only $300 million.",
    '3000000000 approx usd money - PRK | 300000000 exact usd trade PRK -',
  ],
  [
    "The North's hackers stole $1.3 billion in 2024, or 61 percent of all the crypto stolen worldwide.",
    '1300000000 exact usd money - PRK | 61 exact percent money - PRK',
  ],
  [
    'Chainalysis estimates that North Korean hackers have stolen $700 million in crypto this year, more than the value of its trade with Russia.',
    '700000000 exact usd money - PRK',
  ],
  [
    'Stolen crypto, not exports, is now the main earner: the hackers took $1.1 billion in the first half.',
    '1100000000 exact usd money - PRK',
  ],
]);

add('designations', [
  [
    'The United States on Monday designated seven vessels accused of moving Russian fuel to North Korea.',
    '7 exact vehicle other - -',
  ],
  [
    'The Treasury designated five tankers that had carried Russian diesel to the North.',
    '5 exact vehicle other - -',
  ],
  ['Britain designated three more tankers the same day.', '3 exact vehicle other - -'],
  [
    'At least 14 tankers involved in the oil trade have been designated by the UN.',
    '14 at_least vehicle other - -',
  ],
  [
    'Japan has designated 11 vessels involved in the fuel trade with North Korea.',
    '11 exact vehicle other - -',
  ],
  [
    'Washington has designated more than 20 North Korean tankers since 2018.',
    '20 more_than vehicle other - -',
  ],
  [
    'Of the ships named in the report, 27 vessels have been designated by member states.',
    '27 exact vehicle other - -',
  ],
  [
    'The UK designated eight ships linked to the North Korean fuel trade in May.',
    '8 exact vehicle other - -',
  ],
  [
    'Canada designates 12 vessels over Russian oil deliveries to Pyongyang',
    '12 exact vehicle other - -',
  ],
  [
    'Six tankers that shipped Russian fuel to the North were designated by the EU last week.',
    '6 exact vehicle other - -',
  ],
]);

add('tourists', [
  [
    'About 8,500 Russians traveled to North Korea as tourists in 2025, up from roughly 1,500 in 2024.',
    '8500 approx person other RUS PRK | 1500 approx person other RUS PRK',
  ],
  [
    'Some 4,000 Chinese citizens travelled to the North as tourists before the pandemic.',
    '4000 approx person other CHN PRK',
  ],
  [
    'More than 900 Russians went to Wonsan as holidaymakers this summer, the agency said.',
    '900 more_than person other RUS PRK',
  ],
  [
    'About 1,500 Russians visited North Korea last year, nearly all on tours run by one agency.',
    '1500 approx person other RUS PRK',
  ],
  [
    'North Korea received some 3,000 Russian tourists last year.',
    '3000 approx person other RUS PRK',
  ],
  [
    'About 2,000 Russian tourists visited the North in the first nine months of the year.',
    '2000 approx person other RUS PRK',
  ],
]);

add('economy-shares', [
  [
    "That sum is roughly two-thirds of North Korea's annual output.",
    '66.67 approx percent money RUS PRK',
  ],
  ['Tourism receipts are well under 0.1% of output.', '0.1 less_than percent money RUS PRK'],
  [
    "The payments amount to about 70% of North Korea's GDP, and dwarf its official trade.",
    '70 approx percent money RUS PRK',
  ],
  [
    "The windfall is about a third of the North's annual output, the economist said.",
    '33.33 approx percent money RUS PRK',
  ],
  [
    "The income was equivalent to nearly 60 percent of North Korea's gross domestic product, and far above its official trade.",
    '60 approx percent money RUS PRK',
  ],
  [
    "That money is perhaps a quarter of the North's yearly economic output.",
    '25 approx percent money RUS PRK',
  ],
  [
    "North Korea's official trade is equal to about 5% of its GDP, the bank said.",
    '5 approx percent trade * *',
  ],
  [
    "Defence plants now account for as much as 30% of the North's industrial output.",
    '30 up_to percent other PRK -',
  ],
]);

add('posts', [
  [
    'For construction troops the rate is lower, at around $800 per person per month, according to a North Korean trade official in Vladivostok.',
    '800 approx usd money RUS PRK',
  ],
  [
    'Builders sent to Kursk get about $600 a month each, a Russian trade representative said.',
    '600 approx usd money RUS PRK',
  ],
  [
    'Each soldier is paid about $2,000 a month, trade officials in Moscow said.',
    '2000 approx usd money RUS PRK',
  ],
]);

add('accounts', [
  [
    "About 2 billion rubles had passed through North Korean trading companies' accounts at a Russian bank by June.",
    '2000000000 approx rub money RUS PRK',
  ],
  [
    'Some 5 billion rubles moved through accounts of North Korean trade firms in Vladivostok last year.',
    '5000000000 approx rub money RUS PRK',
  ],
  [
    'Balances in the accounts of North Korean trading companies reached about 40 billion rubles.',
    '40000000000 approx rub money RUS PRK',
  ],
  [
    'About 2 billion rubles in payments to North Korean entities passed through those accounts.',
    '2000000000 approx rub money RUS PRK',
  ],
]);

add('income-shares', [
  [
    'No more than a quarter of the income reached Pyongyang as hard currency, the economist estimates.',
    '25 up_to percent money RUS PRK',
  ],
  ['Only a third of the proceeds went to the regime.', '33.33 exact percent money RUS PRK'],
  [
    'About 60% of the deposits appeared to be linked to arms deals, the ministry said.',
    '60 approx percent money RUS PRK',
  ],
  ['Roughly half of the income reached North Korea in cash.', '50 approx percent money RUS PRK'],
  ['Perhaps 40 percent of the receipts were paid in rubles.', '40 approx percent money RUS PRK'],
]);

add('apposed-sums', [
  [
    "Lim estimates the package is worth up to $4 billion a year to Pyongyang, a sum that would rival the country's entire official trade.",
    '4000000000 up_to usd money RUS PRK',
  ],
  [
    "Russia's payments are worth about $1 billion a year to the North, a figure larger than all its exports.",
    '1000000000 approx usd money RUS PRK',
  ],
  [
    "Moscow's payments could be worth $3 billion to Pyongyang, a sum far above its recorded trade.",
    '3000000000 exact usd money RUS PRK',
  ],
]);

describe('theft', () => {
  it("reads a sum the North's hackers stole as money with no payer, whatever exports it is compared with", () => {
    expectFigures(family('theft'));
  });
});

describe('designations', () => {
  it('reads ships a government designates as listed, flowing nowhere, not as carriers of the oil', () => {
    expectFigures(family('designations'));
  });
});

describe('tourists', () => {
  it('reads people who travel "as tourists" as visitors from their country to the one visited', () => {
    expectFigures(family('tourists'));
  });
});

describe('shares of an economy', () => {
  it("reads a sum set against the North's economy as the payment, and trade's own share as trade", () => {
    expectFigures(family('economy-shares'));
  });
});

describe('posts', () => {
  it("reads a word of trade before an official's post as the post, not the kind of the pay quoted", () => {
    expectFigures(family('posts'));
  });
});

describe('accounts', () => {
  it('reads rubles through the accounts of trading firms as payments to the North, not trade', () => {
    expectFigures(family('accounts'));
  });
});

describe('shares of income', () => {
  it('reads a share of the income, proceeds or deposits as money paid to the North, where it reached', () => {
    expectFigures(family('income-shares'));
  });
});

describe('apposed sums', () => {
  it('reads a payment restated by "a sum" or "a figure" as money against the trade it is measured by', () => {
    expectFigures(family('apposed-sums'));
  });
});
