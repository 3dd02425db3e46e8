import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Store } from '../store/index.ts';
import type { IngestThread } from './ingest-thread.ts';
import type { ReadCache } from './read-cache.ts';

/** The Fastify instance with TypeBox as its type provider: route schemas type the handlers. */
export type TallyApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What every group of routes registers with. */
export interface ServerContext {
  readonly app: TallyApp;
  readonly store: Store;
  /** The largest upload the ingest routes accept, in bytes. */
  readonly maxUploadBytes: number;
  /** Where uploads are read, extracted and stored; null: on the server's own thread. */
  readonly ingestThread: IngestThread | null;
  /** Keeps the hot reads' answers while the workspace's revision stays the same; null: none. */
  readonly readCache: ReadCache | null;
}
