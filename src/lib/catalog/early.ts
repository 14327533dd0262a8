/**
 * Downloads index.html's inline script started before the app's scripts arrived (the
 * catalog files and, on a set page, the set's model), keyed by absolute URL. Each
 * response is handed out once; after that, and for anything not started early, callers
 * fetch as usual. Without the inline script (tests, other hosts) there is nothing here.
 */

/** The set file a set page opened with, read by the inline script (docs/ARCHITECTURE.md §2). */
export interface EarlySet {
  /** The set id from the path. */
  id: string;
  /** Absolute URL of the set file. */
  href: string;
  /** Its JSON, not yet validated: only the start-up first frame reads it, defensively. */
  json: unknown;
}

export interface EarlyStore {
  [href: string]: unknown;
  /** On a set page: the set's file, found through scenes/index.json's setFiles (else by reading every base); null when not found. */
  set?: Promise<EarlySet | null>;
  /** Starts the rest of the catalog downloading (on a set page, once the first frame is drawn). */
  crawl?: () => void;
  /** The chunks the current route needs beyond the entry; `preload()` requests them. */
  preload?: () => void;
}

declare global {
  interface Window {
    __early?: EarlyStore;
  }
}

/** The early response for `href`, removed from the store; undefined when there is none. */
export function takeEarly(href: string): Promise<Response> | undefined {
  const store = typeof window === 'undefined' ? undefined : window.__early;
  const response = store?.[href];
  if (!store || !(response instanceof Promise)) return undefined;
  delete store[href];
  return response as Promise<Response>;
}

/** The inline script's store, if the page has one. */
export function earlyStore(): EarlyStore | undefined {
  return typeof window === 'undefined' ? undefined : window.__early;
}
