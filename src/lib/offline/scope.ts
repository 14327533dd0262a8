/**
 * Where a cached file belongs (docs/ARCHITECTURE.md §8). The site may be hosted at several
 * paths of one origin at once (`/` and `/scout/`), and Cache Storage is shared by the whole
 * origin, so every cache is named after the base it serves and every route of the service
 * worker answers only for URLs under its own scope.
 */

/** The app's client routes, as index.html's inline script tells the base from a page path. */
const ROUTE = /\/(sets|compare|present|tour)(\/|$)/;

/** The app base of a page path: "/scout/" for "/scout/sets/courtroom" (same rule as index.html). */
export function basePathOf(pathname: string): string {
  const i = pathname.search(ROUTE);
  return i >= 0 ? pathname.slice(0, i + 1) : pathname.slice(0, pathname.lastIndexOf('/') + 1);
}

/** Caches this app keeps beside the worker's precache; bump a version to drop old entries. */
export const CACHE_KINDS = { saved: 'saved-v1', recent: 'recent-v1', data: 'data-v1' } as const;
export type CacheKind = keyof typeof CACHE_KINDS;

const PREFIX = 'setscout-';

/** One cache per kind and base: "setscout-saved-v1 https://host/scout/". */
export function cacheName(kind: CacheKind, scope: string): string {
  return `${PREFIX}${CACHE_KINDS[kind]} ${normaliseScope(scope)}`;
}

/** The names of ours, for this scope, that are not current (old versions): safe to delete. */
export function staleCacheNames(names: readonly string[], scope: string): string[] {
  const current = new Set((Object.keys(CACHE_KINDS) as CacheKind[]).map((k) => cacheName(k, scope)));
  const suffix = ` ${normaliseScope(scope)}`;
  return names.filter((n) => n.startsWith(PREFIX) && n.endsWith(suffix) && !current.has(n));
}

function normaliseScope(scope: string): string {
  return scope.endsWith('/') ? scope : `${scope}/`;
}

/** What kind of file a URL is for the worker, or null when it is not ours to cache. */
export type FileKind = 'page' | 'catalog' | 'still' | 'model' | 'tool' | null;

/**
 * Sorts a request URL for a worker of the given scope (an absolute URL ending in "/").
 * A URL under the scope but belonging to another base hosted below it (a page of
 * "/scout/" seen by the worker of "/") is not ours.
 */
export function fileKind(href: string, scope: string, navigate: boolean): FileKind {
  const root = normaliseScope(scope);
  if (!href.startsWith(root)) return null;
  const url = new URL(href);
  const rootPath = new URL(root).pathname;
  if (navigate) return basePathOf(url.pathname) === rootPath ? 'page' : null;
  const rel = url.pathname.slice(rootPath.length);
  if (/^scenes\/.+\.json$/.test(rel)) return 'catalog';
  if (/^models\/stills\/[^/]+\.(jpe?g|png|webp)$/.test(rel)) return 'still';
  if (/^models\/[^/]+\.(glb|gltf|bin)$/.test(rel)) return 'model';
  // Saved with a set, shared by all, not precached: the mesh decoders and the PDF font and subsetter.
  if (/^decoders\/(draco|basis)\/[^/]+\.(js|wasm)$/.test(rel) || /^assets\/[^/]+\.(ttf|wasm)$/.test(rel)) return 'tool';
  return null;
}

/** The key under which a saved set's record is kept in the saved cache. */
export function savedRecordUrl(scope: string, setId: string): string {
  return `${normaliseScope(scope)}__offline/sets/${encodeURIComponent(setId)}.json`;
}

/** The set id of a saved-record key, or null for any other URL. */
export function setIdOfRecord(href: string, scope: string): string | null {
  const prefix = `${normaliseScope(scope)}__offline/sets/`;
  if (!href.startsWith(prefix) || !href.endsWith('.json')) return null;
  return decodeURIComponent(href.slice(prefix.length, -'.json'.length));
}
