import { api } from '../api.ts';
import { h, replace } from '../dom.ts';
import { formatValue } from '../format.ts';
import { sourcesOf } from '../indicators.ts';
import type { IndicatorResult } from '../types.ts';
import type { View } from '../view.ts';

/** The p5–p95 band on the card's own scale, with the median as a tick. */
function rangeBar(result: IndicatorResult): HTMLElement | null {
  const summary = result.summary;
  if (summary === undefined) return null;
  const low = Math.min(summary.histogram.from, summary.p5);
  const high = Math.max(summary.histogram.to, summary.p95);
  const span = high - low || 1;
  const at = (value: number) => `${(((value - low) / span) * 100).toFixed(2)}%`;
  const band = h('span', { class: 'band' });
  band.style.left = at(summary.p5);
  band.style.width = `${(((summary.p95 - summary.p5) / span) * 100).toFixed(2)}%`;
  const tick = h('span', { class: 'tick' });
  tick.style.left = at(summary.median);
  return h(
    'div',
    { class: 'range-bar', 'aria-hidden': 'true', title: '5th to 95th percentile' },
    band,
    tick,
  );
}

function card(result: IndicatorResult): HTMLElement {
  const { indicator, summary } = result;
  const sources = sourcesOf(result);
  const contradiction = result.inputs.some((input) => input.flow.contradiction);
  return h(
    'a',
    {
      class: `indicator-card ${indicator.kind}`,
      href: `/indicators/${encodeURIComponent(indicator.id)}`,
      'data-indicator': indicator.id,
    },
    h('h3', {}, indicator.title),
    summary === undefined
      ? h(
          'p',
          { class: 'missing' },
          `Not enough reviewed evidence: ${(result.missing ?? []).map((m) => m.name).join(', ') || result.status}`,
        )
      : h(
          'p',
          { class: 'median', 'data-median': summary.median },
          formatValue(summary.median, indicator.unit),
        ),
    rangeBar(result),
    summary === undefined
      ? null
      : h(
          'p',
          { class: 'range' },
          `90% range ${formatValue(summary.p5, indicator.unit)} to ${formatValue(summary.p95, indicator.unit)}`,
        ),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'sources' }, `${sources} ${sources === 1 ? 'source' : 'sources'}`),
      contradiction
        ? h(
            'span',
            { class: 'contradiction', title: 'Sources disagree beyond their stated ranges' },
            '⚠ sources disagree',
          )
        : null,
    ),
  );
}

export const renderOverview: View = async ({ root }) => {
  const [indicators, overview] = await Promise.all([api.indicators(), api.overview()]);
  const section = (kind: 'gain' | 'risk', title: string) =>
    h(
      'section',
      { class: `cards ${kind}`, 'aria-label': title },
      h('h2', {}, title),
      h(
        'div',
        { class: 'card-grid' },
        ...indicators.items.filter((item) => item.indicator.kind === kind).map(card),
      ),
    );
  const proposed = overview.statuses.proposed ?? 0;
  replace(
    root,
    h(
      'div',
      { class: 'intro' },
      h('h1', {}, 'The North Korea–Russia exchange'),
      h(
        'p',
        { class: 'lede' },
        `Troops, shells and missiles one way; oil, food, cash and technology back. ${overview.documents} documents, ${overview.claims} claims and ${overview.events} events; each figure below is a median with its 5th–95th percentile range, from reviewed claims only.`,
      ),
      proposed > 0
        ? h(
            'p',
            {},
            h(
              'a',
              { href: '/review' },
              `${proposed} ${proposed === 1 ? 'claim waits' : 'claims wait'} for review.`,
            ),
          )
        : null,
    ),
    section('gain', 'What North Korea gains'),
    section('risk', 'What it risks'),
  );
  // The browser suite reads this mark as the overview's first meaningful paint.
  performance.mark('tally:overview-ready');
};
