/** Saving a set for offline use: its size before it starts, and its progress (docs/ARCHITECTURE.md §8). */

export interface FileProgress {
  /** Bytes expected: the server's Content-Length, else the catalog's figure, else 0 (unknown). */
  expected: number;
  received: number;
}

/** 0–1 over every file; a file whose size is unknown counts as done only when it is. */
export function saveFraction(files: readonly FileProgress[], done: readonly boolean[] = []): number {
  let expected = 0;
  let received = 0;
  files.forEach((f, i) => {
    const size = Math.max(f.expected, f.received);
    expected += size;
    received += done[i] ? size : Math.min(f.received, size);
  });
  if (expected <= 0) return files.length && done.length === files.length && done.every(Boolean) ? 1 : 0;
  return Math.min(1, Math.max(0, received / expected));
}

/** Whether `bytes` more fit in the browser's estimate; unknown quota counts as fitting. */
export function fitsInQuota(bytes: number, estimate: { usage?: number; quota?: number } | null): boolean {
  if (!estimate || !estimate.quota) return true;
  return (estimate.usage ?? 0) + bytes <= estimate.quota;
}

/** A byte count as a value and unit for display (1 MB = 10⁶ B, as the budgets count). */
export function byteSize(bytes: number): { value: number; unit: 'B' | 'kB' | 'MB' | 'GB' } {
  const b = Math.max(0, bytes);
  if (b >= 1e9) return { value: round(b / 1e9), unit: 'GB' };
  if (b >= 1e6) return { value: round(b / 1e6), unit: 'MB' };
  if (b >= 1e3) return { value: round(b / 1e3), unit: 'kB' };
  return { value: b, unit: 'B' };
}

function round(v: number): number {
  return v >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
}
