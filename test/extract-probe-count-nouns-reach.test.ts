// The counting-noun reach battery: a bare figure that "the number" or "the total" is said to be
// counts what that noun counts, across what commonly stands between them: a month and year the
// noun is dated by ("the total sent since May 2023 to 9,000"), a share or a sum that closed the
// sentence before (the count before them is what goes on), and a long clause after a count that
// opens its sentence ("The number of residents killed when … has risen to 31"). In sentences of our
// own; only the figures are checked (value, qualifier and unit).
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a dated noun of counting', [
  [
    'About 2,500 Laotian engineers left for Belarus in April. That takes the total sent since May 2023 to roughly 8,700.',
    '2500 approx person * * * | 8700 approx person * * *',
  ],
  [
    'Hanoi shipped 60 railcars of rice in March, bringing the number sent since late 2024 to about 400.',
    '60 exact vehicle * * * | 400 approx vehicle * * *',
  ],
  [
    'Some 1,100 cadets arrived in June. The number trained during 2022 was put at 3,300.',
    '1100 approx person * * * | 3300 exact person * * *',
  ],
]);

add('the count before a share or a sum', [
  [
    'Some 80,000 Nepali workers were once in Libya, sending home $200 million a year; perhaps a quarter of them were nurses. Today the number there may be nearing 20,000.',
    '80000 approx person * * * | 200000000 exact usd * * * | 25 approx percent * * * | 20000 approx person * * *',
  ],
  [
    'About 7,000 Kenyan guards served in Qatar, paid $40 million a year. The total is now close to 12,400.',
    '7000 approx person * * * | 40000000 exact usd * * * | 12400 approx person * * *',
  ],
]);

add('a count opening a long clause', [
  [
    'The number of residents killed when missiles hit the harbour late on Sunday has risen to 31.',
    '31 exact person * * *',
  ],
  [
    'The number of civilians wounded when the drones hit the depot near the station has climbed to 57, the mayor said.',
    '57 exact person * * *',
  ],
]);

add('near misses: nothing new is counted', [
  // A year the noun is not dated by stands between: the figure is no count of it.
  ['The number rose in 2023 to a record.', 'none'],
  // A share with no count before it lends no noun.
  [
    'Roughly a fifth of the budget went on fuel. The total may reach 900.',
    '20 approx percent * * *',
  ],
  // A count that opens a sentence reaches no figure past another number.
  [
    'The number of ferries that left the harbour after the 2 storms of last week has doubled to 60.',
    'none',
  ],
  // A figure far past the opening count, in a sentence too long to be its clause, stays unread.
  [
    'The number of lorries that crossed the bridge at the northern checkpoint during the night while the guards changed shifts and the power was off along the whole length of the river rose to 85.',
    'none',
  ],
]);

describe('bare figures a noun of counting reaches', () => {
  it('reads past a month and year the noun is dated by', () => {
    expectFigures(family('a dated noun of counting'));
  });
  it('counts the noun of the count before a share or a sum that closed the sentence before', () => {
    expectFigures(family('the count before a share or a sum'));
  });
  it('reaches the first figure of a sentence that a count opens, across a long clause', () => {
    expectFigures(family('a count opening a long clause'));
  });
  it('leaves figures no noun of counting reaches as they were', () => {
    expectFigures(family('near misses: nothing new is counted'));
  });
});
