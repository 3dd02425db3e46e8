import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const periods = (text: string, published = '2024-12-03') =>
  claimsIn(text, published).map((c) => c.period);

describe('a date in a clause that describes the noun after a figure', () => {
  it('leaves a share of a force "that Pyongyang dispatched in November" undated', () => {
    expect(
      periods(
        'The losses make up a fifth of the 12,000-strong force that Pyongyang dispatched in November.',
      ),
    ).toEqual([null, null]);
  });

  it('leaves a force size undated by what the country "founded in 2021"', () => {
    expect(
      periods(
        'Japan, which keeps about 250,000 soldiers under arms, founded a space unit in 2021.',
      ),
    ).toEqual([null]);
  });

  it('keeps a span in such a clause as the count\'s own: "trains that crossed between May and July"', () => {
    expect(
      periods('Analysts counted 30 trains that crossed the bridge between May and July.'),
    ).toEqual([{ start: '2024-05', end: '2024-07', per: null }]);
  });

  it('keeps a running total in such a clause: "containers that have gone north since March"', () => {
    expect(
      periods('Officials tallied 9,000 containers that have gone north since March 2024.'),
    ).toEqual([{ start: '2024-03', end: null, per: null }]);
  });
});

describe('a running total over a list of figures', () => {
  it('reaches the last figures of a long list: "together with some 90 missiles and over 150 guns"', () => {
    const found = periods(
      'Since October 2023, the monitors found, the North has moved at least 8 million rounds of artillery and rocket ammunition across the border by rail and by sea, together with some 90 missiles and over 150 heavy guns.',
    );
    expect(found).toEqual([
      { start: '2023-10', end: null, per: null },
      { start: '2023-10', end: null, per: null },
      { start: '2023-10', end: null, per: null },
    ]);
  });

  it('gives "since 2023" to every figure of a list joined by "and", past a saying between', () => {
    const found = periods(
      "The North has sent 5 million shells since 2023, the chairman of Seoul's joint staff told a closed session of the defence committee on Tuesday, along with about 150 missiles and some 90 howitzers.",
    );
    expect(found).toEqual([
      { start: '2023', end: null, per: null },
      { start: '2023', end: null, per: null },
      { start: '2023', end: null, per: null },
    ]);
  });
});

describe('the date a figure was valued', () => {
  it('leaves "put the toll at 900 in March" undated: the month is when it was put', () => {
    expect(
      periods('The ministry put the toll at about 900 soldiers in March.', '2025-06-02'),
    ).toEqual([null]);
  });

  it('leaves "in early 2025" after a valued figure undated too', () => {
    expect(
      periods(
        "A think tank put the North's takings at 9 trillion won in early 2025.",
        '2025-09-01',
      ),
    ).toEqual([null]);
  });

  it('keeps a whole year after a valued figure as its period: "put trade at $50 million in 2023"', () => {
    expect(periods('Officials put the trade at $50 million in 2023.', '2025-06-02')).toEqual([
      { start: '2023', end: '2023', per: null },
    ]);
  });
});

describe('a running total a figure ends', () => {
  it('leaves the total after a long "bringing the total number of … to" undated by the date before', () => {
    const found = periods(
      'About 2,000 more workers arrived in March, bringing the total number of North Korean labourers employed on Russian sites to about 15,000.',
      '2025-06-02',
    );
    expect(found).toEqual([{ start: '2025-03', end: '2025-03', per: null }, null]);
  });
});

describe('a sum restated in another currency', () => {
  it('gives "($1,000)" after "90,000 rubles a month" the same rate', () => {
    expect(periods('Builders earn about 90,000 rubles a month ($1,000) on Russian sites.')).toEqual(
      [
        { start: null, end: null, per: 'month' },
        { start: null, end: null, per: 'month' },
      ],
    );
  });
});

describe('rates of an ordinary stretch of time', () => {
  it('reads "in a typical year" and "on an average day" after a figure as rates', () => {
    expect(periods('Farms fall short by about 900,000 tonnes of grain in a typical year.')).toEqual(
      [{ start: null, end: null, per: 'year' }],
    );
    expect(periods('Crews load some 40 railcars on an average day at the border.')).toEqual([
      { start: null, end: null, per: 'day' },
    ]);
  });
});

describe('a figure compared with a year before', () => {
  it('keeps the month of "12% higher than a year earlier", not the year-old base', () => {
    expect(
      periods(
        'In March alone, exports reached $90 million, up 8% from February and 12% higher than a year earlier.',
        '2025-04-20',
      ),
    ).toEqual([
      { start: '2025-03', end: '2025-03', per: null },
      { start: '2025-03', end: '2025-03', per: null },
      { start: '2025-03', end: '2025-03', per: null },
    ]);
  });
});

describe('shipments referred back to', () => {
  it('gives "those shipments" the span last stated, past a sentence with no figure', () => {
    expect(
      periods(
        'Monitors logged 12 tanker calls at the terminal between May and July. The port would not comment. A trader reckoned that those shipments carried about 200,000 barrels of diesel.',
      ),
    ).toEqual([
      { start: '2024-05', end: '2024-07', per: null },
      { start: '2024-05', end: '2024-07', per: null },
    ]);
  });
});

