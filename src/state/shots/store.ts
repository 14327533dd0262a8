/**
 * The shot list: captured shots with every parameter, kept across reloads, and the binding
 * through which the DOM asks the canvas for a 1080 × 1920 still.
 *
 * Storage: the list's metadata is JSON in localStorage (versioned key, lib/shots/storage.ts);
 * stills (1–3 MB PNGs each) are Blobs in IndexedDB under the shot's id, which localStorage could
 * not hold. One list holds every set's shots, grouped by set (lib/shots/list.ts), so a director
 * scouting several sets leaves with one list; the panel shows the current set's group open.
 * A stored list that is partly unreadable keeps every readable shot; the unreadable entries are
 * set aside under DROPPED_KEY and a notice says how many.
 */
import { create } from 'zustand';
import { groupedOrder, insertShot, moveShot, restoreShot } from '../../lib/shots/list';
import type { Shot, StillInfo } from '../../lib/shots/shot';
import { DROPPED_KEY, STORAGE_KEY, appendDropped, parseStoredShots, serializeShots } from '../../data/shotStorage';
import { useNotices } from '../notices';
import { readStorage, writeStorage } from '../storage';
import { stillStore } from './stills';
// ---------------------------------------------------------------------------------------------
// The store (persisted through src/state/storage.ts)

export interface PendingDelete {
  shot: Shot;
  index: number;
}

export interface ShotsState {
  shots: Shot[];
  /** Read from storage yet. */
  loaded: boolean;
  /** A capture (or a still being retaken) is under way. */
  busy: boolean;
  /** The last deleted shot, while it can still be brought back. */
  pendingDelete: PendingDelete | null;
  /** Bumped when a shot's still bytes change, so previews reload. */
  stillVersion: Record<string, number>;

  /** Reads the stored list (once; `force` re-reads, e.g. after another tab wrote it). */
  load: (force?: boolean) => void;
  add: (shot: Shot) => void;
  rename: (id: string, name: string) => void;
  setNote: (id: string, note: string) => void;
  move: (id: string, dir: -1 | 1) => void;
  /** Deletes a shot; undoDelete brings it back until the next delete or finishDelete. */
  remove: (id: string) => void;
  undoDelete: () => void;
  finishDelete: () => void;
  /** Empties the whole list (every set) and deletes the stills. */
  clear: () => Promise<void>;
  setStill: (id: string, still: StillInfo | null) => void;
  setBusy: (busy: boolean) => void;
}

function bumpStill(s: ShotsState, id: string): Record<string, number> {
  return { ...s.stillVersion, [id]: (s.stillVersion[id] ?? 0) + 1 };
}

export const useShots = create<ShotsState>()((set, get) => ({
  shots: [],
  loaded: false,
  busy: false,
  pendingDelete: null,
  stillVersion: {},

  load: (force = false) => {
    if (get().loaded && !force) return;
    const raw = readStorage(STORAGE_KEY);
    const read = parseStoredShots(raw);
    const shots = groupedOrder(read.shots);
    set({ shots, loaded: true });
    if (read.dropped > 0) {
      writeStorage(DROPPED_KEY, appendDropped(readStorage(DROPPED_KEY), read.droppedRaw, new Date().toISOString()));
      writeStorage(STORAGE_KEY, serializeShots(shots));
      const push = useNotices.getState().push;
      if (read.unreadable) push({ key: 'shots.storedUnreadable', vars: { key: DROPPED_KEY }, tone: 'warn' });
      else push({ key: 'shots.storedDropped', vars: { count: read.dropped, key: DROPPED_KEY }, tone: 'warn' });
    }
    if (!force) void sweepOrphanStills(shots);
  },
  add: (shot) => set({ shots: insertShot(get().shots, shot) }),
  rename: (id, name) => {
    const clean = name.trim().slice(0, 200);
    if (!clean) return;
    set({ shots: get().shots.map((s) => (s.id === id ? { ...s, name: clean } : s)) });
  },
  setNote: (id, note) => set({ shots: get().shots.map((s) => (s.id === id ? { ...s, note: note.slice(0, 4000) } : s)) }),
  move: (id, dir) => set({ shots: moveShot(get().shots, id, dir) }),
  remove: (id) => {
    get().finishDelete();
    const list = get().shots;
    const index = list.findIndex((s) => s.id === id);
    const shot = list[index];
    if (!shot) return;
    set({ shots: list.filter((s) => s.id !== id), pendingDelete: { shot, index } });
  },
  undoDelete: () => {
    const p = get().pendingDelete;
    if (!p) return;
    set({ shots: restoreShot(get().shots, p.shot, p.index), pendingDelete: null });
  },
  finishDelete: () => {
    const p = get().pendingDelete;
    if (!p) return;
    set({ pendingDelete: null });
    if (!get().shots.some((s) => s.id === p.shot.id)) void stillStore().delete(p.shot.id).catch(() => {});
  },
  clear: async () => {
    const ids = get().shots.map((s) => s.id);
    const pending = get().pendingDelete?.shot.id;
    set({ shots: [], pendingDelete: null });
    await Promise.all([...ids, ...(pending ? [pending] : [])].map((id) => stillStore().delete(id).catch(() => {})));
  },
  setStill: (id, still) => set({ shots: get().shots.map((s) => (s.id === id ? { ...s, still } : s)), stillVersion: bumpStill(get(), id) }),
  setBusy: (busy) => set({ busy }),
}));

/** Deletes stills no shot refers to (left by a delete whose undo window closed with the page). */
async function sweepOrphanStills(shots: readonly Shot[]): Promise<void> {
  try {
    const keep = new Set(shots.map((s) => s.id));
    for (const key of await stillStore().keys()) if (!keep.has(key)) await stillStore().delete(key);
  } catch {
    // Storage unavailable: nothing to sweep.
  }
}

let lastWritten: string | null = null;
let warnedFull = false;
useShots.subscribe((state, prev) => {
  if (!state.loaded || state.shots === prev.shots) return;
  const text = serializeShots(state.shots);
  if (text === lastWritten) return;
  if (writeStorage(STORAGE_KEY, text)) {
    lastWritten = text;
    warnedFull = false;
  } else if (!warnedFull) {
    warnedFull = true;
    useNotices.getState().push({ key: 'shots.storageFull', tone: 'error' });
  }
});

// Another tab changed the list: follow it (its stills are in the same IndexedDB).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY && useShots.getState().loaded && e.newValue !== lastWritten) {
      lastWritten = e.newValue;
      useShots.getState().load(true);
    }
  });
}

// ---------------------------------------------------------------------------------------------
