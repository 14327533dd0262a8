import { create } from 'zustand';
import type { MessageKey, Vars } from '../lib/i18n';

/** A message for the person, translated when shown (so a language switch re-words it). */
export interface Notice {
  id: number;
  key: MessageKey;
  vars?: Vars;
  tone: 'info' | 'warn' | 'error';
}

export interface NoticesState {
  notices: Notice[];
  push: (n: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  clear: () => void;
}

let nextId = 1;

export const useNotices = create<NoticesState>()((set, get) => ({
  notices: [],
  push: (n) => {
    // The same message twice in a row (a re-render, StrictMode) is shown once.
    const same = get().notices.find((x) => x.key === n.key && JSON.stringify(x.vars) === JSON.stringify(n.vars));
    if (same) return;
    set({ notices: [...get().notices, { ...n, id: nextId++ }].slice(-6) });
  },
  dismiss: (id) => set({ notices: get().notices.filter((x) => x.id !== id) }),
  clear: () => set({ notices: [] }),
}));
