// The discourse battery: short paragraphs of our own where a figure's source, period or countries
// come from an earlier sentence (or must not). Each probe finds its claim by value and checks only
// the fields it names. Probes the engine misreads today are left out:
//   - "Over the same stretch, North Korea sent ..." after a sentence dated "between March and
//     November 2024" or "in 2024" (two paragraphs): "the same stretch" is not read as a reference
//     back, so the figure takes no period.
import { describe, it } from 'vitest';
import type { ExtractedClaim, Period } from '../src/domain/index.ts';
import { extract } from '../src/extract/index.ts';
import {
  PUBLISHED,
  body,
  capitalized,
  expectNoMisses,
  noCredit,
  person,
  probeTable,
  sameCredit,
  samePeriod,
  showPeriod,
} from './extract-probe-support.ts';
import type { Credit } from './extract-probe-support.ts';

/** What a probe's claim should carry; a field left out is not checked. */
interface Want {
  readonly attr?: Credit;
  /** null: the figure must carry no period at all. */
  readonly period?: Period | null;
  readonly cat?: string;
  readonly from?: string | null;
  readonly to?: string | null;
}
interface Probe {
  readonly text: string;
  /** The value (or low bound) of the claim checked; the last such claim is taken. */
  readonly value: number;
  readonly want: Want;
}

const table = probeTable<Probe>();
const add = (fam: string, probe: Probe): void => {
  table.add(fam, [probe]);
};
const per = (start: string | null, end: string | null): Period => ({ start, end, per: null });

