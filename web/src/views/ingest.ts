import { api, ApiError, token } from '../api.ts';
import { field, h, replace, select, toast } from '../dom.ts';
import { dataTable } from '../exports.ts';
import { claimFigure, words } from '../format.ts';
import { href } from '../route.ts';
import type { IngestOutcome } from '../types.ts';
import type { View } from '../view.ts';

export const renderIngest: View = async ({ root }) => {
  const result = h('section', { class: 'ingest-result', 'aria-live': 'polite' });

  const show = async (outcome: IngestOutcome) => {
    const { claims } = await api.document(outcome.documentId);
    replace(
      result,
      h(
        'p',
        { class: 'outcome', 'data-status': outcome.status },
        outcome.status === 'ingested'
          ? `Ingested “${outcome.title ?? 'untitled'}”: ${outcome.claims} claims and ${outcome.events} events extracted.`
          : 'This document is already in the workspace; nothing changed.',
        ' ',
        h(
          'a',
          { href: href('/review', { status: 'proposed', documentId: outcome.documentId }) },
          'Review its claims →',
        ),
      ),
      dataTable({
        name: 'ingested-claims',
        caption: 'Extracted claims',
        rows: claims,
        empty: 'The extractor found no quantity claims in this text.',
        columns: [
          { header: 'quote', value: (claim) => claim.text, className: 'quote' },
          { header: 'category', value: (claim) => words(claim.category) },
          { header: 'figure', value: claimFigure },
          { header: 'status', value: (claim) => claim.status },
          {
            header: 'read',
            value: (claim) => claim.id,
            render: (claim) =>
              h(
                'a',
                {
                  href: href(`/documents/${encodeURIComponent(claim.documentId)}`, {
                    claim: claim.id,
                  }),
                },
                'in context',
              ),
          },
        ],
      }),
    );
  };

  const guard = async (work: () => Promise<IngestOutcome>) => {
    if (token.get() === '') {
      toast('Ingesting needs a token: paste one in the Token field (tally token create).', 'error');
      return;
    }
    try {
      await show(await work());
    } catch (error) {
      const message = error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
      replace(result, h('p', { class: 'error' }, message));
    }
  };

  const paste = h(
    'form',
    { class: 'ingest-form', 'aria-label': 'Paste a document' },
    field('Title', h('input', { name: 'title', required: true, maxlength: 500 })),
    field('Publisher', h('input', { name: 'publisher', maxlength: 500 })),
    field(
      'Published',
      h('input', { name: 'published', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}){0,2}' }),
    ),
    field('URL', h('input', { name: 'url', type: 'url' })),
    field(
      'Format',
      select({
        name: 'format',
        values: [
          ['text', 'plain text'],
          ['markdown', 'Markdown'],
        ],
        current: 'text',
      }),
    ),
    field('Text', h('textarea', { name: 'text', rows: 12, required: true })),
    h('button', { type: 'submit' }, 'Ingest text'),
  );
  paste.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(paste);
    const body: Record<string, string> = {};
    for (const name of ['text', 'format', 'title', 'publisher', 'published', 'url']) {
      const value = String(data.get(name) ?? '');
      if (value.trim() !== '') body[name] = value;
    }
    void guard(() => api.ingestText(body));
  });

  const upload = h(
    'form',
    { class: 'ingest-form', 'aria-label': 'Upload a file' },
    field(
      'File (.txt, .md, .html, .pdf)',
      h('input', {
        name: 'file',
        type: 'file',
        accept: '.txt,.md,.html,.htm,.pdf',
        required: true,
      }),
    ),
    h('button', { type: 'submit' }, 'Upload'),
  );
  upload.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = (upload.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (file !== undefined) void guard(() => api.ingestFile(file));
  });

  replace(
    root,
    h('h1', {}, 'Ingest'),
    h(
      'p',
      { class: 'hint' },
      'Paste a report or upload a file: Tally extracts its quantity claims and dated events, which then wait in the review queue. Ingesting needs a token.',
    ),
    h('div', { class: 'ingest-layout' }, paste, upload),
    result,
  );
};
