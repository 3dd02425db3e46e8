import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/app/read-document.ts';
import { isTallyError, type ErrorCode } from '../src/domain/index.ts';
import { makePdf } from './fixtures/make-pdf.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Reads a file that must fail, and returns the error's code and message. */
async function failure(path: string, options = {}): Promise<{ code: ErrorCode; message: string }> {
  try {
    await readDocument(path, options);
  } catch (error) {
    if (isTallyError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${path} was read without error`);
}

describe('readDocument on good files', () => {
  it('extracts the article of an HTML page and drops its navigation, sidebar and footer', async () => {
    const document = await readDocument(fixture('article.html'));
    expect(document.format).toBe('html');
    expect(document.text).toContain('more than 13,000 containers of munitions');
    expect(document.text).toContain('over one million barrels of oil');
    for (const boilerplate of ['Subscribe now', 'Most read', 'Cookie settings', 'Ten things']) {
      expect(document.text).not.toContain(boilerplate);
    }
  });

  it('keeps paragraphs apart and honours line breaks in HTML', async () => {
    const { text } = await readDocument(fixture('article.html'));
    expect(text).toMatch(/several million artillery rounds\.\n\nIn return/u);
    expect(text).toContain(
      'officials in Seoul and Washington said.\nUkraine put the figure higher.',
    );
    expect(text).not.toMatch(/ {2}/u);
  });

  it('takes title, byline, publisher, url, date and language from the page metadata', async () => {
    const document = await readDocument(fixture('article.html'));
    expect(document).toMatchObject({
      title: 'Shells for oil: what the ledger shows',
      author: 'Mina Park',
      publisher: 'The Example Ledger',
      url: 'https://ledger.example/2024/12/shells-for-oil',
      published: '2024-12-03',
      language: 'en',
    });
  });

  it('falls back to a <time> element when the page has no date meta tags', async () => {
    const path = await writeTemp(
      'time.html',
      `<html><head><title>Rail freight</title></head><body><article><h1>Rail freight</h1>
       <time datetime="2024-02-27T08:00:00Z">27 February</time>
       <p>${'Trains carried containers of shells across the Tumen river bridge every week. '.repeat(6)}</p>
       </article></body></html>`,
    );
    expect((await readDocument(path)).published).toBe('2024-02-27');
  });

  it('decodes a page in the legacy charset it declares', async () => {
    const body = `<p>${'Le caf\xe9 de la gare servait les cheminots qui chargeaient les wagons. '.repeat(5)}</p>`;
    const path = await writeTemp(
      'legacy.html',
      Buffer.from(
        `<html><head><meta charset="windows-1252"><title>Gare</title></head><body><article>${body}</article></body></html>`,
        'latin1',
      ),
    );
    expect((await readDocument(path)).text).toContain('Le café de la gare');
  });

  it('reads Markdown as written, with its title and date from front matter', async () => {
    const document = await readDocument(fixture('briefing.md'));
    expect(document).toMatchObject({
      format: 'markdown',
      title: 'Troops and shells: a short briefing',
      published: '2024-12-20',
      publisher: 'Tally test fixtures',
      language: 'en',
    });
    expect(document.text.startsWith('---\ntitle:')).toBe(true);
  });

  it('takes a Markdown title from the first level-one heading', async () => {
    expect((await readDocument(fixture('heading-only.md'))).title).toBe('Oil for the north');
  });

  it('keeps plain text byte for byte, so spans match the file', async () => {
    const document = await readDocument(fixture('plain.txt'));
    const { readFile } = await import('node:fs/promises');
    expect(document.text).toBe(await readFile(fixture('plain.txt'), 'utf8'));
    expect(document.title).toBeNull();
  });

  it('strips a UTF-8 byte order mark and keeps the rest exactly', async () => {
    const path = await writeTemp('bom.txt', '\uFEFFTroops: 11,000.\r\n');
    expect((await readDocument(path)).text).toBe('Troops: 11,000.\r\n');
  });

  it('reads the lines of a PDF in reading order, one per line, with its title', async () => {
    const path = await writeTemp(
      'two-lines.pdf',
      makePdf(['North Korea sent 11,000 troops.', 'Russia paid in oil (and cash).'], {
        title: 'Two lines',
      }),
    );
    const document = await readDocument(path);
    expect(document).toMatchObject({
      format: 'pdf',
      text: 'North Korea sent 11,000 troops.\nRussia paid in oil (and cash).',
      title: 'Two lines',
      language: 'en',
    });
  });
});

describe('readDocument on bad input', () => {
  it('names a missing path', async () => {
    const path = join(dir, 'nowhere.txt');
    expect(await failure(path)).toEqual({
      code: 'FILE_UNREADABLE',
      message: `${path}: no such file or directory`,
    });
  });

  it('refuses a directory where a file was expected', async () => {
    const path = join(dir, 'folder.txt');
    await mkdir(path);
    expect(await failure(path)).toEqual({
      code: 'FILE_UNREADABLE',
      message: `${path}: is a directory, not a file`,
    });
  });

  it('names a path that runs through a file', async () => {
    const file = await writeTemp('plain-file.txt', 'Some text.');
    const path = join(file, 'inner.txt');
    expect(await failure(path)).toEqual({
      code: 'FILE_UNREADABLE',
      message: `${path}: part of the path is a file, not a directory`,
    });
  });

  it('refuses an empty file and a file of only whitespace', async () => {
    const empty = await writeTemp('empty.txt', '');
    expect(await failure(empty)).toEqual({ code: 'EMPTY_DOCUMENT', message: `${empty}: is empty` });
    const blank = await writeTemp('blank.md', ' \n\t\n');
    expect((await failure(blank)).code).toBe('EMPTY_DOCUMENT');
  });

  it('refuses binary content and says why', async () => {
    const path = await writeTemp(
      'image.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    );
    expect(await failure(path)).toEqual({
      code: 'BINARY_CONTENT',
      message: `${path}: is binary, not text (contains a NUL byte at offset 4)`,
    });
  });

  it('refuses invalid UTF-8 and gives the offset of the bad byte', async () => {
    const path = await writeTemp('latin1.txt', Buffer.from('Caf\xe9 in Pyongyang', 'latin1'));
    expect(await failure(path)).toEqual({
      code: 'INVALID_ENCODING',
      message: `${path}: is not valid UTF-8 (bad byte at offset 3)`,
    });
  });

  it('refuses UTF-16 text by name rather than as binary', async () => {
    const path = await writeTemp('wide.txt', Buffer.from('\uFEFFTroops', 'utf16le'));
    expect(await failure(path)).toEqual({
      code: 'INVALID_ENCODING',
      message: `${path}: is UTF-16LE text, not UTF-8 (convert it first)`,
    });
  });

  it('refuses a 50 MB file without reading it, and honours a raised limit', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    expect(await failure(path)).toEqual({
      code: 'FILE_TOO_LARGE',
      message: `${path}: is 50 MB, over the 10 MB size limit`,
    });
    const small = await writeTemp('small.txt', 'x'.repeat(2048));
    expect((await failure(small, { maxBytes: 1024 })).message).toBe(
      `${small}: is 2 KB, over the 1 KB size limit`,
    );
    await expect(readDocument(small, { maxBytes: 4096 })).resolves.toMatchObject({ bytes: 2048 });
  });

  it('refuses an HTML page with no article text', async () => {
    const path = fixture('navigation-only.html');
    expect(await failure(path)).toEqual({
      code: 'EMPTY_DOCUMENT',
      message: `${path}: has no article text (the page holds only navigation or scripts)`,
    });
  });

  it('refuses an unsupported extension and lists the ones it reads', async () => {
    const path = await writeTemp('sheet.xlsx', 'not really a spreadsheet');
    const { code, message } = await failure(path);
    expect(code).toBe('UNSUPPORTED_FORMAT');
    expect(message).toMatch(/sheet\.xlsx: has an unsupported extension \(Tally reads \.txt, \.md/u);
  });

  it('refuses a .pdf that is not a PDF, and a damaged one', async () => {
    const fake = await writeTemp('fake.pdf', 'Just text pretending.');
    expect(await failure(fake)).toEqual({
      code: 'FILE_UNREADABLE',
      message: `${fake}: is not a PDF (no %PDF- header)`,
    });
    const damaged = await writeTemp('damaged.pdf', makePdf(['Some words']).subarray(0, 60));
    const { code, message } = await failure(damaged);
    expect(code).toBe('FILE_UNREADABLE');
    expect(message.startsWith(`${damaged}: is a damaged PDF`)).toBe(true);
  });

  it('writes every error on one line', async () => {
    const messages = await Promise.all(
      ['nowhere.txt', 'folder.txt'].map(async (name) => (await failure(join(dir, name))).message),
    );
    for (const message of messages) expect(message).not.toContain('\n');
  });
});
