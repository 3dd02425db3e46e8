import { describe, expect, it } from 'vitest';
import { devCorpus } from './cli-support.ts';
import { scoreExtractor } from './extract-support.ts';

describe.skipIf(devCorpus === null)(
  'the extractor against the dev gold, scored by the shared scorer',
  () => {
    const report = scoreExtractor(devCorpus ?? '');

    it('reaches strict claim F1 of at least 0.90', () => {
      expect(report.strict.f1, report.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });

    it('reaches event F1 of at least 0.80', () => {
      expect(report.events.f1).toBeGreaterThanOrEqual(0.8);
    });
  },
);
