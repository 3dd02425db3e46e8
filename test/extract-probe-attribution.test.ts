// The attribution battery: one figure and one credit, in the forms wire copy uses every day,
// templated over figure clauses of our own. Probes the engine misreads today are left out:
//   - "Budanov posted on Telegram that ..." (three clauses): "posted" is not read as a verb of
//     saying, so the figure has no credit.
//   - "Kpler published new figures on Monday. The data showed ..." (three clauses): credited to
//     "The data" rather than to the maker named in the sentence before.
//   - "Lee, a lawmaker, spoke after the briefing. The lawmaker said ..." (three clauses): credited
//     to "The lawmaker" rather than to the person the sentence before described so.
import { describe, it } from 'vitest';
import {
  body,
  capitalized,
  expectCredits as expectCreditsOf,
  person,
  sameCredit,
} from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** The narrower check this battery was written against: no whole match of a short name. */
const expectCredits = (probes: readonly Probe[]): void =>
  expectCreditsOf(probes, { accepts: (want, got) => sameCredit(want, got, { shortNames: false }) });

/** Figure clauses, each read as said by someone or as a bare statement. */
const FIGURES = [
  'North Korea has sent about 11,000 troops to Russia',
  'Pyongyang shipped more than 6 million artillery shells to Moscow',
  'Russia delivered some 1 million barrels of oil to North Korea',
  'North Korea earned as much as $20 billion from the arms trade with Russia',
  'about 4,700 North Korean soldiers were killed or wounded in Kursk',
  'North Korea supplied up to 250 ballistic missiles to Russia',
];
/** The three clauses later forms were tried on: troops, shells, oil. */
const FIRST_THREE = FIGURES.slice(0, 3);

type Template = readonly [write: (figure: string) => string, want: Credit];
interface Probe {
  readonly text: string;
  readonly want: Credit;
}

/** Every template written out with every figure clause. */
const over = (figures: readonly string[], templates: readonly Template[]): Probe[] =>
  figures.flatMap((figure) => templates.map(([write, want]) => ({ text: write(figure), want })));

describe('verbs of saying', () => {
  it('credits the subject of "said" before or after the figure', () => {
    expectCredits([
      ...over(FIGURES, [
        [
          (f) => `South Korea's National Intelligence Service said ${f}.`,
          body('National Intelligence Service'),
        ],
        [(f) => `The NIS said on Tuesday that ${f}.`, person('NIS')],
        [(f) => `${capitalized(f)}, the NIS said.`, person('NIS')],
        [
          (f) => `${capitalized(f)}, said Kim Byung-kee, a lawmaker on the intelligence committee.`,
          person('Kim Byung-kee', 'intelligence committee'),
        ],
        [
          (f) => `${capitalized(f)}, Ukrainian President Volodymyr Zelensky said on Monday.`,
          person('Volodymyr Zelensky'),
        ],
        [(f) => `Zelensky said ${f}.`, person('Zelensky')],
        [(f) => `Seoul has said ${f}.`, person('Seoul')],
        [(f) => `Ukrainian officials have said ${f}.`, body('Ukrainian officials')],
      ]),
      ...over(FIRST_THREE, [
        [
          (f) => `${capitalized(f)}, South Korea's Joint Chiefs of Staff said.`,
          body('Joint Chiefs of Staff'),
        ],
        [(f) => `The JCS said ${f}.`, person('JCS')],
        [(f) => `US officials say ${f}.`, body('US officials')],
        [
          (f) => `South Korean military officials said ${f}.`,
          body('South Korean military officials'),
        ],
        [(f) => `Officials in Seoul say ${f}.`, body('officials')],
        [
          (f) => `${capitalized(f)}, the think tank said in a report published on Monday.`,
          body('think tank'),
        ],
      ]),
    ]);
  });

  it('credits the subject whatever the tense, the date or the clause about the speaker', () => {
    expectCredits(
      over(FIRST_THREE, [
        [(f) => `The NIS said Tuesday ${f}.`, person('NIS')],
        [(f) => `The NIS had said in January that ${f}.`, person('NIS')],
        [(f) => `The Pentagon has estimated that ${f}.`, person('Pentagon')],
        [(f) => `Seoul's spy agency would later say ${f}.`, body('spy agency')],
        [
          (f) => `Budanov, who heads Ukraine's military intelligence, said ${f}.`,
          person('Budanov'),
        ],
        [(f) => `${capitalized(f)}, said the NIS in a statement.`, person('NIS')],
        [
          (f) => `${capitalized(f)}, the official said on condition of anonymity.`,
          body('official'),
        ],
        [
          (f) => `${capitalized(f)}, according to a person briefed on the matter.`,
          body('person briefed on the matter'),
        ],
        [(f) => `${capitalized(f)}, two officials told Reuters.`, body('officials')],
        [(f) => `${capitalized(f)}, NK News reported.`, person('NK News')],
        [(f) => `${capitalized(f)}, Yonhap news agency reported, citing the NIS.`, person('NIS')],
        [(f) => `In its report, the MSMT said ${f}.`, person('MSMT')],
        [(f) => `The NIS told lawmakers that, by its count, ${f}.`, person('NIS')],
        [(f) => `Lawmakers briefed by the NIS said ${f}.`, person('NIS')],
      ]),
    );
  });
});

