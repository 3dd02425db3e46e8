import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken, ingest, type Extractor } from '../src/app/index.ts';
import { extract } from '../src/extract/index.ts';
import { buildServer, type ServerOptions, type TallyApp } from '../src/server/index.ts';
import { openStore, type Store } from '../src/store/index.ts';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));

/** A quote with markup in it, written for these tests: it must come back as data, never HTML. */
export const HOSTILE_QUOTE = '4,000 <script>alert("x")</script><img src=x onerror=alert(1)> troops';
const HOSTILE_TEXT = `Seoul said ${HOSTILE_QUOTE} crossed in 2024.\n`;

/**
 * An extractor that reads a document as the real one does, plus one claim whose quote is
 * `quote` (markup written for the tests): what a hostile report would put in the workspace.
 */
export function hostileExtractorFor(hostile: {
  readonly quote: string;
  readonly value: number;
  readonly source: string;
}): Extractor {
  return (input) => {
    const found = extract(input);
    const start = input.text.indexOf(hostile.quote);
    return {
      ...found,
      claims: [
        {
          span: [start, start + hostile.quote.length],
          text: hostile.quote,
          value: hostile.value,
          low: null,
          high: null,
          qualifier: 'exact',
          unit: 'person',
          category: 'personnel',
          from: 'PRK',
          to: 'RUS',
          period: null,
          attribution: { name: hostile.source, affiliation: null },
        },
      ],
    };
  };
}

const hostileExtractor = hostileExtractorFor({
  quote: HOSTILE_QUOTE,
  value: 4000,
  source: 'Seoul',
});

export interface ServerFixture {
  readonly app: TallyApp;
  readonly store: Store;
  readonly folder: string;
  /** Bearer tokens by role, made with the token use case. */
  readonly tokens: { readonly analyst: string; readonly viewer: string; readonly admin: string };
  readonly hostileDocumentId: string;
  close(): Promise<void>;
}

/**
 * A temporary SQLite workspace seeded through the app's use cases (the bundled corpus, plus a
 * document whose claim quotes markup), and a server over it that is never bound to a port.
 */
export async function openServerFixture(options: ServerOptions = {}): Promise<ServerFixture> {
  const folder = mkdtempSync(join(tmpdir(), 'tally-server-'));
  const store = await openStore({ workspace: join(folder, 'workspace'), env: {} });
  await ingest({
    store,
    inputs: ['briefing-troops-and-munitions.md', 'briefing-money-oil-and-trade.md'],
    cwd: corpus,
  });
  writeFileSync(join(folder, 'hostile.txt'), HOSTILE_TEXT);
  const hostile = await ingest({
    store,
    inputs: ['hostile.txt'],
    cwd: folder,
    extractor: hostileExtractor,
  });
  const [first] = hostile.files;
  if (first?.status !== 'ingested') throw new Error('the hostile document was not ingested');
  const make = async (role: 'viewer' | 'analyst' | 'admin') =>
    (await createToken({ store, name: `test-${role}`, role })).token;
  const tokens = {
    analyst: await make('analyst'),
    viewer: await make('viewer'),
    admin: await make('admin'),
  };
  const app = await buildServer({ store, options: { webRoot: null, ...options } });
  await app.ready();
  return {
    app,
    store,
    folder,
    tokens,
    hostileDocumentId: first.documentId,
    async close() {
      await app.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
