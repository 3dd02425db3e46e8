// The page battery: page-shaped texts of our own (lines of headline, byline, dateline, captions,
// share buttons, credits and newsletter prompts around the reporting), each with the claims it
// should give and the furniture lines that must give no claim and no event. Probes the engine
// misreads today are left out:
//   - The captions "Kim Jong Un and Vladimir Putin at a meeting in Vladivostok in September 2023.
//     (Photo by ...)" and "Soldiers at a training ground ..., in an image released on Oct. 18."
//     alone: each gives an event (a meeting, a publication) inside the caption.
//   - "‘Some 3,000 more’: North Korea sends troops to Russia" (two layouts): no claim is read.
//   - "By the numbers:" then "11,000: North Korean troops sent to Russia": no claim is read
//     from a line that opens with its figure and a colon.
//   - "Ukraine’s military intelligence says:" then a bulleted list, and "Seoul says:" then a
//     line: the figures are read, but the credit before the colon does not reach the lines after.
import { describe, it } from 'vitest';
import type { ExtractedClaim } from '../src/domain/index.ts';
import { extract } from '../src/extract/index.ts';
import {
  expectNoMisses,
  noCredit,
  person,
  probeTable,
  sameCredit,
} from './extract-probe-support.ts';

/** The pages are dated as if published on this day. */
const PUBLISHED = '2024-12-03';

/**
 * A page: its lines, the claims it should give in order, each written "value category from to
 * credit", and its furniture lines. A credit "-" is the text's own voice, "*" takes anything,
 * any other word is the last word of the source's name. "none" means no claim; "*" alone takes
 * any reading.
 */
interface Probe {
  readonly lines: readonly string[];
  readonly want: string;
  readonly furniture: readonly string[];
}

const table = probeTable<Probe>();
const add = (fam: string, page: Omit<Probe, 'furniture'> & Partial<Probe>): void => {
  table.add(fam, [{ furniture: [], ...page }]);
};

// Furniture lines seen on web pages of this beat (our own names and numbers).
const FURN = [
  'Updated Dec. 3, 2024, 5:02 a.m. ET',
  'Published 12:04 PM EST, Tue December 3, 2024',
  'December 3, 2024 10:42 AM GMT Updated 2 hours ago',
  '5 min read',
  'Listen to this article · 6:12 min',
  'Share full article',
  '1.2K comments',
  '324 Comments',
  'Advertisement',
  'Photo: AP',
  '(Photo by Jung Yeon-je/AFP via Getty Images)',
  'Photograph: Ahn Young-joon/AP',
  'Reporting by Joyce Lee; Editing by Mark Hill',
  '(Reporting by Hyonhee Shin; Writing by Ed Davies; Editing by Lincoln Feast)',
  'Our Standards: The Thomson Reuters Trust Principles.',
  'Sign up for our newsletter',
  '© 2024 Example Media Group. All rights reserved.',
  'Follow us on Telegram',
  'Read more: North Korea opens a new rail link with Russia',
  'Related: Kim visits a tank factory',
  '10:42 GMT',
  'By Anna Petrova and Kim Min-ji',
  'By Anna Petrova, Reuters',
  'Anna Petrova is a correspondent based in Seoul.',
  'Supported by',
  'Reporting from Seoul',
  'Get the latest news in your inbox',
  'Image: Reuters',
  'Source: Yonhap',
  'Loading...',
  'Skip to content',
  'Most read',
  'Editor’s note: This story has been updated.',
  'Copyright 2025 The Associated Press. All rights reserved.',
  'This article was originally published in Korean.',
  'Click here to subscribe',
  '2 min read · Dec 3, 2024',
  'Last updated: 3 December 2024 09:15',
];
const CAPTIONS = [
  'North Korean soldiers march in Pyongyang in 2023.',
  'A train carrying freight crosses the Tumen River bridge in 2024. Photo: Reuters',
];

// 1. furniture alone: no claim, no event
for (const f of [...FURN, ...CAPTIONS])
  add('furniture-alone', { lines: [f], want: 'none', furniture: [f] });

