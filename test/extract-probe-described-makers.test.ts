// A body the text first only describes ("a state-run Swedish research institute estimated …",
// "according to a study a Danish think tank released …") is the body it names elsewhere with
// the description's noun or another word for it ("the Nordic Policy Institute said …"): the
// figures credited to the description take that name. A description the text never names keeps
// its own words, and a maker described in lower case before "published" is read whole.

import { describe, it } from 'vitest';
import { byFigure, expectCredits, person, sameCredit } from './extract-probe-support.ts';

/** Descriptions, each with the name the next sentence gives the body. */
const BODIES = [
  { described: 'a state-run Swedish research institute', named: 'The Nordic Policy Institute' },
  { described: 'a British think tank', named: 'The Thames Institute for Security Studies' },
  { described: 'an independent think tank', named: 'The Harbour Foundation' },
  { described: 'a Chinese research centre', named: 'The Pearl River Centre for Trade' },
] as const;

describe('a body only described where it is credited', () => {
  it('takes the name the text gives it in the next sentence', () => {
    expectCredits(
      BODIES.flatMap(({ described, named }) => [
        {
          text:
            `The arms trade has brought Pyongyang up to $7.4 billion, ${described} estimated on Monday. ` +
            `${named} said shells made up about 65 percent of the total.`,
          figure: '$7.4 billion',
          want: person(named.slice(4)),
        },
        {
          text:
            `Up to $7.4 billion reached Pyongyang over two years, according to a study ${described} released on Friday. ` +
            `Shells made up about 65 percent of the sum, the report by ${named.slice(4)} found.`,
          figure: '$7.4 billion',
          want: person(named.slice(4)),
        },
      ]),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('keeps its own words when the text names no such body', () => {
    expectCredits(
      [
        {
          text: 'Some 1,900 workers left for Russia in May, a Swedish research institute estimated. The Ministry of Defence said 300 were soldiers.',
          figure: '1,900',
          want: person('a Swedish research institute'),
        },
        {
          text: 'About 4,300 railcars crossed at Khasan, according to a study a monitoring group released on Friday.',
          figure: '4,300',
          want: person('a monitoring group'),
        },
      ],
      {
        pick: byFigure,
        accepts: (want, got) => sameCredit(want, got) && !(got?.name ?? '').includes('Ministry'),
      },
    );
  });
});