// ---------- 1. a source carried to a later sentence that refers back ----------
const sources: [string, string, Credit][] = [
  // [first sentence's credit clause, pronoun for the speaker, gold]
  ["South Korea's spy agency said", 'it', body('spy agency')],
  ['Kim Byung-kee, a lawmaker on the intelligence committee, said', 'he', person('Kim Byung-kee')],
  ['Ukrainian President Volodymyr Zelensky said', 'he', person('Volodymyr Zelensky')],
  ['The Pentagon spokeswoman, Sabrina Singh, said', 'she', person('Sabrina Singh')],
  ['Budanov, the head of Ukrainian military intelligence, said', 'he', person('Budanov')],
];
const refer = (pron: string) => [
  (f: string) => `${capitalized(pron)} added that ${f}.`,
  (f: string) => `${capitalized(pron)} also said ${f}.`,
  (f: string) => `${capitalized(f)}, ${pron} added.`,
  (f: string) => `${capitalized(f)}, ${pron} said.`,
  (f: string) =>
    `According to ${pron === 'it' ? 'the agency' : pron === 'he' ? 'him' : 'her'}, ${f}.`,
  (f: string) => `${capitalized(pron)} estimated that ${f}.`,
];
for (const [credit, pron, gold] of sources) {
  for (const r of refer(pron)) {
    add('attr-carry', {
      text: `${credit} North Korea had sent about 11,000 troops to Russia. ${r('some 1,200 of them had been killed or wounded')}`,
      value: 1200,
      want: { attr: gold, cat: 'casualties', from: 'PRK' },
    });
  }
  // a background sentence between, no figure
  add('attr-carry-gap', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. The deployment began in October. ${capitalized(pron)} added that about 1,200 had been killed or wounded.`,
    value: 1200,
    want: { attr: gold },
  });
}
// the report, the agency, the study by a noun
const reports: [string, string, Credit][] = [
  [
    'A report by the Royal United Services Institute found that',
    'the report',
    body('Royal United Services Institute'),
  ],
  [
    'The Institute for the Study of War said',
    'the institute',
    body('Institute for the Study of War'),
  ],
  [
    "South Korea's National Intelligence Service said",
    'the agency',
    body('National Intelligence Service'),
  ],
  ['A study by Open Source Centre estimated that', 'the study', body('Open Source Centre')],
];
for (const [credit, noun, gold] of reports) {
  add('attr-noun', {
    text: `${credit} North Korea shipped 6 million shells to Russia in 2024. ${capitalized(noun)} said Russia had sent 1 million barrels of oil in return.`,
    value: 1000000,
    want: { attr: gold, cat: 'oil', from: 'RUS', to: 'PRK' },
  });
  add('attr-noun', {
    text: `${credit} North Korea shipped 6 million shells to Russia in 2024. According to ${noun}, Russia sent 1 million barrels of oil in return.`,
    value: 1000000,
    want: { attr: gold, cat: 'oil' },
  });
  add('attr-noun', {
    text: `${credit} North Korea shipped 6 million shells to Russia in 2024. Russia sent 1 million barrels of oil in return, ${noun} said.`,
    value: 1000000,
    want: { attr: gold },
  });
  add('attr-noun', {
    text: `${credit} North Korea shipped 6 million shells to Russia in 2024. ${capitalized(noun)} estimates that Russia sent 1 million barrels of oil in return.`,
    value: 1000000,
    want: { attr: gold },
  });
}

// ---------- 2. the text's own voice: no source carried ----------
const voice = [
  'Russia has shipped more than 1 million barrels of oil to North Korea since March 2023.',
  'North Korea sent 11,000 troops to the Kursk region last autumn.',
  'Trade between the two countries reached $34 million in 2023.',
];
for (const [credit, ,] of sources.slice(0, 3)) {
  for (const v of voice) {
    const val = v.includes('1 million') ? 1000000 : v.includes('11,000') ? 11000 : 34000000;
    // a new paragraph speaks afresh
    add('own-voice-para', {
      text: `${credit} North Korea had supplied 250 ballistic missiles to Russia.\n\n${v}`,
      value: val,
      want: { attr: null },
    });
  }
}
// the same paragraph, with a heading word of background: stays ambiguous; only new-paragraph probes above.
// headline then body: a headline's credit does not reach the body's own statement
add('own-voice-para', {
  text: `Seoul says 4,700 North Korean troops killed or wounded\n\nNorth Korea sent 11,000 troops to Russia last year.`,
  value: 11000,
  want: { attr: null },
});

// ---------- 3. a second source in between ----------
add('attr-second', {
  text: `Zelensky said North Korea had sent 11,000 troops. The NIS put the number at 12,000. Zelensky added that 3,000 had been killed or wounded.`,
  value: 3000,
  want: { attr: person('Zelensky') },
});
add('attr-second', {
  text: `Zelensky said North Korea had sent 11,000 troops. The NIS put the number at 12,000. It added that 3,000 had been killed or wounded.`,
  value: 3000,
  want: { attr: body('NIS') },
});
add('attr-second', {
  text: `The NIS said North Korea had sent 11,000 troops. Zelensky put the number at 12,000. He added that 3,000 had been killed or wounded.`,
  value: 3000,
  want: { attr: person('Zelensky') },
});
add('attr-second', {
  text: `The NIS said North Korea had sent 11,000 troops. Zelensky put the number at 12,000. The agency added that 3,000 had been killed or wounded.`,
  value: 3000,
  want: { attr: body('NIS') },
});
add('attr-second', {
  text: `Budanov said North Korea had shipped 6 million shells. Lee Sung-kweun, a lawmaker, said the figure was 5 million. Budanov said about 20% of them failed to fire.`,
  value: 20,
  want: { attr: person('Budanov') },
});

// ---------- 4. quotations ----------
for (const [who, gold] of [
  ['Budanov said', person('Budanov')],
  ['said Kim Min-seok, a spokesman', person('Kim Min-seok')],
  ['the official said', null],
] as [string, Credit][]) {
  if (gold === null) continue;
  add('quote', {
    text: `"North Korea has sent some 11,000 soldiers," ${who}. "About 1,200 of them have been killed or wounded."`,
    value: 1200,
    want: { attr: gold },
  });
  add('quote', {
    text: `"North Korea has sent some 11,000 soldiers," ${who}. "We think about 1,200 have been killed or wounded."`,
    value: 1200,
    want: { attr: gold },
  });
  add('quote', {
    text: `"North Korea has sent some 11,000 soldiers. About 1,200 of them have been killed or wounded," ${who}.`,
    value: 11000,
    want: { attr: gold },
  });
}

// ---------- 5. a period carried where the text refers back ----------
const firsts: [string, Period][] = [
  ['In 2024, Russia shipped about 1 million barrels of oil to North Korea.', per('2024', '2024')],
  [
    'Russia shipped about 1 million barrels of oil to North Korea in the first half of 2024.',
    per('2024-01', '2024-06'),
  ],
  [
    'Between March and November 2024, Russia shipped about 1 million barrels of oil to North Korea.',
    per('2024-03', '2024-11'),
  ],
  ['Russia shipped about 1 million barrels of oil to North Korea last year.', per('2024', '2024')],
];
const backs = [
  (s: string) => `Over the same period, ${s}.`,
  (s: string) => `During the same period, ${s}.`,
  (s: string) => `In the same period, ${s}.`,
  (s: string) => `${capitalized(s)} over the same period.`,
  (s: string) => `${capitalized(s)} in the same period.`,
  (s: string) => `In that time, ${s}.`,
  (s: string) => `During that time, ${s}.`,
];
for (const [first, p] of firsts) {
  for (const b of backs) {
    add('period-back', {
      text: `${first} ${b('North Korea sent some 6 million artillery shells to Russia')}`,
      value: 6000000,
      want: { period: p, cat: 'munitions', from: 'PRK', to: 'RUS' },
    });
  }
}
add('period-back', {
  text: 'North Korea shipped 6 million shells to Russia in 2024. That year, it also sent 11,000 troops.',
  value: 11000,
  want: { period: per('2024', '2024') },
});
add('period-back', {
  text: 'North Korea shipped 6 million shells to Russia in 2024. In the same year, it sent 11,000 troops.',
  value: 11000,
  want: { period: per('2024', '2024') },
});
add('period-back', {
  text: 'North Korea shipped 6 million shells to Russia in 2024. During the year, it also sent 11,000 troops.',
  value: 11000,
  want: { period: per('2024', '2024') },
});
// same kind, the text goes on: a period carries to the same kind of figure
add('period-same-kind', {
  text: 'Russia shipped 1 million barrels of oil to North Korea in 2024. Some 400,000 barrels went by tanker to Nampo.',
  value: 400000,
  want: { period: per('2024', '2024') },
});
// another kind, no reference: no period
const other = [
  ['North Korea has sent about 11,000 troops to Russia.', 11000],
  ['Some 1,200 North Korean soldiers have been killed or wounded.', 1200],
  ['North Korea also supplied 250 ballistic missiles.', 250],
] as const;
for (const [first] of firsts)
  for (const [s, v] of other)
    add('period-no-carry', { text: `${first} ${s}`, value: v, want: { period: null } });
for (const [first] of firsts)
  for (const [s, v] of other)
    add('period-no-carry-para', { text: `${first}\n\n${s}`, value: v, want: { period: null } });

// ---------- 6. the countries behind back-references ----------
add('country-name', {
  text: 'Pyongyang has sent some 11,000 troops to Moscow.',
  value: 11000,
  want: { cat: 'personnel', from: 'PRK', to: 'RUS' },
});
add('country-name', {
  text: 'Moscow has shipped about 1 million barrels of oil to Pyongyang.',
  value: 1000000,
  want: { cat: 'oil', from: 'RUS', to: 'PRK' },
});
add('country-name', {
  text: 'The Kremlin paid Pyongyang $500 million.',
  value: 500000000,
  want: { cat: 'money', from: 'RUS', to: 'PRK' },
});
add('country-name', {
  text: 'The North has shipped 6 million artillery shells to Russia.',
  value: 6000000,
  want: { cat: 'munitions', from: 'PRK', to: 'RUS' },
});
add('country-name', {
  text: 'Russia has received about 6 million shells from the North.',
  value: 6000000,
  want: { cat: 'munitions', from: 'PRK', to: 'RUS' },
});
add('country-name', {
  text: 'North Korea has received 1 million barrels of oil from Moscow.',
  value: 1000000,
  want: { cat: 'oil', from: 'RUS', to: 'PRK' },
});
add('country-name', {
  text: 'Kim Jong Un has sent 11,000 soldiers to help Vladimir Putin.',
  value: 11000,
  want: { cat: 'personnel', from: 'PRK', to: 'RUS' },
});
// pronoun back to the country last named
// (a pair as subject, "Pyongyang and Moscow signed a pact. Its…", is left: either may be meant)
const ctx = [
  'North Korea has deepened its ties with Russia.',
  'North Korea signed a defence pact with Russia last year.',
  'Pyongyang sent a delegation to Moscow in May.',
  'In June, the North signed a treaty with Russia.',
  'Kim Jong Un has grown closer to Russia, and the North now trades openly with Moscow.',
];
for (const c of ctx) {
  add('country-pron', {
    text: `${c} It has sent some 11,000 troops to the front.`,
    value: 11000,
    want: { cat: 'personnel', from: 'PRK', to: 'RUS' },
  });
  add('country-pron', {
    text: `${c} Its troops, about 11,000 of them, are fighting in Kursk.`,
    value: 11000,
    want: { cat: 'personnel', from: 'PRK', to: 'RUS' },
  });
  add('country-pron', {
    text: `${c} The North has shipped some 6 million shells.`,
    value: 6000000,
    want: { cat: 'munitions', from: 'PRK', to: 'RUS' },
  });
  add('country-pron', {
    text: `${c} In return, the country has received 1 million barrels of oil.`,
    value: 1000000,
    want: { cat: 'oil', from: 'RUS', to: 'PRK' },
  });
  add('country-pron', {
    text: `${c} Trade between the two countries reached $34 million in 2023.`,
    value: 34000000,
    want: { cat: 'trade', from: 'PRK', to: 'RUS' },
  });
  add('country-pron', {
    text: `${c} Bilateral trade rose to $34 million in 2023.`,
    value: 34000000,
    want: { cat: 'trade', from: 'PRK', to: 'RUS' },
  });
  add('country-pron', {
    text: `${c} Some 1,200 of its soldiers have been killed or wounded.`,
    value: 1200,
    want: { cat: 'casualties', from: 'PRK', to: null },
  });
}
// casualties of "the North" or of "its troops"
add('country-cas', {
  text: 'North Korea sent 11,000 troops to Russia. About 4,700 of them have been killed or wounded.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
add('country-cas', {
  text: 'North Korea sent 11,000 troops to Russia. The North has lost about 4,700 of them.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
add('country-cas', {
  text: 'North Korea sent 11,000 troops to Russia. Its losses have reached 4,700.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
add('country-cas', {
  text: 'North Korea sent 11,000 troops to Russia. Some 4,700 North Korean soldiers have been killed or wounded.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
add('country-cas', {
  text: 'North Korea sent 11,000 troops to Russia.\n\nPyongyang has lost about 4,700 soldiers.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
add('country-cas', {
  text: 'North Korea sent 11,000 troops to Russia. About 300 of them were killed in the first week.',
  value: 300,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
// both sides
add('country-both', {
  text: 'Russia and North Korea have stepped up their exchange. Trade between the two reached $34 million last year.',
  value: 34000000,
  want: { cat: 'trade', from: 'PRK', to: 'RUS' },
});
add('country-both', {
  text: 'Russia and North Korea have stepped up their exchange. Both sides traded goods worth $34 million last year.',
  value: 34000000,
  want: { cat: 'trade', from: 'PRK', to: 'RUS' },
});
add('country-both', {
  text: 'Moscow and Pyongyang have stepped up their exchange. Their trade reached $34 million last year.',
  value: 34000000,
  want: { cat: 'trade', from: 'PRK', to: 'RUS' },
});
// "in return" flows back the other way
add('country-return', {
  text: 'North Korea has shipped millions of shells to Russia. In return, Moscow has sent about 1 million barrels of oil.',
  value: 1000000,
  want: { cat: 'oil', from: 'RUS', to: 'PRK' },
});
add('country-return', {
  text: 'North Korea has shipped millions of shells to Russia. In exchange, it has received about 1 million barrels of oil.',
  value: 1000000,
  want: { cat: 'oil', from: 'RUS', to: 'PRK' },
});
add('country-return', {
  text: 'North Korea has shipped millions of shells to Russia. Russia, in turn, has paid about $500 million.',
  value: 500000000,
  want: { cat: 'money', from: 'RUS', to: 'PRK' },
});
add('country-return', {
  text: 'North Korea has shipped millions of shells to Russia. It has been paid about $500 million in return.',
  value: 500000000,
  want: { cat: 'money', from: 'RUS', to: 'PRK' },
});

// the subject of the sentence before, not the country named last, is what "its" means
const subj = [
  'North Korea sent 11,000 troops to Russia.',
  'North Korea has sent 11,000 soldiers to fight for Russia.',
  'Last autumn, North Korea deployed 11,000 troops to Russia.',
  "Pyongyang dispatched some 11,000 troops to Russia's Kursk region.",
  'Russia was short of men, but North Korea sent 11,000 troops to Russia.',
];
for (const c of subj) {
  add('country-subject', {
    text: `${c} Its losses have reached 4,700.`,
    value: 4700,
    want: { cat: 'casualties', from: 'PRK', to: null },
  });
  add('country-subject', {
    text: `${c} Its casualties are put at 4,700.`,
    value: 4700,
    want: { cat: 'casualties', from: 'PRK', to: null },
  });
  add('country-subject', {
    text: `${c} Some 4,700 of its soldiers have been killed or wounded.`,
    value: 4700,
    want: { cat: 'casualties', from: 'PRK', to: null },
  });
  add('country-subject', {
    text: `${c} The country has lost about 4,700 soldiers.`,
    value: 4700,
    want: { cat: 'casualties', from: 'PRK', to: null },
  });
  add('country-subject', {
    text: `${c} In return, the country has received about 1 million barrels of oil.`,
    value: 1000000,
    want: { cat: 'oil', from: 'RUS', to: 'PRK' },
  });
}
const subjR = [
  'Russia has bought millions of shells from North Korea.',
  'Russia has recruited thousands of troops from North Korea.',
  'Moscow has turned to Pyongyang for men and munitions.',
];
for (const c of subjR) {
  add('country-subject', {
    text: `${c} Its losses in Ukraine have passed 700,000.`,
    value: 700000,
    want: { cat: 'casualties', from: 'RUS', to: null },
  });
  add('country-subject', {
    text: `${c} In return, the country has shipped about 1 million barrels of oil.`,
    value: 1000000,
    want: { cat: 'oil', from: 'RUS', to: 'PRK' },
  });
}
// a country named in the sentence itself comes first
add('country-own', {
  text: 'North Korea sent 11,000 troops to Russia. Russia says its losses have reached 700,000.',
  value: 700000,
  want: { cat: 'casualties', from: 'RUS', to: null },
});
add('country-own', {
  text: 'Russia asked for help. North Korea sent 11,000 troops, and about 4,700 of its soldiers have been killed or wounded.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
add('country-own', {
  text: 'North Korea has sent troops to Russia. Moscow, in turn, has paid its ally about $500 million.',
  value: 500000000,
  want: { cat: 'money', from: 'RUS', to: 'PRK' },
});
// an adjective is no subject: "its" goes on meaning the country last named as a subject
add('country-adj', {
  text: 'North Korea has shipped shells to Russia. North Korean soldiers are in Kursk too, and some 4,700 of its troops have been killed or wounded.',
  value: 4700,
  want: { cat: 'casualties', from: 'PRK', to: null },
});
// a source between: the country behind its words is still the subject
for (const [credit, pron, gold] of sources.slice(0, 3)) {
  add('attr-country', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. ${capitalized(pron)} added that some 4,700 of its soldiers had been killed or wounded.`,
    value: 4700,
    want: { attr: gold, cat: 'casualties', from: 'PRK', to: null },
  });
  add('attr-country', {
    text: `${credit} North Korea had shipped 6 million shells to Russia. According to ${pron === 'it' ? 'the agency' : 'him'}, the country received about 1 million barrels of oil in return.`,
    value: 1000000,
    want: { attr: gold, cat: 'oil', from: 'RUS', to: 'PRK' },
  });
}
// other speakers and plural pronouns
const plural: [string, Credit][] = [
  ['Ukrainian officials said', body('Ukrainian officials')],
  ['US officials said', body('US officials')],
  [
    'Analysts at the Korea Institute for Defense Analyses said',
    body('Korea Institute for Defense Analyses'),
  ],
];
for (const [credit, gold] of plural) {
  add('attr-they', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. They added that some 1,200 had been killed or wounded.`,
    value: 1200,
    want: { attr: gold },
  });
  add('attr-they', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. They estimated that some 1,200 had been killed or wounded.`,
    value: 1200,
    want: { attr: gold },
  });
  add('attr-they', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. About 1,200 of them have been killed or wounded, they said.`,
    value: 1200,
    want: { attr: gold },
  });
  add('attr-they', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. According to them, some 1,200 had been killed or wounded.`,
    value: 1200,
    want: { attr: gold },
  });
}
// headlines: the credit after the colon or dash, then a body that speaks for itself
add('headline', {
  text: 'North Korea has lost 4,700 troops in Russia: Seoul\n\nNorth Korea sent 11,000 troops to Russia last year.',
  value: 4700,
  want: { attr: person('Seoul'), cat: 'casualties', from: 'PRK' },
});
add('headline', {
  text: 'North Korea sent 11,000 troops to Russia, Zelensky says\n\nPyongyang has shipped 6 million shells since 2023.',
  value: 6000000,
  want: { attr: null, period: per('2023', null) },
});
// more back-references of period
const backs2 = [
  'Over that period',
  'In those months',
  'During those months',
  'Over the same months',
  'In that period',
];
for (const b of backs2)
  add('period-back2', {
    text: `Between March and November 2024, Russia shipped about 1 million barrels of oil to North Korea. ${b}, North Korea sent some 6 million artillery shells to Russia.`,
    value: 6000000,
    want: { period: per('2024-03', '2024-11') },
  });
