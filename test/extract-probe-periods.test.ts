// The period battery: time phrases of everyday reporting, templated into figure sentences of our
// own and read against a fixed publication date. Probes the engine misreads today are left out:
//   - "in the fall of 2024" (five frames): read as the whole of 2024; "in the autumn of 2024" and
//     "in fall 2024" are read as September to November, "fall" after "the ... of" is not yet.
//   - "in the autumn" (five frames): a bare season with neither year nor "last"/"this" is undated.
//   - "over the winter" (five frames): undated for the same reason.
//   - "North Korea has sent 15,000 troops so far this year.": read as the whole of 2025, not a
//     running total with an open end.
//   - "As of the end of Q1, North Korea had shipped 3 million shells.": read as January to March,
//     not as an end with no start.
import { describe, it } from 'vitest';
import type { Period } from '../src/domain/index.ts';
import { extract } from '../src/extract/index.ts';
import {
  PUBLISHED,
  capitalized,
  expectNoMisses,
  samePeriod,
  showPeriod,
} from './extract-probe-support.ts';

interface Probe {
  readonly text: string;
  /** null: the figure must carry no period at all. */
  readonly want: Period | null;
  /** Check the text's last claim rather than its first. */
  readonly last?: boolean;
}

const span = (start: string | null, end: string | null, per: Period['per'] = null): Period => ({
  start,
  end,
  per,
});
const rate = (per: Period['per']): Period => span(null, null, per);

interface FrameOptions {
  /** Also in a sentence that credits officials. */
  readonly credit?: boolean;
  /** Also with the phrase opening the sentence. */
  readonly front?: boolean;
}

/** A time phrase in five figure sentences: after the figure, credited, fronted, paid, suffered. */
function inFrames(
  phrases: ReadonlyArray<readonly [phrase: string, want: Period, options?: FrameOptions]>,
): Probe[] {
  return phrases.flatMap(([phrase, want, options = {}]) => [
    { text: `North Korea sent 3,000 troops to Russia ${phrase}.`, want },
    ...(options.credit === false
      ? []
      : [{ text: `North Korea sent 3,000 troops to Russia ${phrase}, officials said.`, want }]),
    ...(options.front === false
      ? []
      : [
          {
            text: `${capitalized(phrase)}, North Korea shipped 2 million artillery shells to Russia.`,
            want,
          },
        ]),
    { text: `Russia paid North Korea $500 million ${phrase}, according to analysts.`, want },
    { text: `North Korean units suffered about 4,000 casualties ${phrase}.`, want },
  ]);
}

/** A time phrase in five further orders and hedges: fronted, hedged, parenthetic, believed. */
function inOrders(phrases: ReadonlyArray<readonly [phrase: string, want: Period]>): Probe[] {
  return phrases.flatMap(([phrase, want]) => [
    {
      text: `${capitalized(phrase)}, an estimated 3,000 North Korean soldiers were killed or wounded.`,
      want,
    },
    { text: `North Korea may have sent as many as 3,000 troops to Russia ${phrase}.`, want },
    { text: `North Korea, ${phrase}, sent some 3,000 troops to Russia.`, want },
    {
      text: `Russia is believed to have shipped more than 1 million barrels of oil to North Korea ${phrase}.`,
      want,
    },
    { text: `Trade between Russia and North Korea reached $50 million ${phrase}.`, want },
  ]);
}

const sentences = (rows: ReadonlyArray<readonly [text: string, want: Period | null]>): Probe[] =>
  rows.map(([text, want]) => ({ text, want }));

const lastFigure = (rows: ReadonlyArray<readonly [text: string, want: Period | null]>): Probe[] =>
  rows.map(([text, want]) => ({ text, want, last: true }));

