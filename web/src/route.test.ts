import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './route.ts';

describe('parseRoute', () => {
  it('opens the overview at the root', () => {
    expect(parseRoute('/', '').view).toBe('overview');
  });

  it('reads an indicator id and its scenario from the URL', () => {
    const route = parseRoute('/indicators/earnings_per_year', '?a.arms_trade_years=2');
    expect(route.view).toBe('indicator');
    expect(route.id).toBe('earnings_per_year');
    expect(route.query.get('a.arms_trade_years')).toBe('2');
  });

  it('reads a document id with a trailing slash', () => {
    expect(parseRoute('/documents/abc123/', '?claim=c1')).toMatchObject({
      view: 'document',
      id: 'abc123',
    });
  });

  it('names unknown paths as not found', () => {
    expect(parseRoute('/nope', '').view).toBe('not-found');
    expect(parseRoute('/claims/x', '').view).toBe('not-found');
    expect(parseRoute('/documents/a/b', '').view).toBe('not-found');
  });
});

describe('href', () => {
  it('drops empty values from the query', () => {
    expect(href('/claims', { status: 'accepted', text: '', source: null })).toBe(
      '/claims?status=accepted',
    );
  });

  it('encodes values so they come back unchanged', () => {
    const link = href('/claims', { text: 'a&b=c d' });
    expect(parseRoute('/claims', link.slice(link.indexOf('?'))).query.get('text')).toBe('a&b=c d');
  });
});
