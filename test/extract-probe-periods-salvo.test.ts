// The day of a salvo: what a verb of launching sends on a day ("fired 40 drones at Odesa on
// Sunday", "On Sunday, Russia launched 40 drones", "launched 40 drones overnight") is that day's,
// also in a sentence that credits someone, as a toll's own day is
// (test/extract-probe-periods-own-day.test.ts). A day of saying stays the saying's. In texts of
// our own read against a fixed publication date (Sunday 15 June 2025). Each probe names the figure
// it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('the day of a salvo', () => {
  it('dates what was fired on a day named after the count', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia fired 52 drones at Kharkiv on Saturday, the regional governor said.',
          '52 drones',
          span('2025-06-14', '2025-06-14'),
        ],
        [
          'Moscow launched six cruise missiles at Lviv on Wednesday night, the Lviv governor reports.',
          'six cruise missiles',
          span('2025-06-11', '2025-06-11'),
        ],
        [
          'Russian forces launched 130 Shahed drones and nine missiles at Dnipro on June 9, the army said.',
          'nine missiles',
          span('2025-06-09', '2025-06-09'),
        ],
        [
          'Russia launched 75 drones at Sumy on Tuesday.',
          '75 drones',
          span('2025-06-10', '2025-06-10'),
        ],
      ]),
    );
  });

  it('dates what was fired on a day that opens the sentence', () => {
    expectPeriods(
      periodProbes([
        [
          'On Thursday, the invaders fired 61 attack drones and two ballistic missiles toward Poltava, Kyiv reported.',
          '61 attack drones',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'On Thursday, the invaders fired 61 attack drones and two ballistic missiles toward Poltava, Kyiv reported.',
          'two ballistic missiles',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'On Monday, Moscow launched 210 drones at the western regions, according to Kyiv.',
          '210 drones',
          span('2025-06-09', '2025-06-09'),
        ],
      ]),
    );
  });

  it('dates what was fired overnight by the day of writing', () => {
    expectPeriods(
      periodProbes([
        [
          'The Russian army launched 312 drones and 18 missiles on Zaporizhzhia overnight, officials reported.',
          '18 missiles',
          span('2025-06-15', '2025-06-15'),
        ],
        [
          'Overnight, Russian forces fired 90 drones at Odesa, the regional governor said.',
          '90 drones',
          span('2025-06-15', '2025-06-15'),
        ],
      ]),
    );
  });

  it('leaves the day of saying to the saying', () => {
    expectPeriods(
      periodProbes([
        [
          'On Friday, the Kyiv general staff reported that Moscow had fired 3,400 missiles since the invasion began.',
          '3,400 missiles',
          span('2022-02', null),
        ],
        ['On Friday, the navy said Russia fired 27 drones at the port.', '27 drones', null],
        ['Russia fired 27 drones at the port, the navy said on Friday.', '27 drones', null],
        [
          'Russia has fired 25,000 drones at Ukrainian cities this year, Kyiv said on Friday.',
          '25,000 drones',
          span('2025', '2025'),
        ],
      ]),
    );
  });

  it('leaves other counts of a day and of the night to the saying', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea sent 1,800 more troops to Russia on Thursday, officials in Seoul said.',
          '1,800 more troops',
          null,
        ],
        ['Fuel prices in Pyongyang doubled overnight to 24,000 won.', '24,000 won', null],
        [
          'The plant fires 40,000 bricks a day, its manager said on Tuesday.',
          '40,000 bricks',
          span(null, null, 'day'),
        ],
      ]),
    );
  });
});
