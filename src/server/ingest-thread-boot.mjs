// A worker thread does not inherit the parent's module hooks: it registers tsx itself before
// loading the TypeScript worker, whatever started the server (bin/tally.js, tsx, vitest).
import { register } from 'tsx/esm/api';

register();
await import('./ingest-thread-worker.ts');
