import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { parseOverrides, SUPPORTED_EXTENSIONS, type DocumentOverrides } from '../../app/index.ts';
import { TallyError } from '../../domain/index.ts';
import type { ServerContext } from '../context.ts';
import { ingestUpload } from '../ingest-upload.ts';
import { ErrorBody } from '../schemas.ts';

const closed = { additionalProperties: false } as const;
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
  500: ErrorBody,
  503: ErrorBody,
};

const Metadata = {
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  published: Type.Optional(Type.String({ maxLength: 10 })),
  publisher: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
};

const IngestResult = Type.Object(
  {
    status: Type.Union([Type.Literal('ingested'), Type.Literal('unchanged')]),
    documentId: Type.String(),
    title: Type.Union([Type.String(), Type.Null()]),
    claims: Type.Integer(),
    events: Type.Integer(),
  },
  closed,
);

/** A name the upload may be stored under: its own base name, if that is plain and supported. */
function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[/\\]/u).at(-1) ?? '';
  const cleaned = base
    .replace(/[^\w.-]/gu, '_')
    .replace(/^\.+/u, '')
    .slice(-100);
  const extension = extname(cleaned).toLowerCase();
  if (!(extension in SUPPORTED_EXTENSIONS)) {
    const known = Object.keys(SUPPORTED_EXTENSIONS).join(', ');
    throw new TallyError(
      'UNSUPPORTED_FORMAT',
      `the file name "${base.slice(0, 100)}" must end in one of ${known}`,
    );
  }
  return cleaned;
}

function overridesOf(input: Record<string, string | undefined>): DocumentOverrides {
  const parsed = parseOverrides(input);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    throw new TallyError('INVALID_INPUT', (first?.message ?? 'bad metadata').replace(/--/gu, ''));
  }
  return parsed.value;
}

/** The raw-body content types the file route takes, read as bytes whatever they claim. */
const RAW_TYPES = [
  'text/plain',
  'text/markdown',
  'text/html',
  'application/pdf',
  'application/octet-stream',
];

/**
 * Writes the bytes to a private temporary folder and ingests that file: on the ingest thread when
 * the server has one, here otherwise.
 */
async function ingestBytes(
  context: ServerContext,
  upload: { name: string; bytes: Buffer; overrides: DocumentOverrides },
) {
  const folder = await mkdtemp(join(tmpdir(), 'tally-upload-'));
  try {
    await writeFile(join(folder, upload.name), upload.bytes, { mode: 0o600 });
    const request = {
      folder,
      name: upload.name,
      overrides: upload.overrides,
      maxBytes: context.maxUploadBytes,
    };
    if (context.ingestThread) return await context.ingestThread.ingest(request);
    return await ingestUpload(context.store, request);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const METADATA_FIELDS = new Set(['title', 'published', 'publisher', 'url']);

/**
 * The file of a multipart form (exactly one) and its metadata fields, or the raw body named by
 * `?filename=`. Query metadata is the default; form fields win.
 */
async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ name: string; bytes: Buffer; metadata: Record<string, string> }> {
  if (request.isMultipart()) {
    let file: { name: string; bytes: Buffer } | undefined;
    const metadata: Record<string, string> = {};
    const parts = request.parts({
      limits: { fileSize: maxBytes, files: 2, fields: METADATA_FIELDS.size, fieldSize: 4096 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (file) throw new TallyError('INVALID_INPUT', 'send one file per upload');
        file = { name: safeFileName(part.filename), bytes: await part.toBuffer() };
      } else if (METADATA_FIELDS.has(part.fieldname) && typeof part.value === 'string') {
        metadata[part.fieldname] = part.value;
      } else {
        throw new TallyError(
          'INVALID_INPUT',
          `the form field "${part.fieldname.slice(0, 50)}" is not one of file, title, published, publisher, url`,
        );
      }
    }
    if (!file) throw new TallyError('INVALID_INPUT', 'the form has no file part');
    return { ...file, metadata };
  }
  const query = request.query as { filename?: string };
  if (query.filename === undefined) {
    throw new TallyError('INVALID_INPUT', 'a raw upload needs ?filename=<name with extension>');
  }
  if (!Buffer.isBuffer(request.body)) {
    throw new TallyError(
      'UNSUPPORTED_FORMAT',
      `send the file as multipart/form-data or as ${RAW_TYPES.join(', ')}`,
    );
  }
  return { name: safeFileName(query.filename), bytes: request.body, metadata: {} };
}

/** Ingest: paste text as JSON, or upload a file as multipart or as the raw body. */
export function registerIngestRoutes(context: ServerContext): void {
  const { app, maxUploadBytes } = context;

  app.post(
    '/api/v1/ingest/text',
    {
      config: { access: 'analyst' },
      bodyLimit: maxUploadBytes,
      schema: {
        tags: ['ingest'],
        summary: 'Ingest pasted text (plain or Markdown) and extract its claims for review',
        security: [{ bearer: [] }],
        body: Type.Object(
          {
            text: Type.String({ minLength: 1 }),
            format: Type.Optional(Type.Union([Type.Literal('text'), Type.Literal('markdown')])),
            ...Metadata,
          },
          closed,
        ),
        response: { 200: IngestResult, ...errors },
      },
    },
    async (request) => {
      const { text, format, ...metadata } = request.body;
      return ingestBytes(context, {
        name: format === 'markdown' ? 'pasted.md' : 'pasted.txt',
        bytes: Buffer.from(text, 'utf8'),
        overrides: overridesOf(metadata),
      });
    },
  );

  app.register(async (scope) => {
    for (const type of RAW_TYPES) {
      scope.addContentTypeParser(
        type,
        { parseAs: 'buffer', bodyLimit: maxUploadBytes },
        (_request, body, done) => {
          done(null, body);
        },
      );
    }
    scope.post(
      '/api/v1/ingest/file',
      {
        config: { access: 'analyst' },
        bodyLimit: maxUploadBytes,
        schema: {
          tags: ['ingest'],
          summary:
            'Ingest an uploaded file (.txt, .md, .html, .pdf) sent as multipart/form-data or as the raw body with ?filename=',
          consumes: ['multipart/form-data', ...RAW_TYPES],
          security: [{ bearer: [] }],
          querystring: Type.Object(
            { filename: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...Metadata },
            closed,
          ),
          response: { 200: IngestResult, ...errors },
        },
      },
      async (request) => {
        const metadata: Record<string, string | undefined> = { ...(request.query as object) };
        delete metadata.filename;
        const { metadata: fields, ...upload } = await readUpload(request, maxUploadBytes);
        return ingestBytes(context, {
          ...upload,
          overrides: overridesOf({ ...metadata, ...fields }),
        });
      },
    );
  });
}
