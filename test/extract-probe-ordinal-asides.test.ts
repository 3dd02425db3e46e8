// An aside that ranks ("…, the first since 2019,", "…, the latest of its kind,") describes the
// document or the act, not the body that speaks: the body keeps the acronym the text gave it as
// its affiliation. An aside that describes a person or a body still is one. Texts of our own.
import { describe, it } from 'vitest';
import { expectCredits, expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const BODIES = [
  ['the Nordic Grain Council (NGC)', 'NGC'],
  ['the Baltic Food Office (BFO)', 'BFO'],
] as const;
const ASIDES = [
  'the first since 2019',
  'the second this decade',
  'the latest of its kind',
  'the only one published since 2021',
];
const VERBS = ['estimated', 'found', 'concluded'];

const probes: FigureCreditProbe[] = [];
for (const [body, acronym] of BODIES)
  for (const aside of ASIDES)
    for (const verb of VERBS)
      probes.push({
        text: `A joint review by the Alpine Farm Agency and ${body}, ${aside}, ${verb} that Laos shipped about 95,000 tonnes of rice in 2024.`,
        figure: '95,000 tonnes',
        want: person(acronym),
      });

/** Near-misses: descriptions of a person or a body stay their affiliation. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: 'Lars Dahl, the head of the Nordic Grain Council, said Laos shipped about 95,000 tonnes of rice.',
    figure: '95,000 tonnes',
    want: person('Lars Dahl', 'Nordic Grain Council'),
  },
  {
    text: 'Grain Pulse, the Oslo monitoring service, estimated that Laos shipped about 95,000 tonnes of rice.',
    figure: '95,000 tonnes',
    want: person('Grain Pulse', 'Oslo monitoring service'),
  },
];

describe('an aside that ranks a document among others', () => {
  it('keeps the acronym, not the ranking, as the affiliation', () => {
    expectCredits(probes, {
      pick: (claims, probe) => claims.findLast((c) => c.text.includes(probe.figure)),
      accepts: (want, got) =>
        got != null && want != null && (got.affiliation ?? '').includes(want.name ?? '?'),
    });
  });
  it('keeps descriptions of people and bodies as they were', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
