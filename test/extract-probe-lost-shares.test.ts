// The lost-shares battery: a share of a group of people that was lost is casualties of the
// group's country. The group may be named by a noun of a group ("the force", "the brigade"), by
// those a participle of sending names ("those deployed"), or by its own count; the loss may be the
// share's own verb, a word of loss the share is set off after, or a figure of losses it restates
// after ", or". In sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "Kyiv puts the dead at 2,000, or a sixth of the men sent": "a sixth" is not read as a share.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('a group that was lost', [
  [
    'By Kyiv’s count, close to 25 percent of the North Korean force died or was wounded over the winter.',
    '25 approx percent casualties PRK -',
  ],
  [
    'Ukrainian commanders said nearly a fifth of the North Korean brigade had been killed by March.',
    '20 approx percent casualties PRK -',
  ],
]);

add('a share set off after a loss', [
  [
    'Pyongyang has lost about 2,600 soldiers. “A toll like that, roughly one in eight of those deployed, cannot stay secret,” the analyst said.',
    '2600 approx person casualties PRK - | 12.5 approx percent casualties PRK -',
  ],
  [
    'Pyongyang has lost about 2,600 soldiers. “A loss on that scale, one in five of those sent, is hard to hide,” he said.',
    '2600 approx person casualties PRK - | 20 exact percent casualties PRK -',
  ],
]);

add('a share that restates losses', [
  [
    'Seoul puts North Korean dead and wounded at 1,900, or close to 20 percent of the 9,500 men sent.',
    '1900 exact person casualties PRK - | 20 approx percent casualties PRK - | 9500 exact person personnel PRK RUS',
  ],
  [
    'Kyiv puts North Korean losses at 3,400, or some 30% of the contingent.',
    '3400 exact person casualties PRK - | 30 approx percent casualties PRK -',
  ],
]);

add('shares that lost no one', [
  [
    'About half of the North Korean force in Kursk has been pulled back.',
    '50 approx percent personnel PRK RUS',
  ],
  [
    'North Korea has dispatched 13,500 soldiers to Kursk; about 35 percent of those sent are sappers.',
    '13500 exact person personnel PRK RUS | 35 approx percent personnel PRK RUS',
  ],
  [
    'Pyongyang has sent 14,000 soldiers, or about a tenth of the special forces.',
    '14000 exact person personnel PRK RUS | 10 approx percent personnel PRK RUS',
  ],
  ['The sector employs close to 18 percent of the labour force.', '18 approx percent other - -'],
  [
    'The firm booked a loss of $3 million, about a tenth of its revenue.',
    '3000000 exact usd money * * | 10 approx percent money * *',
  ],
  [
    'Moscow’s losses, nearly 2 percent of its economy, are mounting.',
    '2 approx percent other RUS -',
  ],
]);

describe('a share of people that was lost', () => {
  it('reads a share of a group whose own verb is one of dying as casualties', () => {
    expectFigures(family('a group that was lost'));
  });
  it('reads a share of people set off after a word of loss as casualties', () => {
    expectFigures(family('a share set off after a loss'));
  });
  it('reads a share of people that restates a figure of losses after ", or" as casualties', () => {
    expectFigures(family('a share that restates losses'));
  });
  it('leaves shares of people no word of loss governs as they were', () => {
    expectFigures(family('shares that lost no one'));
  });
});
