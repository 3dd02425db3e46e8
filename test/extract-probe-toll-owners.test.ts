// The toll-owners battery: whose people a toll counts. A toll goes on with the people the text has
// been counting, so it is only as right as their sides: a country people arrived in, or a
// participle that describes a figure's noun ("the number deployed"), names no sender of them. A
// word of loss right after a number is the figure's own, even where the figure values a group
// ("reckons the dead of the whole deployment at 3,300 dead or hurt"), and a country the toll is
// set against ("their dead higher than Tokyo does") tells of it rather than owns it. In sentences of our own, each
// with every claim it should give.
// Probes the engine misreads today are left out:
//   - "Pyongyang confirms Donbas deployment as Tokyo puts losses at 3,100": a headline whose only
//     other country speaks names no owner of the losses.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('people who arrived somewhere', [
  [
    'Tokyo’s spy service said another 1,500 men reached Russia in April, taking the number deployed to around 12,700. Of them, roughly 260 have died and close to 1,950 were wounded, it said.',
    '1500 exact person personnel PRK RUS | 12700 approx person personnel PRK RUS | 260 approx person casualties PRK - | 1950 approx person casualties PRK -',
  ],
  [
    'Some 900 more infantrymen turned up in Russia in June, lifting the sum deployed to about 13,400. Three infantrymen were taken prisoner by Ukrainian marines that month.',
    '900 approx person personnel PRK RUS | 13400 approx person personnel PRK RUS | 3 exact person casualties PRK -',
  ],
  [
    'Some 700 more soldiers have landed in Russia, lifting the number sent to nearly 12,000.',
    '700 approx person personnel PRK RUS | 12000 approx person personnel PRK RUS',
  ],
]);

add('senders that stay', [
  [
    'Moscow has moved 4,000 troops into Belarus, taking the number stationed there to 9,000.',
    '4000 exact person personnel RUS BLR | 9000 exact person personnel RUS BLR',
  ],
  [
    'Pyongyang has sent some 9,000 men. The number killed stands at 600.',
    '9000 approx person personnel PRK RUS | 600 exact person casualties PRK -',
  ],
  [
    'North Korea has deployed 2,500 more troops to Russia, bringing the total to 14,500.',
    '2500 exact person personnel PRK RUS | 14500 exact person personnel PRK RUS',
  ],
]);

add('a loss valued with a group', [
  [
    'Kyiv reckons the dead of the whole North Korean deployment at about 4,200 dead or hurt, with roughly 1,300 of them dead.',
    '4200 approx person casualties PRK - | 1300 approx person casualties PRK -',
  ],
  [
    'Lviv analysts value North Korean losses across the deployment at some 3,300 wounded or dead.',
    '3300 approx person casualties PRK -',
  ],
]);

add('groups valued with no loss', [
  ['Seoul puts the deployment at 10,500.', '10500 exact person personnel PRK RUS'],
  [
    'Kyiv put North Korean losses at 2,900 among a contingent of about 11,500.',
    '2900 exact person casualties PRK - | 11500 approx person personnel PRK RUS',
  ],
  [
    'Tokyo sizes the North Korean contingent at about 7,000.',
    '7000 approx person personnel PRK RUS',
  ],
]);

add('a toll set against another count', [
  [
    'Pyongyang has dispatched 12,400 men to Kursk. Ukrainian commanders put their dead higher than Tokyo does, at about 2,900 killed.',
    '12400 exact person personnel PRK RUS | 2900 approx person casualties PRK -',
  ],
  [
    'North Korea has sent 10,000 troops to Russia. Ukrainian commanders put their dead higher than Tokyo does, at close to 1,700 killed.',
    '10000 exact person personnel PRK RUS | 1700 approx person casualties PRK -',
  ],
]);

add('tolls of the country compared', [
  [
    'Russia has lost more soldiers than Ukraine, at some 400,000 killed.',
    '400000 approx person casualties RUS -',
  ],
  [
    'North Korea shipped more rockets than Iran did, at some 1,700 monthly.',
    '1700 approx rocket munitions PRK RUS',
  ],
]);

describe('whose people a toll counts', () => {
  it('gives people who arrived in a country, and their later losses, to the usual sender', () => {
    expectFigures(family('people who arrived somewhere'));
  });
  it('keeps a sender that its clause names before the verb', () => {
    expectFigures(family('senders that stay'));
  });
  it('reads a word of loss right after a group’s valued figure as casualties', () => {
    expectFigures(family('a loss valued with a group'));
  });
  it('keeps a group valued with no word of loss of its own a deployment', () => {
    expectFigures(family('groups valued with no loss'));
  });
  it('does not give a toll to the country it is set against', () => {
    expectFigures(family('a toll set against another count'));
  });
  it('keeps a toll with the country that lost it when another is compared', () => {
    expectFigures(family('tolls of the country compared'));
  });
});
