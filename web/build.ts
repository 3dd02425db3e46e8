/**
 * Builds the dashboard into web/dist: typecheck, then `vite build`. With --if-stale it does
 * nothing when web/dist is newer than every source file, so `npm start` stays quick.
 * Run: `npm run build:web` (or `tsx web/build.ts --if-stale`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('.', import.meta.url));
const DIST_INDEX = join(WEB, 'dist', 'index.html');
const SOURCES = ['index.html', 'vite.config.ts', 'tsconfig.json', 'src'];

function newestSource(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path).map((name) => newestSource(join(path, name))),
  );
}

/** True when web/dist is missing or older than a source of the dashboard. */
export function dashboardIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  return SOURCES.some((name) => newestSource(join(WEB, name)) > built);
}

/** Typechecks and builds the dashboard; throws with the compiler's or Vite's output on failure. */
export async function buildDashboard(
  options: { readonly typecheck?: boolean } = {},
): Promise<void> {
  if (options.typecheck ?? true) {
    const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
    execFileSync(process.execPath, [tsc, '-p', join(WEB, 'tsconfig.json')], { stdio: 'inherit' });
  }
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !dashboardIsStale()) {
    process.exit(0);
  }
  try {
    await buildDashboard({ typecheck: !ifStale });
    console.log(`Dashboard built in ${join(WEB, 'dist')}`);
  } catch (error) {
    console.error(`Dashboard build failed: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}