/** Runs every probe and fails listing each sentence whose figure got another period. */
function expectPeriods(probes: readonly Probe[]): void {
  expectNoMisses(probes, (probe) => {
    const { claims } = extract({ text: probe.text, published: PUBLISHED, title: null });
    const claim = probe.last ? claims.at(-1) : claims[0];
    if (claim === undefined) return [`${probe.text}\n  no claim read`];
    return samePeriod(probe.want, claim.period)
      ? []
      : [`${probe.text}\n  want ${showPeriod(probe.want)}, got ${showPeriod(claim.period)}`];
  });
}

describe('a season with its year', () => {
  it('reads a season with its year as its three months', () => {
    expectPeriods(
      inFrames([
        ['in fall 2024', span('2024-09', '2024-11')],
        ['in autumn 2024', span('2024-09', '2024-11')],
        ['in the autumn of 2024', span('2024-09', '2024-11')],
        ['in spring 2024', span('2024-03', '2024-05')],
        ['in spring of 2024', span('2024-03', '2024-05')],
        ['in the summer of 2024', span('2024-06', '2024-08')],
        ['during summer 2024', span('2024-06', '2024-08')],
        ['in late summer 2024', span('2024-06', '2024-08')],
        ['in early autumn 2024', span('2024-09', '2024-11')],
        ['in the autumn of last year', span('2024-09', '2024-11')],
      ]),
    );
  });
});

describe('a season named from the day of publication', () => {
  it('reads "last" and "this" with a season as the months of that season', () => {
    expectPeriods(
      inFrames([
        ['last fall', span('2024-09', '2024-11')],
        ['last autumn', span('2024-09', '2024-11')],
        ['this spring', span('2025-03', '2025-05')],
        ['this summer', span('2025-06', '2025-08')],
        ['last summer', span('2024-06', '2024-08')],
        ['last winter', span('2024-12', '2025-02')],
      ]),
    );
  });
});

describe('spans', () => {
  it('reads a span of years, months or parts of a year as its first and last date', () => {
    expectPeriods(
      inFrames([
        ['in 2023-24', span('2023', '2024')],
        ['in 2023-2024', span('2023', '2024')],
        ['from late 2024 to early 2025', span('2024', '2025')],
        ['between late 2024 and early 2025', span('2024', '2025')],
        ['over 2023 and 2024', span('2023', '2024')],
        ['in 2023 and 2024', span('2023', '2024')],
        ['between 2023 and 2025', span('2023', '2025')],
        ['from 2023 to 2024', span('2023', '2024')],
        ['from 2022 through 2024', span('2022', '2024')],
        ['between January and March', span('2025-01', '2025-03')],
        ['from January to March 2024', span('2024-01', '2024-03')],
        ['from January through March', span('2025-01', '2025-03')],
        ['between March and November 2024', span('2024-03', '2024-11')],
        ['from March to November 2024', span('2024-03', '2024-11')],
        ['between October 2024 and January 2025', span('2024-10', '2025-01')],
        ['in January and February', span('2025-01', '2025-02')],
        ['in the January-March period', span('2025-01', '2025-03')],
        ['in the first five months of the year', span('2025-01', '2025-05')],
        ['in the first nine months of 2024', span('2024-01', '2024-09')],
        ['in the first three months of 2025', span('2025-01', '2025-03')],
        ['in the last three months of 2024', span('2024-10', '2024-12')],
        ['in the first 10 months of last year', span('2024-01', '2024-10')],
        ['in the first quarter of the year', span('2025-01', '2025-03')],
        ['in the second half of 2024', span('2024-07', '2024-12')],
        ['during the first half of last year', span('2024-01', '2024-06')],
      ]),
    );
  });

  it('reads a span counted back to a month as the months that end there', () => {
    expectPeriods(
      inFrames([
        ['in the year to March', span('2024-04', '2025-03')],
        ['in the year through March', span('2024-04', '2025-03')],
        ['in the 12 months to May', span('2024-06', '2025-05')],
        ['in the 12 months to March 2025', span('2024-04', '2025-03')],
        ['in the six months through May', span('2024-12', '2025-05')],
        ['in the quarter to March', span('2025-01', '2025-03')],
        ['over the past 12 months', span('2024-06', '2025-06')],
        ['over the past two years', span('2023-06', '2025-06')],
        ['over the past six months', span('2024-12', '2025-06')],
        ['in the past year', span('2024', '2025')],
      ]),
    );
  });
});

