import { create } from 'zustand';

/**
 * What the pages need to know about offline use (docs/ARCHITECTURE.md §8):
 * whether the browser is offline, and which sets would open without the network (saved for
 * offline or opened recently). Filled in by src/state/offline, which loads after the first
 * frame; until then nothing is marked.
 */
export const useReach = create<{ offline: boolean; ready: readonly string[] }>(() => ({ offline: false, ready: [] }));
