import { Suspense, lazy, useEffect } from 'react';
import { Redirect, Route, Router, Switch, useLocation, useSearch } from 'wouter';
import { discardBoot } from '../canvas/boot/handoff';
import { ALIASES, PATTERNS, SEGMENTS, setPath, stripBase } from '../lib/url/routes';
import { useCatalog } from '../state/catalog';
import { Notices } from '../ui/common/Notices';
import { ShortcutsKey } from '../ui/common/ShortcutsKey';
import { PageLoading } from '../ui/common/PageLoading';
import { appBase } from './appBase';
import { preloadable } from './preloadable';
import { useLangSync } from './useLangSync';

// Each route's code is its own chunk, requested at start-up for the page being opened,
// while the catalog files load: the viewer's three.js is only paid for by people who
// open a set, and the catalog page's code not by people who open a shared set link.
const path = typeof location === 'undefined' ? '/' : stripBase(location.pathname, appBase());
const loadSetRoute = () => import('./SetRoute');
const loadCatalogRoute = () => import('./CatalogRoute');
// The first segment is enough to pick the chunk to start fetching (the router decides the rest).
const first = path.split('/')[1] ?? '';
const opening = first === SEGMENTS.set || ALIASES[first] ? 'set' : first === SEGMENTS.compare || first === SEGMENTS.present ? 'other' : 'catalog';

const SetRoute = preloadable(loadSetRoute, opening === 'set');
const CatalogRoute = preloadable(loadCatalogRoute, opening === 'catalog');
// Error and not-found pages load only when they are needed.
const NotFound = lazy(() => import('../ui/common/NotFound').then((m) => ({ default: m.NotFound })));
const CatalogError = lazy(() => import('../ui/common/CatalogError').then((m) => ({ default: m.CatalogError })));
const CompareRoute = lazy(() => import('./CompareRoute'));
const PresentRoute = lazy(() => import('./PresentRoute'));

function Routes() {
  useLangSync();
  const status = useCatalog((s) => s.status);
  const problems = useCatalog((s) => s.problems);
  const load = useCatalog((s) => s.load);
  const [location] = useLocation();
  const search = useSearch();
  useEffect(() => {
    void load();
  }, [load]);
  // A start-up first frame is the set viewer's to adopt (src/app/SetRoute.tsx); any other page frees it.
  const onSetRoute = location.startsWith(`/${SEGMENTS.set}/`);
  useEffect(() => {
    if (status === 'error' || (status === 'ready' && !onSetRoute)) discardBoot();
  }, [status, onSetRoute]);

  if (status === 'error')
    return (
      <Suspense fallback={<PageLoading homeHref="/" />}>
        <CatalogError problems={problems} homeHref="/" onRetry={() => void load(true)} />
      </Suspense>
    );
  if (status !== 'ready') return <PageLoading homeHref="/" />;
  return (
    <Switch>
      <Route path={PATTERNS.home}>
        <Suspense fallback={<PageLoading homeHref="/" />}>
          <CatalogRoute />
        </Suspense>
      </Route>
      <Route path={PATTERNS.compare}>
        <Suspense fallback={<PageLoading homeHref="/" />}>
          <CompareRoute />
        </Suspense>
      </Route>
      <Route path={PATTERNS.present}>
        <Suspense fallback={<PageLoading homeHref="/" />}>
          <PresentRoute />
        </Suspense>
      </Route>
      <Route path={PATTERNS.setAlias}>{(params) => <Redirect to={setPath(params.setId, search ? `?${search}` : '')} replace />}</Route>
      <Route path={PATTERNS.set}>
        {(params) => (
          <Suspense fallback={<PageLoading homeHref="/" />}>
            <SetRoute setId={params.setId} />
          </Suspense>
        )}
      </Route>
      <Route>
        <Suspense fallback={<PageLoading homeHref="/" />}>
          <NotFound homeHref="/" path={location} />
        </Suspense>
      </Route>
    </Switch>
  );
}

export function App() {
  return (
    <Router base={appBase()}>
      <Routes />
      <Notices />
      <ShortcutsKey />
    </Router>
  );
}
