import { describe, expect, it } from 'vitest';
import { parseAnchor, readDate, type DateExpression } from './dates.ts';
import { lexicon, scanText } from './lexicon.ts';
import { claimIn, claimsIn, eventsIn } from './test-helpers.ts';

const period = (text: string, published: string | null = '2024-12-03') =>
  claimIn(text, published).period;

describe('periods of figures', () => {
  it('reads "annually", "a year", "per month" and "a day" as rates', () => {
    expect(period('The North could earn $572 million annually.')?.per).toBe('year');
    expect(period('Workers send home $1 billion a year.')?.per).toBe('year');
    expect(period('Moscow pays $2,000 per month for each soldier.')?.per).toBe('month');
    expect(period('Russia supplied 50,000 barrels a day.')?.per).toBe('day');
  });

  it('does not read "a year ago" as a rate', () => {
    expect(period('Trade reached $2 million a year ago.')).toEqual({
      start: '2023',
      end: '2023',
      per: null,
    });
  });

  it('resolves "last year" against the published date', () => {
    expect(period('Exports amounted to $330 million last year.')).toEqual({
      start: '2023',
      end: '2023',
      per: null,
    });
  });

  it('resolves "this year"', () => {
    expect(period('Russia sent 4,500 tonnes of rice this year.')).toEqual({
      start: '2024',
      end: '2024',
      per: null,
    });
  });

  it('reads "in 2023" as that year', () => {
    expect(period('Trade jumped to $34 million in 2023.')).toEqual({
      start: '2023',
      end: '2023',
      per: null,
    });
  });

  it('resolves "the first nine months of the year"', () => {
    expect(period('Trade slowed to $1.5 billion in the first nine months of the year.')).toEqual({
      start: '2024-01',
      end: '2024-09',
      per: null,
    });
  });

  it('shifts "the same period a year ago" back from the period just stated', () => {
    const [now, before] = claimsIn(
      'Trade slowed to $1.5 billion in the first nine months of the year, down from $1.6 billion during the same period a year ago.',
    );
    expect(now?.period).toEqual({ start: '2024-01', end: '2024-09', per: null });
    expect(before?.period).toEqual({ start: '2023-01', end: '2023-09', per: null });
  });

  it('reads "the first quarter" without a year as the year of publication', () => {
    expect(period('Oil imports fell by 30% in the first quarter.')).toEqual({
      start: '2024-01',
      end: '2024-03',
      per: null,
    });
  });

  it('reads "since September 2023" as an open start', () => {
    expect(period('Since September 2023, the North has shipped 10,000 containers.')).toEqual({
      start: '2023-09',
      end: null,
      per: null,
    });
  });

  it('reads a date inside a "since" clause as an open start', () => {
    expect(period('Russia has fired 10 million shells since the war began in 2022.')).toEqual({
      start: '2022',
      end: null,
      per: null,
    });
  });

  it('reads "as of February 16" as an end date in the year of publication', () => {
    expect(
      period('As of February 16, Russia had fired 24 North Korean missiles.', '2024-02-27'),
    ).toEqual({
      start: null,
      end: '2024-02-16',
      per: null,
    });
  });

  it('reads "between January and March" as a span', () => {
    expect(period('Between January and March, Russia shipped 12,000 tonnes of flour.')).toEqual({
      start: '2024-01',
      end: '2024-03',
      per: null,
    });
  });

  it('reads "between August 2023 and the end of January 2024" as one span', () => {
    expect(
      period(
        'Between August 2023 and the end of January 2024, North Korea shipped 2.5 million rounds.',
      ),
    ).toEqual({
      start: '2023-08',
      end: '2024-01',
      per: null,
    });
  });

  it('reads "since the start of December" as an open start that month', () => {
    expect(
      period('At least 100 soldiers have been killed since the start of December.', '2024-12-19'),
    ).toEqual({
      start: '2024-12',
      end: null,
      per: null,
    });
  });

  it('resolves "a year earlier" against the date just stated, not today', () => {
    const [now, before] = claimsIn(
      'Trade jumped to $34 million in 2022, up from $2.3 million a year earlier.',
    );
    expect(now?.period?.start).toBe('2022');
    expect(before?.period).toEqual({ start: '2021', end: '2021', per: null });
  });

  it('resolves "the following year" and "a year later" against the date just stated', () => {
    const [first, second] = claimsIn(
      'Some 9,000 workers left for Russia in late 2022, and another 2,000 early the following year.',
      '2025-03-10',
    );
    expect(first?.period?.start).toBe('2022');
    expect(second?.period).toEqual({ start: '2023', end: '2023', per: null });
    expect(
      claimsIn('Sales reached $4 million in 2021 and $6 million a year later.', '2025-03-10')[1]
        ?.period,
    ).toEqual({ start: '2022', end: '2022', per: null });
  });

  it('builds every date expression with the same fields in the same order', () => {
    const cx = scanText(
      lexicon,
      'Output fell in 2021, rose again a year later and in the same months of 2023, and last summer.',
    );
    const anchor = parseAnchor('2024-12-03');
    const found: DateExpression[] = [];
    for (let at = 0; at < cx.tokens.length; at++) {
      const d = readDate(cx, { at, anchor, previous: found.at(-1) ?? null });
      if (!d) continue;
      found.push(d);
      at = d.last - 1;
    }
    expect(found.map((d) => d.start)).toEqual(['2021', '2022', '2023', '2024-06']);
    for (const d of found) expect(Object.keys(d)).toEqual(Object.keys(found[0]!));
  });

  it('reads "the following year" with no date before it as no date', () => {
    expect(period('The mill plans to sell 3,000 tonnes the following year.')).toBeNull();
  });

  it('reads "January-May" as the five months, May after a dash being the month', () => {
    expect(
      period('Exports to the North came to 9,000 tonnes in January-May.', '2025-09-15'),
    ).toEqual({ start: '2025-01', end: '2025-05', per: null });
  });

  it('reads "September of last year" as "September last year"', () => {
    expect(
      period('The port has handled more than 400 cargo trains since September of last year.'),
    ).toEqual({ start: '2023-09', end: null, per: null });
  });

  it('leaves relative dates unresolved without a published date', () => {
    expect(period('Exports amounted to $330 million last year.', null)).toBeNull();
  });

  it('keeps a publication date out of the period of a figure', () => {
    expect(
      period('In a report published in October, she estimated $572 million annually.'),
    ).toEqual({
      start: null,
      end: null,
      per: 'year',
    });
  });
});

