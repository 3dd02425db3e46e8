import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const names = (text: string): (string | null)[] =>
  claimsIn(text).map((c) => c.attribution?.name ?? null);

describe('a participle of saying after a comma speaks for the sentence subject', () => {
  it('credits the agency that spoke, "saying that" labourers crossed', () => {
    expect(
      names(
        'The border agency spoke on Monday, saying that 700 North Korean labourers had crossed since May.',
      ),
    ).toEqual(['The border agency']);
  });

  it('credits a leader who held a ceremony, "telling" the crowd a figure', () => {
    expect(
      names('Jung Min-ho hosted the returning unit, telling them that 45 comrades had been lost.'),
    ).toEqual(['Jung Min-ho']);
  });

  it('reads "putting" as saying only when an "at" follows it', () => {
    expect(
      names('The observatory revised its count, putting the number of shells sent at 2 million.'),
    ).toEqual(['The observatory']);
    expect(
      names(
        'Seoul pressed Moscow on Friday, putting pressure on the port where 12,000 North Korean workers arrived in May.',
      ),
    ).toEqual([null]);
  });
});

describe('a quotation over several sentences is the speaker’s named where it closes', () => {
  it('credits the figure of the first quoted sentence to the speaker named after the second', () => {
    expect(
      names(
        'Trade at the border has changed. "About 300 trucks cross each week now. Before the war it was a trickle," Oh Se-jin said.',
      ),
    ).toEqual(['Oh Se-jin']);
  });
});

describe('a speaker citing a source keeps the cited source as the affiliation', () => {
  const credits = (text: string): (string | null)[] =>
    claimsIn(text).map((c) =>
      c.attribution ? `${c.attribution.name}|${c.attribution.affiliation}` : null,
    );

  it('credits "Cho said, citing the RFB" to Cho with the bureau named in full before', () => {
    expect(
      credits(
        'The Rail Freight Bureau (RFB) tracks the crossing. About 40 wagons crossed each day in April, Cho Hae-won said, citing the RFB.',
      ),
    ).toEqual(['Cho Hae-won|Rail Freight Bureau (RFB)']);
  });

  it('credits a report citing an agency to the report, with the agency as affiliation', () => {
    expect(
      credits(
        'Nearly 9,000 North Korean workers arrived in Vladivostok last year, the newspaper reported, citing the Federal Migration Office.',
      ),
    ).toEqual(['the newspaper|Federal Migration Office']);
  });
});

describe('a verb of saying joined by "and" to the verb before it has the sentence subject', () => {
  it('credits the envoy who flew in "and announced" a figure', () => {
    expect(
      names(
        'Deputy Minister Ivan Petrenko flew to Pyongyang in May and announced that 3,000 North Korean engineers would go to Russia.',
      ),
    ).toEqual(['Deputy Minister Ivan Petrenko']);
  });

  it('finds the subject after an opening "When"', () => {
    expect(
      names(
        'When the ministry met the press in May and announced that 3,000 North Korean engineers would go to Russia, few were surprised.',
      ),
    ).toEqual(['the ministry']);
  });
});

describe('a lead-in that places the summary first ("Below we summarise") hands on the report', () => {
  it('credits the figures after it to the body last named by a proper name', () => {
    expect(
      names(
        'The Harbour Watch Group (HWG) published its third report on Tuesday, drawing on data from member states. Below we summarise its main findings.\n\nRussia sent about 2 million barrels of oil to North Korea in 2025.',
      ),
    ).toEqual(['The Harbour Watch Group']);
  });
});
