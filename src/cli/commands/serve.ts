import type { Command } from 'commander';
import { hasActiveTokens } from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import { API_PREFIX, buildServer, SHED_LOAD_DELAY_MS } from '../../server/index.ts';
import { integerOption, say, storeOptionsFor, withStore } from '../context.ts';

interface ServeFlags {
  readonly port: number;
  readonly host: string;
  readonly quiet?: boolean;
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/u;

/** Query parameters that may carry a secret: masked before a URL reaches the log. */
const maskUrl = (url: string): string =>
  url.replace(/([?&](?:token|access_token|api_key|apikey|auth|bearer)=)[^&]*/giu, '$1***');

export function register(program: Command): void {
  program
    .command('serve')
    .summary('serve the REST API (and the dashboard, when built) over the workspace')
    .description(
      `Serves the API under ${API_PREFIX} (OpenAPI at ${API_PREFIX}/openapi.json, docs at ` +
        `${API_PREFIX}/docs) and web/dist at /. Reads are open; changes need a token from ` +
        '`tally token create`. It listens on loopback unless --host says otherwise, and refuses ' +
        'another address while no token exists. Stop it with Ctrl-C.',
    )
    .option(
      '--port <n>',
      'TCP port (0 picks a free one)',
      integerOption({ min: 0, max: 65_535 }),
      4173,
    )
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--quiet', 'log nothing per request')
    .addHelpText('after', '\nExample:\n  tally serve --port 4173\n')
    .action(async (flags: ServeFlags, command: Command) => {
      // A server opens once and runs for long: worth reading every page for damage first.
      await withStore(
        command,
        async (store) => {
          if (!LOOPBACK.test(flags.host) && !(await hasActiveTokens(store))) {
            throw new TallyError(
              'INVALID_INPUT',
              `refusing to listen on ${flags.host} with no API token: run tally token create first, or keep --host 127.0.0.1`,
            );
          }
          const app = await buildServer({
            store,
            // The ingest thread finds a SQLite workspace by itself; a PostgreSQL one it is told.
            ...(store.dialect === 'sqlite'
              ? {}
              : { reopen: storeOptionsFor(command.optsWithGlobals()) }),
            options: {
              maxEventLoopDelayMs: SHED_LOAD_DELAY_MS,
              logger: flags.quiet
                ? false
                : {
                    level: 'info',
                    serializers: {
                      req: (request) => ({
                        method: request.method,
                        url: maskUrl(request.url),
                        remoteAddress: request.ip,
                      }),
                    },
                  },
            },
          });
          const address = await app.listen({ port: flags.port, host: flags.host });
          say(
            `Tally serves ${store.location} at ${address}/ (API docs: ${address}${API_PREFIX}/docs)`,
          );
          await new Promise<void>((resolve) => {
            process.once('SIGINT', resolve);
            process.once('SIGTERM', resolve);
          });
          await app.close();
        },
        { checkEveryPage: true },
      );
    });
}
