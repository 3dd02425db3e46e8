/** What a Monte Carlo run says about one quantity. */
export interface DrawSummary {
  readonly draws: number;
  /** Draws that came out infinite or undefined (a division by a zero draw), left out of the rest. */
  readonly invalid: number;
  readonly mean: number;
  /** Standard deviation of the finite draws. */
  readonly sd: number;
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
  readonly histogram: Histogram;
}

/**
 * Equal-width bins over the 0.5th–99.5th percentiles, so one extreme draw cannot squeeze the
 * rest into a single bin; the few draws outside are counted in the end bins.
 */
export interface Histogram {
  readonly from: number;
  readonly to: number;
  readonly counts: readonly number[];
}

/** The value below which a share `p` of sorted values lies, interpolating between neighbours. */
export function sortedQuantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(sorted.length - 1, below + 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/** Percentiles, mean and histogram of a set of draws (a scalar counts as one constant draw). */
export function summarizeDraws(
  values: Float64Array | number,
  options: { bins?: number } = {},
): DrawSummary {
  const draws = typeof values === 'number' ? Float64Array.of(values) : values;
  // Plain loops: callbacks (filter, reduce) cost several times more over 10^5 draws.
  const finite = new Float64Array(draws.length);
  let count = 0;
  let total = 0;
  for (let index = 0; index < draws.length; index += 1) {
    const x = draws[index] as number;
    if (Number.isFinite(x)) {
      finite[count] = x;
      count += 1;
      total += x;
    }
  }
  const kept = finite.subarray(0, count);
  const mean = count ? total / count : Number.NaN;
  let squares = 0;
  for (let index = 0; index < count; index += 1) squares += ((kept[index] as number) - mean) ** 2;
  // Five order statistics by selection, not a full sort: O(n) each instead of O(n log n).
  const [
    from = Number.NaN,
    p5 = Number.NaN,
    median = Number.NaN,
    p95 = Number.NaN,
    to = Number.NaN,
  ] = selectQuantiles(kept, [0.005, 0.05, 0.5, 0.95, 0.995]);
  const bins = options.bins ?? 20;
  const counts = new Array<number>(count === 0 ? 0 : bins).fill(0);
  const width = (to - from) / bins;
  for (let index = 0; index < count; index += 1) {
    const x = kept[index] as number;
    const bin = width > 0 ? Math.floor((x - from) / width) : 0;
    const slot = Math.min(bins - 1, Math.max(0, bin));
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  return {
    draws: draws.length,
    invalid: draws.length - count,
    mean,
    sd: count ? Math.sqrt(squares / count) : Number.NaN,
    p5,
    median,
    p95,
    histogram: { from, to, counts },
  };
}

/** Hoare's quickselect: puts the k-th smallest at `k`, smaller before it, larger after it. */
function select(values: Float64Array, options: { k: number; left: number }): void {
  let left = options.left;
  let right = values.length - 1;
  const { k } = options;
  // Reads are cast rather than defaulted: indices stay within bounds, and this loop is the
  // hottest in a run of 10^5 draws.
  while (right > left) {
    const a = values[left] as number;
    const b = values[(left + right) >> 1] as number;
    const c = values[right] as number;
    // Median of three keeps sorted or constant input from degrading to quadratic time.
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * The same interpolated quantiles as `sortedQuantile` on the sorted values, found by selection.
 * Reorders `values`; `ps` must be ascending.
 */
export function selectQuantiles(values: Float64Array, ps: readonly number[]): number[] {
  if (values.length === 0) return ps.map(() => Number.NaN);
  let left = 0;
  return ps.map((p) => {
    const position = (values.length - 1) * Math.min(1, Math.max(0, p));
    const below = Math.floor(position);
    select(values, { k: below, left });
    left = below;
    const lower = values[below] as number;
    if (position === below) return lower;
    let upper = Infinity;
    for (let index = below + 1; index < values.length; index += 1) {
      const x = values[index] as number;
      if (x < upper) upper = x;
    }
    return lower + (upper - lower) * (position - below);
  });
}
