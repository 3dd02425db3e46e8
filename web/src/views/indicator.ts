import { api, INTERACTIVE_DRAWS } from '../api.ts';
import { h, replace } from '../dom.ts';
import { dataTable } from '../exports.ts';
import { formatValue } from '../format.ts';
import { sliderRange, sourcesOf } from '../indicators.ts';
import { href } from '../route.ts';
import type { Assumption, DistributionSpec, IndicatorResult, Scenario } from '../types.ts';
import { remember, type View } from '../view.ts';

/** Scenario overrides live in the URL as `a.<assumption id>=<value>`, so a what-if is a permalink. */
const PREFIX = 'a.';

function overridesOf(query: URLSearchParams): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [key, value] of query) {
    const number = Number(value);
    if (key.startsWith(PREFIX) && value.trim() !== '' && Number.isFinite(number))
      found[key.slice(PREFIX.length)] = number;
  }
  return found;
}

function scenarioOf(overrides: Record<string, number>): Scenario | undefined {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return undefined;
  return {
    name: 'dashboard',
    assumptions: Object.fromEntries(
      entries.map(([id, value]): [string, DistributionSpec] => [id, { kind: 'point', value }]),
    ),
  };
}

function describeDistribution(spec: DistributionSpec, unit: string): string {
  const f = (value: number | undefined) => formatValue(value ?? null, unit);
  switch (spec.kind) {
    case 'point':
      return f(spec.value);
    case 'triangular':
      return `triangular ${f(spec.low)} to ${f(spec.high)}, most likely ${f(spec.mode)}`;
    case 'uniform':
    case 'loguniform':
      return `${spec.kind === 'loguniform' ? 'log-uniform' : 'uniform'} ${f(spec.low)} to ${f(spec.high)}`;
    default:
      return spec.kind;
  }
}

async function histogram(result: IndicatorResult) {
  const { mountChart } = await import('../charts.ts');
  return mountChart({
    name: `${result.indicator.id}-distribution`,
    option: histogramOption(result),
    height: 260,
    label: `Distribution of ${result.indicator.title}`,
  });
}

function histogramOption(result: IndicatorResult) {
  const summary = result.summary;
  if (summary === undefined) return {};
  const { from, to, counts } = summary.histogram;
  const width = (to - from) / Math.max(counts.length, 1);
  const unit = result.indicator.unit;
  const labels = counts.map((_, index) => formatValue(from + width * (index + 0.5), unit));
  const bin = (value: number) =>
    Math.min(counts.length - 1, Math.max(0, Math.floor((value - from) / width)));
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 40 },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: 'draws' },
    series: [
      {
        type: 'bar',
        data: counts,
        barCategoryGap: '4%',
        itemStyle: { color: result.indicator.kind === 'gain' ? '#2f6f9f' : '#b0513a' },
        markLine: {
          symbol: 'none',
          label: { formatter: '{b}' },
          lineStyle: { color: '#222' },
          data: [
            { name: 'p5', xAxis: bin(summary.p5) },
            { name: 'median', xAxis: bin(summary.median) },
            { name: 'p95', xAxis: bin(summary.p95) },
          ],
        },
      },
    ],
  };
}

function headline(result: IndicatorResult): HTMLElement {
  const { summary, indicator } = result;
  if (summary === undefined) {
    return h(
      'p',
      { class: 'missing', 'data-status': result.status },
      `Not computed (${result.status}): ${[...(result.missing ?? []).map((m) => `${m.name}: ${m.reason}`), ...(result.issues ?? []).map((i) => i.message)].join('; ')}`,
    );
  }
  return h(
    'div',
    { class: 'headline' },
    h(
      'p',
      { class: 'median', 'data-median': summary.median },
      formatValue(summary.median, indicator.unit),
    ),
    h(
      'p',
      { class: 'range' },
      `median; 90% of ${summary.draws.toLocaleString('en-US')} draws fall between ${formatValue(summary.p5, indicator.unit)} and ${formatValue(summary.p95, indicator.unit)}`,
    ),
  );
}

function provenance(result: IndicatorResult): HTMLElement {
  return h(
    'section',
    { class: 'provenance', 'aria-label': 'Provenance' },
    h('h2', {}, 'Inputs and their evidence'),
    ...result.inputs.map((input) =>
      h(
        'article',
        { class: 'input', 'data-input': input.name },
        h(
          'h3',
          {},
          h('code', {}, input.name),
          ' ← ',
          input.flow.label,
          input.flow.contradiction
            ? h('span', { class: 'contradiction' }, ' ⚠ sources disagree')
            : null,
        ),
        h(
          'p',
          { class: 'range' },
          `Estimate ${formatValue(input.flow.best, input.flow.unit)} (${formatValue(input.flow.low, input.flow.unit)} to ${formatValue(input.flow.high, input.flow.unit)}) from ${input.flow.documents} document${input.flow.documents === 1 ? '' : 's'}`,
          input.conversion === null ? '' : `, ${input.conversion}`,
        ),
        h(
          'ol',
          { class: 'quotes' },
          ...input.flow.claims.map((claim) =>
            h(
              'li',
              {},
              h('q', { class: 'quote' }, claim.text),
              h(
                'span',
                { class: 'reading' },
                ` read as ${claim.reading}; source: ${claim.origin} `,
              ),
              h(
                'a',
                {
                  class: 'to-quote',
                  href: href(`/documents/${encodeURIComponent(claim.documentId)}`, {
                    claim: claim.claimId,
                  }),
                },
                'read in its document →',
              ),
            ),
          ),
        ),
        input.flow.claimCount > input.flow.claims.length
          ? h(
              'p',
              { class: 'more-quotes' },
              `and ${input.flow.claimCount - input.flow.claims.length} more (the most recently published are shown)`,
            )
          : null,
      ),
    ),
  );
}