describe('month pairs and trailing spans', () => {
  it('reads "in March and April" without a year as one span of both months', () => {
    expect(period('Moscow paid $40 million in March and April, the ministry said.')).toEqual({
      start: '2024-03',
      end: '2024-04',
      per: null,
    });
  });

  it('starts "in November and January" in the year before when the pair crosses New Year', () => {
    expect(period('Kyiv counted 900 wounded in November and January alone.', '2025-02-10')).toEqual(
      {
        start: '2024-11',
        end: '2025-01',
        per: null,
      },
    );
  });

  it('reads "the last four months of 2023" as the end of that year', () => {
    expect(period('Pyongyang sent 2,000 containers in the last four months of 2023.')).toEqual({
      start: '2023-09',
      end: '2023-12',
      per: null,
    });
  });

  it('reads "the six months to the end of June" as the half year ending that month', () => {
    expect(
      period('Russia shipped 80,000 tonnes of grain over the six months to the end of June.'),
    ).toEqual({
      start: '2024-01',
      end: '2024-06',
      per: null,
    });
  });

  it('ends "the 12 months to October" a year after it starts, across the year boundary', () => {
    expect(period('Tankers made 40 voyages in the 12 months to October.')).toEqual({
      start: '2023-11',
      end: '2024-10',
      per: null,
    });
  });

  it('moves "the same months of 2022" to the year named', () => {
    const claims = claimsIn(
      'Exports reached $90 million between February and April, against $50 million in the same months of 2022.',
    );
    expect(claims.map((c) => c.period)).toEqual([
      { start: '2024-02', end: '2024-04', per: null },
      { start: '2022-02', end: '2022-04', per: null },
    ]);
  });

  it('keeps "from the same period last year" as the base of a comparison, not the period', () => {
    const claims = claimsIn(
      'In May and June combined, imports rose to $75 million, up by a fifth from the same period last year.',
    );
    expect(claims.map((c) => c.period)).toEqual([
      { start: '2024-05', end: '2024-06', per: null },
      { start: '2024-05', end: '2024-06', per: null },
    ]);
  });
});

describe('seasons and single months of a year', () => {
  it('places "since last summer" at the start of the summer just gone', () => {
    expect(period('Pyongyang has sent 5,000 labourers since last summer.', '2024-12-03')).toEqual({
      start: '2024-06',
      end: null,
      per: null,
    });
    expect(period('Pyongyang has sent 5,000 labourers since last summer.', '2025-03-01')).toEqual({
      start: '2024-06',
      end: null,
      per: null,
    });
  });

  it('dates no event by a season', () => {
    expect(eventsIn('The two leaders met last autumn.', '2025-03-01')).toEqual([]);
  });

  it('reads "the final month of the year" as December and "the first month of 2023" as January', () => {
    expect(period('Trade in the final month of the year came to $90 million.')).toEqual({
      start: '2024-12',
      end: '2024-12',
      per: null,
    });
    expect(period('Exports in the first month of 2023 reached $12 million.')).toEqual({
      start: '2023-01',
      end: '2023-01',
      per: null,
    });
  });

  it('still reads "last month" as the month before publication', () => {
    expect(period('Russia sent 300 tonnes of flour last month.')).toEqual({
      start: '2024-11',
      end: '2024-11',
      per: null,
    });
  });
});

describe('the period the next sentence goes on with', () => {
  it('carries the period of the main figure, not of the figure it changed from', () => {
    const claims = claimsIn(
      'Exports came to $410 million in 2023, down 8% from $445 million in 2022. Exports of fuel accounted for $95 million of the total.',
    );
    expect(claims.at(-1)?.period).toEqual({ start: '2023', end: '2023', per: null });
  });
});

describe('spans up to the day of writing', () => {
  it('reads "over the past year" as the twelve months to the month of publication', () => {
    expect(period('Rice prices rose by 30% over the past year.', '2025-04-10')).toEqual({
      start: '2024-04',
      end: '2025-04',
      per: null,
    });
  });

  it('reads "in the last 18 months" back from the month of publication', () => {
    expect(period('Russia sent 3,000 tonnes of rice in the last 18 months.', '2025-04-10')).toEqual(
      {
        start: '2023-10',
        end: '2025-04',
        per: null,
      },
    );
  });

  it('does not read "the last year of the war" as the twelve months to publication', () => {
    expect(
      period('In the last year of the war, Russia sent 3,000 tonnes of rice.', '2025-04-10')?.start,
    ).not.toBe('2024-04');
  });
});

describe('months of a year named before', () => {
  it('gives "in March and April of that year" the year the text last named', () => {
    const claims = claimsIn(
      'Moscow has taken in 20,000 workers since early 2023: 6,000 in March and April of that year and 4,000 in May.',
      '2024-12-03',
    );
    expect(claims[1]?.period).toEqual({ start: '2023-03', end: '2023-04', per: null });
  });

  it('gives "between February and August that year" the year the text last named', () => {
    const claims = claimsIn(
      'The port handled 900,000 tonnes in 2022, and 250,000 tonnes of it between February and August that year.',
      '2024-05-10',
    );
    expect(claims[1]?.period).toEqual({ start: '2022-02', end: '2022-08', per: null });
  });

  it('reads "the year before" as the year before the date just stated', () => {
    const claims = claimsIn(
      'Inspectors logged 64 port calls in 2025, up from 43 the year before.',
      '2026-03-01',
    );
    expect(claims[1]?.period).toEqual({ start: '2024', end: '2024', per: null });
  });

  it('does not read "the year before the war" as a year before the date stated', () => {
    expect(
      claimsIn('Exports were $9 million in 2021, the year before the war.', '2026-03-01')[0]
        ?.period,
    ).toEqual({ start: '2021', end: '2021', per: null });
  });

  it('reads "in the whole of 2024" as that year, nearer than a date before it', () => {
    const claims = claimsIn(
      'Sales reached $80 million in the first 10 months of this year, up from $21 million in the whole of 2024.',
      '2025-12-10',
    );
    expect(claims[1]?.period).toEqual({ start: '2024', end: '2024', per: null });
  });

  it('reads "for the full year" as the year of writing', () => {
    expect(period('Sales for the full year could reach $2.5 billion.', '2025-10-21')).toEqual({
      start: '2025',
      end: '2025',
      per: null,
    });
  });

  it('reads "the autumn of 2024" as its three months, and leaves a winter to its year', () => {
    expect(period('Shells made up about 60% of fire in the autumn of 2024.', '2026-03-01')).toEqual(
      {
        start: '2024-09',
        end: '2024-11',
        per: null,
      },
    );
    expect(period('About 3,000 troops froze in the winter of 2024.', '2026-03-01')).toEqual({
      start: '2024',
      end: '2024',
      per: null,
    });
  });

  it('reads "since March of 2023" as opening in that month', () => {
    expect(period('Since March of 2023 the yard has loaded 4,000 railcars.')).toEqual({
      start: '2023-03',
      end: null,
      per: null,
    });
  });
});

