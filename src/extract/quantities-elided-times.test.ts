import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const read = (text: string) =>
  claimsIn(text, '2025-06-10').map(
    (c) => `${c.text}: ${c.unit}${c.period?.per ? '/' + c.period.per : ''}`,
  );

describe('a bare figure dated after a figure of the same sentence', () => {
  it('counts the noun before for a figure of "now" or "today", keeping its rate', () => {
    expect(
      read('Its guns fired 18,000 shells a day last winter and fire about 7,000 now.'),
    ).toEqual(['18,000 shells a day: shell/day', 'about 7,000: shell/day']);
    expect(read('The yard held 90 railcars in March and holds 40 today.')).toEqual([
      '90 railcars: vehicle',
      '40: vehicle',
    ]);
  });

  it('counts the noun before for a figure of "the year before" or "a month earlier"', () => {
    expect(
      read('About 9,000 workers arrived in 2024, up from 5,000 in 2023 and 800 the year before.'),
    ).toEqual(['About 9,000 workers: person', '5,000: person', '800: person']);
    expect(read('The depot shipped 2,000 containers in May and 1,400 a month earlier.')).toEqual([
      '2,000 containers: container',
      '1,400: container',
    ]);
  });

  it('counts the noun before for a figure of a day, with no rate of its own', () => {
    expect(read('The yard held about 60 railcars a day, with a peak of 130 on May 4.')).toEqual([
      'about 60 railcars a day: vehicle/day',
      '130: vehicle',
    ]);
    expect(read('Imagery showed 80 containers on 2 May and about 140 on 9 May.')).toEqual([
      '80 containers: container',
      'about 140: container',
    ]);
    expect(read('Analysts counted 45 railcars on Monday and 70 on Friday.')).toEqual([
      '45 railcars: vehicle',
      '70: vehicle',
    ]);
  });

  it('reads no figure in a bare number of a stretch that counts nothing before it', () => {
    expect(read('The talks lasted 3 hours and resumed the day before.')).toEqual([]);
  });
});
