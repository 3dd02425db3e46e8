import { describe, expect, it } from 'vitest';
import { estimateFlows, originOf, RECONCILIATION_RULES, type FlowEstimate } from './flows.ts';
import { docId, makeClaim, TEST_CLAIMS, TEST_DOCUMENTS } from './testing.ts';

const flows = (claims = TEST_CLAIMS, rule?: 'conservative' | 'pooled') =>
  estimateFlows({ claims, documents: TEST_DOCUMENTS, ...(rule ? { rule } : {}) });
const flowWith = (list: FlowEstimate[], claimId: string) => {
  const found = list.find((flow) => flow.claims.some((c) => c.claimId === claimId));
  if (!found) throw new Error(`no flow holds ${claimId}`);
  return found;
};

const containers = (id: string, value: number, name: string) =>
  makeClaim({
    id,
    value,
    unit: 'container',
    category: 'munitions',
    from: 'PRK',
    to: 'RUS',
    attribution: { name, affiliation: null },
  });

describe('estimateFlows', () => {
  it('groups counted claims by category, unit, ends and period, ignoring unreviewed ones', () => {
    const list = flows();
    const troops = flowWith(list, 'troops');
    expect(troops.label).toBe('personnel (person) PRK → RUS, cumulative to 2024-12');
    expect(troops.claims.map((c) => c.claimId)).toEqual(['troops']);
    expect(list.some((flow) => flow.claims.some((c) => c.claimId === 'troops-unreviewed'))).toBe(
      false,
    );
    const rejected = TEST_CLAIMS.map((c) =>
      c.id === 'troops' ? { ...c, status: 'rejected' as const } : c,
    );
    expect(flows(rejected).some((flow) => flow.category === 'personnel')).toBe(false);
  });

  it('counts a source repeated by two outlets as one independent origin', () => {
    const arms = flowWith(flows(), 'arms');
    expect(arms.claims.map((c) => c.claimId)).toEqual(['arms', 'arms-wire']);
    expect(arms.outlets).toBe(2);
    expect(arms.documents).toBe(2);
    expect(arms.origins).toHaveLength(1);
    expect(arms.origins[0]?.name).toBe('Olena Guseinova (Hankuk University of Foreign Studies)');
    expect(arms.origins[0]?.documentIds).toEqual([docId(1), docId(2)]);
  });

  it('counts a surname as the same origin as the one full name it belongs to', () => {
    const full = containers('full', 20_000, 'Olena Guseinova');
    const surname = containers('short', 21_000, 'Guseinova');
    const korean = containers('korean', 20_500, 'Shin Won-sik');
    const family = containers('family', 19_500, 'Shin');
    const [flow] = flows([full, surname, korean, family]);
    expect(flow?.origins.map((o) => [o.name, o.claimIds])).toEqual([
      ['Shin Won-sik', ['family', 'korean']],
      ['Olena Guseinova', ['full', 'short']],
    ]);
  });

  it('leaves a surname alone when two full names share it, or when it is a common noun', () => {
    const claims = [
      containers('a', 20_000, 'Kim Jong-un'),
      containers('b', 20_000, 'Kim Yo-jong'),
      containers('c', 20_000, 'Kim'),
      containers('d', 20_000, 'officials'),
      containers('e', 20_000, 'South Korean officials'),
    ];
    expect(flows(claims)[0]?.origins).toHaveLength(5);
  });

  it('treats a figure an outlet states in its own voice as the outlet’s', () => {
    expect(originOf(makeClaim({ id: 'x' }), TEST_DOCUMENTS[0])).toEqual({
      key: 'outlet:daily paper',
      name: 'Daily Paper (in its own voice)',
    });
    expect(
      originOf(makeClaim({ id: 'y', attribution: { name: null, affiliation: 'KIDA' } })).key,
    ).toBe('kida');
  });

  it('groups running totals of one month together whatever start they name', () => {
    const since = makeClaim({
      id: 'since',
      value: 5e9,
      qualifier: 'up_to',
      unit: 'usd',
      category: 'money',
      from: 'RUS',
      to: 'PRK',
      period: { start: '2023', end: null, per: null },
    });
    const bare = {
      ...since,
      id: 'bare',
      period: null,
      attribution: { name: 'analysts', affiliation: null },
    };
    const [flow, ...others] = flows([since, bare]);
    expect(others).toEqual([]);
    expect(flow?.period).toMatchObject({ start: null, label: 'cumulative to 2024-12' });
    expect(flow?.claims.map((c) => c.statedPeriod)).toEqual([null, since.period]);
  });

  it('puts the two directions of a trade pair in one flow', () => {
    const list = flows();
    const trade2024 = flowWith(list, 'china-trade-2024');
    const trade2023 = flowWith(list, 'china-trade-2023');
    expect([trade2024.from, trade2024.to]).toEqual(['CHN', 'PRK']);
    expect([trade2023.from, trade2023.to]).toEqual(['CHN', 'PRK']);
    expect(trade2023.period.label).toBe('2023-01 to 2023-09');
  });

  it('turns a monthly rate into a yearly one', () => {
    const monthly = makeClaim({
      id: 'm',
      value: 105,
      unit: 'barrel',
      category: 'oil',
      period: { start: null, end: null, per: 'month' },
    });
    const [flow] = flows([monthly]);
    expect(flow?.period.label).toBe('per year');
    expect(flow?.claims[0]?.distribution).toEqual({ kind: 'uniform', low: 1254, high: 1266 });
  });

  it('flags a contradiction when two origins’ ranges do not overlap', () => {
    const [flow] = flows([
      containers('a', 6700, 'Defence ministry'),
      containers('b', 20_000, 'Officials'),
    ]);
    expect(flow?.contradiction).toBe(true);
    expect(flow?.conflicts).toEqual([['defence ministry', 'officials']]);
    const [agreeing] = flows([
      containers('a', 19_000, 'Defence ministry'),
      containers('b', 20_000, 'Officials'),
    ]);
    expect(agreeing?.contradiction).toBe(false);
  });

  it('never flags figures from one origin against each other', () => {
    const [flow] = flows([
      containers('a', 6700, 'Officials'),
      containers('b', 20_000, 'Officials'),
    ]);
    expect(flow?.origins).toHaveLength(1);
    expect(flow?.contradiction).toBe(false);
  });

  it('takes the lowest credible origin under the conservative rule and mixes them when pooled', () => {
    const claims = [
      containers('a', 6700, 'Defence ministry'),
      containers('b', 20_000, 'Officials'),
    ];
    const [conservative] = flows(claims, 'conservative');
    const [pooled] = flows(claims, 'pooled');
    expect(conservative?.rule).toBe('conservative');
    expect(conservative?.basis).toEqual(['defence ministry']);
    expect(conservative?.low).toBeCloseTo(6655, 6);
    expect(conservative?.high).toBeCloseTo(6745, 6);
    expect(pooled?.basis).toEqual(['defence ministry', 'officials']);
    // Half the mass lies at or below 6,750 and half at or above 15,000, so the median is between.
    expect(pooled?.best).toBeGreaterThanOrEqual(6700);
    expect(pooled?.best).toBeLessThanOrEqual(15_000);
    // 95 % = all of the lower origin plus 90 % of the upper one's 15,000–25,000.
    expect(pooled?.high).toBeCloseTo(24_000, 3);
    expect(Object.keys(RECONCILIATION_RULES)).toEqual(['conservative', 'pooled']);
  });

  it('reports claims whose figures cannot be read, keeping the rest', () => {
    const broken = makeClaim({ id: 'broken', value: null, qualifier: 'range', low: 5 });
    const [flow] = flows([broken, makeClaim({ id: 'fine', value: 7 })]);
    expect(flow?.unusable).toEqual([{ claimId: 'broken', message: '/value needs both bounds' }]);
    expect(flow?.claims.map((c) => c.claimId)).toEqual(['fine']);
    const [empty] = flows([broken]);
    expect(empty?.origins).toHaveLength(0);
    expect(empty?.best).toBeNaN();
  });

  it('describes how each claim was read', () => {
    const troops = flowWith(flows(), 'troops');
    expect(troops.claims[0]?.reading).toBe('triangular 9,350–12,650 (mode 11,000)');
  });
});