describe('whole years', () => {
  it('reads a year, whole or in part, as that year', () => {
    expectPeriods(
      inFrames([
        ['in 2024', span('2024', '2024')],
        ['throughout 2024', span('2024', '2024')],
        ['during 2024', span('2024', '2024')],
        ['in all of 2024', span('2024', '2024')],
        ['in the whole of 2024', span('2024', '2024')],
        ['in fiscal 2024', span('2024', '2024')],
        ['in calendar 2024', span('2024', '2024')],
        ['in late 2024', span('2024', '2024')],
        ['in mid-2024', span('2024', '2024')],
        ['last year', span('2024', '2024')],
        ['late last year', span('2024', '2024')],
        ['for the whole of last year', span('2024', '2024')],
        ['this year', span('2025', '2025')],
        ['early this year', span('2025', '2025')],
        ['earlier this year', span('2025', '2025')],
      ]),
    );
  });
});

describe('quarters and halves', () => {
  it('reads a quarter or a half, spelled out or abbreviated, as its months', () => {
    expectPeriods(
      inFrames([
        ['in Q1', span('2025-01', '2025-03')],
        ['in Q4', span('2024-10', '2024-12')],
        ['in Q3 2024', span('2024-07', '2024-09')],
        ['in Q1-Q3 2024', span('2024-01', '2024-09')],
        ['in the third quarter', span('2024-07', '2024-09')],
        ['in the third quarter of 2024', span('2024-07', '2024-09')],
        ['in the final quarter', span('2024-10', '2024-12')],
        ['in the fourth quarter of last year', span('2024-10', '2024-12')],
        ['in H1 2025', span('2025-01', '2025-06')],
        ['in the first half of 2025', span('2025-01', '2025-06')],
        ['in the second half', span('2024-07', '2024-12')],
        ['in Jan-Sept 2024', span('2024-01', '2024-09')],
        ['in January-September 2024', span('2024-01', '2024-09')],
      ]),
    );
  });
});

describe('months', () => {
  it('reads a month, named or counted from publication, as that month', () => {
    expectPeriods(
      inFrames([
        ['last month', span('2025-05', '2025-05')],
        ['late last month', span('2025-05', '2025-05')],
        ['earlier this month', span('2025-06', '2025-06')],
        ['in March', span('2025-03', '2025-03')],
        ['in March last year', span('2024-03', '2024-03')],
        ['in March of last year', span('2024-03', '2024-03')],
        ['in October 2024', span('2024-10', '2024-10')],
        ['in early October', span('2024-10', '2024-10')],
        ['in mid-May', span('2025-05', '2025-05')],
        ['in the last week of May', span('2025-05', '2025-05')],
        ['in the first two weeks of May', span('2025-05', '2025-05')],
      ]),
    );
  });
});

describe('time counted back from publication', () => {
  it('reads "years ago", "last week" and "the past week" back from the day of publication', () => {
    expectPeriods(
      inFrames([
        ['two years ago', span('2023', '2023')],
        ['some two years ago', span('2023', '2023')],
        ['about two years ago', span('2023', '2023')],
        ['three years ago', span('2022', '2022')],
        ['five years ago', span('2020', '2020')],
        ['a year ago', span('2024', '2024')],
        ['two months ago', span('2025-04', '2025-04')],
        ['last week', span('2025-06', '2025-06')],
        ['in the past week', span('2025-06', '2025-06')],
        ['in the past two weeks', span('2025-06', '2025-06')],
      ]),
    );
  });
});

