import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe('seas named after a country', () => {
  it('makes China no side of transfers "in the East China Sea"', () => {
    expect(
      read(
        'Fuel kept reaching the North all year. Navies logged 18 ship-to-ship transfers in the East China Sea.',
      ),
    ).toBe('oil ->PRK');
  });

  it('makes Japan no side of transfers "in the Sea of Japan"', () => {
    expect(
      read('Patrol aircraft saw 9 ship-to-ship transfers in the Sea of Japan this year.'),
    ).toBe('oil ->PRK');
  });

  it('still reads China where the sentence names it as the sender', () => {
    expect(
      read('China shipped 300,000 barrels of diesel to North Korea across the East China Sea.'),
    ).toBe('oil CHN>PRK');
  });
});

describe('transfers made at sea to hide their cargo', () => {
  it('are of fuel when no goods are named, with no sender', () => {
    expect(
      read('The ministry reported 30 suspected transfers involving North Korean tankers.'),
    ).toBe('oil ->PRK');
  });

  it('are sent from the country whose waters they were made in', () => {
    expect(read('Monitors recorded 11 ship-to-ship transfers in Russian waters this spring.')).toBe(
      'oil RUS>PRK',
    );
  });

  it('are sent from the country of the port they were made off', () => {
    expect(read('Monitors recorded 11 ship-to-ship transfers off Vladivostok this spring.')).toBe(
      'oil RUS>PRK',
    );
  });

  it('take no sender from "in its report"', () => {
    expect(
      read(
        'Moscow denies breaking the cap. In its report, the panel counted 25 ship-to-ship transfers to North Korean tankers.',
      ),
    ).toBe('oil ->PRK');
  });

  it('keep the goods their phrase names', () => {
    expect(
      read(
        'North Korea sold coal to China. Coast guards saw 30 ship-to-ship transfers of coal near Ningbo.',
      ),
    ).toBe('trade PRK>CHN');
  });
});
