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
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));
const ROOT = resolve(dirname(SOURCE), '..', '..');
/** The tsx loader boot, for when no bundle can be made (esbuild missing, cache not writable). */
const TSX_BOOT = new URL('./ingest-worker-boot.mjs', import.meta.url);

/** What to bundle and where to keep it; paths in the manifest are relative to `root`. */
export interface BundleSpec {
  /** The entry module, a TypeScript or JavaScript file. */
  readonly source: string;
  /** The folder the sources and the cache are under (the cache must see node_modules). */
  readonly root: string;
  readonly cache: string;
}

const WORKER_BUNDLE: BundleSpec = {
  source: SOURCE,
  root: ROOT,
  cache: join(ROOT, 'node_modules', '.cache', 'tally-ingest-worker'),
};

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
  current ??= bundleOf(WORKER_BUNDLE).catch(() => TSX_BOOT);
  return current;
}

/**
 * The bundle of `spec.source` as one ES module (lazy imports as chunks beside it): the cached one
 * when no file it was built from has changed size or modification time, a new one otherwise.
 */
export async function bundleOf(spec: BundleSpec): Promise<URL> {
  const { source, root, cache } = spec;
  const manifestPath = join(cache, 'manifest.json');
  const cached = upToDate(spec, manifestPath);
  if (cached) return cached;
  const { build } = await import('esbuild');
  // Each build writes a folder of its own and then points the manifest at it, so processes
  // building at the same time never see each other's half-written files. Old folders stay: a
  // running worker may still load a lazy chunk (the PDF reader) from one.
  const folder = `build-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const result = await build({
    entryPoints: { entry: source },
    outdir: join(cache, folder),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    // The metafile names inputs relative to this folder.
    absWorkingDir: root,
  });
  const manifest: Manifest = {
    folder,
    inputs: Object.keys(result.metafile.inputs).map((input) => {
      const path = resolve(root, input);
      const { mtimeMs, size } = statSync(path);
      return { path: relative(root, path), mtimeMs, size };
    }),
  };
  const temporary = `${manifestPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, manifestPath);
  removeOldBuilds(cache, folder);
  return entryOf(cache, folder);
}

/** Builds a day old are no longer loaded by any run; without this each source edit adds one. */
function removeOldBuilds(cache: string, kept: string): void {
  const before = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(cache)) {
    if (!name.startsWith('build-') || name === kept) continue;
    const path = join(cache, name);
    if (statSync(path).mtimeMs < before) rmSync(path, { recursive: true, force: true });
  }
}

function upToDate(spec: BundleSpec, manifestPath: string): URL | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const unchanged = manifest.inputs.every((input) => {
      const now = statSync(join(spec.root, input.path));
      return now.mtimeMs === input.mtimeMs && now.size === input.size;
    });
    if (!unchanged) return undefined;
    const entry = entryOf(spec.cache, manifest.folder);
    statSync(entry);
    return entry;
  } catch {
    // No manifest yet, a source gone, a damaged manifest: build afresh.
    return undefined;
  }
}

const entryOf = (cache: string, folder: string): URL =>
  pathToFileURL(join(cache, folder, 'entry.mjs'));