// 2. furniture around a body figure: the figure keeps its reading, furniture gives nothing
const bodies: [string, string][] = [
  [
    'North Korea has sent about 11,000 troops to Russia, South Korean officials said.',
    '11000 personnel PRK RUS officials',
  ],
  [
    'Pyongyang has shipped more than 6 million artillery shells to Moscow.',
    '6000000 munitions PRK RUS -',
  ],
  [
    'Russia delivered some 1 million barrels of oil to North Korea last year, according to the think tank.',
    '1000000 oil RUS PRK think',
  ],
  [
    'About 4,700 North Korean soldiers have been killed or wounded, Seoul says.',
    '4700 casualties PRK - Seoul',
  ],
];
const furnPick = [
  'Updated Dec. 3, 2024, 5:02 a.m. ET',
  '5 min read',
  'Listen to this article · 6:12 min',
  'Share full article',
  'Advertisement',
  'Photo: AP',
  '(Photo by Jung Yeon-je/AFP via Getty Images)',
  'Sign up for our newsletter',
  '1.2K comments',
  'Follow us on Telegram',
  '10:42 GMT',
  'Reporting by Joyce Lee; Editing by Mark Hill',
];
for (const [b, w] of bodies)
  for (const f of furnPick) {
    add('furniture-before', { lines: [f, b], want: w, furniture: [f] });
    add('furniture-after', { lines: [b, f], want: w, furniture: [f] });
  }

// 3. a byline or photo credit is no source for a later figure
const credits = [
  'Reporting by Joyce Lee',
  'By Joyce Lee',
  'Photo: Joyce Lee/Reuters',
  '(Photo by Joyce Lee/AFP via Getty Images)',
  'Reporting by Joyce Lee; Editing by Mark Hill',
  'Joyce Lee, Reuters',
  'By Joyce Lee and Mark Hill, Reuters',
];
for (const c of credits) {
  add('credit-not-source', {
    lines: [c, 'North Korea has sent 11,000 troops to Russia, officials said.'],
    want: '11000 personnel PRK RUS officials',
    furniture: [c],
  });
  add('credit-not-source', {
    lines: [c, 'North Korea has sent 11,000 troops to Russia.'],
    want: '11000 personnel PRK RUS -',
    furniture: [c],
  });
  add('credit-not-source', {
    lines: [c, 'Pyongyang has shipped 6 million shells to Moscow, she said.'],
    want: '6000000 munitions PRK RUS *',
    furniture: [c],
  });
}

// 4. headlines and decks: read, with the headline's credit
const heads: [string, string][] = [
  ['North Korea sent 11,000 troops to Russia, South Korea says', '11000 personnel PRK RUS Korea'],
  ['North Korea has sent 11,000 troops to Russia, says Seoul', '11000 personnel PRK RUS Seoul'],
  ['North Korea sends 3,000 more troops to Russia – NIS', '3000 personnel PRK RUS NIS'],
  ['North Korea sends 3,000 more troops to Russia - NIS', '3000 personnel PRK RUS NIS'],
  ['NIS: North Korea sent 3,000 more troops to Russia', '3000 personnel PRK RUS NIS'],
  [
    'Zelensky: 4,000 North Korean soldiers killed or wounded in Kursk',
    '4000 casualties PRK - Zelensky',
  ],
  [
    'Pyongyang shipped 12 million shells to Moscow, Ukraine’s intelligence says',
    '12000000 munitions PRK RUS intelligence',
  ],
  [
    'Russia gave North Korea 1 million barrels of oil, satellite images show',
    '1000000 oil RUS PRK *',
  ],
  ['North Korea Sends 11,000 Troops to Russia', '11000 personnel PRK RUS -'],
  ['North Korea has shipped 6 million shells to Russia', '6000000 munitions PRK RUS -'],
  [
    'About 300 North Korean soldiers killed in Kursk, lawmaker says',
    '300 casualties PRK - lawmaker',
  ],
  ['Report: Russia sent North Korea over 1 million barrels of oil', '1000000 oil RUS PRK Report'],
];
for (const [h, w] of heads) {
  add('headline', { lines: [h, 'The figure was not confirmed by Moscow.'], want: w });
  add('headline', {
    lines: ['Supported by', h, 'Reporting from Seoul', 'The figure was not confirmed by Moscow.'],
    want: w,
    furniture: ['Supported by', 'Reporting from Seoul'],
  });
  add('headline', {
    lines: [
      h,
      'By Joyce Lee',
      'Updated Dec. 3, 2024, 5:02 a.m. ET',
      'Moscow has not confirmed the figure.',
    ],
    want: w,
    furniture: ['By Joyce Lee', 'Updated Dec. 3, 2024, 5:02 a.m. ET'],
  });
}
// deck figures
add('deck', {
  lines: [
    'What the war has brought North Korea',
    'Pyongyang has earned as much as $20 billion from its arms trade with Moscow, analysts estimate.',
    'Reporting from Seoul',
  ],
  want: '20000000000 money RUS PRK analysts',
  furniture: ['Reporting from Seoul'],
});
add('deck', {
  lines: [
    'Kim’s soldiers in Kursk',
    'Some 11,000 North Korean troops have been sent to Russia. Their losses are rising.',
    'By Joyce Lee',
  ],
  want: '11000 personnel PRK RUS -',
  furniture: ['By Joyce Lee'],
});

