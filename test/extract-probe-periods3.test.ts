// The third period battery: the time of caps, of the changes a data release reports, of a
// report's own span, of what a picture showed, of a date of saying past a phrase of where or how,
// and of a level before the base of its change, in texts of our own read against a fixed publication date (15 June 2025).
// Each probe names the figure it checks. Probes the engine misreads today are left out:
//   - "The UN caps refined imports at 500,000 barrels a year. Crude is capped at 4 million
//     barrels.": a cap takes the rate of one before it only in its own sentence.
//   - "The 500,000-barrel annual cap": a size written into its noun is no figure the engine reads.
//   - "Its annual filing, covering 2024, …": a bare year after "covering" is no date the engine
//     reads, so "the reporting period" after it finds no span ("covering the whole of 2024" is).
//   - "Analysts say Russia pays $2,000 a month per soldier. Output in manufacturing rose 6.8
//     percent.": the change takes the money's kind from the sentence before, and no release period.
//   - "GNI came to 44.2 trillion won, while per capita GNI stood at 1.72 million won.": a level of
//     a release with no word of change stays undated; only its changes take the release's period.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

const yearly = span(null, null, 'year');

describe('a cap that states no rate of its own', () => {
  it('takes the rate of the cap listed before it', () => {
    expectPeriods(
      periodProbes([
        [
          'Security Council resolutions cap North Korean imports of refined products at 500,000 barrels a year and those of crude oil at 4 million barrels.',
          '4 million barrels',
          yearly,
        ],
        [
          'The council in 2017 capped the North’s purchases of diesel at 500,000 barrels a year and its crude at 4 million barrels.',
          '4 million barrels',
          yearly,
        ],
        [
          'The sanctions limit Pyongyang to 500,000 barrels of refined fuel a year and 4 million barrels of crude.',
          '4 million barrels',
          yearly,
        ],
        [
          'UN rules cap the country’s refined petroleum imports at 500,000 barrels annually and crude imports at 4 million barrels.',
          '4 million barrels',
          yearly,
        ],
        [
          'Under the resolution, coal exports are capped at 7.5 million tonnes a year and iron ore sales at 1 million tonnes.',
          '1 million tonnes',
          yearly,
        ],
        [
          'The limit for refined products is 500,000 barrels a year; crude oil is capped at 4 million barrels.',
          '4 million barrels',
          yearly,
        ],
        [
          'Refined products face a ceiling of 500,000 barrels a year, while crude shipments are limited to 4 million barrels.',
          '4 million barrels',
          yearly,
        ],
      ]),
    );
  });

  it('takes the rate of a flow of its unit it is measured against', () => {
    expectPeriods(
      periodProbes([
        [
          'A pipeline from China carries an estimated 3.8 million barrels a year, officials say, just under the UN ceiling of 4 million barrels.',
          '4 million barrels',
          yearly,
        ],
        [
          'Russia is shipping roughly 450,000 barrels a year by rail, close to the cap of 500,000 barrels.',
          '500,000 barrels',
          yearly,
        ],
        [
          'Customs data show about 480,000 barrels arriving each year, barely inside the limit of 500,000 barrels.',
          '500,000 barrels',
          yearly,
        ],
      ]),
    );
  });

  it('keeps a cap undated and a rate its own: "in an entire year", "per twelve-month period"', () => {
    expectPeriods(
      periodProbes([
        [
          'Resolution 2397 limits the DPRK’s crude oil imports to 4 million barrels per twelve-month period.',
          '4 million barrels',
          yearly,
        ],
        [
          'The resolution holds the country to 500,000 barrels of refined products in each twelve-month period.',
          '500,000 barrels',
          yearly,
        ],
        [
          'Member states may supply no more than 500,000 barrels of refined fuel in any 12-month period.',
          '500,000 barrels',
          yearly,
        ],
        [
          'The United Nations allows North Korea to import 500,000 barrels of refined products in an entire year.',
          '500,000 barrels',
          yearly,
        ],
        [
          'The rules let the North buy no more than 500,000 barrels of diesel and petrol in any given year.',
          '500,000 barrels',
          yearly,
        ],
        [
          'In 2024 alone Russia shipped about 1 million barrels, twice what the UN lets the North import in a whole year.',
          '1 million barrels',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('lends no rate to a figure that is no cap', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia shipped 1.2 million barrels in 2025 and 300,000 barrels in the first quarter of 2026.',
          '300,000 barrels',
          span('2026-01', '2026-03'),
        ],
        [
          'Tankers carry about 25,000 barrels a voyage, and the North took in 1 million barrels in 2024.',
          '1 million barrels',
          span('2024', '2024'),
        ],
      ]),
    );
  });
});

describe('the changes a release of economic data reports', () => {
  it('are over the period the release was first dated with', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea’s economy grew 3.7% in 2024, the central bank said on Friday. Output in manufacturing rose 6.8 percent, while construction grew 3.3 percent.',
          '6.8 percent',
          span('2024', '2024'),
        ],
        [
          'North Korea’s economy grew 3.7% in 2024, the central bank said on Friday. Output in manufacturing rose 6.8 percent, while construction grew 3.3 percent.',
          '3.3 percent',
          span('2024', '2024'),
        ],
        [
          'The North’s economy expanded 3.1 percent last year, the bank estimated. Agriculture, forestry and fishing edged up 1.8 percent on better harvests.',
          '1.8 percent',
          span('2024', '2024'),
        ],
        [
          'North Korea’s economy expanded 3.1 percent last year, the bank estimated. Its external trade jumped 24.6 percent to $2.72 billion.',
          '24.6 percent',
          span('2024', '2024'),
        ],
        [
          'North Korea’s economy expanded 3.1 percent last year, the bank estimated. Its external trade jumped 24.6 percent to $2.72 billion.',
          '$2.72 billion',
          span('2024', '2024'),
        ],
        [
          'Mongolia’s economy grew 4.9% in 2024, its statistics office said. Mining output fell 2.1%, and exports slipped 3% to $15 billion.',
          '3%',
          span('2024', '2024'),
        ],
        [
          'Trade between China and North Korea reached $1.06 billion in the first half of 2025, customs data showed. Chinese exports climbed 29% to $950 million.',
          '29%',
          span('2025-01', '2025-06'),
        ],
        [
          'Trade between China and North Korea reached $1.06 billion in the first half of 2025, customs data showed.\nChinese exports climbed 29% to $950 million, led by soybean oil.',
          '$950 million',
          span('2025-01', '2025-06'),
        ],
        [
          'Russian customs recorded $34 million of trade with North Korea in 2024. Russian exports increased 11 percent, according to the summary.',
          '11 percent',
          span('2024', '2024'),
        ],
        [
          'The North’s gross domestic product rose 3.8 percent in 2024. Heavy industry surged 9.6 percent. Light industry declined 1.2 percent.',
          '1.2 percent',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('are over that period past sentences between that date nothing', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea’s economy grew 3.7 percent in 2024, the Bank of Korea said.\n"The numbers are better than we expected," one economist said.\nOutput in manufacturing rose 6.8 percent.',
          '6.8 percent',
          span('2024', '2024'),
        ],
        [
          'The North’s economy expanded 3.1 percent last year, the central bank said.\nA bank official said the estimate did not fully capture arms sales.\nIts exports rose 40.2 percent to $310 million.',
          '40.2 percent',
          span('2024', '2024'),
        ],
        [
          'The North’s economy expanded 3.1 percent last year, the central bank said.\nA bank official said the estimate did not fully capture arms sales.\nIts exports rose 40.2 percent to $310 million.',
          '$310 million',
          span('2024', '2024'),
        ],
        [
          'Mongolia’s GDP grew 4.9% in 2024, the statistics office said. The office has published its estimate every year since 1991. Copper output dropped 2.1%.',
          '2.1%',
          span('2024', '2024'),
        ],
        [
          'China’s trade with North Korea rose to $2.3 billion in 2023, customs figures showed. "It is a recovery, not a boom," one trader said. Chinese imports from the North surged 120% to $292 million.',
          '120%',
          span('2023', '2023'),
        ],
        [
          'North Korea’s economy shrank 0.2 percent in 2023, the bank estimated. Mining contracted 1.5 percent, while external trade jumped 36 percent to $2.3 billion.',
          '36 percent',
          span('2023', '2023'),
        ],
      ]),
    );
  });

  it('leaves alone a change with a date of its own, a share, and a change in a text with no release', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korea’s economy grew 3.7% in 2024. Exports to China rose 20% in the first quarter of 2025.',
          '20%',
          span('2025-01', '2025-03'),
        ],
        [
          'North Korea’s economy grew 3.7% in 2024, the bank said. Fertiliser and textiles still make up more than 40% of the North’s imports.',
          'more than 40%',
          null,
        ],
        [
          'Petrol prices in Pyongyang fell 20% after the shipments began, traders said.',
          '20%',
          null,
        ],
        [
          'Russian artillery fire has fallen 30 percent as the shells run short, Ukrainian officers say.',
          '30 percent',
          null,
        ],
      ]),
    );
  });
});

