// The staying battery: a bare figure followed by a word that says where what was just counted
// stays ("and about 6,000 remain", "will have 8,000 there by March") is that word's subject and
// counts the same noun, in sentences of our own. Sides are not this battery's concern: "*".
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a bare figure that remains', [
  [
    'Around 9,000 Chinese sappers have worked in the area since 2024, and about 6,000 remain near Belgorod.',
    '9000 approx person * * * | 6000 approx person * * *',
  ],
  [
    'Moscow leased 40 tankers last year; 25 remain in service.',
    '40 exact vehicle * * * | 25 exact vehicle * * *',
  ],
  [
    'Of the 4,500 labourers who arrived in Primorye, roughly 3,000 stay on building sites.',
    '4500 exact person personnel * * | 3000 approx person personnel * *',
  ],
]);

add('a bare figure that is there', [
  [
    'Minsk has moved about 2,500 troops to Serbia and expects 7,000 there by February.',
    '2500 approx person personnel * * | 7000 exact person personnel * *',
  ],
  [
    'Seoul says the North moved 1,200 engineers to Kursk and expects to have some 4,000 there by spring.',
    '1200 exact person personnel * * | 4000 approx person personnel * *',
  ],
]);

add('near misses: nothing counted stays', [
  // A year before "there" is a date, not a count.
  [
    'North Korea sent 3,000 troops in 2023. In 2024 there were 9,000 more.',
    '3000 exact person personnel * * | 9000 exact person personnel * *',
  ],
  // A bare figure with nothing counted before it counts nothing.
  ['Officials said 600 remain unaccounted for.', 'none'],
  // "there" before the figure opens the clause; it does not follow the figure.
  [
    'Russia sent 40 tankers, and since 2022 there have been 12 visits.',
    '40 exact vehicle * * * | 12 exact item * * *',
  ],
]);

describe('bare figures of what stays where it was sent', () => {
  it('reads a bare figure that remains as a count of the noun just counted', () => {
    expectFigures(family('a bare figure that remains'));
  });
  it('reads a bare figure that is "there" as a count of the noun just counted', () => {
    expectFigures(family('a bare figure that is there'));
  });
  it('reads no count where nothing counted stays', () => {
    expectFigures(family('near misses: nothing counted stays'));
  });
});
