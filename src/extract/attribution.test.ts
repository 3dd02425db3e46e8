import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn } from './test-helpers.ts';

const source = (text: string) => claimIn(text).attribution;

describe('attribution', () => {
  it('reads "according to X, a researcher at Y" as a name and an affiliation', () => {
    expect(
      source(
        'The North earned $5.5 billion, according to Olena Guseinova, a researcher at Hankuk University.',
      ),
    ).toEqual({ name: 'Olena Guseinova', affiliation: 'Hankuk University' });
  });

  it('reads "X said" after the figure', () => {
    expect(
      source('North Korea sent 20,000 containers, South Korean officials have said.')?.name,
    ).toBe('South Korean officials');
  });

  it('reads "X said that" before the figure', () => {
    expect(
      source('The US State Department announced that North Korea had supplied 10,000 containers.')
        ?.name,
    ).toBe('The US State Department');
  });

  it('reads "said X, title of Y"', () => {
    expect(
      source(
        'The deal brought in $20 million, said Yang Moo-jin, president of the University of North Korean Studies.',
      ),
    ).toEqual({ name: 'Yang Moo-jin', affiliation: 'University of North Korean Studies' });
  });

  it('steps over an acronym in brackets before the verb', () => {
    expect(
      source('Russia lost 1,500 troops a day, the Institute for the Study of War (ISW) said.')
        ?.name,
    ).toBe('the Institute for the Study of War');
  });

  it('reads "analysts say"', () => {
    expect(source('Kim is receiving billions of dollars from Russia, analysts say.')?.name).toBe(
      'analysts',
    );
  });

  it('reads "a report by researchers at Y"', () => {
    expect(
      source(
        'China accounts for 90 percent of its trade, according to a report by researchers at the Korea Development Institute.',
      ),
    ).toEqual({ name: 'researchers', affiliation: 'Korea Development Institute' });
  });

  it('carries the speaker to "she also estimated"', () => {
    const [, second] = claimsIn(
      'The North earned $5.5 billion, according to Olena Guseinova. She also estimated that it could bring in $572 million annually.',
    );
    expect(second?.attribution?.name).toBe('Olena Guseinova');
  });

  it('carries the speaker to "he added" and "according to him"', () => {
    const claims = claimsIn(
      'Seoul has counted 6,700 containers, according to Defense Minister Shin Won-sik. They held 3 million shells, he added. According to him, 500 factories make shells.',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual([
      'Defense Minister Shin Won-sik',
      'Defense Minister Shin Won-sik',
      'Defense Minister Shin Won-sik',
    ]);
  });

  it('carries the source to "the minister clarified"', () => {
    const [, second] = claimsIn(
      'Pyongyang sent 6,700 containers, according to Defence Minister Shin Won-sik. "At least several million shells have been sent," the minister clarified.',
    );
    expect(second?.attribution?.name).toBe('Defence Minister Shin Won-sik');
  });

  it('prefers the source quoted inside the quotation to the speaker outside it', () => {
    const claim = claimIn(
      '"The intelligence service also reported that the number of injured may reach nearly 1,000," he added.',
    );
    expect(claim.attribution?.name).toBe('The intelligence service');
  });

  it('gives a figure stated in the text’s own voice no source', () => {
    expect(source('The country’s exports amounted to $330 million last year.')).toBeNull();
  });

  it('does not carry a source to a later sentence that does not refer back', () => {
    const [, second] = claimsIn('Kyiv said 300 soldiers died. Trade reached $34 million in 2023.');
    expect(second?.attribution).toBeNull();
  });

  it('reads the source a headline names before a colon', () => {
    expect(source('Seoul: North Korea has sent 13,000 containers to Russia')?.name).toBe('Seoul');
  });

  it('keeps "and" inside a name that goes on in capitals', () => {
    expect(
      source('Pyongyang sent 11,000 troops, according to Ukrainian and South Korean estimates.')
        ?.name,
    ).toBe('Ukrainian and South Korean estimates');
  });

  it('carries the source to "the group said"', () => {
    const [, second] = claimsIn(
      'Tankers carried 200,000 barrels in May, according to the Open Source Centre. They carried 1 million barrels in all, the group said.',
    );
    expect(second?.attribution?.name).toBe('the Open Source Centre');
  });

  it('reads "people familiar with the matter" as the source, and their count as no claim', () => {
    const claims = claimsIn(
      'Pyongyang shipped 1 million rounds, three people familiar with the matter told Reuters.',
    );
    expect(claims.map((c) => c.text)).toEqual(['1 million rounds']);
    expect(claims[0]?.attribution?.name).toBe('three people familiar with the matter');
  });

  it('carries the source to "it said" and does not read a headline label as one', () => {
    const claims = claimsIn(
      "Exclusive: Pyongyang shipped 1 million rounds\nRussia got 1.5 million shells, according to Ukraine's intelligence. It said that the shells accounted for a third of its use.",
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([
      null,
      "Ukraine's intelligence",
      "Ukraine's intelligence",
    ]);
    expect(claims[2]?.category).toBe('munitions');
  });

  it('does not read "said to be" as a source', () => {
    const claim = claimIn('The 3,000 soldiers said to be wounded were moved to Kursk.');
    expect([claim.value, claim.attribution]).toEqual([3000, null]);
  });

  it('ignores generic speakers such as "you can say"', () => {
    const claim = claimIn(
      '"You can say that at least 2 million shells were sent," the minister said.',
    );
    expect(claim.attribution?.name).toBe('the minister');
  });

  it('reads the name before ", which estimated" as the source', () => {
    expect(
      source(
        'The highest figure comes from the Sejong Policy Centre (SPC), which reckoned in a paper last week that the North took in $8 billion.',
      )?.name,
    ).toBe('the Sejong Policy Centre');
  });

  it('reads "X puts the figure at" and "X sizes it at" as crediting X', () => {
    expect(
      source(
        'Park Eun-ji, an analyst at the Korea Trade Network, puts the yearly take at $900 million.',
      ),
    ).toEqual({ name: 'Park Eun-ji', affiliation: 'Korea Trade Network' });
    expect(
      source('Seoul runs an economy that the central bank sizes at about $30 billion.')?.name,
    ).toBe('the central bank');
  });

  it('does not read "puts pressure on" or "put troops at the border" as crediting a source', () => {
    expect(source('The war puts pressure on Moscow, which bought 5 million shells.')).toBeNull();
    expect(source('Moscow put 5,000 troops at the border in May.')).toBeNull();
    expect(source('The army placed its guns at the front, where 40 howitzers stood.')).toBeNull();
  });

  it('does not read the noun "states" as a verb of saying', () => {
    expect(
      source(
        'Moscow bought 2 million shells, one of the largest deals between two states in decades.',
      ),
    ).toBeNull();
    expect(
      source('The panel, formed by several member states in 2024, counted 4,000 containers.')?.name,
    ).toBe('The panel');
  });

  it('reads the source before "who" in "sailors who have seen the cargo say"', () => {
    expect(
      source('Russian sailors who have seen the cargo say some 5,000 crates came ashore.')?.name,
    ).toBe('Russian sailors');
  });

  it('resolves "the institute said" to the institute a person was said to speak for, past a later source', () => {
    const claims = claimsIn(
      'Pyongyang earned $300 million, according to Kim Min-seo, a researcher at the Asan Institute. Seoul officials put the total at $500 million. The institute said 2,000 workers were sent.',
    );
    expect(claims.at(-1)?.attribution).toEqual({
      name: 'Asan Institute',
      affiliation: null,
    });
  });

  it('resolves "the agency said" to the last agency named, not to the last person', () => {
    const claims = claimsIn(
      "About 400 soldiers were hurt, Japan's defence agency said. The figure came out at a hearing, according to Sen. Mori Takeshi. The agency said 12 soldiers were captured.",
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual([
      "Japan's defence agency",
      "Japan's defence agency",
    ]);
  });

  it('resolves "the lawmaker added" to the last person named, not to the last body', () => {
    const claims = claimsIn(
      'According to Sen. Mori Takeshi, the army was tired. According to the agency, 300 men died. Half of the deaths came in May, the lawmaker added.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('Sen. Mori Takeshi');
  });

  it('resolves "it said" to the body that put a figure higher in the sentence before', () => {
    const claims = claimsIn(
      "Poland's defence intelligence service, known as SKW, put the total higher. In a note on Friday it said as many as 9,000 men had gone.",
    );
    expect(claims[0]?.attribution?.name).toBe("Poland's defence intelligence service");
  });

  it('credits the person an appositive names after a title', () => {
    expect(
      source('The foreign minister, Anna Berg, told reporters that 40 ships had docked.'),
    ).toEqual({ name: 'Anna Berg', affiliation: 'foreign minister' });
  });

  it('lets a source that opens a "while" clause speak only for what follows', () => {
    const claims = claimsIn(
      'Exports reached only $200 million in 2022, while the monitoring group estimated that smuggling brought in $2 billion.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([null, 'the monitoring group']);
  });

  it('credits the publisher of a report that later sentences call "the report"', () => {
    const claims = claimsIn(
      'Summary: Baltic Shipping Watch findings\nThe Baltic Shipping Watch (BSW), founded by insurers after the 2022 sanctions, released its second report on June 3. Tankers made 55 voyages, the report says.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('The Baltic Shipping Watch');
  });

  it('expands an acronym the text defined earlier: "the Baltic Naval Board (BNB)" … "BNB said"', () => {
    const claims = claimsIn(
      'The Baltic Naval Board (BNB) tracks the tankers. Some 30 tankers docked in May, BNB said.',
    );
    expect(claims[0]?.attribution?.name).toBe('Baltic Naval Board (BNB)');
  });

  it('expands an acronym introduced with "known as"', () => {
    const claims = claimsIn(
      "Finland's border agency, known as RAJA, watches the crossings. RAJA said 400 people crossed.",
    );
    expect(claims[0]?.attribution?.name).toBe("Finland's border agency (RAJA)");
  });

  it('gives a surname alone the full name of the person named before', () => {
    const claims = claimsIn(
      'Trade fell, according to Choi Ji-won, an economist at Inha University. "Exports fell 40 percent," Choi said.',
    );
    expect(claims[0]?.attribution?.name).toBe('Choi Ji-won');
  });

  it('does not credit a figure to "which experts say", which judges the noun before "which"', () => {
    const claim = claimIn(
      'Some 900 workers came on tourist visas, which experts say is a common cover.',
    );
    expect(claim.attribution).toBeNull();
  });

  it('keeps clauses and bare descriptions out of the affiliation', () => {
    expect(
      source(
        'Some 6,000 workers arrived last year, according to port records, a sign that the ban is ignored.',
      ),
    ).toEqual({ name: 'port records', affiliation: null });
    expect(
      source(
        'Exports fell 12 percent, said Ana Ruiz, an economist at the Institute for Trade and Development who follows the North.',
      ),
    ).toEqual({ name: 'Ana Ruiz', affiliation: 'Institute for Trade and Development' });
    // (The capital's country, not the clause, is what the office belongs to.)
    expect(
      source("Seoul's trade office, which reports in won, put the revenue at 90 billion won."),
    ).toEqual({ name: "Seoul's trade office", affiliation: 'South Korea' });
  });
  describe('a name that is a fragment', () => {
    it('never credits a function word such as "both" with no source named before it', () => {
      expect(
        source(
          'Three engineers detained in Poland last spring are still held; both have said they want asylum.',
        ),
      ).toBeNull();
    });

    it('reads a speaker of several function words ("All the others said") as the source last named', () => {
      const claims = claimsIn(
        'Moscow paid $40 million, the Unification Ministry said. All the others said it sent 300 shells.',
      );
      expect(claims.at(-1)?.attribution?.name).toBe('the Unification Ministry');
    });

    it('reads a possessive with no article ("ministry\'s officials said") as the ministry named earlier', () => {
      const claims = claimsIn(
        "Russia handed over 30 launchers, the Defence Ministry said. Another 20 arrived in March, ministry's officials said.",
      );
      expect(claims.at(-1)?.attribution?.name).toBe('the Defence Ministry');
    });

    it('reads "the ministry\'s estimate" as the ministry named earlier, not a name with a clause', () => {
      const claims = claimsIn(
        "North Korea has 1,200 artillery pieces near the border, the Ministry of Unification said on Friday. The ministry's estimate, its first since the summer, put the number of laborers sent to Russia at 8,000.",
      );
      expect(claims.at(-1)?.attribution).toEqual({
        name: 'the Ministry of Unification',
        affiliation: null,
      });
    });

    it('reads "a claim the agency said" as the agency named earlier', () => {
      const claims = claimsIn(
        'The Defense Intelligence Agency said on Monday that Russia paid $40 million. Russia also handed over 30 air-defense systems — a claim the agency said it was still checking.',
      );
      expect(claims.at(-1)?.attribution?.name).toBe('The Defense Intelligence Agency');
    });

    it('keeps a proper name with a possessive: "Ukraine\'s military intelligence agency"', () => {
      expect(
        source("Ukraine's military intelligence agency says North Korea sent 5,000 soldiers.")
          ?.name,
      ).toBe("Ukraine's military intelligence agency");
    });
  });
});

describe('back-references to a body', () => {
  it('resolves "the ministry" to the ministry named in full, not to "a ministry official"', () => {
    const [, , third] = claimsIn(
      'North Korea has sent 12,000 troops, the Ministry of National Defense said. A ministry official said 300 soldiers had died. Russia has also sent 900,000 barrels of oil, the ministry said.',
    );
    expect(third?.attribution?.name).toBe('the Ministry of National Defense');
  });
});

describe('participles that describe a noun', () => {
  it('credits no one for "the North\'s estimated shortfall"', () => {
    expect(
      claimIn("The North's estimated annual grain shortfall is about 1 million tonnes.")
        .attribution,
    ).toBeNull();
  });
});

describe('acronyms the lexicon knows', () => {
  it('spells out "the NIS" when the text never does', () => {
    expect(
      claimIn('About 300 North Korean soldiers have died, the NIS said.').attribution?.name,
    ).toBe('National Intelligence Service (NIS)');
  });

  it('leaves an acronym it does not know as written', () => {
    expect(claimIn('About 300 soldiers have died, the XYZQ said.').attribution?.name).toBe(
      'the XYZQ',
    );
  });
});

describe('a body credited by its bare noun', () => {
  it('gives a headline\'s "ministry says" to the ministry the text names in full', () => {
    const [headline] = claimsIn(
      'Russia has fired 200 North Korean missiles, ministry says\nNorth Korea has supplied 9 million shells, the Ministry of National Defense said on Tuesday.',
    );
    expect(headline?.attribution?.name).toBe('the Ministry of National Defense');
  });
});

describe('the text speaking for itself', () => {
  it('credits no one for "our estimate" or "our tracking suggests"', () => {
    expect(source('Our estimate is that Moscow paid $4 billion for the shells.')).toBeNull();
    expect(
      source('Our satellite tracking suggests that 40 tankers called at the port last year.'),
    ).toBeNull();
  });

  it("credits a body named in the next sentence after the text's own estimate", () => {
    const claims = claimsIn(
      'Our estimate is $4 billion. Trade reached $80 million, the Usmon Institute said.',
    );
    expect(claims.map((c) => c.attribution?.name ?? null)).toEqual([null, 'the Usmon Institute']);
  });
});

describe('sources inside a relative clause', () => {
  it('does not credit a figure to the speaker of a "which experts say" clause after it', () => {
    const claims = claimsIn(
      'Border data show 9,000 North Koreans entered Russia. Of those, about 6,000 came on work visas, which analysts say is common, the data shows.',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual(['Border data', 'Border data']);
  });
});

describe('sources through a possessive reckoning', () => {
  it('credits "by the Centre\'s count" to the centre the text named in full', () => {
    const claims = claimsIn(
      "The Kestrel Centre for Arms Studies said on Monday that 30 trains had crossed. By the Centre's count, Russia has received at least 4,000 soldiers.",
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual([
      'The Kestrel Centre for Arms Studies',
      'The Kestrel Centre for Arms Studies',
    ]);
  });

  it('credits "by his calculation" to the man last named', () => {
    const claims = claimsIn(
      'Park Sun-woo, an economist at Hanbit University, said trade was growing. By his calculation, 9,000 workers earn Pyongyang $50 million a year.',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual(['Park Sun-woo', 'Park Sun-woo']);
  });

  it('credits "according to Wang\'s calculations" to Wang, by his full name', () => {
    const claims = claimsIn(
      "Wang Lifeng, a trade scholar in Dalian, said data were patchy. Exports rose to $90 million, according to Wang's calculations.",
    );
    expect(claims[0]?.attribution).toEqual({
      name: 'Wang Lifeng',
      affiliation: 'trade scholar in Dalian',
    });
  });

  it('credits "by Kim Min-ho\'s estimate" to the person named', () => {
    expect(source("By Kim Min-ho's estimate, 3,000 soldiers died.")?.name).toBe('Kim Min-ho');
  });
});

describe('a quotation that goes on', () => {
  it('credits a quoted sentence to the speaker of the quotation before it, though that one had no figure', () => {
    const claims = claimsIn(
      '"The losses are heavy," said Rasmus Kirk, a fellow at the Nordic Institute. "At this rate, a unit of 11,000 men is gone within weeks."',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual(['Rasmus Kirk']);
  });

  it('does not carry a speaker into a new paragraph that opens with a quotation', () => {
    const claims = claimsIn(
      '"The losses are heavy," said Rasmus Kirk, a fellow at the Nordic Institute.\n\n"A unit of 11,000 men is gone within weeks," a commander wrote.',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual(['a commander']);
  });
});

describe('where a source is based', () => {
  it('keeps "based in Seoul" inside the name of the source before the verb', () => {
    expect(
      source('A refugee charity based in Seoul says that each family received $5,000.')?.name,
    ).toBe('A refugee charity based in Seoul');
  });
});

describe('a body referred back to by its noun', () => {
  it('finds "the Institute" in the affiliation of the person who spoke for it', () => {
    const claims = claimsIn(
      'Russia has sent 40 trains of grain, said Mira Holt, a fellow at the Lisbon-based Institute for Grain Studies. The Institute said that about 9,000 tonnes of flour also went to North Korea.',
    );
    expect(claims[1]?.attribution).toEqual({
      name: 'Lisbon-based Institute for Grain Studies',
      affiliation: null,
    });
  });

  it('does not take a document "described by the Institute" for the Institute', () => {
    const claims = claimsIn(
      'The Tallinn Institute for Arms Studies estimates that 200 guns went to Russia. Russia paid $900 a month per soldier, according to a leaked memo described by the Institute. The Institute said that 3,000 soldiers were wounded.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('The Tallinn Institute for Arms Studies');
  });
});

describe('names joined by hyphens', () => {
  it('keeps "of the X party" with a name whose last part is joined by a hyphen', () => {
    expect(
      source('Rep. Kang Min-jae of the Justice Party said Pyongyang had sent 3,000 more troops.'),
    ).toEqual({ name: 'Rep. Kang Min-jae', affiliation: 'Justice Party' });
  });
});

describe('what no source states', () => {
  it('credits no one for "my estimate"', () => {
    expect(source('My estimate is that the North earned $2 billion from the deal.')).toBeNull();
  });

  it('does not read "adds up to" as a verb of saying', () => {
    expect(
      claimsIn('If each drone costs $20,000, a cautious price, that adds up to $4 million.').map(
        (c) => c.attribution,
      ),
    ).toEqual([null, null]);
  });

  it('gives the figure of a cap no source, though the sentence credits its other figure', () => {
    expect(
      claimsIn(
        'Russia sent 1.2 million barrels, twice the annual cap of 600,000 barrels, researchers said.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual(['researchers', null]);
  });

  it('gives a figure something is "capped at" no source', () => {
    expect(
      claimsIn('Officials said crude oil is capped separately at 4m barrels a year.').map(
        (c) => c.attribution,
      ),
    ).toEqual([null]);
  });
});

describe('sources inside a clause that describes a figure', () => {
  it('credits "the rounds Kyiv believes were fired" to Kyiv and nothing else in the sentence to it', () => {
    expect(
      claimsIn(
        'If each shell costs $300, the 5 million rounds Kyiv believes were fired would be worth $1.5 billion.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual([null, 'Kyiv', null]);
  });

  it('credits "which the bank puts at" only with the figure the clause states', () => {
    expect(
      claimsIn(
        "That equals almost 60% of the country's GDP, which the central bank puts at about $30 billion.",
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual([null, 'the central bank']);
  });

  it('carries the paragraph source past a relative clause that only judges a noun', () => {
    expect(
      claimsIn(
        'About 9,000 North Koreans entered Russia last year, according to border data. Nearly 6,000 of them gave study as the reason, a label that experts say hides labour.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual(['border data', 'border data']);
  });

  it('gives a figure in the description of the source no source', () => {
    expect(
      claimsIn(
        'A monitoring team set up by 11 governments concluded that the North had sent 9 million rounds.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual([null, 'A monitoring team']);
  });
});

describe('verbs that value a figure', () => {
  it('reads "X put the value of … at" across a long noun phrase', () => {
    expect(
      source(
        'Kim Ha-neul put the value of the shells shipped from the North to Russia by rail and sea at no less than $2 billion.',
      )?.name,
    ).toBe('Kim Ha-neul');
  });
});

describe('what follows a name', () => {
  it('does not read a figure after "according to X," as X\'s affiliation', () => {
    expect(
      source(
        'According to Pak, about half of all the rockets now fired by Russian units come from the North.',
      ),
    ).toEqual({ name: 'Pak', affiliation: null });
  });
});

describe('subjects described after their noun', () => {
  it('keeps where an informant is with the informant: "a manager in the port city told"', () => {
    expect(
      source('About 700 workers arrived in May, a manager in the port city told reporters.')?.name,
    ).toBe('a manager in the port city');
  });

  it('reads "customs data released on Friday showed" as the data, not the day', () => {
    expect(source('Trade rose 9% in March, customs data released on Friday showed.')?.name).toBe(
      'customs data',
    );
  });

  it('credits "imagery reviewed by X shows" to X, who handled the imagery', () => {
    expect(
      source(
        'Imagery reviewed by the Baltic Watch Group shows that 300 railcars crossed the bridge.',
      )?.name,
    ).toBe('the Baltic Watch Group');
  });
});

describe('verbs of counting', () => {
  it('credits "X recorded 9,400 arrivals" to X', () => {
    expect(
      source("Russia's border service recorded 9,400 North Koreans entering the country in 2024.")
        ?.name,
    ).toBe("Russia's border service");
  });

  it('reads "the $2.6 billion recorded in 2018" as a figure, not a count by a source', () => {
    expect(
      claimsIn('Trade is far short of the $2.6 billion recorded in 2018.').map((c) => [
        c.text,
        c.attribution,
      ]),
    ).toEqual([['$2.6 billion', null]]);
  });

  it('does not read "North Korea\'s recorded trade" as a count by North Korea', () => {
    expect(
      source("North Korea's recorded trade with China reached $2 billion, officials said.")?.name,
    ).toBe('officials');
  });

  it('credits "its analysts counted" to the body last named', () => {
    expect(
      claimsIn(
        'The Tallinn Imaging Company said the port was busy. On a busy day its analysts counted 80 railcars in the yard.',
      )[0]?.attribution?.name,
    ).toBe('The Tallinn Imaging Company');
  });
});

describe('a pronoun for the source its own sentence named', () => {
  it('reads "the ministry said it had counted" as the ministry', () => {
    expect(
      source('The ministry said it had counted about 9,000 containers since August.')?.name,
    ).toBe('The ministry');
  });

  it('reads "although it said" as the body that made the estimate, not one named before', () => {
    expect(
      claimsIn(
        'Ukrainian commanders told reporters the fighting was fierce. The Kaunas Institute estimated that Moscow pays $1,500 a month per soldier, or $180 million a year, although it said that much of the money goes to the state.',
      ).map((c) => c.attribution?.name),
    ).toEqual(['The Kaunas Institute', 'The Kaunas Institute']);
  });
});

describe('a source that opens a clause of its own', () => {
  it('lets ", and satellite photos showed" speak only for what follows it', () => {
    expect(
      source(
        'Each barge can carry 2,000 tonnes, and satellite photos showed most of them full, the report said.',
      )?.name,
    ).toBe('the report');
  });

  it('lets "and, according to X," credit only the figure after it', () => {
    expect(
      claimsIn(
        'Pyongyang has sold Moscow 900 guns and, according to the Baltic Arms Monitor, some 40,000 tonnes of ammunition.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual([null, 'the Baltic Arms Monitor']);
  });
});

describe('bodies described as bodies', () => {
  it('takes "X, a ship-tracking firm" for a body when "the report" refers back', () => {
    const claims = claimsIn(
      'Tankers made 40 calls, according to Kestrel Maritime Tracking, a Danish ship-tracking firm. "It is a lot," said Mira Holt. The report said each tanker carried 9,000 barrels.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('Kestrel Maritime Tracking');
  });

  it('steps over asides between the subject and its verb', () => {
    expect(
      source(
        "Norway's Defence Ministry, in its yearly review, published on May 2, estimated that the North had sent 300 howitzers.",
      )?.name,
    ).toBe("Norway's Defence Ministry");
  });

  it('resolves "the 90-page report" to the author of a report the text named before', () => {
    const claims = claimsIn(
      'Grain deliveries began in March, according to customs data. The findings match a report published in April by the UN panel of experts. The 90-page report said 40,000 tonnes of wheat had crossed the border.',
    );
    expect(claims.at(-1)?.attribution).toEqual({ name: 'UN panel', affiliation: 'experts' });
  });
});

describe('the text speaking for itself', () => {
  it('lets "we assume" outrank a source the sentence only compares with', () => {
    expect(
      source(
        'We assume that the North has sent some 8 million rounds, a figure in line with estimates by Polish intelligence.',
      ),
    ).toBeNull();
  });

  it('reads "analysts expect up to" as the analysts speaking', () => {
    expect(
      source('Analysts at the institute expect up to 5,000 more builders to follow.')?.name,
    ).toBe('Analysts at the institute');
  });
});

describe('back-references that find the source named before', () => {
  it('reads "by his calculation" as the man last named, not a body named before him', () => {
    expect(
      claimsIn(
        'Moscow said the labourers were students. "It is work," said Lee Min-ho, an economist at Hanbit University. By his calculation, 9,000 labourers could earn Pyongyang $70 million a year.',
      ).map((c) => c.attribution?.name),
    ).toEqual(['Lee Min-ho', 'Lee Min-ho']);
  });

  it('resolves "the agency" to a body whose name says service', () => {
    const claims = claimsIn(
      "Seoul's spy agency says 3,000 troops were hurt.\nSouth Korea's National Intelligence Service told lawmakers that 300 had died. The agency said 2,700 had been wounded.",
    );
    expect(claims.at(-1)?.attribution?.name).toBe("South Korea's National Intelligence Service");
  });

  it('gives a body named again by the first words of its name its full name', () => {
    const claims = claimsIn(
      'Orbit Lens Imaging, a firm based in Oslo, counted 70 railcars. Later, Orbit Lens identified 38 visits by cargo ships.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('Orbit Lens Imaging');
  });
});

describe('words around a source that are not one', () => {
  it('keeps a clause after the name out of its affiliation', () => {
    expect(
      source(
        "Its factories need 300,000 more workers, according to a builders' union, after many migrants from Central Asia left.",
      ),
    ).toEqual({ name: "a builders' union", affiliation: null });
  });

  it('reads "the first detailed estimate of" as a noun, not a verb of saying', () => {
    expect(
      source('It was the first detailed estimate of the toll: roughly 2,000 soldiers had died.'),
    ).toBeNull();
  });

  it('does not let speakers after a semicolon credit the figure before it', () => {
    expect(
      claimsIn(
        'The ministry said 600 soldiers had been killed. Two men taken prisoner in March are held in Lviv; both have said they want to go to Seoul.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual(['The ministry', null]);
  });

  it('gives a figure in a ", which …," aside no source from outside the aside', () => {
    expect(
      claimsIn(
        'The North Korean army, which fields roughly 1.2 million troops, has lost a few hundred men in Kursk, the agency said.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual([null, 'the agency']);
  });

  it('reads "our own review of … and defector accounts suggests" as the text\'s own voice', () => {
    expect(
      source(
        'Our own review of funeral notices and defector accounts suggests the true toll could be closer to 2,000.',
      ),
    ).toBeNull();
  });
});

describe('sources that relay another', () => {
  it('credits "lawmakers who sat in on a briefing by the institute" to the institute', () => {
    expect(
      claimsIn(
        'The Hanseo Institute said the North had been paid in oil. According to lawmakers who sat in on a private briefing by the institute, the containers hold over 5 million rounds.',
      )[0]?.attribution?.name,
    ).toBe('The Hanseo Institute');
  });

  it('credits "according to lawmakers briefed by X" to X', () => {
    expect(
      source(
        'At least 300 soldiers have been killed, according to lawmakers briefed by the Baltic Naval Board.',
      )?.name,
    ).toBe('the Baltic Naval Board');
  });

  it('credits "lawmakers briefed by X said" to X', () => {
    expect(
      source('Lawmakers briefed by the Baltic Naval Board said 40 ships had sailed.')?.name,
    ).toBe('the Baltic Naval Board');
  });
});

describe('reckonings and participles', () => {
  it('lets ", by some estimates," credit only what follows it', () => {
    expect(
      claimsIn(
        'The North has sent 9,000 containers since 2023, sufficient, by some estimates, for 4m shells.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual([null, 'some estimates']);
  });

  it('does not read "the second confirmed capture" as a verb of saying', () => {
    expect(
      source(
        'Kyiv said its troops had taken two more soldiers, the second confirmed capture this month.',
      )?.name,
    ).toBe('Kyiv');
  });
});

describe('the agent after "by"', () => {
  it('credits "The figures, compiled by X, show" to X', () => {
    expect(
      source(
        'The figures, compiled by the Korea Development Institute, show that trade fell 12 percent.',
      )?.name,
    ).toBe('the Korea Development Institute');
  });

  it('credits "as reported by X" to X', () => {
    expect(source('Russia has received 5 million shells, as reported by Reuters.')?.name).toBe(
      'Reuters',
    );
  });
});

describe('the first person inside a quotation', () => {
  it('reads a quoted "we estimate" as the speaker named outside the quotation', () => {
    expect(source('"We estimate that 10,000 troops are there," the official said.')?.name).toBe(
      'the official',
    );
  });

  it('reads a quoted "our estimate" as the speaker named outside the quotation', () => {
    expect(source('"Our estimate is 10,000 troops," the official said.')?.name).toBe(
      'the official',
    );
  });
});

describe('sources named after the verb or after "by"', () => {
  it('reads "said a spokesman for the ministry"', () => {
    expect(
      source('North Korea has sent 11,000 troops, said a spokesman for the ministry.')?.name,
    ).toBe('a spokesman');
  });

  it('credits "a figure confirmed by the Pentagon" to the Pentagon', () => {
    expect(
      source('North Korea has sent 11,000 troops, a figure confirmed by the Pentagon.')?.name,
    ).toBe('the Pentagon');
  });

  it('ends the name of an author at the verb: "the study by the Kiel Institute found"', () => {
    expect(
      source('Pyongyang received $1 billion, the study by the Kiel Institute found.')?.name,
    ).toBe('Kiel Institute');
  });

  it('does not take a byline after a headline for the agent of its verb', () => {
    expect(
      source(
        'About 3,000 troops killed in Kursk, spy agency says\n\nBy Mira Holt, The Harbour Ledger\n',
      )?.name,
    ).toBe('spy agency');
  });
});

describe('a title with names in it, then the person', () => {
  it('credits the person an appositive names after "the head of Ukraine\'s military intelligence"', () => {
    expect(
      source(
        "The head of Ukraine's military intelligence, Kyrylo Budanov, said Pyongyang had sent 6 million shells.",
      ),
    ).toEqual({ name: 'Kyrylo Budanov', affiliation: "Ukraine's military intelligence" });
  });

  it('credits the person after "South Korea\'s defence minister,"', () => {
    expect(
      source("South Korea's defence minister, Kim Yong-hyun, said 10,000 troops had gone.")?.name,
    ).toBe('Kim Yong-hyun');
  });
});

describe('a time before the subject', () => {
  it('keeps "Earlier this month" out of the name of "the NIS"', () => {
    expect(
      source('Earlier this month the NIS estimated that 11,000 troops were deployed.')?.name,
    ).toBe('National Intelligence Service (NIS)');
  });

  it('keeps "On Monday" out of the name of "the ministry"', () => {
    expect(source('On Monday the ministry said 300 soldiers had died.')?.name).toBe('the ministry');
  });
});

describe('people and bodies referred to again', () => {
  it('gives "Kim said" the full name of the Kim named before, though "Kim" alone can name a country', () => {
    expect(
      claimsIn(
        'Kim Min-seo of the Asan Institute estimated the payments at $1 billion. "That is a conservative number," Kim said, adding that the total could reach $2 billion.',
      )[1]?.attribution,
    ).toEqual({ name: 'Kim Min-seo', affiliation: 'Asan Institute' });
  });

  it('does not give "the military said" to the only person named before', () => {
    expect(
      claimsIn(
        'Lee said the North had sent 100 missiles. Separately, the military said 300 soldiers had died.',
      )[1]?.attribution?.name,
    ).toBe('the military');
  });
});

describe('back-references by a longer description', () => {
  it('gives "the central bank said" the bank named before', () => {
    expect(
      claimsIn(
        'Output rose 2.1% last year, the Bank of Korea said. Mining grew 4.5%, the central bank said.',
      )[1]?.attribution?.name,
    ).toBe('the Bank of Korea');
  });

  it('gives "the intelligence chief" the person named before, not the body', () => {
    expect(
      claimsIn(
        'Andriy Melnyk, head of the Defence Intelligence Directorate, said on Friday that the front was quiet. "Pyongyang has shipped 4 million rounds," the intelligence chief said.',
      )[0]?.attribution?.name,
    ).toBe('Andriy Melnyk');
  });

  it('gives "the authors estimate" the body whose study the text describes', () => {
    expect(
      claimsIn(
        'The Baltic Shipping Observatory published a study of the port on Monday. The authors estimate that 800,000 barrels were delivered.',
      )[0]?.attribution?.name,
    ).toBe('The Baltic Shipping Observatory');
  });

  it('gives "the resident said" the resident named before', () => {
    expect(
      claimsIn(
        'A resident of Hyesan told the outlet that prices had doubled. "Each truck carries 20 tons of rice," the resident said.',
      )[0]?.attribution,
    ).toEqual({ name: 'A resident', affiliation: 'Hyesan' });
  });

  it('gives "the driver said" the driver named before, as it does "the resident"', () => {
    expect(
      claimsIn(
        'A truck driver in Sinuiju said the border had reopened. About 60 trucks cross each day, the driver said.',
      )[0]?.attribution,
    ).toEqual({ name: 'A truck driver in Sinuiju', affiliation: null });
  });
});

describe('a body a capital owns', () => {
  it("gives Seoul's spy agency the country Seoul stands for", () => {
    expect(
      source("Seoul's spy agency said the North had sent 2,000 more workers to Russia."),
    ).toEqual({ name: "Seoul's spy agency", affiliation: 'South Korea' });
  });

  it('leaves the affiliation empty when the owner is the country itself or no capital', () => {
    expect(
      source("Ukraine's defence ministry said 1,200 North Korean troops had been wounded.")
        ?.affiliation,
    ).toBeNull();
    expect(
      source("Hyesan's market office said rice prices rose 40 percent this year.")?.affiliation,
    ).toBeNull();
  });
});

describe('a verb of saying or counting in progress', () => {
  it('credits the subject of "was saying that" and of "is now putting … at"', () => {
    expect(
      source('By January the White House was saying that 1,000 North Koreans had died.')?.name,
    ).toBe('the White House');
    expect(source('The ministry is now putting North Korean losses at about 4,000.')?.name).toBe(
      'The ministry',
    );
  });

  it('credits the one counting a figure, not someone counting on something', () => {
    expect(source('At the time, Seoul was counting about 3,000 casualties.')?.name).toBe('Seoul');
    expect(
      source('Moscow was counting on a new bridge to carry 5 million tonnes of cargo a year.'),
    ).toBeNull();
  });

  it('credits no one for a verb of saying in progress without its "that"', () => {
    expect(
      source('Guards were reporting for duty as 3,000 more soldiers arrived from North Korea.'),
    ).toBeNull();
  });
});

describe('words of saying that say nothing', () => {
  it('reads "think tank" as a noun, not as "thinks"', () => {
    expect(
      source(
        'According to the Lisbon Defence Forum, a Portuguese think tank, Pyongyang sent 90 howitzers.',
      )?.name,
    ).toBe('the Lisbon Defence Forum');
  });

  it('reads "wrote off" as a phrasal verb with no speaker', () => {
    expect(source('In 2014 Moscow wrote off 80% of the debt.')).toBeNull();
  });

  it('reads "his central estimate was" as a noun the speaker named before holds', () => {
    expect(source('Dmitri Vale said his central estimate was around $350 per round.')?.name).toBe(
      'Dmitri Vale',
    );
  });

  it('reads "in its previous estimate" as a noun, leaving the figure to the speaker', () => {
    expect(
      claimsIn(
        'The spy agency, SIA, said that 9,000 troops, up from 6,000 in its previous estimate, had arrived.',
      )[1]?.attribution?.name,
    ).toBe('SIA');
  });

  it('steps over "now" between a pronoun and its verb', () => {
    expect(source('The Pentagon said it now believed that 9,000 troops were in Kursk.')?.name).toBe(
      'The Pentagon',
    );
  });

  it('ends a subject at a verb of saying before it ("Lee said the agency believed")', () => {
    expect(
      claimsIn(
        'The National Intelligence Service briefed lawmakers on Monday. Lee said the agency believed 300 drones had been sent.',
      )[0]?.attribution?.name,
    ).toBe('The National Intelligence Service');
  });

  it('does not take a lone capitalized "Traders" for a person whom "she" refers to', () => {
    expect(
      claimsIn(
        'Traders in Sinuiju say diesel is scarce. A woman who sells fuel, Ri Sun-hui, spoke to us. She said about 30% of the fuel goes to the army.',
      )[0]?.attribution?.name,
    ).not.toBe('Traders');
  });
});

describe('speakers in relayed, passive and inverted sentences', () => {
  it('credits the one quoted in "Lee quoted the agency as saying", not Lee', () => {
    expect(
      source(
        '"The North sent 2,000 more soldiers," Choi quoted the Defence Intelligence Agency as saying.',
      )?.name,
    ).toBe('Defence Intelligence Agency');
  });

  it('credits no one for "lawmakers were also told"', () => {
    expect(source('Lawmakers were also told that 9,000 troops remain in Kursk.')).toBeNull();
  });

  it('reads "said X, a fellow at Y" after a long clause that ends in a comma', () => {
    expect(
      claimsIn(
        'The unit would be worth $40 million a month, or more than $480 million a year, to a state that keeps the wages, said Mina Sato, a fellow at the Tokai Policy Institute.',
      )[1]?.attribution,
    ).toEqual({ name: 'Mina Sato', affiliation: 'Tokai Policy Institute' });
  });

  it('keeps "told Reuters" from making the listener the speaker', () => {
    expect(
      claimsIn(
        'Of the 30 rockets examined, about half missed, Olha Bilyk, the chief inspector, told Reuters in May.',
      )[1]?.attribution?.name,
    ).toBe('Olha Bilyk');
  });

  it('takes the credit a headline puts after a colon at its end', () => {
    expect(
      claimsIn('Pyongyang lost 900 soldiers in Kursk: NIS\nThe agency gave no details.')[0]
        ?.attribution?.name,
    ).toContain('National Intelligence Service');
  });

  it('drops the opening "As" of a clause from the name of its subject', () => {
    expect(source('As the ministry clarified, the North has sent 40 howitzers.')?.name).toBe(
      'the ministry',
    );
  });

  it('keeps the city a body sits in out of its name', () => {
    expect(
      source(
        'Imagery analysed by the Center for Maritime Studies (CMS) in Washington showed 40 tankers a month.',
      )?.name,
    ).toBe('the Center for Maritime Studies');
  });

  it('gives "Ms. Han said" the full name of the Han named before', () => {
    expect(
      claimsIn(
        'Han Soo-ah, a fellow at the Tokai Policy Institute, said on Monday that wages were low. "The state took 80% of wages," Ms. Han said.',
      )[0]?.attribution?.name,
    ).toBe('Han Soo-ah');
  });

  it('keeps a lawmaker "of the ruling Democratic Party" as the person named', () => {
    expect(
      claimsIn(
        'Kim Do-hyun of the ruling Democratic Party, a member of the committee, said the agency had seen signs of a rotation. "About 5,000 troops are training," Kim said.',
      )[0]?.attribution?.name,
    ).toBe('Kim Do-hyun');
  });
});

describe('more subjects and back-references', () => {
  it('reads "assumed" as a verb of reckoning whose "it" is the body named before', () => {
    expect(
      claimsIn(
        'The Baltic Defence Institute published its estimate in May. It assumed that Pyongyang had shipped 9 million shells.',
      )[0]?.attribution?.name,
    ).toBe('The Baltic Defence Institute');
  });

  it('keeps "first" out of the name in "The agency first disclosed"', () => {
    expect(
      source('The SIA first disclosed the deployment on Monday, saying 1,500 troops had left.')
        ?.name,
    ).toBe('The SIA');
  });

  it('still reads "the first confirmed prisoners" as no verb of saying', () => {
    expect(source('Ukraine said the first confirmed 2 prisoners were wounded.')?.name).toBe(
      'Ukraine',
    );
  });

  it('gives "the agency" the body named by an acronym and described as an agency', () => {
    expect(
      claimsIn(
        "South Korea's National Intelligence Service spoke last week. Kyiv's defence intelligence agency, DIA, said that drones were made in Russia. The agency said that 900 workers had been sent.",
      )[0]?.attribution?.name,
    ).toBe('DIA');
  });

  it('credits the handler in "according to documents obtained by X"', () => {
    expect(
      source(
        'Pyongyang received 300 tonnes of flour, according to documents obtained by Nordic Ledger.',
      )?.name,
    ).toBe('Nordic Ledger');
  });
});

describe('a relative clause between a source and its verb', () => {
  it('credits "a manager who asked not to be named said" to the manager', () => {
    expect(
      source(
        'In Khabarovsk, a site manager who asked not to be named said his firm hired 40 North Koreans.',
      )?.name,
    ).toBe('a site manager');
  });

  it('credits "Defectors who have worked in Russia say" to the defectors, not Russia', () => {
    expect(
      source('Defectors who have worked in Russia say the state takes as much as 70% of wages.')
        ?.name,
    ).toBe('Defectors');
  });

  it('reads the name after a title in "aired by state broadcaster KCTV"', () => {
    expect(
      source(
        'Portraits of 80 fallen soldiers were shown, according to footage aired by state broadcaster RTK.',
      )?.name,
    ).toContain('RTK');
  });

  it('credits "the report documents the deployment of 9,000 troops" to the report', () => {
    expect(
      source('The report documents the deployment of more than 9,000 troops to Kursk.')?.name,
    ).toBe('The report');
  });
});

describe('subjects and objects read from the blind5 and valpool misses', () => {
  it('credits the writer\'s contacts before "estimate": "diplomats I have met estimate"', () => {
    expect(
      source('Diplomats I have met estimate that Moscow pays about $700 million a year.')?.name,
    ).toBe('Diplomats');
  });

  it('keeps the writer\'s own "we estimate" as the text\'s voice', () => {
    expect(source('We estimate that Moscow pays about $700 million a year.')).toBeNull();
  });

  it('credits the maker of figures a newspaper cites, not the newspaper', () => {
    expect(
      source(
        'Far Eastern Railway data cited by the daily Vedomosti showed 40,000 tonnes of grain crossed.',
      )?.name,
    ).toBe('Far Eastern Railway data');
  });

  it('still credits the one who cites figures no maker is named for', () => {
    expect(
      source('Figures cited by the daily Vedomosti showed 40,000 tonnes of grain crossed.')?.name,
    ).toBe('the daily Vedomosti');
  });

  it('hears a counting verb whose figure comes after "of" a few words on', () => {
    expect(
      source(
        "Japan's customs office recorded rice shipments to North Korea of $4.1 million in May.",
      )?.name,
    ).toBe("Japan's customs office");
  });

  it('reads the article after a counted noun as its subject: "900 injuries the ministry reported"', () => {
    const claims = claimsIn(
      'The defence ministry said on Friday that 400 had died. That is up from 50 deaths and nearly 900 injuries the ministry reported in May.',
    );
    // ("the ministry" is the defence ministry the first sentence named.)
    expect(claims.map((c) => [c.text, c.attribution?.name])).toEqual([
      ['50 deaths', 'The defence ministry'],
      ['nearly 900 injuries', 'The defence ministry'],
    ]);
  });

  it('reads "by the Bank of Korea" as a name, not as a reference back to a bank', () => {
    const claims = claimsIn(
      'The Asian Development Bank said trade rose to $90 million. An economy whose output is estimated by the Bank of Korea at about $24 billion a year is small.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('the Bank of Korea');
  });
});

describe('a subject described before its verb', () => {
  it('credits "X, an analyst at Y, estimates the plants can …" to the analyst', () => {
    expect(
      source(
        "Mira Holm, an analyst at the Arctic Policy Centre, estimates the country's plants can make about 2 million shells a year.",
      ),
    ).toEqual({ name: 'Mira Holm', affiliation: 'Arctic Policy Centre' });
  });

  it('credits a body described between commas before "finds" and a name', () => {
    expect(
      source(
        'The Arctic Policy Centre, a think tank in Tromso, finds North Korea sent 9,000 troops.',
      )?.name,
    ).toBe('The Arctic Policy Centre');
  });

  it('takes no name for the subject when the described word does not open the sentence', () => {
    expect(
      source(
        'After the talks in Moscow, a city of 13 million, estimates the envoy gave put trade at $50 million.',
      )?.name,
    ).not.toMatch(/Moscow/);
  });

  it('credits the subject past an aside between dashes that holds commas of its own', () => {
    expect(
      source(
        'The Arctic Policy Centre — a group of researchers in Oslo, Tromso and Bergen — found that Russia sent 60,000 tonnes of flour.',
      )?.name,
    ).toBe('The Arctic Policy Centre');
  });

  it('credits the subject past dashes before "estimates" with no "that"', () => {
    expect(
      source(
        'Mira Holm — a former customs officer — estimates the trade is worth up to $3 billion a year.',
      )?.name,
    ).toBe('Mira Holm');
  });
});

describe('a surname whose full name the text gave outside a credit', () => {
  it('credits "Seo estimates" to the author a "written by" aside named in full', () => {
    const claims = claimsIn(
      'The report, written by research fellow Seo Ha-eun, came out on Monday. Seo estimates that roughly 40 percent went to munitions.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('Seo Ha-eun');
  });

  it('credits a surname to a given name and surname named before', () => {
    const claims = claimsIn(
      'Its author, Tomas Rivera, spent two years on the border. Rivera said 300 wagons crossed in May.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('Tomas Rivera');
  });

  it('keeps a single capitalized word whose only earlier use opens a phrase as written', () => {
    const claims = claimsIn(
      'The team met in Seoul in May. Seoul estimates that about 600 soldiers died.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('Seoul');
  });

  it('credits nothing new when the surname stands nowhere before in full', () => {
    const claims = claimsIn('Trade grew in May. Rivera said 300 wagons crossed in May.');
    expect(claims.at(-1)?.attribution?.name).toBe('Rivera');
  });
});

describe('a phrase fronted before a described subject', () => {
  it('credits the body after "In a report published in May," past its appositive', () => {
    expect(
      source(
        'In a report published in May, the Arctic Policy Centre, a think tank in Tromso, said Russia sent 60,000 tonnes of flour.',
      ),
    ).toEqual({ name: 'the Arctic Policy Centre', affiliation: 'think tank in Tromso' });
  });
});

describe('a reckoning whose maker an aside names', () => {
  it('credits "The most-cited estimate, from X, holds that" to X', () => {
    expect(
      source(
        'The most-cited estimate, from the Arctic Policy Centre, holds that the North earned up to $9 billion.',
      )?.name,
    ).toBe('the Arctic Policy Centre');
  });

  it('credits "One estimate, from X, suggests" to X, not to the estimate', () => {
    expect(
      source(
        'One estimate, from the Arctic Policy Centre, suggests that Russia pays about $3 million a month.',
      )?.name,
    ).toBe('the Arctic Policy Centre');
  });

  it('credits every figure after "By the latest count, from X,"', () => {
    const claims = claimsIn(
      'By the latest count, from the Arctic Policy Centre, about 9,000 soldiers served: some 6,000 troops and 3,000 builders.',
    );
    expect(claims.map((c) => c.attribution?.name)).toEqual([
      'the Arctic Policy Centre',
      'the Arctic Policy Centre',
      'the Arctic Policy Centre',
    ]);
  });

  it('keeps a reckoning a sentence does not open as no maker\'s: "the count, from images,"', () => {
    const claims = claimsIn(
      'Rail traffic rose to 40 cars a day, the ministry said, and the count, from images, may be low.',
    );
    expect(claims[0]?.attribution?.name).toBe('the ministry');
  });
});

describe('imagery of a place or from a provider', () => {
  it('credits no one for "Imagery from Planet Labs shows" opening a sentence', () => {
    expect(
      source('Imagery from Planet Labs shows at least 11 bulk carriers at the coal pier.'),
    ).toBeNull();
  });

  it('credits no one for "Imagery of the Tumangang station showed"', () => {
    expect(
      source('Imagery of the Tumangang station showed dozens of freight cars on the sidings.'),
    ).toBeNull();
  });

  it('still credits whoever released the imagery', () => {
    expect(
      source('Images of the port released by the Arctic Policy Centre show 40 tankers.')?.name,
    ).toBe('the Arctic Policy Centre');
  });
});

describe('a reckoning its owner states as a clause', () => {
  it('credits "the Bank of Korea\'s estimate that the economy grew 3.7%" to the bank', () => {
    expect(
      source('The count fits the Bank of Korea’s estimate that the economy grew 3.7% in 2024.')
        ?.name,
    ).toBe('the Bank of Korea');
  });

  it('keeps the verb before the owner out of its name: "Kyiv rejected Seoul\'s estimate that"', () => {
    expect(
      source("Kyiv rejected Seoul's estimate that about 11,000 troops had been sent.")?.name,
    ).toBe('Seoul');
  });
});

describe('a reckoning said to be a figure', () => {
  it('credits the owner of "HUR\'s figure for the dead is about 6,000"', () => {
    expect(source("HUR's figure for killed and wounded combined is about 6,000.")?.name).toContain(
      'HUR',
    );
  });

  it('credits the acronym of "the JCS figure, a rougher measure, stands at 30,000"', () => {
    expect(
      source('The JCS figure for containers, a rougher measure, stands at about 30,000.')?.name,
    ).toContain('JCS');
  });

  it('credits the owner inside a clause, not the subject before it', () => {
    expect(source("Kyiv rejected Seoul's estimate of 600 dead.")?.name).toBe('Seoul');
  });

  it('leaves a comparison to the source its sentence closes on', () => {
    expect(
      source("Ukraine's figure is higher, at around 4,000 dead, according to HUR.")?.name,
    ).toContain('HUR');
  });

  it('gives no source to a figure no name owns', () => {
    expect(source('The figure for killed and wounded combined is about 6,000.')).toBeNull();
  });
});

describe('a source that revises its own reckoning', () => {
  it('credits the subject that raised its estimate to a figure', () => {
    expect(
      source('The Pentagon also raised its estimate of troops in Kursk to about 11,000.')?.name,
    ).toBe('The Pentagon');
  });

  it('credits the body a description that raised its estimate stands for', () => {
    const claims = claimsIn(
      'The Hallam Institute briefed reporters on Monday.\nThe institute has lowered its count of the dead to 1,500.',
    );
    expect(claims.at(-1)?.attribution?.name).toBe('The Hallam Institute');
  });

  it('gives no source when what was raised is no reckoning', () => {
    expect(source('Russia raised its exports of fuel to 900,000 barrels.')).toBeNull();
  });
});

describe('a headline credit a possessive names', () => {
  it('credits "Ukraine\'s intelligence:" opening a headline', () => {
    const claims = claimsIn(
      "Ukraine's intelligence: 11,000 North Korean soldiers already in Kursk\nThe count could not be checked.",
    );
    expect(claims[0]?.attribution?.name).toBe("Ukraine's intelligence");
  });

  it('credits the maker of "MSMT\'s first report:" opening a headline', () => {
    const claims = claimsIn(
      "MSMT's first report: 100 ballistic missiles sent to Russia\nThe count could not be checked.",
    );
    expect(claims[0]?.attribution?.name).toContain('MSMT');
  });

  it('credits "Seoul\'s spy agency" after a spaced hyphen at a headline\'s end', () => {
    const claims = claimsIn(
      "North Korea shipped 13,000 containers of ammunition - Seoul's spy agency\nThe count could not be checked.",
    );
    expect(claims[0]?.attribution?.name).toBe("Seoul's spy agency");
  });

  it('credits no one for a topic a possessive names: "Kim\'s gamble:"', () => {
    const claims = claimsIn(
      "Kim's gamble: 3,000 more troops head to Russia\nThe count could not be checked.",
    );
    expect(claims[0]?.attribution ?? null).toBeNull();
  });
});