// 5. datelines: date nothing, name no party, credit nobody
const datelines = [
  'SEOUL, Dec 3 (Reuters) -',
  'KYIV (AP) —',
  'SEOUL, South Korea (AP) —',
  'Seoul, December 3 (Yonhap) --',
  'MOSCOW, Dec. 3 (Reuters) —',
  'KYIV, Ukraine —',
  'WASHINGTON, Dec 3 (Reuters) -',
];
for (const d of datelines) {
  add('dateline', {
    lines: [
      `${d} North Korea has sent 11,000 troops to Russia, South Korean officials said on Tuesday.`,
    ],
    want: '11000 personnel PRK RUS officials',
  });
  add('dateline', {
    lines: [`${d} North Korea has sent 11,000 troops to Russia.`],
    want: '11000 personnel PRK RUS -',
  });
  add('dateline', {
    lines: [`${d} Pyongyang has supplied Moscow with 6 million shells, a lawmaker said.`],
    want: '6000000 munitions PRK RUS lawmaker',
  });
}

// 6. a caption, credit or ad between sentences does not break the carry of the body
const mids = [
  'Advertisement',
  'Photo: AP',
  'North Korean soldiers march in Pyongyang in 2023.',
  '(Photo by Jung Yeon-je/AFP via Getty Images)',
  'Read more: Kim visits a tank factory',
  'Sign up for our newsletter',
  'Share full article',
  'Listen to this article · 6:12 min',
];
for (const m of mids) {
  add('carry', {
    lines: [
      'Ukraine’s military intelligence said North Korea has sent 11,000 troops to Russia.',
      m,
      'It added that about 4,000 of them had been killed or wounded.',
    ],
    want: '11000 personnel PRK RUS intelligence | 4000 casualties PRK - intelligence',
    furniture: [m],
  });
  add('carry', {
    lines: [
      '“North Korea has sent 11,000 troops,” said Kim Min-ji, a lawmaker.',
      m,
      '“About 4,000 have been killed or wounded,” she added.',
    ],
    want: '11000 personnel PRK RUS Kim | 4000 casualties PRK - Kim',
    furniture: [m],
  });
}