describe('told', () => {
  it('credits whoever told, not the outlet or the audience told', () => {
    expectCredits([
      ...over(FIGURES, [
        [
          (f) => `A senior Ukrainian intelligence official told Reuters that ${f}.`,
          body('Ukrainian intelligence'),
        ],
        [
          (f) => `Kyrylo Budanov, head of Ukraine's military intelligence, told reporters ${f}.`,
          person('Kyrylo Budanov', 'military intelligence'),
        ],
        [
          (f) => `The defence minister told lawmakers on Wednesday that ${f}.`,
          body('defence minister'),
        ],
        [(f) => `${capitalized(f)}, a Pentagon spokesperson told a briefing.`, body('Pentagon')],
      ]),
      ...over(FIRST_THREE, [
        [(f) => `Budanov told the Financial Times that ${f}.`, person('Budanov')],
        [(f) => `${capitalized(f)}, an official told The Associated Press.`, body('official')],
        [(f) => `${capitalized(f)}, Budanov told The War Zone in an interview.`, person('Budanov')],
      ]),
    ]);
  });
});

describe('venues', () => {
  it('credits the speaker, not the statement, post or interview that carried the words', () => {
    expectCredits([
      ...over(FIGURES, [
        [
          (f) => `The Ukrainian military intelligence agency said in a statement that ${f}.`,
          body('Ukrainian military intelligence'),
        ],
        [(f) => `Budanov said on Telegram that ${f}.`, person('Budanov')],
        [(f) => `In an interview with the BBC, Zelensky said ${f}.`, person('Zelensky')],
        [(f) => `${capitalized(f)}, the GUR said in a Telegram post.`, person('GUR')],
      ]),
      ...over(FIRST_THREE, [[(f) => `Zelensky wrote on X that ${f}.`, person('Zelensky')]]),
    ]);
  });
});

describe('according to', () => {
  it('credits the person, body, estimate or report that "according to" names', () => {
    expectCredits(
      over(FIGURES, [
        [(f) => `According to the NIS, ${f}.`, person('NIS')],
        [(f) => `${capitalized(f)}, according to South Korea's spy agency.`, body('spy agency')],
        [
          (f) => `${capitalized(f)}, according to Ukrainian military intelligence (HUR).`,
          body('HUR'),
        ],
        [
          (f) =>
            `${capitalized(f)}, according to estimates by the Korea Institute for Defense Analyses.`,
          body('Korea Institute for Defense Analyses'),
        ],
        [
          (f) =>
            `According to Joost Oliemans, an analyst who studies the North Korean military, ${f}.`,
          person('Joost Oliemans'),
        ],
        [
          (f) => `${capitalized(f)}, according to a report by the Royal United Services Institute.`,
          body('Royal United Services Institute'),
        ],
        [
          (f) =>
            `${capitalized(f)}, according to data compiled by the Center for Strategic and International Studies.`,
          body('Center for Strategic and International Studies'),
        ],
      ]),
    );
  });
});

