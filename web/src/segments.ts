/** A stretch of a document by character offsets, end excluded. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A claim's place in the text, to be marked where the reader shows it. */
export interface MarkedSpan extends Range {
  readonly id: string;
}

/** A run of text with the claims that cover it; `target` when the chosen claim is among them. */
export interface Segment extends Range {
  readonly claimIds: readonly string[];
  readonly target: boolean;
}

/**
 * The paragraphs of a document: runs of lines separated by blank lines, by offsets into the text,
 * so claim spans (offsets into the same text) can be placed in them.
 */
export function paragraphs(text: string): Range[] {
  const found: Range[] = [];
  let start = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (blank && start !== -1) {
      found.push({ start, end: lastNonSpace(text, lineStart) });
      start = -1;
    } else if (!blank && start === -1) {
      start = lineStart;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (start !== -1) found.push({ start, end: lastNonSpace(text, text.length) });
  return found;
}

function lastNonSpace(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/u.test(text.charAt(at - 1))) at -= 1;
  return at;
}

/**
 * A paragraph cut where any claim begins or ends, each piece naming the claims over it; spans may
 * overlap or run past the paragraph, and only their part inside it counts.
 * @example segment({ start: 0, end: 10 }, [{ id: 'c1', start: 2, end: 4 }], 'c1')
 */
export function segment(
  paragraph: Range,
  spans: readonly MarkedSpan[],
  targetId: string | null,
): Segment[] {
  const inside = spans.filter((span) => span.start < paragraph.end && span.end > paragraph.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const span of inside) {
    cuts.add(Math.max(span.start, paragraph.start));
    cuts.add(Math.min(span.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? start;
    if (end <= start) continue;
    const claimIds = inside
      .filter((span) => span.start <= start && span.end >= end)
      .map((span) => span.id);
    pieces.push({ start, end, claimIds, target: targetId !== null && claimIds.includes(targetId) });
  }
  return pieces;
}