describe('dates of sayings and filings', () => {
  it('keeps the date a source spoke out of the period of the figure', () => {
    expect(
      period('About 60% of the shells come from the North, Budanov told the BBC in September.'),
    ).toBeNull();
  });

  it('reads a wire dateline as the date of filing, not of what the story reports', () => {
    const text =
      'SEOUL, Nov 22 (Wire) - Russia has supplied North Korea with 1 million barrels of oil since March.';
    expect(eventsIn(text).map((e) => e.date)).not.toContain('2024-11-22');
    expect(period(text)).toEqual({ start: '2024-03', end: null, per: null });
  });

  it('reads a rate after what the unit is of: "barrels of refined petroleum a year"', () => {
    expect(period('The North may import 500,000 barrels of refined petroleum a year.')?.per).toBe(
      'year',
    );
  });
});

describe('dates of events', () => {
  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(eventsIn('A lawmaker told reporters on Thursday.', '2024-12-19')[0]?.date).toBe(
      '2024-12-19',
    );
    expect(
      eventsIn('An official said Tuesday that the troops had moved.', '2024-12-19')[0]?.date,
    ).toBe('2024-12-17');
  });

  it('resolves "in July last year"', () => {
    expect(eventsIn('Shoigu visited Pyongyang in July last year.')[0]?.date).toBe('2023-07');
  });

  it('resolves a month and day with an abbreviation', () => {
    expect(eventsIn('Kim met Belousov in Pyongyang on Nov. 29.')[0]?.date).toBe('2024-11-29');
  });

  it('puts a month later than publication in the previous year', () => {
    expect(eventsIn('The two leaders met in December.', '2024-06-10')[0]?.date).toBe('2023-12');
  });

  it('resolves "last month" and "this month"', () => {
    expect(eventsIn('The analysis was published last month.')[0]?.date).toBe('2024-11');
    expect(eventsIn('Soldiers were sent into combat this month.')[0]?.date).toBe('2024-12');
  });

  it('reads "May" as a month only with a day or a year', () => {
    expect(eventsIn('Moscow may offer more, he said.')).toEqual([]);
    expect(eventsIn('The treaty was signed on May 5.')[0]?.date).toBe('2024-05-05');
  });
});

describe('parseAnchor', () => {
  it('splits a full date', () => {
    expect(parseAnchor('2024-12-03')).toMatchObject({ year: 2024, month: 12, day: 3 });
  });

  it('accepts a year alone and rejects nonsense', () => {
    expect(parseAnchor('2024')).toMatchObject({ year: 2024, month: null, day: null });
    expect(parseAnchor('soon')).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });
});

describe('round 2: periods of figures', () => {
  it('reads the ordinal parts of a year: "the third quarter of 2023", "the second half of 2022"', () => {
    expect(period('Exports reached $40 million in the third quarter of 2023.')).toEqual({
      start: '2023-07',
      end: '2023-09',
      per: null,
    });
    expect(period('About 500 trucks crossed in the second half of 2022.')).toEqual({
      start: '2022-07',
      end: '2022-12',
      per: null,
    });
  });

  it('reads "the last quarter" as the fourth', () => {
    expect(period('Some 900 railcars crossed in the final quarter of 2023.')).toEqual({
      start: '2023-10',
      end: '2023-12',
      per: null,
    });
  });

  it('ends "the end of 2023" in December and begins "the start of 2022" in January', () => {
    expect(period('Russia paid $3 billion between the start of 2022 and the end of 2023.')).toEqual(
      { start: '2022-01', end: '2023-12', per: null },
    );
  });

  it('opens "since the start of the year" in January of the year of publication', () => {
    expect(period('Moscow has taken in 4,000 workers since the start of the year.')).toEqual({
      start: '2024-01',
      end: null,
      per: null,
    });
  });

  it('reads "in March and April 2023" as one span sharing the year', () => {
    expect(period('Some 2,000 more troops arrived in March and April 2023.')).toEqual({
      start: '2023-03',
      end: '2023-04',
      per: null,
    });
  });
});

describe('round 2: periods carried and comparison bases', () => {
  it('carries a closed period to the next sentence about the same kind of figure', () => {
    const [, next] = claimsIn(
      'Trade between Russia and North Korea reached $60 million in 2023. Russian exports made up $45 million of it.',
    );
    expect(next?.period).toEqual({ start: '2023', end: '2023', per: null });
  });

  it('does not carry a period to a projection or to another kind of figure', () => {
    const projected = claimsIn(
      'About 200 soldiers were killed in November. The toll is expected to reach 600.',
    );
    expect(projected[1]?.period).toBeNull();
    const other = claimsIn('Russia paid $50 million in 2023. Pyongyang sent 3,000 troops.');
    expect(other[1]?.period).toBeNull();
  });

  it('does not carry an open "since" total to the next sentence', () => {
    const [, next] = claimsIn(
      'Some 4,000 troops have gone to Russia since June. An earlier group had 9,000 soldiers.',
    );
    expect(next?.period).toBeNull();
  });

  it('does not take the base of a comparison for the period: "up 8% from May"', () => {
    const [level] = claimsIn(
      'In June the two sides traded goods worth $31 million, up 8% from May.',
    );
    expect(level?.period?.start).toBe('2024-06');
  });
});

describe('dates that belong to something else', () => {
  it('gives a date after "up from" to the figure compared with, not the figure before it', () => {
    const [now] = claimsIn(
      'Between 9,000 and 11,000 North Korean workers now labour in Russia, up from fewer than 4,000 in early 2023.',
    );
    expect(now?.period).toBeNull();
  });

  it('gives a date after "equal to" to the thing compared with', () => {
    const [monthly] = claimsIn(
      'The brigade would bring in $25 million a month, roughly equal to the official exports of North Korea in 2023.',
    );
    expect(monthly?.period).toEqual({ start: null, end: null, per: 'month' });
  });

  it('does not date a cap by the day its resolution was adopted', () => {
    expect(
      claimIn(
        'A sanctions resolution, adopted in December 2017, caps the refined oil North Korea may import at 500,000 barrels a year.',
      ).period,
    ).toEqual({ start: null, end: null, per: 'year' });
  });
});

