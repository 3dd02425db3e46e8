// An entry of a live page or a list credits the name before its colon, past the time stamp or the
// bullet that opens its line ("14:20 Oslo: …", "9.45 Warsaw: …", "- Nordic Arms Watch: …"), as a
// headline's label does. A section label ("Update:"), a topic in lower case or a line with no
// label credits no one. Texts of our own, templated over stamps, labels and entry clauses; the
// claim checked is the last that holds the probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

/** What opens an entry's line before its label. */
const STAMPS = ['08:40', '14:20', '9.45', '21.05', '-', '•'];

/** Labels, as an entry names them. */
const LABELS = ['Oslo', 'Nordic Arms Watch', 'Marek Novak'];

/** Entry clauses, each with the figure it states. */
const ENTRIES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['about 6,000 North Korean troops are still in Russia', '6,000'],
  ['Pyongyang shipped 2.3 million shells in the spring', '2.3 million'],
  ['some 45 percent of the rounds fired at Kharkiv came from the North', '45 percent'],
];

/** A live page: a heading, then the entry, then a paragraph that names no one. */
const page = (entry: string): string =>
  `Live: the war in Ukraine\n\n${entry}\n\nMore details are expected later today.`;

const probes: FigureCreditProbe[] = [];
for (const stamp of STAMPS)
  for (const label of LABELS)
    for (const [clause, figure] of ENTRIES)
      probes.push({ text: page(`${stamp} ${label}: ${clause}`), figure, want: person(label) });

describe('the label of an entry on a live page or a list', () => {
  it('credits the name before the colon past a time stamp or a bullet', () => {
    expectFigureCredits(probes);
  });

  it('credits no one for a section label, a topic in lower case or an entry without a label', () => {
    expectFigureCredits([
      {
        text: page('14:20 Update: about 6,000 North Korean troops are still in Russia'),
        figure: '6,000',
        want: null,
      },
      {
        text: page('- the trade: Pyongyang shipped 2.3 million shells in the spring'),
        figure: '2.3 million',
        want: null,
      },
      {
        text: page('9.45 About 6,000 North Korean troops are still in Russia'),
        figure: '6,000',
        want: null,
      },
      {
        text: page('- Pyongyang shipped 2.3 million shells in the spring'),
        figure: '2.3 million',
        want: null,
      },
    ]);
  });

  it('reads no stamp in a figure that opens a line with a colon after it', () => {
    expectFigureCredits([
      {
        text: page('2024: Pyongyang shipped 2.3 million shells to Russia'),
        figure: '2.3 million',
        want: null,
      },
      {
        text: page('31:10 Oslo: Pyongyang shipped 2.3 million shells to Russia'),
        figure: '2.3 million',
        want: null,
      },
    ]);
  });
});