describe('"during the year" referred back to', () => {
  it('gives "during the year" the year last stated, past a sentence with no figure', () => {
    expect(
      periods(
        'The panel said the North imported 1.2 million barrels of fuel in 2023. Its report was delayed by a veto. It logged at least 30 transfers at sea during the year.',
        '2024-06-01',
      ),
    ).toEqual([
      { start: '2023', end: '2023', per: null },
      { start: '2023', end: '2023', per: null },
    ]);
  });
});

describe('"over the year", "early in the year": the calendar year meant', () => {
  const year = (y: string) => ({ start: y, end: y, per: null });

  it('gives "over the year" the year of the month last stated, not the month', () => {
    expect(
      periods(
        'Pyongyang sent 2,000 workers to Russia in March 2025. Some 12,000 followed over the year.',
        '2026-02-01',
      ),
    ).toEqual([{ start: '2025-03', end: '2025-03', per: null }, year('2025')]);
  });

  it('takes the year a sentence with no figure opens with: "In 2025, the flow changed."', () => {
    expect(
      periods(
        'North Korea shipped 4 million shells in 2024. In 2025, the flow changed. It sent about 5,000 builders early in the year and 1,000 medics later in the year.',
        '2026-03-01',
      ),
    ).toEqual([year('2024'), year('2025'), year('2025')]);
  });

  it('reads "over the course of the year" and "for the year" the same way', () => {
    expect(
      periods(
        'Trade with China rose in 2024. Chinese exports made up $1.9 billion for the year, and tankers made 60 calls over the course of the year.',
        '2025-02-10',
      ),
    ).toEqual([year('2024'), year('2024')]);
  });

  it('reads no year into "over the year" when the text has stated none', () => {
    expect(periods('Its tankers made 40 calls at the port over the year.', '2025-06-01')).toEqual([
      null,
    ]);
  });

  it('does not take a day of saying for the year meant', () => {
    expect(
      periods(
        'The ministry spoke on Tuesday. Its officials counted 70 voyages over the year.',
        '2025-06-10',
      ),
    ).toEqual([null]);
  });
});

describe('a rate later in the clause of a figure', () => {
  it('reads "every month" after the verb of a figure as its rate', () => {
    expect(periods('Dozens of trucks now cross the bridge every month.')).toEqual([
      { start: null, end: null, per: 'month' },
    ]);
    expect(periods('Pyongyang dwarfs the hundreds of rockets that Kyiv fires each day.')).toEqual([
      { start: null, end: null, per: 'day' },
    ]);
  });

  it('reads "in a year" later in the clause of a figure as its rate: "the mill may sell in a year"', () => {
    expect(periods('The deal caps the 300,000 tonnes the mill may sell in a year.')).toEqual([
      { start: null, end: null, per: 'year' },
    ]);
  });

  it('reads a rate at the end of a long clause: "the fuel the North may import per year"', () => {
    expect(
      periods(
        'The rules allow no more than 500,000 barrels of refined fuel into the country per year.',
      ),
    ).toEqual([{ start: null, end: null, per: 'year' }]);
    expect(
      periods('It is twice the 60,000 tonnes the port is licensed to load in a year.'),
    ).toEqual([{ start: null, end: null, per: 'year' }]);
  });

  it('leaves "a year earlier" and "within a year" no rate', () => {
    expect(
      periods('Grain sales reached 9,000 tonnes, against 7,000 tonnes of wheat a year earlier.'),
    ).toEqual([null, null]);
    expect(periods('About 400 engineers left the plant within a year.')).toEqual([null]);
  });

  it('does not reach past a comma for it', () => {
    expect(periods('About 40 trucks crossed in March, and more come every month.')).toEqual([
      { start: '2024-03', end: '2024-03', per: null },
    ]);
  });
});

describe('a figure of the time of writing', () => {
  it('leaves "about 9,000 are now in the region" undated by a month earlier in the sentence', () => {
    expect(
      periods(
        'The North began sending engineers in May, and officials say about 9,000 are now in the region.',
      ),
    ).toEqual([null]);
  });

  it('does not carry the period before to "perhaps a fifth now"', () => {
    expect(
      periods(
        'In the spring of 2024, the North supplied about half of the shells fired. That share has fallen to perhaps a fifth now.',
        '2025-06-02',
      ),
    ).toEqual([{ start: '2024-03', end: '2024-05', per: null }, null]);
  });

  it('keeps a running total "has now sent … since 2023"', () => {
    expect(periods('The North has now sent 20,000 containers since 2023.')).toEqual([
      { start: '2023', end: null, per: null },
    ]);
  });
});

describe('a number of months referred back to', () => {
  it('gives "over the six months" the six months up to the end of the period last stated', () => {
    const found = periods(
      'Trade reached $900 million between January and June. In June alone it came to $200 million. Exports made up $700 million over the six months.',
      '2025-08-01',
    );
    expect(found[2]).toEqual({ start: '2025-01', end: '2025-06', per: null });
  });

  it('reads "the nine-month period" the same way', () => {
    const found = periods(
      'Sales in September alone came to $90 million. Exports totalled $800 million in the nine-month period.',
      '2025-10-20',
    );
    expect(found[1]).toEqual({ start: '2025-01', end: '2025-09', per: null });
  });
});

