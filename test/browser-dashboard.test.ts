import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  chromiumAvailable,
  ensureDashboard,
  HOSTILE_QUOTE,
  launchBrowser,
  openDashboardFixture,
  type DashboardFixture,
} from './browser-support.ts';

const available = chromiumAvailable();
if (!available) {
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but there is no Chromium at ${CHROMIUM}: .ci/run installs it`);
  }
  console.warn(
    `\n*** SKIPPING the browser suite: no Chromium at ${CHROMIUM} (apt-get install chromium, or set TALLY_CHROMIUM) ***\n`,
  );
}

let fixture: DashboardFixture;
let browser: { context: BrowserContext; close(): Promise<void> };
/** Console errors, CSP violations and uncaught exceptions of the current test's page. */
let problems: string[] = [];
let pages: Page[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${fixture.url}${path}`);
  return page;
}

/** Pastes the analyst token into the header field, as a person would. */
async function signIn(page: Page): Promise<void> {
  await page.fill('#token', fixture.token);
  await page.press('#token', 'Enter');
}

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(`${fixture.url}/api/v1${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe.skipIf(!available)('the dashboard in Chromium', () => {
  beforeAll(async () => {
    await ensureDashboard();
    fixture = await openDashboardFixture();
    browser = await launchBrowser();
    // One page warms the browser, and one indicators call the server's Monte Carlo code (its first
    // run after start costs some 250 ms more), so the timing below is a visitor's, not a cold start's.
    const warm = await browser.context.newPage();
    await warm.goto(`${fixture.url}/api/v1/indicators?draws=1000`);
    await warm.close();
  }, 240_000);

  afterEach(async () => {
    for (const page of pages) await page.close();
    pages = [];
    const seen = problems;
    problems = [];
    expect(seen, 'console errors, CSP violations or uncaught exceptions').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it('shows the gains and risks as indicator cards, meaningful within a second', async () => {
    const page = await open('/');
    await page.locator('.indicator-card').first().waitFor();
    const paint = await page.evaluate(
      () => performance.getEntriesByName('tally:overview-ready')[0]?.startTime ?? Infinity,
    );
    console.log(`overview first meaningful paint: ${paint.toFixed(0)} ms`);
    expect(paint).toBeLessThan(1000);
    await expect(page.locator('section.gain h2').textContent()).resolves.toBe(
      'What North Korea gains',
    );
    await expect(page.locator('section.risk h2').textContent()).resolves.toBe('What it risks');
    const troops = page.locator('[data-indicator="troops_deployed"]');
    await expect(troops.locator('.median').textContent()).resolves.toMatch(/^1\d,\d{3} people$/u);
    await expect(troops.locator('.range-bar .band').count()).resolves.toBe(1);
    await expect(troops.locator('.sources').textContent()).resolves.toMatch(/^\d+ sources?$/u);
    expect(await page.locator('.indicator-card').count()).toBeGreaterThanOrEqual(10);
  });

  it('opens an indicator and follows its provenance to the highlighted quote', async () => {
    const page = await open('/');
    await page.click('[data-indicator="casualties"]');
    await page.waitForURL('**/indicators/casualties');
    await page.locator('.chart svg').first().waitFor();
    const quote = await page.locator('.provenance .quote').first().textContent();
    expect(quote).toMatch(/North Korean/u);
    await page.locator('.provenance a.to-quote').first().click();
    await page.waitForURL(/\/documents\/[0-9a-f]+\?claim=/u);
    const target = page.locator('.reader mark.claim.target');
    await target.first().waitFor();
    await expect(target.allTextContents()).resolves.toContain(quote);
    await expect(page.locator('.para.focus mark.target').count()).resolves.toBe(1);
    // The document's other claims are marked too, each named in the margin beside its paragraph.
    const claims = await page.locator('[data-table^=document-] tbody tr').count();
    expect(claims).toBeGreaterThan(1);
    expect(await page.locator('.margin .chip').count()).toBe(claims);
    await expect(page.locator('.margin .chip.current').count()).resolves.toBe(1);
  });

  it('recomputes an indicator live from a scenario slider and keeps it in the URL', async () => {
    const page = await open('/indicators/munitions_shipped');
    const median = page.locator('.headline .median');
    const before = Number(await median.getAttribute('data-median'));
    const slider = page.locator('input[data-assumption="rounds_per_container"]');
    await slider.fill('350');
    await page.waitForURL(/a\.rounds_per_container=350/u);
    await expect
      .poll(async () => Number(await median.getAttribute('data-median')))
      .toBeLessThan(before * 0.9);
  });

  it('reviews a claim with the keyboard, changes the indicator, and undoes it', async () => {
    const before = await apiGet<{
      items: {
        summary: { median: number };
        inputs: { flow: { claims: { claimId: string }[] } }[];
      }[];
    }>('/indicators?draws=10000');
    const page = await open('/indicators/troops_deployed');
    const median = Number(await page.locator('.headline .median').getAttribute('data-median'));
    const href = await page.locator('.provenance a.to-quote').first().getAttribute('href');
    const claimId = new URL(href ?? '', fixture.url).searchParams.get('claim') ?? '';
    const { claim } = await apiGet<{ claim: { status: string; value: number } }>(
      `/claims/${claimId}`,
    );
    expect(before.items.length).toBeGreaterThan(0);

    await page.goto(`${fixture.url}/review?status=${claim.status}&claim=${claimId}`);
    await signIn(page);
    await page.locator(`.queue li.selected[data-claim="${claimId}"]`).waitFor();
    await page.locator('.review-detail h2').waitFor();
    await page.keyboard.press('e');
    await page.fill('.edit-form input[name=value]', String(claim.value * 3));
    await page.fill('.review-detail input[name=reason]', 'browser test: a later count');
    await page.click('.edit-form button[type=submit]');
    await expect
      .poll(() => page.locator('.review-detail .status').getAttribute('data-status'))
      .toBe('edited');
    await expect(page.locator('.audit li').last().textContent()).resolves.toMatch(
      /browser-analyst: edit \(browser test: a later count\)/u,
    );

    await page.goto(`${fixture.url}/indicators/troops_deployed`);
    const after = Number(await page.locator('.headline .median').getAttribute('data-median'));
    expect(after).toBeGreaterThan(median * 1.5);

    await page.goto(`${fixture.url}/review?status=edited&claim=${claimId}`);
    await page.locator('.review-detail h2').waitFor();
    await page.keyboard.press('u');
    await expect
      .poll(
        async () => (await apiGet<{ claim: { value: number } }>(`/claims/${claimId}`)).claim.value,
      )
      .toBe(claim.value);
  });

  it('refuses a review without a token and says how to get one', async () => {
    const page = await open('/review?status=proposed');
    await page.locator('.review-detail h2').waitFor();
    await page.keyboard.press('a');
    await expect(page.locator('#toast').textContent()).resolves.toMatch(/need a token/u);
  });

  it('ingests a pasted document and lists its claims for review', async () => {
    const page = await open('/ingest');
    await signIn(page);
    await page.fill('input[name=title]', 'Browser test: a second rotation');
    await page.fill(
      'textarea[name=text]',
      'In March 2025 the defence ministry in Seoul said that about 3,000 more North Korean soldiers had been sent to Russia.\n',
    );
    await page.click('form[aria-label="Paste a document"] button[type=submit]');
    await expect(page.locator('.outcome').textContent()).resolves.toMatch(/^Ingested/u);
    const quotes = await page.locator('.ingest-result td.quote').allTextContents();
    expect(quotes.some((quote) => quote.includes('3,000'))).toBe(true);
    await page.click('text=Review its claims');
    await page.waitForURL(/\/review\?status=proposed&documentId=/u);
    await expect(page.locator('.queue li').first().textContent()).resolves.toMatch(/3,000/u);
  });

  it('ingests an uploaded file', async () => {
    const page = await open('/ingest');
    await signIn(page);
    await page.setInputFiles('input[name=file]', {
      name: 'rotation-note.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '# A note on shipments\n\nIn May 2025 officials in Kyiv said that North Korea had sent some 250 more missiles to Russia.\n',
      ),
    });
    await page.click('form[aria-label="Upload a file"] button[type=submit]');
    await expect(page.locator('.outcome').textContent()).resolves.toMatch(/^Ingested/u);
    const quotes = await page.locator('.ingest-result td.quote').allTextContents();
    expect(quotes.some((quote) => quote.includes('250'))).toBe(true);
  });

  it('exports the claims table as CSV with the rows it shows', async () => {
    const page = await open('/claims?category=personnel');
    await page.locator('[data-table=claims] tbody tr').first().waitFor();
    const rows = await page.locator('[data-table=claims] tbody tr').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-table=claims] button[data-export=csv]'),
    ]);
    expect(download.suggestedFilename()).toBe('claims.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('quote,figure,category,from,to,source,status,id');
    expect(lines.filter((line) => line.includes(',personnel,')).length).toBe(rows);
    // The hostile quote is exported as data, quoted where it holds quotes.
    expect(csv).toContain('<script>window.__tallyPwned = 1</script>');
  });

  it('exports a chart as SVG and as PNG', async () => {
    const page = await open('/indicators/casualties');
    await page.locator('.chart svg').first().waitFor();
    const save = async (kind: 'svg' | 'png') => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-chart] button[data-export=${kind}]`),
      ]);
      expect(download.suggestedFilename()).toBe(`casualties-distribution.${kind}`);
      return readFile(await download.path());
    };
    const svg = (await save('svg')).toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    expect(svg).toContain('median');
    const png = await save('png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(2000);
  });

  it('shows a quote holding <script> and <img onerror> as literal text, running nothing', async () => {
    const page = await open(`/documents/${fixture.hostileDocumentId}`);
    const target = page.locator('.reader mark.claim');
    await target.first().waitFor();
    await expect(target.first().textContent()).resolves.toBe(HOSTILE_QUOTE);
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    await page.goto(
      `${fixture.url}/review?status=proposed&claim=${encodeURIComponent((await apiGet<{ claims: { id: string }[] }>(`/documents/${fixture.hostileDocumentId}`)).claims[0]?.id ?? '')}`,
    );
    await page.locator('.review-detail mark').waitFor();
    await expect(page.locator('.review-detail mark').textContent()).resolves.toBe(HOSTILE_QUOTE);
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (globalThis as { __tallyPwned?: number }).__tallyPwned),
    ).resolves.toBeUndefined();
  });

  it('keeps each view in its URL, so a permalink reopens it', async () => {
    const page = await open('/flows');
    await page.locator('.band-list button').first().waitFor();
    const band = await page.locator('.band-list button').first().getAttribute('data-band');
    await page.locator('.band-list button').first().click();
    await page.waitForURL(new RegExp(`band=${band}`, 'u'));
    const link = page.url();
    const again = await open(new URL(link).pathname + new URL(link).search);
    await expect(again.locator('.band-claims h2').textContent()).resolves.toMatch(/→/u);
    expect(await again.locator('.band-claims tbody tr').count()).toBeGreaterThan(0);
  });
});
