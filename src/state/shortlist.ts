import { create } from 'zustand';
import { SHORTLIST_MAX, parseShortlist } from '../data/shortlist';

const KEY = 'setscout.shortlist.v1';
const MAX = SHORTLIST_MAX;

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
