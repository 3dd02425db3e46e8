import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type TallyApp } from '../src/server/index.ts';
import { openStore, type Store } from '../src/store/index.ts';

let folder: string;
let store: Store;
let app: TallyApp;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tally-static-'));
  const web = join(folder, 'dist');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><title>Tally</title><script src="/assets/app.js"></script>',
  );
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("dashboard");');
  store = await openStore({ workspace: join(folder, 'workspace'), env: {} });
  app = await buildServer({ store, options: { webRoot: web } });
});
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the dashboard files', () => {
  it('serves index.html at / under the strict CSP', async () => {
    const response = await app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/u);
    expect(response.body).toContain('<title>Tally</title>');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('serves its assets with their own content type', async () => {
    const response = await app.inject('/assets/app.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/u);
  });

  it('answers a dashboard route it has no file for with index.html, for the router in the page', async () => {
    const response = await app.inject('/claims/abc123-c4?status=proposed');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Tally</title>');
  });

  it('keeps unknown API routes and non-GET requests as JSON 404s', async () => {
    for (const request of [
      { method: 'GET' as const, url: '/api/v1/nothing' },
      { method: 'POST' as const, url: '/claims' },
    ]) {
      const response = await app.inject(request);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('does not serve files outside the dashboard folder', async () => {
    const response = await app.inject('/..%2Fworkspace%2Ftally.db');
    expect(response.statusCode).not.toBe(500);
    expect(response.body).not.toContain('SQLite format');
  });
});
