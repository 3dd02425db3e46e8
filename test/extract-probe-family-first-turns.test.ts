// In an interview, a label that opens the answers ("Ahn: …") names the person the text introduced
// in full, also when the full name puts the family name first ("Ahn Seo-jun", "Liu Wenhai"), as
// it does for "Thomas Berrigan" and "Berrigan:". A label the text never gave as part of a name
// ("Update:" on two lines) still credits no one. Texts of our own; the claim checked is the last
// that holds the probe's figure.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

/** People written family name first, each with the label their answers open with. */
const PEOPLE: ReadonlyArray<readonly [name: string, label: string]> = [
  ['Ahn Seo-jun', 'Ahn'],
  ['Liu Wenhai', 'Liu'],
  ['Nagy Eszter', 'Nagy'],
];

/** Answers, each with the figure checked. */
const ANSWERS: ReadonlyArray<readonly [answer: string, figure: string]> = [
  ['Hard to say. I would put the payments at about $6 billion since 2023.', '$6 billion'],
  [
    'Fewer than you think. For comparison, exports to China were about $270 million.',
    '$270 million',
  ],
  ['Roughly 7,500 soldiers went to the front in turns, and most came back.', '7,500'],
];

/** An interview: its headline, its lead naming the person, two turns each of the magazine and the person. */
const interview = (name: string, label: string, answer: string): string =>
  [
    `"The bill is paid in fuel": a conversation with ${name}`,
    '',
    `We spoke to ${name}, a former envoy and a fellow at the Danube Institute.`,
    '',
    'Review: What has the North gained?',
    '',
    `${label}: ${answer}`,
    '',
    'Review: And what comes next?',
    '',
    `${label}: More of the same, I expect.`,
  ].join('\n');

const probes: FigureCreditProbe[] = [];
for (const [name, label] of PEOPLE)
  for (const [answer, figure] of ANSWERS)
    probes.push({ text: interview(name, label, answer), figure, want: person(name) });

describe('an interview whose guest is named family name first', () => {
  it('gives the figures of the answers to the guest', () => {
    expectFigureCredits(probes);
  });

  it('credits no one for a repeated label the text never gave as a name', () => {
    expectFigureCredits([
      {
        text: [
          'Shipments at a glance',
          '',
          'Update: Roughly 7,500 soldiers went to the front in turns, and most came back.',
          '',
          'Update: More of the same is expected.',
        ].join('\n'),
        figure: '7,500',
        want: null,
      },
    ]);
  });
});
