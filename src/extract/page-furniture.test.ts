import { describe, expect, it } from 'vitest';
import { claimIn, claimsIn, eventsIn } from './test-helpers.ts';

const credit = (text: string) => {
  const a = claimIn(text).attribution;
  return a ? [a.name, a.affiliation] : null;
};

describe("a page's furniture gives no figure and credits no one", () => {
  it('reads a tally of comments or views under the headline as no claim', () => {
    expect(
      claimsIn('2.4K comments\nSeoul says some 9,000 soldiers have left for Russia.'),
    ).toHaveLength(1);
    expect(claimsIn('The clip drew 80,000 views overnight.')).toEqual([]);
  });

  it('does not take "Photo:" for the source a later "she added" means', () => {
    expect(
      claimsIn(
        '"Pyongyang has sent 9,000 soldiers," said Park Ji-won, a lawmaker.\nPhoto: Yonhap\n"About 900 of them were hurt," she added.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual(['Park Ji-won', 'Park Ji-won']);
  });

  it('keeps the carry of "it added" past a line that asks the reader to subscribe to "our" letter', () => {
    expect(
      claimsIn(
        'The State Border Guard Service said Pyongyang had sent 9,000 soldiers.\nSubscribe to our morning briefing\nIt added that 900 of them were hurt.',
      ).map((c) => c.attribution?.name ?? null),
    ).toEqual(['The State Border Guard Service', 'The State Border Guard Service']);
  });

  it("gives no event to the page's own date line", () => {
    expect(
      eventsIn('Published 9:15 AM EST, Mon March 3, 2025\nThe agency tallied 9,000 soldiers.'),
    ).toEqual([]);
    expect(eventsIn('First published on Mon 3 Mar 2025 09.15 GMT')).toEqual([]);
  });

  it('still dates a publication a sentence opens with', () => {
    expect(
      eventsIn('Published in May, the study found 9,000 soldiers had gone.').map((e) => e.date),
    ).toEqual(['2024-05']);
  });
});

describe("a headline's credit", () => {
  it('follows a spaced hyphen as it follows a dash', () => {
    expect(
      credit(
        'Pyongyang sent 9,000 more soldiers to Moscow - Kyiv\nThe count could not be checked.',
      ),
    ).toEqual(['Kyiv', null]);
  });

  it('lets a dash credit a body named in lower case ("– think tank")', () => {
    expect(
      credit(
        'Moscow shipped 90,000 tonnes of grain to Pyongyang – think tank\nThe count could not be checked.',
      ),
    ).toEqual(['think tank', null]);
  });

  it('reads ", says spy agency" without its article as the source', () => {
    expect(
      credit(
        'Pyongyang to send 9,000 more soldiers to Moscow, says spy agency\nThe count could not be checked.',
      ),
    ).toEqual(['spy agency', null]);
  });

  it('leaves a hyphen inside a name alone', () => {
    expect(
      credit('Kim Jong-un sends 9,000 soldiers to Moscow\nThe count could not be checked.'),
    ).toBeNull();
  });
});

describe('an outlet that cites its source', () => {
  it('names the cited body beside the outlet in "This was reported by X, citing Y"', () => {
    const claims = claimsIn(
      'Pyongyang sent 9,000 more soldiers.\nThis was reported by Yonhap, citing the Joint Chiefs of Staff.',
    );
    expect(claims.map((c) => [c.attribution?.name, c.attribution?.affiliation])).toEqual([
      ['Yonhap', 'Joint Chiefs of Staff'],
    ]);
  });

  it('reads "with reference to" as "citing"', () => {
    const claims = claimsIn(
      'Pyongyang sent 9,000 more soldiers.\nThis was reported by Ukrinform with reference to the border guard.',
    );
    expect(claims[0]?.attribution?.affiliation).toBe('the border guard');
  });
});

describe('a numbered list', () => {
  it("reads an item's number after a line without a stop as no figure", () => {
    expect(
      claimsIn(
        'Pyongyang sent 9,000 soldiers to Moscow\n2. Moscow paid $300 million to Pyongyang',
      ).map((c) => c.text),
    ).toEqual(['9,000 soldiers', '$300 million']);
  });

  it('still joins a hard-wrapped line that goes on with a figure', () => {
    expect(
      claimsIn('The agency said Pyongyang had sent\n9,000 soldiers to Moscow.').map((c) => c.text),
    ).toEqual(['9,000 soldiers']);
  });
});