for (const b of backs2)
  add('period-back2', {
    text: `Russia shipped about 1 million barrels of oil to North Korea in 2024.\n\n${b}, North Korea sent some 6 million artillery shells to Russia.`,
    value: 6000000,
    want: { period: per('2024', '2024') },
  });
// more back-references of source
const people2: [string, string, Credit][] = [
  [
    'A spokesman for the defence ministry, Jeon Ha-kyu, said',
    'The spokesman',
    person('Jeon Ha-kyu'),
  ],
  [
    'Lee Seong-kweun, a member of the parliamentary intelligence committee, told reporters',
    'The lawmaker',
    person('Lee Seong-kweun'),
  ],
  ['A senior US official said', 'The official', body('US official')],
  ["Ukraine's military intelligence agency, the HUR, said", 'The HUR', body('HUR')],
];
for (const [credit, noun, gold] of people2) {
  add('attr-noun2', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. ${noun} added that some 1,200 had been killed or wounded.`,
    value: 1200,
    want: { attr: gold },
  });
  add('attr-noun2', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. Some 1,200 had been killed or wounded, ${noun.toLowerCase()} said.`,
    value: 1200,
    want: { attr: gold },
  });
  add('attr-noun2', {
    text: `${credit} North Korea had sent about 11,000 troops to Russia. ${noun} also said that about 1,200 had been killed or wounded, though the count could rise.`,
    value: 1200,
    want: { attr: gold },
  });
}
// "its ally" names the partner, not the country "its" means
for (const c of subj.slice(0, 3)) {
  add('country-partner', {
    text: `${c} Its ally has paid it about $500 million.`,
    value: 500000000,
    want: { cat: 'money', from: 'RUS', to: 'PRK' },
  });
  add('country-partner', {
    text: `${c} In return, its ally has shipped it 1 million barrels of oil.`,
    value: 1000000,
    want: { cat: 'oil', from: 'RUS', to: 'PRK' },
  });
  add('country-partner', {
    text: `${c} Its partner has sent about 1 million barrels of oil in return.`,
    value: 1000000,
    want: { cat: 'oil', from: 'RUS', to: 'PRK' },
  });
}

