import { api } from '../api.ts';
import { field, h, replace, select } from '../dom.ts';
import { dataTable } from '../exports.ts';
import { claimFigure, countryName, words } from '../format.ts';
import { anyOf, CATEGORIES, COUNTRIES, STATUSES } from '../options.ts';
import { pager } from '../pager.ts';
import { href } from '../route.ts';
import { navigate, type View } from '../view.ts';

const FILTERS = ['status', 'category', 'country', 'source', 'text', 'sort', 'q'] as const;
const PAGE = 100;

export const renderClaims: View = async ({ root, route }) => {
  const state = Object.fromEntries(FILTERS.map((name) => [name, route.query.get(name) ?? '']));
  const offset = Math.max(0, Number(route.query.get('offset') ?? 0) || 0);
  const [page, hits] = await Promise.all([
    api.claims({
      status: state.status,
      category: state.category,
      country: state.country,
      source: state.source,
      text: state.text,
      sort: state.sort,
      limit: PAGE,
      offset,
    }),
    state.q === '' ? Promise.resolve(null) : api.search(state.q ?? ''),
  ]);

  const pages = pager({
    offset,
    size: PAGE,
    shown: page.items.length,
    total: page.total,
    totalCapped: page.totalCapped === true,
  });

  const form = h('form', { class: 'filters', role: 'search' });
  const text = (name: string, label: string, placeholder: string) =>
    field(label, h('input', { name, type: 'search', value: state[name] ?? '', placeholder }));
  form.append(
    text('text', 'Quote contains', 'e.g. troops'),
    text('source', 'Source', 'name, affiliation or publisher'),
    field(
      'Status',
      select({ name: 'status', values: anyOf(STATUSES), current: state.status ?? '' }),
    ),
    field(
      'Category',
      select({ name: 'category', values: anyOf(CATEGORIES), current: state.category ?? '' }),
    ),
    field(
      'Country',
      select({ name: 'country', values: anyOf(COUNTRIES), current: state.country ?? '' }),
    ),
    field(
      'Sort',
      select({
        name: 'sort',
        values: [
          ['', 'document order'],
          ['-value', 'largest first'],
          ['value', 'smallest first'],
          ['category', 'category'],
          ['-updatedAt', 'recently changed'],
        ],
        current: state.sort ?? '',
      }),
    ),
    text('q', 'Search documents', 'full text'),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate(
      href(
        '/claims',
        Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '')])),
      ),
    );
  });
  for (const control of form.querySelectorAll('select')) {
    control.addEventListener('change', () => form.requestSubmit());
  }

  const pageLink = (to: number, label: string) =>
    h('a', { href: href('/claims', { ...state, offset: to === 0 ? '' : String(to) }) }, label);
  replace(
    root,
    h('h1', {}, 'Claims'),
    form,
    hits === null
      ? null
      : h(
          'section',
          { class: 'search-hits', 'aria-label': 'Documents found' },
          h('h2', {}, `Documents matching “${state.q}”`),
          hits.items.length === 0
            ? h('p', { class: 'empty' }, 'No document matches.')
            : h(
                'ol',
                {},
                ...hits.items.map((hit) =>
                  h(
                    'li',
                    {},
                    h(
                      'a',
                      { href: `/documents/${encodeURIComponent(hit.documentId)}` },
                      hit.title ?? hit.documentId.slice(0, 12),
                    ),
                    // The snippet's highlight markers are characters like any other: shown as text.
                    h('span', { class: 'snippet' }, ` ${hit.snippet}`),
                  ),
                ),
              ),
        ),
    dataTable({
      name: 'claims',
      caption: pages.caption,
      rows: page.items,
      onRow: (claim) =>
        navigate(href(`/documents/${encodeURIComponent(claim.documentId)}`, { claim: claim.id })),
      rowClass: (claim) => `status-${claim.status}`,
      columns: [
        { header: 'quote', value: (claim) => claim.text, className: 'quote' },
        { header: 'figure', value: claimFigure },
        { header: 'category', value: (claim) => words(claim.category) },
        { header: 'from', value: (claim) => countryName(claim.from) },
        { header: 'to', value: (claim) => countryName(claim.to) },
        { header: 'source', value: (claim) => claim.attribution?.name ?? '' },
        { header: 'status', value: (claim) => claim.status },
        { header: 'id', value: (claim) => claim.id, className: 'id' },
      ],
    }),
    h(
      'p',
      { class: 'pager' },
      pages.previous === null ? null : pageLink(pages.previous, '← previous'),
      ' ',
      pages.next === null ? null : pageLink(pages.next, 'next →'),
    ),
  );
};
