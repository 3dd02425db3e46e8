// "There are reliable reports that …", "there have been claims that …": the plural noun is what
// "there is" says exists, not a verb whose subject speaks. The figure keeps the credit it would
// have without the phrase (the interview guest's answer, a source closing the sentence, or none);
// a body that "reports" or "claims" still speaks. Texts of our own.
import { describe, it } from 'vitest';
import { expectFigureCredits, person } from './extract-probe-support.ts';
import type { FigureCreditProbe } from './extract-probe-support.ts';

const OPENINGS = [
  'There are reliable reports that',
  'There have been unconfirmed claims that',
  'There were persistent reports that',
  'There are also estimates that',
];

const uncredited: FigureCreditProbe[] = OPENINGS.map((opening) => ({
  text: `${opening} some 700 Laotian welders reached the shipyard in March.`,
  figure: 'some 700',
  want: null,
}));

const closed: FigureCreditProbe[] = OPENINGS.map((opening) => ({
  text: `${opening} about 1,900 drivers crossed at Narva last winter, the Estonian border guard said.`,
  figure: 'about 1,900',
  want: person('the Estonian border guard'),
}));

const interview: FigureCreditProbe[] = OPENINGS.map((opening) => ({
  text: `Interview with Tove Lindqvist, a fellow at the Malmo Institute.\n\nQ: What has changed?\n\nLindqvist: The port is busier. ${opening} roughly 450 Romanian engineers have worked at the dock since 2022.\n\nQ: And the fuel?\n\nLindqvist: That is harder to say.`,
  figure: 'roughly 450',
  want: person('Tove Lindqvist', 'Malmo Institute'),
}));

/** Near-misses: a body that reports or claims speaks, "there" or no. */
const NEAR_MISSES: FigureCreditProbe[] = [
  {
    text: "Oslo's customs office reports that 2,300 tonnes of salmon were shipped in May.",
    figure: '2,300 tonnes',
    want: person("Oslo's customs office"),
  },
  {
    text: 'The Harbour Watch group claims that there were 62 tankers at the pier in June.',
    figure: '62 tankers',
    want: person('The Harbour Watch group'),
  },
];

describe('a noun of saying that "there is"', () => {
  it('credits no one by itself', () => {
    expectFigureCredits(uncredited);
  });
  it('leaves the figure to a source that closes the sentence', () => {
    expectFigureCredits(closed);
  });
  it("leaves the figure to an interview guest's answer", () => {
    expectFigureCredits(interview);
  });
  it('still lets a body that reports or claims speak', () => {
    expectFigureCredits(NEAR_MISSES);
  });
});
