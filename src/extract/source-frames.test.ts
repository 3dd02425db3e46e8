import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const names = (text: string): (string | null)[] =>
  claimsIn(text).map((c) => c.attribution?.name ?? null);

describe('a speaker after the figure relays the source whose clause holds it', () => {
  it('credits the agency that estimated, not the lawmaker who said so at the end', () => {
    expect(
      names(
        'The spy service estimated that Pyongyang had dispatched 9,000 soldiers, of whom about a fifth were hurt, Kang said.',
      ),
    ).toEqual(['The spy service', 'The spy service']);
  });

  it('credits "according to" the agency before "he told reporters"', () => {
    expect(
      names(
        'According to the Defence Bureau, the North shipped 140 howitzers, Park told reporters.',
      ),
    ).toEqual(['the Defence Bureau']);
  });

  it('keeps the trailing speaker when no source opens the sentence', () => {
    expect(names('The North shipped 140 howitzers last spring, Park told reporters.')).toEqual([
      'Park',
    ]);
  });

  it('keeps the trailing speaker for a figure that comes after a source of its own clause', () => {
    expect(
      names(
        'The army counted 300 dead in March; since then 450 more have died, the governor said.',
      ),
    ).toEqual(['The army', 'the governor']);
  });
});

describe('a back-reference by noun finds the body last described by that noun', () => {
  it('takes the agency just described over an older one whose proper name says service', () => {
    expect(
      names(
        'The Federal Security Service (FSB) said 40 drones fell. Latvia’s military intelligence agency (MIA) said 600 troops had moved. According to the agency, 2,000 more would follow.',
      ),
    ).toEqual([
      'The Federal Security Service',
      'Latvia’s military intelligence agency',
      'Latvia’s military intelligence agency',
    ]);
  });
});

describe('the plain form "estimate" after a word no plural verb follows is a noun', () => {
  it('credits no one for "the upper estimate"', () => {
    expect(names('The upper estimate for the payments is 40% above the lower estimate.')).toEqual([
      null,
    ]);
  });

  it('reads "a line-by-line estimate." as no source for the next sentence to point back at', () => {
    expect(
      names(
        'This paper offers a line-by-line estimate. The authors estimate that Moscow paid $3 billion.',
      ),
    ).toEqual(['The authors']);
  });

  it('still reads a collective subject\'s "estimate that" as a verb', () => {
    expect(names('Ukrainian intelligence estimate that 3,000 soldiers died.')).toEqual([
      'Ukrainian intelligence',
    ]);
  });

  it('still credits a plural subject of the verb', () => {
    expect(names('Economists estimate that the North earned $4 billion.')).toEqual(['Economists']);
  });
});

describe('a reckoning after "by" names its maker or itself', () => {
  it('credits the maker of "by one estimate from …"', () => {
    expect(
      names('By one estimate from the Baltic Defence College, about 30% of the stock has gone.'),
    ).toEqual(['the Baltic Defence College']);
  });

  it('keeps "estimate" in the name of "by one European estimate"', () => {
    expect(names('By one European estimate, the North supplied 60 percent of the rounds.')).toEqual(
      ['one European estimate'],
    );
  });
});

describe('an interview label names whose turn it is', () => {
  const interview = [
    'Talking arms with an analyst',
    'We spoke to Ines Halvorsen, who studies the rail links.',
    'Tribune: How much has moved?',
    'Halvorsen: A lot. We counted about 9,000 wagons last year.',
    'Tribune: And money?',
    'Halvorsen: Perhaps $2 billion changed hands.',
  ].join('\n');

  it('credits the figures of each answer to the full name the label ends', () => {
    expect(names(interview)).toEqual(['Ines Halvorsen', 'Ines Halvorsen']);
  });

  it('credits no one for a label the text never gave as part of a name', () => {
    const blog = [
      'Live: the border',
      'Update: Trains carried 400 wagons on Monday.',
      'Update: Another 300 wagons crossed.',
    ].join('\n');
    expect(names(blog)).toEqual([null, null]);
  });

  it('credits no one for a label that opens a single line', () => {
    const text = [
      'Rail links',
      'We met Ines Halvorsen.',
      'Halvorsen: We counted 9,000 wagons.',
    ].join('\n');
    expect(names(text)).toEqual([null]);
  });
});

