/**
 * Downloads index.html's inline script started before the app's scripts arrived (the
 * catalog files and, on a set page, the set's model), keyed by absolute URL. Each
 * response is handed out once; after that, and for anything not started early, callers
 * fetch as usual. Without the inline script (tests, other hosts) there is nothing here.
 */
declare global {
  interface Window {
    __early?: Record<string, Promise<Response> | undefined>;
  }
}

/** The early response for `href`, removed from the store; undefined when there is none. */
export function takeEarly(href: string): Promise<Response> | undefined {
  const store = typeof window === 'undefined' ? undefined : window.__early;
  const response = store?.[href];
  if (store && response) delete store[href];
  return response;
}