const showCredit = (c: Credit | undefined): string =>
  noCredit(c) || c == null ? 'no credit' : JSON.stringify(c);

/** The sides as the probe names them; trade is one figure whichever way round. */
function sameSides(want: Want, claim: ExtractedClaim): boolean {
  const { from, to, category } = claim;
  if (!('from' in want) && !('to' in want)) return true;
  if ((want.cat ?? category) === 'trade') {
    const sides = (a: string | null | undefined, b: string | null | undefined): string =>
      [a, b].filter(Boolean).sort().join('|');
    return sides(want.from, want.to) === sides(from, to);
  }
  return (
    (!('from' in want) || (want.from ?? null) === from) &&
    (!('to' in want) || (want.to ?? null) === to)
  );
}

/** Runs every probe of a family and fails listing each paragraph whose figure was misread. */
function expectFamily(name: string): void {
  expectNoMisses(table.family(name), ({ text, value, want }) => {
    const claim = extract({ text, published: PUBLISHED, title: null })
      .claims.filter((c) => c.value === value || c.low === value)
      .at(-1);
    if (claim === undefined) return [`${JSON.stringify(text)}\n  no claim of ${value} read`];
    const wrong: string[] = [];
    if ('attr' in want && !sameCredit(want.attr ?? null, claim.attribution)) {
      wrong.push(`credit ${showCredit(claim.attribution)}, want ${showCredit(want.attr)}`);
    }
    if ('period' in want && !samePeriod(want.period ?? null, claim.period)) {
      wrong.push(`period ${showPeriod(claim.period)}, want ${showPeriod(want.period)}`);
    }
    if (want.cat !== undefined && claim.category !== want.cat) {
      wrong.push(`category ${claim.category}, want ${want.cat}`);
    }
    if (!sameSides(want, claim)) {
      wrong.push(`sides ${claim.from}->${claim.to}, want ${want.from}->${want.to}`);
    }
    return wrong.length === 0 ? [] : [`${JSON.stringify(text)}\n  ${wrong.join('; ')}`];
  });
}

