import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  chromiumAvailable,
  ensureDashboard,
  launchBrowser,
  openDashboardFixture,
  type DashboardFixture,
} from './browser-support.ts';

/**
 * The stored-XSS row of the hostile-input table, checked where it matters: in Chromium. Every
 * payload, if it ever ran, would both set a flag on the page and request /xss-hit/<name> from
 * the page's own origin, which the test records. Each view is opened twice: as served (under its
 * Content-Security-Policy) and with the policy ignored, so the dashboard's own escaping is proved
 * and not only the policy behind it. Payloads written for this test.
 */
const payload = (name: string) => ({
  img: `<img src=x onerror="window.__xss='${name}-img';fetch('/xss-hit/${name}-img')">`,
  script: `<script>window.__xss='${name}-script';fetch('/xss-hit/${name}-script')</script>`,
  svg: `<svg onload="window.__xss='${name}-svg';fetch('/xss-hit/${name}-svg')"></svg>`,
  link: `<a href="javascript:window.__xss='${name}-link';fetch('/xss-hit/${name}-link')">more</a>`,
});
const all = (name: string): string => Object.values(payload(name)).join(' ');

const QUOTE = `5,000 ${all('quote')} troops`;
const TITLE = `Troop numbers ${all('title')}`;
const PUBLISHER = `Desk ${payload('publisher').img}`;
const SOURCE = `Officials ${all('attribution')}`;
const AFFILIATION = `Ministry ${payload('affiliation').svg}`;
const REASON = `Checked ${all('reason')}`;
// A document's own text is shown in the reader around the claims it quotes.
const TEXT = `North Korea sent 12,000 troops to Russia in 2024. ${all('text')} The rest is quiet.\n`;

/** The page's DOM as far as these checks use it: the tests' tsconfig has no DOM library. */
interface PageGlobals {
  readonly __xss?: string;
  readonly document: {
    readonly body: { readonly innerText: string };
    querySelector(
      selector: string,
    ): { insertAdjacentHTML(where: string, html: string): void } | null;
    querySelectorAll(selector: string): Iterable<{ readonly outerHTML: string }>;
  };
}

let fixture: DashboardFixture;
let quoteDocumentId: string;
let apiDocumentId: string;
let editedClaimId: string;

/** Calls the API as a client would, trying again (as Retry-After asks) while the server sheds load. */
async function api<T>(path: string, body?: unknown): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(
      `${fixture.url}/api/v1${path}`,
      body === undefined
        ? {}
        : {
            method: 'POST',
            headers: {
              authorization: `Bearer ${fixture.token}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify(body),
          },
    );
    const text = await response.text();
    if (response.status === 503 && attempt < 20) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    expect(response.status, text).toBe(200);
    return JSON.parse(text) as T;
  }
}

const available = chromiumAvailable();
if (!available && process.env.CI === 'true') {
  throw new Error(`CI=true but there is no Chromium at ${CHROMIUM}: .ci/run installs it`);
}

describe.skipIf(!available)('stored XSS, in Chromium: markup in stored text never runs', () => {
  beforeAll(async () => {
    await ensureDashboard();
    fixture = await openDashboardFixture({ withCorpus: false, hostileQuote: QUOTE });
    quoteDocumentId = fixture.hostileDocumentId;
    // The rest goes in the way a client of the API would put it there.
    const ingested = await api<{ documentId: string }>('/ingest/text', {
      text: TEXT,
      title: TITLE,
      publisher: PUBLISHER,
      url: `javascript:window.__xss='url';fetch('/xss-hit/url')`,
    });
    apiDocumentId = ingested.documentId;
    const document = await api(`/documents/${apiDocumentId}`);
    const claimId = (document as { claims: { id: string }[] }).claims[0]?.id;
    if (claimId === undefined) throw new Error('the API document has no claim to edit');
    editedClaimId = claimId;
    await api(`/claims/${encodeURIComponent(claimId)}/edit`, {
      changes: { attribution: { name: SOURCE, affiliation: AFFILIATION } },
      reason: REASON,
    });
  }, 240_000);

  afterAll(async () => {
    await fixture?.close();
  });

  const views = (): { path: string; shows: string[] }[] => [
    { path: `/documents/${quoteDocumentId}`, shows: [QUOTE] },
    { path: `/documents/${apiDocumentId}`, shows: [TITLE, PUBLISHER, TEXT.trim()] },
    {
      path: `/review?status=edited&claim=${encodeURIComponent(editedClaimId)}`,
      shows: [SOURCE, AFFILIATION, REASON],
    },
    { path: '/claims', shows: [SOURCE] },
    { path: '/', shows: [] },
  ];

  for (const bypassCSP of [false, true]) {
    const mode = bypassCSP ? 'with the CSP ignored' : 'under the served CSP';
    it(`shows every payload as literal text and runs none of them, ${mode}`, async () => {
      const browser = await launchBrowser({ bypassCSP });
      try {
        await checkViews(browser.context, { bypassCSP });
      } finally {
        await browser.close();
      }
    }, 120_000);
  }

  async function checkViews(
    context: BrowserContext,
    options: { readonly bypassCSP: boolean },
  ): Promise<void> {
    const hits: string[] = [];
    await context.route('**/xss-hit/**', async (route) => {
      hits.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 204, body: '' });
    });
    const problems: string[] = [];
    const dialogs: string[] = [];
    for (const view of views()) {
      const page: Page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${view.path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${view.path}: ${error.message}`));
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${fixture.url}${view.path}`);
      await page.locator('main').waitFor();
      for (const text of view.shows) {
        const shown = await page
          .waitForFunction(
            (expected) =>
              (globalThis as unknown as PageGlobals).document.body.innerText.includes(expected),
            text,
            {
              timeout: 20_000,
            },
          )
          .then(
            () => true,
            () => false,
          );
        if (!shown) {
          const body = await page.evaluate(
            () => (globalThis as unknown as PageGlobals).document.body.innerText,
          );
          expect.fail(
            `${view.path} does not show ${JSON.stringify(text)}; it shows ${JSON.stringify(body.slice(0, 3000))}`,
          );
        }
      }
      // Give a deferred handler (an image's onerror, a fetch) time to fire if it was going to.
      await page.waitForTimeout(300);
      const found = await page.evaluate(() => ({
        flag: (globalThis as unknown as PageGlobals).__xss,
        planted: [
          ...(globalThis as unknown as PageGlobals).document.querySelectorAll(
            '[onerror], [onload], a[href^="javascript:" i], img[src="x"], main script',
          ),
        ].map((element) => element.outerHTML.slice(0, 80)),
      }));
      expect(found, view.path).toEqual({ flag: undefined, planted: [] });
      await page.close();
    }
    expect(hits).toEqual([]);
    expect(dialogs).toEqual([]);
    if (options.bypassCSP) {
      // The control: the same payload put into the page as markup does run and is caught, so
      // the silence above is the dashboard's escaping, not a detector that sees nothing.
      const page = await context.newPage();
      await page.goto(`${fixture.url}/`);
      await page.locator('main').waitFor();
      await page.evaluate((markup) => {
        (globalThis as unknown as PageGlobals).document
          .querySelector('main')
          ?.insertAdjacentHTML('beforeend', markup);
      }, payload('control').img);
      await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__xss !== undefined);
      await expect.poll(() => hits).toEqual(['/xss-hit/control-img']);
      await page.close();
    }
    // Under the CSP a blocked inline handler would show as a violation here: none means the
    // markup was never even parsed as markup.
    if (!options.bypassCSP) expect(problems).toEqual([]);
  }
});
