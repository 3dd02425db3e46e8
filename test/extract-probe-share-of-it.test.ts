// A sentence with no source of its own that takes a share of the figure just credited ("Coal
// made up 40 percent of it.", "the larger part of it") or reckons "by the same count" goes on with
// that figure's source, as "of that" and "the same data" do. A sentence that refers to nothing
// before, and "of it" after a credit closed by a new paragraph, keep the text's own voice. Texts
// of our own; the claim checked is the last that holds the probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

/** Credited sentences that state a whole, each with the source the probe wants. */
const WHOLES: ReadonlyArray<readonly [sentence: string, source: string]> = [
  [
    "The Vientiane trade office said Laos's trade with Vietnam came to $4.1 billion in 2024.",
    'Vientiane trade office',
  ],
  [
    'Exports from the Far East to Mongolia reached $910 million in 2024, the regional customs service said.',
    'regional customs service',
  ],
  [
    'The Nordic Freight Council estimates that 2.6 million tonnes crossed the border.',
    'Nordic Freight Council',
  ],
];

/** Sentences that take a share of the whole, each with its figure. */
const SHARES: ReadonlyArray<readonly [sentence: string, figure: string]> = [
  ['Coal made up 41 percent of it.', '41 percent'],
  ['Timber accounted for the larger part of it, some $380 million.', '$380 million'],
  ['Grain was worth about a fifth of it.', 'a fifth'],
  ['By the same count, rail carried about 63 percent.', '63 percent'],
];

const probes: FigureCreditProbe[] = [];
for (const [whole, source] of WHOLES)
  for (const [share, figure] of SHARES)
    probes.push({ text: `${whole} ${share}`, figure, want: person(source) });

describe('a share of the figure just credited', () => {
  it('goes on with the source of the sentence before', () => {
    expectFigureCredits(probes);
  });

  it('keeps the own voice where the sentence refers to nothing before or a paragraph intervenes', () => {
    expectFigureCredits([
      {
        text: `${WHOLES[0]![0]} Coal prices rose 41 percent in the spring.`,
        figure: '41 percent',
        want: null,
      },
      {
        text: `${WHOLES[1]![0]}\n\nTimber accounted for the larger part of it, some $380 million.`,
        figure: '$380 million',
        want: null,
      },
      {
        text: 'Rail freight fell last year. Coal made up 41 percent of it.',
        figure: '41 percent',
        want: null,
      },
    ]);
  });
});
