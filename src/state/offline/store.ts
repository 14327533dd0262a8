/**
 * Saved-for-offline sets, the save in progress, the storage estimate and the update notice
 * (docs/ARCHITECTURE.md §8). Loaded with src/app/offline, after the first frame.
 */
import { create } from 'zustand';
import type { CatalogSet } from '../../data/load';
import { findSet } from '../../data/load';
import type { SavedRecord } from '../../lib/offline/files';
import { offlineFiles } from '../../lib/offline/files';
import { saveFraction } from '../../lib/offline/progress';
import { SKIP_WAITING } from '../../lib/offline/protocol';
import { useCatalog } from '../catalog';
import { useReach } from './reach';
import { hasCaches, listRecent, listSaved, measure, modelExtensions, removeSaved, saveFiles } from './cache';
import { APP_FILES } from './appFiles';

export interface SaveJob {
  phase: 'saving' | 'error';
  fraction: number;
  received: number;
  expected: number;
  message?: string;
}

export interface OfflineState {
  supported: boolean;
  saved: SavedRecord[];
  jobs: Record<string, SaveJob>;
  /** Bytes a save would download, measured before it starts. */
  sizes: Record<string, number>;
  estimate: { usage?: number; quota?: number } | null;
  /** A new version of the app is installed and waits for a reload. */
  waiting: ServiceWorker | null;
  refresh: () => Promise<void>;
  measure: (setId: string) => Promise<void>;
  save: (setId: string) => Promise<void>;
  cancel: (setId: string) => void;
  remove: (setId: string) => Promise<void>;
  applyUpdate: () => void;
}

const controllers = new Map<string, AbortController>();

/** The set's files, the decoders its model declares and the PDF font (lib/offline/files.ts). */
async function filesOf(entry: CatalogSet, signal?: AbortSignal) {
  const extensions = entry.model ? await modelExtensions(entry.model.file, signal) : [];
  return offlineFiles(entry, { extensions, app: APP_FILES });
}

async function estimate(): Promise<OfflineState['estimate']> {
  try {
    return (await navigator.storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}

/** Sets that open offline: saved ones, and those whose model is among the recent sets. */
function publishReady(saved: readonly SavedRecord[], recent: readonly string[]) {
  const catalog = useCatalog.getState().catalog;
  const ready = new Set(saved.map((r) => r.id));
  const recentSet = new Set(recent);
  for (const b of catalog?.bases ?? []) {
    if (b.status !== 'ok') continue;
    for (const s of b.sets) if (s.model && recentSet.has(new URL(s.model.file, document.baseURI).href)) ready.add(s.id);
  }
  useReach.setState({ ready: [...ready].sort() });
}

export const useOffline = create<OfflineState>()((set, get) => ({
  supported: hasCaches() && typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
  saved: [],
  jobs: {},
  sizes: {},
  estimate: null,
  waiting: null,
  refresh: async () => {
    if (!hasCaches()) return;
    const [saved, recent, est] = await Promise.all([listSaved(), listRecent(), estimate()]);
    set({ saved, estimate: est });
    publishReady(saved, recent);
  },
  measure: async (setId) => {
    const catalog = useCatalog.getState().catalog;
    const entry = catalog && findSet(catalog, setId);
    if (!entry) return;
    const files = await filesOf(entry);
    const sizes = await measure(files);
    set({ sizes: { ...get().sizes, [setId]: sizes.reduce((a, b) => a + b, 0) }, estimate: await estimate() });
  },
  save: async (setId) => {
    const catalog = useCatalog.getState().catalog;
    const entry = catalog && findSet(catalog, setId);
    if (!entry || controllers.has(setId)) return;
    const controller = new AbortController();
    controllers.set(setId, controller);
    const update = (job: SaveJob | null) => {
      const jobs = { ...get().jobs };
      if (job) jobs[setId] = job;
      else delete jobs[setId];
      set({ jobs });
    };
    try {
      const files = await filesOf(entry, controller.signal);
      const sizes = await measure(files, controller.signal);
      const progress = files.map((_, i) => ({ expected: sizes[i] ?? 0, received: 0 }));
      const expected = sizes.reduce((a, b) => a + b, 0);
      update({ phase: 'saving', fraction: 0, received: 0, expected });
      await saveFiles(
        setId,
        files,
        (i, received) => {
          progress[i]!.received = received;
          update({ phase: 'saving', fraction: saveFraction(progress), received: progress.reduce((a, p) => a + p.received, 0), expected });
        },
        controller.signal,
      );
      update(null);
    } catch (err) {
      if (controller.signal.aborted) update(null);
      else update({ phase: 'error', fraction: 0, received: 0, expected: 0, message: err instanceof Error ? err.message : String(err) });
    } finally {
      controllers.delete(setId);
      await get().refresh();
    }
  },
  cancel: (setId) => controllers.get(setId)?.abort(),
  remove: async (setId) => {
    const { saved } = get();
    const record = saved.find((r) => r.id === setId);
    if (record) await removeSaved(record, saved);
    await get().refresh();
  },
  applyUpdate: () => {
    const waiting = get().waiting;
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: SKIP_WAITING });
  },
}));