export const renderIndicator: View = async ({ root, route, signal }) => {
  const id = route.id ?? '';
  const overrides = overridesOf(route.query);
  const scenario = scenarioOf(overrides);
  const evaluate = (what: Scenario | undefined, abort?: AbortSignal) =>
    api.evaluate(
      { only: [id], draws: INTERACTIVE_DRAWS, ...(what === undefined ? {} : { scenario: what }) },
      abort,
    );
  const first = (await evaluate(scenario, signal)).items[0];
  if (first === undefined) {
    replace(root, h('h1', {}, 'No such indicator'), h('p', {}, id));
    return;
  }
  const { indicator } = first;
  const headlineSlot = h('div', { class: 'headline-slot', 'aria-live': 'polite' }, headline(first));
  const chart = first.summary === undefined ? null : await histogram(first);

  let pending: AbortController | null = null;
  let timer = 0;
  const recompute = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      pending?.abort();
      pending = new AbortController();
      root.classList.add('busy');
      evaluate(scenarioOf(overrides), pending.signal)
        .then(({ items: [result] }) => {
          if (result === undefined) return;
          replace(headlineSlot, headline(result));
          chart?.update(histogramOption(result));
          root.classList.remove('busy');
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== 'AbortError') {
            root.classList.remove('busy');
            replace(headlineSlot, h('p', { class: 'error' }, String((error as Error).message)));
          }
        });
    }, 120);
  };
  const saveUrl = () => {
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries(overrides)) query[`${PREFIX}${key}`] = String(value);
    remember(href(location.pathname, query));
  };

  const slider = (assumption: Assumption) => {
    const range = sliderRange(assumption.distribution);
    const value = overrides[assumption.id] ?? range.initial;
    const output = h('output', {}, formatValue(value, assumption.unit));
    const input = h('input', {
      type: 'range',
      min: range.min,
      max: range.max,
      step: (range.max - range.min) / 200 || 1,
      value,
      'data-assumption': assumption.id,
      'aria-label': `What if ${assumption.title} were exactly this`,
    });
    const reset = h('button', { type: 'button', class: 'link-button' }, 'use the range');
    input.addEventListener('input', () => {
      overrides[assumption.id] = Number(input.value);
      output.textContent = formatValue(Number(input.value), assumption.unit);
      saveUrl();
      recompute();
    });
    reset.addEventListener('click', () => {
      delete overrides[assumption.id];
      input.value = String(range.initial);
      output.textContent = formatValue(range.initial, assumption.unit);
      saveUrl();
      recompute();
    });
    return h(
      'div',
      { class: 'slider' },
      input,
      ' ',
      output,
      ' ',
      assumption.id in overrides ? h('span', { class: 'override' }, 'what-if ') : null,
      reset,
    );
  };

  const assumptionRows = first.assumptions.map((assumption) =>
    h(
      'article',
      { class: 'assumption', 'data-assumption-id': assumption.id },
      h('h3', {}, assumption.title, ' ', h('code', {}, assumption.id)),
      h('p', {}, 'Range: ', describeDistribution(assumption.distribution, assumption.unit)),
      slider(assumption),
      h(
        'p',
        { class: 'citation' },
        'Source: ',
        assumption.source.citation,
        assumption.source.url !== null && /^https?:\/\//u.test(assumption.source.url)
          ? h(
              'a',
              {
                href: assumption.source.url,
                rel: 'noreferrer noopener',
                target: '_blank',
                'data-external': true,
              },
              ' (link)',
            )
          : null,
      ),
      assumption.note === undefined ? null : h('p', { class: 'note' }, assumption.note),
    ),
  );

  replace(
    root,
    h(
      'p',
      { class: 'crumbs' },
      h('a', { href: '/' }, 'Overview'),
      ' / ',
      indicator.kind === 'gain' ? 'gain' : 'risk',
    ),
    h('h1', {}, indicator.title),
    h('p', { class: 'lede' }, indicator.question),
    headlineSlot,
    chart?.element ?? null,
    h(
      'p',
      { class: 'formula' },
      'Formula: ',
      h('code', {}, indicator.formula),
      ` · ${sourcesOf(first)} source document${sourcesOf(first) === 1 ? '' : 's'}`,
    ),
    indicator.note === undefined ? null : h('p', { class: 'note' }, indicator.note),
    first.assumptions.length === 0
      ? null
      : h(
          'section',
          { class: 'assumptions', 'aria-label': 'Assumptions' },
          h('h2', {}, 'Assumptions'),
          h(
            'p',
            { class: 'hint' },
            'Move a slider to fix an assumption at one value; the distribution recomputes on the server and the URL keeps the scenario.',
          ),
          ...assumptionRows,
        ),
    provenance(first),
    dataTable({
      name: `${indicator.id}-claims`,
      caption: `Claims behind this indicator${first.inputs.some((input) => input.flow.claimsTruncated) ? ' (the most recently published of each input)' : ''}`,
      rows: first.inputs.flatMap((input) =>
        input.flow.claims.map((claim) => ({ input: input.name, claim })),
      ),
      columns: [
        { header: 'input', value: (row) => row.input },
        { header: 'claim', value: (row) => row.claim.claimId },
        { header: 'quote', value: (row) => row.claim.text },
        { header: 'reading', value: (row) => row.claim.reading },
        { header: 'source', value: (row) => row.claim.origin },
      ],
    }),
  );
  return () => {
    window.clearTimeout(timer);
    pending?.abort();
    chart?.dispose();
  };
};
