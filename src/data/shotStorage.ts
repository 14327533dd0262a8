/**
 * The shot list as kept in localStorage: `{ "version": 1, "shots": [...] }` under a versioned
 * key. Stills are not in here (a still is 1–3 MB; localStorage holds about 5 MB in all): they
 * are in IndexedDB under the shot's id.
 *
 * Reading is forgiving by entry: each stored shot is validated on its own, good ones are kept,
 * bad ones are counted and handed back raw so the caller can set them aside rather than lose
 * them. A duplicate id keeps its first entry.
 */
import { Shot } from './shotSchema';
import type { Shot as ShotT } from './shotSchema';

export const STORAGE_KEY = 'setscout.shots.v1';
/** Where entries that could not be read are set aside (never read back by the app; kept for a person to rescue). */
export const DROPPED_KEY = 'setscout.shots.v1.dropped';
export const STORAGE_VERSION = 1;

export interface StoredRead {
  shots: ShotT[];
  /** How many stored entries were dropped. */
  dropped: number;
  /** The dropped entries as they were stored (or the whole text when it was not readable JSON). */
  droppedRaw: unknown[];
  /** Why the whole list could not be read, when that happened: the count of its entries is then unknown. */
  unreadable: 'json' | 'shape' | 'version' | null;
}

const EMPTY: StoredRead = { shots: [], dropped: 0, droppedRaw: [], unreadable: null };

/** Parses what localStorage holds under STORAGE_KEY (null when nothing). Never throws. */
export function parseStoredShots(raw: string | null): StoredRead {
  if (raw === null || raw === '') return EMPTY;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { shots: [], dropped: 1, droppedRaw: [raw], unreadable: 'json' };
  }
  // Version 0 was never written; a bare array is accepted as a list without its envelope.
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.shots) ? data.shots : null;
  if (isRecord(data) && data.version !== undefined && data.version !== STORAGE_VERSION) {
    return { shots: [], dropped: Array.isArray(data.shots) ? data.shots.length : 1, droppedRaw: [data], unreadable: 'version' };
  }
  if (!list) return { shots: [], dropped: 1, droppedRaw: [data], unreadable: 'shape' };
  const shots: ShotT[] = [];
  const droppedRaw: unknown[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const r = Shot.safeParse(entry);
    if (r.success && !seen.has(r.data.id)) {
      seen.add(r.data.id);
      shots.push(r.data);
    } else droppedRaw.push(entry);
  }
  return { shots, dropped: droppedRaw.length, droppedRaw, unreadable: null };
}

/** The text to store for a list. */
export function serializeShots(shots: readonly ShotT[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, shots });
}

/**
 * Adds dropped entries to what was set aside before (at most `keep` entries, newest last), so a
 * damaged list can still be rescued by hand from the browser's storage.
 */
export function appendDropped(previous: string | null, entries: readonly unknown[], at: string, keep = 200): string {
  let list: unknown[] = [];
  if (previous) {
    try {
      const old: unknown = JSON.parse(previous);
      if (Array.isArray(old)) list = old;
    } catch {
      list = [{ at: 'unknown', entry: previous }];
    }
  }
  for (const entry of entries) list.push({ at, entry });
  return JSON.stringify(list.slice(-keep));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
