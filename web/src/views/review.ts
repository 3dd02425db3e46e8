import { api, ApiError, token, type ReviewKind } from '../api.ts';
import { field, h, replace, select, toast } from '../dom.ts';
import { claimFigure, countryName, words } from '../format.ts';
import { anyOf, CATEGORIES, COUNTRIES, QUALIFIERS, STATUSES } from '../options.ts';
import { href } from '../route.ts';
import type { AuditEntry, Claim } from '../types.ts';
import { navigate, remember, type View } from '../view.ts';

const KEYS: Readonly<Record<string, string>> = {
  a: 'accept',
  r: 'reject',
  e: 'edit',
  u: 'undo',
  j: 'next',
  k: 'previous',
};

function auditList(entries: readonly AuditEntry[]): HTMLElement {
  if (entries.length === 0) return h('p', { class: 'empty' }, 'No review yet.');
  return h(
    'ol',
    { class: 'audit' },
    ...entries.map((entry) =>
      h(
        'li',
        {},
        h('time', { datetime: entry.at }, entry.at.replace('T', ' ').slice(0, 19)),
        ` ${entry.actor}: ${entry.action.replace('claim.', '')}`,
        entry.reason === null ? '' : ` (${entry.reason})`,
      ),
    ),
  );
}

/** Reads a number field: empty means "no figure" (null), anything else must be a finite number. */
function numberOrNull(text: string, name: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number`);
  return value;
}

export const renderReview: View = async ({ root, route }) => {
  const status = route.query.get('status') ?? 'proposed';
  const documentId = route.query.get('documentId') ?? '';
  const page = await api.claims({ status, documentId, limit: 200 });
  const claims = page.items;
  let index = Math.max(
    0,
    claims.findIndex((claim) => claim.id === route.query.get('claim')),
  );
  const list = h('ol', { class: 'queue', 'aria-label': 'Claims to review' });
  const detail = h('section', { class: 'review-detail', 'aria-live': 'polite' });
  const stateUrl = () => href('/review', { status, documentId, claim: claims[index]?.id ?? null });

  const filters = h(
    'form',
    { class: 'filters' },
    field('Status', select({ name: 'status', values: anyOf(STATUSES), current: status })),
  );
  filters.addEventListener('change', () => {
    const data = new FormData(filters);
    navigate(href('/review', { status: String(data.get('status') ?? ''), documentId }));
  });

  const act = async (kind: ReviewKind | 'edit', changes?: Record<string, unknown>) => {
    const claim = claims[index];
    if (claim === undefined) return;
    if (token.get() === '') {
      toast('Reviews need a token: paste one in the Token field (tally token create).', 'error');
      return;
    }
    const reasonBox = detail.querySelector<HTMLInputElement>('input[name=reason]');
    const reason = reasonBox?.value.trim() || null;
    try {
      const outcome =
        kind === 'edit'
          ? await api.edit(claim.id, changes ?? {}, reason)
          : await api.review(claim.id, kind, reason);
      claims[index] = outcome.claim;
      toast(
        `${claim.id}: ${outcome.claim.status}${kind === 'undo' ? ' (undone)' : ''}. Press u to undo.`,
      );
      drawList();
      await drawDetail();
    } catch (error) {
      toast(error instanceof ApiError ? `${error.code}: ${error.message}` : String(error), 'error');
    }
  };

  const drawList = () => {
    replace(
      list,
      ...claims.map((claim, at) =>
        h(
          'li',
          {
            class: `${at === index ? 'selected ' : ''}status-${claim.status}`,
            'data-claim': claim.id,
            onclick: () => {
              index = at;
              remember(stateUrl());
              drawList();
              void drawDetail();
            },
          },
          h('span', { class: 'badge' }, claim.status),
          ' ',
          claim.text,
        ),
      ),
    );
  };

  const editForm = (claim: Claim): HTMLFormElement => {
    const input = (name: keyof Claim, value: number | string | null) =>
      h('input', { name, value: value ?? '', inputmode: 'decimal' });
    const form = h(
      'form',
      { class: 'edit-form', hidden: true },
      field('Value', input('value', claim.value)),
      field('Low', input('low', claim.low)),
      field('High', input('high', claim.high)),
      field(
        'Qualifier',
        select({
          name: 'qualifier',
          values: QUALIFIERS.map((q) => [q, words(q)]),
          current: claim.qualifier,
        }),
      ),
      field('Unit', h('input', { name: 'unit', value: claim.unit, pattern: '[a-z]{3,12}' })),
      field(
        'Category',
        select({
          name: 'category',
          values: CATEGORIES.map((c) => [c, words(c)]),
          current: claim.category,
        }),
      ),
      field(
        'From',
        select({
          name: 'from',
          values: [['', 'none'], ...COUNTRIES.map((c): [string, string] => [c, c])],
          current: claim.from ?? '',
        }),
      ),
      field(
        'To',
        select({
          name: 'to',
          values: [['', 'none'], ...COUNTRIES.map((c): [string, string] => [c, c])],
          current: claim.to ?? '',
        }),
      ),
      h('button', { type: 'submit' }, 'Save edit'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const text = (name: string) => String(data.get(name) ?? '');
      try {
        const next: Record<string, unknown> = {
          value: numberOrNull(text('value'), 'value'),
          low: numberOrNull(text('low'), 'low'),
          high: numberOrNull(text('high'), 'high'),
          qualifier: text('qualifier'),
          unit: text('unit'),
          category: text('category'),
          from: text('from') || null,
          to: text('to') || null,
        };
        // Only what changed is sent: the audit trail then says exactly what the reviewer corrected.
        const changes = Object.fromEntries(
          Object.entries(next).filter(([key, value]) => claim[key as keyof Claim] !== value),
        );
        if (Object.keys(changes).length === 0) {
          toast('Nothing changed.');
          return;
        }
        void act('edit', changes);
      } catch (error) {
        toast(String((error as Error).message), 'error');
      }
    });
    return form;
  };

  const drawDetail = async () => {
    const claim = claims[index];
    if (claim === undefined) {
      replace(
        detail,
        h('p', { class: 'empty' }, `No ${status || ''} claims to review.`),
        status === 'proposed'
          ? h(
              'p',
              {},
              'Every claim has been reviewed. ',
              h('a', { href: href('/review', { status: 'accepted' }) }, 'Revisit accepted claims'),
              ' or ',
              h('a', { href: '/ingest' }, 'ingest a document'),
              '.',
            )
          : null,
      );
      return;
    }
    const [context, audit] = await Promise.all([api.claim(claim.id), api.claimAudit(claim.id)]);
    const form = editForm(claim);
    const button = (kind: string, label: string, key: string) =>
      h(
        'button',
        { type: 'button', 'data-action': kind, onclick: () => run(kind) },
        label,
        ' ',
        h('kbd', {}, key),
      );
    replace(
      detail,
      h('h2', {}, `${words(claim.category)}: ${claimFigure(claim)}`),
      h(
        'blockquote',
        { class: 'context' },
        context.sentence.before,
        h('mark', { class: 'claim target' }, context.sentence.quote),
        context.sentence.after,
      ),
      h(
        'p',
        { class: 'meta' },
        `${countryName(claim.from)} → ${countryName(claim.to)} · ${claim.qualifier.replaceAll('_', ' ')}`,
        claim.attribution === null
          ? ''
          : ` · according to ${claim.attribution.name}${claim.attribution.affiliation ? ` (${claim.attribution.affiliation})` : ''}`,
        ' · ',
        h(
          'a',
          { href: href(`/documents/${encodeURIComponent(claim.documentId)}`, { claim: claim.id }) },
          context.document.title ?? 'document',
        ),
      ),
      h(
        'p',
        { class: 'status', 'data-status': claim.status },
        `Status: ${claim.status}`,
        claim.reviewer ? ` by ${claim.reviewer}` : '',
      ),
      h(
        'div',
        { class: 'actions' },
        button('accept', 'Accept', 'a'),
        button('edit', 'Edit', 'e'),
        button('reject', 'Reject', 'r'),
        button('undo', 'Undo', 'u'),
        field(
          'Reason',
          h('input', { name: 'reason', placeholder: 'optional, kept in the audit log' }),
        ),
      ),
      form,
      h('h3', {}, 'Audit trail'),
      auditList(audit.items),
    );
  };

  const run = (command: string) => {
    if (command === 'next' || command === 'previous') {
      index = Math.min(claims.length - 1, Math.max(0, index + (command === 'next' ? 1 : -1)));
      remember(stateUrl());
      drawList();
      void drawDetail();
      list.querySelector('.selected')?.scrollIntoView({ block: 'nearest' });
    } else if (command === 'edit') {
      const form = detail.querySelector<HTMLFormElement>('.edit-form');
      if (form !== null) {
        form.hidden = !form.hidden;
        form.querySelector('input')?.focus();
      }
    } else {
      void act(command as ReviewKind);
    }
  };

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select') !== null) return;
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const command = KEYS[event.key];
    if (command === undefined) return;
    event.preventDefault();
    run(command);
  };
  document.addEventListener('keydown', onKey);

  replace(
    root,
    h('h1', {}, 'Review queue'),
    h(
      'p',
      { class: 'hint' },
      'Keys: ',
      h('kbd', {}, 'a'),
      ' accept · ',
      h('kbd', {}, 'e'),
      ' edit · ',
      h('kbd', {}, 'r'),
      ' reject · ',
      h('kbd', {}, 'u'),
      ' undo · ',
      h('kbd', {}, 'j'),
      '/',
      h('kbd', {}, 'k'),
      ' next/previous. Changes need a token.',
    ),
    filters,
    h(
      'div',
      { class: 'review-layout' },
      h(
        'div',
        { class: 'queue-wrap' },
        h('p', { class: 'caption' }, `${page.total} ${status || ''} claims`),
        list,
      ),
      detail,
    ),
  );
  drawList();
  await drawDetail();
  return () => document.removeEventListener('keydown', onKey);
};
