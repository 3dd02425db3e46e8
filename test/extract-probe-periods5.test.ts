// The fifth period battery: the month of an earlier estimate of a toll ("up from about 600 in
// April", "more than three times its April figure"), which dates the estimate, not the dead, who
// are counted from the start of the fighting; in texts of our own read against a fixed publication
// date (15 June 2025). Each probe names the figure it checks. Probes the engine misreads today are
// left out:
//   - "The agency raised its estimate to 2,000 dead, up from its April estimate of 600.": the month
//     before the base's own figure; two annotated sets end such a base at the month, others leave
//     it undated.
//   - "Its most recent figure, given to lawmakers in March, is about 2,500 dead.": a month inside an
//     aside that describes the estimate still dates the toll.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('the base of a toll, dated by the month of the estimate it was', () => {
  it('leaves the base after "up from" undated', () => {
    expectPeriods(
      periodProbes([
        [
          'The agency raised its estimate of North Korean soldiers killed to about 2,000, up from about 600 in April.',
          'about 600',
          null,
        ],
        [
          'The spy agency said about 2,300 North Korean soldiers had died, up from about 2,000 in September.',
          'about 2,000',
          null,
        ],
        [
          'Seoul now puts the number of dead at 2,000, up from 600 in its April assessment.',
          '600',
          null,
        ],
        [
          "Kyiv's count of North Korean casualties rose to roughly 4,700, up from 3,000 in January.",
          '3,000',
          null,
        ],
        [
          'Lawmakers were told that some 1,100 North Koreans had been killed or wounded, up from around 500 in December.',
          'around 500',
          null,
        ],
        ['The toll climbed to at least 300 dead, up from 100 in early January.', '100', null],
      ]),
    );
  });

  it('leaves it undated after a bare "from", "compared with" or with the estimate named between', () => {
    expectPeriods(
      periodProbes([
        [
          'Its casualty figure is up from about 3,000 the agency cited in January.',
          'about 3,000',
          null,
        ],
        [
          'The intelligence service lifted its count of dead to about 2,000 from the roughly 600 it gave in April.',
          'roughly 600',
          null,
        ],
        [
          'The agency now says about 2,000 North Korean soldiers have died, compared with about 600 in April.',
          'about 600',
          null,
        ],
        ['The toll rose to 2,000 dead, more than triple the 600 counted in April.', '600', null],
        [
          'Ukraine now reckons 4,000 North Koreans have been wounded, against 2,500 it reported in February.',
          '2,500',
          null,
        ],
      ]),
    );
  });
});

describe('"its April figure" after a toll', () => {
  it('dates the earlier estimate, not the toll', () => {
    expectPeriods(
      periodProbes([
        [
          'In September the agency said about 2,000 North Koreans had been killed, more than three times its April figure.',
          'about 2,000 North Koreans',
          null,
        ],
        [
          'The ministry now says 1,200 soldiers have died, double its March estimate.',
          '1,200 soldiers',
          null,
        ],
        [
          'Some 5,000 North Korean troops have been killed or wounded, the service said, well above their January tally.',
          'Some 5,000 North Korean troops',
          null,
        ],
      ]),
    );
  });
});

describe('what keeps its month', () => {
  it('dates the base of a price, a shipment or a monthly count', () => {
    expectPeriods(
      periodProbes([
        [
          'Rice sold for 24,000 won a kilogram, up from 17,000 won in March.',
          '17,000 won',
          span('2025-03', '2025-03'),
        ],
        [
          'The port handled more than 3,000 containers in May, up from roughly 1,200 in April.',
          'roughly 1,200',
          span('2025-04', '2025-04'),
        ],
        [
          'Russian losses in May were 40,000 killed, up from 35,000 killed in April.',
          '35,000 killed',
          span('2025-04', '2025-04'),
        ],
        [
          'Losses in May were 40,000 killed, compared with 35,000 killed in April.',
          '35,000 killed',
          span('2025-04', '2025-04'),
        ],
      ]),
    );
  });
});
