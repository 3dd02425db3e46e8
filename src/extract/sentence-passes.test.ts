import { describe, expect, it } from 'vitest';
import { claimsIn, eventsIn } from './test-helpers.ts';

describe('the passes a sentence is read with', () => {
  it('spells out an acronym defined in brackets or with "known as" in a sentence before', () => {
    const named = (text: string) => claimsIn(text)[0]?.attribution?.name;
    expect(
      named(
        'The Korea Institute for Defense Analyses (KIDA) published a study. KIDA said 2,000 soldiers were wounded.',
      ),
    ).toBe('Korea Institute for Defense Analyses (KIDA)');
    expect(
      named(
        "Ukraine's military intelligence agency, known as HUR, briefed reporters. HUR said 2,000 soldiers were wounded.",
      ),
    ).toBe("Ukraine's military intelligence agency (HUR)");
  });

  it('finds no event in a dated sentence without a word of happening', () => {
    expect(eventsIn('The weather in March was mild.')).toEqual([]);
    expect(eventsIn('The talks ended in June without a deal.').map((e) => e.date)).toEqual([
      '2024-06',
    ]);
  });
});
