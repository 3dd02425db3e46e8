// A body a sentence refers back to by a description: where the description's words begin, and which
// body named before it means. A common word in lower case before an article ends what comes before
// the subject ("briefed journalists the bureau thought", "a number the Norwegian agency called
// low"), a country's adjective singles a body out as a lower-case word does ("the British
// ministry" is "Britain's Ministry of Trade" named before), and an aside that opens with a figure's
// noun (", a total the bureau accepted") describes the figure, not its source. A connector or a
// link inside a name ("the head of the bureau", "a source close to the ministry") is no such word.

import { describe, it } from 'vitest';
import {
  byFigure,
  expectCredits,
  exactCredit,
  noCredit,
  person,
  sameCredit,
} from './extract-probe-support.ts';

/** Bodies named in full, each with the way a later sentence refers back to it. */
const BODIES = [
  {
    name: 'the Federal Statistics Bureau',
    back: 'the bureau',
    credit: 'Federal Statistics Bureau',
  },
  { name: 'the Nordic Monitoring Agency', back: 'the agency', credit: 'Nordic Monitoring Agency' },
  { name: 'the Baltic Research Council', back: 'the council', credit: 'Baltic Research Council' },
] as const;

/** What a speaker told listeners a body believed, with no "that" between. */
const TOLD = [
  'Senator Ilse Varga told journalists',
  'A spokeswoman, Marta Kell, briefed reporters',
  'Deputy Aron Pilt told lawmakers',
] as const;

describe('a description after a lower-case word before its article', () => {
  it('refers back to the body named before, past what the speaker told', () => {
    expectCredits(
      BODIES.flatMap(({ name, back, credit }) =>
        TOLD.map((told) => ({
          text:
            `${capitalizedFirst(name)} briefed officials on Monday. ` +
            `${told} ${back} believed about 4,200 workers had left for the Russian Far East. ` +
            `${capitalizedFirst(back)} added that 730 wagons of shells crossed in May.`,
          figure: '730',
          want: person(credit),
        })),
      ),
      { pick: byFigure, accepts: exactCredit },
    );
  });

  it('leaves no stray word of the object in the name', () => {
    expectCredits(
      TOLD.map((told) => ({
        text: `${told} the bureau believed about 4,200 workers had left for Russia.`,
        figure: '4,200',
        want: person('the bureau'),
      })),
      { pick: byFigure, accepts: (want, got) => !(got?.name ?? '').includes(' the ') },
    );
  });

  it('keeps connectors and links inside a name', () => {
    expectCredits(
      [
        {
          text: 'The head of the Nordic Monitoring Agency said 640 railcars crossed in April.',
          figure: '640',
          want: person('Nordic Monitoring Agency'),
        },
        {
          text: 'A source close to the Norwegian ministry said 52 tankers docked at Vostochny.',
          figure: '52',
          want: person('A source close to the Norwegian ministry'),
        },
        {
          text: 'People familiar with the matter said 310 containers left Rajin in June.',
          figure: '310',
          want: person('People familiar with the matter'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });
});

/** Countries with the adjective a later description uses, and a ministry named in full. */
const MINISTRIES = [
  { owner: "Britain's Ministry of Trade", adjective: 'British', credit: 'Ministry of Trade' },
  { owner: "Ukraine's Ministry of Economy", adjective: 'Ukrainian', credit: 'Ministry of Economy' },
  { owner: "China's Ministry of Commerce", adjective: 'Chinese', credit: 'Ministry of Commerce' },
] as const;

describe("a country's adjective in a description", () => {
  it('refers back to the body of that country named before', () => {
    expectCredits(
      MINISTRIES.map(({ owner, adjective, credit }) => ({
        text:
          `${owner} said 18 North Korean ships called at Russian ports in March. ` +
          `Those arrivals were up from nine, according to the port authority, a total the ${adjective} ministry said it accepted. ` +
          `The ministry added that 2,600 tonnes of fuel were loaded in April.`,
        figure: '2,600',
        want: person(credit),
      })),
      { pick: byFigure, accepts: sameCredit },
    );
  });

  it('keeps its own words when no body of that country and kind was named', () => {
    expectCredits(
      [
        {
          text:
            "Britain's coast guard counted 11 tankers in May. " +
            'The British ministry said 480 workers left for Vladivostok in June.',
          figure: '480',
          want: person('The British ministry'),
        },
        {
          text: 'The Chinese ministry said 75 trucks crossed the border in July.',
          figure: '75',
          want: person('The Chinese ministry'),
        },
      ],
      { pick: byFigure, accepts: exactCredit },
    );
  });
});

describe("an aside on a figure's noun", () => {
  it('names no affiliation of the source before it', () => {
    expectCredits(
      [
        'Russia received 8 million rounds, according to the Danish Defence Staff, a figure the Oslo agency called too low.',
        'Some 9,500 workers arrived, according to the Tallinn Labour Office, a total the Finnish bureau accepted.',
        'About 2,300 wagons crossed, according to the Riga Rail Board, a number the Baltic council disputed.',
      ].map((text) => ({ text, want: person('x') })),
      {
        pick: (claims) => claims[0],
        accepts: (_, got) => got?.affiliation === null && !noCredit(got),
      },
    );
  });

  it('still reads a description with a name as the source', () => {
    expectCredits(
      [
        {
          text: 'Russia shipped 40,000 tonnes of wheat, according to Kari Lund, an analyst at the Nordic Grain Institute.',
          figure: '40,000',
          want: person('Kari Lund', 'Nordic Grain Institute'),
        },
      ],
      { pick: byFigure, accepts: sameCredit },
    );
  });
});

function capitalizedFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
