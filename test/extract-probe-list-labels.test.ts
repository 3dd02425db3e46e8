// A line of a list that compares sources credits the source its label names before the colon,
// when the label is longer than a short label of capitals: a name with words that join it
// ("Centre for Baltic Security Studies:"), a nation's body in lower case ("Japanese
// intelligence:"), or a name with an aside in lower case before the colon ("Lena Moe, a fellow at
// the Forum:", "NIS, speaking to lawmakers on May 2:"). A page's own label ("Live:"), a topic ("Russia, in
// numbers:", "Arctic trade:") credits no one. Texts of our own, templated
// over headings, labels and entry clauses; the claim checked is the last that holds the figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

/** Labels as a list writes them, each with the credit it gives. */
const LABELS: ReadonlyArray<readonly [label: string, credit: string]> = [
  ['Centre for Baltic Security Studies', 'Centre for Baltic Security Studies'],
  ['Institute of the Arctic and Far East', 'Institute of the Arctic and Far East'],
  ['Japanese intelligence', 'Japanese intelligence'],
  ['British defence ministry', 'British defence ministry'],
  ['Lena Moe, a fellow at the Oslo Forum', 'Lena Moe'],
  ['Tomasz Wrona, head of the border guard', 'Tomasz Wrona'],
  ['Park Seo-yeon, an economist at Hanil University', 'Park Seo-yeon'],
  ['Minister Arvid Lunde, on March 14', 'Minister Arvid Lunde'],
];

/** Entry clauses, each with the figure it states. */
const ENTRIES: ReadonlyArray<readonly [clause: string, figure: string]> = [
  ['about 7,400 North Korean troops, sent in three rotations', '7,400'],
  ['some 260 killed and about 1,900 wounded', '1,900'],
  ['$1,750 a month for each soldier', '$1,750'],
];

/** A page that compares estimates: a lead, a heading in capitals, the line, then a line after it. */
const page = (line: string): string =>
  'How the estimates compare\n\nWe set out the figures most often cited below.\n\n' +
  `THE DEPLOYMENT\n${line}\nNo other source has given a figure.`;

const probes: FigureCreditProbe[] = [];
for (const [label, credit] of LABELS)
  for (const [clause, figure] of ENTRIES)
    probes.push({ text: page(`${label}: ${clause}`), figure, want: person(credit) });
// (An acronym the lexicon knows is credited under its full name too.)
for (const [clause, figure] of ENTRIES)
  probes.push({
    text: page(`NIS, speaking to lawmakers on May 2: ${clause}`),
    figure,
    want: person('National Intelligence Service', 'NIS'),
  });

describe("the label of a list's line", () => {
  it('credits a long name, a nation’s body in lower case, or a name before an aside', () => {
    expectFigureCredits(probes);
  });

  it('credits a nation’s body that opens a headline before its colon', () => {
    expectFigureCredits([
      {
        text: 'Chinese intelligence: about 8,200 North Korean soldiers remain in Kursk\n\nThe estimate was given on Monday.',
        figure: '8,200',
        want: person('Chinese intelligence'),
      },
    ]);
  });

  it("credits no one for a page's label, a topic or an aside that says what the line is about", () => {
    expectFigureCredits([
      {
        text: page('Live: about 7,400 North Korean troops, sent in three rotations'),
        figure: '7,400',
        want: null,
      },
      {
        text: page('Russia, in numbers: about 7,400 North Korean troops, sent in three rotations'),
        figure: '7,400',
        want: null,
      },
      {
        text: page('Arctic trade: $1,750 a month for each soldier'),
        figure: '$1,750',
        want: null,
      },
      {
        text: page('North Korean shells and missiles: some 260 killed and about 1,900 wounded'),
        figure: '1,900',
        want: null,
      },
    ]);
  });
});