describe('running totals', () => {
  it('reads "since" as a start with an open end', () => {
    expectPeriods(
      inFrames([
        ['since the war began', span('2022-02', null), { front: false }],
        ['since the start of the war', span('2022-02', null)],
        ['since the full-scale invasion', span('2022-02', null)],
        ['since the start of the full-scale invasion', span('2022-02', null)],
        ['since the invasion', span('2022-02', null)],
        ['since September 2023', span('2023-09', null)],
        ['since the start of the year', span('2025-01', null)],
        ['since the beginning of the year', span('2025-01', null)],
        ['since January', span('2025-01', null)],
        ['since 2023', span('2023', null)],
        ['since late 2023', span('2023', null)],
        ['since last year', span('2024', null)],
        ['since the start of 2024', span('2024-01', null)],
        ['since March last year', span('2024-03', null)],
        ['since autumn 2024', span('2024-09', null)],
        ['since last autumn', span('2024-09', null)],
        ['since mid-2024', span('2024-06', null)],
      ]),
    );
  });

  it('reads "as of", "by" and "through" as an end with no start', () => {
    expectPeriods(
      inFrames([
        ['as of March', span(null, '2025-03')],
        ['as of May 2025', span(null, '2025-05')],
        ['as of the end of 2024', span(null, '2024-12')],
        ['as of the end of last year', span(null, '2024-12')],
        ['by the end of 2024', span(null, '2024-12')],
        ['by the end of last year', span(null, '2024-12')],
        ['by autumn 2024', span(null, '2024-11')],
        ['by mid-2025', span(null, '2025-06')],
        ['by the middle of 2025', span(null, '2025-06')],
        ['by late 2024', span(null, '2024')],
        ['by year-end', span(null, '2025-12')],
        ['through March', span(null, '2025-03')],
        ['until the end of March', span(null, '2025-03')],
      ]),
    );
  });

  it('reads a running total in the perfect tense from its "since"', () => {
    expectPeriods(
      sentences([
        [
          'Since the war began, North Korea has sent Russia some 12 million shells.',
          span('2022-02', null),
        ],
        [
          'North Korea has supplied 12 million shells since the start of the full-scale invasion.',
          span('2022-02', null),
        ],
        [
          'Since the invasion began, Russia has lost more than 700,000 troops, officials said.',
          span('2022-02', null),
        ],
        [
          'Since autumn 2024, North Korea has rotated 20,000 soldiers through Kursk.',
          span('2024-09', null),
        ],
      ]),
    );
  });
});

describe('word order and hedges', () => {
  it('reads the same period wherever the phrase stands and however the figure is hedged', () => {
    expectPeriods(
      inOrders([
        ['in autumn 2024', span('2024-09', '2024-11')],
        ['in Q3 2024', span('2024-07', '2024-09')],
        ['in 2023-24', span('2023', '2024')],
        ['two years ago', span('2023', '2023')],
        ['throughout 2024', span('2024', '2024')],
        ['in the year to March', span('2024-04', '2025-03')],
        ['between late 2024 and early 2025', span('2024', '2025')],
        ['in the first half of last year', span('2024-01', '2024-06')],
        ['last year', span('2024', '2024')],
        ['in the past week', span('2025-06', '2025-06')],
        ['in fiscal 2024', span('2024', '2024')],
        ['in H2 2024', span('2024-07', '2024-12')],
        ['over 2023 and 2024', span('2023', '2024')],
      ]),
    );
  });
});