// 7. a headline line then a body line split into two sentences
const splitHeads = [
  'North Korea deepens its ties with Russia',
  'Kim’s gamble in Kursk',
  'WHAT WE KNOW',
  'Key facts',
  'Analysis',
];
for (const h of splitHeads) {
  add('split', {
    lines: [h, 'Russia paid North Korea $500 million last year, officials said.'],
    want: '500000000 money RUS PRK officials',
  });
  add('split', {
    lines: [h, 'North Korea has sent about 11,000 troops to Russia.'],
    want: '11000 personnel PRK RUS -',
  });
}
// a credited headline does not lend its credit across an uncredited body figure in another voice? (the body is its own voice)
// fact boxes
add('factbox', {
  lines: [
    'Key facts',
    '• North Korea has sent about 11,000 troops to Russia',
    '• Some 4,000 of them have been killed or wounded',
    '• Pyongyang has shipped 6 million shells',
  ],
  want: '11000 personnel PRK RUS - | 4000 casualties PRK - - | 6000000 munitions PRK * -',
});
add('factbox', {
  lines: [
    'What we know',
    '- About 11,000 North Korean troops are in Russia',
    '- Russia has sent 1 million barrels of oil to North Korea',
  ],
  want: '11000 personnel PRK RUS - | 1000000 oil RUS PRK -',
});
// translated-outlet leads
add('outlet-lead', {
  lines: [
    'North Korea has sent 3,000 more troops to Russia.',
    'This was reported by RBC-Ukraine with reference to the South Korean spy agency.',
  ],
  want: '3000 personnel PRK RUS spy',
});
add('outlet-lead', {
  lines: [
    'North Korea has sent 3,000 more troops to Russia.',
    'This was reported by Yonhap, citing the Joint Chiefs of Staff.',
  ],
  want: '3000 personnel PRK RUS Chiefs',
});
// live blog timestamps
for (const t of ['10:42 GMT', '10:42', '14:05 CET', '2h ago', '09:30 Kyiv time']) {
  add('live', {
    lines: [t, 'North Korea has sent 3,000 more troops to Russia, the NIS said.'],
    want: '3000 personnel PRK RUS NIS',
    furniture: [t],
  });
  add('live', {
    lines: [
      'The NIS said North Korea has sent 3,000 more troops to Russia.',
      t,
      'Russia has paid Pyongyang $500 million, according to analysts.',
    ],
    want: '3000 personnel PRK RUS NIS | 500000000 money RUS PRK analysts',
    furniture: [t],
  });
}
// figures in parentheses
add('parens', {
  lines: ['North Korea has sent 11,000 troops (about two divisions) to Russia, officials said.'],
  want: '11000 personnel PRK RUS officials',
});
add('parens', {
  lines: ['Russia paid North Korea 1.5 trillion won ($1.1 billion), analysts said.'],
  want: '*',
});

