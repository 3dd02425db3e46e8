// The fourth period battery: a date that bounds a saying rather than a figure ("By April the
// agency had raised its estimate to 4,700", "and by September it said 2,000 had died"), and the
// levels a sentence says a data release shows ("rice shipments rose to 40,000 tonnes, the data
// showed"), and the value of goods a later sentence refers back to ("the value of the fuel"), in texts of our own read against a fixed publication date (15 June 2025).
// Each probe names the figure it checks. Probes the engine misreads today are left out:
//   - "By April 2025 the agency had raised its estimate to 4,700, and in September it said 2,000
//     had died.": the later figure takes the period carried from the sentence before, where one
//     dated a figure of its kind.
//   - "Nominal GNI came to 44.2 trillion won, the central bank said.": a level the bank's release
//     states with no word of change and no "data show" stays undated.
//   - "The ministry's data show that about 1,900 of last year's arrivals came to work.": a
//     possessive "last year's" is no date the engine reads.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a "by" date that bounds a saying', () => {
  it('dates the estimate, not the figure the estimate was raised to', () => {
    expectPeriods(
      periodProbes([
        [
          'By April the agency had raised its estimate to 4,700 casualties.',
          '4,700 casualties',
          null,
        ],
        [
          'By March 2025 the spy agency had raised its casualty estimate to about 3,400 casualties.',
          'about 3,400 casualties',
          null,
        ],
        [
          'By February, Kyiv had revised its tally to some 4,000 North Korean casualties.',
          'some 4,000 North Korean casualties',
          null,
        ],
        ['By May the ministry had lifted its count to 2,100 dead.', '2,100 dead', null],
        [
          'By January the intelligence service had put its toll at roughly 300 dead.',
          'roughly 300 dead',
          null,
        ],
      ]),
    );
  });

  it('dates a saying it opens, with no comma between, and no figure before it', () => {
    expectPeriods(
      periodProbes([
        [
          'By April the agency had raised its estimate to 4,700 casualties, and by September it said around 2,000 North Korean soldiers had died.',
          '4,700 casualties',
          null,
        ],
        [
          'By April the agency had raised its estimate to 4,700 casualties, and by September it said around 2,000 North Korean soldiers had died.',
          'around 2,000 North Korean soldiers',
          null,
        ],
        [
          'Kyiv counted 3,000 North Korean casualties in the winter fighting, and by May it said 4,000 had been killed or wounded.',
          '3,000 North Korean casualties',
          null,
        ],
        [
          'The agency had put the dead at 300 in its first briefing, and in March it told lawmakers 600 had died.',
          '300',
          null,
        ],
      ]),
    );
  });

  it('still ends a count when no saying follows it, or the saying stands aside', () => {
    expectPeriods(
      periodProbes([
        [
          'By May, about 6,000 North Korean troops had arrived.',
          'about 6,000',
          span(null, '2025-05'),
        ],
        [
          'By March, the ministry said, some 3,000 North Korean engineers had reached the region.',
          'some 3,000',
          span(null, '2025-03'),
        ],
        [
          'North Korean casualties exceeded 4,000 killed and wounded by April, Ukraine estimates.',
          '4,000 killed and wounded',
          span(null, '2025-04'),
        ],
        [
          'North Korea had shipped about 28,000 containers by February, the agency said.',
          'about 28,000 containers',
          span(null, '2025-02'),
        ],
        [
          'Ukraine said in March that more than 4,000 North Koreans had been killed or wounded by then.',
          'more than 4,000',
          span(null, '2025-03'),
        ],
      ]),
    );
  });
});

describe('a level a sentence says a data release shows', () => {
  it('is of the period of the release the text reports', () => {
    expectPeriods(
      periodProbes([
        [
          "China's trade with North Korea rose 18 percent in 2024 to $2.2 billion. Rice shipments climbed to about 64,000 tonnes, the data showed.",
          'about 64,000 tonnes',
          span('2024', '2024'),
        ],
        [
          'Trade between China and North Korea grew 11% in the first half of 2025. China also sent about 41,000 tonnes of rice and 18,500 tonnes of flour to the North, the customs data showed.',
          '18,500 tonnes',
          span('2025-01', '2025-06'),
        ],
        [
          "North Korea's exports to China jumped 40 percent last year. Wigs and false eyelashes brought in about $170 million, the figures showed.",
          'about $170 million',
          span('2024', '2024'),
        ],
        [
          "Russia's trade with North Korea rose sharply in 2024, to $34 million. Customs statistics show that wheat flour shipments reached 50,000 tonnes.",
          '50,000 tonnes',
          span('2024', '2024'),
        ],
        [
          'Bilateral trade fell 5 percent in the first quarter of 2025. Fertiliser exports stood at 12,000 tonnes, the report showed.',
          '12,000 tonnes',
          span('2025-01', '2025-03'),
        ],
      ]),
    );
  });

  it('keeps a date of its own, and is undated where no release was dated before', () => {
    expectPeriods(
      periodProbes([
        [
          'Trade between the two rose 12 percent in 2024. Rice shipments reached 30,000 tonnes in December alone, the data showed.',
          '30,000 tonnes',
          span('2024-12', '2024-12'),
        ],
        [
          'Rice shipments climbed to about 64,000 tonnes, the data showed.',
          'about 64,000 tonnes',
          null,
        ],
      ]),
    );
  });
});

describe('the value of goods a later sentence refers back to', () => {
  it('is over the span of the goods it values', () => {
    expectPeriods(
      periodProbes([
        [
          'Tankers delivered about 1 million barrels of diesel to North Korea between March and November 2024. Analysts estimated the value of the fuel at about $70 million.',
          'about $70 million',
          span('2024-03', '2024-11'),
        ],
        [
          'Russia shipped 40,000 tonnes of wheat to the North in 2024. Officials put the value of the shipments at about $12 million.',
          'about $12 million',
          span('2024', '2024'),
        ],
        [
          'North Korea sent some 5,000 containers to Russia from January to May 2025. The panel estimates the value of these exports at between $95 million and $130 million.',
          'between $95 million and $130 million',
          span('2025-01', '2025-05'),
        ],
        [
          'North Korea sold 12,000 tonnes of coal to Russia in the first half of 2025. Those exports earned it roughly $1.2 million.',
          'roughly $1.2 million',
          span('2025-01', '2025-06'),
        ],
        [
          'Russian tankers carried 300,000 barrels of oil to Rajin in 2024. The value of the oil came to some $25 million, analysts reckon.',
          'some $25 million',
          span('2024', '2024'),
        ],
      ]),
    );
  });

  it('is undated where no span of the goods was stated before', () => {
    expectPeriods(
      periodProbes([
        [
          'Analysts put the value of the shells alone at $1.5 billion to $4 billion.',
          '$1.5 billion to $4 billion',
          null,
        ],
        [
          'Officials estimated the value of the shipments at roughly $180 million.',
          'roughly $180 million',
          null,
        ],
      ]),
    );
  });
});