describe('the first group sent', () => {
  it('leaves "the initial contingent of 12,000" undated by the months of later reinforcements', () => {
    expect(
      periods(
        'About 2,000 replacements arrived between March and April to make up for losses in the initial contingent of around 12,000 troops.',
        '2025-06-02',
      ),
    ).toEqual([{ start: '2025-03', end: '2025-04', per: null }, null]);
  });

  it('leaves "4,000 were sent in the first wave" undated by the month of the deployment', () => {
    expect(
      periods(
        'Pyongyang first deployed engineers to Russia in May 2024, and about 4,000 were sent in the first wave.',
      ),
    ).toEqual([null]);
  });

  it('keeps a date right after the figure: "the first contingent of 12,000 in May"', () => {
    expect(periods('Then came the first contingent of 12,000 in May.', '2025-06-02')).toEqual([
      { start: '2025-05', end: '2025-05', per: null },
    ]);
  });
});

describe('a figure that remains', () => {
  it('leaves "about 9,000 troops remain in Russia" undated by a season of the rotation before it', () => {
    expect(
      periods(
        'Officials said about 9,000 troops remain in Russia after a rotation this spring.',
        '2025-06-24',
      ),
    ).toEqual([null]);
  });
});

describe('a day in a sentence that credits no one', () => {
  it('dates the count it opens: "On March 3, the rail yard held about 40 freight cars"', () => {
    expect(periods('On March 3, the rail yard held about 40 freight cars.')).toEqual([
      { start: '2024-03-03', end: '2024-03-03', per: null },
    ]);
  });

  it('leaves the count undated where someone is credited on that day', () => {
    expect(
      periods('The ministry said on March 3 that the rail yard held about 40 freight cars.'),
    ).toEqual([null]);
  });

  it('leaves a count undated by the day of a publication or the day of writing', () => {
    expect(
      periods(
        'The figures, released by the customs office on March 3, show 40,000 tonnes of flour.',
      ),
    ).toEqual([null]);
    expect(periods('About 40 freight cars stand in the rail yard today.')).toEqual([null]);
  });
});

describe('a month before a verb of saying with no "that"', () => {
  it('dates the saying: "In October, the spy agency said the North would send about 9,000 troops"', () => {
    expect(
      periods('In October, the spy agency said the North would send about 9,000 troops to Russia.'),
    ).toEqual([null]);
  });

  it('leaves a year, a span and a "said," aside to the figure', () => {
    expect(periods("In 2023, the bank said the North's exports reached $60 million.")).toEqual([
      { start: '2023', end: '2023', per: null },
    ]);
    expect(periods('Between March and May, tankers made what analysts say were 20 trips.')).toEqual(
      [{ start: '2024-03', end: '2024-05', per: null }],
    );
    expect(
      periods('In October, the spy agency said, the North sent about 9,000 troops to Russia.'),
    ).toEqual([{ start: '2024-10', end: '2024-10', per: null }]);
  });
});

describe('the date of a picture', () => {
  it('dates what the picture shows: "Imagery from July shows 30 wagons", "an image taken on May 4"', () => {
    expect(periods('Imagery from July shows about 30 wagons in the border yard.')).toEqual([
      { start: '2024-07', end: '2024-07', per: null },
    ]);
    expect(
      periods(
        'Analysts at a mapping firm counted 500 crates on the pier in an image taken on May 4.',
      ),
    ).toEqual([{ start: '2024-05-04', end: '2024-05-04', per: null }]);
    expect(
      periods(
        'Satellite pictures of the depot showed some 60 trucks on June 9, according to a study by a research group.',
      ),
    ).toEqual([{ start: '2024-06-09', end: '2024-06-09', per: null }]);
  });

  it('leaves undated a figure seen in pictures dated only by when they came out', () => {
    expect(
      periods('Photos released by a watchdog last week showed about 70 trucks at the depot.'),
    ).toEqual([null]);
  });

  it('still leaves a month of saying or a comparison base with no picture as before', () => {
    expect(periods('In July, the ministry said the yard held about 30 wagons.')).toEqual([null]);
    expect(
      periods('Analysts at a mapping firm counted 500 crates on the pier, the firm said on May 4.'),
    ).toEqual([null]);
  });
});

describe('a price paid for one of a kind', () => {
  it('leaves "$600 per shell" and "$2 million for each missile" undated by the year of the sentence', () => {
    expect(
      periods(
        'In 2024 Moscow paid about $600 per shell and as much as $2 million for each missile, officials estimate.',
      ),
    ).toEqual([null, null]);
  });

  it('keeps the rate of a wage paid "a month for each man sent"', () => {
    expect(periods('In 2024 the soldiers were promised $2,000 a month for each man sent.')).toEqual(
      [{ start: null, end: null, per: 'month' }],
    );
  });

  it('still dates an income "per capita"', () => {
    expect(periods('In 2024 income stood at $1,200 per capita, the bank said.')[0]).toEqual({
      start: '2024',
      end: '2024',
      per: null,
    });
  });
});

