// The second period battery: how a period reaches a figure from elsewhere in its sentence or
// text, in sentences of our own read against a fixed publication date (15 June 2025). Each probe
// names the figure it checks. Probes the engine misreads today are left out:
//   - "Russia reported 2,100 barrels for January 2024, while China reported 4,700 barrels for the
//     same month.": "the same month" within one sentence is not read; only a month stated in an
//     earlier sentence is.
//   - "Later that month, the agency said 2,000 had been killed.": "that month" dates the saying,
//     and is left out of the month's back references on purpose.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a total and its parts listed after "including"', () => {
  it('leaves the whole undated by the date of a part', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea has sent about 15,000 troops to Russia in all, including some 3,000 reinforcements dispatched in January and February.',
          '15,000',
          null,
        ],
        [
          'The agency estimated that Pyongyang had deployed roughly 15,000 soldiers in total, including around 3,000 sent in March.',
          '15,000',
          null,
        ],
        [
          'Seoul believes the North has dispatched about 14,000 troops, the spy agency said, including 11,000 sent in October and November last year.',
          '14,000',
          null,
        ],
        [
          'Russia has received some 9 million shells from the North, including about 2 million delivered between January and March.',
          '9 million',
          null,
        ],
        [
          'The North has lost an estimated 6,000 soldiers, including some 2,000 killed in the winter of 2024.',
          '6,000',
          null,
        ],
        [
          'Officials put the number of North Koreans sent to Russia at about 17,000, including 11,000 combat troops dispatched last October.',
          '17,000',
          null,
        ],
      ]),
    );
  });

  it("keeps the whole's own date, before the parts or after the list closes", () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea has sent about 15,000 troops to Russia since October last year, including some 3,000 reinforcements dispatched in January and February.',
          '15,000',
          span('2024-10', null),
        ],
        [
          'North Korean units have suffered about 4,700 casualties, including some 600 deaths, since they reached the front last year.',
          '4,700',
          span('2024', null),
        ],
        [
          'In 2024, Russia shipped 1.2 million barrels of oil to the North, including 300,000 barrels in March.',
          '1.2 million',
          span('2024', '2024'),
        ],
        [
          'The North sent some 6,000 personnel this year, including 1,000 deminers and 5,000 builders, officials said.',
          '6,000',
          span('2025', '2025'),
        ],
      ]),
    );
  });

  it('gives a listed part the date its own words give it, over the date of the whole', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea has sent about 15,000 troops to Russia since October last year, including some 3,000 reinforcements who arrived in January and February.',
          '3,000',
          span('2025-01', '2025-02'),
        ],
        [
          'Officials estimate that the North has sent 14,000 soldiers since last October, including about 3,000 replacements that arrived in January.',
          '3,000',
          span('2025-01', '2025-01'),
        ],
        [
          'The North had sent about 15,000 troops by May, including roughly 3,000 sent as reinforcements in February and March.',
          '3,000',
          span('2025-02', '2025-03'),
        ],
        [
          'The total of North Korean personnel sent since October 2024 has reached 23,000, including 6,000 engineers and builders dispatched since last September.',
          '6,000',
          span('2024-09', null),
        ],
        [
          'Officials put the number sent at about 17,000, including 11,000 combat troops dispatched last October and November, 3,000 reinforcements sent in January and February and 3,000 builders sent since March.',
          '3,000 reinforcements',
          span('2025-01', '2025-02'),
        ],
        [
          'Officials put the number sent at about 17,000, including 11,000 combat troops dispatched last October and November, 3,000 reinforcements sent in January and February and 3,000 builders sent since March.',
          '11,000',
          span('2024-10', '2024-11'),
        ],
        [
          'Officials put the number sent at about 17,000, including 11,000 combat troops dispatched last October and November, 3,000 reinforcements sent in January and February and 3,000 builders sent since March.',
          '3,000 builders',
          span('2025-03', null),
        ],
        [
          'Russia has taken about 9 million shells from the North since 2023, including some 2 million that arrived in the first quarter of 2025.',
          '2 million',
          span('2025-01', '2025-03'),
        ],
      ]),
    );
  });

  it('reads no list where "including" names no figure, or where the part is pledged', () => {
    expectPeriods(
      periodProbes([
        [
          'The agency had put total casualties, including the wounded, at about 4,700 in April.',
          '4,700',
          null,
        ],
        [
          'The North has sent noncombat units, including 1,000 deminers and 5,000 builders pledged in June 2025.',
          '5,000',
          null,
        ],
        [
          'North Korea sent 3,000 troops, including engineers, to Russia in March.',
          '3,000',
          span('2025-03', '2025-03'),
        ],
      ]),
    );
  });
});

