import { create } from 'zustand';
import type { Catalog } from '../data/load';
import { browserFetcher, loadCatalog } from '../data/load';
import type { CatalogProblem } from '../data/validate';

export type CatalogStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface CatalogState {
  status: CatalogStatus;
  catalog: Catalog | null;
  /** Problems that stop the whole catalog (the index file is broken or missing). */
  problems: CatalogProblem[];
  /** Loads the catalog once; later calls reuse it unless `force`. */
  load: (force?: boolean) => Promise<void>;
}

let inflight: AbortController | null = null;

export const useCatalog = create<CatalogState>()((set, get) => ({
  status: 'idle',
  catalog: null,
  problems: [],
  load: async (force = false) => {
    const { status } = get();
    if (!force && (status === 'loading' || status === 'ready')) return;
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    set({ status: 'loading', problems: [] });
    try {
      const result = await loadCatalog(browserFetcher, controller.signal);
      if (controller.signal.aborted) return;
      if (result.ok) set({ status: 'ready', catalog: result.catalog, problems: [] });
      else set({ status: 'error', catalog: null, problems: result.problems });
    } catch (err) {
      if (controller.signal.aborted) return;
      const message = err instanceof Error ? err.message : String(err);
      set({ status: 'error', catalog: null, problems: [{ file: 'scenes/index.json', path: '$', expected: 'the catalog to load', found: message }] });
    } finally {
      if (inflight === controller) inflight = null;
    }
  },
}));