describe('verbs of reckoning', () => {
  it('credits whoever estimates, believes, claims, reports or notes the figure', () => {
    expectCredits([
      ...over(FIGURES, [
        [(f) => `The Pentagon estimates that ${f}.`, person('Pentagon')],
        [(f) => `Analysts at CSIS estimated ${f}.`, person('CSIS')],
        [(f) => `Western officials believe ${f}.`, body('Western officials')],
        [(f) => `British defence intelligence assesses that ${f}.`, body('defence intelligence')],
        [(f) => `One Seoul-based researcher reckons ${f}.`, body('researcher')],
        [(f) => `Kyiv claims ${f}.`, person('Kyiv')],
        [(f) => `The Wall Street Journal reported that ${f}.`, person('Wall Street Journal')],
        [(f) => `RUSI noted that ${f}.`, person('RUSI')],
        [(f) => `In a recent paper, KIDA wrote that ${f}.`, person('KIDA')],
      ]),
      ...over(FIRST_THREE, [
        [(f) => `The NIS estimated last year that ${f}.`, person('NIS')],
        [(f) => `An estimate by KIDA puts it this way: ${f}.`, person('KIDA')],
        [(f) => `KIDA's estimate is that ${f}.`, person('KIDA')],
        [(f) => `Ukraine's GUR reported on Friday that ${f}.`, person('GUR')],
        [(f) => `${capitalized(f)}, as reported by Yonhap.`, person('Yonhap')],
        [(f) => `Kyiv says ${f}.`, person('Kyiv')],
        [(f) => `Moscow denies it, but Kyiv claims that ${f}.`, person('Kyiv')],
        [(f) => `Ukraine claimed that ${f}.`, person('Ukraine')],
        [(f) => `The ministry claims ${f}.`, body('ministry')],
      ]),
    ]);
  });
});

describe('reports, studies and data', () => {
  it('credits the maker of a report, a study or data that shows the figure', () => {
    expectCredits([
      ...over(FIGURES, [
        [(f) => `The MSMT's latest report shows ${f}.`, person('MSMT')],
        [
          (f) => `A report by the Multilateral Sanctions Monitoring Team found ${f}.`,
          body('Multilateral Sanctions Monitoring Team'),
        ],
        [(f) => `Figures from the Bank of Korea show ${f}.`, body('Bank of Korea')],
        [(f) => `Kpler data show ${f}.`, person('Kpler')],
        [(f) => `Per the NIS, ${f}.`, person('NIS')],
      ]),
      ...over(FIRST_THREE, [
        [(f) => `Chinese customs data show ${f}.`, body('Chinese customs')],
        [
          (f) => `Data from the Korea International Trade Association show ${f}.`,
          body('Korea International Trade Association'),
        ],
        [(f) => `The MSMT report shows ${f}.`, person('MSMT')],
        [(f) => `The NIS's report said ${f}.`, person('NIS')],
        [(f) => `Kpler's data shows ${f}.`, person('Kpler')],
        [(f) => `RUSI's analysis found ${f}.`, person('RUSI')],
        [(f) => `In a report released Monday, CSIS said ${f}.`, person('CSIS')],
        [(f) => `The report, published by RUSI, estimates that ${f}.`, person('RUSI')],
        [(f) => `A study by researchers at the Stimson Center found ${f}.`, body('Stimson Center')],
        [(f) => `Researchers at CSIS estimate ${f}.`, body('CSIS')],
        [(f) => `A UN panel of experts said ${f}.`, body('UN panel of experts')],
        [(f) => `According to Chinese customs data, ${f}.`, body('Chinese customs')],
        [
          (f) => `Data from China's General Administration of Customs showed ${f}.`,
          body('General Administration of Customs'),
        ],
      ]),
    ]);
  });
});

describe('relays and spokespeople', () => {
  it('credits the source an outlet cites or quotes, and the body a spokesperson speaks for', () => {
    expectCredits([
      ...over(FIGURES, [
        [(f) => `Yonhap, citing the NIS, said ${f}.`, person('NIS')],
        [(f) => `Kim was quoted as saying ${f}.`, person('Kim')],
        [
          (f) => `A spokesperson for the Ukrainian defence ministry said ${f}.`,
          body('Ukrainian defence ministry'),
        ],
        [(f) => `Pentagon spokesperson Sabrina Singh said ${f}.`, person('Sabrina Singh')],
        [(f) => `Ellen Kim, a researcher at CSIS, said ${f}.`, person('Ellen Kim', 'CSIS')],
        [
          (f) => `${capitalized(f)}, said Victor Cha, director of the Korea chair at CSIS.`,
          person('Victor Cha', 'CSIS'),
        ],
      ]),
      ...over(FIRST_THREE, [
        [(f) => `Lee was quoted by Yonhap as saying ${f}.`, person('Lee')],
        [(f) => `Park Sun-won, a lawmaker, quoted the NIS as saying ${f}.`, person('NIS')],
        [(f) => `A spokesman for the Kremlin said ${f}.`, body('Kremlin')],
        [(f) => `Defence ministry spokesman Jeon Ha-kyu said ${f}.`, person('Jeon Ha-kyu')],
        [
          (f) => `"${capitalized(f)}," said Andrei Lankov, a professor at Kookmin University.`,
          person('Andrei Lankov', 'Kookmin University'),
        ],
        [(f) => `"${capitalized(f)}," Lankov said.`, person('Lankov')],
      ]),
    ]);
  });
});