describe('a "has since" with no date of its own', () => {
  it('opens at the happening last dated: "began moving shells in September 2023. It has since shipped"', () => {
    expect(
      periods(
        'Pyongyang began moving shells by rail in September 2023. It has since shipped about 9,000 containers, officials say.',
      ),
    ).toEqual([{ start: '2023-09', end: null, per: null }]);
  });

  it('leaves a state reached since undated: "have since been wounded"', () => {
    expect(
      periods(
        'The North sent troops to Kursk in October 2024. About 3,000 of them have since been wounded.',
      ),
    ).toEqual([null]);
  });
});

describe('the nearest date that dates a figure', () => {
  it('takes a date right after the figure over one far before it', () => {
    expect(
      periods(
        'In March 2024, the yard beside the old station on the river saw 500 trucks cross in May 2024.',
      ),
    ).toEqual([{ start: '2024-05', end: '2024-05', per: null }]);
  });

  it('keeps the earlier of two dates as near to the figure', () => {
    expect(periods('In March 2024, 500 trucks crossed during May 2024.')).toEqual([
      { start: '2024-03', end: '2024-03', per: null },
    ]);
  });
});

describe('a month before a pledged figure', () => {
  it('dates the pledge, not the figure: "promised in March to send 800 engineers"', () => {
    expect(
      periods('Pyongyang promised in March to send 800 engineers to the Russian border.'),
    ).toEqual([null]);
  });

  it('still dates a figure sent in that month', () => {
    expect(periods('In March Pyongyang sent 800 engineers to the Russian border.')).toEqual([
      { start: '2024-03', end: '2024-03', per: null },
    ]);
  });

  it('keeps a year before a plan: "this year the mill plans to ship 9,000 tonnes"', () => {
    expect(periods('This year the mill plans to ship 9,000 tonnes of steel to Russia.')).toEqual([
      { start: '2024', end: '2024', per: null },
    ]);
  });
});

describe('a date right after the base of a comparison', () => {
  it('dates only the base, not a figure listed after it', () => {
    expect(
      periods(
        'The port unloaded 70,000 tonnes of coal in 2023, up from 50,000 tonnes a year earlier, along with 8,000 tonnes of salt.',
      ),
    ).toEqual([
      { start: '2023', end: '2023', per: null },
      { start: '2022', end: '2022', per: null },
      { start: '2023', end: '2023', per: null },
    ]);
  });
});

describe('a cumulative figure', () => {
  it('takes no period from the sentence before', () => {
    expect(
      periods(
        'The North earned $3bn from arms sales in 2023. A think-tank puts the cumulative figure at $11bn.',
      ),
    ).toEqual([{ start: '2023', end: '2023', per: null }, null]);
  });
});

describe('a date in an aside whose clause holds an appositive', () => {
  it('does not date the figure before the aside', () => {
    expect(
      periods(
        'Analysts value the deals at $9 billion, a large sum for a country whose trade with India, a minor partner, came to $30 million last year.',
      ),
    ).toEqual([null, { start: '2023', end: '2023', per: null }]);
  });
});

describe('what a dated figure is said to hold', () => {
  it('shares its period: "since March shipped 4,000 crates that could hold 2 million rounds"', () => {
    expect(
      periods(
        'The agency says the North has shipped 4,000 crates since March that could hold 2 million rounds.',
      ),
    ).toEqual([
      { start: '2024-03', end: null, per: null },
      { start: '2024-03', end: null, per: null },
    ]);
  });

  it('leaves a figure after an undated one undated', () => {
    expect(periods('The yard holds 300 crates, which could hold 90,000 rounds.')).toEqual([
      null,
      null,
    ]);
  });
});

describe('a date in a clause that opens a running total from a happening', () => {
  it('opens the total at the date even after a word of reporting: "since it began filing reports in 2019"', () => {
    expect(
      periods('The coast guard has logged 40 seizures since it began filing reports in 2019.'),
    ).toEqual([{ start: '2019', end: null, per: null }]);
  });

  it('opens the total at a day: "since its troops crossed the border on Feb. 24, 2022"', () => {
    expect(
      periods(
        'The army says 90,000 of its soldiers have died since its troops crossed the border on Feb. 24, 2022.',
      ),
    ).toEqual([{ start: '2022-02-24', end: null, per: null }]);
  });

  it('reads "from March 2025," set off by commas as the start of a span', () => {
    expect(
      periods(
        'The North has sent shells since August 2023 and, from March 2025, some 4,000 engineers.',
      ),
    ).toEqual([{ start: '2025-03', end: null, per: null }]);
  });
});

describe('the base of a change', () => {
  it('leaves "up 40% on 2022" the year of the level it changes', () => {
    expect(periods('Port traffic reached 300,000 tonnes last year, up 40% on 2022.')).toEqual([
      { start: '2023', end: '2023', per: null },
      { start: '2023', end: '2023', per: null },
    ]);
  });

  it('is not the span a later "during the year" refers back to', () => {
    expect(
      periods(
        'Russia delivered 2.1 million barrels in 2024, compared with 1 million barrels in 2023. Tankers made at least 60 voyages during the year.',
        '2025-06-03',
      ).at(-1),
    ).toEqual({ start: '2024', end: '2024', per: null });
  });
});

