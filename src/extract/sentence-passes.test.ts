import { describe, expect, it } from 'vitest';
import { claimsIn, eventsIn } from './test-helpers.ts';

describe('the passes a sentence is read with', () => {
  it('reads no figure from the day or the year of a date, and the figure after it', () => {
    const claims = claimsIn('On Nov. 29, 2024, North Korea sent 3,000 troops to Russia.');
    expect(claims.map((c) => c.value)).toEqual([3000]);
    expect(claims[0]?.period).toMatchObject({ start: '2024-11-29' });
  });

  it('reads the figure right after a date that opens the sentence', () => {
    const claims = claimsIn('In March 2024, 1,500 more troops arrived in Kursk.');
    expect(claims.map((c) => c.value)).toEqual([1500]);
    expect(claims[0]?.period).toMatchObject({ start: '2024-03' });
  });

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

  it('keeps the whole of "of whom a quarter were killed" the people sent, not casualties', () => {
    expect(claimsIn('15,000 soldiers served, of whom a quarter were killed.')[0]).toMatchObject({
      category: 'personnel',
    });
  });

  it('pairs a date with the verb of its own clause, not the nearer one past a semicolon', () => {
    const events = eventsIn(
      'The two delegations met in Seoul for many long hours on Monday; talks began.',
    );
    expect(events.map((e) => e.type)).toEqual(['meeting']);
  });

  it('finds no event in a dated sentence without a word of happening', () => {
    expect(eventsIn('The weather in March was mild.')).toEqual([]);
    expect(eventsIn('The talks ended in June without a deal.').map((e) => e.date)).toEqual([
      '2024-06',
    ]);
  });
});
