import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const source = (text: string) => claimIn(text).attribution;
const sources = (text: string) => claimsIn(text).map((c) => c.attribution?.name ?? null);

describe('"estimates", "finds": a verb that is also a plural noun', () => {
  it('credits a bank that "estimates the economy grew" a figure', () => {
    expect(
      source('The Central Bank of Ruritania estimates the economy grew 4.1 percent last year.')
        ?.name,
    ).toBe('The Central Bank of Ruritania');
  });

  it('credits a body whose "estimates" comes right before the figure', () => {
    expect(
      source('Near the river, where Western intelligence estimates about 800 soldiers died, …')
        ?.name,
    ).toBe('Western intelligence');
  });

  it('credits a body that "finds" a clause opening with a name', () => {
    expect(
      source('Harbour Watch finds Russian fuel deliveries reached 3 million barrels in 2025')?.name,
    ).toBe('Harbour Watch');
  });

  it('credits imagery "analysed by X shows" to X, whatever follows the verb', () => {
    expect(
      source(
        'Satellite imagery analysed by the Danube Institute shows new sheds at at least nine depots.',
      )?.name,
    ).toBe('the Danube Institute');
  });

  it('still reads "the estimates" after an article as a noun', () => {
    expect(source('Officials doubted the estimates of about 900 troops.')).toBeNull();
  });

  it('leaves evidence that "shows" a figure to whoever cites it', () => {
    expect(
      source('"Satellite imagery shows at least nine new sheds," said Ana Varga, an analyst.')
        ?.name,
    ).toBe('Ana Varga');
  });

  it('does not make the last word of a time phrase the subject: "this year shows"', () => {
    expect(
      source('Imagery of the depot between March and May of this year shows roughly 60 wagons.'),
    ).toBeNull();
  });
});

describe('a headline that ends with its source after a dash', () => {
  it('credits the body after an en dash', () => {
    expect(
      sources('Pyongyang has sent over 4 million shells to Moscow – HWT\nThe war goes on.'),
    ).toEqual(['HWT']);
  });

  it('does not read the hyphen of a name as a credit', () => {
    expect(source('Troops of Kim Jong-Un number 9,000 in Kursk\nThe war goes on.')).toBeNull();
  });
});

describe('"the report" is a body, not a person the reader took for one', () => {
  it('credits "according to the report" to the body that wrote it, not a spokesperson', () => {
    const names = sources(
      'The 50-page report by the Harbour Watch Group documents 60 port calls in 2025. A Foreign Office spokesperson said the findings were grave. According to the report, more than 9,000 railcars crossed the border in 2025.',
    );
    expect(names.at(-1)).toBe('the Harbour Watch Group');
  });
});

describe('a name with a title and a description of the body between commas', () => {
  it('credits the person, with the title\'s body as affiliation, and a later "he"', () => {
    const [first, second] = claimsIn(
      "Lev Orlov, deputy head of GUR, Ruritania's military intelligence agency, told reporters that 3,000 shells a day arrive. He added that 70 missiles had been fired.",
    );
    expect(first?.attribution).toEqual({ name: 'Lev Orlov', affiliation: 'GUR' });
    expect(second?.attribution?.name).toBe('Lev Orlov');
  });

  it('steps over an acronym before asides: "The Team (HWT), in its report, issued in May, counted"', () => {
    expect(
      source(
        'The Harbour Watch Team (HWT), in its second report, issued in May 2025, counted at least 7 million rounds in 2024.',
      )?.name,
    ).toBe('The Harbour Watch Team');
  });
});

describe('"per" as "according to"', () => {
  it('credits ", per the NIS"', () => {
    expect(source('About 3,000 soldiers were wounded, per the NIS.')?.name).toMatch(
      /National Intelligence Service|NIS/,
    );
  });

  it('does not read a rate "per soldier" as a source', () => {
    expect(source('Moscow pays $1,800 per soldier each month.')).toBeNull();
  });
});

describe('words between a subject and its verb', () => {
  it('steps over "on Monday" between a relative pronoun and its verb', () => {
    const names = sources(
      'Some 9,000 soldiers were moved to Russia, according to the Pentagon, which on Monday said that about 7,000 of them were in Kursk.',
    );
    expect(names).toEqual(['the Pentagon', 'the Pentagon']);
  });

  it('steps over "on Monday" between a subject and its verb', () => {
    expect(source('The Pentagon on Monday said 6,000 troops had arrived.')?.name).toBe(
      'The Pentagon',
    );
  });

  it('credits a person whose "who" clause runs long before "told"', () => {
    expect(
      source(
        'A trader in Minsk who follows the rail trade and asked not to be named told the paper that the cash was under $2 billion.',
      )?.name,
    ).toBe('A trader in Minsk');
  });
});

describe('reports and counts that name their maker', () => {
  it('credits "according to a 2024 study by X" to X', () => {
    expect(
      source(
        'A guest worker earns about $900 a month, according to a 2024 study by the Oslo Centre for Labour Rights.',
      )?.name,
    ).toBe('Oslo Centre for Labour Rights');
  });

  it('does not read "with recorded exports of" as someone counting', () => {
    expect(
      source(
        'Even so, it compares with recorded Ruritanian exports to China of only $310 million last year, according to Chinese customs.',
      )?.name,
    ).toBe('Chinese customs');
  });
});

