/**
 * The app's routes, in one place (docs/ARCHITECTURE.md §3): their router patterns, the links
 * to them, and what a path means. Paths here are relative to the site's base folder (the
 * router base), so the same build works at the root and under any sub-path.
 *
 * index.html's inline script finds the base folder before any asset loads; the build writes
 * `BASE_ROUTES` into it (`inlineRoutes`, called from vite.config.ts), so this file is the one
 * list of route names.
 */

/** First path segment of each route the app answers. */
export const SEGMENTS = { set: 'sets', compare: 'compare', present: 'present' } as const;

/** First segments that are a slip for a route (`/set/<id>` for `/sets/<id>`): they lead there. */
export const ALIASES: Readonly<Record<string, string>> = { set: SEGMENTS.set };

/** Router patterns (wouter). */
export const PATTERNS = {
  home: '/',
  set: `/${SEGMENTS.set}/:setId`,
  setAlias: '/set/:setId',
  compare: `/${SEGMENTS.compare}`,
  present: `/${SEGMENTS.present}`,
} as const;

/** Every first segment index.html's script recognises as the start of the app's own path. */
export const BASE_SEGMENTS: readonly string[] = [...Object.values(SEGMENTS), ...Object.keys(ALIASES)];

/** `query` is '' or starts with '?', as `formatViewParams` and `joinQuery` write it. */
const withQuery = (path: string, query = ''): string => (query && !query.startsWith('?') ? `${path}?${query}` : `${path}${query}`);

export const homePath = (query = ''): string => withQuery(PATTERNS.home, query);
export const setPath = (setId: string, query = ''): string => withQuery(`/${SEGMENTS.set}/${encodeURIComponent(setId)}`, query);
export const comparePath = (query = ''): string => withQuery(PATTERNS.compare, query);
export const presentPath = (query = ''): string => withQuery(PATTERNS.present, query);

/** An absolute URL for an app path, resolved against the document's base (the site's base folder). */
export function absoluteUrl(baseURI: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), baseURI).href;
}

/** An absolute URL for the set viewer with a query. */
export function setUrl(baseURI: string, setId: string, query = ''): string {
  return absoluteUrl(baseURI, setPath(setId, query));
}

/** What a path (relative to the base) opens. */
export type RouteMatch =
  | { route: 'home' }
  | { route: 'set'; setId: string }
  | { route: 'compare' }
  | { route: 'present' }
  | { route: 'redirect'; to: string }
  | { route: 'not-found' };

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Reads a path the way the router does; an alias becomes a redirect to its route. */
export function matchRoute(path: string): RouteMatch {
  const clean = path.replace(/[?#].*$/, '');
  if (clean === '' || clean === '/') return { route: 'home' };
  const parts = clean.replace(/^\/+/, '').replace(/\/+$/, '').split('/');
  const [first = '', second, ...rest] = parts;
  if (rest.length) return { route: 'not-found' };
  if (first === SEGMENTS.compare && second === undefined) return { route: 'compare' };
  if (first === SEGMENTS.present && second === undefined) return { route: 'present' };
  const set = first === SEGMENTS.set ? SEGMENTS.set : ALIASES[first];
  if (set === SEGMENTS.set && second) {
    const setId = decode(second);
    if (setId === null) return { route: 'not-found' };
    return first === SEGMENTS.set ? { route: 'set', setId } : { route: 'redirect', to: setPath(setId) };
  }
  return { route: 'not-found' };
}

/** The app's own part of a location's path, given the router base ("" at the root, else "/sub"). */
export function stripBase(pathname: string, base: string): string {
  if (!base) return pathname || '/';
  return pathname === base ? '/' : pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

/** The marker in index.html's inline script that the build replaces with the route names. */
export const INLINE_ROUTES_MARK = 'var routes = { set: "", first: [] };';

/** index.html with the route names written into its inline script (vite.config.ts, at build and in dev). */
export function inlineRoutes(html: string): string {
  return html.replace(INLINE_ROUTES_MARK, `var routes = ${JSON.stringify({ set: SEGMENTS.set, first: BASE_SEGMENTS })};`);
}
