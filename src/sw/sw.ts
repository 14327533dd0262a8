/**
 * The service worker (docs/ARCHITECTURE.md §8), built by vite-plugin-pwa's injectManifest
 * from this file with Workbox's modules. It imports only src/lib.
 *
 * - The app shell (index.html, every JS/CSS chunk, icons, manifest) is precached, so every
 *   mode opens offline. A new build is a new worker that waits until the page asks it to
 *   take over (the "reload to update" notice), so a page never runs on mixed versions.
 * - Catalogs (scenes/**.json) and stills: network first, so a file changed on the server is
 *   seen at the next load; offline, the last copy, else the copy precached at build time.
 * - Models: the copy saved for offline or opened recently, revalidated in the background;
 *   else the network, kept among the recent sets (RECENT_LIMITS).
 * - Mesh decoders and the PDF font ("tool" files): the copy saved with a set, else the network.
 * - Nothing outside this worker's base: see src/lib/offline/scope.ts.
 */
import { setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { cacheName, fileKind, staleCacheNames } from '../lib/offline/scope';
import { recentToEvict } from '../lib/offline/recent';
import { SAVE_HEADER, SKIP_WAITING } from '../lib/offline/protocol';

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface Worker {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  addEventListener(type: 'activate' | 'install', fn: (e: ExtendableEvent) => void): void;
}
const sw = self as unknown as Worker;
const scope = sw.registration.scope;
const AT_HEADER = 'x-setscout-at';

setCacheNameDetails({ prefix: 'setscout', suffix: scope });

// Data routes first: the router takes the first match, and catalogs and stills are also in
// the precache only as a fallback for a first offline visit.
const fromPrecache = { handlerDidError: async ({ request }: { request: Request }) => (await matchPrecache(request.url)) ?? Response.error() };
const data = new NetworkFirst({ cacheName: cacheName('data', scope), networkTimeoutSeconds: 6, plugins: [fromPrecache] });
registerRoute(({ url, request }) => {
  const kind = fileKind(url.href, scope, false);
  return request.method === 'GET' && (kind === 'catalog' || kind === 'still');
}, data);

registerRoute(
  ({ url, request }) => request.method === 'GET' && !request.headers.has(SAVE_HEADER) && fileKind(url.href, scope, false) === 'model',
  ({ request, event }) => model(request, event as unknown as ExtendableEvent),
);

// Decoders and the PDF font: the copy saved with a set (they are not precached), else the network.
registerRoute(
  ({ url, request }) => request.method === 'GET' && !request.headers.has(SAVE_HEADER) && fileKind(url.href, scope, false) === 'tool',
  async ({ request }) => {
    const saved = await (await caches.open(cacheName('saved', scope))).match(request.url.split('#')[0]!.split('?')[0]!);
    return saved ?? fetch(request).catch(() => Response.error());
  },
);

precacheAndRoute((self as unknown as Worker).__WB_MANIFEST);
cleanupOutdatedCaches();

// Pages of this base only (a base hosted below this one has its own index.html).
const shell = createHandlerBoundToURL('index.html');
registerRoute(({ url, request }) => request.mode === 'navigate' && fileKind(url.href, scope, true) === 'page', shell);

async function model(request: Request, event: ExtendableEvent): Promise<Response> {
  const saved = await caches.open(cacheName('saved', scope));
  const recent = await caches.open(cacheName('recent', scope));
  const key = request.url.split('#')[0]!.split('?')[0]!;
  const savedCopy = await saved.match(key);
  const copy = savedCopy ?? (await recent.match(key));
  const network = fetch(key, { credentials: 'same-origin' });
  // The page reads the response as it streams in; the copy is kept from a clone meanwhile.
  // With a copy already kept this revalidates it: a model changed on the server replaces it
  // for the next visit.
  event.waitUntil(
    network.then((res) => (res.status === 200 ? keep(savedCopy ? saved : recent, key, res.clone(), !savedCopy) : undefined)).catch(() => undefined),
  );
  if (copy) return copy;
  return network.catch(() => Response.error());
}

async function keep(cache: Cache, key: string, res: Response, trim: boolean): Promise<void> {
  const headers = new Headers(res.headers);
  headers.set(AT_HEADER, String(Date.now()));
  const body = await res.arrayBuffer();
  headers.set('Content-Length', String(body.byteLength));
  await cache.put(key, new Response(body, { status: 200, headers }));
  if (!trim) return;
  const entries = await Promise.all(
    (await cache.keys()).map(async (req) => {
      const r = await cache.match(req);
      return { url: req.url, bytes: Number(r?.headers.get('Content-Length') ?? 0), at: Number(r?.headers.get(AT_HEADER) ?? 0) };
    }),
  );
  await Promise.all(recentToEvict(entries).map((url) => cache.delete(url)));
}

sw.addEventListener('message', (e) => {
  if ((e.data as { type?: string } | null)?.type === SKIP_WAITING) void sw.skipWaiting();
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      await Promise.all(staleCacheNames(await caches.keys(), scope).map((n) => caches.delete(n)));
      // The first worker takes the open page at once, so "save for offline" works without a reload.
      await sw.clients.claim();
    })(),
  );
});
