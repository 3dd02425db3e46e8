import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  TallyError,
  type DocumentFormat,
  type ErrorCode,
  type PartialDate,
} from '../domain/index.ts';
import { detectLanguage, primaryLanguage, toPartialDate } from './document-text.ts';
import {
  firstInvalidUtf8Offset,
  foreignByteOrderMark,
  formatByteSize,
  sniffBinary,
} from './file-content.ts';
import { readMarkdownMetadata } from './markdown-metadata.ts';

/** The default ceiling on a file's size: far above any article, far below a mistaken upload. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** File extensions Tally reads, and the format each is read as. */
export const SUPPORTED_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** The text of one file and what its metadata says about it. */
export interface DocumentContent {
  /** The path as given, for messages and the document's `source`. */
  readonly path: string;
  readonly format: DocumentFormat;
  /** The text as read (BOM removed); claim spans index into it. */
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly published: PartialDate | null;
  readonly language: string | null;
  readonly bytes: number;
}

export interface ReadDocumentOptions {
  /** Files larger than this many bytes are refused before they are read. */
  readonly maxBytes?: number;
  /** How messages and `path` name the file, when it is read through another path. */
  readonly displayPath?: string;
}

/**
 * Reads one `.txt`, `.md`, `.html`/`.htm` or `.pdf` file into text and metadata.
 * @throws TallyError whose one-line message names the file and what is wrong with it.
 * @example const { text, title } = await readDocument('corpus/briefing-1.md');
 */
export async function readDocument(
  path: string,
  options: ReadDocumentOptions = {},
): Promise<DocumentContent> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = options.displayPath ?? path;
  const problem = (code: ErrorCode, reason: string, cause?: unknown) =>
    // Causes quote library messages, which may span lines; a report line must not.
    new TallyError(
      code,
      `${name}: ${reason.replace(/\s+/gu, ' ')}`,
      cause === undefined ? {} : { cause },
    );

  const info = await stat(path).catch((error: unknown) => {
    throw problem('FILE_UNREADABLE', describeFsError(error), error);
  });
  if (info.isDirectory()) throw problem('FILE_UNREADABLE', 'is a directory, not a file');
  if (!info.isFile()) throw problem('FILE_UNREADABLE', 'is not a regular file');
  const format = SUPPORTED_EXTENSIONS[extname(path).toLowerCase()];
  if (format === undefined) {
    const known = Object.keys(SUPPORTED_EXTENSIONS).join(', ');
    throw problem('UNSUPPORTED_FORMAT', `has an unsupported extension (Tally reads ${known})`);
  }
  if (info.size > maxBytes) {
    throw problem(
      'FILE_TOO_LARGE',
      `is ${formatByteSize(info.size)}, over the ${formatByteSize(maxBytes)} size limit`,
    );
  }
  if (info.size === 0) throw problem('EMPTY_DOCUMENT', 'is empty');

  const bytes = await readFile(path).catch((error: unknown) => {
    throw problem('FILE_UNREADABLE', describeFsError(error), error);
  });
  const base = { path: name, format, bytes: bytes.length };

  if (format === 'pdf') {
    if (!bytes.subarray(0, 1024).includes('%PDF-')) {
      throw problem('FILE_UNREADABLE', 'is not a PDF (no %PDF- header)');
    }
    const { readPdfText } = await loadPdfReader();
    const pdf = await readPdfText(new Uint8Array(bytes)).catch((error: unknown) => {
      throw problem(
        'FILE_UNREADABLE',
        `is a damaged PDF (${(error as Error)?.message ?? error})`,
        error,
      );
    });
    if (!hasText(pdf.text))
      throw problem('EMPTY_DOCUMENT', 'has no text layer (a scanned PDF needs OCR first)');
    return {
      ...base,
      ...pdf,
      publisher: null,
      url: null,
      published: null,
      language: detectLanguage(pdf.text),
    };
  }

  const text = decodeText(bytes, { format, problem });
  if (!hasText(text))
    throw problem('EMPTY_DOCUMENT', 'has no words, only whitespace or punctuation');

  if (format === 'html') {
    const { readHtmlArticle } = await loadHtmlReader();
    const article = readHtmlArticle(text);
    if (article === null || !hasText(article.text)) {
      throw problem(
        'EMPTY_DOCUMENT',
        'has no article text (the page holds only navigation or scripts)',
      );
    }
    return {
      ...base,
      ...article,
      published: toPartialDate(article.published),
      language: article.language ?? detectLanguage(article.text),
    };
  }

  const meta =
    format === 'markdown'
      ? readMarkdownMetadata(text)
      : { title: null, author: null, publisher: null, url: null, published: null, language: null };
  return {
    ...base,
    text,
    title: meta.title,
    author: meta.author,
    publisher: meta.publisher,
    url: meta.url,
    published: toPartialDate(meta.published),
    language: primaryLanguage(meta.language) ?? detectLanguage(text),
  };
}

// pdf.js and the DOM take a third of a second to load; every other command skips that cost.
const loadPdfReader = () => import('./pdf-reader.ts');
const loadHtmlReader = () => import('./html-reader.ts');

const hasText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

interface DecodeContext {
  readonly format: DocumentFormat;
  readonly problem: (code: 'BINARY_CONTENT' | 'INVALID_ENCODING', reason: string) => TallyError;
}

function decodeText(bytes: Uint8Array, { format, problem }: DecodeContext): string {
  const foreign = foreignByteOrderMark(bytes);
  if (foreign)
    throw problem('INVALID_ENCODING', `is ${foreign} text, not UTF-8 (convert it first)`);
  const verdict = sniffBinary(bytes);
  if (verdict.binary) throw problem('BINARY_CONTENT', `is binary, not text (${verdict.reason})`);
  const declared = format === 'html' ? declaredCharset(bytes) : null;
  if (declared) {
    // A page that declares a legacy charset is decoded as its publisher wrote it.
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label falls through to UTF-8, the default the HTML standard prescribes.
    }
  }
  const bad = firstInvalidUtf8Offset(bytes);
  if (bad >= 0) throw problem('INVALID_ENCODING', `is not valid UTF-8 (bad byte at offset ${bad})`);
  // TextDecoder drops a leading BOM, so spans index the text a reader sees.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The charset a page declares in its first kilobyte, unless it is UTF-8 anyway. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  // Tag by tag rather than one pattern over the whole head: `<meta[^>]*charset\s*=` can restart
  // at every `<meta` and rescan the same spaces, which recheck reports as polynomial.
  for (const tag of head.split('<meta').slice(1)) {
    const end = tag.indexOf('>');
    const match = /charset\s*=\s*["']?([\w-]{1,40})/u.exec(end < 0 ? tag : tag.slice(0, end));
    const label = match?.[1];
    if (label === undefined) continue;
    return label === 'utf-8' || label === 'utf8' ? null : label;
  }
  return null;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a directory';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  if (code === 'ELOOP') return 'the path loops through symbolic links';
  return `cannot be read (${(error as Error)?.message ?? String(error)})`;
}