describe('"the month" referring back', () => {
  it('reads "during the month" as the month a sentence with no figure named', () => {
    expectPeriods(
      periodProbes([
        [
          'Trade fell 5% last year. December was weaker still. China shipped goods worth $168 million to North Korea during the month.',
          '$168 million',
          span('2024-12', '2024-12'),
        ],
        [
          'March was busy at the port. Tankers carried some 40,000 barrels of oil to the North during the month, analysts said.',
          '40,000',
          span('2025-03', '2025-03'),
        ],
        [
          'Fighting intensified in April. Over the month, about 1,200 North Korean soldiers were killed or wounded.',
          '1,200',
          span('2025-04', '2025-04'),
        ],
        [
          'Shipments picked up again in February. The North sent some 2,000 containers of munitions to Russia in the month, according to the group.',
          '2,000',
          span('2025-02', '2025-02'),
        ],
      ]),
    );
  });

  it('reads "for the month" as the one month the period last stated lies in', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia shipped 40,000 barrels of oil to North Korea in March. For the month, North Korea sent 2,000 containers to Russia.',
          '2,000',
          span('2025-03', '2025-03'),
        ],
        [
          "China's exports to the North reached $150 million in May. Imports came to $30 million for the month, the customs data showed.",
          '$30 million',
          span('2025-05', '2025-05'),
        ],
        [
          'In January 2025, Russia delivered 60,000 barrels to the North. Throughout the month, North Korea sent 1,500 containers back.',
          '1,500',
          span('2025-01', '2025-01'),
        ],
        [
          'Russia delivered 60,000 barrels to the North in January 2025. North Korea sent 1,500 containers to Russia during the same month.',
          '1,500',
          span('2025-01', '2025-01'),
        ],
      ]),
    );
  });

  it('leaves "the month" undated where no single month was stated, or where it names its own', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia shipped 1 million barrels of oil to the North in 2024. North Korea sent 2,000 containers during the month.',
          '2,000',
          null,
        ],
        [
          'Russia delivered 60,000 barrels to the North in January. North Korea sent 1,500 containers in the month before the summit.',
          '1,500',
          null,
        ],
      ]),
    );
  });
});

describe('"the same period last year" after the sentence that stated it', () => {
  it('moves the period of the sentence before back a year', () => {
    expectPeriods(
      periodProbes([
        [
          'Tankers made 15 visits to the port in January and February. That compares with 22 visits in the same period last year.',
          '22',
          span('2024-01', '2024-02'),
        ],
        [
          'Between January and May, 24 cargo vessels called at Rajin. In the same period a year earlier, analysts counted nine vessels.',
          'nine',
          span('2024-01', '2024-05'),
        ],
        [
          'North Korea sent 2,000 containers to Russia in the first quarter. In the same period last year, it sent 1,500 containers.',
          '1,500',
          span('2024-01', '2024-03'),
        ],
        [
          'Russia shipped 300,000 barrels of oil to the North in the first five months of 2025. It had shipped 120,000 barrels in the same months a year earlier, the group said.',
          '120,000',
          span('2024-01', '2024-05'),
        ],
      ]),
    );
  });
});

