import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const pairs = (text: string) =>
  claimsIn(text).map((c) => `${c.category} ${[c.from, c.to].sort().join('|')}`);

describe('a country whose customs body reports the trade', () => {
  it('is a side, though the word of trade stands inside the body’s name', () => {
    expect(
      pairs(
        "The US and the EU have added ships to their lists. Russia's Far Eastern Customs Administration reported total trade with North Korea of $99.1 million last year.",
      ),
    ).toEqual(['trade PRK|RUS']);
  });

  it('is a side when its body is named "General Administration of Customs"', () => {
    expect(
      pairs(
        "Washington has sanctioned the tankers. China's General Administration of Customs put trade with North Korea at $2.2 billion in 2024.",
      ),
    ).toEqual(['trade CHN|PRK']);
  });
});

describe('a word of trade in the name of an agency', () => {
  it('does not make the agency’s country a partner of the trade beside it', () => {
    expect(
      pairs(
        "Trade between Russia and North Korea was $34 million last year, according to KOTRA, South Korea's trade promotion agency, compared with $2.2 billion in North Korea's trade with China.",
      ),
    ).toEqual(['trade PRK|RUS', 'trade CHN|PRK']);
  });
});

describe('a country that only says where traded goods passed', () => {
  it('is no partner of the trade ("transfers near China")', () => {
    expect(
      pairs(
        'North Korea exported about 1.4 million tonnes of coal last year, mostly through transfers near China.',
      ),
    ).toEqual(['trade PRK|']);
  });

  it('leaves a partner the goods went to a partner', () => {
    expect(pairs('North Korea exported 1 million tonnes of coal to China last year.')).toEqual([
      'trade CHN|PRK',
    ]);
  });
});

describe('bilateral trade', () => {
  it('is between the country whose customs put it and that country’s counterpart', () => {
    expect(
      pairs(
        "Russian customs figures put bilateral trade at just $34mn last year, a fraction of North Korea's commerce with China.",
      ),
    ).toEqual(['trade PRK|RUS']);
  });

  it('is between the pair its own phrase names', () => {
    expect(
      pairs('Even bilateral trade between North Korea and China slowed to $1.5 billion last year.'),
    ).toEqual(['trade CHN|PRK']);
  });

  it('is between two countries that say it', () => {
    expect(pairs('Pyongyang and Moscow say bilateral trade doubled to $50 million.')).toEqual([
      'trade PRK|RUS',
    ]);
  });
});
