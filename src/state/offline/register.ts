/**
 * Registers the service worker from the document base (so it is scoped to the sub-path the
 * site is hosted at), follows online/offline and watches for a new version
 * (docs/ARCHITECTURE.md §8).
 */
import { useCatalog } from '../catalog';
import { useReach } from './reach';
import { scope } from './cache';
import { useOffline } from './store';

/**
 * Whether a request can leave the machine. `navigator.onLine` only says that a network interface
 * is up: it stays true on a network without a way out, and Chromium reports true again for a page
 * reloaded while offline. A HEAD for the worker's own script, which no worker route answers
 * (they take GETs and navigations), goes to the network and fails without one.
 */
async function canReachSite(): Promise<boolean> {
  try {
    await fetch(new URL(`sw.js?reach=${Date.now()}`, document.baseURI).href, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

export async function startOffline(): Promise<void> {
  const reach = () => {
    if (!navigator.onLine) useReach.setState({ offline: true });
    else void canReachSite().then((ok) => useReach.setState({ offline: !ok }));
  };
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
