import { describe, expect, it } from 'vitest';
import { eventsIn } from './test-helpers.ts';

describe('the publication date a document is read against', () => {
  it('resolves each document against its own date when the dates alternate', () => {
    const text = 'Kim Jong Un met Vladimir Putin on Monday.';
    const days = ['2024-12-03', '2024-11-20', '2024-12-03', '2025-01-09'];
    expect(days.map((day) => eventsIn(text, day)[0]?.date)).toEqual([
      '2024-12-02',
      '2024-11-18',
      '2024-12-02',
      '2025-01-06',
    ]);
  });

  it('reads a document with no date after one with a date, and one with after', () => {
    const text = 'Kim Jong Un met Vladimir Putin in July 2023.';
    expect(eventsIn(text, '2024-12-03')[0]?.date).toBe('2023-07');
    expect(eventsIn(text, null)[0]?.date).toBe('2023-07');
    expect(eventsIn('Kim Jong Un met Vladimir Putin on Monday.', '2024-12-03')[0]?.date).toBe(
      '2024-12-02',
    );
  });
});
