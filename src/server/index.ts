// The HTTP adapter: the CLI's `serve` command and the tests import from here.
export {
  API_PREFIX,
  buildServer,
  DEFAULT_WEB_ROOT,
  SHED_LOAD_DELAY_MS,
  type ServerDeps,
  type ServerOptions,
} from './build-server.ts';
export type { TallyApp } from './context.ts';
