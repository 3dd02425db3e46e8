/**
 * Screenshots of the dashboard's main views for the README: builds the dashboard if stale, sets up
 * a temporary workspace as `npm start` does, serves it, and saves docs/dashboard-<view>.png.
 * Run: `npm run screenshots` (needs Chromium at /usr/bin/chromium or TALLY_CHROMIUM).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  CHROMIUM,
  chromiumAvailable,
  ensureDashboard,
  launchBrowser,
  openDashboardFixture,
} from '../test/browser-support.ts';

const DOCS = fileURLToPath(new URL('../docs', import.meta.url));

interface Shot {
  readonly name: string;
  readonly path: string;
  /** What must be on screen before the picture is taken. */
  readonly ready: string;
  readonly prepare?: (page: Page) => Promise<void>;
  readonly height?: number;
}

const SHOTS: readonly Shot[] = [
  { name: 'overview', path: '/', ready: '.indicator-card', height: 1120 },
  {
    name: 'flows',
    path: '/flows?band=PRK-RUS-munitions',
    ready: '.band-claims table',
    height: 1000,
  },
  {
    name: 'indicator',
    path: '/indicators/munitions_shipped',
    ready: '.chart svg',
    height: 1300,
  },
  { name: 'timeline', path: '/timeline', ready: '.chart svg', height: 900 },
  { name: 'claims', path: '/claims?category=munitions', ready: '[data-table=claims] tbody tr' },
  {
    name: 'reader',
    path: '/documents/d39083a3702f?claim=d39083a3702f-c6',
    ready: 'mark.claim.target',
  },
  {
    name: 'review',
    path: '/review?status=edited',
    ready: '.review-detail .audit',
    prepare: async (page) => {
      await page.keyboard.press('e');
    },
    height: 940,
  },
];

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set TALLY_CHROMIUM`);
  }
  await ensureDashboard();
  const fixture = await openDashboardFixture({ withHostileDocument: false });
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  try {
    const warm = await browser.context.newPage();
    await warm.goto(`${fixture.url}/api/v1/indicators?draws=1000`);
    await warm.close();
    for (const shot of SHOTS) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: shot.height ?? 900 });
      await page.goto(`${fixture.url}${shot.path}`);
      await page.locator(shot.ready).first().waitFor();
      await shot.prepare?.(page);
      const file = join(DOCS, `dashboard-${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(`saved ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await fixture.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots failed: ${(error as Error).message}`);
  process.exit(1);
});
