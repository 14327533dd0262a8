/**
 * Sets opened recently stay available offline within a stated limit
 * (docs/ARCHITECTURE.md §8): the models of the last RECENT_LIMITS.maxSets sets, and at most
 * RECENT_LIMITS.maxBytes together. The worker applies this after each model it keeps.
 */
export const RECENT_LIMITS = { maxSets: 3, maxBytes: 150_000_000 } as const;

export interface RecentEntry {
  url: string;
  bytes: number;
  /** When it was last opened, ms since the epoch. */
  at: number;
}

/** The URLs to delete so that what stays is the newest entries within both limits. */
export function recentToEvict(entries: readonly RecentEntry[], limits: { maxSets: number; maxBytes: number } = RECENT_LIMITS): string[] {
  const newestFirst = [...entries].sort((a, b) => b.at - a.at || a.url.localeCompare(b.url));
  const evict: string[] = [];
  let kept = 0;
  let bytes = 0;
  for (const e of newestFirst) {
    const size = Number.isFinite(e.bytes) && e.bytes > 0 ? e.bytes : 0;
    if (kept < limits.maxSets && bytes + size <= limits.maxBytes) {
      kept += 1;
      bytes += size;
    } else {
      evict.push(e.url);
    }
  }
  return evict;
}
