/**
 * Times the store on each dialect over a synthetic workspace: saving documents with their
 * claims, full-text search, and the export → import → export round trip (checked byte-identical).
 * `npm run bench:store` (BENCH_DOCS=500; PostgreSQL too when TALLY_TEST_DATABASE_URL is set).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { exportWorkspace, importJsonl } from '../src/app/index.ts';
import type { Claim, Document, Event } from '../src/domain/index.ts';
import { openStore, type Store } from '../src/store/index.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 500);
const CLAIMS_PER_DOC = 20;
const EVENTS_PER_DOC = 3;
const WORDS =
  'troops shells missiles oil rice payments rail port ferry drones launchers border talks treaty envoy summit ledger barrels tonnes containers convoy depot winter ministry analysts estimate'.split(
    ' ',
  );
const AT = '2024-12-03T10:00:00.000Z';

/** A deterministic pseudo-random source, so every run stores the same workspace. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function bundle(index: number): { document: Document; claims: Claim[]; events: Event[] } {
  const next = random(index + 1);
  const text = Array.from({ length: 500 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(
    ' ',
  );
  const id = (index + 1).toString(16).padStart(64, '0');
  const document: Document = {
    id,
    title: `Synthetic report ${index}`,
    publisher: `Desk ${index % 7}`,
    author: null,
    url: null,
    published: `2024-${String((index % 12) + 1).padStart(2, '0')}`,
    language: 'en',
    format: 'text',
    source: null,
    text,
    ingestedAt: AT,
  };
  const claims = Array.from({ length: CLAIMS_PER_DOC }, (_, n): Claim => ({
    span: [n * 10, n * 10 + 6],
    text: text.slice(n * 10, n * 10 + 6),
    value: next() * 1e9,
    low: null,
    high: null,
    qualifier: 'approx',
    unit: 'usd',
    category: 'money',
    from: 'RUS',
    to: 'PRK',
    period: { start: '2024', end: null, per: 'year' },
    stage: null,
    attribution: { name: 'An analyst', affiliation: null },
    id: `${id.slice(-8)}-c${n}`,
    documentId: id,
    status: 'proposed',
    reviewer: null,
    createdAt: AT,
    updatedAt: AT,
  }));
  const events = Array.from({ length: EVENTS_PER_DOC }, (_, n): Event => ({
    span: [n, n + 4],
    text: text.slice(n, n + 4),
    date: '2024-06',
    type: 'meeting',
    actors: ['A', 'B'],
    place: null,
    id: `${id.slice(-8)}-e${n}`,
    documentId: id,
  }));
  return { document, claims, events };
}

async function exportText(store: Store): Promise<string> {
  let text = '';
  for await (const chunk of exportWorkspace({ store, format: 'jsonl' })) text += chunk;
  return text;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  yield* text.trimEnd().split('\n');
}

const ms = (started: number) => performance.now() - started;

async function run(label: string, open: () => Promise<Store>): Promise<void> {
  const store = await open();
  let started = performance.now();
  for (let index = 0; index < DOCS; index++) await store.saveDocument(bundle(index));
  const saveMs = ms(started);

  const queries = ['troops oil', 'missiles', 'ferry convoy depot', 'winter summit'];
  const searchTimes: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const query of queries) {
      started = performance.now();
      await store.searchDocuments(query, { limit: 20 });
      searchTimes.push(ms(started));
    }
  }
  searchTimes.sort((a, b) => a - b);

  started = performance.now();
  const first = await exportText(store);
  const exportMs = ms(started);
  const copy = await open();
  started = performance.now();
  const { imported } = await importJsonl({ store: copy, lines: linesOf(first), source: 'bench' });
  const importMs = ms(started);
  const identical = (await exportText(copy)) === first;
  await Promise.all([store.close(), copy.close()]);

  const rows = DOCS * (1 + CLAIMS_PER_DOC + EVENTS_PER_DOC);
  console.log(`${label}: ${DOCS} documents, ${rows} rows`);
  console.log(
    `  save:    ${saveMs.toFixed(0)} ms (${((DOCS / saveMs) * 1000).toFixed(0)} documents/s, one transaction each)`,
  );
  console.log(
    `  search:  median ${searchTimes[Math.floor(searchTimes.length / 2)]?.toFixed(1)} ms, max ${searchTimes.at(-1)?.toFixed(1)} ms (${searchTimes.length} queries)`,
  );
  console.log(`  export:  ${exportMs.toFixed(0)} ms, ${(first.length / 1e6).toFixed(1)} MB`);
  console.log(`  import:  ${importMs.toFixed(0)} ms (${imported} records, one transaction)`);
  console.log(`  round trip byte-identical: ${identical ? 'yes' : 'NO'}`);
  if (!identical) process.exitCode = 1;
}

const folder = mkdtempSync(join(tmpdir(), 'tally-bench-'));
let workspaces = 0;
try {
  await run('sqlite', () => openStore({ workspace: join(folder, String(workspaces++)), env: {} }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const url = process.env.TALLY_TEST_DATABASE_URL;
if (url) {
  const schemas: string[] = [];
  try {
    await run('postgres', () => {
      const schema = `tally_bench_${process.pid}_${schemas.length}`;
      schemas.push(schema);
      return openStore({ databaseUrl: url, schema, env: {} });
    });
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
} else {
  console.log('postgres: skipped (set TALLY_TEST_DATABASE_URL to time it)');
}
