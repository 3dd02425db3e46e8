import { api } from '../api.ts';
import { h, replace } from '../dom.ts';
import { dataTable } from '../exports.ts';
import { claimFigure, countryName, words } from '../format.ts';
import { href } from '../route.ts';
import { paragraphs, segment, type MarkedSpan } from '../segments.ts';
import type { Claim } from '../types.ts';
import type { View } from '../view.ts';

/** Where a Markdown front matter block ends, so the reader starts at the article itself. */
function frontMatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return 0;
  const close = text.indexOf('\n---', 4);
  return close === -1 ? 0 : close + 4;
}

function claimLabel(claim: Claim): string {
  return `${words(claim.category)}: ${claimFigure(claim)} (${claim.status})`;
}

export const renderDocument: View = async ({ root, route }) => {
  const { document: doc, claims } = await api.document(route.id ?? '');
  const targetId = route.query.get('claim');
  const spans: MarkedSpan[] = claims.map((claim) => ({
    id: claim.id,
    start: claim.span[0],
    end: claim.span[1],
  }));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const skip = frontMatterEnd(doc.text);
  const rows: HTMLElement[] = [];
  let focus: HTMLElement | null = null;
  for (const paragraph of paragraphs(doc.text)) {
    if (paragraph.end <= skip) continue;
    const pieces = segment(paragraph, spans, targetId);
    const text = h('p', { class: 'para-text' });
    for (const piece of pieces) {
      const words = doc.text.slice(piece.start, piece.end);
      if (piece.claimIds.length === 0) {
        text.append(words);
        continue;
      }
      text.append(
        h(
          'mark',
          {
            class: piece.target ? 'claim target' : 'claim',
            'data-claims': piece.claimIds.join(' '),
            title: piece.claimIds
              .map((id) => byId.get(id))
              .map((c) => (c ? claimLabel(c) : ''))
              .join('\n'),
          },
          words,
        ),
      );
    }
    const inside = claims.filter(
      (claim) => claim.span[0] < paragraph.end && claim.span[1] > paragraph.start,
    );
    const margin = h(
      'aside',
      { class: 'margin', 'aria-label': 'Claims in this paragraph' },
      ...inside.map((claim) =>
        h(
          'a',
          {
            class: `chip ${claim.status}${claim.id === targetId ? ' current' : ''}`,
            href: href(location.pathname, { claim: claim.id }),
            'data-claim': claim.id,
          },
          claimLabel(claim),
        ),
      ),
    );
    const isFocus = pieces.some((piece) => piece.target);
    const row = h('div', { class: `para${isFocus ? ' focus' : ''}` }, text, margin);
    if (isFocus && focus === null) focus = row;
    rows.push(row);
  }
  const target = targetId === null ? undefined : byId.get(targetId);
  const safeUrl = doc.url !== null && /^https?:\/\//u.test(doc.url) ? doc.url : null;
  replace(
    root,
    h('p', { class: 'crumbs' }, h('a', { href: '/claims' }, 'Claims'), ' / document'),
    h('h1', {}, doc.title ?? doc.source ?? doc.id.slice(0, 12)),
    h(
      'p',
      { class: 'lede' },
      [doc.publisher, doc.published].filter((part) => part !== null).join(', '),
      safeUrl === null
        ? null
        : h(
            'a',
            { href: safeUrl, rel: 'noreferrer noopener', target: '_blank', 'data-external': true },
            ' original',
          ),
    ),
    target === undefined
      ? null
      : h(
          'div',
          { class: 'claim-card', 'data-claim': target.id },
          h('strong', {}, claimLabel(target)),
          ` ${countryName(target.from)} → ${countryName(target.to)}`,
          target.attribution === null ? '' : `; according to ${target.attribution.name}`,
          ' · ',
          h('a', { href: href('/review', { claim: target.id, status: target.status }) }, 'review'),
        ),
    h('div', { class: 'reader' }, ...rows),
    dataTable({
      name: `document-${doc.id.slice(0, 12)}-claims`,
      caption: `${claims.length} claims in this document`,
      rows: claims,
      onRow: (claim) => {
        history.pushState(null, '', href(location.pathname, { claim: claim.id }));
        window.dispatchEvent(new Event('tally:navigate'));
      },
      columns: [
        { header: 'quote', value: (claim) => claim.text, className: 'quote' },
        { header: 'category', value: (claim) => claim.category },
        { header: 'value', value: (claim) => claim.value },
        { header: 'unit', value: (claim) => claim.unit },
        { header: 'status', value: (claim) => claim.status },
      ],
    }),
  );
  focus?.scrollIntoView({ block: 'center' });
};
