// The outlays battery: a sum that is a country's own budget, its spending, a loss it puts a price
// on, or what a thing costs is the size of that outlay, category `other`, of the country whose
// it is and paid to no one. The owner is the country named before the noun; a price with no
// country before it is of the country its sentence cites, else of none; a budget or a loss is of
// the country the text speaks of. A sum a payer is named for ("cost Moscow"), a price of goods or
// arms, and a sum set aside for another country stay payments. In sentences of our own, each with
// every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('budgets-and-spending', [
  [
    "Seoul's defence budget for the coming year stands at 61 trillion won.",
    '61000000000000 exact krw other KOR -',
  ],
  [
    'Tokyo is arming faster. Its budget for the year from April earmarks 9.4 trillion yen for the armed forces, with money for missiles able to reach North Korean bases.',
    '9400000000000 exact jpy other JPN -',
  ],
  [
    "Moscow's military spending will reach 14 trillion roubles in 2026, roughly 7% of GDP.",
    '14000000000000 exact rub other RUS - | 7 approx percent other RUS -',
  ],
  [
    'Russia is widening the crossing. The regional budget has earmarked 4 billion roubles for the works.',
    '4000000000 exact rub other RUS -',
  ],
  [
    'Ukraine counts the toll of the raids. Its officials put the damage to the grid at about $9 billion.',
    '9000000000 approx usd other UKR -',
  ],
]);

add('prices-of-things', [
  [
    'The new rail terminal will cost some 6 billion roubles, the Russian railways ministry said.',
    '6000000000 approx rub other RUS -',
  ],
  [
    'The crossing is meant to open next year, and its final cost is estimated at 5 billion roubles.',
    '5000000000 exact rub other - -',
  ],
  ['Each Shahed drone is thought to cost about $35,000.', '35000 approx usd other - -'],
  ['The work is expected to cost roughly 2 billion roubles.', '2000000000 approx rub other - -'],
]);

add('payments-that-stay', [
  ['The shells cost Russia about $3 billion.', '3000000000 approx usd money RUS PRK'],
  ['The shells North Korea sold cost about $3 billion.', '3000000000 approx usd money RUS PRK'],
  [
    'Such technology, bought abroad, might have cost Pyongyang some $600 million.',
    '600000000 approx usd technology RUS PRK',
  ],
  [
    'Budget papers show Russia paid $2 billion for the rounds.',
    '2000000000 exact usd money RUS PRK',
  ],
  ['Moscow paid Pyongyang $800 million last year.', '800000000 exact usd money RUS PRK'],
]);

describe('outlays of a country’s own', () => {
  it('reads a budget, spending or damage sum as its country’s own, paid to no one', () => {
    expectFigures(family('budgets-and-spending'));
  });
  it('reads what a thing costs as other, of the country its sentence names or of none', () => {
    expectFigures(family('prices-of-things'));
  });
  it('leaves a sum with a payer, a price of goods or arms, and a payment as they were', () => {
    expectFigures(family('payments-that-stay'));
  });
});
