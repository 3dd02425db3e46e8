// "By his arithmetic,", "By her maths,", "by the group's conversion" and "By the account of X,":
// the one who reckons is the source of the figures the phrase governs, as "by his calculation"
// and "by the reckoning of X" already are; "her team's" is the person the possessive means. An
// account held at a bank, or "account for", is no reckoning. Texts of our own.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

/** Speakers named in a first sentence, and the credit a later "his" or "her" should carry. */
const SPEAKERS = [
  ['"Wages are the easy part," said Lars Dahl, a researcher at the Fjell Institute.', 'Lars Dahl'],
  ['Ines Moreau of the Lyon Centre for Asian Studies has studied the scheme.', 'Ines Moreau'],
] as const;

const OWNED = [
  'By his arithmetic',
  'By her arithmetic',
  'By his maths',
  'By her team’s maths',
  "By his team's arithmetic",
  "By her staff's conversion",
];

/** Figure clauses, each with the figure it states. */
const FIGURES = [
  ['3,500 workers on that wage would bring Minsk about $60 million a year', '$60 million'],
  ['shipments in 2024 reached about 210,000 tonnes', '210,000 tonnes'],
] as const;

const probes: FigureCreditProbe[] = [];
for (const [first, speaker] of SPEAKERS)
  for (const owned of OWNED)
    for (const [clause, figure] of FIGURES) {
      const pronoun = owned.includes(' his') ? 'his' : 'her';
      const fits = (pronoun === 'his') === speaker.startsWith('Lars');
      if (!fits) continue;
      probes.push({ text: `${first} ${owned}, ${clause}.`, figure, want: person(speaker) });
    }

/** "By the account of X,": the body named after "of". */
const ACCOUNTS: FigureCreditProbe[] = [
  ['Poland’s military intelligence', 'Poland’s military intelligence'],
  ['the Baltic Monitoring Group', 'the Baltic Monitoring Group'],
  ['Finnish border officials', 'Finnish border officials'],
].map(([body, credit]) => ({
  text: `Then there are the shells. By the account of ${body}, Belarusian rounds formed up to 40% of what the guns fired.`,
  figure: '40%',
  want: person(credit ?? ''),
}));

/** Near-misses: an account that is no reckoning credits no one. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'The firm held an account of 4,000 rubles at a bank in Vladivostok.',
    figure: '4,000 rubles',
    want: null,
  },
  {
    text: 'Belarusian rounds account for up to 40% of the shells fired.',
    figure: '40%',
    want: null,
  },
  {
    text: 'By year’s end, the team had shipped 900 containers.',
    figure: '900 containers',
    want: null,
  },
];

describe('the one who reckons, by a word for the reckoning', () => {
  it('credits the person a possessive means', () => {
    expectFigureCredits(probes);
  });
  it('credits the body named after "by the account of"', () => {
    expectFigureCredits(ACCOUNTS);
  });
  it('leaves an account that is no reckoning uncredited', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
