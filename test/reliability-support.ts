import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles test/reliability-ingest-child.ts into one file at `outfile`: the crash and fault suites
 * start it dozens of times, and tsx would spend a second per start transpiling.
 */
export async function buildIngestChild(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./reliability-ingest-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
}
