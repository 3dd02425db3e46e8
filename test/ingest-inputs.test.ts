import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/app/expand-inputs.ts';
import { ingest } from '../src/app/ingest.ts';
import { TallyError } from '../src/domain/index.ts';
import type { Store } from '../src/store/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-inputs-'));
  await mkdir(join(dir, 'reports', '2024', 'december'), { recursive: true });
  await mkdir(join(dir, 'reports', '.drafts'));
  await mkdir(join(dir, 'empty'));
  const files = {
    'reports/b.md': '# B',
    'reports/a.TXT': 'A',
    'reports/2024/december/c.pdf': '%PDF-1.4',
    'reports/2024/scores.json': '{}',
    'reports/.drafts/draft.md': 'hidden',
    'reports/.hidden.txt': 'hidden',
  };
  for (const [path, content] of Object.entries(files)) await writeFile(join(dir, path), content);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('walks a folder at any depth for the files Tally reads, in sorted order, skipping hidden ones', async () => {
    const { files, problems } = await expandInputs(['reports'], { cwd: dir });
    expect(files).toEqual([
      join('reports', '2024', 'december', 'c.pdf'),
      join('reports', 'a.TXT'),
      join('reports', 'b.md'),
    ]);
    expect(problems).toEqual([]);
  });

  it('lists each file once however many arguments name it', async () => {
    const { files } = await expandInputs(['reports/b.md', 'reports/*.md', 'reports/b.md'], {
      cwd: dir,
    });
    expect(files).toEqual(['reports/b.md']);
  });

  it('passes a named file through untouched, so the reader can say what is wrong with it', async () => {
    const { files, problems } = await expandInputs(['reports/2024/scores.json', 'gone.txt'], {
      cwd: dir,
    });
    expect(files).toEqual(['reports/2024/scores.json', 'gone.txt']);
    expect(problems).toEqual([]);
  });

  it('reports a folder with nothing to read and a pattern that matches nothing', async () => {
    const { files, problems } = await expandInputs(['empty', 'reports/*.docx'], { cwd: dir });
    expect(files).toEqual([]);
    expect(problems.map(({ input, error }) => [input, error.code, error.message])).toEqual([
      [
        'empty',
        'FILE_UNREADABLE',
        'empty: the folder holds no file Tally reads (.txt, .md, .markdown, .html, .htm, .pdf)',
      ],
      [
        'reports/*.docx',
        'FILE_UNREADABLE',
        'reports/*.docx: the pattern matches no file Tally reads (.txt, .md, .markdown, .html, .htm, .pdf)',
      ],
    ]);
  });
});

describe('ingest when the store fails', () => {
  it('stops at an unavailable store instead of failing every file one by one', async () => {
    let saves = 0;
    const down = new TallyError('STORE_UNAVAILABLE', 'The workspace database is not reachable');
    const store = {
      hasDocument: () => Promise.resolve(false),
      saveDocument: () => {
        saves += 1;
        return Promise.reject(down);
      },
    } as unknown as Store;
    await expect(
      ingest({ store, inputs: ['reports/a.TXT', 'reports/b.md'], cwd: dir }),
    ).rejects.toBe(down);
    expect(saves).toBe(1);
  });

  it('names the file when the store refuses its records', async () => {
    const store = {
      hasDocument: () => Promise.resolve(false),
      saveDocument: () =>
        Promise.reject(new TallyError('CONFLICT', 'claim x already belongs to another document')),
    } as unknown as Store;
    const report = await ingest({ store, inputs: ['reports/b.md'], cwd: dir });
    expect(report.files).toEqual([
      {
        status: 'failed',
        path: 'reports/b.md',
        code: 'CONFLICT',
        message: 'reports/b.md: claim x already belongs to another document',
      },
    ]);
  });
});
