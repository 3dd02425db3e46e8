import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const credits = (text: string): (string | null)[] =>
  claimsIn(text).map((c) =>
    c.attribution ? `${c.attribution.name ?? ''} | ${c.attribution.affiliation ?? ''}` : null,
  );

describe('a person who opens a sentence with their office is whom a later "he" means', () => {
  it('credits "he said" to the envoy just described, not to the analyst quoted before', () => {
    expect(
      credits(
        "Ivan Petrov, a weapons analyst at the Arctic Institute, said the line was busy. Pavel Orlov, the deputy head of Russia's railway ministry, arrived in Rason on Friday. After a tour of the port, he said Russia would send 2,000 tonnes of wheat.",
      ),
    ).toEqual(["Pavel Orlov | Russia's railway ministry"]);
  });

  it('leaves a place described between commas alone', () => {
    expect(
      credits(
        'Ivan Petrov, a weapons analyst at the Arctic Institute, said the line was busy. Primorsky Krai, the region that borders the North, has grown quickly. He said 2,000 tonnes of wheat went south.',
      ),
    ).toEqual(['Ivan Petrov | Arctic Institute']);
  });
});

describe('"the officer", "the envoy": a role refers back to the person who holds it', () => {
  it('credits "the intelligence officer said" to the officer named before', () => {
    expect(
      credits(
        "Olena Hrytsenko, a colonel in Ukraine's military intelligence, spoke on Monday. The intelligence officer said 300 launchers had been sent.",
      ),
    ).toEqual(["Olena Hrytsenko | a colonel in Ukraine's military intelligence"]);
  });
});

describe('a title after "by", then the person who holds it between commas', () => {
  it('credits the person, with the body the title names as the affiliation', () => {
    expect(
      credits(
        'The move of 5,000 guards to the border was confirmed by the head of the Border Service of Ukraine, Taras Melnyk, at a briefing.',
      ),
    ).toEqual(['Taras Melnyk | Border Service of Ukraine']);
  });

  it('takes no words after the comma for a name when they are no name', () => {
    expect(
      credits(
        'The move of 5,000 guards to the border was confirmed by the head of the Border Service, In Seoul, officials said nothing.',
      ),
    ).not.toContain('In Seoul | Border Service');
  });
});

describe('"This was stated by X" credits the lead sentence before it', () => {
  it('credits the figure of the sentence just before to the person named', () => {
    expect(
      credits(
        'North Korea now ships about 30% of the rockets Russia fires.\nThis was stated by the head of the Defence Intelligence of Ukraine, Petro Ivanenko, in an interview on Tuesday.',
      ),
    ).toEqual(['Petro Ivanenko | Defence Intelligence of Ukraine']);
  });

  it('leaves a figure two sentences back, and one a source already credits, as they were', () => {
    expect(
      credits(
        'North Korea now ships about 30% of the rockets Russia fires. The trains run at night. This was stated by the head of the Defence Intelligence of Ukraine, Petro Ivanenko, on Tuesday.',
      ),
    ).toEqual([null]);
    expect(
      credits(
        'North Korea ships about 30% of the rockets Russia fires, the ministry said. This was stated by the head of the Defence Intelligence of Ukraine, Petro Ivanenko, on Tuesday.',
      ),
    ).toEqual(['the ministry | ']);
  });
});

describe('a person "of the" body described in lower case is the speaker, not the body', () => {
  it('credits the lawmaker, with the committee as the affiliation', () => {
    expect(
      credits(
        'Rep. Park Ji-hoon of the parliamentary defence committee told reporters that 400 soldiers had died.',
      ),
    ).toEqual(['Rep. Park Ji-hoon | parliamentary defence committee']);
  });
});

describe('"by the reckoning of X": the maker named after "of" is the source', () => {
  it('credits the body whose reckoning, measure or count it is', () => {
    expect(
      credits('By the reckoning of the Baltic Trade Institute, about 900 workers left in May.'),
    ).toEqual(['the Baltic Trade Institute | ']);
    expect(
      credits('By the narrower measure of the Harbour Statistics Office, imports rose 4.2%.'),
    ).toEqual(['the Harbour Statistics Office | ']);
  });

  it('reads no source in "by the end of" a year', () => {
    expect(credits('By the end of the year about 900 workers had left the Tumen Basin.')).toEqual([
      null,
    ]);
  });
});

describe('a back-reference by a body’s noun means the body its own sentence named first', () => {
  it('credits "a figure the agency said" to the service that opens the sentence', () => {
    expect(
      credits(
        'The Northern Signals Agency put losses at 500 on Monday. The Harbour Intelligence Service estimates that 3,000 were wounded, a figure the agency said included about 700 dead.',
      ),
    ).toEqual([
      'The Northern Signals Agency | ',
      'The Harbour Intelligence Service | ',
      'The Harbour Intelligence Service | ',
    ]);
  });

  it('keeps an older body when the sentence names none the noun fits', () => {
    expect(
      credits(
        'The Northern Signals Agency put losses at 500 on Monday. The Harbour Bank estimates that 3,000 were wounded, a figure the agency said included about 700 dead.',
      ).at(-1),
    ).toBe('The Northern Signals Agency | ');
  });
});

describe('"according to the same data" refers back as "the data" does', () => {
  it('credits the statistics named in the sentence before', () => {
    const found = credits(
      'Migration statistics of the Border Office show 9,000 arrivals this year. Of those, about 6,000 arrivals were students, according to the same data.',
    );
    expect(found[1]).toBe(found[0]);
    expect(found[1]).not.toBe('same data | ');
  });
});

describe('an aside between a verb of saying and its "that" is not the speaker', () => {
  it('credits the agency that said, not the reports it drew on', () => {
    expect(
      credits(
        'The Harbour Intelligence Service said on Monday, drawing partly on prisoner interview reports, that about 800 soldiers had died.',
      ),
    ).toEqual(['The Harbour Intelligence Service | ']);
  });
});

describe('an aside on the subject of what a speaker says', () => {
  it('credits the speaker with a figure inside the aside: "said rice imports, which made up 40% of …, fell"', () => {
    expect(
      credits(
        'Trade minister Ivan Petrov said rice imports, which made up about 40% of the total, fell sharply.',
      ),
    ).toEqual(['Trade minister Ivan Petrov | ']);
  });

  it('still leaves an aside before the verb of saying to the writer', () => {
    expect(
      credits('The navy, which has about 60 submarines, lost two last year, the ministry said.')[0],
    ).toBeNull();
  });
});