describe('months and estimates', () => {
  it('reads "since May" as the month, not the verb', () => {
    expect(claimIn('Russia has sent 20 tankers since May.', '2024-11-20').period).toEqual({
      start: '2024-05',
      end: null,
      per: null,
    });
  });

  it('still reads "may" before a verb as no date', () => {
    expect(claimIn('North Korea May send 2,000 more troops.', '2024-11-20').period).toBeNull();
  });

  it('dates "an estimated 96% in 2023" by its year: the figure stands between verb and date', () => {
    expect(
      claimIn('China takes most of its trade — an estimated 96% in 2023.', '2025-01-20').period,
    ).toEqual({ start: '2023', end: '2023', per: null });
  });
});

describe('periods referred back to', () => {
  it('gives "over the same period" the period last stated in full', () => {
    const [, other] = claimsIn(
      'The institute reckons the North earned $20bn between March 2023 and the end of 2024. Another analyst puts the figure at $5bn-7bn over the same period.',
    );
    expect(other?.period).toEqual({ start: '2023-03', end: '2024-12', per: null });
  });

  it('leaves "the same period of 2023" to its own year, the months of the period before', () => {
    const [, before] = claimsIn(
      'Some 2,400 railcars crossed in the first five months of 2025. That compares with 900 railcars in the same period of 2023.',
      '2025-06-20',
    );
    expect(before?.period).toEqual({ start: '2023-01', end: '2023-05', per: null });
  });
});

describe('a rate named before the figure', () => {
  it('reads "annual shortfall of about 1 million tonnes" as a yearly figure', () => {
    expect(
      claimIn("North Korea's annual grain shortfall is about 1 million tonnes.").period,
    ).toEqual({ start: null, end: null, per: 'year' });
  });

  it('does not reach past another figure for the rate', () => {
    const [, second] = claimsIn('Annual exports of 300 tankers carry 2 million barrels.');
    expect(second?.period ?? null).toBeNull();
  });
});

describe('a rate word that belongs to something else', () => {
  it('does not give "the annual report says" a yearly rate', () => {
    expect(claimIn('The annual report says North Korea sent 300 missiles.').period).toBeNull();
  });
});

describe('parts of a year written other ways', () => {
  it('reads "the January-June period" as the span between the two months', () => {
    expect(
      period(
        'Grain sales to the North rose to $40 million in the January-June period.',
        '2024-09-20',
      ),
    ).toEqual({ start: '2024-01', end: '2024-06', per: null });
  });

  it('reads "January to March 2025" with no "from" before it as the span of the months', () => {
    expect(
      period(
        'Grain sales to the North came to $40 million in January to March 2025.',
        '2025-06-20',
      ),
    ).toEqual({ start: '2025-01', end: '2025-03', per: null });
  });

  it('does not join a month to a place after "to": "sent in January to Kursk"', () => {
    expect(period('North Korea sent 3,000 more troops in January to Kursk.', '2025-06-20')).toEqual(
      { start: '2025-01', end: '2025-01', per: null },
    );
  });

  it('reads "first-quarter" written as one adjective as the quarter', () => {
    expect(
      period('The first-quarter imports of Russian fuel came to 90,000 barrels.', '2024-11-02'),
    ).toEqual({ start: '2024-01', end: '2024-03', per: null });
  });

  it('places a part of "the year" not yet begun when writing in the year before', () => {
    expect(
      period('Exports in the last quarter of the year fell to $80 million.', '2025-02-10'),
    ).toEqual({ start: '2024-10', end: '2024-12', per: null });
    expect(
      period('Exports in the first quarter of the year fell to $80 million.', '2025-05-10'),
    ).toEqual({ start: '2025-01', end: '2025-03', per: null });
  });
});

describe('seasons named with "the"', () => {
  it('opens a running total at the latest such season', () => {
    expect(
      claimsIn(
        'About 2,000 North Korean soldiers have been wounded since the autumn.',
        '2025-05-01',
      )[0]?.period,
    ).toEqual({ start: '2024-09', end: null, per: null });
  });

  it('reads "last winter" from December as the winter before, across the new year', () => {
    expect(period('Losses ran at 1,100 casualties a month last winter.', '2025-12-10')).toEqual({
      start: '2024-12',
      end: '2025-02',
      per: 'month',
    });
  });

  it('reads no season in "through the winter" or "the fall in prices"', () => {
    expect(
      period('The fuel kept 3,000 trucks running through the winter.', '2025-12-10'),
    ).toBeNull();
    expect(period('The fall in prices cut revenue to $20 million.', '2025-12-10')).toBeNull();
  });

  it('opens "since the summer of 2023" at the season\'s first month', () => {
    expect(
      period('Moscow has paid at least $2 billion since the summer of 2023.', '2025-05-01'),
    ).toEqual({
      start: '2023-06',
      end: null,
      per: null,
    });
  });
});

describe('dates that open no period of the figure', () => {
  it('does not read "the highest since 2019" as a running total', () => {
    expect(
      period('Exports reached $410 million, the highest since sanctions were tightened in 2019.'),
    ).toBeNull();
  });

  it('keeps "since" for a figure "believed to have" reached since then', () => {
    expect(
      period('Russia is thought to have fired some 900 glide missiles since March 2023.'),
    ).toEqual({ start: '2023-03', end: null, per: null });
  });

  it('does not let a verb of saying in the sentence before date the next one', () => {
    expect(
      claimsIn(
        'Flour prices fell, the trader said.\nIn August, Moscow sent some 3,000 tonnes of wheat by rail.',
        '2024-10-08',
      ).at(-1)?.period,
    ).toEqual({ start: '2024-08', end: '2024-08', per: null });
  });

  it('does not date a figure by the base of "double the number"', () => {
    expect(
      claimsIn(
        'At least 8,000 North Korean workers are in Russia, about double the number at the start of last year.',
      )[0]?.period ?? null,
    ).toBeNull();
  });

  it('gives a date after a later figure in a clause of its own to that figure only', () => {
    const [first, second] = claimsIn(
      'About 9,000 North Korean troops are in Russia, with 2,000 more expected by the end of the year.',
    );
    expect([first?.period ?? null, second?.period?.end]).toEqual([null, '2024-12']);
  });

  it('dates both figures of a list the date follows', () => {
    const [first, second] = claimsIn(
      'Pyongyang sent at least 30 howitzers and a dozen rocket launchers between May and July.',
    );
    expect([first?.period?.start, second?.period?.start]).toEqual(['2024-05', '2024-05']);
  });
});

describe('ordinals since a date', () => {
  it('keeps "since May" for a share of change such as "a fifth since May"', () => {
    expect(period('Rice prices in Pyongyang have fallen by about a fifth since May.')).toEqual({
      start: '2024-05',
      end: null,
      per: null,
    });
  });

  it('does not read "the ninth since the war began in 2022" as the period of the figure before', () => {
    expect(
      period(
        'The bloc listed 14 North Korean firms in its new package, the ninth since the war began in 2022.',
      ),
    ).toBeNull();
  });
});

