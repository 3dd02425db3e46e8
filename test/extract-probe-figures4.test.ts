// The fourth figure battery: bare figures dated after a figure of the same sentence ("around 9,000
// now", "2,000 the year before", "60 on Thursday"), pictures a study counted ("reviewed 212
// satellite images"), and people a report consulted ("citing two health workers", "interviewed
// 23 people"), in sentences of our own. Sides that are not this battery's concern are "*".
// Probes the engine misreads today are left out:
//   - "In talks with 30 traders in Hyesan, the outlet found rice at 9,000 won a kilogram.": "talks
//     with" is no phrase of consulting, and "traders" no counted noun of people, so "30 traders"
//     is read as a count of things.
//   - "The North has made three deliveries of missiles this year.": deliveries, voyages and port
//     calls are counted, but annotators differ on their unit (things or vehicles) and on a
//     delivery's category, so deliveries are left unread.
//   - "Visits to the port fell to three last month, down from about seven a month.": a bare figure
//     whose noun is a verb's noun ("visits") is not read.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('bare figures of now or today after a figure', [
  [
    'Russian gunners fired more than 20,000 shells a day in early 2024 but fire around 9,000 now.',
    '20000 more_than shell munitions * * | 9000 approx shell munitions * *',
  ],
  [
    'Daily shelling on the sector fell from about 15,000 rounds a day last spring to roughly 6,000 today.',
    '15000 approx shell munitions * * | 6000 approx shell munitions * *',
  ],
  [
    "Russia's artillery fires about 10,000 rounds a day, against 40,000 a day at the peak of 2023 and 12,000 now.",
    '10000 approx shell munitions * * | 40000 exact shell munitions * * | 12000 exact shell munitions * *',
  ],
  [
    'Kyiv says Russia fires about 9,000 shells a day today, down from 25,000 a day in 2024.',
    '9000 approx shell munitions * * | 25000 exact shell munitions * *',
  ],
  [
    'Our sector took 3,000 shells a day last winter; commanders say it takes perhaps 800 now.',
    '3000 exact shell munitions * * | 800 approx shell munitions * *',
  ],
  [
    'Russian shelling drops from 20,000 rounds a day in 2024 to about 9,000 now',
    '20000 exact shell munitions * * | 9000 approx shell munitions * *',
  ],
  [
    'Ukraine may have taken 5,000 shells a day in 2024; by one estimate it takes fewer than 2,000 today.',
    '5000 exact shell munitions * * | 2000 less_than shell munitions * *',
  ],
]);

add('bare figures of a stretch before the figure before', [
  [
    'The North sent about 8,000 workers in 2025, up from 5,500 in 2024 and fewer than 1,000 the year before.',
    '8000 approx person personnel PRK RUS | 5500 exact person personnel PRK RUS | 1000 less_than person personnel PRK RUS',
  ],
  [
    'More than 15,000 North Koreans entered Russia in 2025, up from 13,000 in 2024 and 2,000 the year before.',
    '15000 more_than person personnel PRK RUS | 13000 exact person personnel PRK RUS | 2000 exact person personnel PRK RUS',
  ],
  [
    'Tankers made 30 port calls at Vostochny in 2024 and 18 the year before, the group said.',
    '30 exact item oil RUS PRK | 18 exact item oil RUS PRK',
  ],
  [
    'The port handled 400 containers in May, compared with 150 a month earlier.',
    '400 exact container munitions PRK RUS | 150 exact container munitions PRK RUS',
  ],
  [
    'Seoul says 3,000 troops arrived in March and 2,000 a month later.',
    '3000 exact person personnel PRK RUS | 2000 exact person personnel PRK RUS',
  ],
  [
    'The depot received 600 containers in the first quarter and 450 the quarter before.',
    '600 exact container munitions PRK RUS | 450 exact container munitions PRK RUS',
  ],
  [
    'Kyiv estimates the North has shipped 4 million shells, against 3 million a year ago.',
    '4000000 exact shell munitions PRK RUS | 3000000 exact shell munitions PRK RUS',
  ],
]);

