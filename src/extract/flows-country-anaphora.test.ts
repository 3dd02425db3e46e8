import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const sides = (text: string) => {
  const claim = claimsIn(text).at(-1);
  return [claim?.category, claim?.from ?? null, claim?.to ?? null];
};

describe('"its" or "the country" in a sentence that names no country before it', () => {
  it('means the subject of the sentence before, not the country it named last', () => {
    expect(
      sides(
        'Pyongyang moved 9,000 soldiers to Russia. Around 2,500 of its soldiers have died or been hurt.',
      ),
    ).toEqual(['casualties', 'PRK', null]);
  });

  it('means the subject after a phrase that opens the sentence before', () => {
    expect(
      sides(
        'Early last year, Pyongyang moved 9,000 soldiers to Russia. In return, the country got 800,000 barrels of oil.',
      ),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });

  it('means the subject of the clause a source reports', () => {
    expect(
      sides(
        'The ministry said the North had moved 9,000 soldiers to Russia. It said 2,500 of its soldiers had died or been hurt.',
      ),
    ).toEqual(['casualties', 'PRK', null]);
  });

  it('means the subject of the last clause after ", and"', () => {
    expect(
      sides(
        'Moscow ran short of men, and Pyongyang moved 9,000 soldiers to Russia. Around 2,500 of its soldiers have died or been hurt.',
      ),
    ).toEqual(['casualties', 'PRK', null]);
  });

  it('means the country last named where the sentence before opened with a phrase about something else', () => {
    expect(
      sides(
        'Flights between Pyongyang and Moscow resumed in July. Around 2,500 of its soldiers have died or been hurt.',
      ),
    ).toEqual(['casualties', 'RUS', null]);
  });

  it('is not meant by a demonym before a noun ("North Korean workers")', () => {
    expect(
      sides(
        'North Korean workers reached Russia in May. Around 2,500 of its soldiers have died or been hurt.',
      ),
    ).toEqual(['casualties', 'RUS', null]);
  });

  it('is not what "its ally" means: the partner is the other country', () => {
    expect(
      sides('Pyongyang moved 9,000 soldiers to Russia. Its ally has paid it about $300 million.'),
    ).toEqual(['money', 'RUS', 'PRK']);
  });

  it('means a country that is the whole name of its own sentence’s source', () => {
    expect(
      sides(
        'North Korea moved 9,000 soldiers to Russia. Moscow says 600,000 of its soldiers have died or been hurt.',
      ),
    ).toEqual(['casualties', 'RUS', null]);
  });
});
