// The third figure battery: bare figures whose noun is a noun of counting before them ("the count
// of the dead rose from 100 to 300", a headline "raises death estimate to 300") and bare figures
// dated from the time of telling ("more than 5 million this year") after a figure of the same
// sentence, in sentences of our own.
// Probes the engine misreads today are left out:
//   - "Seoul's count of the dead rose from 100 in March.": a count a name owns is left unread when
//     no other reading finds it; its owner is its source, which is not credited yet, so the
//     figure would be read with no source.
//   - "The fatality count reached 1,200.": "fatality" is no cue of losses, so the sentence is not
//     read.
//   - "The count of the killed went from 40 to 90.": "went" is no word of change, so the two
//     levels are read as one range.
//   - "The yard held about 75 railcars a day, with a peak of more than 150 on March 22.": a bare
//     figure dated by a day ("on March 22") does not carry the noun before.
//   - "Russia launched more than 60 by the end of 2024.", after a sentence naming missiles with no
//     figure: a bare figure carries no noun from a sentence with no figure unless it refers back
//     ("60 of them").
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('counts of the dead and the wounded', [
  [
    'The count of the dead rose from at least 100 in December to about 300 by January.',
    '100 at_least person casualties - - | 300 approx person casualties - -',
  ],
  [
    'By the spring, the count of the wounded had climbed from 1,200 to roughly 2,700.',
    '1200 exact person casualties - - | 2700 approx person casualties - -',
  ],
  [
    'The count of the dead, Kyiv says, passed 4,000 last month.',
    '4000 more_than person casualties - -',
  ],
  [
    'The number of the dead rose from 300 in January to 600 by April.',
    '300 exact person casualties - - | 600 exact person casualties - -',
  ],
  [
    'The count of the injured stood at 450 on Friday, the regional governor said.',
    '450 exact person casualties - -',
  ],
  [
    'The tally of the wounded has doubled to about 1,800 since March.',
    '1800 approx person casualties - -',
  ],
  ['The count of the dead is now put at more than 2,000.', '2000 more_than person casualties - -'],
  [
    'The tally of the dead rose again, to roughly 3,100, officials said on Monday.',
    '3100 approx person casualties - -',
  ],
  [
    'The count of the killed climbed from 40 to 90 in a week.',
    '40 exact person casualties - - | 90 exact person casualties - -',
  ],
  ['An estimate of the wounded now runs to about 2,500.', '2500 approx person casualties - -'],
  // People a casualty word follows are lost, not sent.
  [
    'The agency raised its estimate of North Korean soldiers killed to about 2,000, up from about 600.',
    '2000 approx person casualties PRK - | 600 approx person casualties PRK -',
  ],
  [
    'The number of North Korean soldiers wounded has risen to 2,700.',
    '2700 exact person casualties PRK -',
  ],
]);

add('death and casualty estimates', [
  ['Seoul raises death estimate to 300', '300 exact person casualties - -'],
  [
    'Kyiv lifts casualty estimate to more than 6,000 as fighting in Kursk drags on',
    '6000 more_than person casualties - -',
  ],
  ['Spy agency doubles death estimate to 600', '600 exact person casualties - -'],
  [
    'The spy agency raised its death estimate to about 2,000 in September.',
    '2000 approx person casualties - -',
  ],
  [
    "Ukraine's military put its casualty count at roughly 4,000, up from 3,000.",
    '4000 approx person casualties - - | 3000 exact person casualties - -',
  ],
  [
    'Officials revised the casualty tally to some 4,700 in April.',
    '4700 approx person casualties - -',
  ],
  [
    "Seoul's spy agency said its death estimate now stood at 2,500.",
    '2500 exact person casualties - -',
  ],
  ['The death count reached 120 by the weekend.', '120 exact person casualties - -'],
]);