describe('unnamed groups', () => {
  it('credits officials, analysts, experts and sources named only by what they are', () => {
    expectCredits(
      over(FIGURES, [
        [(f) => `Officials say ${f}.`, body('officials')],
        [(f) => `${capitalized(f)}, analysts say.`, body('analysts')],
        [(f) => `Experts believe ${f}.`, body('experts')],
        [(f) => `Diplomats said ${f}.`, body('diplomats')],
        [(f) => `${capitalized(f)}, sources say.`, body('sources')],
        [(f) => `A senior US official said ${f}.`, body('US official')],
        [
          (f) => `${capitalized(f)}, people familiar with the matter said.`,
          body('people familiar with the matter'),
        ],
        [(f) => `Intelligence estimates suggest ${f}.`, body('intelligence')],
      ]),
    );
  });
});

describe('hedges and passives', () => {
  it('credits a believer or a passive agent, and no one for "it is estimated"', () => {
    expectCredits([
      ...over(FIGURES, [[(f) => `It was estimated by the NIS that ${f}.`, person('NIS')]]),
      ...over(FIRST_THREE, [
        [(f) => `Officials believe ${f}, though the figure cannot be verified.`, body('officials')],
        [(f) => `Seoul suspects ${f}.`, person('Seoul')],
        [(f) => `The NIS said it believed ${f}.`, person('NIS')],
        [(f) => `The NIS said it was likely that ${f}.`, person('NIS')],
        [(f) => `It is estimated that ${f}.`, null],
        [(f) => `Analysts widely estimate that ${f}.`, body('analysts')],
        [(f) => `Some analysts say ${f}.`, body('analysts')],
      ]),
    ]);
  });
});

describe("the text's own voice", () => {
  it('credits no one for a bare statement, our own count, imagery or a question', () => {
    expectCredits([
      ...over(FIGURES, [
        [(f) => `${capitalized(f)}.`, null],
        [(f) => `${capitalized(f)} last year.`, null],
        [(f) => `Our analysis shows ${f}.`, null],
        [(f) => `Satellite imagery shows ${f}.`, null],
        [(f) => `By our count, ${f}.`, null],
      ]),
      ...over(FIRST_THREE, [
        [(f) => `${capitalized(f)}, a sharp rise from last year.`, null],
        [(f) => `We estimate that ${f}.`, null],
        [(f) => `Photos reviewed by this newspaper suggest ${f}.`, null],
        [(f) => `${capitalized(f)}, up from 3,000 last year.`, null],
        [(f) => `Since then, ${f}.`, null],
        [(f) => `The question is why ${f}.`, null],
        [(f) => `Images posted online suggest ${f}.`, null],
        [(f) => `Kim Jong Un said in March that the alliance was strong. ${capitalized(f)}.`, null],
        [(f) => `Tally's analysis of customs records shows ${f}.`, null],
        [(f) => `${capitalized(f)}, this newspaper has learned.`, null],
        [(f) => `In all, ${f}.`, null],
      ]),
    ]);
  });
});