describe('"a year earlier" and "the year before" after the sentence that stated the period', () => {
  it('date a base a year before the period last stated', () => {
    expectPeriods(
      periodProbes([
        [
          'Trade between the two countries reached $2.18 billion in 2024. That compared with $2.3 billion a year earlier.',
          '$2.3 billion',
          span('2023', '2023'),
        ],
        [
          "Russia's share of the North's trade rose in 2025. It reached about 2.4 percent, from 1.2 percent a year earlier, by the agency's count.",
          '1.2 percent',
          span('2024', '2024'),
        ],
        [
          'China shipped 37,000 tonnes of rice to the North in the first nine months of 2025. Wheat shipments rose to about 50,000 tonnes, up from 21,000 tonnes a year earlier, the data showed.',
          '21,000',
          span('2024-01', '2024-09'),
        ],
        [
          "North Korea's official trade came to $2.5 billion in 2024. It had come to $2.7 billion the year before.",
          '$2.7 billion',
          span('2023', '2023'),
        ],
        [
          'In 2024, Russia bought 8,000 tonnes of North Korean fish. It had bought 5,000 tonnes the previous year, officials said.',
          '5,000',
          span('2023', '2023'),
        ],
      ]),
    );
  });

  it("leaves the sentence's other figures the period before, as a base does not date them", () => {
    expectPeriods(
      periodProbes([
        [
          'China shipped 37,000 tonnes of rice to the North in the first nine months of 2025. Wheat shipments rose to about 50,000 tonnes, up from 21,000 tonnes a year earlier, the data showed.',
          '50,000',
          span('2025-01', '2025-09'),
        ],
        [
          'Exports to the North reached $150 million in 2024. Imports rose 10% from a year earlier to $30 million.',
          '$30 million',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('reads nothing where no period was stated before', () => {
    expectPeriods(
      periodProbes([
        ['Trade reached $2.3 billion a year earlier, officials said.', '$2.3 billion', null],
      ]),
    );
  });
});

describe('a span of bare months that ends ahead of the day of writing', () => {
  it('puts both months in the year before, as the span is past', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea sent 3,000 troops to Russia between January and August.',
          '3,000',
          span('2024-01', '2024-08'),
        ],
        [
          'Russia shipped about 400,000 barrels of oil to the North from March to September, analysts said.',
          '400,000',
          span('2024-03', '2024-09'),
        ],
        [
          'Between February and October, the North supplied some 2 million shells to Russia.',
          '2 million',
          span('2024-02', '2024-10'),
        ],
        [
          'From April through July, tankers made 43 trips to the port, according to the report.',
          '43',
          span('2024-04', '2024-07'),
        ],
      ]),
    );
  });

  it('leaves a span that ends by the day of writing in its year', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea sent 3,000 troops to Russia between January and May.',
          '3,000',
          span('2025-01', '2025-05'),
        ],
        [
          'Russia shipped 60,000 barrels of oil to the North between December and February.',
          '60,000',
          span('2024-12', '2025-02'),
        ],
        [
          'North Korea sent 3,000 troops to Russia between January and August 2024.',
          '3,000',
          span('2024-01', '2024-08'),
        ],
      ]),
    );
  });
});

describe('a rate of nights', () => {
  it('reads "each night", "every night" and "per night" as a daily rate, with the span it gives', () => {
    expectPeriods(
      periodProbes([
        ['Russia launched about 150 drones at Ukraine each night.', '150', span(null, null, 'day')],
        [
          'Russia launched 150 to 200 drones at Ukraine each night on average between June and August, the air force said.',
          '150 to 200',
          span('2024-06', '2024-08', 'day'),
        ],
        [
          'Ukrainian officials say Russia fires some 100 drones every night at cities in the east.',
          '100',
          span(null, null, 'day'),
        ],
        [
          'Russia was firing 60 drones per night at Kyiv in the spring of 2025.',
          '60',
          span('2025-03', '2025-05', 'day'),
        ],
        [
          'Each night, Russia launches some 120 drones at Ukraine, officials said.',
          '120',
          span(null, null, 'day'),
        ],
      ]),
    );
  });

  it('keeps "in a night of strikes" one night, with no rate', () => {
    expectPeriods(
      periodProbes([['Russia fired 60 drones at Kyiv in a night of heavy strikes.', '60', null]]),
    );
  });
});
