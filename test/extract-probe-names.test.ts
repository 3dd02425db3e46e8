// The names battery: the gazetteer's names for the actors of this beat in each role (sender,
// receiver, payer, owner of losses, trade partner, a source's affiliation), and words that look like
// a country but are not one, in sentences of our own, each with every claim it should give. A "*"
// marks a sentence annotators split on: any reading passes. Probes the engine misreads today are
// left out:
//   - "The People's Republic has shipped 10,000 tonnes of rice to North Korea.": "the People's
//     Republic" alone is not a name of China, so the rice is read as sent by Russia.
//   - "About 10,000 tonnes of Chinese rice reached North Korea." and "About 10,000 tonnes of
//     Beijing's rice reached North Korea.": an adjective or possessive of China before the goods
//     does not name the sender, which falls back to Russia.
//   - "According to 38 North, North Korea has sent about 11,000 troops to Russia.": "38 North" is
//     not read as a source after "according to", so the figure has no credit.
import { describe, it } from 'vitest';
import { extract } from '../src/extract/index.ts';
import {
  PUBLISHED,
  capitalized,
  expectFigures,
  expectNoMisses,
  figureOf,
  noCredit,
  ofFamily,
  probeTable,
  person,
  sameCredit,
} from './extract-probe-support.ts';
import type { Credit, FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

// ---------- North Korea in every form reporting uses ----------
const prk = [
  'North Korea',
  'N. Korea',
  'N Korea',
  'NK',
  'the DPRK',
  'DPRK',
  "the Democratic People's Republic of Korea",
  'the North',
  'Pyongyang',
  "Kim's regime",
  'the Kim regime',
  'the Hermit Kingdom',
  'the reclusive state',
];
add(
  'prk-sender',
  prk.map((n) => [
    `${capitalized(n)} has sent about 11,000 troops to Russia.`,
    '11000 approx person personnel PRK RUS',
  ]),
);
add(
  'prk-receiver',
  prk.map((n) => [
    `Russia shipped 1 million barrels of oil to ${n}.`,
    '1000000 exact barrel oil RUS PRK',
  ]),
);
add(
  'prk-payee',
  prk.map((n) => [
    `Russia paid ${n} $500 million for the shells.`,
    '500000000 exact usd money RUS PRK',
  ]),
);
add('prk-adjective', [
  [
    'About 3,000 North Korean troops were killed or wounded.',
    '3000 approx person casualties PRK -',
  ],
  ['About 3,000 N. Korean troops were killed or wounded.', '3000 approx person casualties PRK -'],
  ['About 3,000 DPRK troops were killed or wounded.', '3000 approx person casualties PRK -'],
  ['About 3,000 NK troops were killed or wounded.', '3000 approx person casualties PRK -'],
  [
    "About 3,000 of Pyongyang's soldiers were killed or wounded.",
    '3000 approx person casualties PRK -',
  ],
  [
    "About 3,000 of the North's soldiers were killed or wounded.",
    '3000 approx person casualties PRK -',
  ],
  ["About 3,000 of Kim's soldiers were killed or wounded.", '3000 approx person casualties PRK -'],
  ['Some 4,000 North Koreans have been killed or wounded.', '4000 approx person casualties PRK -'],
  ["Pyongyang's losses have reached 4,000.", '4000 exact person casualties PRK -'],
  ["The North's casualties have reached 4,000.", '4000 exact person casualties PRK -'],
  ["North Korea's casualties have reached 4,000.", '4000 exact person casualties PRK -'],
  [
    'Some 100 North Korean-made missiles have reached Russia.',
    '100 approx missile missiles PRK RUS',
  ],
]);
// Losses and trade have no default direction, so only the name can give the side.
add(
  'prk-losses',
  prk.map((n) => [
    `${capitalized(n)} has lost about 4,000 soldiers in Kursk.`,
    '4000 approx person casualties PRK -',
  ]),
);
add(
  'prk-trade',
  prk.map((n) => [
    `Trade between China and ${n} rose 10% last year.`,
    '10 exact percent trade CHN PRK',
  ]),
);
const prkAdj = [
  'North Korean',
  'N. Korean',
  'N Korean',
  'DPRK',
  'NK',
  "of Pyongyang's",
  "of the North's",
  "of Kim's",
  "of the regime's",
];
add(
  'prk-adj-losses',
  prkAdj.map((n) => [
    `About 3,000 ${n} soldiers were killed or wounded.`,
    '3000 approx person casualties PRK -',
  ]),
);

// ---------- Russia in every form ----------
const rus = ['Russia', 'the Russian Federation', 'Moscow', 'the Kremlin', "Putin's Russia"];
add(
  'rus-sender',
  rus.map((n) => [
    `${capitalized(n)} has shipped 1 million barrels of oil to North Korea.`,
    '1000000 exact barrel oil RUS PRK',
  ]),
);
add(
  'rus-receiver',
  rus.map((n) => [
    `North Korea has sent 11,000 troops to ${n}.`,
    '11000 exact person personnel PRK RUS',
  ]),
);
add(
  'rus-payer',
  rus.map((n) => [
    `${capitalized(n)} paid North Korea $500 million.`,
    '500000000 exact usd money RUS PRK',
  ]),
);
add('rus-possessive', [
  [
    "Russia's oil deliveries to North Korea reached 1 million barrels.",
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    "Moscow's oil deliveries to Pyongyang reached 1 million barrels.",
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    "The Kremlin's oil deliveries to the North reached 1 million barrels.",
    '1000000 exact barrel oil RUS PRK',
  ],
  [
    'Russian oil deliveries to the DPRK reached 1 million barrels.',
    '1000000 exact barrel oil RUS PRK',
  ],
  ['Russian casualties reached 1,000 a day.', '1000 exact person casualties RUS -'],
  ["Moscow's losses reached 1,000 a day.", '1000 exact person casualties RUS -'],
]);
add(
  'rus-losses',
  rus.map((n) => [
    `${capitalized(n)} has lost about 1,000 soldiers a day.`,
    '1000 approx person casualties RUS -',
  ]),
);
add(
  'rus-trade',
  [...rus, 'the Russians'].map((n) => [
    `Trade between China and ${n} rose 10% last year.`,
    '10 exact percent trade CHN RUS',
  ]),
);

// ---------- the other states of the beat ----------
const kor = [
  'South Korea',
  'S. Korea',
  'S Korea',
  'the ROK',
  'ROK',
  'the Republic of Korea',
  'Seoul',
];
add(
  'kor',
  kor.map((n) => [
    `${capitalized(n)} has sent 1,000 shells to Ukraine.`,
    '1000 exact shell munitions KOR UKR',
  ]),
);
add(
  'kor-trade',
  kor.map((n) => [
    `North Korea's trade with ${n} fell 10% last year.`,
    '10 exact percent trade KOR PRK',
  ]),
);
const usa = [
  'the United States',
  'the U.S.',
  'the US',
  'the USA',
  'the U.S.A.',
  'America',
  'Washington',
  'the Pentagon',
  'the White House',
];
add(
  'usa',
  usa.map((n) => [
    `${capitalized(n)} has sent 1,000 missiles to Ukraine.`,
    '1000 exact missile missiles USA UKR',
  ]),
);
add('usa-adj', [
  ['About 1,000 American missiles have reached Ukraine.', '1000 approx missile missiles USA UKR'],
  ['About 1,000 U.S. missiles have reached Ukraine.', '1000 approx missile missiles USA UKR'],
  ['About 1,000 US missiles have reached Ukraine.', '1000 approx missile missiles USA UKR'],
  [
    "About 1,000 of America's missiles have reached Ukraine.",
    '1000 approx missile missiles USA UKR',
  ],
]);
const chn = ['China', 'Beijing', 'the PRC', "the People's Republic of China"];
add(
  'chn',
  chn.map((n) => [
    `${capitalized(n)} has shipped 10,000 tonnes of rice to North Korea.`,
    '10000 exact tonne food CHN PRK',
  ]),
);
add(
  'irn',
  ['Iran', 'Tehran', 'the Islamic Republic'].map((n) => [
    `${capitalized(n)} has sent 1,000 drones to Russia.`,
    '1000 exact drone weapons IRN RUS',
  ]),
);
add(
  'blr',
  ['Belarus', 'Minsk'].map((n) => [
    `${n} has sent 1,000 tonnes of grain to North Korea.`,
    '1000 exact tonne food BLR PRK',
  ]),
);
add(
  'jpn',
  ['Japan', 'Tokyo'].map((n) => [
    `${n} has sent $1 billion to Ukraine.`,
    '1000000000 exact usd money JPN UKR',
  ]),
);
add('ukr', [
  ['Russia fired 20 North Korean missiles at Kyiv.', '20 exact missile missiles RUS UKR'],
  ['Russia fired 20 North Korean missiles at Kiev.', '20 exact missile missiles RUS UKR'],
  ['Russia fired 20 North Korean missiles at Ukraine.', '20 exact missile missiles RUS UKR'],
  [
    'Russia fired 20 North Korean missiles at Ukrainian cities.',
    '20 exact missile missiles RUS UKR',
  ],
  ['About 400 Ukrainian soldiers were killed.', '400 approx person casualties UKR -'],
  ["About 400 of Kyiv's soldiers were killed.", '400 approx person casualties UKR -'],
  ['Some 400 Ukrainians were killed.', '400 approx person casualties UKR -'],
]);
add('others', [
  ['Iran has sent 1,000 drones to Russia.', '1000 exact drone weapons IRN RUS'],
  ['Tehran has sent 1,000 drones to Russia.', '1000 exact drone weapons IRN RUS'],
  ['Belarus has sent 1,000 troops to Russia.', '1000 exact person personnel BLR RUS'],
  ['The United States has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles USA UKR'],
  ['The U.S. has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles USA UKR'],
  ['The US has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles USA UKR'],
  ['The USA has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles USA UKR'],
  ['America has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles USA UKR'],
  ['Washington has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles USA UKR'],
  ['U.S. officials say 1,000 missiles have gone to Ukraine.', '*'],
  ['South Korea has sent 1,000 shells to Ukraine.', '1000 exact shell munitions KOR UKR'],
  ['S. Korea has sent 1,000 shells to Ukraine.', '1000 exact shell munitions KOR UKR'],
  ['Seoul has sent 1,000 shells to Ukraine.', '1000 exact shell munitions KOR UKR'],
  ['The ROK has sent 1,000 shells to Ukraine.', '1000 exact shell munitions KOR UKR'],
  ['Japan has sent 1,000 shells to Ukraine.', '1000 exact shell munitions JPN UKR'],
  ['Tokyo has sent 1,000 shells to Ukraine.', '1000 exact shell munitions JPN UKR'],
  ['China has sent 1,000 tonnes of rice to North Korea.', '1000 exact tonne food CHN PRK'],
  ['Beijing has sent 1,000 tonnes of rice to North Korea.', '1000 exact tonne food CHN PRK'],
  ['The PRC has sent 1,000 tonnes of rice to North Korea.', '1000 exact tonne food CHN PRK'],
  ['Britain has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles GBR UKR'],
  ['The UK has sent 1,000 missiles to Ukraine.', '1000 exact missile missiles GBR UKR'],
]);

// ---------- trade partners ----------
add(
  'trade-chn',
  chn.map((n) => [
    `North Korea's trade with ${n} rose 10% last year.`,
    '10 exact percent trade CHN PRK',
  ]),
);
add(
  'trade-rus',
  rus
    .slice(0, 4)
    .map((n) => [
      `North Korea's trade with ${n} rose 10% last year.`,
      '10 exact percent trade PRK RUS',
    ]),
);
add('trade-adj', [
  ['Chinese trade with North Korea rose 10% last year.', '10 exact percent trade CHN PRK'],
  ['Russian trade with North Korea rose 10% last year.', '10 exact percent trade PRK RUS'],
  ['Trade between Pyongyang and Beijing rose 10% last year.', '10 exact percent trade CHN PRK'],
  ['Trade between the DPRK and the PRC rose 10% last year.', '10 exact percent trade CHN PRK'],
  ['Trade between N. Korea and Moscow rose 10% last year.', '10 exact percent trade PRK RUS'],
]);

// ---------- headlines and sentence starts ----------
add('headline', [
  ['N. Korea Sends 11,000 Troops To Russia', '11000 exact person personnel PRK RUS'],
  ['North Korea Sends 11,000 Troops To Russia', '11000 exact person personnel PRK RUS'],
  ['Pyongyang Sends 11,000 Troops To Moscow', '11000 exact person personnel PRK RUS'],
  ['DPRK Sends 11,000 Troops To Russia', '11000 exact person personnel PRK RUS'],
  ['Russia Ships 1 Million Barrels Of Oil To N. Korea', '1000000 exact barrel oil RUS PRK'],
  ['Moscow Ships 1 Million Barrels Of Oil To Pyongyang', '1000000 exact barrel oil RUS PRK'],
  ['Kremlin Pays Pyongyang $500 Million', '500000000 exact usd money RUS PRK'],
  ['N. Korean Troops In Kursk Suffer 3,000 Casualties', '3000 exact person casualties PRK -'],
  ['Seoul: 3,000 North Korean Troops Killed Or Wounded', '3000 exact person casualties PRK -'],
]);
add('start', [
  ['North Korean soldiers numbering 11,000 are in Russia.', '11000 exact person personnel PRK RUS'],
  [
    'Russian oil, about 1 million barrels of it, went to North Korea.',
    '1000000 approx barrel oil RUS PRK',
  ],
  ['The North sent 3,000 more troops in January.', '3000 exact person personnel PRK RUS'],
  ['The Kremlin sent 1 million barrels of oil to the North.', '1000000 exact barrel oil RUS PRK'],
  ['The DPRK sent 3,000 more troops in January.', '3000 exact person personnel PRK RUS'],
]);

// ---------- words that look like a country but are not one ----------
add('not-country', [
  ['North Korea earned US$500 million from the deal.', '500000000 exact usd money RUS PRK'],
  ['Russia paid 1 billion North Korean won for the shells.', '1000000000 exact kpw money RUS PRK'],
  ['The Korean War left 3 million dead.', '*'],
  [
    'North Korea sent 11,000 troops to Russia, a game of Russian roulette.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'Since the Ukraine war began, North Korea has sent 11,000 troops to Russia.',
    '11000 exact person personnel PRK RUS',
  ],
  ['Kim sent 11,000 troops to Russia.', '11000 exact person personnel PRK RUS'],
  ['Kim Jong Un sent 11,000 troops to Russia.', '11000 exact person personnel PRK RUS'],
  ['Putin sent 1 million barrels of oil to North Korea.', '1000000 exact barrel oil RUS PRK'],
  [
    'During the Ukraine war, Russia has lost 1,000 soldiers a day.',
    '1000 exact person casualties RUS -',
  ],
]);

// ---------- sources credited by name: the credit must name the source ----------
/** A figure and the credit it should carry. */
type CreditProbe = readonly [text: string, expected: string, credit: Credit];
const credited: Array<readonly [family: string, probe: CreditProbe]> = [];
const FIGURE = 'North Korea has sent about 11,000 troops to Russia';
const TROOPS = '11000 approx person personnel PRK RUS';
/** [the source as the sentence names it, the credit it should give] */
const sources: Array<readonly [string, Credit]> = [
  ['the NIS', person('NIS')],
  ["South Korea's National Intelligence Service", person('Intelligence')],
  ['the HUR', person('HUR')],
  ['the GUR', person('GUR')],
  ["Ukraine's military intelligence", person('intelligence')],
  ['the JCS', person('JCS')],
  ["Seoul's Joint Chiefs of Staff", person('Chiefs')],
  ['the Pentagon', person('Pentagon')],
  ['the Kremlin', person('Kremlin')],
  ['the White House', person('White')],
  ['the KCNA', person('KCNA')],
  ['the Unification Ministry', person('Unification')],
  ['the Bank of Korea', person('Bank')],
  ['KOTRA', person('KOTRA')],
  ['KIDA', person('KIDA')],
  ['the MSMT', person('MSMT')],
  ['CSIS', person('CSIS')],
  ['RUSI', person('RUSI')],
  ['ISW', person('ISW')],
  ['the Institute for the Study of War', person('Institute')],
  ['38 North', person('38 North')],
  ['NK News', person('NK News')],
  ['Kpler', person('Kpler')],
  ['Reuters', person('Reuters')],
  ['Yonhap', person('Yonhap')],
  ['Seoul', person('Seoul')],
  ['Kyiv', person('Kyiv')],
  ['Washington', person('Washington')],
  ['the U.S.', person('U.S.')],
  ['Pyongyang', person('Pyongyang')],
];
for (const [source, credit] of sources) {
  credited.push(['source-said', [`${capitalized(source)} said ${FIGURE}.`, TROOPS, credit]]);
  credited.push(['source-end', [`${FIGURE}, ${source} said.`, TROOPS, credit]]);
  // "38 North" after "according to" is left out (see the top of the file).
  if (source !== '38 North') {
    credited.push(['source-according', [`According to ${source}, ${FIGURE}.`, TROOPS, credit]]);
  }
}

const showCredit = (c: Credit | undefined): string =>
  noCredit(c) || c == null ? 'no credit' : `${c.name ?? '-'} / ${c.affiliation ?? '-'}`;

/** Runs every credited probe of a family; fails listing each text misread, with what was read. */
function expectCredited(name: string): void {
  const probes = ofFamily(credited, name);
  expectFigures(probes.map(([text, expected]) => [text, expected]));
  expectNoMisses(
    probes,
    ([text, , credit]) => {
      const got = extract({ text, published: PUBLISHED, title: null }).claims.at(-1);
      if (sameCredit(credit, got?.attribution)) return [];
      const read =
        got === undefined
          ? 'no claim'
          : `${figureOf(got)} credited to ${showCredit(got.attribution)}`;
      return [`${text}\n  want credit ${showCredit(credit)}\n  got  ${read}`];
    },
    { noun: 'credits' },
  );
}

describe('North Korea', () => {
  it('reads every name of North Korea as the sender of troops', () => {
    expectFigures(family('prk-sender'));
  });
  it('reads every name of North Korea as the receiver of oil', () => {
    expectFigures(family('prk-receiver'));
  });
  it('reads every name of North Korea as the one Russia pays', () => {
    expectFigures(family('prk-payee'));
  });
  it('reads every name of North Korea as the side that lost soldiers', () => {
    expectFigures(family('prk-losses'));
  });
  it('reads every name of North Korea as a partner in trade', () => {
    expectFigures(family('prk-trade'));
  });
  it('reads adjectives and possessives of North Korea as the owner of losses and goods', () => {
    expectFigures(family('prk-adjective'));
  });
  it('reads "N. Korean", "DPRK" and "of the regime\'s" soldiers as North Korea\'s losses', () => {
    expectFigures(family('prk-adj-losses'));
  });
});

describe('Russia', () => {
  it('reads every name of Russia as the sender of oil', () => {
    expectFigures(family('rus-sender'));
  });
  it('reads every name of Russia as the receiver of troops', () => {
    expectFigures(family('rus-receiver'));
  });
  it('reads every name of Russia as the payer', () => {
    expectFigures(family('rus-payer'));
  });
  it('reads every name of Russia as the side that lost soldiers', () => {
    expectFigures(family('rus-losses'));
  });
  it('reads every name of Russia, and "the Russians", as a partner in trade', () => {
    expectFigures(family('rus-trade'));
  });
  it('reads "Russia\'s", "Moscow\'s", "the Kremlin\'s" and "Russian" as the sender or the loser', () => {
    expectFigures(family('rus-possessive'));
  });
});

describe('the other states of the beat', () => {
  it('reads South Korea by its names, abbreviations and capital, as sender and trade partner', () => {
    expectFigures(family('kor'));
    expectFigures(family('kor-trade'));
  });
  it('reads the United States by its names, abbreviations, capital and institutions', () => {
    expectFigures(family('usa'));
  });
  it('reads "American", "U.S." and "US" before the goods as sent by the United States', () => {
    expectFigures(family('usa-adj'));
  });
  it('reads China, Beijing and the PRC as the sender', () => {
    expectFigures(family('chn'));
  });
  it('reads Iran, Belarus and Japan, and their capitals, as the sender', () => {
    expectFigures(family('irn'));
    expectFigures(family('blr'));
    expectFigures(family('jpn'));
  });
  it('reads Kyiv, Kiev and "Ukrainian" as Ukraine, the target and the owner of losses', () => {
    expectFigures(family('ukr'));
  });
  it('reads Iran, Belarus, the United States, South Korea, Japan, China and Britain as senders', () => {
    expectFigures(family('others'));
  });
});

describe('trade partners', () => {
  it('reads every name of China as a partner in trade with North Korea', () => {
    expectFigures(family('trade-chn'));
  });
  it('reads every name of Russia as a partner in trade with North Korea', () => {
    expectFigures(family('trade-rus'));
  });
  it('reads "Chinese trade", "Russian trade" and trade between two capitals', () => {
    expectFigures(family('trade-adj'));
  });
});

describe('names where a sentence puts them', () => {
  it('reads the names in headlines with capitalised words and abbreviations', () => {
    expectFigures(family('headline'));
  });
  it('reads the names at the start of a sentence and after "the"', () => {
    expectFigures(family('start'));
  });
  it('reads no country in "US$", "North Korean won", "the Korean War" or "Russian roulette"', () => {
    expectFigures(family('not-country'));
  });
});

describe('sources named in the credit', () => {
  it('credits agencies, institutes, news services and capitals before "said"', () => {
    expectCredited('source-said');
  });
  it('credits agencies, institutes, news services and capitals in ", X said" at the end', () => {
    expectCredited('source-end');
  });
  it('credits agencies, institutes, news services and capitals after "according to"', () => {
    expectCredited('source-according');
  });
});
