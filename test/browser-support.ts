import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { createToken, ingest } from '../src/app/index.ts';
import { openStore } from '../src/store/index.ts';
import { buildDashboard, dashboardIsStale } from '../web/build.ts';
import { hostileExtractorFor } from './server-support.ts';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIST = join(REPO, 'web', 'dist');

/** Debian's Chromium (.ci/run installs it); TALLY_CHROMIUM points elsewhere when needed. */
export const CHROMIUM = process.env.TALLY_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium as the suite runs it: headless, no sandbox in containers, and nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** A quote with markup in it, written for these tests: the dashboard must show it as text. */
export const HOSTILE_QUOTE =
  '5,000 <script>window.__tallyPwned = 1</script><img src=x onerror="window.__tallyPwned = 2"> troops';
const HOSTILE_TEXT = `A ministry said ${HOSTILE_QUOTE} crossed the border in 2024.\n`;

const hostileExtractor = hostileExtractorFor({
  quote: HOSTILE_QUOTE,
  value: 5000,
  source: 'A ministry',
});

/** Builds web/dist unless it is newer than every dashboard source. */
export async function ensureDashboard(): Promise<void> {
  if (dashboardIsStale()) await buildDashboard();
}

export interface DashboardFixture {
  /** The server's base URL on loopback, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** An analyst's bearer token, made with the token use case. */
  readonly token: string;
  /** The document whose claim quotes markup; empty when the fixture was made without it. */
  readonly hostileDocumentId: string;
  close(): Promise<void>;
}

/**
 * A temporary workspace set up as `npm start` sets up the default one (`tally start`: the bundled
 * corpus, reference facts and reviews), plus one document whose claim quotes markup, served with
 * the built dashboard by `tally serve --port 0` in a process of its own, as a user runs it (so
 * timings are not shared with the test runner's event loop).
 */
export async function openDashboardFixture(
  options: {
    /** False for the README's screenshots, which show the default workspace as it is. */
    readonly withHostileDocument?: boolean;
    /** False for an empty workspace instead of the bundled corpus (`tally start`). */
    readonly withCorpus?: boolean;
    /** The hostile claim's quote, in place of HOSTILE_QUOTE. */
    readonly hostileQuote?: string;
  } = {},
): Promise<DashboardFixture> {
  const folder = mkdtempSync(join(tmpdir(), 'tally-browser-'));
  const workspace = join(folder, 'workspace');
  const env = { ...process.env, TALLY_DATABASE_URL: '', TALLY_WORKSPACE: '' };
  const cli = join(REPO, 'bin', 'tally.js');
  if (options.withCorpus ?? true) {
    await run(process.execPath, [cli, '--workspace', workspace, 'start', '--json'], {
      cwd: folder,
      env,
    });
  }
  const store = await openStore({ workspace, env: {} });
  let token: string;
  let hostileDocumentId = '';
  try {
    if (options.withHostileDocument ?? true) {
      const quote = options.hostileQuote ?? HOSTILE_QUOTE;
      writeFileSync(join(folder, 'hostile.txt'), HOSTILE_TEXT.replace(HOSTILE_QUOTE, quote));
      const hostile = await ingest({
        store,
        inputs: ['hostile.txt'],
        cwd: folder,
        extractor:
          quote === HOSTILE_QUOTE
            ? hostileExtractor
            : hostileExtractorFor({ quote, value: 5000, source: 'A ministry' }),
      });
      const [first] = hostile.files;
      if (first?.status !== 'ingested') throw new Error('the hostile document was not ingested');
      hostileDocumentId = first.documentId;
    }
    token = (await createToken({ store, name: 'browser-analyst', role: 'analyst' })).token;
  } finally {
    await store.close();
  }
  const server = spawn(
    process.execPath,
    [cli, '--workspace', workspace, 'serve', '--port', '0', '--quiet'],
    { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stopped = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`tally serve did not start: ${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /at (http:\/\/127\.0\.0\.1:\d+)\//u.exec(output);
      if (found?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tally serve exited with ${code}: ${output}`));
    });
  });
  return {
    url,
    token,
    hostileDocumentId,
    close: async () => {
      server.kill('SIGTERM');
      await stopped;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Whether Debian's Chromium is here to drive. */
export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

/** A fresh Chromium profile in a temporary folder, removed on close. */
export async function launchBrowser(
  options: {
    readonly viewport?: { width: number; height: number };
    /** Ignore the page's Content-Security-Policy, to test what the page's own escaping does. */
    readonly bypassCSP?: boolean;
  } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tally-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
