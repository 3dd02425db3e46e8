import './styles.css';
import { ApiError, token } from './api.ts';
import { h, replace, toast } from './dom.ts';
import { parseRoute, type ViewName } from './route.ts';
import type { Cleanup, View } from './view.ts';
import { renderOverview } from './views/overview.ts';

/** The overview ships in the first bundle; the rest load on first visit (and ECharts with them). */
const VIEWS: Readonly<Record<ViewName, () => Promise<View>>> = {
  overview: async () => renderOverview,
  flows: async () => (await import('./views/flows.ts')).renderFlows,
  timeline: async () => (await import('./views/timeline.ts')).renderTimeline,
  claims: async () => (await import('./views/claims.ts')).renderClaims,
  document: async () => (await import('./views/document.ts')).renderDocument,
  review: async () => (await import('./views/review.ts')).renderReview,
  indicator: async () => (await import('./views/indicator.ts')).renderIndicator,
  ingest: async () => (await import('./views/ingest.ts')).renderIngest,
  'not-found':
    async () =>
    async ({ root }) => {
      replace(root, h('h1', {}, 'Not found'), h('p', {}, 'No view has this address.'));
    },
};

const NAV: readonly (readonly [string, string, ViewName])[] = [
  ['/', 'Overview', 'overview'],
  ['/flows', 'Flows', 'flows'],
  ['/timeline', 'Timeline', 'timeline'],
  ['/claims', 'Claims', 'claims'],
  ['/review', 'Review', 'review'],
  ['/ingest', 'Ingest', 'ingest'],
];

let current: { controller: AbortController; cleanup: Cleanup | void } | null = null;

async function render(): Promise<void> {
  const root = document.getElementById('view');
  if (root === null) return;
  current?.controller.abort();
  current?.cleanup?.();
  const controller = new AbortController();
  current = { controller, cleanup: undefined };
  const route = parseRoute(location.pathname, location.search);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    const active =
      link.dataset.view === route.view ||
      (route.view === 'document' && link.dataset.view === 'claims');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    const view = await VIEWS[route.view]();
    const cleanup = await view({ root, route, signal: controller.signal });
    if (current.controller === controller) current.cleanup = cleanup;
    else cleanup?.();
  } catch (error) {
    if (controller.signal.aborted) return;
    const message = error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
    replace(root, h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, message));
  }
}

function setUpShell(): void {
  const nav = document.getElementById('nav');
  if (nav !== null) {
    replace(
      nav,
      ...NAV.map(([path, label, view]) => h('a', { href: path, 'data-view': view }, label)),
      h('a', { href: '/api/v1/docs', class: 'external', 'data-external': true }, 'API'),
    );
  }
  const field = document.getElementById('token');
  if (field instanceof HTMLInputElement) {
    field.value = token.get();
    field.addEventListener('change', () => {
      token.set(field.value);
      toast(field.value.trim() === '' ? 'Token cleared.' : 'Token kept for this tab.');
    });
  }
  document.getElementById('session')?.addEventListener('submit', (event) => {
    event.preventDefault();
    field?.dispatchEvent(new Event('change'));
    // Back to the page, so the review keys work at once.
    field?.blur();
  });
  document.getElementById('permalink')?.addEventListener('click', () => {
    const url = location.href;
    navigator.clipboard
      .writeText(url)
      .then(() => toast('Link to this view copied.'))
      .catch(() => toast(url));
  });
  // Links inside the dashboard change the view without reloading; the API and downloads do not.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    if (link === null || link.hasAttribute('download') || link.dataset.external !== undefined)
      return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    history.pushState(null, '', url.pathname + url.search + url.hash);
    void render();
  });
  window.addEventListener('popstate', () => void render());
  window.addEventListener('tally:navigate', () => void render());
}

setUpShell();
void render();
