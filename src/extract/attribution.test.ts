import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const source = (text: string) => claimIn(text).attribution;

describe('attribution', () => {
  it('reads "according to X, a researcher at Y" as a name and an affiliation', () => {
    expect(
      source(
        'The North earned $5.5 billion, according to Olena Guseinova, a researcher at Hankuk University.',
      ),
    ).toEqual({ name: 'Olena Guseinova', affiliation: 'Hankuk University' });
  });

  it('reads "X said" after the figure', () => {
    expect(
      source('North Korea sent 20,000 containers, South Korean officials have said.')?.name,
    ).toBe('South Korean officials');
  });

  it('reads "X said that" before the figure', () => {
    expect(
      source('The US State Department announced that North Korea had supplied 10,000 containers.')
        ?.name,
    ).toBe('The US State Department');
  });

  it('reads "said X, title of Y"', () => {
    expect(
      source(
        'The deal brought in $20 million, said Yang Moo-jin, president of the University of North Korean Studies.',
      ),
    ).toEqual({ name: 'Yang Moo-jin', affiliation: 'University of North Korean Studies' });
  });

  it('steps over an acronym in brackets before the verb', () => {
    expect(
      source('Russia lost 1,500 troops a day, the Institute for the Study of War (ISW) said.')
        ?.name,
    ).toBe('the Institute for the Study of War');
  });

  it('reads "analysts say"', () => {
    expect(source('Kim is receiving billions of dollars from Russia, analysts say.')?.name).toBe(
      'analysts',
    );
  });

  it('reads "a report by researchers at Y"', () => {
    expect(
      source(
        'China accounts for 90 percent of its trade, according to a report by researchers at the Korea Development Institute.',
      ),
    ).toEqual({ name: 'researchers', affiliation: 'Korea Development Institute' });
  });

  it('carries the speaker to "she also estimated"', () => {
    const [, second] = claimsIn(
      'The North earned $5.5 billion, according to Olena Guseinova. She also estimated that it could bring in $572 million annually.',
    );
    expect(second?.attribution?.name).toBe('Olena Guseinova');
  });

  it('carries the speaker to "he added" and "according to him"', () => {
    const claims = claimsIn(
      'Seoul has counted 6,700 containers, according to Defense Minister Shin Won-sik. They held 3 million shells, he added. According to him, 500 factories make shells.',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual([
      'Defense Minister Shin Won-sik',
      'Defense Minister Shin Won-sik',
      'Defense Minister Shin Won-sik',
    ]);
  });

  it('carries the source to "the minister clarified"', () => {
    const [, second] = claimsIn(
      'Pyongyang sent 6,700 containers, according to Defence Minister Shin Won-sik. "At least several million shells have been sent," the minister clarified.',
    );
    expect(second?.attribution?.name).toBe('Defence Minister Shin Won-sik');
  });

  it('prefers the source quoted inside the quotation to the speaker outside it', () => {
    const claim = claimIn(
      '"The intelligence service also reported that the number of injured may reach nearly 1,000," he added.',
    );
    expect(claim.attribution?.name).toBe('The intelligence service');
  });

  it('gives a figure stated in the text’s own voice no source', () => {
    expect(source('The country’s exports amounted to $330 million last year.')).toBeNull();
  });

  it('does not carry a source to a later sentence that does not refer back', () => {
    const [, second] = claimsIn('Kyiv said 300 soldiers died. Trade reached $34 million in 2023.');
    expect(second?.attribution).toBeNull();
  });

  it('reads the source a headline names before a colon', () => {
    expect(source('Seoul: North Korea has sent 13,000 containers to Russia')?.name).toBe('Seoul');
  });

  it('keeps "and" inside a name that goes on in capitals', () => {
    expect(
      source('Pyongyang sent 11,000 troops, according to Ukrainian and South Korean estimates.')
        ?.name,
    ).toBe('Ukrainian and South Korean estimates');
  });

  it('carries the source to "the group said"', () => {
    const [, second] = claimsIn(
      'Tankers carried 200,000 barrels in May, according to the Open Source Centre. They carried 1 million barrels in all, the group said.',
    );
    expect(second?.attribution?.name).toBe('the Open Source Centre');
  });

  it('reads "people familiar with the matter" as the source, and their count as no claim', () => {
    const claims = claimsIn(
      'Pyongyang shipped 1 million rounds, three people familiar with the matter told Reuters.',
    );
    expect(claims.map((c) => c.text)).toEqual(['1 million rounds']);
    expect(claims[0]?.attribution?.name).toBe('three people familiar with the matter');
  });

  it('carries the source to "it said" and does not read a headline label as one', () => {
    const claims = claimsIn(
      "Exclusive: Pyongyang shipped 1 million rounds\nRussia got 1.5 million shells, according to Ukraine's intelligence. It said that the shells accounted for a third of its use.",
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      null,
      "Ukraine's intelligence",
      "Ukraine's intelligence",
    ]);
    expect(claims[2]?.category).toBe('munitions');
  });

  it('does not read "said to be" as a source', () => {
    const claim = claimIn('The 3,000 soldiers said to be wounded were moved to Kursk.');
    expect([claim.value, claim.attribution]).toEqual([3000, null]);
  });

  it('ignores generic speakers such as "you can say"', () => {
    const claim = claimIn(
      '"You can say that at least 2 million shells were sent," the minister said.',
    );
    expect(claim.attribution?.name).toBe('the minister');
  });
});