describe('happenings that open a span', () => {
  it('opens a span at the start of the war, which the lexicon dates', () => {
    expect(period('Moscow has paid the North some $4bn since the start of the war.')).toEqual({
      start: '2022-02',
      end: null,
      per: null,
    });
  });

  it('keeps the year of the war when the range ends in another year', () => {
    expect(
      period('The North earned about $9bn between the start of the war and the end of 2023.'),
    ).toEqual({ start: '2022-02', end: '2023-12', per: null });
  });

  it('does not date a figure "during the war", which has no end', () => {
    expect(period('Russia fired 300 missiles during the war.')).toBeNull();
  });
});

describe('comparison bases, clauses and quotations', () => {
  it('dates a figure by "from 2022, when" the text says it was reached', () => {
    const claims = claimsIn(
      'Trade came to $1.9bn in 2023, down 8% from 2022, when the figure hit $2.1bn.',
    );
    expect(claims.at(-1)?.period).toEqual({ start: '2022', end: '2022', per: null });
  });

  it('does not carry the year of a base described by ", when" to the next sentence', () => {
    const claims = claimsIn(
      'Trade came to $1.9bn in 2023, down 8% from 2022, when the figure hit $2.1bn. Exports to China were worth $200 million.',
    );
    expect(claims.at(-1)?.period?.start).toBe('2023');
  });

  it('gives a date past "and" after the figure to the clause it opens', () => {
    const [first] = claimsIn(
      'By the end of March 2024, prosecutors had counted at least 30 such launches, and by the middle of the year the total had passed 70.',
    );
    expect(first?.period).toEqual({ start: null, end: '2024-03', per: null });
  });

  it('does not carry the period of the narrative into a quotation', () => {
    const claims = claimsIn(
      'Exports to China reached $300 million between January and June. "Its share of the trade is well over 90 percent," an analyst said.',
    );
    expect(claims.at(-1)?.period ?? null).toBeNull();
  });

  it('carries an open total to a part of it past a day of saying', () => {
    const claims = claimsIn(
      'About 3,000 North Korean soldiers have been killed or wounded since October. Of those, roughly 400 were killed, the agency said on Nov. 27.',
    );
    expect(claims.at(-1)?.period).toEqual({ start: '2024-10', end: null, per: null });
  });
});

describe('figures of one of a kind', () => {
  it('gives no dates to what each vessel can carry, stated or carried', () => {
    const claims = claimsIn(
      'Tankers made 40 trips between March and October. Each vessel can carry between 20,000 and 30,000 barrels.',
    );
    expect(claims.at(-1)?.period ?? null).toBeNull();
    expect(period('In 2024 each laborer earned $900.')).toBeNull();
  });

  it('keeps "each year" as a rate', () => {
    expect(period('The North sends 5,000 workers each year.')?.per).toBe('year');
  });
});

describe('dates across clauses', () => {
  it('keeps a date that ends an earlier clause away from a figure after "but"', () => {
    const claims = claimsIn(
      'The harvest last autumn was better than most farmers had expected, but the UN food agency estimates that about 40% of the population still go hungry.',
      '2025-06-01',
    );
    expect(claims[0]?.period ?? null).toBeNull();
  });

  it('lets a date that opens the sentence frame a figure after "but"', () => {
    expect(period('In 2023, exports fell, but imports rose to $2bn.')).toEqual({
      start: '2023',
      end: '2023',
      per: null,
    });
  });

  it('does not read "and" in a list before the date as a new clause', () => {
    expect(
      period(
        'Pyongyang has received as much as $5 billion worth of oil, food, cash and technology since Kim Jong Un and Vladimir Putin met at a remote cosmodrome in September 2023.',
        '2025-04-10',
      ),
    ).toEqual({ start: '2023-09', end: null, per: null });
  });
});

describe('a rate named in the noun before a relative clause or a verb form', () => {
  it('reads "annual GDP, which the bank puts at $18bn" as a yearly figure', () => {
    const claims = claimsIn(
      "It equals a third of the North's annual GDP, which the central bank puts at $18bn.",
    );
    expect(claims.at(-1)?.period).toEqual({ start: null, end: null, per: 'year' });
  });

  it('reads "the annual take at about $600 million" as a yearly figure', () => {
    expect(
      period("The institute has put the North's annual take at about $600 million.")?.per,
    ).toBe('year');
  });

  it('gives the year, not a rate, to an annual figure stated for one year', () => {
    expect(
      claimsIn(
        "It equals half of the North's annual GDP, which the bank put at 38 trillion won in 2023.",
      ).at(-1)?.period,
    ).toEqual({ start: '2023', end: '2023', per: null });
  });
});

describe('lists of figures and the date they share', () => {
  it('dates every figure of a list "along with" others by the date after it', () => {
    const claims = claimsIn(
      'Officials said the North had shipped more than 8 million shells to Russia, along with more than 150 missiles and about 90 howitzers, since August 2023.',
    );
    expect(claims.map((c) => c.period?.start)).toEqual(['2023-08', '2023-08', '2023-08']);
  });

  it('dates every figure of a list after "said that since …"', () => {
    const claims = claimsIn(
      'The panel said that since September 2023, the North had shipped more than 7 million rounds of artillery and rocket ammunition to Russia, along with at least 90 ballistic missiles and more than 150 artillery systems.',
    );
    expect(claims.map((c) => c.period?.start)).toEqual(['2023-09', '2023-09', '2023-09']);
  });

  it('leaves the date of a base "from $2bn in 2023" to the base', () => {
    const [change] = claimsIn(
      'Exports reached $2.5bn, an increase of 25 percent from $2bn in 2023.',
    );
    expect(change?.period ?? null).toBeNull();
  });

  it('does not let a date after "and that" reach a figure before it', () => {
    const [first] = claimsIn(
      'The agency said about 9,000 North Korean troops remained in Russia and that the North had lost about 5,000 men since October.',
    );
    expect(first?.period ?? null).toBeNull();
  });
});

describe('dates of saying before what is said', () => {
  it('gives no period to a figure in what was announced "In June, X announced that…"', () => {
    expect(
      period(
        'In June, the minister announced that Pyongyang would send 2,000 sappers to Kursk.',
        '2025-09-01',
      ),
    ).toBeNull();
  });

  it('gives no period to "saying in May that losses stood at 5,000"', () => {
    const claims = claimsIn(
      'Kyiv put the figure higher, saying in May that North Korean losses stood at roughly 5,000.',
      '2025-09-01',
    );
    expect(claims.at(-1)?.period ?? null).toBeNull();
  });

  it('keeps a cut-off "As of March 3, the prosecutor stated that…"', () => {
    expect(
      period(
        'As of March 3, the prosecutor stated that Russia had fired at least 30 North Korean missiles.',
        '2024-04-01',
      ),
    ).toEqual({ start: null, end: '2024-03-03', per: null });
  });
});