describe('a source carried forward', () => {
  it('carries the speaker to "he added", "she also said" and "according to him"', () => {
    expectFamily('attr-carry');
  });
  it('carries the speaker past a sentence of background with no figure', () => {
    expectFamily('attr-carry-gap');
  });
  it('carries a report, an institute or an agency to "the report" or "the agency"', () => {
    expectFamily('attr-noun');
  });
  it('carries a named source to "the spokesman", "the lawmaker" or "the official"', () => {
    expectFamily('attr-noun2');
  });
  it('carries officials and analysts to "they" and "according to them"', () => {
    expectFamily('attr-they');
  });
  it('carries the speaker, and the country the speaker spoke of, to "its soldiers"', () => {
    expectFamily('attr-country');
  });
  it('credits the source a pronoun or noun means when a second source stands between', () => {
    expectFamily('attr-second');
  });
  it('credits the speaker of a quotation to its second sentence', () => {
    expectFamily('quote');
  });
});

describe("the text's own voice", () => {
  it('credits no one in a new paragraph, nor in a body after a credited headline', () => {
    expectFamily('own-voice-para');
  });
  it("credits a headline's source to the headline only, not to the body that follows", () => {
    expectFamily('headline');
  });
});

describe('a period carried forward', () => {
  it('carries the period to "over the same period", "in that time" and "that year"', () => {
    expectFamily('period-back');
  });
  it('carries the period to "over that period" and "in those months", across a paragraph too', () => {
    expectFamily('period-back2');
  });
  it('carries the period to a part of the same kind of figure', () => {
    expectFamily('period-same-kind');
  });
  it('carries no period to another kind of figure that does not refer back', () => {
    expectFamily('period-no-carry');
  });
  it('carries no period to another kind of figure in a new paragraph', () => {
    expectFamily('period-no-carry-para');
  });
});

describe('the countries behind a reference', () => {
  it('reads capitals, "the North", "the Kremlin" and leaders as their countries', () => {
    expectFamily('country-name');
  });
  it('reads "it", "its" and "the country" as the country last named as a subject', () => {
    expectFamily('country-pron');
  });
  it('reads "its" and "the country" as the subject of the sentence before', () => {
    expectFamily('country-subject');
  });
  it('reads "of them" and "its losses" as casualties of the country that sent them', () => {
    expectFamily('country-cas');
  });
  it('reads "the two", "both sides" and "their trade" as trade between both', () => {
    expectFamily('country-both');
  });
  it('reads "in return", "in exchange" and "in turn" as flowing back the other way', () => {
    expectFamily('country-return');
  });
  it('reads a country named in the sentence itself before one carried from before', () => {
    expectFamily('country-own');
  });
  it('reads an adjective of nationality as no subject for a later "its"', () => {
    expectFamily('country-adj');
  });
  it('reads "its ally" and "its partner" as the other country', () => {
    expectFamily('country-partner');
  });
});