describe('words that stand inside a subject or between it and its verb', () => {
  it('reads a hyphenated subject whole ("the think-tank counted")', () => {
    expect(names('The think-tank counted 52 port calls by tankers.')).toEqual(['The think-tank']);
  });

  it('reads past hyphenated words to the noun after "according to"', () => {
    expect(
      names(
        'Some 20 tankers called at the port, according to ship-tracking and radar analysis by Harbour Watch Ltd.',
      ),
    ).toEqual(['Harbour Watch Ltd']);
  });

  it('steps over "since" between an auxiliary and the verb', () => {
    expect(names('The bureau has since told lawmakers that 7,000 soldiers had left.')).toEqual([
      'The bureau',
    ]);
  });

  it('steps over an adverb in -ly before the verb', () => {
    expect(names('The bureau officially recorded 3,000 arrivals.')).toEqual(['The bureau']);
  });

  it('reads "X\'s officially recorded exports" as a description, not a source', () => {
    expect(names("Mongolia's officially recorded exports were just $90 million.")).toEqual([null]);
  });
});

describe('owners and values read at length', () => {
  it('credits "its own count" to the body its own sentence named', () => {
    expect(
      names(
        'The Harbour Office said on Monday. In Riga, the Latvian defence staff said its own count showed 900 arrivals.',
      ),
    ).toEqual(['the Latvian defence staff']);
  });

  it('reaches "at" past the years of a long object of "put"', () => {
    expect(
      names(
        'The Baltic Institute put Minsk’s income from fuel sales and transit fees between March 2022 and the end of 2024 at about $6 billion.',
      ),
    ).toEqual(['The Baltic Institute']);
  });

  it('still reads "put 5,000 troops at the border" as moving troops', () => {
    expect(names('The army put 5,000 troops at the border.')).toEqual([null]);
  });
});

describe('a reckoning or report named by an acronym is its maker’s', () => {
  it('credits "the FSB estimate of about 3,000" to the service the acronym names', () => {
    expect(
      names(
        'The Federal Security Service (FSB) briefed reporters. Later, the FSB estimate of about 3,000 arrests was questioned.',
      ),
    ).toEqual(['Federal Security Service (FSB)']);
  });

  it('credits "The MSMT report said" to the team the acronym names', () => {
    expect(
      names(
        'The Multilateral Sanctions Monitoring Team (MSMT) met in May. The MSMT report said Russia had sent 2 million barrels of fuel.',
      ),
    ).toEqual(['Multilateral Sanctions Monitoring Team (MSMT)']);
  });

  it('credits no one with a span of time before the verb ("in a single week suggests")', () => {
    expect(
      names(
        'The toll of more than 1,000 casualties in a single week suggests losses were mounting.',
      ),
    ).toEqual([null]);
  });
});

describe('a country’s name is no verb of saying', () => {
  it('reads "the United States" whole after "according to"', () => {
    expect(names('According to the United States, Russia sent 2 million barrels of oil.')).toEqual([
      'the United States',
    ]);
  });
});

describe('a passive "were told" passes on whoever the text last credited', () => {
  it('credits the body last credited, across a paragraph', () => {
    expect(
      names(
        'The Defence Bureau said 400 launchers had been shipped.\nLawmakers were also told that about 9,000 soldiers remain.',
      ),
    ).toEqual(['The Defence Bureau', 'The Defence Bureau']);
  });

  it('credits no one when no one was credited before', () => {
    expect(names('Lawmakers were told that 3,000 soldiers had died.')).toEqual([null]);
  });
});