describe('a credit carried from the sentence before', () => {
  it('credits "he said", "the agency said" and "the report found" to the source named before', () => {
    expectCredits([
      ...over(FIGURES, [
        [
          (f) => `Kim Byung-kee spoke to reporters after a closed-door briefing. He said ${f}.`,
          person('Kim Byung-kee'),
        ],
        [
          (f) =>
            `Lee Seong-kweun, a lawmaker, briefed the press on Thursday. ${capitalized(f)}, he added.`,
          person('Lee Seong-kweun'),
        ],
        [
          (f) => `The NIS briefed lawmakers on Tuesday. ${capitalized(f)}, the agency said.`,
          person('NIS'),
        ],
        [
          (f) =>
            `The Royal United Services Institute published its study this week. The report found ${f}.`,
          body('Royal United Services Institute'),
        ],
        [
          (f) =>
            `Rachel Minyoung Lee, a researcher at the Stimson Center, spoke at a seminar. She added that ${f}.`,
          person('Rachel Minyoung Lee'),
        ],
        [
          (f) =>
            `Ukraine's defence ministry gave new details on Friday. The ministry added that ${f}.`,
          body('defence ministry'),
        ],
        [(f) => `Budanov gave an interview last week. According to him, ${f}.`, person('Budanov')],
      ]),
      ...over(FIRST_THREE, [
        [
          (f) =>
            `Andrei Lankov, a professor at Kookmin University, has studied the trade for years. "${capitalized(f)}," he said.`,
          person('Andrei Lankov'),
        ],
        [(f) => `The NIS gave the briefing on Tuesday. It said ${f}.`, person('NIS')],
        [(f) => `Kpler tracks tankers by satellite. Its data show ${f}.`, person('Kpler')],
        [
          (f) => `The Stimson Center released a study on Monday. The study estimated ${f}.`,
          body('Stimson Center'),
        ],
        [
          (f) =>
            `The Bank of Korea published its estimate on Friday. According to the same data, ${f}.`,
          body('Bank of Korea'),
        ],
        [
          (f) => `Ellen Kim, a researcher at CSIS, spoke on Monday. She estimated ${f}.`,
          person('Ellen Kim'),
        ],
        [(f) => `Zelensky said the war was far from over. He also said ${f}.`, person('Zelensky')],
        [
          (f) => `Budanov was asked about the front on Monday. "${capitalized(f)}," he said.`,
          person('Budanov'),
        ],
        [
          (f) =>
            `Budanov was asked about the front on Monday. ${capitalized(f)}, according to him.`,
          person('Budanov'),
        ],
      ]),
    ]);
  });

  it('credits "the agency", "the institute", "the figures" and a surname to the full name before', () => {
    expectCredits(
      over(FIRST_THREE, [
        [
          (f) =>
            `The Korea Institute for Defense Analyses published the study in May. ${capitalized(f)}, it said.`,
          body('Korea Institute for Defense Analyses'),
        ],
        [
          (f) => `The Bank of Korea released its estimate on Friday. The figures show ${f}.`,
          body('Bank of Korea'),
        ],
        [
          (f) =>
            `South Korea's National Intelligence Service briefed lawmakers on Monday. The agency estimated ${f}.`,
          body('National Intelligence Service'),
        ],
        [
          (f) =>
            `The Royal United Services Institute released the study on Monday. ${capitalized(f)}, the institute said.`,
          body('Royal United Services Institute'),
        ],
        [
          (f) => `Park Min-jun, a researcher at KIDA, spoke to reporters. Park said ${f}.`,
          person('Park Min-jun'),
        ],
        [
          (f) => `Park Min-jun, a researcher at KIDA, spoke to reporters. Mr. Park said ${f}.`,
          person('Park Min-jun'),
        ],
      ]),
    );
  });

  it('credits a report, a spokesman or "lawmakers were told" to the source named before', () => {
    expectCredits(
      over(FIRST_THREE, [
        [
          (f) =>
            `A report by the Royal United Services Institute was released on Monday. The report said ${f}.`,
          body('Royal United Services Institute'),
        ],
        [
          (f) => `A report by RUSI came out on Monday. According to the report, ${f}.`,
          person('RUSI'),
        ],
        [
          (f) =>
            `Victor Cha, a Korea expert at CSIS, said the trade was growing. Cha added that ${f}.`,
          person('Victor Cha'),
        ],
        [(f) => `In its assessment, the NIS said ${f}.`, person('NIS')],
        [(f) => `CSIS's Victor Cha said ${f}.`, person('Victor Cha')],
        [(f) => `Andriy Yusov, a spokesman for HUR, said ${f}.`, person('Andriy Yusov')],
        [
          (f) =>
            `HUR spokesman Andriy Yusov said the war was far from over. He told the BBC that ${f}.`,
          person('Andriy Yusov'),
        ],
        [
          (f) => `The NIS said the North was preparing more troops. The agency also said ${f}.`,
          person('NIS'),
        ],
        [
          (f) =>
            `Kim Byung-kee, a member of the intelligence committee, said the briefing was long. ${capitalized(f)}, he added.`,
          person('Kim Byung-kee'),
        ],
        [
          (f) => `The NIS said the North was preparing more troops. Lawmakers were also told ${f}.`,
          person('NIS'),
        ],
        [
          (f) => `Kpler, a data firm, tracked the ships. Its analysts estimated ${f}.`,
          person('Kpler'),
        ],
      ]),
    );
  });
});

