import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkspace, importJsonl } from '../src/app/index.ts';
import { openStore } from '../src/store/index.ts';
import { runCli } from './cli-support.ts';
import {
  describeWithPostgres,
  documentId,
  makeClaim,
  makeDocument,
  makeEvent,
} from './store-support.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tally-transfer-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small export written by hand, in our own words, as `tally export` would write it. */
function fixture(): string {
  const doc = makeDocument({ id: documentId('f1'), title: 'Fuel for shells, in brief' });
  const records = [
    { kind: 'document', record: doc },
    { kind: 'claim', record: makeClaim({ id: 'f1-c1', documentId: doc.id }) },
    {
      kind: 'claim',
      record: makeClaim({ id: 'f1-c2', documentId: doc.id, value: 0.1 + 0.2, low: null }),
    },
    { kind: 'event', record: makeEvent({ id: 'f1-e1', documentId: doc.id }) },
  ];
  return [
    '{"format":"tally-export","version":1}',
    ...records.map((line) => JSON.stringify(line)),
    `{"kind":"end","records":${records.length}}`,
    '',
  ].join('\n');
}

const source = join(scratch, 'fixture.jsonl');
writeFileSync(source, fixture());

async function* linesOf(text: string): AsyncGenerator<string> {
  yield* text.trimEnd().split('\n');
}

/** What an export of the fixture must be: the store's own export of it, made in process. */
async function canonicalExport(): Promise<string> {
  const store = await openStore({ workspace: join(scratch, 'canonical'), env: {} });
  try {
    if ((await store.counts()).documents === 0) {
      await importJsonl({ store, lines: linesOf(fixture()), source });
    }
    let text = '';
    for await (const chunk of exportWorkspace({ store, format: 'jsonl' })) text += chunk;
    return text;
  } finally {
    await store.close();
  }
}

describe('tally export and tally import on SQLite', () => {
  it('round-trips a workspace through a file byte for byte', async () => {
    const first = join(scratch, 'a');
    const second = join(scratch, 'b');
    const out = join(scratch, 'a.jsonl');
    const imported = await runCli(['--workspace', first, 'import', source]);
    expect(imported).toMatchObject({ code: 0, stdout: `Imported 4 records from ${source}.\n` });
    const exported = await runCli(['--workspace', first, 'export', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`to ${out}`);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(await canonicalExport());
    // Same records as the fixture, in the store's own key order.
    const parse = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown);
    expect(parse(written)).toEqual(parse(fixture()));
    expect((await runCli(['--workspace', second, 'import', out, '--json'])).stdout).toBe(
      '{\n  "imported": 4\n}\n',
    );
    const again = await runCli(['--workspace', second, 'export', '--format', 'jsonl']);
    expect(again).toMatchObject({ code: 0, stdout: written });
  });

  it('refuses a truncated file with exit code 6 and one line naming the line, storing nothing', async () => {
    const cut = join(scratch, 'cut.jsonl');
    writeFileSync(cut, fixture().split('\n').slice(0, 3).join('\n'));
    const workspace = join(scratch, 'c');
    const result = await runCli(['--workspace', workspace, 'import', cut]);
    expect(result.code).toBe(6);
    expect(result.stderr).toBe(
      `tally: ${cut}:3: the file ends without its closing line: it is truncated\n`,
    );
    const store = await openStore({ workspace, env: {} });
    expect(await store.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
    await store.close();
  });

  it('names a missing import file with exit code 3', async () => {
    const missing = join(scratch, 'nowhere.jsonl');
    const result = await runCli(['--workspace', join(scratch, 'd'), 'import', missing]);
    expect(result).toMatchObject({ code: 3, stderr: `tally: ${missing}: no such file\n` });
  });
});

describeWithPostgres('tally export and tally import on PostgreSQL', (PG_URL) => {
  const schema = `tally_cli_${process.pid}_${Date.now().toString(36)}`;
  const admin = () => new pg.Client({ connectionString: PG_URL });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  it('gives back the same bytes as SQLite did', async () => {
    const client = admin();
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const url = new URL(PG_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const imported = await runCli(['--database', url.toString(), 'import', source]);
    expect(imported).toMatchObject({ code: 0, stdout: `Imported 4 records from ${source}.\n` });
    const exported = await runCli(['--database', url.toString(), 'export']);
    expect(exported).toMatchObject({ code: 0, stdout: await canonicalExport() });
  });
});