describe('a cap', () => {
  it('takes its rate and no date of the sentence: "in 2023, well past an annual limit of 500,000 barrels"', () => {
    expect(
      periods(
        'Moscow sold 3 million barrels of diesel in 2023, well past an annual limit of 500,000 barrels.',
      ),
    ).toEqual([
      { start: '2023', end: '2023', per: null },
      { start: null, end: null, per: 'year' },
    ]);
  });

  it('takes no period carried from the sentence before', () => {
    expect(
      periods(
        'Between March and June, tankers carried 400,000 barrels of diesel. The limit is set at 500,000 barrels of diesel a year.',
      ).at(-1),
    ).toEqual({ start: null, end: null, per: 'year' });
  });
});

describe('dates that belong to another clause', () => {
  it('leaves a figure "pledged in May" undated', () => {
    expect(periods('Moscow has received 2,000 labourers pledged in May.')).toEqual([null]);
  });

  it('leaves a month after a valued figure to the valuing, past an aside: "had put its losses, counting the missing, at 3,100 in March"', () => {
    expect(
      periods(
        'The ministry had put its losses, counting the missing and the captured, at about 3,100 in March.',
      ),
    ).toEqual([null]);
  });

  it('keeps a date after "passed through" the figure\'s own, which a word of documents does not take', () => {
    expect(periods('Some $80 million passed through the bank in the first half of 2024.')).toEqual([
      { start: '2024-01', end: '2024-06', per: null },
    ]);
  });

  it('bounds a date before "though" to its own clause', () => {
    expect(
      periods(
        'Factories have trimmed overtime since the start of 2024, though a few still pay bonuses of up to 50,000 rubles.',
      ),
    ).toEqual([null]);
  });
});

describe('a rate before a date', () => {
  it('reads "a year since 2023" as a rate and a start', () => {
    expect(
      periods(
        'Tankers have carried more than 2 million barrels of oil to Nampo a year since 2023, port officials say.',
      ),
    ).toEqual([{ start: '2023', end: null, per: 'year' }]);
  });
});

describe('what the sentence before does not date', () => {
  it('leaves the share of shells that fail to fire undated by the year of the shipments before', () => {
    expect(
      periods(
        'In 2023 the North shipped 2 million shells. Gunners say about 15% of those rounds fail to explode.',
      ),
    ).toEqual([{ start: '2023', end: '2023', per: null }, null]);
  });

  it('reads "At the same time," as "meanwhile", not as the span last stated', () => {
    expect(
      periods(
        'Between May and July, the North shipped 2 million shells. At the same time, the officer said, about 4,000 of its workers were building roads at home.',
      ),
    ).toEqual([{ start: '2024-05', end: '2024-07', per: null }, null]);
  });

  it('still reads "over the same time" as the span last stated', () => {
    expect(
      periods(
        'Between May and July, the North shipped 2 million shells. Over the same time, about 40,000 tonnes of flour went the other way.',
      ).at(-1),
    ).toEqual({ start: '2024-05', end: '2024-07', per: null });
  });
});

describe('"the same year" and "that year"', () => {
  it('refer back to the span last stated, as "the same period" does', () => {
    expect(
      periods(
        'Exports to the North reached $30 million in 2022. Imports from it came to $5 million in the same year.',
      ),
    ).toEqual([
      { start: '2022', end: '2022', per: null },
      { start: '2022', end: '2022', per: null },
    ]);
    expect(
      periods(
        'Rail freight came to 200,000 tonnes in 2023. About 40,000 tonnes of it was grain that year.',
      ).at(-1),
    ).toEqual({ start: '2023', end: '2023', per: null });
  });
});

describe('"the same months" and "those months"', () => {
  it('refer back to the span last stated, as "the same period" does', () => {
    expect(
      periods(
        'Between April and August, the North shipped 2 million shells. Over the same months, about 90,000 tonnes of wheat went the other way.',
      ).at(-1),
    ).toEqual({ start: '2024-04', end: '2024-08', per: null });
    expect(
      periods(
        'Between April and August, the North shipped 2 million shells. In those months, about 90,000 tonnes of wheat went the other way.',
      ).at(-1),
    ).toEqual({ start: '2024-04', end: '2024-08', per: null });
  });
});

describe('a rate that opens the sentence', () => {
  it('gives its rate to the clause after its comma', () => {
    expect(periods('Each year, the North earns $500 million from the workers.')[0]?.per).toBe(
      'year',
    );
    expect(periods('Every month, Moscow delivers 60,000 barrels of fuel.')[0]?.per).toBe('month');
  });

  it('gives none from "a year ago," or a rate inside the sentence before the verb', () => {
    expect(periods('A year ago, the North earned $500 million.', '2025-06-15')[0]).toEqual({
      start: '2024',
      end: '2024',
      per: null,
    });
  });
});

