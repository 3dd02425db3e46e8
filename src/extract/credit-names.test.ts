import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

/** The credit of the last figure a text states, as "name | affiliation". */
function creditOf(text: string): string {
  const attribution = claimsIn(text).at(-1)?.attribution;
  return attribution ? `${attribution.name ?? ''} | ${attribution.affiliation ?? ''}` : 'none';
}

describe('a phrase fronted before the credited subject', () => {
  it('leaves a phrase of time without a comma out of the name', () => {
    expect(
      claimIn('In the spring the agency said Russia paid $300 million.').attribution?.name,
    ).toBe('the agency');
    expect(
      claimIn('On Monday Seoul’s spy agency said 2,000 troops had been sent.').attribution?.name,
    ).toBe('Seoul’s spy agency');
    expect(
      claimIn('Last week Western officials said 5,000 soldiers had died.').attribution?.name,
    ).toBe('Western officials');
    expect(
      claimIn('Earlier this year Danish officials estimated that 3,000 troops were sent.')
        .attribution?.name,
    ).toBe('Danish officials');
  });

  it('ends a phrase of time at its noun of time, though a name in lower case follows', () => {
    expect(
      claimIn('Over the summer local officials said 400 workers had arrived.').attribution?.name,
    ).toBe('local officials');
  });

  it('leaves a word of discourse out of the name', () => {
    expect(
      claimIn('Yet a Nordic monitoring group said 1 million barrels were shipped.').attribution
        ?.name,
    ).toBe('a Nordic monitoring group');
  });

  it('finds the subject of a verb joined by "and" after a fronted phrase set off by a comma', () => {
    expect(
      claimIn(
        'Over the winter, local officials visited the families and told them that Moscow paid $20,000 for each soldier.',
      ).attribution?.name,
    ).toBe('local officials');
  });

  it('reads a verb of saying inside a participle’s phrase as a noun, and credits the main clause', () => {
    expect(
      claimIn(
        'Citing Danish estimates that the plant can make up to 2 million shells a year, the paper argues for more sanctions.',
      ).attribution?.name,
    ).toBe('the paper');
    expect(
      claimIn('Using Danish reports and leaked records, its authors put the toll at 3,000 at most.')
        .attribution?.name,
    ).toBe('its authors');
  });

  it('keeps a name that opens with a preposition it cannot end', () => {
    expect(
      claimIn('In Seoul officials said 700 soldiers had been wounded.').attribution?.name,
    ).toBe('In Seoul officials');
  });
});

describe('where a name ends', () => {
  it('ends a credited name before an auxiliary or a verb with an article after it', () => {
    expect(
      creditOf(
        'A report by the Nordic Arms Monitor was released on Monday. The report said 900 rockets were sent.',
      ),
    ).toBe('Nordic Arms Monitor | ');
    expect(
      creditOf(
        'A new paper by Ana Silva and Tom Berg of the Nordic Arms Monitor examines the trade. The authors estimate that 900 rockets were sent.',
      ),
    ).toBe('Ana Silva and Tom Berg of the Nordic Arms Monitor | ');
  });

  it('keeps a noun after a proper name as part of it', () => {
    expect(creditOf('About 1,000 soldiers died, according to Danish military intelligence.')).toBe(
      'Danish military intelligence | ',
    );
    expect(creditOf('Trade reached $30 million, according to UN records.')).toBe('UN records | ');
  });

  it('credits no one for a verb of saying that is denied', () => {
    expect(
      claimIn('The ministry no longer publishes how many of its 5,000 workers left.').attribution,
    ).toBeNull();
  });

  it('credits whoever cites estimates, not the words "X cited"', () => {
    expect(
      claimIn('The five senators cited estimates that 12,000 troops had been sent.').attribution
        ?.name,
    ).toBe('The five senators');
  });
});

describe('a referring noun and the maker introduced before it', () => {
  it('finds the maker named before a document, by a possessive or as its subject', () => {
    expect(
      creditOf(
        'The Nordic Arms Monitor’s report traces the shipments. The report said 900 rockets were sent.',
      ),
    ).toBe('The Nordic Arms Monitor | ');
    expect(
      creditOf(
        'In a study released on Monday, the Nordic Arms Monitor traced the shipments. The study found that 900 rockets were sent.',
      ),
    ).toBe('the Nordic Arms Monitor | ');
  });

  it('finds the compiler set off by commas and the maker of a relative clause', () => {
    expect(
      creditOf(
        'The summary, compiled by the Eastern Customs Office, covers the spring. According to the summary, exports reached $40 million.',
      ),
    ).toBe('Eastern Customs Office | ');
    expect(
      creditOf(
        'Data the Trade Ministry submitted to lawmakers cover the year. The data show exports of $40 million.',
      ),
    ).toBe('Trade Ministry | ');
  });

  it('credits a person who led a study, and the body named with them for "the study"', () => {
    expect(
      creditOf(
        'Ana Silva of the Nordic Arms Monitor led the study. Silva’s team counted 900 rockets.',
      ),
    ).toBe('Ana Silva | Nordic Arms Monitor');
    expect(
      creditOf(
        'Ana Silva of the Nordic Arms Monitor led the study. The study counted 900 rockets.',
      ),
    ).toBe('Nordic Arms Monitor | ');
  });

  it('takes a byline’s body from the bracket after the names', () => {
    expect(
      creditOf(
        'Ana Silva and Tom Berg (Research Fellows, Nordic Arms Monitor)\nThe authors estimate that 900 rockets were sent.',
      ),
    ).toBe('Ana Silva and Tom Berg | Nordic Arms Monitor');
  });

  it('reads "the report’s authors" as the report’s maker', () => {
    expect(
      creditOf(
        'A report by the Nordic Arms Monitor was released on Monday. The report’s authors said 900 rockets were sent.',
      ),
    ).toBe('Nordic Arms Monitor | ');
  });

  it('takes no document for a maker: "Report summary" names none', () => {
    expect(creditOf('Report summary\nAccording to the report, 900 rockets were sent.')).toBe(
      'the report | ',
    );
  });

  it('keeps the words of a referring noun when no maker is named', () => {
    expect(
      creditOf('Zelensky visited the front on Monday. The report said 900 rockets were sent.'),
    ).toBe('The report | ');
  });
});
