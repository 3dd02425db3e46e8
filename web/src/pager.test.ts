import { describe, expect, it } from 'vitest';
import { pager } from './pager.ts';

describe('pager', () => {
  it('shows a short result whole, with no pages before or after', () => {
    expect(pager({ offset: 0, size: 100, shown: 42, total: 42, totalCapped: false })).toEqual({
      caption: '42 claims',
      previous: null,
      next: null,
    });
  });

  it('names the range shown and both neighbours in the middle of a counted result', () => {
    expect(pager({ offset: 200, size: 100, shown: 100, total: 450, totalCapped: false })).toEqual({
      caption: '450 claims, 201–300 shown',
      previous: 100,
      next: 300,
    });
  });

  it('ends at the last counted page', () => {
    expect(pager({ offset: 400, size: 100, shown: 50, total: 450, totalCapped: false }).next).toBe(
      null,
    );
  });

  it('shows a capped total as a floor and goes on past it while pages come back full', () => {
    const beyond = pager({ offset: 1000, size: 100, shown: 100, total: 1000, totalCapped: true });
    expect(beyond.caption).toBe('1,000+ claims, 1,001–1,100 shown');
    expect(beyond.next).toBe(1100);
    expect(beyond.previous).toBe(900);
  });

  it('stops after a capped result when a page comes back short', () => {
    expect(
      pager({ offset: 5000, size: 100, shown: 7, total: 1000, totalCapped: true }).next,
    ).toBeNull();
  });
});