describe("a day that is the count's own", () => {
  it('dates a toll "on Monday alone" by that day, but not a toll of an attack "on Monday"', () => {
    expect(
      period('Russian forces lost 1,700 troops killed or wounded on Monday alone.', '2024-11-06'),
    ).toEqual({
      start: '2024-11-04',
      end: '2024-11-04',
      per: null,
    });
    expect(period('A missile hit a school on Monday, killing 14 people.', '2024-11-06')).toBeNull();
  });
});

describe('"the same period" after a running total', () => {
  it('takes a span still running from the sentence before', () => {
    const claims = claimsIn(
      'North Korea has shipped 20,000 containers to Russia since August 2023. They held about 200 missiles, all shipped over the same period.',
    );
    expect(claims.at(-1)?.period).toEqual({ start: '2023-08', end: null, per: null });
  });
});

describe('quarters counted as a span', () => {
  it('reads "the first three quarters of last year" as January to September, not a share', () => {
    const claims = claimsIn(
      'Trade reached $90 million in the first three quarters of last year.',
      '2026-03-10',
    );
    expect(claims.map((c) => [c.unit, c.period?.start, c.period?.end])).toEqual([
      ['usd', '2025-01', '2025-09'],
    ]);
  });
});

describe('two years in a row', () => {
  it('reads "in 2023 and 2024" as one span', () => {
    expect(period('Grain aid came to about 200,000 tonnes in 2023 and 2024.')).toEqual({
      start: '2023',
      end: '2024',
      per: null,
    });
  });

  it('leaves two years apart to their own figures', () => {
    expect(period('Trade fell to $1.6bn in 2021 and 2023.')?.end).not.toBe('2023');
  });
});

describe('a range whose year is stated at its end', () => {
  it('gives "between April and October last year" the year of its end to both months', () => {
    expect(
      period(
        'Tankers carried about 800,000 barrels between April and October last year.',
        '2025-06-01',
      ),
    ).toEqual({ start: '2024-04', end: '2024-10', per: null });
  });

  it('puts the first month of "between November and February this year" in the year before', () => {
    expect(
      period('About 2,000 railcars crossed between November and February this year.', '2025-06-01'),
    ).toEqual({ start: '2024-11', end: '2025-02', per: null });
  });
});