add('bare figures of a day after a figure', [
  [
    'Imagery showed 45 railcars at the yard on Monday and 60 on Thursday.',
    '45 exact vehicle * * * | 60 exact vehicle * * *',
  ],
  [
    'The yard held about 75 railcars a day on average, with a peak of more than 150 on March 22.',
    '75 approx vehicle * * * | 150 more_than vehicle * * *',
  ],
  [
    'Analysts counted 210 containers on the quay on 3 June and about 320 on 17 June.',
    '210 exact container * * * | 320 approx container * * *',
  ],
  [
    'Satellite photos show 38 wagons at Tumangang on 2 May and nearly 90 on 30 May.',
    '38 exact vehicle * * * | 90 approx vehicle * * *',
  ],
]);

add('pictures a study counted', [
  [
    'Beyond Parallel has reviewed 212 satellite images of the facility since the surge began.',
    'none',
  ],
  ['The authors examined more than 1,100 satellite images of Rajin and Tumangang.', 'none'],
  ['This study draws on an archive of more than 900 satellite images of the port.', 'none'],
  ['Analysts went through 450 photographs of the rail yard taken since March.', 'none'],
  ['We looked at 60 commercial images of the base from Planet Labs.', 'none'],
  ['The researchers studied some 3,000 pictures released by state media.', 'none'],
  ['The team analysed 75 videos posted by Russian soldiers.', 'none'],
  // What a picture shows is still counted.
  [
    'NK News counted at least 40 drones in a photograph released by state media.',
    '40 at_least drone weapons * *',
  ],
  ['Images from June show roughly 350 containers on the quay.', '350 approx container * * *'],
]);

add('people a report consulted', [
  [
    'At least 800 bodies passed through the morgue between December and April, the outlet reported, citing two local health workers.',
    '800 at_least person casualties * *',
  ],
  [
    'The paper interviewed 23 people for this article, including four Ukrainian officers and two freight forwarders.',
    'none',
  ],
  ['Reporters spoke to 15 workers who had returned from Russia.', 'none'],
  ['The figures come from interviews with 40 defectors, the institute said.', 'none'],
  [
    'According to two European officials, about 3,000 more troops arrived in March.',
    '3000 approx person personnel PRK RUS',
  ],
  [
    'The NIS, quoting five defectors, said 2,000 workers had left.',
    '2000 exact person personnel PRK RUS',
  ],
  ['The institute surveyed 120 defectors who had worked in Russia.', 'none'],
  [
    'Daily NK, citing three sources in Pyongyang, said about 1,500 soldiers had been sent in May.',
    '1500 approx person personnel PRK RUS',
  ],
  [
    'The BBC talked to six soldiers on the front line, who said about 200 North Koreans had died.',
    '200 approx person casualties PRK -',
  ],
  ['Researchers polled 1,000 residents of the border region.', 'none'],
  // Losses a statement cites and people sent for a cited reason are still figures.
  [
    'Kyiv, citing 300 deaths in Kursk, asked for more air defence.',
    '300 exact person casualties * *',
  ],
  [
    'The official, citing intelligence reports, said 11,000 soldiers had arrived.',
    '11000 exact person personnel PRK RUS',
  ],
  [
    'The regime sent 2,000 workers to Vladivostok, citing labour shortages.',
    '2000 exact person personnel PRK RUS',
  ],
]);

describe('bare figures dated after a figure of the same sentence', () => {
  it('counts the noun before for a figure of now or today, keeping its rate', () => {
    expectFigures(family('bare figures of now or today after a figure'));
  });

  it('counts the noun before for a figure of the year, month or quarter before', () => {
    expectFigures(family('bare figures of a stretch before the figure before'));
  });

  it('counts the noun before for a figure of a named day', () => {
    expectFigures(family('bare figures of a day after a figure'));
  });
});

describe('counts that are the evidence of a report, not its figures', () => {
  it('reads no figure in the pictures a study reviewed, but reads what a picture shows', () => {
    expectFigures(family('pictures a study counted'));
  });

  it('reads no figure in the people a report cited, quoted, interviewed or surveyed', () => {
    expectFigures(family('people a report consulted'));
  });
});
