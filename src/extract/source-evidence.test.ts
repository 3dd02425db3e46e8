import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

describe('evidence is shown by a source, never a source itself', () => {
  it('credits the speaker of the sentence, not "commercial satellite imagery"', () => {
    expect(
      claimIn(
        'Dana Kirsch, an analyst at the Harbour Institute, said commercial satellite imagery showed at least 12 new warehouses at the depot.',
      ).attribution?.name,
    ).toBe('Dana Kirsch');
  });

  it('credits the body carried from the sentence before, not "imagery"', () => {
    const claims = claimsIn(
      'The monitoring team said it tracked 30 trains in March. In 9 of them, imagery showed covered flatcars.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      'The monitoring team',
      'The monitoring team',
    ]);
  });

  it('credits no one for "the numbers show" with no source around', () => {
    expect(claimIn('The numbers show about 4,000 wagons crossed the bridge.').attribution).toBe(
      null,
    );
  });

  it('does not take a capitalized "Satellite" opening a sentence for a maker', () => {
    expect(claimIn('Satellite images show 120 railcars at the border yard.').attribution).toBe(
      null,
    );
  });

  it('credits the maker named before the noun', () => {
    expect(
      claimIn('New Harbor Labs imagery showed 14 tankers moored at the terminal.').attribution
        ?.name,
    ).toBe('New Harbor Labs');
  });
});

describe('a described person is found again by the noun that described them', () => {
  it('credits "the official" to the unnamed official, not to the person named last', () => {
    const claims = claimsIn(
      'Mayor Ines Falk has said up to 800 more workers may arrive. A port official said 30 barges docked in May. The official added that 12 of them carried grain.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      'Mayor Ines Falk',
      'A port official',
      'A port official',
    ]);
  });

  it('still credits "the official" to a named person whose title holds the noun', () => {
    const claims = claimsIn(
      'Oskar Lind, a senior customs official, said 40 trucks crossed in a week. The official added that 15 carried fuel.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual(['Oskar Lind', 'Oskar Lind']);
  });
});

describe('a person named after a title is found again by "he" and "him"', () => {
  it('resolves "he" to a minister named after a possessive title, not an earlier speaker', () => {
    const claims = claimsIn(
      "Colonel Rita Vance said 200 mines were cleared. Norway's defence minister Per Olav Lund told reporters that 400 tanks were sent. Asked about drones, he said only that 90 had been seen.",
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      'Colonel Rita Vance',
      "Norway's defence minister Per Olav Lund",
      "Norway's defence minister Per Olav Lund",
    ]);
  });

  it('resolves "according to him" to the name set off after a title', () => {
    const claims = claimsIn(
      'Colonel Rita Vance said 200 mines were cleared. A spokesman for the Eastern Border Guard, Ivan Petrenko, said that 400 tanks were sent. According to him, 90 drones had been seen.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      'Colonel Rita Vance',
      'Ivan Petrenko',
      'Ivan Petrenko',
    ]);
  });
});

describe('"US" is a country, not the first person', () => {
  it('credits "US officials said" to the officials, not the text\'s own voice', () => {
    expect(
      claimIn('US officials said that Moscow had shipped more than 2m barrels of diesel.')
        .attribution?.name,
    ).toBe('US officials');
  });

  it('credits "The US has since put" to the US', () => {
    expect(
      claimIn('The US has since put the number of railcars at over 700.').attribution?.name,
    ).toBe('The US');
  });

  it('still reads a lower-case "we estimate" as the text\'s own voice', () => {
    expect(
      claimIn('Officials disagree, but we estimate that 450 tanks were sent.').attribution,
    ).toBe(null);
  });
});

describe('a quantifier before a source counts it', () => {
  it('credits "One Ukrainian gunnery officer reckons" to the officer', () => {
    expect(
      claimIn('One Ukrainian gunnery officer reckons that one shell in three fails.').attribution
        ?.name,
    ).toBe('Ukrainian gunnery officer');
  });

  it('credits "Some analysts say" to the analysts', () => {
    expect(claimIn('Some analysts say 600 wagons crossed in May.').attribution?.name).toBe(
      'analysts',
    );
  });

  it('credits no one for a bare "some say"', () => {
    expect(claimIn('Some say 600 wagons crossed in May.').attribution).toBe(null);
  });
});

describe('a body that opens a sentence without a source is remembered for later references', () => {
  it('resolves "it said" to the body the sentence before introduced', () => {
    const claims = claimsIn(
      "Vilnius says 300 soldiers died. Latvia's State Border Guard (SBG) was the first to raise the alarm. On 3 March, it said 1,500 troops had crossed.",
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      'Vilnius',
      "Latvia's State Border Guard (SBG)",
    ]);
  });

  it('does not take a document named before a noun for a subject', () => {
    const claims = claimsIn(
      'The Harbour Institute said 40 tankers docked. Security Council resolution 2397 limits fuel imports. It said 12 tankers were new.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toContain('The Harbour Institute');
    expect(claims.map((c) => c.attribution?.name ?? null)).not.toContain('Security Council');
  });

  it('does not take a clause opened by "If" for a subject', () => {
    const claims = claimsIn(
      'The Harbour Institute said 40 tankers docked. If the Port Authority has more ships, 30 more will come. It said 12 tankers were new.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('The Harbour Institute');
  });
});
