// The day a toll's own clause names after it ("lost 1,150 soldiers on Friday"): the day of the
// losses, its period, also in a sentence that credits someone, where a day before the figure or
// after a verb of saying is the day of saying, and where other counts keep the day for the saying
// (test/extract-probe-periods.test.ts, "days"; a salvo's day is its own:
// test/extract-probe-periods-salvo.test.ts). In texts of our
// own read against a fixed publication date (Sunday 15 June 2025). Each probe names the figure it
// checks. Left out, as the engine reads no span of two weekdays: "in clashes on Thursday and
// Friday".
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a day right after a count, in its own clause', () => {
  it("dates a day's losses in a sentence that credits someone", () => {
    expectPeriods(
      periodProbes([
        [
          "Kyiv's army staff reports that Russian units lost 1,150 men killed or wounded on Friday.",
          '1,150 men',
          span('2025-06-13', '2025-06-13'),
        ],
        [
          'According to the General Staff, the invading army lost 980 troops on Tuesday, and more than 40,000 in May.',
          '980 troops',
          span('2025-06-10', '2025-06-10'),
        ],
        [
          'According to the General Staff, the invading army lost 980 troops on Tuesday, and more than 40,000 in May.',
          'more than 40,000',
          span('2025-05', '2025-05'),
        ],
        [
          'The General Staff said on Sunday that Russian forces lost 1,090 troops on Saturday.',
          '1,090 troops',
          span('2025-06-14', '2025-06-14'),
        ],
        [
          'Kyiv says its drone units killed 35 North Korean soldiers near Sudzha on Thursday.',
          '35 North Korean soldiers',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'The brigade said its fighters killed 14 North Korean soldiers and wounded 22 in Kursk on Wednesday.',
          '22',
          span('2025-06-11', '2025-06-11'),
        ],
      ]),
    );
  });

  it('leaves the day after another count to the saying', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea sent 2,000 more troops to Russia on Friday, officials in Seoul said.',
          '2,000 more troops',
          null,
        ],
      ]),
    );
  });

  it('leaves the day of saying to the saying', () => {
    expectPeriods(
      periodProbes([
        [
          "North Korea has sent about 1,500 troops to Russia, South Korea's spy agency said on Friday.",
          'about 1,500 troops',
          null,
        ],
        [
          "Seoul's spy agency told lawmakers on Wednesday that 4,700 North Korean soldiers had been killed or wounded.",
          '4,700 North Korean soldiers',
          null,
        ],
        [
          'Some 11,000 soldiers from the North have reached Kursk, the agency said in a statement on Tuesday.',
          'Some 11,000 soldiers',
          null,
        ],
        [
          'Nearly half of the shells Russia fires are North Korean, according to an assessment released on Monday.',
          'Nearly half',
          null,
        ],
        [
          'North Korea will send 6,000 builders to Kursk, the Russian security chief announced on Tuesday.',
          '6,000 builders',
          null,
        ],
      ]),
    );
  });

  it('leaves a day that opens a clause of its own after the count', () => {
    expectPeriods(
      periodProbes([
        [
          'Kyiv said its paratroopers took two North Korean soldiers prisoner in Kursk, and on Saturday released a video of them.',
          'two North Korean soldiers',
          null,
        ],
        [
          'The agency said 3,000 North Koreans had been killed or wounded and on Monday briefed lawmakers on the toll.',
          '3,000 North Koreans',
          null,
        ],
        [
          'North Korea has shipped some 10,000 containers to Russia since August 2023, officials said on Monday.',
          'some 10,000 containers',
          span('2023-08', null),
        ],
      ]),
    );
  });
});
