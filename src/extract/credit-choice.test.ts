import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

/** The credit of every figure a text states, each as "name | affiliation" or "none". */
function credits(text: string): string[] {
  return claimsIn(text).map(({ attribution: a }) =>
    a ? `${a.name ?? ''} | ${a.affiliation ?? ''}` : 'none',
  );
}

describe('the owner of a reckoning after "by"', () => {
  it('credits a name that ends in "s" and takes the apostrophe alone', () => {
    expect(credits("By NK News' calculation, Russia shipped around 350,000 barrels.")).toEqual([
      'NK News | ',
    ]);
    expect(credits("By the Times' count, 2,000 soldiers had died.")).toEqual(['the Times | ']);
  });

  it('leaves a plural noun with its apostrophe no source when "by" does not open it', () => {
    expect(credits("The soldiers' pay came to $2,000 a month.")).toEqual(['none']);
  });
});

describe('a verb that values a figure', () => {
  it('credits its subject for "as high as" after the thing valued', () => {
    expect(credits('Budanov has put the share as high as 60%.')).toEqual(['Budanov | ']);
    expect(credits('The institute puts the toll as high as 6,000.')).toEqual(['The institute | ']);
  });

  it('credits no one who puts troops somewhere', () => {
    expect(credits('Moscow put as many as 5,000 troops on the border.')).toEqual(['none']);
  });
});

describe('"claims to have"', () => {
  it('credits the subject whose deed the infinitive states', () => {
    expect(credits("Ukraine's air force claims to have intercepted 30 missiles.")).toEqual([
      "Ukraine's air force | ",
    ]);
  });

  it('keeps "claims to" a noun before anything but "have" or "be"', () => {
    expect(credits('Pyongyang rejected claims to 300 tonnes of the cargo.')).toEqual(['none']);
  });
});

describe('a quoted passive that closes its sentence', () => {
  it('credits the subject after the comma, not the sentence opener', () => {
    expect(
      credits(
        'North Korea sent about 5,000 builders, the agency was quoted as saying by a lawmaker.',
      ),
    ).toEqual(['the agency | ']);
    expect(
      credits('North Korea sent about 5,000 builders, the NIS was quoted by Yonhap as saying.'),
    ).toEqual(['National Intelligence Service (NIS) | ']);
  });
});

describe('a time between a relative pronoun and its verb', () => {
  it('is no part of the name the pronoun stands for', () => {
    expect(
      credits(
        'The count is above the one given by the Baltic Defence Forum, which last week said 300 soldiers had died.',
      ),
    ).toEqual(['the Baltic Defence Forum | ']);
    expect(
      credits(
        'Kpler, which earlier this month said Russia shipped 1 million barrels, declined to comment.',
      ),
    ).toEqual(['Kpler | ']);
  });
});

describe('a phrase of view that opens a sentence', () => {
  it('credits the person a possessive stands for, and the name after "in the words of"', () => {
    expect(
      credits('Lena Brandt studies the route. In her words, a train carries 40 railcars.'),
    ).toEqual(['Lena Brandt | ']);
    expect(credits('In the words of Lena Brandt, a train carries 40 railcars.')).toEqual([
      'Lena Brandt | ',
    ]);
  });

  it('credits no one for a phrase of view in mid-sentence', () => {
    expect(credits('Trains, in his view rather slow, carry 40 railcars.')).toEqual(['none']);
  });
});

describe('"added" before a figure', () => {
  it('is a sum, so the figure keeps the credit that closes the clause before it', () => {
    expect(
      credits(
        'Tankers delivered 1 million barrels, the team said, while rail added an estimated 200,000 barrels.',
      ),
    ).toEqual(['the team | ', 'the team | ']);
    expect(credits('Wages remitted by workers in Russia added another $300 million.')).toEqual([
      'none',
    ]);
  });

  it('still says when "that" or a clause of its own follows, or when it goes on a reckoning', () => {
    expect(credits('The ministry added that 300 soldiers had died.')).toEqual(['The ministry | ']);
    expect(
      credits("Cho's team counted the containers and added an estimated 250 ballistic missiles."),
    ).toEqual(["Cho's team | "]);
  });
});

describe('a hyphenated compound', () => {
  it('ends no name with "think" before "-tank"', () => {
    expect(
      credits(
        'A study by the Korea Institute for Defense Analyses, a state-funded think-tank in Seoul, published in March estimated that Pyongyang earned $20bn.',
      ),
    ).toEqual(['Korea Institute for Defense Analyses | ']);
  });

  it('reads no verb of counting at the end of "single-track"', () => {
    expect(credits('The single-track bridge carried 9,000 wagons in 2025.')).toEqual(['none']);
  });
});

describe('the data a body put out', () => {
  it('credits the body that opens the sentence for "the data it released"', () => {
    expect(
      credits(
        "Russia's Federal Customs Service stopped publishing figures, but the last data it released put trade at $34 million.",
      ),
    ).toEqual(["Russia's Federal Customs Service | "]);
  });
});

describe('a credit that closes a sentence with no figure', () => {
  it('covers the next sentence of its paragraph', () => {
    expect(
      credits('Cash has moved too, the report found. Russia transferred $650 million last year.'),
    ).toEqual(['the report | ']);
  });

  it('covers nothing after a paragraph break or after a credit that opens its sentence', () => {
    expect(
      credits(
        'Cash has moved too, the report found.\n\nRussia transferred $650 million last year.',
      ),
    ).toEqual(['none']);
    expect(
      credits('The report said on Monday that talks stalled. Russia transferred $650 million.'),
    ).toEqual(['none']);
  });
});

describe('verbs of counting in the present plural', () => {
  it('credit those who identify or track what they counted', () => {
    expect(credits('The authors identify at least 74 voyages.')).toEqual(['The authors | ']);
    expect(credits('Analysts track 14 tankers a month.')).toEqual(['Analysts | ']);
  });
});

describe('a possessive, a title and a name', () => {
  it('credits the person named after the title, the title as affiliation', () => {
    expect(
      credits(
        'The forum has given a higher figure. Its spokesman Andriy Lenko said 8,000 troops would go.',
      ),
    ).toEqual(['Andriy Lenko | spokesman']);
  });

  it('credits the owner when no name follows the title', () => {
    expect(
      credits(
        'The Baltic Defence Forum said 300 soldiers had died, and its analysts estimated that 900 soldiers were wounded.',
      ),
    ).toEqual(['The Baltic Defence Forum | ', 'The Baltic Defence Forum | ']);
  });
});

describe('a body named by what it does', () => {
  it('keeps its own words when no name before holds its noun', () => {
    expect(
      credits(
        'The Defence Ministry said 300 ships were seen. The monitoring group said 40 tankers docked.',
      ),
    ).toEqual(['The Defence Ministry | ', 'The monitoring group | ']);
  });

  it('still means the body named before when the words name a kind of body', () => {
    expect(
      credits("Ukraine's HUR briefed reporters. The intelligence agency said 40 tankers docked."),
    ).toEqual(["Ukraine's HUR | "]);
  });
});