describe('changes measured against an earlier figure', () => {
  it('dates "rose 4.1% last year, after shrinking 0.2% in 2022" by its own year', () => {
    const claims = claimsIn(
      'Factory output rose 4.1% last year, after shrinking 0.2% in 2022, the bank estimated. Mining grew 5.5%.',
      '2024-07-15',
    );
    expect(claims.map((c) => [c.text, c.period?.start ?? null])).toEqual([
      ['4.1%', '2023'],
      ['0.2%', '2022'],
      ['5.5%', '2023'],
    ]);
  });

  it('does not date "up 12% on the same period of 2022" by the base it is measured against', () => {
    const claims = claimsIn(
      'Customs figures put shipments to Pyongyang at $410m in the first half of this year, up 12% on the same period of 2022.',
      '2023-08-01',
    );
    expect(claims.map((c) => [c.text, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['$410m', '2023-01', '2023-06'],
      ['12%', '2023-01', '2023-06'],
    ]);
  });
});

describe('"over the period" referred back', () => {
  it('gives "over the period" the span last stated', () => {
    const [, later] = claimsIn(
      'Between 3 May and 9 October 2024, analysts logged 31 voyages to the terminal. They reckon that about 600,000 barrels were landed over the period.',
      '2024-11-20',
    );
    expect(later?.period).toEqual({ start: '2024-05-03', end: '2024-10-09', per: null });
  });
});

describe('a date inside an aside', () => {
  it('leaves a date in ", which …," to the figures of the aside', () => {
    const claims = claimsIn(
      'The army, which lost about 9,000 men in 2023, now counts on Pyongyang for roughly a third of its recruits.',
      '2025-02-01',
    );
    expect(claims.map((c) => [c.text, c.period?.start ?? null])).toEqual([
      ['about 9,000 men', '2023'],
      ['roughly a third', null],
    ]);
  });

  it('does not date a figure by an appositive that describes another noun', () => {
    const claims = claimsIn(
      'Sales of maize, a grain that ran short in the markets last year, reached $40 million.',
      '2025-02-01',
    );
    expect(claims.map((c) => [c.text, c.period])).toEqual([['$40 million', null]]);
  });
});

describe('a date in a clause that closes the sentence', () => {
  it('leaves a date in a closing ", where …" clause to that clause', () => {
    expect(
      period(
        'Officials said more than 9,000 soldiers were deployed near Kursk, where Ukraine has held ground since August.',
        '2024-11-10',
      ),
    ).toBeNull();
  });
});

describe('a record dated by "since"', () => {
  it('reads "the deadliest raid on the city since last spring" as a record, not a period', () => {
    expect(
      period(
        'The strike killed at least 14 people, the deadliest raid on the city since last spring.',
        '2025-03-02',
      ),
    ).toBeNull();
  });
});

describe('a running total', () => {
  it('leaves "bringing the total to" a figure no date before the comma covers', () => {
    const claims = claimsIn(
      'About 2,500 more engineers were sent between March and May, bringing the total number of workers there to some 9,000.',
      '2025-07-01',
    );
    expect(claims.map((c) => [c.text, c.period?.start ?? null])).toEqual([
      ['About 2,500 more engineers', '2025-03'],
      ['some 9,000', null],
    ]);
  });
});

describe('dates read against the date just stated', () => {
  it('reads "from the same month of 2023" as the base, leaving the month stated first to the figures', () => {
    expect(
      claimsIn(
        'Exports in March climbed 12% from the same month of 2023, reaching $40 million.',
        '2024-12-03',
      ).map((c) => c.period),
    ).toEqual([
      { start: '2024-03', end: '2024-03', per: null },
      { start: '2024-03', end: '2024-03', per: null },
    ]);
  });

  it('reads "the first half of the year" as a part of the year the sentence just named', () => {
    expect(
      claimsIn(
        'Imports rose 8% in 2023, while cement shipments grew 30% in the first half of the year.',
        '2024-12-03',
      ).map((c) => c.period),
    ).toEqual([
      { start: '2023', end: '2023', per: null },
      { start: '2023-01', end: '2023-06', per: null },
    ]);
  });

  it('reads "over the previous day" as the day before the one stated, and as no happening', () => {
    const text =
      'On November 20, the governor reported that 3,000 rounds had landed near the town over the previous day.';
    expect(period(text)).toEqual({ start: '2024-11-19', end: '2024-11-19', per: null });
    expect(eventsIn(text, '2024-12-03').map((e) => e.date)).not.toContain('2024-11-19');
  });

  it('leaves "the previous day" unread when no day was stated', () => {
    expect(period('About 3,000 rounds landed near the town over the previous day.')).toBeNull();
  });
});

describe('"a decade ago"', () => {
  it('is the year ten years before the year of writing', () => {
    expect(
      claimsIn('The fishing fleet now numbers 60 boats; a decade ago it had 90.', '2024-12-03').map(
        (c) => c.period,
      ),
    ).toEqual([null, { start: '2014', end: '2014', per: null }]);
  });

  it('dates no happening', () => {
    expect(
      eventsIn('A decade ago tankers delivered 90,000 barrels to the port.', '2024-12-03').map(
        (e) => e.date,
      ),
    ).not.toContain('2014');
  });
});

describe('"between April and mid-October"', () => {
  it('ends in October', () => {
    expect(period('Some 40 trains crossed the bridge between April and mid-October.')).toEqual({
      start: '2024-04',
      end: '2024-10',
      per: null,
    });
  });
});

describe('everyday forms of a date in reporting', () => {
  const at = (text: string) => period(text, '2025-06-15');

  it('reads a season written with its year and no article as its three months', () => {
    expect(at('Pyongyang sent 3,000 more soldiers in autumn 2024.')).toEqual({
      start: '2024-09',
      end: '2024-11',
      per: null,
    });
    expect(at('During summer 2024, the port handled 40 tankers.')).toEqual({
      start: '2024-06',
      end: '2024-08',
      per: null,
    });
  });

  it('leaves "winter 2024" to its year, since a winter straddles two', () => {
    expect(at('The division lost 900 men in winter 2024.')).toEqual({
      start: '2024',
      end: '2024',
      per: null,
    });
  });

  it('opens a running total at a season written with its year', () => {
    expect(at('Some 20,000 soldiers have rotated through the region since autumn 2024.')).toEqual({
      start: '2024-09',
      end: null,
      per: null,
    });
  });

  it('reads "2023-24" and "2023-2024" as two years, not the first alone', () => {
    expect(at('Moscow bought 5 million shells in 2023-24.')).toEqual({
      start: '2023',
      end: '2024',
      per: null,
    });
    expect(at('Moscow bought 5 million shells in 2023-2024.')?.end).toBe('2024');
  });

  it('does not join a year to a later figure set off by spaces', () => {
    expect(at('In 2023 - a lean year - the mill made 4,000 tonnes.')?.end).toBe('2023');
  });

  it('reads "from late 2024 to early 2025" to its second year', () => {
    expect(at('From late 2024 to early 2025, about 4,000 soldiers were wounded.')).toEqual({
      start: '2024',
      end: '2025',
      per: null,
    });
    expect(at('About 4,000 soldiers were wounded between late 2024 and early 2025.')?.end).toBe(
      '2025',
    );
  });

  it('reads "throughout 2024", "in fiscal 2024" and "over 2023 and 2024"', () => {
    expect(at('Throughout 2024, the plant shipped 9,000 tonnes of steel.')?.start).toBe('2024');
    expect(at('The budget set aside $40 million in fiscal 2024.')).toEqual({
      start: '2024',
      end: '2024',
      per: null,
    });
    expect(at('The two sides traded goods worth $60 million over 2023 and 2024.')).toEqual({
      start: '2023',
      end: '2024',
      per: null,
    });
  });

  it('does not read "over" a bare year as a date: it is a figure or a base', () => {
    expect(at('Exports grew by $3 million over 2024 levels.')).toBeNull();
  });

  it('reads "Q3 2024" and "H1" as a quarter and a half of the year', () => {
    expect(at('Shipments reached 300 railcars in Q3 2024.')).toEqual({
      start: '2024-07',
      end: '2024-09',
      per: null,
    });
    expect(at('Revenue came to $12 million in H1.')).toEqual({
      start: '2025-01',
      end: '2025-06',
      per: null,
    });
  });

  it('reads no quarter in a "Q" set apart from its number or past the fourth', () => {
    expect(at('Shipments reached 300 railcars in Q5 2024.')).toBeNull();
    expect(
      claimsIn('Shipments reached 300 railcars in Q 3 2024.', '2025-06-15')[0]?.period,
    ).toBeNull();
  });

  it('counts "two years ago" and "18 months ago" back from the date of writing', () => {
    expect(at('Two years ago, the North shipped 1 million shells.')).toEqual({
      start: '2023',
      end: '2023',
      per: null,
    });
    expect(at('The yard held 25 railcars 18 months ago.')).toEqual({
      start: '2023-12',
      end: '2023-12',
      per: null,
    });
  });

  it('dates no happening by "two years ago", as by "a decade ago"', () => {
    expect(eventsIn('Two years ago Pyongyang launched a satellite.', '2025-06-15')).toEqual([]);
  });

  it('reads "the past week" as the month it falls in, as "last week" is', () => {
    expect(at('In the past week, about 200 soldiers were killed.')).toEqual({
      start: '2025-06',
      end: '2025-06',
      per: null,
    });
  });

  it('reads "the year to March" as the twelve months ending in March', () => {
    expect(at('Exports rose to $30 million in the year to March.')).toEqual({
      start: '2024-04',
      end: '2025-03',
      per: null,
    });
  });

  it('opens a running total at the war in "since the war began" and "the full-scale invasion"', () => {
    expect(at('Russia has lost 4,000 tanks since the war began.')).toEqual({
      start: '2022-02',
      end: null,
      per: null,
    });
    expect(at('Moscow has fired 20 million shells since the full-scale invasion.')?.start).toBe(
      '2022-02',
    );
  });

  it('opens a running total at "the start of the full-scale invasion", past its long name', () => {
    expect(
      at('The North has supplied 12 million shells since the start of the full-scale invasion.'),
    ).toEqual({ start: '2022-02', end: null, per: null });
  });

  it('still takes the year a text gives in "since the war began in 2022"', () => {
    expect(at('Russia has lost 4,000 tanks since the war began in 2023.')?.start).toBe('2023');
  });
});

describe('spans counted back from the date of writing, and their edges', () => {
  const at = (text: string) => period(text, '2025-06-15');

  it('reads "over the past two years" as the months they hold', () => {
    expect(at('Over the past two years, the North shipped 5 million shells.')).toEqual({
      start: '2023-06',
      end: '2025-06',
      per: null,
    });
  });

  it('reads "the past two weeks" as their months, as "the past week" is', () => {
    expect(at('About 300 soldiers were wounded in the past three weeks.')).toEqual({
      start: '2025-05',
      end: '2025-06',
      per: null,
    });
  });

  it('reads no span in "the past 30 weeks" or "the past two decades"', () => {
    expect(
      claimsIn('About 300 soldiers were wounded in the past 30 weeks.', '2025-06-15')[0]?.period,
    ).toBeNull();
    expect(at('About 300 soldiers were wounded in the past two decades.')).toBeNull();
  });

  it('joins "from 2022 through 2024" as "from 2022 to 2024" is joined', () => {
    expect(at('The North earned $4 billion from 2022 through 2024.')).toEqual({
      start: '2022',
      end: '2024',
      per: null,
    });
  });

  it('reads "the quarter to March" as the three months ending in it', () => {
    expect(at('Exports came to $9 million in the quarter to March.')).toEqual({
      start: '2025-01',
      end: '2025-03',
      per: null,
    });
  });

  it('ends a tally "by mid-2025" or "by the middle of 2025" in June', () => {
    expect(at('The North had shipped 12 million shells by mid-2025.')).toEqual({
      start: null,
      end: '2025-06',
      per: null,
    });
    expect(at('The North had shipped 12 million shells by the middle of 2025.')?.end).toBe(
      '2025-06',
    );
  });

  it('ends a tally "by late 2024" in its year, not a running start', () => {
    expect(at('The North had shipped 9 million shells by late 2024.')).toEqual({
      start: null,
      end: '2024',
      per: null,
    });
  });

  it('keeps "mid-October" a month', () => {
    expect(at('The North sent 2,000 engineers in mid-October.')).toEqual({
      start: '2024-10',
      end: '2024-10',
      per: null,
    });
  });
});

describe("weeks, seasons and the year's end named within a month or year", () => {
  const at = (text: string) => period(text, '2025-06-15');

  it('reads "the last week of May" as the last seven days of May, not the week before writing', () => {
    expect(at('About 200 soldiers were killed in the last week of May.')).toEqual({
      start: '2025-05-25',
      end: '2025-05-31',
      per: null,
    });
    expect(at('About 200 soldiers were killed over the last week.')?.start).toBe('2025-06');
  });

  it('reads "spring of 2024" and "the autumn of last year" as the season\'s months', () => {
    expect(at('The yard loaded 90 railcars in spring of 2024.')).toEqual({
      start: '2024-03',
      end: '2024-05',
      per: null,
    });
    expect(at('The yard loaded 90 railcars in the autumn of last year.')).toEqual({
      start: '2024-09',
      end: '2024-11',
      per: null,
    });
  });

  it('ends a tally "by year-end" in December of the year of writing', () => {
    expect(at('The plant expects to ship 5,000 tonnes by year-end.')).toEqual({
      start: null,
      end: '2025-12',
      per: null,
    });
  });

  it('reads "in calendar 2024" as the year', () => {
    expect(at('Trade reached $40 million in calendar 2024.')?.start).toBe('2024');
  });
});

describe('quarters and halves named without "first"', () => {
  const at = (text: string) => period(text, '2025-06-15');

  it('reads "in the third quarter" and "in the second half" with no year', () => {
    expect(at('The North sent 3,000 troops in the third quarter.')).toEqual({
      start: '2024-07',
      end: '2024-09',
      per: null,
    });
    expect(at('In the second quarter, exports fell to $3 million.')).toEqual({
      start: '2025-04',
      end: '2025-06',
      per: null,
    });
  });

  it('reads "Q1-Q3 2024" as the first nine months', () => {
    expect(at('The North shipped 3 million shells in Q1-Q3 2024.')).toEqual({
      start: '2024-01',
      end: '2024-09',
      per: null,
    });
  });
});

describe('a span of bare months read against the day of writing', () => {
  it('puts "between January and August", written in March, wholly in the year before', () => {
    expect(
      period('North Korea sent 3,000 troops to Russia between January and August.', '2026-03-19'),
    ).toEqual({ start: '2025-01', end: '2025-08', per: null });
  });

  it('keeps a span that crosses New Year across it: "between December and February"', () => {
    expect(
      period(
        'Russia shipped 60,000 barrels to the North between December and February.',
        '2026-03-19',
      ),
    ).toEqual({ start: '2025-12', end: '2026-02', per: null });
  });

  it('keeps a span that ends by the day of writing in its year', () => {
    expect(
      period('North Korea sent 3,000 troops to Russia between January and March.', '2026-03-19'),
    ).toEqual({ start: '2026-01', end: '2026-03', per: null });
  });
});

describe('"the same period last year" with no date before it in its sentence', () => {
  it('moves the period the sentence before stated back a year', () => {
    const claims = claimsIn(
      'Tankers made 15 visits to the port in January and February. That compares with 22 visits in the same period last year.',
      '2025-06-15',
    );
    expect(claims.map((c) => c.period)).toEqual([
      { start: '2025-01', end: '2025-02', per: null },
      { start: '2024-01', end: '2024-02', per: null },
    ]);
  });

  it('reads only the year it names when no period was stated before', () => {
    expect(
      period('Analysts counted 22 visits in the same period last year.', '2025-06-15'),
    ).toEqual({ start: '2024', end: '2024', per: null });
  });
});

describe('"a year earlier" with no date before it in its sentence', () => {
  it('goes back a year from the period the sentence before stated', () => {
    const claims = claimsIn(
      'Trade reached $2.18 billion in 2024. That compared with $2.3 billion a year earlier.',
      '2025-01-20',
    );
    expect(claims.map((c) => c.period)).toEqual([
      { start: '2024', end: '2024', per: null },
      { start: '2023', end: '2023', per: null },
    ]);
  });

  it('leaves the period before to the next sentence, as a base alone states none', () => {
    const claims = claimsIn(
      'Trade reached $2.18 billion in 2024. That compared with $2.3 billion a year earlier. Exports slipped to $1.89 billion.',
      '2025-01-20',
    );
    expect(claims[2]?.period).toEqual({ start: '2024', end: '2024', per: null });
  });

  it('dates no event by a base moved from another sentence', () => {
    const found = eventsIn(
      'China exported $1.89 billion of goods to North Korea in 2024. That compared with $2.3 billion a year earlier, when North Korea reopened its border.',
      '2025-01-20',
    );
    expect(found.map((e) => e.date)).toEqual(['2024']);
  });
});