describe('a season in a clause that describes the noun after a figure', () => {
  it("is one time, as a month is, and not the figure's own", () => {
    expect(
      periods(
        'A spokesman said crews fire up to 900 shells per day and that the crews have grown more accurate since their first posting to the area in spring 2025.',
        '2025-09-01',
      )[0],
    ).toEqual({ start: null, end: null, per: 'day' });
  });
});

describe('a total and the parts listed after ", including"', () => {
  it('leaves the whole undated by a date only a part has', () => {
    expect(
      periods(
        'The North has sent about 15,000 troops in all, including some 3,000 dispatched in January and February.',
        '2025-04-30',
      ),
    ).toEqual([null, { start: '2025-01', end: '2025-02', per: null }]);
  });

  it("gives a part the date of its own clause over the whole's running total", () => {
    expect(
      periods(
        'The North has sent about 14,000 troops since last October, including about 3,000 reinforcements that arrived in January.',
        '2025-04-30',
      ),
    ).toEqual([
      { start: '2024-10', end: null, per: null },
      { start: '2025-01', end: '2025-01', per: null },
    ]);
  });

  it('dates each listed part by its own words, not by the part before it', () => {
    expect(
      periods(
        'The North has sent 17,000 troops, including 11,000 sent last October and 3,000 reinforcements sent in January.',
        '2025-04-30',
      ),
    ).toEqual([
      null,
      { start: '2024-10', end: '2024-10', per: null },
      { start: '2025-01', end: '2025-01', per: null },
    ]);
  });

  it('gives the whole a date past a comma that closes the parts', () => {
    expect(
      periods(
        'The units have suffered about 4,700 casualties, including some 600 deaths, since they reached the front last year.',
        '2025-04-30',
      ),
    ).toEqual([
      { start: '2024', end: null, per: null },
      { start: '2024', end: null, per: null },
    ]);
  });

  it('reads no list after "including" that names no figure', () => {
    expect(
      periods(
        'The agency had put total casualties, including the wounded, at about 4,700 in April.',
        '2025-09-04',
      ),
    ).toEqual([null]);
  });

  it('leaves a part "pledged in June" to the pledge', () => {
    expect(
      periods(
        'The North has sent noncombat units, including 1,000 deminers and 5,000 builders pledged in June 2025.',
        '2025-09-04',
      ),
    ).toEqual([null, null]);
  });
});

describe('"during the month" and "for the month"', () => {
  it('mean the month a sentence with no figure named', () => {
    expect(
      periods(
        'December was weaker still. China shipped goods worth $168 million to the North during the month.',
        '2025-01-20',
      ),
    ).toEqual([{ start: '2024-12', end: '2024-12', per: null }]);
  });

  it('mean the one month the period last stated lies in', () => {
    expect(
      periods(
        'Exports reached $150 million in May. Imports came to $30 million for the month.',
        '2025-06-20',
      ),
    ).toEqual([
      { start: '2025-05', end: '2025-05', per: null },
      { start: '2025-05', end: '2025-05', per: null },
    ]);
  });

  it('mean nothing after a period of more than one month', () => {
    expect(
      periods(
        'Russia shipped 1 million barrels of oil to the North in 2024. The North sent 2,000 containers of shells during the month.',
        '2025-06-20',
      ),
    ).toEqual([{ start: '2024', end: '2024', per: null }, null]);
  });

  it('leave "in the month before" a month of its own', () => {
    expect(
      periods(
        'Russia shipped 40,000 barrels of oil to the North in May. The North sent 2,000 containers of shells in the month before the vote.',
        '2025-06-20',
      )[1],
    ).toBeNull();
  });
});

describe('a rate of nights', () => {
  it('reads "each night" and "per night" as a daily rate', () => {
    expect(periods('Russia launched 150 drones at Ukraine each night.', '2025-09-04')).toEqual([
      { start: null, end: null, per: 'day' },
    ]);
    expect(periods('Russia fired 60 drones per night at Kyiv.', '2025-09-04')).toEqual([
      { start: null, end: null, per: 'day' },
    ]);
  });

  it('keeps "in a night of strikes" one night, no rate', () => {
    expect(
      periods('Russia fired 60 drones at Kyiv in a night of heavy strikes.', '2025-09-04'),
    ).toEqual([null]);
  });
});

describe('a cap that states no rate of its own', () => {
  it('takes the rate of the cap listed before it: "and crude oil at 4 million barrels"', () => {
    expect(
      periods(
        'The council caps refined imports at 500,000 barrels a year and crude oil at 4 million barrels.',
      ),
    ).toEqual([
      { start: null, end: null, per: 'year' },
      { start: null, end: null, per: 'year' },
    ]);
  });

  it('takes the rate of a cap before it past a semicolon', () => {
    expect(
      periods(
        'The cap on refined products is 500,000 barrels a year; crude oil is capped at 4 million barrels.',
      ).at(-1),
    ).toEqual({ start: null, end: null, per: 'year' });
  });

  it('takes the rate of the flow of its unit it is measured against', () => {
    expect(
      periods(
        'The pipeline carries about 3.8 million barrels a year, just under the ceiling of 4 million barrels.',
      ).at(-1),
    ).toEqual({ start: null, end: null, per: 'year' });
  });

  it('takes no rate from a figure of another unit: a cap of oil is yearly', () => {
    expect(
      periods(
        'Russia earns $40 million a month from the trade, which is capped at 3.5 million barrels.',
      ).at(-1),
    ).toEqual({ start: null, end: null, per: 'year' });
  });

  it('reads "per twelve-month period" and "in an entire year" as a yearly rate', () => {
    expect(
      periods('The resolution limits crude imports to 4 million barrels per twelve-month period.'),
    ).toEqual([{ start: null, end: null, per: 'year' }]);
    expect(
      periods(
        'The UN allows the North to import 500,000 barrels of refined products in an entire year.',
      ),
    ).toEqual([{ start: null, end: null, per: 'year' }]);
  });
});

