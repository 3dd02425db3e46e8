import { copyFile, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentIdOf } from '../src/app/document-text.ts';
import { ingest, parseOverrides, summarizeIngest, type Extractor } from '../src/app/ingest.ts';
import type { ExtractedClaim } from '../src/domain/index.ts';
import { openStore, type Store } from '../src/store/index.ts';

/** Keeps these suites about ingest, whatever the extractor being built finds. */
const noClaims: Extractor = (input) => ({
  format: 'claims/1',
  document: { title: null, published: input.published },
  claims: [],
  events: [],
});

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-ingest-'));
  store = await openStore({ workspace: join(dir, 'workspace'), env: {} });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** A folder of the good fixtures: an HTML article, two Markdown files and a text file. */
async function goodFolder(): Promise<string> {
  const folder = join(dir, 'good');
  await mkdir(folder);
  for (const name of ['article.html', 'briefing.md', 'heading-only.md', 'plain.txt']) {
    await copyFile(fixture(name), join(folder, name));
  }
  return folder;
}

const troopsClaim = (text: string): ExtractedClaim => {
  const start = text.indexOf('11,000 troops');
  return {
    span: [start, start + '11,000 troops'.length],
    text: '11,000 troops',
    value: 11000,
    low: null,
    high: null,
    qualifier: 'approx',
    unit: 'person',
    category: 'personnel',
    from: 'PRK',
    to: 'RUS',
    period: null,
    attribution: null,
  };
};

