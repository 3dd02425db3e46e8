import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, truncate, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.ts';
import { devCorpus, repoRoot, runCli } from './cli-support.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const devArticles = devCorpus
  ? readdirSync(devCorpus)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

interface FileReport {
  path: string;
  status: string;
  documentId?: string;
}

describe.skipIf(devCorpus === null)('tally on the dev corpus', () => {
  let workspace: string;
  let ids: Map<string, string>;

  it('ingests every dev article, then finds every one unchanged on a second run', async () => {
    workspace = join(dir, 'dev-workspace');
    const first = await runCli(['--workspace', workspace, 'ingest', devCorpus ?? '']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n').at(-1)).toBe(
      `${devArticles.length} ingested, 0 unchanged, 0 failed`,
    );

    const second = await runCli(['--workspace', workspace, 'ingest', devCorpus ?? '', '--json']);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout) as {
      files: FileReport[];
      ingested: number;
      unchanged: number;
      failed: number;
      summary: string;
    };
    expect(report.files.map((file) => file.status)).toEqual(devArticles.map(() => 'unchanged'));
    expect(report.files.map((file) => file.path)).toEqual(
      devArticles.map((name) => join(devCorpus ?? '', name)),
    );
    expect(report.summary).toBe(`0 ingested, ${devArticles.length} unchanged, 0 failed`);
    ids = new Map(report.files.map((file) => [file.path, file.documentId ?? '']));
  });

  it('lists the documents as a table and as JSON without their text', async () => {
    const [table, json] = await Promise.all([
      runCli(['-w', workspace, 'docs']),
      runCli(['-w', workspace, 'docs', '--json', '--limit', '2']),
    ]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+PUBLISHED\s+PUBLISHER\s+CLAIMS\s+TITLE$/u);
    expect(lines).toHaveLength(devArticles.length + 1);
    for (const id of ids.values()) expect(table.stdout).toContain(id.slice(0, 12));

    const documents = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(documents).toHaveLength(2);
    for (const document of documents) {
      expect(document).not.toHaveProperty('text');
      expect(document).toMatchObject({ format: 'text', language: 'en' });
    }
  });

  it('shows a document by id prefix, with the text exactly as the file holds it', async () => {
    const [path, id] = [...ids.entries()][0] ?? ['', ''];
    const [human, json] = await Promise.all([
      runCli(['-w', workspace, 'show', id.slice(0, 8)]),
      runCli(['-w', workspace, 'show', id.slice(0, 10), '--json']),
    ]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^id +${id}\\n`, 'u'));
    expect(human.stdout).toContain(`source     ${path}`);
    const document = JSON.parse(json.stdout) as { id: string; text: string; claims: number };
    expect(document.id).toBe(id);
    expect(document.text).toBe(readFileSync(path, 'utf8'));
    expect(typeof document.claims).toBe('number');
  });

  it('finds documents by the words of their text', async () => {
    const moscow = [...ids.entries()].find(([path]) => path.includes('kursk'));
    const result = await runCli(['-w', workspace, 'search', 'Kursk', '--json']);
    expect(result.code).toBe(0);
    const hits = JSON.parse(result.stdout) as { documentId: string; snippet: string }[];
    expect(hits.map((hit) => hit.documentId)).toContain(moscow?.[1]);
    for (const hit of hits) expect(hit.snippet.toLowerCase()).toContain('kursk');
  });
});

describe('tally ingest on bad input', () => {
  it('ingests the good files, prints one line per bad one, stores nothing of them and exits 3', async () => {
    const folder = join(dir, 'mixed');
    await mkdir(folder);
    const fixtures = new URL('./fixtures/', import.meta.url).pathname;
    await copyFile(join(fixtures, 'plain.txt'), join(folder, 'plain.txt'));
    await copyFile(join(fixtures, 'article.html'), join(folder, 'article.html'));
    await writeFile(
      join(folder, 'binary.txt'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    );
    await writeFile(join(folder, 'empty.txt'), '');
    await writeFile(join(folder, 'huge.md'), '');
    await truncate(join(folder, 'huge.md'), 50 * 1024 * 1024);
    const workspace = join(dir, 'mixed-workspace');

    const result = await runCli(['-w', workspace, 'ingest', 'mixed', 'missing.txt'], { cwd: dir });

    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toEqual([
      'tally: mixed/binary.txt: is binary, not text (contains a NUL byte at offset 4)',
      'tally: mixed/empty.txt: is empty',
      'tally: mixed/huge.md: is 50 MB, over the 10 MB size limit',
      'tally: missing.txt: no such file or directory',
    ]);
    expect(result.stdout).toMatch(
      /^ingested {3}[0-9a-f]{12} {2}mixed\/article\.html {2}Shells for oil/mu,
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 ingested, 0 unchanged, 4 failed');

    const store = await openStore({ workspace, env: {} });
    try {
      const documents = await store.listDocuments();
      expect(documents.map((document) => document.source).sort()).toEqual([
        'mixed/article.html',
        'mixed/plain.txt',
      ]);
    } finally {
      await store.close();
    }
  });

  it('answers a bad option or an unknown document with one line and its exit code', async () => {
    const workspace = join(dir, 'empty-workspace');
    const [badDate, unknown, badSize] = await Promise.all([
      runCli(['-w', workspace, 'docs', '--from', 'last week']),
      runCli(['-w', workspace, 'show', 'abcdef']),
      runCli(['-w', workspace, 'ingest', 'x.txt', '--max-size', 'huge']),
    ]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr.split('\n')[0]).toBe(
      "tally: option '--from <date>' argument 'last week' is invalid. expected YYYY, YYYY-MM or YYYY-MM-DD",
    );
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toBe(
      'tally: no document has the id or id prefix "abcdef" (give at least 6 hex characters; see tally docs)\n',
    );
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toBe(
      'tally: --max-size: "huge" is not a size (try 10MB, 512KB or a byte count)\n',
    );
  });
});

describe('tally start', () => {
  const bundled = readdirSync(join(repoRoot, 'corpus')).filter(
    (name) => /\.(?:md|txt|html?|pdf)$/u.test(name) && !/^readme\./iu.test(name),
  );
  const referenceSources = new Set(
    readFileSync(join(repoRoot, 'corpus', 'reference', 'facts.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.stringify((JSON.parse(line) as { source: unknown }).source)),
  ).size;

  it('creates the workspace, ingests the bundled corpus once and says what the workspace holds', async () => {
    const workspace = join(dir, 'start-workspace');
    const first = await runCli(['-w', workspace, 'start']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Tally workspace: ${join(workspace, 'tally.db')} (sqlite)`);
    expect(first.stdout).toContain(
      `Bundled corpus: ${bundled.length} ingested, 0 unchanged, 0 failed`,
    );
    // The reference facts add one document per cited source (test/ledger-workspace.test.ts).
    expect(first.stdout).toMatch(
      new RegExp(
        `It holds ${bundled.length + referenceSources} documents?, \\d+ claims? and \\d+ events?\\.`,
        'u',
      ),
    );

    const second = await runCli(['-w', workspace, 'start', '--json']);
    const outcome = JSON.parse(second.stdout) as {
      corpus: { ingested: number; unchanged: number; failed: number };
      counts: { documents: number };
      latest: { source: string }[];
    };
    expect(outcome.corpus).toMatchObject({ ingested: 0, unchanged: bundled.length, failed: 0 });
    expect(outcome.counts.documents).toBe(bundled.length + referenceSources);
    expect(
      outcome.latest
        .map((document) => document.source)
        .filter((source) => !source.startsWith('corpus/reference/'))
        .sort(),
    ).toEqual(bundled.map((name) => `corpus/${name}`).sort());
  });

  it('starts an empty workspace when the corpus folder is missing', async () => {
    const result = await runCli([
      '-w',
      join(dir, 'bare'),
      'start',
      '--corpus',
      join(dir, 'no-corpus'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Bundled corpus: none found at \S*no-corpus, nothing to ingest/u);
    expect(result.stdout).toContain('It holds 0 documents, 0 claims and 0 events.');
  });
});
