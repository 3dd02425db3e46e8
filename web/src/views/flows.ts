import { api, ApiError } from '../api.ts';
import { field, h, replace, select, toast } from '../dom.ts';
import { dataTable } from '../exports.ts';
import { countryName, formatValue, words } from '../format.ts';
import { href } from '../route.ts';
import { bandsOf, leadFlow, type Band } from '../sankey.ts';
import type { Flow } from '../types.ts';
import { navigate, remember, type View } from '../view.ts';

const failure = (error: unknown) =>
  error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
const sender = (code: string) => `${countryName(code)} sends`;
const receiver = (code: string) => `${countryName(code)} receives`;
const middle = (band: Band) => `${words(band.category)} → ${countryName(band.to)}`;

function rangeLabel(flow: Flow | undefined): string {
  if (flow === undefined) return '';
  return `${formatValue(flow.low, flow.unit)} – ${formatValue(flow.high, flow.unit)}`;
}

function sankeyOption(bands: readonly Band[]) {
  const nodes = new Map<string, { name: string; itemStyle: { color: string } }>();
  const color = (code: string) => (code === 'PRK' ? '#b0513a' : '#2f6f9f');
  const links = [];
  for (const band of bands) {
    for (const name of [sender(band.from), middle(band), receiver(band.to)]) {
      nodes.set(name, { name, itemStyle: { color: color(band.from) } });
    }
    const value = band.claims;
    const label = rangeLabel(leadFlow(band));
    links.push(
      { source: sender(band.from), target: middle(band), value, band: band.key, label },
      { source: middle(band), target: receiver(band.to), value, band: band.key, label },
    );
  }
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: {
        dataType: string;
        data: { label?: string; value?: number };
        name: string;
      }) =>
        params.dataType === 'edge'
          ? `${params.data.label ?? ''} (${params.data.value ?? 0} claims)`
          : params.name,
    },
    series: [
      {
        type: 'sankey',
        data: [...nodes.values()],
        links,
        nodeAlign: 'justify',
        layoutIterations: 0,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.45 },
        label: { fontSize: 12, color: '#222' },
        edgeLabel: {
          show: true,
          fontSize: 11,
          color: '#333',
          formatter: (params: { data: { label?: string } }) => params.data.label ?? '',
        },
        left: 8,
        right: 150,
      },
    ],
  };
}

