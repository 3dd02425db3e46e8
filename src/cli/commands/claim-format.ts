import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { ClaimDetail, QuoteContext } from '../../app/index.ts';
import type { AuditEntry, Claim, Period } from '../../domain/index.ts';
import { columns, shortId, truncate } from '../format.ts';

/** Who reviews when --reviewer is not given: the login name, as git and most tools default. */
export function defaultReviewer(): string {
  const fromEnv = process.env.USER?.trim() || process.env.USERNAME?.trim();
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Adds `--reviewer NAME` to a command that records decisions. */
export const withReviewerOption = (command: Command): Command =>
  command.option('--reviewer <name>', 'who makes the decisions (default: $USER)');

/** A claim's figure as stated, every digit kept (105,845, not 106,000). */
const formatFigure = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });

const QUALIFIER_WORDS: Record<Claim['qualifier'], string> = {
  exact: '',
  approx: 'about ',
  up_to: 'up to ',
  at_least: 'at least ',
  more_than: 'more than ',
  less_than: 'less than ',
  range: '',
  vague: 'vaguely ',
};

/** "about 11,000", "10,000–12,000", "more than 6,000". */
export function describeFigure(claim: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>): string {
  const word = QUALIFIER_WORDS[claim.qualifier];
  if (claim.value !== null) return `${word}${formatFigure(claim.value)}`;
  if (claim.low !== null && claim.high !== null)
    return `${word}${formatFigure(claim.low)}–${formatFigure(claim.high)}`;
  if (claim.low !== null) return `${word}${formatFigure(claim.low)}+`;
  if (claim.high !== null) return `${word}≤${formatFigure(claim.high)}`;
  return `${word}(no figure)`;
}

/** "2024-10..2025-05", "2024..2024/year", "-" */
export function describePeriod(period: Period | null): string {
  if (!period) return '-';
  const dates = period.start || period.end ? `${period.start ?? ''}..${period.end ?? ''}` : '';
  return `${dates}${period.per ? `/${period.per}` : ''}` || '-';
}

export const describeEnds = (claim: Pick<Claim, 'from' | 'to'>): string =>
  `${claim.from ?? '?'}→${claim.to ?? '?'}`;

export function describeAttribution(claim: Pick<Claim, 'attribution'>): string {
  const a = claim.attribution;
  if (!a || (!a.name && !a.affiliation)) return '-';
  if (a.name && a.affiliation) return `${a.name} (${a.affiliation})`;
  return a.name ?? `(${a.affiliation})`;
}

/** One line per claim: id, status, category, figure, unit, countries, period, quote. */
export function claimTable(claims: readonly Claim[]): string[] {
  return columns([
    ['ID', 'STATUS', 'CATEGORY', 'FIGURE', 'UNIT', 'FLOW', 'PERIOD', 'QUOTE'],
    ...claims.map((claim) => [
      claim.id,
      claim.status,
      claim.category,
      describeFigure(claim),
      claim.unit,
      describeEnds(claim),
      describePeriod(claim.period),
      truncate(claim.text.replace(/\s+/gu, ' '), 60),
    ]),
  ]);
}

/** The claim's fields as `name  value` rows, in the order a reviewer reads them. */
export function fieldRows(claim: Claim): string[] {
  return columns([
    ['figure', `${describeFigure(claim)} (${claim.qualifier})`],
    ['value/low/high', `${claim.value ?? '-'} / ${claim.low ?? '-'} / ${claim.high ?? '-'}`],
    ['unit', claim.unit],
    ['category', claim.category],
    ['from → to', `${claim.from ?? '-'} → ${claim.to ?? '-'}`],
    ['period', describePeriod(claim.period)],
    ['stage', claim.stage ?? '-'],
    ['attribution', describeAttribution(claim)],
  ]);
}

export interface Highlighter {
  (context: QuoteContext): string;
}

/** Marks the quote: bold underline on a colour terminal, »guillemets« anywhere else. */
export function highlighter(stream: NodeJS.WriteStream = process.stdout): Highlighter {
  const colour = stream.isTTY === true && !process.env.NO_COLOR;
  return ({ before, quote, after }) =>
    colour ? `${before}\u001b[1;4m${quote}\u001b[0m${after}` : `${before}»${quote}«${after}`;
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** What changed between an audit entry's before and after, field by field. */
function auditChanges(entry: AuditEntry): string {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = Object.keys(after).filter(
    (key) =>
      key !== 'updatedAt' &&
      key !== 'reviewer' &&
      JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return fields
    .map((field) => `${field} ${JSON.stringify(before[field])} → ${JSON.stringify(after[field])}`)
    .join(', ');
}

/** The full view of one claim: where it stands, its quote in context, fields and trail. */
export function claimDetailLines(detail: ClaimDetail, highlight: Highlighter): string[] {
  const { claim, document } = detail;
  const where = document
    ? [document.title && `"${document.title}"`, document.publisher, document.published]
        .filter(Boolean)
        .join(', ')
    : `document ${shortId(claim.documentId)}`;
  const lines = [
    `claim ${claim.id} · ${claim.status}${claim.reviewer ? ` by ${claim.reviewer}` : ''}`,
    `document ${shortId(claim.documentId)}: ${where}`,
    `sentence: ${oneLine(highlight(detail.sentence))}`,
  ];
  const paragraph = oneLine(highlight(detail.paragraph));
  if (paragraph !== oneLine(highlight(detail.sentence))) lines.push(`paragraph: ${paragraph}`);
  lines.push(...fieldRows(claim).map((row) => `  ${row}`));
  if (detail.audit.length > 0) {
    lines.push('audit trail:');
    for (const entry of detail.audit) {
      const changes = auditChanges(entry);
      lines.push(
        `  ${entry.at} ${entry.actor} ${entry.action}${changes ? `: ${changes}` : ''}${entry.reason ? ` (reason: ${entry.reason})` : ''}`,
      );
    }
  }
  return lines;
}
