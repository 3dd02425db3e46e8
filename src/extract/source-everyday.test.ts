import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const names = (text: string): (string | null)[] =>
  claimsIn(text).map((c) => c.attribution?.name ?? null);

const credits = (text: string): string[] =>
  claimsIn(text).map((c) => `${c.attribution?.name ?? ''}|${c.attribution?.affiliation ?? ''}`);

describe('a pronoun with no source named before it means the name that opened the sentence before', () => {
  it('credits "he said" to the person a plain sentence opened with', () => {
    expect(
      names(
        'Oleh Marchenko toured the depot on Friday. He said 40 railcars of shells had come in since May.',
      ),
    ).toEqual(['Oleh Marchenko']);
  });

  it('keeps a hyphenated given name whole', () => {
    expect(
      names(
        'Choi Dong-hyun met the press after the vote. He said 900 workers had left for Russia.',
      ),
    ).toEqual(['Choi Dong-hyun']);
  });

  it('credits "its data" to the body that opened the sentence before', () => {
    expect(
      names('The Harbour Watch Group follows tankers by radio. Its data show 14 tankers docked.'),
    ).toEqual(['The Harbour Watch Group']);
  });

  it('finds no "he" in two parties or in a headline', () => {
    expect(
      names('Seoul and Tokyo raised the alarm in June. He said 900 workers had left for Russia.'),
    ).toEqual(['He']);
    expect(
      names('Lindqvist Warns of Shell Shortage\nHe said 900 workers had left for Russia.'),
    ).toEqual(['He']);
  });
});

describe('"was quoted as saying" credits the subject of the passive', () => {
  it('credits the person quoted, with or without the outlet that quoted them', () => {
    expect(
      names('Tomasz Wrona was quoted as saying 2,500 soldiers had crossed the river.'),
    ).toEqual(['Tomasz Wrona']);
    expect(
      names('Wrona was quoted by a regional paper as saying 2,500 soldiers had crossed the river.'),
    ).toEqual(['Wrona']);
  });
});

describe('a maker’s report or data with a verb that is also a plural noun speaks for the maker', () => {
  it('reads "shows" after an acronym’s report and after a possessive with "latest"', () => {
    expect(names('Analysts agree that the HWG report shows 14 tankers docked in May.')).toEqual([
      'the HWG report',
    ]);
    expect(names("The HWG's latest report shows 14 tankers docked in May.")).toEqual([
      "The HWG's latest report",
    ]);
  });

  it('leaves an adjective opening the sentence no maker', () => {
    expect(names('Official data shows 14 tankers docked in May.')).toEqual([null]);
  });
});

describe('a one-word subject opening a document may speak with a verb that is also a noun', () => {
  it('credits "Vilnius claims" before a clause', () => {
    expect(names('Vilnius claims Russia fired 300 drones in a week.')).toEqual(['Vilnius']);
  });

  it('reads a title-case headline’s "Shows" as no verb of saying', () => {
    expect(names('Chart Shows Pyongyang Sent 300 Railcars')).toEqual([null]);
  });
});

describe('people a phrase singles out are informants, not people in general', () => {
  it('credits "people familiar with the matter", after or before the figure', () => {
    expect(
      names('Moscow paid $40 million for the rounds, people familiar with the matter said.'),
    ).toEqual(['people familiar with the matter']);
    expect(
      names('People familiar with the matter said Moscow paid $40 million for the rounds.'),
    ).toEqual(['People familiar with the matter']);
  });

  it('still credits no one for "people say"', () => {
    expect(names('Moscow paid $40 million for the rounds, people say.')).toEqual([null]);
  });
});

describe('an acronym the text gives a name stays with the name', () => {
  it('keeps the acronym beside the full name "according to" credits', () => {
    expect(
      credits('Russia moved 70 launchers east, according to the Baltic Defence Observatory (BDO).'),
    ).toEqual(['the Baltic Defence Observatory|BDO']);
  });
});

