import { describe, expect, it } from 'vitest';
import { spanProblem } from './maintenance.ts';

const documentText = 'Seoul said 10,000 troops crossed.';

describe('spanProblem', () => {
  it('accepts a span that quotes its document exactly', () => {
    expect(spanProblem({ span: [11, 24], text: '10,000 troops', documentText })).toBeUndefined();
  });

  it('reports a quote that differs from the text at its span', () => {
    expect(spanProblem({ span: [11, 24], text: '12,000 troops', documentText })).toBe(
      'quotes text that differs from its document at [11, 24]',
    );
  });

  it('reports a span past the end of its document', () => {
    expect(spanProblem({ span: [30, 40], text: 'd.', documentText })).toBe(
      'has a span [30, 40] past the end of its document (33 characters)',
    );
  });

  it('reports a span that runs backwards or is not whole numbers', () => {
    expect(spanProblem({ span: [5, 2], text: '', documentText })).toBe(
      'has a malformed span [5, 2]',
    );
    expect(spanProblem({ span: [1.5, 3], text: '', documentText })).toBe(
      'has a malformed span [1.5, 3]',
    );
  });

  it('reports a quote whose document is missing', () => {
    expect(spanProblem({ span: [0, 1], text: 'S', documentText: undefined })).toBe(
      'has no document',
    );
  });
});