add('bare figures dated from the time of telling', [
  [
    'Russia made about 4 million artillery shells in 2024 and could make more than 5 million this year.',
    '4000000 approx shell munitions RUS - | 5000000 more_than shell munitions RUS -',
  ],
  [
    'North Korea shipped about 3 million shells in 2023 and perhaps 2 million last year.',
    '3000000 approx shell munitions PRK RUS | 2000000 approx shell munitions PRK RUS',
  ],
  [
    'The North sent about 800 containers a month in the first five months of the year, compared with some 1,400 last year.',
    '800 approx container munitions PRK RUS | 1400 approx container munitions PRK RUS',
  ],
  [
    'Pyongyang sent 11,000 troops in 2024 and at least 3,000 this year, the agency said.',
    '11000 exact person personnel PRK RUS | 3000 at_least person personnel PRK RUS',
  ],
  [
    'Russia fired about 10,000 shells a day in 2024 but closer to 6,000 this month.',
    '10000 approx shell munitions RUS UKR | 6000 approx shell munitions RUS UKR',
  ],
  [
    "Kim's factories turned out 2 million shells in 2024 and are on course for 3 million next year.",
    '2000000 exact shell munitions PRK - | 3000000 exact shell munitions PRK -',
  ],
  [
    'Kyiv counted 60 North Korean missiles in 2024 and more than 40 this year.',
    '60 exact missile missiles PRK RUS | 40 more_than missile missiles PRK RUS',
  ],
  [
    'Moscow took in 12,000 North Korean workers in 2024 and expects roughly 15,000 this year.',
    '12000 exact person personnel PRK RUS | 15000 approx person personnel PRK RUS',
  ],
  [
    'North Korean shipments fell from 1,900 containers a month in 2024 to about 1,100 this year.',
    '1900 exact container munitions PRK RUS | 1100 approx container munitions PRK RUS',
  ],
  [
    'Ukraine recorded 24 North Korean missiles in January and 9 last month.',
    '24 exact missile missiles PRK RUS | 9 exact missile missiles PRK RUS',
  ],
  // A day of the month before "last year" is a date, and a count of its own is no ellipsis.
  [
    'The resort can house nearly 20,000 guests, and it opened on July 1 last year.',
    '20000 approx person other - -',
  ],
  [
    'The attack on January 23 this year injured more than 30 people.',
    '30 more_than person casualties - -',
  ],
  ['The bridge opened on June 12 last year after 40 months of work.', 'none'],
]);

add('groups said to number a bare figure', [
  [
    'The first wave, drawn largely from an elite corps, numbered 10,000 to 11,000, according to Seoul.',
    '10000-11000 range person personnel PRK RUS',
  ],
  [
    'By December the contingent numbered roughly 14,000, the agency said.',
    '14000 approx person personnel PRK RUS',
  ],
  [
    'The deployment numbers roughly 14,000, officials estimate.',
    '14000 approx person personnel PRK RUS',
  ],
  [
    'Officials said the first wave numbered about 10,000, and the second about 3,000.',
    '10000 approx person personnel PRK RUS | 3000 approx person personnel PRK RUS',
  ],
  [
    'The detachment sent to Kursk numbered some 1,000 engineers.',
    '1000 approx person personnel PRK RUS',
  ],
  // A crew's size is no transfer.
  ['The crew numbers 30.', 'none'],
]);

describe('bare figures a noun of counting names', () => {
  it('reads the count, tally or estimate of the dead or wounded as people lost', () => {
    expectFigures(family('counts of the dead and the wounded'));
  });

  it('reads a death or casualty estimate, count or tally as people lost', () => {
    expectFigures(family('death and casualty estimates'));
  });
});

describe('bare figures a group is said to number', () => {
  it('counts the people of a wave, contingent or deployment that numbered a figure', () => {
    expectFigures(family('groups said to number a bare figure'));
  });
});

describe('bare figures after a figure of the same sentence', () => {
  it('counts the noun before for a bare figure of this year, last year or next year', () => {
    expectFigures(family('bare figures dated from the time of telling'));
  });
});
