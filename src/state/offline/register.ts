/**
 * Registers the service worker from the document base (so it is scoped to the sub-path the
 * site is hosted at), follows online/offline and watches for a new version
 * (docs/ARCHITECTURE.md §8).
 */
import { useCatalog } from '../catalog';
import { useReach } from './reach';
import { scope } from './cache';
import { useOffline } from './store';

export async function startOffline(): Promise<void> {
  const reach = () => useReach.setState({ offline: !navigator.onLine });
  reach();
  addEventListener('online', reach);
  addEventListener('offline', reach);
  const refresh = () => void useOffline.getState().refresh();
  addEventListener('offline', refresh);
  useCatalog.subscribe((s, prev) => {
    if (s.catalog !== prev.catalog) refresh();
  });
  refresh();
  if (!useOffline.getState().supported) return;
  const sw = navigator.serviceWorker;
  let reg: ServiceWorkerRegistration | undefined;
  try {
    reg = await sw.register(new URL('sw.js', document.baseURI).href, { scope: scope() });
  } catch {
    // No worker (a private window, an http host): the site still works online.
  }
  // Some embedders (test browsers blocking workers) resolve with nothing at all.
  if (!reg) return;
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      // "installed" with a page already controlled is a new version, not the first install.
      if (worker.state === 'installed' && sw.controller) useOffline.setState({ waiting: worker });
    };
    check();
    worker.addEventListener('statechange', check);
  };
  watch(reg.waiting);
  reg.addEventListener('updatefound', () => watch(reg.installing));
  sw.addEventListener('controllerchange', refresh);
  addEventListener('online', () => void reg.update().catch(() => undefined));
}
