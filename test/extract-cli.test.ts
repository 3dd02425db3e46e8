import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimsDocument, createParser } from '../src/domain/index.ts';
import { runCli } from './cli-support.ts';

const isClaimsDocument = createParser(ClaimsDocument);

describe('tally extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-extract-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Our own words; a byte-order mark and a CRLF keep the offsets honest.
  const text =
    '\uFEFFNorth Korea has sent about 11,000 troops to Russia, officials said on Monday.\r\nTrade reached $34 million last year.\n';
  const file = join(dir, 'report.txt');
  writeFileSync(file, text);

  it('prints one claims/1 object whose spans index the file exactly as read', async () => {
    const run = await runCli(['extract', file, '--published', '2024-12-03', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ClaimsDocument;
    expect(isClaimsDocument(result).ok).toBe(true);
    expect(result.document.published).toBe('2024-12-03');
    expect(result.claims.map((c) => [c.text, text.slice(c.span[0], c.span[1])])).toEqual([
      ['about 11,000 troops', 'about 11,000 troops'],
      ['$34 million', '$34 million'],
    ]);
    expect(result.claims[1]?.period).toEqual({ start: '2023', end: '2023', per: null });
    expect(result.events.map((e) => e.date)).toEqual(['2024-12-02']);
  });

  it('leaves relative dates unresolved without --published', async () => {
    const run = await runCli(['extract', file, '--json']);
    const result = JSON.parse(run.stdout) as ClaimsDocument;
    expect(result.document.published).toBeNull();
    expect(result.claims[1]?.period).toBeNull();
  });

  it('prints a readable table without --json', async () => {
    const run = await runCli(['extract', file, '--published', '2024-12-03']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 claims, 1 events/u);
    expect(run.stdout).toMatch(/11,000 +person +approx +personnel +PRK→RUS/u);
  });

  it('rejects a malformed --published date with a usage error', async () => {
    const run = await runCli(['extract', file, '--published', 'last Tuesday', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/YYYY/u);
  });

  it('names a missing file in a one-line error', async () => {
    const missing = join(dir, 'nope.txt');
    const run = await runCli(['extract', missing, '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('nope.txt');
  });

  it('reads an HTML article through the document reader', async () => {
    const html = join(dir, 'page.html');
    writeFileSync(
      html,
      '<html><head><title>Shells</title></head><body><article><p>Pyongyang shipped 6,700 containers to Moscow, the ministry said.</p></article></body></html>',
    );
    const run = await runCli(['extract', html, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ClaimsDocument;
    expect(result.claims.map((c) => [c.value, c.unit, c.from, c.to])).toEqual([
      [6700, 'container', 'PRK', 'RUS'],
    ]);
  });
});