// 8. second round: more furniture, headline credits and layouts
const FURN2 = [
  'Share on Facebook Share on X Copy link',
  'AP Photo/Ahn Young-joon',
  'Listen · 4:32',
  'Translated by Olena Koval',
  'Edited by Mark Hill',
  'Reuters',
  'Updated at 10:42',
  'Updated: 3 Dec 2024 14:05',
  'Posted Tue 3 Dec 2024 at 5:02am',
  'Getty Images',
  'Save',
  'Gift this article',
  'Print',
  'Comments',
  'Top stories',
  'More on this story',
  'Watch: Kim inspects a missile plant',
  'File photo',
  'By Joyce Lee, Senior Correspondent',
  'Joyce Lee Seoul correspondent',
  'Story continues below advertisement',
  'This article is more than 1 year old',
  'Reuters Graphics',
  'Sources: NIS, Yonhap',
  'Additional reporting by Mark Hill in Kyiv',
];
for (const f of FURN2) {
  add('furniture2', { lines: [f], want: 'none', furniture: [f] });
  add('furniture2', {
    lines: [f, 'North Korea has sent about 11,000 troops to Russia, South Korean officials said.'],
    want: '11000 personnel PRK RUS officials',
    furniture: [f],
  });
  add('furniture2', {
    lines: [
      'North Korea has sent about 11,000 troops to Russia, South Korean officials said.',
      f,
      'Pyongyang has also shipped 6 million shells to Moscow.',
    ],
    want: '11000 personnel PRK RUS officials | 6000000 munitions PRK RUS *',
    furniture: [f],
  });
}
const heads2: [string, string][] = [
  ['North Korea has lost 4,000 troops in Kursk, Zelensky says', '4000 casualties PRK - Zelensky'],
  ['North Korea sent 6 million shells to Russia, report says', '6000000 munitions PRK RUS report'],
  ['Russia paid North Korea $1 billion for arms — report', '1000000000 money RUS PRK -'],
  ['Seoul: North Korea sent 3,000 more troops to Russia', '3000 personnel PRK RUS Seoul'],
  ['HUR: North Korea supplied 148 ballistic missiles to Russia', '148 missiles PRK RUS HUR'],
  ['North Korea supplied 148 ballistic missiles to Russia – HUR', '148 missiles PRK RUS HUR'],
  [
    'North Korea supplied 148 ballistic missiles to Russia - Ukrainian intelligence',
    '148 missiles PRK RUS intelligence',
  ],
  [
    'North Korea supplied 148 ballistic missiles to Russia – Ukrainian intelligence',
    '148 missiles PRK RUS intelligence',
  ],
  ['North Korea Has Sent 11,000 Troops to Russia, U.S. Says', '11000 personnel PRK RUS U.S.'],
  [
    'Exclusive: Russia shipped 1 million barrels of oil to North Korea, images show',
    '1000000 oil RUS PRK *',
  ],
  ['Analysis: North Korea earns $20 billion from the war', '20000000000 money RUS PRK -'],
  ['Some 11,000 North Korean troops now in Russia', '11000 personnel PRK RUS -'],
  ['North Korean troops in Kursk suffer 3,000 casualties', '3000 casualties PRK - -'],
  ['Kim sends 3,000 more troops to Russia after heavy losses', '3000 personnel PRK RUS -'],
];
for (const [h, w] of heads2) {
  add('headline2', { lines: [h, 'Moscow has not confirmed the figure.'], want: w });
  add('headline2', {
    lines: [
      h,
      'Reporting from Seoul',
      'By Joyce Lee',
      'Dec. 3, 2024',
      'Moscow has not confirmed the figure.',
    ],
    want: w,
    furniture: ['Reporting from Seoul', 'By Joyce Lee'],
  });
  add('headline2', {
    lines: [
      'Advertisement',
      h,
      'Listen to this article · 6:12 min',
      'Moscow has not confirmed the figure.',
    ],
    want: w,
    furniture: ['Advertisement', 'Listen to this article · 6:12 min'],
  });
}
// a headline's credit is not the body's: an uncredited body figure stays in the text's voice
add('headline-body', {
  lines: [
    'North Korea sent 11,000 troops to Russia, South Korea says',
    'By Joyce Lee',
    'Pyongyang has also shipped 6 million shells to Moscow since 2023.',
  ],
  want: '11000 personnel PRK RUS Korea | 6000000 munitions PRK RUS *',
});
// bylines with a role, then a credited body
for (const b of [
  'By Joyce Lee, Senior Correspondent',
  'By JOYCE LEE',
  'Joyce Lee | Reuters',
  'By Joyce Lee and Kim Min-ji, The Korea Times',
]) {
  add('byline2', {
    lines: [b, 'About 4,700 North Korean soldiers have been killed or wounded, Seoul says.'],
    want: '4700 casualties PRK - Seoul',
    furniture: [b],
  });
  add('byline2', {
    lines: [b, 'About 4,700 North Korean soldiers have been killed or wounded.'],
    want: '4700 casualties PRK - -',
    furniture: [b],
  });
}
// a dateline with a quotation and a later "he said"
for (const d of datelines.slice(0, 4))
  add('dateline2', {
    lines: [
      `${d} North Korea has lost about 4,000 soldiers in Kursk, a senior Ukrainian official said.`,
      '“About 1,000 of them were killed,” he said.',
    ],
    want: '4000 casualties PRK - official | 1000 casualties PRK - official',
  });