describe('a headline credit after a dash or colon', () => {
  it('holds when a blank line follows the headline', () => {
    expect(
      names('Pyongyang sent 5,000 more troops – Lindqvist\n\nThe envoy spoke in Oslo.'),
    ).toEqual(['Lindqvist']);
  });

  it('is no credit when the line ends in a common noun', () => {
    expect(names('Pyongyang sent 5,000 more troops: report\nThe envoy spoke in Oslo.')).toEqual([
      null,
    ]);
  });
});

describe('", said the X" names a body after its article', () => {
  it('credits the body, and only after a comma', () => {
    expect(
      names('Russia fired 300 drones in a week, said the Baltic Defence Observatory.'),
    ).toEqual(['Baltic Defence Observatory']);
    expect(
      credits('Russia fired 300 drones in a week, reported the Harbour Watch Group on Monday.'),
    ).toEqual(['Harbour Watch Group|']);
  });
});

describe('a person opening a sentence with a hyphenated name and an office is found by surname', () => {
  it('credits "Choi said" to the person named in full before', () => {
    expect(
      names(
        'Choi Dong-hyun, a fellow at the Seoul Policy Forum, chaired the panel. Choi said 900 workers had left.',
      ),
    ).toEqual(['Choi Dong-hyun']);
  });
});

describe('"suspects" is a verb of saying between a source and its clause', () => {
  it('credits the capital that suspects, and leaves the plural noun alone', () => {
    expect(names('Vilnius suspects Minsk stored 4,000 shells near the border.')).toEqual([
      'Vilnius',
    ]);
    expect(names('The two suspects were paid $9,000 for the parts.')).toEqual([null]);
  });
});

describe('what singles informants out belongs to their name', () => {
  it('keeps "familiar with", "briefed on" and "close to" with the matter after them', () => {
    expect(
      names(
        'Minsk stored 4,000 shells near the border, according to a person familiar with the plans.',
      ),
    ).toEqual(['a person familiar with the plans']);
    expect(
      names(
        'Minsk stored 4,000 shells near the border, according to officials briefed on the count.',
      ),
    ).toEqual(['officials briefed on the count']);
    expect(
      names('Minsk stored 4,000 shells near the border, a source close to the talks said.'),
    ).toEqual(['a source close to the talks']);
  });
});

describe('a headline credit before a colon may be an acronym with its country', () => {
  it('credits "Lithuania\'s VSD:" but not a possessive topic', () => {
    expect(names("Lithuania's VSD: Minsk stored 4,000 shells\n\nVilnius, May 2")).toEqual([
      "Lithuania's VSD",
    ]);
    expect(names("Minsk's Gamble: 4,000 shells stored\n\nVilnius, May 2")).toEqual([null]);
  });
});

describe('the publication itself speaks in the text’s own voice', () => {
  it('credits no one for figures in photos reviewed by this newspaper', () => {
    expect(
      names('Photos reviewed by this newspaper suggest Minsk stored 4,000 shells near the border.'),
    ).toEqual([null]);
  });

  it('still credits a person after "by this"', () => {
    expect(names('Papers seen by this envoy show Minsk stored 4,000 shells.')).toEqual(['envoy']);
  });
});

describe('an owner’s reckoning stated as a clause credits the owner', () => {
  it('reads "the Observatory\'s latest estimate is that"', () => {
    expect(
      names("The Baltic Observatory's latest estimate is that Minsk stored 4,000 shells."),
    ).toEqual(['The Baltic Observatory']);
  });
});

describe('evidence a participle describes names no maker unless "by" gives one', () => {
  it('credits no one for images posted online, and the army for images it released', () => {
    expect(
      names('Images posted online suggest Minsk stored 4,000 shells near the border.'),
    ).toEqual([null]);
    expect(
      names(
        'Images released by the Latvian army suggest Minsk stored 4,000 shells near the border.',
      ),
    ).toEqual(['the Latvian army']);
  });
});

describe("the name of a document's author", () => {
  it('ends before a participle that describes the document: "a report by X released on Tuesday"', () => {
    expect(
      names(
        'The North took in $3 billion, according to a study by the Seoul Policy Institute published on Monday.\nArms sales brought in about $2 billion, the study said.',
      ),
    ).toEqual(['Seoul Policy Institute', 'Seoul Policy Institute']);
  });
});