describe('headlines', () => {
  it('credits the source a headline names after a dash or a comma, or before a colon', () => {
    expectCredits([
      ...over(FIGURES, [
        [(f) => `${capitalized(f)} – NIS\n\nSeoul, May 2 (Yonhap)`, person('NIS')],
        [(f) => `${capitalized(f)}, says Kyiv\n\nThe figure came on Monday.`, person('Kyiv')],
        [(f) => `Zelensky: ${f}\n\nThe president spoke on Monday.`, person('Zelensky')],
      ]),
      ...over(FIRST_THREE, [
        [(f) => `NIS: ${f}\n\nSeoul, May 2 (Yonhap)`, person('NIS')],
        [(f) => `${capitalized(f)}, Ukraine says\n\nKyiv, May 2`, person('Ukraine')],
        [(f) => `${capitalized(f)}: report\n\nKyiv, May 2`, null],
        [(f) => `${capitalized(f)}, NIS says\n\nSeoul, May 2`, person('NIS')],
        [(f) => `${capitalized(f)}: NIS\n\nSeoul, May 2`, person('NIS')],
        [(f) => `NIS says ${f}\n\nSeoul, May 2`, person('NIS')],
        [(f) => `Ukraine's HUR: ${f}\n\nKyiv, May 2`, person('HUR')],
        [(f) => `${capitalized(f)} — Budanov\n\nKyiv, May 2`, person('Budanov')],
      ]),
    ]);
  });
});

/** A clause's subject and the rest, so a credit can stand between them. */
function splitSubject(figure: string): readonly [subject: string, rest: string] {
  const subject = ['North Korea', 'Pyongyang', 'Russia'].find((s) => figure.startsWith(`${s} `));
  if (subject === undefined) throw new Error(`no known subject opens "${figure}"`);
  return [subject, figure.slice(subject.length + 1)];
}

describe('a credit within the sentence', () => {
  it('credits a source set between the subject and its verb, or added after the figure', () => {
    expectCredits(
      over(FIRST_THREE, [
        [(f) => `${splitSubject(f)[0]}, the NIS said, ${splitSubject(f)[1]}.`, person('NIS')],
        [
          (f) => `${splitSubject(f)[0]}, according to the NIS, ${splitSubject(f)[1]}.`,
          person('NIS'),
        ],
        [(f) => `The NIS said Monday, adding that ${f}.`, person('NIS')],
      ]),
    );
  });
});

describe('titles before a name', () => {
  it('credits the person past a title, a rank or an office, and an office by its holder', () => {
    expectCredits(
      over(FIRST_THREE, [
        [(f) => `South Korea's military said ${f}.`, body("South Korea's military")],
        [(f) => `South Korean lawmaker Yu Yong-weon said ${f}.`, person('Yu Yong-weon')],
        [(f) => `Rep. Yu Yong-weon said ${f}.`, person('Yu Yong-weon')],
        [(f) => `Gen. Kyrylo Budanov said ${f}.`, person('Kyrylo Budanov')],
        [(f) => `Lt. Gen. Vadym Skibitskyi told a briefing that ${f}.`, person('Vadym Skibitskyi')],
        [
          (f) => `Ukrainian President Volodymyr Zelensky said in his nightly address that ${f}.`,
          person('Volodymyr Zelensky'),
        ],
        [(f) => `Zelensky's office said ${f}.`, person('Zelensky')],
        [(f) => `U.S. Secretary of State Antony Blinken said ${f}.`, person('Antony Blinken')],
        [(f) => `NATO Secretary General Mark Rutte told reporters ${f}.`, person('Mark Rutte')],
        [
          (f) => `The head of Ukraine's military intelligence, Kyrylo Budanov, said ${f}.`,
          person('Kyrylo Budanov'),
        ],
        [
          (f) => `${capitalized(f)}, South Korea's defence minister told parliament.`,
          body('defence minister'),
        ],
      ]),
    );
  });
});

describe('quotation marks and punctuation', () => {
  it('credits the speaker of a quotation, a dash, a bracket or a colon', () => {
    expectCredits(
      over(FIRST_THREE, [
        [(f) => `"${capitalized(f)}," the NIS said.`, person('NIS')],
        [(f) => `"${capitalized(f)}," said Budanov.`, person('Budanov')],
        [(f) => `${capitalized(f)} — the NIS said on Tuesday.`, person('NIS')],
        [(f) => `${capitalized(f)} (according to the NIS).`, person('NIS')],
        [(f) => `The NIS said: "${capitalized(f)}."`, person('NIS')],
      ]),
    );
  });
});
