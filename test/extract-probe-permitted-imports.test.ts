// The permitted-imports battery: what a country "may import", "may receive" or "is allowed to buy"
// is a limit, as "a cap of" is: nobody sends it, and it binds the buyer. A forecast ("may have
// shipped", "could import more") and a plain delivery keep their sender. Sentences of our own.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a permitted amount before the figure', [
  [
    'Under the council resolution, Pyongyang may receive no more than 420,000 barrels of diesel a year.',
    '420000 up_to barrel oil - PRK',
  ],
  [
    'Moscow has sent far more, though North Korea may import up to 380,000 barrels of fuel yearly.',
    '380000 up_to barrel oil - PRK',
  ],
  [
    'The North is allowed to buy no more than 410,000 barrels of petrol a year under UN sanctions.',
    '410000 up_to barrel oil - PRK',
  ],
]);

add('a permitted amount after the figure', [
  [
    'Tankers carried roughly twice the 450,000 barrels of refined fuel that Pyongyang may import each year under sanctions.',
    '450000 exact barrel oil - PRK',
  ],
  [
    'The haul dwarfs the 390,000 barrels which North Korea is permitted to receive annually under the resolution.',
    '390000 exact barrel oil - PRK',
  ],
]);

add('near misses: deliveries and forecasts', [
  [
    'Russia shipped 640,000 barrels of diesel to North Korea between May and August.',
    '640000 exact barrel oil RUS PRK',
  ],
  [
    'Russia may have shipped 720,000 barrels of fuel to North Korea.',
    '720000 exact barrel oil RUS PRK',
  ],
  [
    'Analysts say North Korea received 530,000 barrels of oil products from Russia in the spring.',
    '530000 exact barrel oil RUS PRK',
  ],
  [
    'Traders expect North Korea may import 260,000 tonnes of rice from China this year.',
    '260000 exact tonne food CHN PRK',
  ],
  [
    'Officials think the North may receive 3,400 tonnes of wheat that Russia promised.',
    '3400 exact tonne food RUS PRK',
  ],
]);

describe('amounts a country is permitted to import', () => {
  it('reads "may receive no more than" as a limit that binds the buyer', () => {
    expectFigures(family('a permitted amount before the figure'));
  });
  it('reads a figure that a country "may import" as a limit that binds it', () => {
    expectFigures(family('a permitted amount after the figure'));
  });
  it('keeps the sender of a delivery, a forecast and what a country "may have shipped"', () => {
    expectFigures(family('near misses: deliveries and forecasts'));
  });
});
