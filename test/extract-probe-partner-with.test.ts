// The partner-with battery: in a sentence that sets the trade of one pair against another's, each
// figure of trade is with the partner "with" names for it, right after the figure ("$2bn with
// Beijing") or after the word of trade before it ("commerce with Moscow is thin: $20m"), and its
// other side is the owner of that trade, else the partner's usual side; a trade that names its
// own pair ("China's commerce with the North was worth") keeps it after a figure of another pair.
// A word of trade in a hyphened name ("the Seoul Trade-Support Office") names the body, not the
// trade, and "bilateral" trade with only a third country in its clause is that country's trade
// with its usual partner. In sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('partner-after-figure', [
  [
    "Pyongyang's official commerce with Moscow stayed slight: roughly $41 million in 2021, set against about $1.9 billion with Beijing.",
    '41000000 approx usd trade PRK RUS | 1900000000 approx usd trade PRK CHN',
  ],
  [
    'Recorded commerce with Russia stood at $27 million in 2022, compared with $2.4 billion with China, the ministry said.',
    '27000000 exact usd trade PRK RUS | 2400000000 exact usd trade PRK CHN',
  ],
]);

add('partner-before-figure', [
  [
    'Official trade with Moscow stays thin: about $19m in 2022, says a Seoul agency, which added that China took 97 per cent of all the North’s commerce.',
    '19000000 approx usd trade PRK RUS | 97 exact percent trade PRK CHN',
  ],
  [
    'Trade with Beijing recovered in 2023, to some $2.3 billion, while Moscow stayed a minor partner.',
    '2300000000 approx usd trade CHN PRK',
  ],
]);

add('own-pair-after-another', [
  [
    "In 2022 China took 96% of the North's trade, a Seoul agency said; Russia's share was under 2%. China's commerce with the North was worth $2.1bn that year.",
    '96 exact percent trade PRK CHN | 2 less_than percent trade PRK RUS | 2100000000 exact usd trade CHN PRK',
  ],
]);

add('hyphened-body', [
  [
    "North Korea's foreign trade, leaving aside its dealings with the South, slipped 1.9% to $2.6 billion in 2023, the Seoul Trade-Support Office reported.",
    '1.9 exact percent trade PRK - | 2600000000 exact usd trade PRK -',
  ],
]);

add('bilateral-third', [
  [
    "North Korea's foreign trade shrank 2% in 2023. Beijing took 96.5% of that total, the office said, with bilateral commerce of some $2.3 billion.",
    '2 exact percent trade PRK - | 96.5 exact percent trade PRK CHN | 2300000000 approx usd trade CHN PRK',
  ],
]);

add('left-as-they-were', [
  ["Moscow's commerce with Pyongyang reached $48 million.", '48000000 exact usd trade RUS PRK'],
  [
    'Chinese customs figures put commerce with Pyongyang up about 25% on the year, at $1.3 billion.',
    '25 approx percent trade CHN PRK | 1300000000 exact usd trade CHN PRK',
  ],
  [
    'Commerce between Beijing and Pyongyang grew 8 percent. Commerce between Moscow and Pyongyang fell to $30 million.',
    '8 exact percent trade CHN PRK | 30000000 exact usd trade RUS PRK',
  ],
  [
    "Pyongyang's external trade dropped 3% to $2.5 billion in 2022, South Korea's trade promotion office said.",
    '3 exact percent trade PRK - | 2500000000 exact usd trade PRK -',
  ],
]);

describe('a partner named with a figure of trade', () => {
  it('reads a sum followed by "with" a country as trade with that country', () => {
    expectFigures(family('partner-after-figure'));
  });
  it('reads a sum after "trade with" a country as trade with it, not with a country named later', () => {
    expectFigures(family('partner-before-figure'));
  });
  it('keeps the pair a trade names for itself after a figure of another pair', () => {
    expectFigures(family('own-pair-after-another'));
  });
  it('reads a word of trade inside a hyphened name as the body’s, not the figure’s', () => {
    expectFigures(family('hyphened-body'));
  });
  it('reads bilateral trade beside only a third country as its trade with its usual partner', () => {
    expectFigures(family('bilateral-third'));
  });
  it('leaves trade whose pair its sentence names as it was', () => {
    expectFigures(family('left-as-they-were'));
  });
});
