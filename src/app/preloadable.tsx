import type { ComponentType } from 'react';
import { lazy, useState } from 'react';

/**
 * React.lazy, but rendered directly when its module is already here. lazy() always suspends
 * on first render (import() answers in a later task even for a loaded module), and React
 * holds back a Suspense reveal for up to 300 ms after a fallback: the route chunk requested
 * at start-up has usually arrived before the catalog, and the viewer should not then wait
 * on a loading screen for nothing. The choice is made once per mount, so a later render
 * never swaps the component type (which would remount the page and its WebGL canvas).
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, startNow: boolean): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const fetchOnce = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  // A failed early request is retried by React.lazy when the route renders.
  if (startNow) void fetchOnce().catch(() => {});
  const Lazy = lazy(fetchOnce);
  return function Preloadable(props: P) {
    const [Page] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Page {...props} />;
  };
}
