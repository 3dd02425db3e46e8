// "at the time" and "the same day" refer back to the time the text last named: "at the time" to
// its last date as a point (the end of a span that has one: "by the end of 2020"), also when
// that date is a document's or a saying's; "the same day" to the last single day. In texts of
// our own read against a fixed publication date (15 June 2025). "at the time of writing" is now,
// and a figure with a date of its own keeps it.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const RULING =
  'A UN resolution adopted in March 2018 told states to send all foreign loggers home within a year.';
const DEADLINE = 'Seoul told Moscow to close the camps by the end of 2020.';
const IMAGE = 'Imagery taken on May 4 showed 60 railcars at Tumangang.';

describe('"at the time" after a date named before', () => {
  it('is the date last named, a document date or the end of a deadline', () => {
    expectPeriods(
      periodProbes([
        [
          `${RULING} An estimated 12,000 North Korean workers were cutting timber in Russia at the time.`,
          '12,000 North Korean workers',
          span('2018-03', '2018-03'),
        ],
        [
          `${RULING} About 9,500 North Korean workers were felling trees there at the time, earning the state some $70 million a year.`,
          'some $70 million a year',
          span('2018-03', '2018-03', 'year'),
        ],
        [
          `${DEADLINE} Officials at the time reported sending home most of the 8,000 North Korean workers still there.`,
          '8,000 North Korean workers',
          span('2020', '2020'),
        ],
        [
          `Russia and the North signed a labour pact in 2016. At that time, about 20,000 North Korean workers were in Russia.`,
          '20,000 North Korean workers',
          span('2016', '2016'),
        ],
      ]),
    );
  });

  it('leaves "at the time of writing", a text with no date and a figure\'s own date alone', () => {
    expectPeriods(
      periodProbes([
        [
          `${RULING} At the time of writing, some 9,000 North Korean workers were in Russia.`,
          'some 9,000 North Korean workers',
          null,
        ],
        [
          'Moscow sent the loggers home. An estimated 12,000 North Korean workers were cutting timber in Russia at the time.',
          '12,000 North Korean workers',
          null,
        ],
        [
          `${RULING} At the time, 3,000 North Korean workers had arrived in Russia since 2016.`,
          '3,000 North Korean workers',
          span('2016', null),
        ],
      ]),
    );
  });
});

describe('"the same day" after a day named before', () => {
  it('is the last single day the text named', () => {
    expectPeriods(
      periodProbes([
        [
          `${IMAGE} At Khasan, images from the same day show about 35 tank cars.`,
          'about 35 tank cars',
          span('2025-05-04', '2025-05-04'),
        ],
        [
          `${IMAGE} On the same day, 27 freight cars were parked at Khasan.`,
          '27 freight cars',
          span('2025-05-04', '2025-05-04'),
        ],
      ]),
    );
  });

  it('takes no day from a month, and keeps a day of its own', () => {
    expectPeriods(
      periodProbes([
        [
          'Rail traffic across the bridge picked up in May. At Khasan, images from the same day show about 35 tank cars.',
          'about 35 tank cars',
          null,
        ],
        [
          `${IMAGE} Imagery of June 2 showed 41 wagons at Khasan, the same day a ferry docked.`,
          '41 wagons',
          span('2025-06-02', '2025-06-02'),
        ],
      ]),
    );
  });
});
