import { api } from '../api.ts';
import { field, h, replace, select } from '../dom.ts';
import { dataTable } from '../exports.ts';
import { formatValue, partialDateStart, words } from '../format.ts';
import { anyOf, CATEGORIES, EVENT_TYPES } from '../options.ts';
import { href } from '../route.ts';
import { navigate, type View } from '../view.ts';

interface Item {
  readonly kind: 'event' | 'claim';
  readonly date: string;
  readonly day: string;
  readonly group: string;
  readonly text: string;
  readonly detail: string;
  readonly documentId: string;
  readonly claimId: string | null;
}

export const renderTimeline: View = async ({ root, route }) => {
  const show = route.query.get('show') ?? 'both';
  const type = route.query.get('type') ?? '';
  const category = route.query.get('category') ?? '';
  const q = (route.query.get('q') ?? '').toLowerCase();
  const [events, claims] = await Promise.all([
    show === 'claims' ? null : api.events({ limit: 500, type }),
    show === 'events' ? null : api.claims({ limit: 500, category }),
  ]);
  const items: Item[] = [];
  for (const event of events?.items ?? []) {
    const day = partialDateStart(event.date);
    if (day === null || event.date === null) continue;
    items.push({
      kind: 'event',
      date: event.date,
      day,
      group: `event: ${event.type}`,
      text: event.text,
      detail: [event.actors.join(', '), event.place].filter(Boolean).join(' · '),
      documentId: event.documentId,
      claimId: null,
    });
  }
  for (const claim of claims?.items ?? []) {
    if (claim.status === 'rejected') continue;
    const date = claim.period?.end ?? claim.period?.start ?? null;
    const day = partialDateStart(date);
    if (day === null || date === null) continue;
    items.push({
      kind: 'claim',
      date,
      day,
      group: `claim: ${words(claim.category)}`,
      text: claim.text,
      detail: formatValue(claim.value ?? claim.low ?? claim.high, claim.unit),
      documentId: claim.documentId,
      claimId: claim.id,
    });
  }
  const shown = items
    .filter(
      (item) =>
        q === '' || item.text.toLowerCase().includes(q) || item.detail.toLowerCase().includes(q),
    )
    .sort((a, b) => a.day.localeCompare(b.day));
  const groups = [...new Set(shown.map((item) => item.group))].sort();

  const { mountChart } = await import('../charts.ts');
  const chart = mountChart({
    name: 'timeline',
    height: Math.max(260, groups.length * 28 + 90),
    label: 'Dated events and claims over time',
    option: {
      grid: { left: 170, right: 24, top: 16, bottom: 64 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: groups, axisLabel: { fontSize: 11 } },
      dataZoom: [{ type: 'slider', height: 18, bottom: 12 }],
      tooltip: {
        trigger: 'item',
        formatter: (params: { dataIndex: number }) => {
          const item = shown[params.dataIndex];
          return item === undefined ? '' : `${item.date}: ${item.text.slice(0, 120)}`;
        },
      },
      series: [
        {
          type: 'scatter',
          symbolSize: 11,
          data: shown.map((item) => ({
            value: [item.day, item.group],
            itemStyle: { color: item.kind === 'event' ? '#6b5ca5' : '#2f6f9f' },
          })),
        },
      ],
    },
  });
  chart.chart.on('click', (params) => {
    const item = shown[params.dataIndex];
    if (item !== undefined) {
      navigate(href(`/documents/${encodeURIComponent(item.documentId)}`, { claim: item.claimId }));
    }
  });

  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    field(
      'Show',
      select({
        name: 'show',
        values: [
          ['both', 'events and claims'],
          ['events', 'events'],
          ['claims', 'claims'],
        ],
        current: show,
      }),
    ),
    field('Event type', select({ name: 'type', values: anyOf(EVENT_TYPES), current: type })),
    field(
      'Claim category',
      select({ name: 'category', values: anyOf(CATEGORIES), current: category }),
    ),
    field('Text', h('input', { name: 'q', type: 'search', value: route.query.get('q') ?? '' })),
    h('button', { type: 'submit' }, 'Apply'),
  );
  const apply = () => {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    navigate(
      href('/timeline', {
        show: value('show') === 'both' ? '' : value('show'),
        type: value('type'),
        category: value('category'),
        q: value('q'),
      }),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  for (const control of form.querySelectorAll('select')) control.addEventListener('change', apply);

  replace(
    root,
    h('h1', {}, 'Timeline'),
    form,
    chart.element,
    dataTable({
      name: 'timeline',
      caption: `${shown.length} dated items`,
      rows: shown,
      onRow: (item) =>
        navigate(
          href(`/documents/${encodeURIComponent(item.documentId)}`, { claim: item.claimId }),
        ),
      columns: [
        { header: 'date', value: (item) => item.date },
        { header: 'kind', value: (item) => item.group },
        { header: 'text', value: (item) => item.text, className: 'quote' },
        { header: 'detail', value: (item) => item.detail },
      ],
    }),
  );
  return () => chart.dispose();
};
