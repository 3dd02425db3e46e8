// A line the page's bars divide ("Outlet | Section | date") is the masthead, not a sentence: its
// words name no body that a later "its analysts" or "the group" could mean. A count said to have
// come from a body ("has come from", "had come from") names that body for those back-references,
// as "comes from" does. Texts of our own, templated over mastheads, bodies and follow-ups.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const MASTHEADS = [
  'Harbour Notes | Monthly digest | 4 March 2025',
  'The Freight Column | Analysis | By Ola Nygaard',
  'Northern Trade Review | Quarterly update',
];

const COMINGS = ['has come', 'had come', 'came', 'comes'];

/** Bodies a count comes from, each with the credit a later back-reference should get. */
const BODIES: ReadonlyArray<readonly [body: string, credit: string]> = [
  ['the Fjord Data Lab, a Bergen-based research group', 'the Fjord Data Lab'],
  ['the Kestrel Shipping Institute, a data firm', 'the Kestrel Shipping Institute'],
];

/** Follow-ups, each with the figure it states. */
const FOLLOW_UPS: ReadonlyArray<readonly [sentence: string, figure: string]> = [
  ['Its analysts tracked 37 voyages to the port of Nakhodka.', '37 voyages'],
  ['The group reckons those ships carried 800,000 barrels.', '800,000 barrels'],
  ['Its researchers counted 12 tankers at the terminal.', '12 tankers'],
];

const probes: FigureCreditProbe[] = [];
for (const masthead of MASTHEADS)
  for (const coming of COMINGS)
    for (const [body, credit] of BODIES)
      for (const [sentence, figure] of FOLLOW_UPS) {
        const group = sentence.startsWith('The group') && !body.includes('group');
        if (group) continue;
        probes.push({
          text: `${masthead}\n\nThe fullest public count ${coming} from ${body}. ${sentence}`,
          figure,
          want: person(credit),
        });
      }

/** Near-misses: a masthead alone names no one, and goods that came from a country name no maker. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'Harbour Notes | Weekly digest | 4 March 2025\n\nShips kept sailing. 37 voyages reached Nakhodka in May.',
    figure: '37 voyages',
    want: null,
  },
  {
    text: 'The fuel has come from Russia for years. In May, 800,000 barrels reached Nampo.',
    figure: '800,000 barrels',
    want: null,
  },
];

describe('a masthead line and a count that has come from a body', () => {
  it('credits the body the count came from, never a word of the masthead', () => {
    expectFigureCredits(probes);
  });
  it('leaves figures with no source uncredited', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
