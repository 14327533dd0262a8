/** Small, dependency-free statistics for the bench. */

/** Linear-interpolated quantile (the "R-7" rule that spreadsheets use); q in [0, 1]. NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const pos = (xs.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Median and spread of repeated measurements of one figure. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles. */
  q1: number;
  q3: number;
}

export function summarize(values: readonly number[]): Summary {
  const xs = values.filter(Number.isFinite);
  return {
    n: xs.length,
    median: median(xs),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
    q1: quantile(xs, 0.25),
    q3: quantile(xs, 0.75),
  };
}

/** Frame-time figures from requestAnimationFrame timestamps (ms). */
export interface FrameStats {
  /** Frames measured (intervals between consecutive timestamps). */
  frames: number;
  median: number;
  p95: number;
  mean: number;
  max: number;
}

/** Intervals between consecutive timestamps; the first interval is kept (the recording starts on a frame). */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) out.push(timestamps[i]! - timestamps[i - 1]!);
  return out;
}

export function frameStats(timestamps: readonly number[]): FrameStats {
  const d = intervals(timestamps);
  return {
    frames: d.length,
    median: median(d),
    p95: quantile(d, 0.95),
    mean: d.length ? d.reduce((a, b) => a + b, 0) / d.length : NaN,
    max: d.length ? Math.max(...d) : NaN,
  };
}

/** a ÷ b, or NaN when either is missing or b is 0. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN;
}