describe('people the text refers back to', () => {
  it('credits "what he says are" to the person whose name opens the sentence', () => {
    const names = sources(
      'Defence minister Ivo Marek said 40 drones fell. Anna Kovacs has shown photos of what she says are two captured soldiers.',
    );
    expect(names).toEqual(['Defence minister Ivo Marek', 'Anna Kovacs']);
  });

  it('credits "the GUR representative said" to the person named before with that body', () => {
    const names = sources(
      'Pyongyang has sent 5 million shells. This was stated by the deputy head of the Harbour Watch Team (HWT), Lev Orlov, in an interview. It has also sent about 150 guns, the HWT representative said.',
    );
    expect(names.at(-1)).toBe('Lev Orlov');
  });
});

describe('a possessive that opens a source stands for a source of its own sentence', () => {
  it('credits "his team had identified" to the person who said so', () => {
    const names = sources(
      'The Harbour Watch Team said 40 tankers sailed. Ivo Marek, a researcher at the Danube Institute, said his team had identified 23 tankers in 2025.',
    );
    expect(names).toEqual(['The Harbour Watch Team', 'Ivo Marek']);
  });

  it('credits "figures cited by its executives" to the body that opens the sentence', () => {
    expect(
      sources(
        'Baltic Railways moved about 8,000 wagons across the bridge in 2025, according to figures cited by its executives at a forum.',
      ),
    ).toEqual(['Baltic Railways']);
  });

  it('credits "by his calculation" inside an aside to the speaker of the sentence', () => {
    const names = sources(
      "Ana Varga of the Danube Institute said trade rose 20 per cent. Ivo Marek, a fellow at the Sava Centre, said China's share of the trade, which had fallen to about 91 per cent by his calculation, would rise again.",
    );
    expect(names).toEqual(['Ana Varga of the Danube Institute', 'Ivo Marek']);
  });
});

describe('a byline after a headline', () => {
  it('is not the agent of the headline\'s "says"', () => {
    expect(
      sources(
        'Pyongyang has sent Moscow over 4 million shells, GUR says\nby Ana Varga\nThe war goes on.',
      ),
    ).toEqual([expect.stringMatching(/GUR|Intelligence/)]);
  });
});

describe('the agent of a passive verb of saying past a time phrase', () => {
  it('credits "was stated on Friday by" a person, and the figure before it', () => {
    expect(
      sources(
        'Pyongyang now supplies up to 30% of the shells fired at the front. This was stated on Friday by Lev Orlov, deputy head of the Border Guard, at a briefing in Minsk. According to him, about 200 trucks crossed in May.',
      ),
    ).toEqual(['Lev Orlov', 'Lev Orlov']);
  });

  it('credits "was announced in March by" a body', () => {
    expect(source('The sale of 40 trucks was announced in March by the Transit Board.')?.name).toBe(
      'the Transit Board',
    );
  });

  it('needs the form of "be": "reported on Monday by phone" names no one', () => {
    expect(
      source(
        'Lev Orlov said 300 trucks crossed on Monday, a figure he reported on Monday by phone.',
      )?.name,
    ).toBe('Lev Orlov');
  });
});

describe('"as reported by" an outlet', () => {
  it('relays the speaker its sentence names before it, who stays remembered', () => {
    expect(
      sources(
        'Lev Orlov said 300 trucks crossed in May, as reported by Nordpress. In total, the North has sent 3,000 tonnes, the officer said.',
      ),
    ).toEqual(['Lev Orlov', 'Lev Orlov']);
  });

  it('still credits the body after it when no one else in the sentence speaks', () => {
    expect(
      source('The North has sent 3,000 tonnes of flour, as reported by the Border Guard.')?.name,
    ).toBe('the Border Guard');
  });
});

describe('imagery analysed by a body described between commas', () => {
  it('credits the body past its description before "shows"', () => {
    expect(
      source(
        'Satellite imagery analysed by the Danube Institute, a Vienna-based research group, shows tankers have carried more than 2m barrels of oil.',
      )?.name,
    ).toBe('the Danube Institute');
  });

  it('leaves an aside that opens with no article alone', () => {
    expect(source('The ships, old tankers mostly, shows 40 trips in a year.')).toBeNull();
  });
});

describe('a surname long after the full name', () => {
  it('finds the person named in full even after many other sources', () => {
    const names = sources(
      [
        '"The data tell half the story," said Park Min-jun, a fellow at the Unity Institute.',
        'The Border Guard said 10 trains crossed. The Transit Board said 20 trucks crossed. The Port Authority said 30 ships docked. The Rail Office said 40 wagons left. The Grain Agency said 50 tonnes arrived. The Customs Bureau said 60 crates came. The Fuel Office said 70 barrels came. The Labour Office said 80 workers came. The Trade Office said 90 boxes came.',
        'Park puts the total at no more than $5 billion.',
      ].join('\n\n'),
    );
    expect(names.at(-1)).toBe('Park Min-jun');
  });
});
