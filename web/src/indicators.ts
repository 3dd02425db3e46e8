import type { IndicatorResult } from './types.ts';

/**
 * How many documents an indicator rests on: the distinct documents of its inputs' claims. When a
 * flow lists only its first claims, its document count is the floor (two flows may share
 * documents, so their counts cannot simply be added).
 */
export function sourcesOf(result: Pick<IndicatorResult, 'inputs'>): number {
  const documents = new Set<string>();
  let floor = 0;
  for (const input of result.inputs) {
    for (const claim of input.flow.claims) documents.add(claim.documentId);
    if (input.flow.claimsTruncated) floor = Math.max(floor, input.flow.documents);
  }
  return Math.max(documents.size, floor);
}

/** A range for an assumption's slider: its distribution's support, or around a point value. */
export function sliderRange(spec: {
  readonly kind: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly mode?: number;
}): { min: number; max: number; initial: number } {
  if (spec.low !== undefined && spec.high !== undefined) {
    const initial =
      spec.mode ??
      (spec.kind === 'loguniform' && spec.low > 0
        ? Math.sqrt(spec.low * spec.high)
        : (spec.low + spec.high) / 2);
    return { min: spec.low, max: spec.high, initial };
  }
  const value = spec.value ?? 1;
  return value === 0
    ? { min: -1, max: 1, initial: 0 }
    : { min: Math.min(value / 2, value * 2), max: Math.max(value / 2, value * 2), initial: value };
}
