import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const sources = (text: string) => claimsIn(text).map((c) => c.attribution?.name ?? null);

describe('a source described in lower case', () => {
  it('credits "according to the defence ministry" to the ministry the text named in full before', () => {
    expect(
      sources(
        'The Ministry of National Defense in Seoul said 3,000 soldiers had been wounded. According to the defence ministry, 400 soldiers had been captured.',
      ),
    ).toEqual([
      'The Ministry of National Defense in Seoul',
      'The Ministry of National Defense in Seoul',
    ]);
  });

  it('finds the body through a synonym of its noun ("the border guard agency" for a Service)', () => {
    expect(
      sources(
        'The State Border Service said 90 trucks crossed on Monday. A day later 40 trucks crossed, according to the border guard agency.',
      ),
    ).toEqual(['The State Border Service', 'The State Border Service']);
  });

  it('keeps the description when no body named before has its noun', () => {
    expect(
      sources(
        'The State Border Service said 90 trucks crossed on Monday. A day later 40 trucks crossed, according to the regional trade council.',
      ),
    ).toEqual(['The State Border Service', 'the regional trade council']);
  });

  it('does not hand a description to a person named before', () => {
    expect(
      sources(
        'Defence Minister Anna Berg said 90 trucks crossed on Monday. A day later 40 trucks crossed, according to the defence ministry.',
      ),
    ).toEqual(['Defence Minister Anna Berg', 'the defence ministry']);
  });

  it('reads "according to the report" as the body last named by a proper name, not one described in lower case', () => {
    expect(
      sources(
        'The Baltic Shipping Monitor tracked 40 tankers in May. A member state said 12 tankers were Russian. According to the report, 30 tankers unloaded in Nakhodka.',
      ),
    ).toEqual(['The Baltic Shipping Monitor', 'A member state', 'The Baltic Shipping Monitor']);
  });
});
