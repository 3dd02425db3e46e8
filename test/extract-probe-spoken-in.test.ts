// A source that speaks in a document right after its verb ("two relief agencies said in a study
// published on Monday", "the bureau wrote in its latest survey") is that document's maker: a later
// "the study found" or "according to the survey" means that source, ahead of an older name that
// merely holds the noun (a headline's "Nordic study finds …"). A source that speaks in an
// interview or on a call makes no document, and a later "the report" keeps what it had. Texts of
// our own, templated over headlines, makers, documents and follow-ups.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const HEADLINES = [
  'Nordic study finds Swedish grain easing a shortage',
  'EU survey finds Finnish fuel reaching the port',
  'New report finds Polish rice filling the gap',
];

/** Makers, each with the credit a later back-reference should get. */
const MAKERS: ReadonlyArray<readonly [maker: string, credit: string]> = [
  ['three Baltic relief agencies', 'three Baltic relief agencies'],
  ['the Lund Food Council', 'the Lund Food Council'],
];

const DOCUMENTS: ReadonlyArray<readonly [phrase: string, noun: string]> = [
  ['in a study published on Monday', 'study'],
  ['in a joint survey', 'survey'],
  ['in its latest report', 'report'],
];

/** Follow-ups with a back-reference by the document's noun, and the figure each states. */
const FOLLOW_UPS: ReadonlyArray<readonly [sentence: (noun: string) => string, figure: string]> = [
  [
    (noun) => `Latvia also shipped about 41,000 tonnes of barley, the ${noun} found.`,
    '41,000 tonnes',
  ],
  [(noun) => `According to the ${noun}, 2,300 families had left the coast.`, '2,300 families'],
  [(noun) => `The ${noun} said some 650 lorries crossed in March.`, '650 lorries'],
];

const probes: FigureCreditProbe[] = [];
for (const headline of HEADLINES)
  for (const [maker, credit] of MAKERS)
    for (const [phrase, noun] of DOCUMENTS)
      for (const [sentence, figure] of FOLLOW_UPS)
        probes.push({
          text: `${headline}\n\nImports rose, but 9,000 people still lack food, ${maker} said ${phrase}.\n\n${sentence(noun)}`,
          figure,
          want: person(credit),
        });

/** Near-misses: an interview makes no document, and a document named with its maker keeps it. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'Oslo report finds Swedish grain easing a shortage\n\nImports rose, Ingrid Holm said in an interview.\n\nLatvia also shipped about 41,000 tonnes of barley, the report found.',
    figure: '41,000 tonnes',
    want: person('Oslo report'),
  },
  {
    text: 'Imports rose, the Lund Food Council said in a study.\n\nThe Tartu Grain Institute released a report in May. According to the report, 2,300 families had left the coast.',
    figure: '2,300 families',
    want: person('The Tartu Grain Institute'),
  },
  {
    text: 'Imports rose, the Lund Food Council said in a study published on Monday.\n\nThe Riga Ministry of Trade said 650 lorries crossed in March.',
    figure: '650 lorries',
    want: person('The Riga Ministry of Trade'),
  },
];

describe('a source that speaks in a document', () => {
  it('is the maker a later back-reference by the noun means', () => {
    expectFigureCredits(probes);
  });

  it('leaves an interview, another maker and a new name alone', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
