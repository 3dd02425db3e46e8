// Measures of an economy set against another country's: a share of "South Korea's" with no noun
// after it ("some 2 percent of South Korea's") sizes the economy its sentence names, not
// South Korea's and no payment; a measure in a sentence that names no country ("Per capita GNI
// stood at …") is of the economy the text last named, not of the country last named (often the
// South the comparison named). In sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "Without Moscow's orders the economy would not have grown 3 percent": a country after "without" is read
//     as the economy that grew.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('share-of-a-bare-possessive', [
  [
    'Seoul’s central bank put the North’s GNI at 38 trillion won, or roughly 1.5 percent of South Korea’s.',
    '38000000000000 exact krw other PRK - | 1.5 approx percent other PRK -',
  ],
  [
    'The North’s gross domestic product was about 1.4 percent of South Korea’s, the bank said.',
    '1.4 approx percent other PRK -',
  ],
  [
    'By the bank’s count, Pyongyang’s national income came to 42 trillion won, some 1.6% of South Korea’s, and income per capita to 1.6 million won.',
    '42000000000000 exact krw other PRK - | 1.6 approx percent other PRK - | 1600000 exact krw other PRK -',
  ],
  [
    'The bank put the North’s gross national income at 45 trillion won, or about 1.9 percent of South Korea’s, and income per head at 1.7 million won.',
    '45000000000000 exact krw other PRK - | 1.9 approx percent other PRK - | 1700000 exact krw other PRK -',
  ],
]);

add('measure-with-no-country', [
  [
    'The North’s gross national income was 40 trillion won, about 1.6 percent of South Korea’s. Per capita GNI stood at 1.5 million won.',
    '40000000000000 exact krw other PRK - | 1.6 approx percent other PRK - | 1500000 exact krw other PRK -',
  ],
  [
    'The North’s economy grew 2.8 percent in 2024. Its exports to Russia rose. Per capita GNI reached 1.6 million won.',
    '2.8 exact percent other PRK - | 1600000 exact krw other PRK -',
  ],
  [
    'North Korea’s economy grew 3.1 percent in 2024, as trade with Russia rose. It was the second year of growth after a 2.5 percent expansion in 2023, the central bank said.',
    '3.1 exact percent other PRK - | 2.5 exact percent other PRK -',
  ],
]);

// Near-misses that must not change: the South's own economy stays the South's, and a share with
// a noun after its possessive, or in a sentence that measures no economy, keeps its reading.
add('near-misses', [
  [
    'South Korea’s economy grew 2 percent in 2024, the bank said. Per capita GNI stood at 48 million won.',
    '2 exact percent other KOR - | 48000000 exact krw other KOR -',
  ],
  [
    'Russia’s economy grew 4 percent. North Korea sent 10,000 troops. The force equals 1 percent of Russia’s.',
    '4 exact percent other RUS - | 10000 exact person personnel PRK RUS | 1 exact percent personnel PRK RUS',
  ],
  ['The payments equal about 40 percent of North Korea’s GDP.', '40 approx percent money RUS PRK'],
]);

describe('a measure of an economy set against another country’s', () => {
  it('sizes the economy its sentence names when the share’s possessive owns nothing', () => {
    expectFigures(family('share-of-a-bare-possessive'));
  });
  it('gives a measure in a sentence naming no country to the economy last named', () => {
    expectFigures(family('measure-with-no-country'));
  });
  it('leaves the South’s own economy and other shares as they were', () => {
    expectFigures(family('near-misses'));
  });
});
