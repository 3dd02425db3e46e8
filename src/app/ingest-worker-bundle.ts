/**
 * Where a bulk-ingest worker thread starts. A thread does not share its parent's modules: under tsx
 * each one would compile and load the extractor's forty-odd modules through tsx's loader again
 * (about 0.8 s of CPU, as much as extracting 700 documents). Instead the worker's sources are
 * bundled once into one plain JavaScript file with esbuild (which tsx runs on already), kept in
 * node_modules/.cache and rebuilt only when one of its sources changes; a worker then starts in
 * a fraction of the time. Packages stay external, so the bundle lives inside the project tree,
 * where they resolve.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));
const ROOT = resolve(dirname(SOURCE), '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'tally-ingest-worker');
const MANIFEST = join(CACHE, 'manifest.json');
/** The tsx loader boot, for when no bundle can be made (esbuild missing, cache not writable). */
const TSX_BOOT = new URL('./ingest-worker-boot.mjs', import.meta.url);

interface Manifest {
  readonly folder: string;
  /** Every file the bundle was built from, as it was then. */
  readonly inputs: readonly {
    readonly path: string;
    readonly mtimeMs: number;
    readonly size: number;
  }[];
}

let current: Promise<URL> | undefined;

/**
 * The URL a bulk-ingest worker thread starts from: the cached bundle when its sources are
 * unchanged, a fresh bundle otherwise, or the tsx boot if bundling fails. Decided once per process.
 */
export function ingestWorkerEntry(): Promise<URL> {
  current ??= findOrBuild().catch(() => TSX_BOOT);
  return current;
}

async function findOrBuild(): Promise<URL> {
  const cached = upToDate();
  if (cached) return cached;
  const { build } = await import('esbuild');
  // Each build writes a folder of its own and then points the manifest at it, so processes
  // building at the same time never see each other's half-written files. Old folders stay: a
  // running worker may still load a lazy chunk (the PDF reader) from one.
  const folder = `build-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const result = await build({
    entryPoints: { 'ingest-worker': SOURCE },
    outdir: join(CACHE, folder),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const manifest: Manifest = {
    folder,
    inputs: Object.keys(result.metafile.inputs).map((input) => {
      const path = resolve(ROOT, input);
      const { mtimeMs, size } = statSync(path);
      return { path: relative(ROOT, path), mtimeMs, size };
    }),
  };
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${MANIFEST}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, MANIFEST);
  return entryOf(folder);
}

function upToDate(): URL | undefined {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const unchanged = manifest.inputs.every((input) => {
      const now = statSync(join(ROOT, input.path));
      return now.mtimeMs === input.mtimeMs && now.size === input.size;
    });
    if (!unchanged) return undefined;
    const entry = entryOf(manifest.folder);
    statSync(entry);
    return entry;
  } catch {
    // No manifest yet, a source gone, a damaged manifest: build afresh.
    return undefined;
  }
}

const entryOf = (folder: string): URL => pathToFileURL(join(CACHE, folder, 'ingest-worker.mjs'));
