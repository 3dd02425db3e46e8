import { describeDistribution } from './distribution.ts';
import type { DocumentMeta, FlowEstimate } from './flows.ts';
import type { IndicatorResult } from './indicators.ts';

/** A figure for people: three significant digits with thousands separators ("4,130,000,000"). */
export const formatFigure = (x: number): string =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { maximumSignificantDigits: 3 }) : String(x);

const range = (low: number, best: number, high: number) =>
  `${formatFigure(best)} (${formatFigure(low)} to ${formatFigure(high)})`;

function flowLines(options: {
  flow: FlowEstimate;
  documents: ReadonlyMap<string, DocumentMeta>;
  quotes: ReadonlyMap<string, string>;
}): string[] {
  const { flow, documents, quotes } = options;
  const origins = flow.origins.length;
  const lines = [
    `    flow: ${flow.label}`,
    `    estimate (${flow.rule}): ${range(flow.low, flow.best, flow.high)} ${flow.unit}, median (5th to 95th percentile)`,
    `    ${flow.claims.length} claim${flow.claims.length === 1 ? '' : 's'} from ${origins} independent origin${origins === 1 ? '' : 's'} in ${flow.outlets} outlet${flow.outlets === 1 ? '' : 's'}${flow.contradiction ? '; SOURCES CONTRADICT: ' + flow.conflicts.map((pair) => pair.join(' vs ')).join(', ') : ''}`,
  ];
  for (const origin of flow.origins) {
    const used = flow.basis.includes(origin.key) ? '' : ' (not used by this rule)';
    lines.push(`    origin: ${origin.name}${used}`);
    for (const claim of flow.claims.filter((c) => c.origin === origin.key)) {
      const document = documents.get(claim.documentId);
      const where = document
        ? [
            document.publisher,
            document.published,
            document.title && `"${document.title}"`,
            document.url,
          ]
            .filter(Boolean)
            .join(', ')
        : `document ${claim.documentId.slice(0, 12)}`;
      const stated = claim.statedPeriod;
      const period = stated
        ? `; stated period ${stated.start ?? '…'} to ${stated.end ?? '…'}${stated.per ? ` per ${stated.per}` : ''}`
        : '';
      lines.push(
        `      claim ${claim.claimId}: "${claim.text}", read as ${claim.reading}${period}; ${where}`,
      );
      const quote = quotes.get(claim.claimId);
      if (quote) lines.push(`        quote: "${quote}"`);
    }
  }
  for (const { claimId, message } of flow.unusable)
    lines.push(`    unusable claim ${claimId}: ${message}`);
  return lines;
}

/**
 * The provenance chain of one indicator as text: indicator → inputs and their flow estimates →
 * origins → claims (→ quotes, when the caller supplies each claim's sentence, e.g. from
 * `sentenceAt(document.text, claim.span)`) and assumptions.
 */
export function explainIndicator(
  result: IndicatorResult,
  options: { documents: readonly DocumentMeta[]; quotes?: ReadonlyMap<string, string> },
): string[] {
  const { indicator } = result;
  const documents = new Map(options.documents.map((d) => [d.id, d]));
  const quotes = options.quotes ?? new Map<string, string>();
  const lines = [
    `${indicator.title} [${indicator.id}, ${indicator.kind}]`,
    `  question: ${indicator.question}`,
    `  formula: ${indicator.formula}`,
  ];
  if (result.status === 'ok') {
    const { p5, median, p95, draws, invalid } = result.summary;
    lines.push(
      `  result: ${range(p5, median, p95)} ${indicator.unit}, median (5th to 95th percentile) of ${draws.toLocaleString('en-US')} draws, seed ${result.seed}${invalid ? `; ${invalid} invalid draws` : ''}`,
    );
  } else if (result.status === 'missing') {
    lines.push('  result: none, inputs are missing');
    for (const missing of result.missing)
      lines.push(`  missing ${missing.name}: ${missing.reason}`);
  } else {
    lines.push(
      `  result: none, the definition is invalid: ${result.issues.map((i) => i.message).join('; ')}`,
    );
  }
  if (indicator.note) lines.push(`  note: ${indicator.note}`);
  for (const input of result.inputs) {
    lines.push(`  input ${input.name}${input.conversion ? `, ${input.conversion}` : ''}`);
    lines.push(...flowLines({ flow: input.flow, documents, quotes }));
  }
  for (const assumption of result.assumptions) {
    const overridden = assumption.overriddenBy
      ? `, overridden by scenario "${assumption.overriddenBy}"`
      : '';
    lines.push(
      `  assumption ${assumption.id}: ${assumption.title}, ${describeDistribution(assumption.distribution)} ${assumption.unit}${overridden}`,
      `    source: ${assumption.source.citation}${assumption.source.url ? ` ${assumption.source.url}` : ''}`,
    );
  }
  return lines;
}
