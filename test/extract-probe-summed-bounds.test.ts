// The summed-bounds battery: "up to" that is the particle of a verb of summing ("adds up to",
// "totted up to") bounds nothing, so a bound after it ("more than", "over", "nearly") is the
// figure's qualifier. A bare "add up to" may still mean "as many as" and stays a bound, as "up to"
// does before a hedge. In sentences of our own; only the figures are checked (value, qualifier
// and unit; category and sides are left to their own batteries).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a bound after a verb of summing', [
  [
    'Moscow has received about 7,500 containers from Pyongyang, which adds up to well over 4 million shells, the agency said.',
    '7500 approx container * * * | 4000000 more_than shell * * *',
  ],
  [
    'By one count the cargoes might add up to over 2.5 million artillery rounds.',
    '2500000 more_than shell * * *',
  ],
  [
    'The cargoes added up to nearly 900,000 barrels of refined oil, the monitors said.',
    '900000 approx barrel * * *',
  ],
  [
    'Its arms sales to Moscow add up to at least $3 billion, the ministry said.',
    '3000000000 at_least usd * * *',
  ],
  [
    'The tallies, totted up to more than 600 drones, were released on Friday.',
    '600 more_than drone * * *',
  ],
]);

add('up to as a bound', [
  [
    'North Korea could add up to 4,000 more troops to the force in Kursk.',
    '4000 up_to person * * *',
  ],
  ['The containers add up to 3 million shells, the ministry said.', '3000000 up_to shell * * *'],
  ['Pyongyang may send up to 5,000 more soldiers, the agency said.', '5000 up_to person * * *'],
  ['Russia has fired up to roughly 6,000 North Korean shells a day.', '6000 up_to shell * * *'],
]);

describe('bounds after a verb of summing', () => {
  it('reads the bound after "adds up to" as the qualifier', () => {
    expectFigures(family('a bound after a verb of summing'));
  });
  it('keeps "up to" a bound where no other bound follows it, or where no verb sums', () => {
    expectFigures(family('up to as a bound'));
  });
});