// 9. third round: headline credit forms, lists, lines that end without a stop
const heads3: [string, string][] = [
  ['North Korea sent 3,000 more troops to Russia, per NIS', '3000 personnel PRK RUS NIS'],
  [
    'North Korea sent 3,000 more troops to Russia, according to Seoul',
    '3000 personnel PRK RUS Seoul',
  ],
  ['North Korea sent 3,000 more troops to Russia: report', '3000 personnel PRK RUS -'],
  ['North Korea sent 3,000 more troops to Russia, Yonhap reports', '3000 personnel PRK RUS Yonhap'],
  [
    'North Korea sent 3,000 more troops to Russia, lawmakers told',
    '3000 personnel PRK RUS lawmakers',
  ],
  ['North Korea Reportedly Sends 3,000 More Troops to Russia', '3000 personnel PRK RUS -'],
  ['Did North Korea send 3,000 more troops to Russia?', '3000 personnel PRK RUS -'],
  [
    'North Korea to send 3,000 more troops to Russia, says spy agency',
    '3000 personnel PRK RUS agency',
  ],
  [
    'Russia sends North Korea 1 million barrels of oil in breach of UN cap – think tank',
    '1000000 oil RUS PRK think',
  ],
];
for (const [h, w] of heads3) {
  add('headline3', { lines: [h, 'Moscow has not confirmed the figure.'], want: w });
  add('headline3', {
    lines: [h, 'By Joyce Lee', 'Moscow has not confirmed the figure.'],
    want: w,
    furniture: ['By Joyce Lee'],
  });
}
add('list', {
  lines: [
    'Key events',
    '* North Korea has sent 11,000 troops to Russia',
    '* Russia has paid $500 million to Pyongyang',
  ],
  want: '11000 personnel PRK RUS - | 500000000 money RUS PRK -',
});
add('list', {
  lines: [
    'Key events',
    '1. North Korea has sent 11,000 troops to Russia',
    '2. Russia has paid $500 million to Pyongyang',
  ],
  want: '11000 personnel PRK RUS - | 500000000 money RUS PRK -',
});
add('lineend', {
  lines: [
    'North Korea has sent 11,000 troops to Russia',
    '“They are fighting in Kursk,” an official said.',
  ],
  want: '11000 personnel PRK RUS -',
});
add('lineend', {
  lines: [
    'North Korea has sent 11,000 troops to Russia',
    'Russia has paid $500 million to Pyongyang, officials said.',
  ],
  want: '11000 personnel PRK RUS - | 500000000 money RUS PRK officials',
});
add('lineend', {
  lines: [
    'North Korea has sent 11,000 troops to Russia, officials said',
    'Russia has paid $500 million to Pyongyang.',
  ],
  want: '11000 personnel PRK RUS officials | 500000000 money RUS PRK -',
});
add('dateline3', {
  lines: [
    'SEOUL, Dec 3 (Reuters) - North Korea has sent 11,000 troops to Russia, South Korea’s spy agency said on Tuesday, adding that about 3,000 more could follow.',
  ],
  want: '11000 personnel PRK RUS agency | 3000 personnel PRK RUS agency',
});
add('dateline3', {
  lines: [
    'KYIV, Dec 3 (Reuters) - Russia has fired about 60 North Korean ballistic missiles at Ukraine, Kyiv said.',
  ],
  want: '60 missiles RUS UKR Kyiv',
});
add('dateline3', {
  lines: [
    'MOSCOW, Dec. 3 (Reuters) - Russia shipped about 1 million barrels of oil to North Korea, a think tank said.',
  ],
  want: '1000000 oil RUS PRK think',
});
add('caption-figure', {
  lines: [
    'North Korea has sent 11,000 troops to Russia, officials said.',
    'Soldiers march in Pyongyang. (Photo by Ivan Orlov/AFP via Getty Images)',
    'Russia has paid $500 million to Pyongyang, the officials added.',
  ],
  want: '11000 personnel PRK RUS officials | 500000000 money RUS PRK officials',
  furniture: ['(Photo by Ivan Orlov/AFP via Getty Images)'],
});

function sameClaim(claim: ExtractedClaim, want: string): boolean {
  if (want === '*') return true;
  const [value = '', category, from, to, credit] = want.split(' ');
  const got = claim.value ?? claim.low ?? Number.NaN;
  if (!(Math.abs(Number(value) - got) <= Math.abs(Number(value)) * 0.005)) return false;
  if (category !== '*' && claim.category !== category) return false;
  if (from !== '*' && (claim.from ?? '-') !== from) return false;
  if (to !== '*' && (claim.to ?? '-') !== to) return false;
  if (credit === '*') return true;
  if (credit === '-') return noCredit(claim.attribution);
  return sameCredit(person(credit ?? ''), claim.attribution);
}

const show = (c: ExtractedClaim): string =>
  `${c.value ?? `~${c.low}`} ${c.category} ${c.from ?? '-'} ${c.to ?? '-'} ` +
  `[${c.attribution?.name ?? ''}|${c.attribution?.affiliation ?? ''}]`;

