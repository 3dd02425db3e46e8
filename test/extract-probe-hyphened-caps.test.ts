// The hyphened-caps battery: a figure joined by a hyphen to the unit of a limit ("a 300,000-barrel
// ceiling", "a half-million-tonne quota") states that limit, as "a cap of 300,000 barrels"
// does; a size joined the same way ("a 7,000-ton freighter") stays unread. Sentences of our own.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a limit written with a hyphen', [
  [
    'Shipments this year already top the 300,000-barrel yearly cap agreed in New York.',
    '300000 exact barrel oil * *',
  ],
  ['Tanker crews kept well inside the 300,000-barrel ceiling.', '300000 exact barrel oil * *'],
  ['Traders say the 1.2-million-barrel limit goes unheeded.', '1200000 exact barrel oil * *'],
  ['The 2.5-million-barrel quota for crude oil still holds.', '2500000 exact barrel oil * *'],
]);

add('the sides of a hyphened limit', [
  ['Deliveries broke the 300,000-barrel yearly cap by midsummer.', '300000 exact barrel oil - PRK'],
]);

add('near misses: a size joined by a hyphen', [
  ['A 7,000-ton freighter left Nakhodka on Monday.', 'none'],
  ['The 52-page report was published on Friday.', 'none'],
  ['A 2-million-barrel tanker was seen near Vladivostok.', 'none'],
  ['The 90-day limit on visas was lifted.', 'none'],
]);

describe('limits written with a hyphen', () => {
  it('reads a figure hyphened to the unit of a cap, limit, ceiling or quota', () => {
    expectFigures(family('a limit written with a hyphen'));
  });
  it('reads the hyphened cap with no sender and North Korea receiving', () => {
    expectFigures(family('the sides of a hyphened limit'));
  });
  it('leaves a size joined by a hyphen unread', () => {
    expectFigures(family('near misses: a size joined by a hyphen'));
  });
});
