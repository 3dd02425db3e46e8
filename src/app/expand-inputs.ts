import { stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { TallyError } from '../domain/index.ts';
import { SUPPORTED_EXTENSIONS } from './read-document.ts';

/** The files a list of ingest arguments names, and the arguments that name none. */
export interface ExpandedInputs {
  /** In argument order, each file once; directories and globs expand in sorted order. */
  readonly files: readonly string[];
  readonly problems: readonly { readonly input: string; readonly error: TallyError }[];
}

const isSupported = (path: string): boolean => extname(path).toLowerCase() in SUPPORTED_EXTENSIONS;
const READABLE_PATTERN = `**/*.{${Object.keys(SUPPORTED_EXTENSIONS)
  .map((extension) => extension.slice(1))
  .join(',')}}`;

/**
 * Turns ingest arguments into files. A directory yields the files Tally reads inside it (at any
 * depth, hidden ones skipped); a glob yields its matches that Tally reads; any other argument is
 * passed through as a file, so that a missing or unsupported one is reported by the reader.
 * Other files met inside directories and globs (a `.json` beside the articles) are skipped silently:
 * the user asked for the folder, not for each file in it.
 */
export async function expandInputs(
  inputs: readonly string[],
  options: { readonly cwd?: string } = {},
): Promise<ExpandedInputs> {
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const problems: { input: string; error: TallyError }[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(path);
  };

  for (const input of inputs) {
    const info = await stat(resolve(cwd, input)).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(READABLE_PATTERN, {
        cwd: resolve(cwd, input),
        onlyFiles: true,
        caseSensitiveMatch: false,
        expandDirectories: false,
      });
      if (found.length === 0)
        problems.push({ input, error: noReadableFiles(input, 'folder holds') });
      for (const path of found.sort()) add(join(input, path));
    } else if (info === null && isDynamicPattern(input)) {
      const found = await glob(input, { cwd, onlyFiles: true, expandDirectories: false });
      const readable = found.filter(isSupported).sort();
      if (readable.length === 0)
        problems.push({ input, error: noReadableFiles(input, 'pattern matches') });
      for (const path of readable) add(path);
    } else {
      add(input);
    }
  }
  return { files, problems };
}

function noReadableFiles(input: string, what: string): TallyError {
  const extensions = Object.keys(SUPPORTED_EXTENSIONS).join(', ');
  return new TallyError(
    'FILE_UNREADABLE',
    `${input}: the ${what} no file Tally reads (${extensions})`,
  );
}