/** Runs every page of a family and fails listing each page misread, with what was read. */
function expectFamily(name: string): void {
  expectNoMisses(
    table.family(name),
    ({ lines, want, furniture }) => {
      const text = lines.join('\n');
      const { claims, events } = extract({ text, published: PUBLISHED, title: null });
      const wanted = want === 'none' ? [] : want === '*' ? null : want.split(' | ');
      const wrong: string[] = [];
      if (
        wanted !== null &&
        !(
          claims.length === wanted.length &&
          wanted.every((w, i) => claims[i] !== undefined && sameClaim(claims[i], w))
        )
      ) {
        wrong.push(`want ${want}\n  got  ${claims.map(show).join(' | ') || 'none'}`);
      }
      const spans = furniture.flatMap((f): Array<readonly [number, number]> => {
        const at = text.indexOf(f);
        return at < 0 ? [] : [[at, at + f.length]];
      });
      const inFurniture = ([a, b]: readonly [number, number]): boolean =>
        spans.some(([start, end]) => a < end && b > start);
      for (const e of events.filter((e) => inFurniture(e.span))) {
        wrong.push(`event in furniture: ${e.type} "${text.slice(e.span[0], e.span[1])}"`);
      }
      for (const c of claims.filter((c) => inFurniture(c.span))) {
        wrong.push(`claim in furniture: "${text.slice(c.span[0], c.span[1])}"`);
      }
      return wrong.length === 0 ? [] : [`${JSON.stringify(text)}\n  ${wrong.join('\n  ')}`];
    },
    { noun: 'pages' },
  );
}

describe('furniture', () => {
  it('reads no claim and no event from a line of page furniture or a caption alone', () => {
    expectFamily('furniture-alone');
  });
  it('reads a body figure as it is with furniture before it', () => {
    expectFamily('furniture-before');
  });
  it('reads a body figure as it is with furniture after it', () => {
    expectFamily('furniture-after');
  });
  it('reads nothing from share bars, photo agencies, timestamps and section labels', () => {
    expectFamily('furniture2');
  });
  it('credits no one from a byline or a photo credit before a figure', () => {
    expectFamily('credit-not-source');
  });
  it('credits no one from a byline with a role, an outlet or a second author', () => {
    expectFamily('byline2');
  });
});

describe('headlines', () => {
  it("reads a headline's figure with the headline's credit, above furniture or below it", () => {
    expectFamily('headline');
  });
  it('reads headlines credited after a comma, a dash or before a colon, in title case too', () => {
    expectFamily('headline2');
  });
  it('reads headlines credited with "per", "according to", "reports" or "says"', () => {
    expectFamily('headline3');
  });
  it("keeps a headline's credit from the body's uncredited figure", () => {
    expectFamily('headline-body');
  });
  it('reads a figure in a deck between a headline and a byline', () => {
    expectFamily('deck');
  });
  it('reads a body line after a headline with no figure as its own sentence', () => {
    expectFamily('split');
  });
});

describe('datelines', () => {
  it('reads no date, party or credit from a dateline', () => {
    expectFamily('dateline');
  });
  it('carries the official a dateline sentence credits to the quotation after it', () => {
    expectFamily('dateline2');
  });
  it('reads the figures of a dateline sentence with its credit, and one added by "adding that"', () => {
    expectFamily('dateline3');
  });
});

describe('the carry of a body', () => {
  it('carries a source past a caption, a credit or an advertisement between sentences', () => {
    expectFamily('carry');
  });
  it('carries the source past a caption with a photo credit', () => {
    expectFamily('caption-figure');
  });
  it('reads the figures and credits of live posts past their timestamp lines', () => {
    expectFamily('live');
  });
  it('credits a lead to the source an outlet cites in "this was reported by"', () => {
    expectFamily('outlet-lead');
  });
});

describe('lists and lines', () => {
  it('reads each bullet of a fact box as its own sentence', () => {
    expectFamily('factbox');
  });
  it('reads each item of a bulleted or numbered list as its own sentence', () => {
    expectFamily('list');
  });
  it('ends a sentence at the end of a line with no full stop', () => {
    expectFamily('lineend');
  });
  it('reads a figure past a bracket that glosses it', () => {
    expectFamily('parens');
  });
});