describe('the span a report says it covers', () => {
  it('is what "the reporting period" and "the period covered" mean', () => {
    expectPeriods(
      periodProbes([
        [
          'The team’s second report covers the period from December 2024 to June 2026. The DPRK exported at least 1.6 million tonnes of coal to Russia over the reporting period.',
          '1.6 million tonnes',
          span('2024-12', '2026-06'),
        ],
        [
          'The team’s second report covers the period from December 2024 to June 2026. In 2025 Russia shipped 2 million barrels of diesel. The North imported no less than 3.6 million barrels of refined petroleum over the reporting period.',
          '3.6 million barrels',
          span('2024-12', '2026-06'),
        ],
        [
          'The new report follows the money and the oil, covering the period from January 2025 to March 2026. Russia delivered 2.1 million barrels of fuel in 2025. The team documented at least 31 ship-to-ship transfers during the period covered.',
          '31 ship-to-ship transfers',
          span('2025-01', '2026-03'),
        ],
        [
          'The review, which covers January to December 2024, was released on Monday. Customs officers seized 40 tonnes of copper during the period under review.',
          '40 tonnes',
          span('2024-01', '2024-12'),
        ],
        [
          'Its annual filing, covering the whole of 2024, arrived late. Exports of wigs reached $170 million during the reporting period, the filing said.',
          '$170 million',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('leaves a time before the span undated', () => {
    expectPeriods(
      periodProbes([
        [
          'The report covers the period from December 2024 to June 2026. The team identified 22 tankers, 14 of which had been sanctioned before the reporting period began.',
          '22 tankers',
          null,
        ],
      ]),
    );
  });
});

describe('a count a picture showed', () => {
  it('is of the day the sentence names, before the picture or after the count', () => {
    expectPeriods(
      periodProbes([
        [
          'Images analysed by 38 North, a group that monitors the North, showed 43 railcars in the Tumangang yard on 14 February.',
          '43 railcars',
          span('2025-02-14', '2025-02-14'),
        ],
        [
          'Satellite imagery reviewed by the institute showed about 70 freight cars at the rail yard on April 3.',
          '70 freight cars',
          span('2025-04-03', '2025-04-03'),
        ],
        [
          'On May 11, commercial imagery showed three tankers loading at the terminal, according to a London-based research group.',
          'three tankers',
          span('2025-05-11', '2025-05-11'),
        ],
        [
          'Commercial satellite imagery obtained by the newspaper showed at least four tankers at anchor off Nakhodka on March 30, the day after the transfer.',
          'four tankers',
          span('2025-03-30', '2025-03-30'),
        ],
        [
          'Photos taken by a patrol plane showed two tankers lashed together off the coast on April 2.',
          'two tankers',
          span('2025-04-02', '2025-04-02'),
        ],
        [
          'On Jan. 20, satellite pictures revealed some 300 containers stacked on the quay at Rajin.',
          '300 containers',
          span('2025-01-20', '2025-01-20'),
        ],
      ]),
    );
  });

  it('is not of the day the pictures came out, nor of the day someone spoke of them', () => {
    expectPeriods(
      periodProbes([
        [
          'Satellite photographs published by a monitoring group last week showed dozens of freight cars at the crossing.',
          'dozens of freight cars',
          null,
        ],
        ['Imagery showed 40 railcars in the yard, the group said on May 2.', '40 railcars', null],
      ]),
    );
  });
});

describe('a date of saying past a phrase of where or how', () => {
  it('dates the saying, not the figure said', () => {
    expectPeriods(
      periodProbes([
        [
          'About 300 North Koreans have been killed, the agency said in a closed-door briefing last month.',
          '300 North Koreans',
          null,
        ],
        [
          'Some 2,700 soldiers have been wounded, the spy agency said at a parliamentary briefing in January.',
          '2,700 soldiers',
          null,
        ],
        [
          'A purchasing record published on a government website in March lists 900 body bags for a unit in Kursk.',
          '900 body bags',
          null,
        ],
        [
          'North Korea has sent about 15,000 troops to Russia, the agency wrote in its quarterly assessment in April.',
          '15,000 troops',
          null,
        ],
        [
          'Roughly 11,000 troops remain in the Kursk region, the ministry stated in a report to parliament last month.',
          '11,000 troops',
          null,
        ],
        [
          'Of the roughly 12,000 soldiers deployed, about 4,000 have been killed or wounded, the agency said in a separate assessment in February.',
          '4,000',
          null,
        ],
      ]),
    );
  });

  it('leaves the figure its own date before the verb, or after a bound of a figure', () => {
    expectPeriods(
      periodProbes([
        [
          'Russia delivered 5,000 tonnes of flour to North Korea in April, officials said in a statement.',
          '5,000 tonnes',
          span('2025-04', '2025-04'),
        ],
        [
          'The ministry said it had confirmed at least two cargoes of coal in May.',
          'two cargoes',
          span('2025-05', '2025-05'),
        ],
        [
          'Pyongyang sent some 3,000 more troops in January, after the two leaders met in Moscow in late 2024.',
          '3,000 more troops',
          span('2025-01', '2025-01'),
        ],
      ]),
    );
  });
});

describe('a level before a change and the base of the change', () => {
  it('keeps the level to the period that opens its sentence', () => {
    expectPeriods(
      periodProbes([
        [
          'For the first seven months of the year, two-way trade reached $1.28 billion, up about 9% on the same period of 2024.',
          '$1.28 billion',
          span('2025-01', '2025-07'),
        ],
        [
          'For the January-May period, Russian exports to North Korea totalled $40 million, up 50% on the same period of 2024.',
          '$40 million',
          span('2025-01', '2025-05'),
        ],
        [
          'For the whole of last year, North Korea’s imports from China came to $2.0 billion, up 12% from the year before.',
          '$2.0 billion',
          span('2024', '2024'),
        ],
        [
          'In the first quarter, Chinese exports to the North came to $480 million, an increase of 12% from a year earlier.',
          '$480 million',
          span('2025-01', '2025-03'),
        ],
      ]),
    );
  });
});