describe('the changes a release of economic data reports', () => {
  it('gives a change its sentence does not date the period of the release', () => {
    expect(
      periods(
        'North Korea’s economy grew 3.7 percent in 2024, the bank said.\n"The numbers surprised us," one economist said.\nOutput in manufacturing rose 6.8 percent.',
        '2025-07-25',
      ).at(-1),
    ).toEqual({ start: '2024', end: '2024', per: null });
  });

  it('gives the level a change rose to the same period: "jumped 24.6 percent to $2.72 billion"', () => {
    expect(
      periods(
        'The North’s economy grew 3.1 percent last year, the bank said.\nA bank official said arms sales were hard to measure.\nIts external trade jumped 24.6 percent to $2.72 billion.',
        '2025-07-25',
      ).slice(-2),
    ).toEqual([
      { start: '2024', end: '2024', per: null },
      { start: '2024', end: '2024', per: null },
    ]);
  });

  it('takes the first period of the release, not a later base: "after growing 3.1 percent in 2023"', () => {
    expect(
      periods(
        'The economy grew 3.7 percent in 2024, after growing 3.1 percent in 2023.\nA bank official said arms sales were hard to measure.\nConstruction grew 3.3 percent.',
        '2025-07-25',
      ).at(-1),
    ).toEqual({ start: '2024', end: '2024', per: null });
  });

  it('leaves a share that "makes up" a total undated', () => {
    expect(
      periods(
        'The North’s trade with China fell 5% in 2024, customs data showed.\nA trader said the figures hide much.\nFertiliser still makes up more than 40% of its imports.',
        '2025-01-20',
      ).at(-1),
    ).toBeNull();
  });

  it('leaves a change undated when no figure of the economy or of trade was dated', () => {
    expect(
      periods(
        'North Korea sent 11,000 troops in 2024.\nA source said the mood was grim.\nPetrol prices in Pyongyang rose 20 percent.',
        '2025-07-25',
      ).at(-1),
    ).toBeNull();
  });
});

describe('the span a report says it covers', () => {
  it('is what a later "during the reporting period" means, over the period last stated', () => {
    expect(
      periods(
        'The report covers the period from December 2024 to June 2026. Russia shipped 2 million barrels in 2025. The North imported 3.6 million barrels over the reporting period.',
        '2026-10-14',
      ).at(-1),
    ).toEqual({ start: '2024-12', end: '2026-06', per: null });
  });

  it('is what "the period covered" and "the period under review" mean', () => {
    expect(
      periods(
        'The review, covering January to December 2024, came out on Monday. Officers seized 40 tonnes of copper during the period under review.',
        '2025-03-03',
      ).at(-1),
    ).toEqual({ start: '2024-01', end: '2024-12', per: null });
  });

  it('does not date what happened "before the reporting period began"', () => {
    expect(
      periods(
        'The report covers the period from December 2024 to June 2026.\nSanctions had named 14 tankers before the reporting period began.',
        '2026-10-14',
      ).at(-1),
    ).toBeNull();
  });

  it('leaves "the reporting period" to the period last stated when no span was said to be covered', () => {
    expect(
      periods(
        'Russia shipped 2 million barrels of diesel between January and June 2025. The North imported 2.4 million barrels over the reporting period.',
        '2025-09-01',
      ).at(-1),
    ).toEqual({ start: '2025-01', end: '2025-06', per: null });
  });
});

describe('a count a picture showed', () => {
  it('takes the day after the count in a sentence that credits who read the images', () => {
    expect(
      periods(
        'Images analysed by 38 North, a group that watches the border, showed 43 railcars in the yard on 14 February.',
        '2025-03-12',
      ),
    ).toEqual([{ start: '2025-02-14', end: '2025-02-14', per: null }]);
  });

  it('takes a day that opens the sentence before "imagery showed"', () => {
    expect(
      periods(
        'On June 11, commercial imagery showed three tankers loading at the terminal, according to a research group.',
        '2025-09-15',
      ),
    ).toEqual([{ start: '2025-06-11', end: '2025-06-11', per: null }]);
  });

  it('does not take the day a figure is said: "the group said on May 2"', () => {
    expect(
      periods('Imagery showed 40 railcars in the yard, the group said on May 2.', '2025-06-15'),
    ).toEqual([null]);
  });

  it('does not take the date the pictures were published', () => {
    expect(
      periods(
        'Satellite photographs published by a monitoring group last week showed dozens of freight cars.',
        '2025-06-15',
      ),
    ).toEqual([null]);
  });
});