describe('ingest', () => {
  it('stores each document once: a second run reports every file unchanged', async () => {
    const folder = await goodFolder();
    const first = await ingest({ store, extractor: noClaims, inputs: [folder] });
    expect(first.files.map((file) => file.status)).toEqual([
      'ingested',
      'ingested',
      'ingested',
      'ingested',
    ]);
    const second = await ingest({ store, extractor: noClaims, inputs: [folder] });
    expect(second.files.map((file) => file.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(summarizeIngest(second)).toBe('0 ingested, 4 unchanged, 0 failed');
    expect((await store.counts()).documents).toBe(4);
  });

  it('recognizes a rewrapped copy of a document as the same document', async () => {
    const original = join(dir, 'one.txt');
    const rewrapped = join(dir, 'two.txt');
    await writeFile(original, 'North Korea sent troops.\nRussia sent oil.\n');
    await writeFile(rewrapped, 'North Korea sent troops. Russia\r\nsent oil.');
    const report = await ingest({ store, extractor: noClaims, inputs: [original, rewrapped] });
    expect(report.files.map((file) => file.status)).toEqual(['ingested', 'unchanged']);
  });

  it('ingests the good files of a mixed folder and names every bad one, storing nothing of them', async () => {
    const folder = await goodFolder();
    await writeFile(
      join(folder, 'binary.txt'),
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00]),
    );
    await writeFile(join(folder, 'empty.md'), '');
    await writeFile(join(folder, 'huge.txt'), '');
    await truncate(join(folder, 'huge.txt'), 50 * 1024 * 1024);
    await writeFile(join(folder, 'latin1.txt'), Buffer.from('Na\xefve figures', 'latin1'));
    await copyFile(fixture('navigation-only.html'), join(folder, 'index.html'));
    await writeFile(join(folder, 'notes.json'), '{"skipped": "not a document type"}');
    const missing = join(dir, 'missing.txt');

    const report = await ingest({ store, extractor: noClaims, inputs: [folder, missing] });

    expect(summarizeIngest(report)).toBe('4 ingested, 0 unchanged, 6 failed');
    const failures = report.files.flatMap((file) => (file.status === 'failed' ? [file] : []));
    expect(failures.map((file) => [file.path, file.code])).toEqual([
      [join(folder, 'binary.txt'), 'BINARY_CONTENT'],
      [join(folder, 'empty.md'), 'EMPTY_DOCUMENT'],
      [join(folder, 'huge.txt'), 'FILE_TOO_LARGE'],
      [join(folder, 'index.html'), 'EMPTY_DOCUMENT'],
      [join(folder, 'latin1.txt'), 'INVALID_ENCODING'],
      [missing, 'FILE_UNREADABLE'],
    ]);
    for (const failure of failures) {
      expect(failure.message.startsWith(`${failure.path}: `)).toBe(true);
      expect(failure.message).not.toContain('\n');
    }
    const stored = await store.listDocuments();
    expect(stored.map((document) => document.source).sort()).toEqual(
      ['article.html', 'briefing.md', 'heading-only.md', 'plain.txt'].map((name) =>
        join(folder, name),
      ),
    );
    expect(await store.counts()).toEqual({ documents: 4, claims: 0, events: 0 });
  });

  it('expands a glob to the files Tally reads and reports a pattern that matches none', async () => {
    await goodFolder();
    const report = await ingest({
      store,
      extractor: noClaims,
      inputs: ['good/*.md', 'good/*.docx'],
      cwd: dir,
    });
    expect(report.files.map((file) => [file.path, file.status])).toEqual([
      ['good/*.docx', 'failed'],
      [join('good', 'briefing.md'), 'ingested'],
      [join('good', 'heading-only.md'), 'ingested'],
    ]);
  });

  it('stores what the extractor finds as proposed claims with stable ids', async () => {
    const path = join(dir, 'troops.txt');
    const text = 'Seoul says about 11,000 troops went to Kursk in October 2024.';
    await writeFile(path, text);
    const extractor: Extractor = (input) => ({
      format: 'claims/1',
      document: { title: null, published: input.published },
      claims: [troopsClaim(input.text)],
      events: [
        {
          span: [0, input.text.length],
          text: input.text,
          date: '2024-10',
          type: 'deployment',
          actors: ['North Korea'],
          place: 'Kursk',
        },
      ],
    });
    const clock = () => new Date('2026-11-27T12:00:00.000Z');
    const report = await ingest({ store, inputs: [path], extractor, clock });

    const id = documentIdOf(text);
    expect(report.files).toEqual([
      { status: 'ingested', path, documentId: id, title: null, claims: 1, events: 1 },
    ]);
    const [claim] = await store.listClaims({ documentId: id });
    expect(claim).toMatchObject({
      id: `${id.slice(0, 12)}-c1`,
      status: 'proposed',
      reviewer: null,
      value: 11000,
      createdAt: '2026-11-27T12:00:00.000Z',
    });
    expect(text.slice(...(claim?.span ?? [0, 0]))).toBe('11,000 troops');
    const [event] = await store.listEvents({ documentId: id });
    expect(event?.id).toBe(`${id.slice(0, 12)}-e1`);
  });

  it('fails a file whose extraction is malformed and stores none of it', async () => {
    const path = join(dir, 'troops.txt');
    await writeFile(path, 'About 11,000 troops.');
    const extractor: Extractor = (input) => ({
      format: 'claims/1',
      document: { title: null, published: null },
      claims: [{ ...troopsClaim(input.text), unit: 'Persons!' }],
      events: [],
    });
    const report = await ingest({
      store,
      inputs: [path, fixture('plain.txt')],
      extractor: (input) =>
        input.text.includes('11,000') ? extractor(input) : { ...extractor(input), claims: [] },
    });
    expect(report.files.map((file) => file.status)).toEqual(['failed', 'ingested']);
    const [failure] = report.files;
    expect(failure).toMatchObject({ code: 'INTERNAL' });
    expect(failure?.status === 'failed' && failure.message).toMatch(
      /troops\.txt: the extractor produced an invalid claim \S+-c1 \(\/unit: /u,
    );
    expect(await store.hasDocument(documentIdOf('About 11,000 troops.'))).toBe(false);
    expect((await store.counts()).claims).toBe(0);
  });

  it('fails only the file whose extraction throws, naming the file', async () => {
    const report = await ingest({
      store,
      inputs: [fixture('plain.txt'), fixture('heading-only.md')],
      extractor: (input) => {
        if (input.text.includes('treaty')) throw new Error('lexicon\nmissing');
        return noClaims(input);
      },
    });
    expect(report.files.map((file) => file.status)).toEqual(['failed', 'ingested']);
    expect(report.files[0]).toMatchObject({
      code: 'INTERNAL',
      message: `${fixture('plain.txt')}: internal error: lexicon missing`,
    });
    expect((await store.counts()).documents).toBe(1);
  });

  it('lets the user set title, date, publisher and url, over what the file says', async () => {
    await ingest({
      store,
      extractor: noClaims,
      inputs: [fixture('briefing.md')],
      overrides: {
        title: 'My title',
        published: '2025-01',
        publisher: 'Me',
        url: 'https://x.example/1',
      },
    });
    const [document] = await store.listDocuments();
    expect(document).toMatchObject({
      title: 'My title',
      published: '2025-01',
      publisher: 'Me',
      url: 'https://x.example/1',
      format: 'markdown',
      language: 'en',
    });
  });

  it('passes the published date to the extractor so relative dates resolve', async () => {
    const seen: (string | null)[] = [];
    await ingest({
      store,
      inputs: [fixture('briefing.md'), fixture('plain.txt')],
      extractor: (input) => {
        seen.push(input.published);
        return {
          format: 'claims/1',
          document: { title: null, published: null },
          claims: [],
          events: [],
        };
      },
    });
    expect(seen).toEqual(['2024-12-20', null]);
  });
});

describe('parseOverrides', () => {
  it('accepts partial dates and trims values', () => {
    expect(parseOverrides({ published: '2024-12', title: '  Title ' })).toEqual({
      ok: true,
      value: { published: '2024-12', title: 'Title' },
    });
  });

  it('refuses a malformed date and an empty title, naming the option', () => {
    const result = parseOverrides({ published: '3 Dec 2024', title: ' ' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual([
      '--title must not be empty',
      '--published "3 Dec 2024" is not YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
});
