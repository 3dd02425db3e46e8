import type { Flow } from './types.ts';

/** One band of the exchange: what a country sends the other in one category, with its flows. */
export interface Band {
  readonly key: string;
  readonly from: 'PRK' | 'RUS';
  readonly to: 'PRK' | 'RUS';
  readonly category: string;
  readonly flows: readonly Flow[];
  readonly claims: number;
}

const SIDES = new Set(['PRK', 'RUS']);

/**
 * The flows between North Korea and Russia grouped into bands by direction and category, in a
 * stable order. Flows to or from anyone else are left to the table.
 */
export function bandsOf(flows: readonly Flow[]): Band[] {
  const bands = new Map<
    string,
    { from: 'PRK' | 'RUS'; to: 'PRK' | 'RUS'; category: string; flows: Flow[] }
  >();
  for (const flow of flows) {
    if (flow.from === null || flow.to === null || flow.from === flow.to) continue;
    if (!SIDES.has(flow.from) || !SIDES.has(flow.to)) continue;
    const key = `${flow.from}-${flow.to}-${flow.category}`;
    const band = bands.get(key) ?? {
      from: flow.from as 'PRK' | 'RUS',
      to: flow.to as 'PRK' | 'RUS',
      category: flow.category,
      flows: [],
    };
    band.flows.push(flow);
    bands.set(key, band);
  }
  return [...bands.entries()]
    .map(([key, band]) => ({
      key,
      ...band,
      claims: band.flows.reduce((sum, flow) => sum + flow.claimCount, 0),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The flow that speaks for a band in its label: the one with the most claims behind it. */
export function leadFlow(band: Band): Flow | undefined {
  return [...band.flows].sort((a, b) => b.claimCount - a.claimCount)[0];
}