describe('rates', () => {
  it('keeps the rate of "a day", "per month" or "annually", with the date the sentence gives', () => {
    expectPeriods(
      sentences([
        ['Russia shipped 50,000 barrels of oil a day to North Korea.', rate('day')],
        ['Russia shipped 50,000 barrels of oil per day to North Korea.', rate('day')],
        ['Russia supplies North Korea with 50,000 barrels per day, analysts say.', rate('day')],
        ['North Korea earns $20 million a month from the deployment.', rate('month')],
        ['North Korea earns $20 million per month from the deployment.', rate('month')],
        ['North Korea earns $20 million every month from the deployment.', rate('month')],
        ['North Korea earns some $20 million monthly from the workers.', rate('month')],
        ['Every month, Russia delivers 60,000 barrels of fuel to North Korea.', rate('month')],
        ['Russia delivers 60,000 barrels of fuel to North Korea each month.', rate('month')],
        ['North Korea could earn $500 million annually from the deal.', rate('year')],
        ['North Korea could earn $500 million a year from the deal.', rate('year')],
        ['North Korea could earn $500 million per year from the deal.', rate('year')],
        ['North Korea could earn $500 million each year from the deal.', rate('year')],
        ['Each year, North Korea earns $500 million from the deal.', rate('year')],
        ['The deal brings Pyongyang $500 million per annum.', rate('year')],
        [
          'In 2024, Russia shipped 50,000 barrels of oil a day to North Korea.',
          span('2024', '2024', 'day'),
        ],
        [
          'Russia shipped 50,000 barrels of oil a day to North Korea last year.',
          span('2024', '2024', 'day'),
        ],
        [
          'Last year, North Korea supplied roughly 12,000 shells a day.',
          span('2024', '2024', 'day'),
        ],
        [
          'Russia has shipped 50,000 barrels of oil a day to North Korea since March.',
          span('2025-03', null, 'day'),
        ],
        [
          'Russia has been shipping about 50,000 bpd to North Korea since March.',
          span('2025-03', null, 'day'),
        ],
        [
          'North Korea sent 12,000 shells a day to Russia in the autumn of 2024.',
          span('2024-09', '2024-11', 'day'),
        ],
        [
          'North Korea fired 5,000 shells a day at Ukrainian positions last summer.',
          span('2024-06', '2024-08', 'day'),
        ],
        [
          'In the first half of 2025, Russia shipped 30,000 barrels of oil a day to North Korea.',
          span('2025-01', '2025-06', 'day'),
        ],
      ]),
    );
  });

  it('gives a total beside its rate the total’s period, and a price for one of a kind no date', () => {
    expectPeriods(
      sentences([
        [
          'Russia sent 1 million barrels of oil to North Korea in 2024, a rate of 2,700 barrels a day.',
          span('2024', '2024'),
        ],
        ['Russia paid $2,000 a month for each soldier in 2024.', rate('month')],
        [
          'Russia was paying North Korea $2,000 a month per soldier, officials said in May.',
          rate('month'),
        ],
      ]),
    );
  });
});

describe('dates that are not the period', () => {
  it('leaves a figure undated by the date of its saying, its report or its comparison', () => {
    expectPeriods(
      sentences([
        ['North Korea has sent 11,000 troops to Russia, officials said on Tuesday.', null],
        ['On Tuesday, officials said North Korea had sent 11,000 troops to Russia.', null],
        [
          'In a report released in May, the agency said North Korea had sent 11,000 troops to Russia.',
          null,
        ],
        ['North Korea shipped 2 million shells, up from 1 million in 2023.', null],
        ['Trade rose 40% compared with 2023.', null],
        ['Officials said on March 3 that 3,000 more troops had arrived.', null],
        ['On March 3, 3,000 troops arrived at the port, officials said.', null],
        ['In October, the spy agency said North Korea would send 12,000 troops to Russia.', null],
        [
          'The spy agency said in March that North Korea had sent 3,000 more troops to Russia.',
          null,
        ],
        ['Exports rose to $50 million, compared with $30 million in 2023.', null],
        ['A report published in February 2025 put the toll at 4,000 casualties.', null],
        ['Officials said in a briefing on June 2 that 3,000 troops had arrived.', null],
      ]),
    );
  });

  it('dates a figure by its own phrase when another date belongs to the comparison', () => {
    expectPeriods(
      sentences([
        [
          'North Korea shipped 3 million shells in 2024, up from 1 million in 2023.',
          span('2024', '2024'),
        ],
      ]),
    );
  });
});

