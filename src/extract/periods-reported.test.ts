import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const periods = (text: string, published = '2025-06-12') =>
  claimsIn(text, published).map((c) => c.period);

describe('"by then" after a date of saying', () => {
  it('ends the count at the month the speaker gave it: "said in March that … by then"', () => {
    expect(
      periods('The minister said in March that about 2,500 recruits had been wounded by then.'),
    ).toEqual([{ start: null, end: '2025-03', per: null }]);
  });

  it('ends the count when "by then" stands before it: "had by then delivered"', () => {
    expect(
      periods(
        'The agency briefed parliament in October last year that the North had by then delivered over 150 howitzers.',
      ),
    ).toEqual([{ start: null, end: '2024-10', per: null }]);
  });

  it('leaves a date of saying undated without "by then"', () => {
    expect(
      periods(
        'The agency briefed parliament in October that the North had delivered over 150 howitzers.',
      ),
    ).toEqual([null]);
  });

  it('bounds only its own figure, not a share reported after it', () => {
    expect(
      periods(
        'The ministry told reporters in April that the North had by then moved 6 million rounds, and estimated that North Korean rounds accounted for roughly 30 percent of Russian artillery fire.',
      ),
    ).toEqual([{ start: null, end: '2025-04', per: null }, null]);
  });
});

describe('the day of a strike in a sentence that credits someone', () => {
  it('dates what a missile that hit a town on that day did', () => {
    expect(
      periods(
        'A rocket that hit a market in Sumy on May 3 killed nine people and injured 40, regional officials said.',
      ),
    ).toEqual([
      { start: '2025-05-03', end: '2025-05-03', per: null },
      { start: '2025-05-03', end: '2025-05-03', per: null },
    ]);
  });

  it('dates the missiles of a strike on a given night', () => {
    expect(
      periods(
        'Russian forces struck Odesa on the night of May 7 with five missiles, the navy said.',
      ),
    ).toEqual([{ start: '2025-05-07', end: '2025-05-07', per: null }]);
  });

  it('leaves a toll set off by a comma after the day undated', () => {
    expect(
      periods(
        'One hit a suburb of Dnipro on April 2, killing three people, according to the mayor.',
      ),
    ).toEqual([null]);
  });

  it('leaves a day of saying undated where no strike is named', () => {
    expect(periods('The governor said on May 3 that 40 people had been wounded.')).toEqual([null]);
  });
});

describe('a second reported clause after "and that"', () => {
  it('takes no date of the first clause', () => {
    expect(
      periods(
        'The agency told lawmakers that 2,000 engineers had arrived in May, and that some 9,000 troops remained near the border.',
      ),
    ).toEqual([{ start: '2025-05', end: '2025-05', per: null }, null]);
  });

  it('keeps the closed span of the first clause for a part of what it counted', () => {
    expect(
      periods(
        'The ministry said that 9,000 workers came in 2024, and that about 4,000 of them held student visas.',
      ),
    ).toEqual([
      { start: '2024', end: '2024', per: null },
      { start: '2024', end: '2024', per: null },
    ]);
  });
});

describe('a pledge after a dated sentence', () => {
  it('takes no period of the sentence before', () => {
    expect(
      periods(
        'About 1,200 builders were at work in the region in March. Seoul says Pyongyang agreed to send 4,000 builders in all.',
      ),
    ).toEqual([{ start: '2025-03', end: '2025-03', per: null }, null]);
  });
});
