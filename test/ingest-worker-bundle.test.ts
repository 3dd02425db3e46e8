import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOf, ingestWorkerEntry, type BundleSpec } from '../src/app/ingest-worker-bundle.ts';

const root = mkdtempSync(join(tmpdir(), 'tally-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A two-module TypeScript program whose answer lives in the imported module. */
function program(name: string, answer: string): BundleSpec {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'main.ts'),
    "import { answer } from './answer.ts';\nexport const value: string = answer;\n",
  );
  writeFileSync(join(folder, 'answer.ts'), `export const answer: string = '${answer}';\n`);
  return { source: join(folder, 'main.ts'), root: folder, cache: join(folder, 'cache') };
}

const valueOf = async (url: URL) => ((await import(url.href)) as { value: string }).value;

describe('the bulk-ingest worker bundle', () => {
  it('builds once and hands back the same bundle while no source changes', async () => {
    const spec = program('steady', 'shells');
    const first = await bundleOf(spec);
    expect(await valueOf(first)).toBe('shells');
    expect((await bundleOf(spec)).href).toBe(first.href);
  });

  it('rebuilds when an imported module changes, even to the same length', async () => {
    const spec = program('edited', 'troops');
    const first = await bundleOf(spec);
    const answer = join(spec.root, 'answer.ts');
    writeFileSync(answer, "export const answer: string = 'grains';\n");
    // Same size as before: only the modification time tells the edit apart.
    utimesSync(answer, new Date(), new Date(Date.now() + 5_000));
    const second = await bundleOf(spec);
    expect(second.href).not.toBe(first.href);
    expect(await valueOf(second)).toBe('grains');
  });

  it('rebuilds when its manifest is damaged instead of failing', async () => {
    const spec = program('damaged', 'fuel');
    await bundleOf(spec);
    writeFileSync(join(spec.cache, 'manifest.json'), '{"folder":');
    expect(await valueOf(await bundleOf(spec))).toBe('fuel');
  });

  it('removes builds a day old when it builds anew, and keeps recent ones', async () => {
    const spec = program('aging', 'oil');
    const first = await bundleOf(spec);
    const second = await bundleOf(program('aging', 'rice'));
    const third = await bundleOf(program('aging', 'coals'));
    const folderOf = (url: URL) => dirname(fileURLToPath(url));
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    utimesSync(folderOf(first), old, old);
    await bundleOf(program('aging', 'wheats'));
    expect(existsSync(folderOf(first))).toBe(false);
    expect(existsSync(folderOf(second))).toBe(true);
    expect(await valueOf(third)).toBe('coals');
  });

  it('starts the real worker from a bundle kept under node_modules/.cache, not from tsx', async () => {
    const entry = await ingestWorkerEntry();
    expect(entry.pathname).toMatch(
      /\/node_modules\/\.cache\/tally-ingest-worker\/build-[^/]+\/entry\.mjs$/u,
    );
  });
});