export const renderFlows: View = async ({ root, route }) => {
  const rule = route.query.get('rule') === 'pooled' ? 'pooled' : 'conservative';
  const { items } = await api.flows(rule);
  const bands = bandsOf(items);
  let selected = bands.find((band) => band.key === route.query.get('band')) ?? null;
  const { mountChart } = await import('../charts.ts');
  const chart = mountChart({
    name: `flows-${rule}`,
    option: sankeyOption(bands),
    height: Math.max(360, bands.length * 46),
    label: 'Sankey diagram of what North Korea and Russia send each other, by category',
  });
  const bandSlot = h('section', { class: 'band-claims', 'aria-live': 'polite' });
  /** Claims shown per flow of a band at first and per "more": the listing carries none. */
  const PAGE = 100;
  let drawn = 0;
  const drawBand = async () => {
    const drawing = (drawn += 1);
    if (selected === null) {
      replace(bandSlot, h('p', { class: 'hint' }, 'Click a band to list the claims behind it.'));
      return;
    }
    const band = selected;
    const heading = `${countryName(band.from)} → ${countryName(band.to)}: ${words(band.category)}`;
    replace(bandSlot, h('p', { class: 'hint' }, `Loading the claims of ${heading}…`));
    let pages;
    try {
      pages = await Promise.all(
        band.flows.map(async (flow) => ({
          flow,
          page: await api.flowClaims(flow.key, { rule, limit: PAGE }),
        })),
      );
    } catch (error) {
      if (drawing === drawn) replace(bandSlot, h('p', { class: 'error' }, failure(error)));
      return;
    }
    const rows = pages.flatMap(({ flow, page }) => page.items.map((claim) => ({ flow, claim })));
    const cursors = new Map(pages.map(({ flow, page }) => [flow.key, page.next]));
    const render = () => {
      // A later click (another band) has taken the slot: this one's answer is dropped.
      if (drawing !== drawn) return;
      const more = [...cursors.values()].some((next) => next !== undefined);
      replace(
        bandSlot,
        h('h2', {}, heading),
        dataTable({
          name: `flow-${band.key}-claims`,
          caption: `${band.claims} claims in ${band.flows.length} estimated flow${band.flows.length === 1 ? '' : 's'}${rows.length < band.claims ? `, the ${rows.length} most recently published shown` : ''}`,
          rows,
          onRow: (row) =>
            navigate(
              href(`/documents/${encodeURIComponent(row.claim.documentId)}`, {
                claim: row.claim.claimId,
              }),
            ),
          columns: [
            { header: 'flow', value: (row) => row.flow.label },
            { header: 'estimate', value: (row) => rangeLabel(row.flow) },
            { header: 'quote', value: (row) => row.claim.text, className: 'quote' },
            { header: 'reading', value: (row) => row.claim.reading },
            { header: 'source', value: (row) => row.claim.origin },
            { header: 'published', value: (row) => row.claim.published ?? '' },
          ],
        }),
        more
          ? h(
              'button',
              { type: 'button', class: 'more-claims', onclick: () => void showMore() },
              `Show ${PAGE} more per flow`,
            )
          : null,
      );
    };
    const showMore = async () => {
      let next;
      try {
        next = await Promise.all(
          band.flows
            .filter((flow) => cursors.get(flow.key) !== undefined)
            .map(async (flow) => ({
              flow,
              page: await api.flowClaims(flow.key, {
                rule,
                limit: PAGE,
                after: cursors.get(flow.key) ?? '',
              }),
            })),
        );
      } catch (error) {
        toast(failure(error), 'error');
        return;
      }
      for (const { flow, page } of next) {
        rows.push(...page.items.map((claim) => ({ flow, claim })));
        cursors.set(flow.key, page.next);
      }
      render();
    };
    render();
  };
  chart.chart.on('click', (params) => {
    const band = (params.data as { band?: string } | undefined)?.band;
    const found = bands.find((candidate) => candidate.key === band);
    if (found === undefined) return;
    selected = found;
    remember(href('/flows', { rule: rule === 'conservative' ? null : rule, band: found.key }));
    void drawBand();
  });
  const ruleForm = h(
    'form',
    { class: 'filters' },
    field(
      'Reconciliation',
      select({
        name: 'rule',
        values: [
          ['conservative', 'conservative (widest honest range)'],
          ['pooled', 'pooled (sources combined)'],
        ],
        current: rule,
      }),
    ),
  );
  ruleForm.addEventListener('change', () => {
    const value = String(new FormData(ruleForm).get('rule'));
    navigate(href('/flows', { rule: value === 'conservative' ? null : value }));
  });
  // A keyboard path to every band, since the chart itself takes no focus.
  const bandButtons = h(
    'p',
    { class: 'band-list' },
    ...bands.map((band) =>
      h(
        'button',
        {
          type: 'button',
          'data-band': band.key,
          onclick: () => {
            selected = band;
            remember(
              href('/flows', { rule: rule === 'conservative' ? null : rule, band: band.key }),
            );
            void drawBand();
          },
        },
        `${countryName(band.from)} → ${countryName(band.to)}: ${words(band.category)}`,
      ),
    ),
  );
  replace(
    root,
    h('h1', {}, 'Flows between North Korea and Russia'),
    h(
      'p',
      { class: 'lede' },
      'Band width is the number of reviewed claims behind each flow; labels give the estimated range of the best-attested flow in its own unit.',
    ),
    ruleForm,
    chart.element,
    bandButtons,
    bandSlot,
    dataTable({
      name: `flows-${rule}`,
      caption: 'Every estimated flow',
      rows: items,
      columns: [
        { header: 'flow', value: (flow) => flow.label },
        { header: 'from', value: (flow) => countryName(flow.from) },
        { header: 'to', value: (flow) => countryName(flow.to) },
        { header: 'low', value: (flow) => flow.low },
        { header: 'best', value: (flow) => flow.best },
        { header: 'high', value: (flow) => flow.high },
        { header: 'unit', value: (flow) => flow.unit },
        { header: 'claims', value: (flow) => flow.claimCount },
        { header: 'documents', value: (flow) => flow.documents },
        { header: 'contradiction', value: (flow) => (flow.contradiction ? 'yes' : '') },
      ],
    }),
  );
  void drawBand();
  return () => chart.dispose();
};