describe('a quotation that goes on past its speaker’s sentence', () => {
  it('credits "we estimate" inside the quotation to the speaker named before it', () => {
    expect(
      names(
        'Officers spoke of losses.\n"They were sent in waves," the officer said. "What we estimate is that some 30 per cent of them were hurt."',
      ),
    ).toEqual(['the officer']);
  });
});

describe('a contracted auxiliary stands between a subject and its verb', () => {
  it('reads "What I\'d say" as the text\'s first person, not a name', () => {
    expect(names("What I'd say is that the total is 300 soldiers.")).toEqual([null]);
  });

  it('credits "we\'ve counted" inside a quotation to the speaker outside it', () => {
    expect(names('"We\'ve counted 300 soldiers," the colonel said.')).toEqual(['the colonel']);
  });
});

describe('a name after "said" that has a verb of its own is what was said', () => {
  it('keeps the subject before "and said" for "said Poland was buying 30%"', () => {
    expect(
      names('She put output at 3 million rounds a year, and said Poland was buying 30% of it.'),
    ).toEqual(['She', 'She']);
  });

  it('still names the speaker of "…, said Kim Min-ho, a lawmaker"', () => {
    expect(names('About 300 soldiers died, said Kim Min-ho, a lawmaker.')).toEqual(['Kim Min-ho']);
  });
});

describe('a headline that opens with a document of a body named by its acronym', () => {
  it('credits "CSIS report:" to the body the acronym names', () => {
    expect(
      names(
        'CSIS report: Russia shipped 900 railcars of grain\nThe centre published it on Monday.',
      ),
    ).toEqual(['Center for Strategic and International Studies (CSIS)']);
  });

  it('credits no one for a label that is no acronym ("Key findings:")', () => {
    expect(names('Key findings: Russia shipped 900 railcars of grain\nThe text.')).toEqual([null]);
  });
});

describe('dates and second names around a source', () => {
  it('reads "captured by Kyiv in March have told" as no source, leaving the speaker at the end', () => {
    expect(
      names(
        'Three soldiers captured by Kyiv in March have told officials they want to leave, Han said.',
      ),
    ).toEqual(['Han']);
  });

  it('remembers the second of two people credited together, for a later surname', () => {
    expect(
      names(
        'The bureau briefed MPs, according to Rep. Han Mi-rae of the ruling Green Party and Rep. Ryu Jin-su of the Blue Party. Ryu said 4,000 troops were ready.',
      ),
    ).toEqual(['Rep. Ryu Jin-su']);
  });
});

describe('a participle between a subject and its verb describes the subject', () => {
  it('credits "gunners interviewed by the authors in March reported" to the gunners', () => {
    expect(
      names(
        'Polish gunners interviewed by the authors in May reported that a third of the rounds failed.',
      ),
    ).toEqual(['Polish gunners']);
  });
});

describe('"that" after a verb opens what is said, not a relative clause', () => {
  it('credits a figure in ", which could hold …" to the minister after "Recall that"', () => {
    expect(
      names(
        'Trade fell. Recall that the minister stated that 6,000 containers were sent, which could hold up to 3 million shells.',
      ),
    ).toEqual(['the minister', 'the minister']);
  });
});

describe('whom a document went to is no source', () => {
  it('keeps the owner of "X\'s reports to the committee showed" in the name', () => {
    const name = names("Latvia's own reports to the UN committee showed sales of 5,000 tonnes.")[0];
    expect(name?.startsWith("Latvia's")).toBe(true);
  });
});

describe('"to" after a verb of saying: a listener or an infinitive', () => {
  it('credits "X has reported to the committee that …"', () => {
    expect(
      names('Belarus has reported to the UN committee that it imported about 9,000 barrels.'),
    ).toEqual(['Belarus']);
  });

  it('still reads "said to be" as a description', () => {
    expect(names('About 3,000 soldiers are said to be wounded.')).toEqual([null]);
  });
});