describe('days', () => {
  it('dates a count by its day only where no one is credited', () => {
    expectPeriods(
      sentences([
        ['On March 3, 3,000 troops arrived at the port.', span('2025-03-03', '2025-03-03')],
        ['The yard held 40 railcars on May 2.', span('2025-05-02', '2025-05-02')],
        ['North Korea sent 3,000 troops to Russia yesterday.', span('2025-06-14', '2025-06-14')],
        [
          'Yesterday, North Korea shipped 2 million artillery shells to Russia.',
          span('2025-06-14', '2025-06-14'),
        ],
        ['On May 2, North Korea sent 3,000 troops to Russia.', span('2025-05-02', '2025-05-02')],
        ['North Korea sent 3,000 troops to Russia yesterday, officials said.', null],
        ['On May 2, North Korea sent 3,000 troops to Russia, officials said.', null],
        ['North Korea sent 3,000 troops to Russia on May 2, according to Seoul.', null],
      ]),
    );
  });
});

describe('headlines', () => {
  it('reads the period of a headline that has no final stop', () => {
    expectPeriods(
      sentences([
        ['North Korea sent 3,000 more troops to Russia in Q1', span('2025-01', '2025-03')],
        ['North Korea sent 2,000 more troops to Russia in Q2 2025', span('2025-04', '2025-06')],
        ['Russia-North Korea trade hit $34 million in H1 2025', span('2025-01', '2025-06')],
        ['North Korea earned $500 million from Russia in H2 2024', span('2024-07', '2024-12')],
        ['North Korea shipped 1 million shells to Russia in 2023-24', span('2023', '2024')],
        [
          'Russia shipped 1 million barrels of oil to North Korea in 2023-24, report says',
          span('2023', '2024'),
        ],
        [
          'North Korea shipped 3 million shells to Russia in Jan-Sept 2024',
          span('2024-01', '2024-09'),
        ],
        [
          'Russia sent 1 million barrels of oil to North Korea in fall 2024',
          span('2024-09', '2024-11'),
        ],
        [
          'North Korea lost 4,000 troops in Kursk over winter 2024, Seoul says',
          span('2024', '2024'),
        ],
      ]),
    );
  });
});

describe('two figures, two dates', () => {
  it('dates the later figure by its own phrase or by the date stated before it', () => {
    expectPeriods(
      lastFigure([
        [
          'In 2023, North Korea shipped 1 million shells to Russia; the following year it sent 3,000 troops.',
          span('2024', '2024'),
        ],
        [
          'In 2023 North Korea earned $200 million, and a year later it earned $500 million.',
          span('2024', '2024'),
        ],
        [
          'North Korea earned $500 million in 2024, up from $200 million the previous year.',
          span('2023', '2023'),
        ],
        [
          'North Korea sent 11,000 troops in autumn 2024 and 3,000 more in early 2025.',
          span('2025', '2025'),
        ],
        [
          'North Korea sent 11,000 troops in Q4 2024 and 3,000 more in Q1 2025.',
          span('2025-01', '2025-03'),
        ],
        ['Trade rose to $34 million in 2023-24 from $10 million in 2021-22.', span('2021', '2022')],
        [
          'North Korea shipped 3 million shells in fiscal 2024, up from 1 million in fiscal 2023.',
          span('2023', '2023'),
        ],
        [
          'Casualties reached 4,000 by mid-2025, up from 3,000 at the end of 2024.',
          span('2024-12', '2024-12'),
        ],
        [
          'Since 2023, the North has shipped 12 million shells; in 2025 alone it sent 3 million.',
          span('2025', '2025'),
        ],
      ]),
    );
  });
});