describe('a date of saying past a phrase of where or how', () => {
  it('dates the saying in "said in a separate assessment last month"', () => {
    expect(
      periods(
        'About 300 soldiers have been killed, the agency said in a separate assessment last month.',
        '2025-02-13',
      ),
    ).toEqual([null]);
  });

  it('dates the document in "published on a state portal in February 2025"', () => {
    expect(
      periods(
        'A procurement record published on a state portal in February 2025 lists 1,200 body bags.',
        '2025-11-14',
      ),
    ).toEqual([null]);
  });

  it('keeps the figure\'s date when a bound stands between: "confirmed at least two cases this year"', () => {
    expect(
      periods('The ministry said it had confirmed at least two cases this year.', '2025-10-16'),
    ).toEqual([{ start: '2025', end: '2025', per: null }]);
  });

  it('keeps the figure\'s date when no phrase of where follows the verb: "reported shipping … in 2024"', () => {
    expect(
      periods(
        'Russia reported shipping North Korea about two million barrels of fuel in 2024.',
        '2025-06-15',
      ),
    ).toEqual([{ start: '2024', end: '2024', per: null }]);
  });
});

describe('a base after a later change', () => {
  it('does not date the level before the change: "For the first seven months, … up 9% on the same period of 2024"', () => {
    expect(
      periods(
        'For the first seven months of the year, two-way trade reached $1.28 billion, up about 9% on the same period of 2024.',
        '2025-08-20',
      ),
    ).toEqual([
      { start: '2025-01', end: '2025-07', per: null },
      { start: '2025-01', end: '2025-07', per: null },
    ]);
  });
});

describe('a "by" date that bounds a saying', () => {
  it('dates the estimate: "By April the agency had raised its estimate to 4,700 casualties"', () => {
    expect(periods('By April the agency had raised its estimate to 4,700 casualties.')).toEqual([
      null,
    ]);
  });

  it('dates a later saying, not the figure before it: "…, and by September it said"', () => {
    expect(
      periods(
        'The army counted 3,000 North Korean casualties in the winter, and by September it said 4,000 had been killed or wounded.',
      ),
    ).toEqual([null, null]);
  });

  it('still ends the count where the saying is an aside: "By March, the ministry said, 3,000 had arrived"', () => {
    expect(
      periods('By March, the ministry said, some 3,000 North Korean engineers had arrived.'),
    ).toEqual([{ start: null, end: '2024-03', per: null }]);
    expect(periods('About 6,000 North Korean troops had arrived by May, the agency said.')).toEqual(
      [{ start: null, end: '2024-05', per: null }],
    );
  });
});

describe('a level a sentence says a data release shows', () => {
  it('takes the period of the release: "Rice shipments climbed to 64,000 tonnes, the data showed"', () => {
    expect(
      periods(
        "China's trade with North Korea rose 18 percent in 2023. Rice shipments climbed to about 64,000 tonnes, the data showed.",
      ).at(-1),
    ).toEqual({ start: '2023', end: '2023', per: null });
  });

  it('stays undated with no word that the data show it, or no release dated before', () => {
    expect(
      periods(
        "China's trade with North Korea rose 18 percent in 2023. Rice shipments climbed to about 64,000 tonnes.",
      ).at(-1),
    ).toBeNull();
    expect(periods('Rice shipments climbed to about 64,000 tonnes, the data showed.')).toEqual([
      null,
    ]);
  });
});

describe('the value of goods referred back to', () => {
  it('carries the span of the goods: "estimated the value of the fuel at $70 million"', () => {
    expect(
      periods(
        'Tankers delivered about 1 million barrels of diesel to the North between March and November. Analysts estimated the value of the fuel at about $70 million.',
      ).at(-1),
    ).toEqual({ start: '2024-03', end: '2024-11', per: null });
  });

  it('carries it to "these exports" too, and leaves a value with no span before undated', () => {
    expect(
      periods(
        'North Korea sent 5,000 containers to Russia in 2023. The panel valued these exports at $120 million.',
      ).at(-1),
    ).toEqual({ start: '2023', end: '2023', per: null });
    expect(periods('Analysts estimated the value of the fuel at about $70 million.')).toEqual([
      null,
    ]);
  });
});

describe('the month of an earlier estimate of a toll', () => {
  it('leaves the base undated: "up from about 600 in April"', () => {
    expect(
      periods(
        'The agency raised its count of North Korean dead to about 2,000, up from about 600 in April.',
      ),
    ).toEqual([null, null]);
  });

  it('leaves the toll undated past "its April figure"', () => {
    expect(
      periods(
        'In September the agency said about 2,000 North Koreans had been killed, three times its April figure.',
      ),
    ).toEqual([null]);
  });

  it('keeps the month of a base of goods, or of a monthly toll dated before it', () => {
    expect(periods('The yard held 900 containers, up from roughly 400 in October.').at(-1)).toEqual(
      { start: '2024-10', end: '2024-10', per: null },
    );
    expect(
      periods('Losses in November were 2,000 killed, up from 1,500 killed in October.').at(-1),
    ).toEqual({ start: '2024-10', end: '2024-10', per: null });
  });
});
