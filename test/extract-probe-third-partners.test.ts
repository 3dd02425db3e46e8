// The third-country partners battery: a country outside the exchange whose trade the reporting
// tells of with one side (lexicon `tradePartners`: China's with the North) trades with that side
// where no other side is named: "trade with China" after a pair that an "its" misread, "bilateral"
// trade in Chinese customs data, and trade across the border in China's own figures. A side of the
// exchange named with it, as the owner of the economy or in the sentence, keeps its place. In
// sentences of our own, each with every claim it should give.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('usual-partner', [
  [
    "Moscow and Pyongyang signed a rail deal in 2023. Beijing's customs bureau says commerce over the river bridge held up, at $1.2 billion for January to June.",
    '1200000000 exact usd trade CHN PRK',
  ],
  [
    "Moscow gets the headlines, but Beijing is the North's chief buyer. By the count of Chinese customs, bilateral commerce stood at about $2.1bn in 2024.",
    '2100000000 approx usd trade CHN PRK',
  ],
  [
    'Official commerce with Russia stays slight. "It nearly matches what its whole trade with China is worth," he said. Trade with China came to $230 million in March.',
    '230000000 exact usd trade CHN PRK',
  ],
]);

add('side-named', [
  [
    "Russia's economy slowed in 2024. Trade with China rose 20 percent.",
    '20 exact percent trade CHN RUS',
  ],
  [
    'Russian customs figures show bilateral trade with China of $240 billion in 2023.',
    '240000000000 exact usd trade RUS CHN',
  ],
  [
    'Commerce between Russia and North Korea came to $50 million in 2023. Trade between China and Russia grew too.',
    '50000000 exact usd trade RUS PRK',
  ],
]);

describe('trade of a country outside the exchange', () => {
  it('reads trade with a third country, no other side named, as its trade with its usual partner', () => {
    expectFigures(family('usual-partner'));
  });
  it('keeps a side of the exchange that the text names with the third country', () => {
    expectFigures(family('side-named'));
  });
});
