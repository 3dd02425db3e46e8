import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const sources = (text: string) => claimsIn(text).map((c) => c.attribution?.name ?? null);

describe('a paragraph carries its source', () => {
  it('credits a sentence that refers back ("it also sent") to the source of its paragraph', () => {
    expect(
      sources(
        'North Korea has sent 12,000 troops to Russia, the defence ministry said on Monday. It also sent about 150 howitzers.',
      ),
    ).toEqual(['the defence ministry', 'the defence ministry']);
  });

  it('carries the source to "70 of them" in the next sentence', () => {
    expect(
      sources(
        'Pyongyang shipped 200 missiles to Moscow, a monitoring group reported. Russia fired more than 70 of them at Ukrainian cities.',
      ),
    ).toEqual(['a monitoring group', 'a monitoring group']);
  });

  it("gives a sentence in the text's own voice no source when nothing refers back", () => {
    expect(
      sources(
        'North Korea has sent 12,000 troops to Russia, the defence ministry said. The North exported goods worth $300 million in 2023.',
      ),
    ).toEqual(['the defence ministry', null]);
  });

  it('starts a new paragraph without the source of the one before', () => {
    expect(
      sources(
        'North Korea has sent 12,000 troops to Russia, the defence ministry said.\nIt also shipped 9,000 containers.',
      ),
    ).toEqual(['the defence ministry', null]);
  });

  it('keeps a supposition ("would be worth") in the writer\'s voice', () => {
    expect(
      sources(
        'North Korea sent 9,000 containers to Russia, the ministry said. At $300 a round they would hold shells worth $2bn.',
      ),
    ).toEqual(['the ministry', null, null]);
  });
});

describe('a dummy "it" does not refer back', () => {
  it('gives "it is far more than…" in the writer\'s voice no source', () => {
    expect(
      sources(
        'Russia shipped 67,000 tonnes of wheat this year, the customs service said. That is small, but it is far more than the 2,000 tonnes sent in 2022.',
      ),
    ).toEqual(['the customs service', null]);
  });
});

describe('a sentence that refers back to the figure before', () => {
  it('carries the source to "85% of the total"', () => {
    expect(
      sources(
        'Trade reached $2.3 billion in 2024, according to the customs agency. Chinese exports accounted for about 80% of the total.',
      ),
    ).toEqual(['the customs agency', 'the customs agency']);
  });

  it('carries the source to a sentence that says "that figure"', () => {
    expect(
      sources(
        'Trade reached $2.3 billion in 2024, according to the customs agency. Russia took under 2%, though that figure leaves out arms.',
      ),
    ).toEqual(['the customs agency', 'the customs agency']);
  });
});

describe('a summary of a report', () => {
  it('credits the report for every figure after "its conclusions are summarised below"', () => {
    expect(
      sources(
        'The Nordic Arms Board published its first review on May 2. Its conclusions are summarised below.\nShells. The North shipped 4,000 containers of munitions.\nOil. In return, Russia delivered 800,000 barrels of fuel.',
      ),
    ).toEqual(['The Nordic Arms Board', 'The Nordic Arms Board']);
  });

  it('does not credit the report for later paragraphs without such a lead-in', () => {
    expect(
      sources(
        'The Nordic Arms Board published its first review on May 2.\nShells. The North shipped 4,000 containers of munitions.',
      ),
    ).toEqual([null]);
  });
});

describe('a quotation that runs over several sentences', () => {
  it('credits a figure in a later sentence of the quotation to its speaker', () => {
    expect(
      sources(
        '"Output rose 4% this year," said Ines Moreau, an economist at the Lyon Trade Institute. "The cash does not show up in the data. I would guess $2 billion a year reaches Pyongyang."',
      ),
    ).toEqual(['Ines Moreau', 'Ines Moreau']);
  });

  it('does not carry the speaker past the end of the quotation', () => {
    expect(
      sources(
        '"Output rose 4% this year," said Ines Moreau, an economist at the Lyon Trade Institute. "The cash does not show up in the data." Exports would be worth $2 billion a year.',
      ),
    ).toEqual(['Ines Moreau', null]);
  });
});

describe('a transcript credits each turn to its speaker', () => {
  const transcript = [
    'Defence Ministry briefing, excerpt',
    'COL. ANNA VIK: Good morning. We now assess that 9,000 soldiers have arrived.',
    'Second, the North has shipped about 300 howitzers.',
    'Q: Are the 9,000 all combat troops?',
    'COL. ANNA VIK: Most of them are. A few hundred are officers.',
  ].join('\n');

  it('gives the figures of a turn, "we assess" included, to the speaker of the label', () => {
    expect(sources(transcript)).toEqual([
      'COL. ANNA VIK',
      'COL. ANNA VIK',
      'COL. ANNA VIK',
      'COL. ANNA VIK',
    ]);
  });

  it('does not take a headline "GUR:" for a speaker whose turn runs on', () => {
    expect(
      sources('SIA: Russia fired 60 missiles\nThe war goes on. Exports rose 4% last year.'),
    ).toEqual(['SIA', null]);
  });
});
