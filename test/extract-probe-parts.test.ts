// The parts battery: a figure that picks a part out of a whole already counted ("nine of them",
// "two of the guns", "40 of this year's calls", "of which Moscow has fired more than 200"), in
// sentences of our own. Sides and categories that are not this battery's concern are "*".
// Probes the engine misreads today are left out:
//   - "There are millions of them," the gunner said (after a paragraph whose last figure is a share
//     of the shells): "them" reaches past the paragraph to a noun only a share names.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a spelled-out part of the group just counted', [
  [
    'Tracking data show 22 port calls at Rajin this year. Seven of them came after June.',
    '22 exact item * * * | 7 exact item * * *',
  ],
  [
    'Imagery shows 35 visits by the ferry since March. Eleven of them were at night.',
    '35 exact item * * * | 11 exact item * * *',
  ],
  [
    'The North has sent 30 tankers to the port since spring. Eight of them flew no flag.',
    '30 exact vehicle * * * | 8 exact vehicle * * *',
  ],
  [
    'Russia fired 52 missiles at Lviv overnight. Air defences brought down nine of them.',
    '52 exact missile * * * | 9 exact missile * * *',
  ],
  [
    'Kyiv says 4,000 North Korean soldiers reached the front in May. Six of them have surrendered.',
    '4000 exact person * * * | 6 exact person * * *',
  ],
  [
    'The monitors logged 18 transfers at sea in the autumn, and five of those were off Nampo.',
    '18 exact item * * * | 5 exact item * * *',
  ],
]);

add('a spelled-out part of a whole it names', [
  ['A drone unit hit two of the Koksan howitzers outside Sudzha on Friday.', '2 exact item * * *'],
  [
    'Partisans say they burned three of the North Korean launchers at a depot near Kursk.',
    '3 exact item * * *',
  ],
  ['Sappers cleared four of the rocket launchers left at the depot.', '4 exact item * * *'],
  ['Four of the Russian tankers had switched off their transponders.', '4 exact vehicle * * *'],
]);

add('a part of a whole a time owns', [
  [
    "Ships from Vostochny made 41 of this year's calls at the terminal, our count shows.",
    '41 exact item * * *',
  ],
  [
    "North Korean crews fired 120 of last month's rockets, the brigade said.",
    '120 exact rocket * * *',
  ],
  ["Russian yards loaded 75 of the year's port calls by the end of May.", '75 exact item * * *'],
]);

add('a part that "of which" opens before its own subject', [
  [
    'Pyongyang has sent some 300 ballistic missiles since 2023, of which Moscow has fired more than 180 at Ukraine.',
    '300 approx missile * * * | 180 more_than missile * * *',
  ],
  [
    'The North shipped about 9 million shells last year, of which Russian gunners used perhaps 6 million.',
    '9000000 approx shell * * * | 6000000 approx shell * * *',
  ],
  [
    'About 1,200 North Korean soldiers were captured, of whom Ukraine now holds more than 400.',
    '1200 approx person * * * | 400 more_than person * * *',
  ],
]);

add('near misses: no part is counted', [
  // "the two of them" only points back to a pair already told of.
  ['Putin and Kim met in 2023, and the two of them signed a pact in 2024.', 'none'],
  [
    'North Korea sent 40 tankers to Vostochny in 2024, and the two of them that sank were old.',
    '40 exact vehicle * * *',
  ],
  // A part named with another count of its own picks out a group, it does not report one.
  ['Two of the three men were later released.', 'none'],
  // A single thing is narrative.
  ['One of them was later seen at Nampo.', 'none'],
  // A spelled-out count of things that names no whole stays narrative.
  ['The brigade lost two systems in the raid.', 'none'],
]);

describe('parts of a whole already counted', () => {
  it('reads a spelled-out part of the group just counted', () => {
    expectFigures(family('a spelled-out part of the group just counted'));
  });
  it('reads a spelled-out part of a whole it names', () => {
    expectFigures(family('a spelled-out part of a whole it names'));
  });
  it('reads a part of a whole that a time owns ("of this year\'s calls")', () => {
    expectFigures(family('a part of a whole a time owns'));
  });
  it('reads a part that "of which" opens before its own subject', () => {
    expectFigures(family('a part that "of which" opens before its own subject'));
  });
  it('reads no part where none is counted', () => {
    expectFigures(family('near misses: no part is counted'));
  });
});
