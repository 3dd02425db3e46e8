import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return [c.category, c.from, c.to];
};

describe('what a country holds, sizes or is fined', () => {
  it("reads a country's fleet as a stock it holds, not a shipment", () => {
    expect(read("North Korea's own fleet of about 40 tankers is old and small.")).toEqual([
      'other',
      'PRK',
      null,
    ]);
  });

  it('keeps a fleet that a verb of sending moves goods on a shipment', () => {
    expect(read('Russia shipped diesel to North Korea on a fleet of 12 tankers.')[0]).toBe('oil');
  });

  it('reads a fine imposed by a court as a sum between no sides', () => {
    expect(
      read('A court in Seoul fined the captain of a tanker 30 million won for a transfer of oil.'),
    ).toEqual(['other', null, null]);
  });

  it('reads a civil penalty as a sum between no sides', () => {
    expect(
      read(
        'A shipping firm agreed to pay a $4.7 million civil penalty over fuel sent to North Korea.',
      ),
    ).toEqual(['other', null, null]);
  });

  it("reads the size of a country's budget as its own, paid to no one", () => {
    expect(read("Russia's defence budget is about $145 billion this year.")).toEqual([
      'other',
      'RUS',
      null,
    ]);
  });

  it('keeps a sum a country budgets for another a payment', () => {
    expect(read('Moscow budgets about $2,000 a month for each North Korean soldier.')).toEqual([
      'money',
      'RUS',
      'PRK',
    ]);
  });

  it("gives goods a country's factories make to that country, with no receiver", () => {
    expect(read("Russia's own factories produced some 3 million shells last year.")).toEqual([
      'munitions',
      'RUS',
      null,
    ]);
  });

  it('reads output that rose, to a new level, as the producer’s own', () => {
    expect(read('Russian domestic output also rose, to about 3 million shells a year.')).toEqual([
      'munitions',
      'RUS',
      null,
    ]);
  });
});

describe('a share of an economy that restates a sum', () => {
  it('is a payment to that economy from the other side when no figure comes before it', () => {
    expect(
      read("The total would be equivalent to roughly 70% of North Korea's annual GDP."),
    ).toEqual(['money', 'RUS', 'PRK']);
  });

  it('stays the economy’s own where no word restates a sum', () => {
    expect(
      read('Russia, which is spending 6.3 percent of its GDP on defence, can afford it.'),
    ).toEqual(['other', 'RUS', null]);
  });
});

describe('trips and voyages tankers are making', () => {
  it('are the oil they fetch, not goods produced', () => {
    expect(
      read('Imagery showed North Korean tankers making more than 40 trips to Vostochny.'),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });
});

describe('a share of a cap on imports', () => {
  it('is of the goods the cap limits, from the sender its sentence names', () => {
    expect(
      read(
        "China's crude shipments are close to 100% of the UN limit on crude oil for North Korea.",
      ),
    ).toEqual(['oil', 'CHN', 'PRK']);
  });

  it('is sent the usual way of those goods when no sender is named', () => {
    expect(
      read("Deliveries have reached about 90 percent of the ceiling on the North's fuel imports."),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });
});

describe('a share of a need a country is meeting', () => {
  it('is supplied by that country, though auxiliaries stand between it and the verb', () => {
    expect(
      read("Russia alone could be meeting roughly two-thirds of the North's fuel needs."),
    ).toEqual(['oil', 'RUS', 'PRK']);
  });
});
