import { create } from 'zustand';

const KEY = 'setscout.shortlist.v1';
const MAX = 24;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a stored shortlist, keeping every well-formed id and counting what it had to drop. */
export function parseShortlist(raw: string | null): { ids: string[]; dropped: number } {
  if (!raw) return { ids: [], dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ids: [], dropped: 1 };
  }
  if (!Array.isArray(value)) return { ids: [], dropped: 1 };
  const ids: string[] = [];
  let dropped = 0;
  for (const item of value) {
    if (typeof item === 'string' && ID.test(item) && !ids.includes(item) && ids.length < MAX) ids.push(item);
    else dropped++;
  }
  return { ids, dropped };
}

function load(): { ids: string[]; dropped: number } {
  try {
    return parseShortlist(globalThis.localStorage?.getItem(KEY) ?? null);
  } catch {
    return { ids: [], dropped: 0 };
  }
}

function save(ids: string[]): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage unavailable: the shortlist lives for this visit only.
  }
}

export interface ShortlistState {
  ids: string[];
  /** How many stored entries were unreadable at start-up (shown once, then cleared). */
  dropped: number;
  toggle: (id: string) => void;
  remove: (id: string) => void;
  clear: () => void;
  acknowledgeDropped: () => void;
}

const initial = load();

export const useShortlist = create<ShortlistState>()((set, get) => ({
  ids: initial.ids,
  dropped: initial.dropped,
  toggle: (id) => {
    const ids = get().ids.includes(id) ? get().ids.filter((x) => x !== id) : [...get().ids, id].slice(-MAX);
    save(ids);
    set({ ids });
  },
  remove: (id) => {
    const ids = get().ids.filter((x) => x !== id);
    save(ids);
    set({ ids });
  },
  clear: () => {
    save([]);
    set({ ids: [] });
  },
  acknowledgeDropped: () => set({ dropped: 0 }),
}));

// Another tab changed the shortlist: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) useShortlist.setState({ ids: parseShortlist(e.newValue).ids });
  });
}
