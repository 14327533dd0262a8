import { Suspense, lazy, useEffect } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useCatalog } from '../state/catalog';
import { Notices } from '../ui/common/Notices';
import { ShortcutsSheet } from '../ui/common/ShortcutsSheet';
import { NotFound } from '../ui/common/NotFound';
import { PageLoading } from '../ui/common/PageLoading';
import { CatalogError } from '../ui/common/CatalogError';
import { appBase } from './appBase';
import { CatalogRoute } from './CatalogRoute';
import { useLangSync } from './useLangSync';

// The viewer pulls in three.js and the canvas: only people who open a set pay for it.
const SetRoute = lazy(() => import('./SetRoute'));
const CompareRoute = lazy(() => import('./CompareRoute'));
const PresentRoute = lazy(() => import('./PresentRoute'));

function Routes() {
  useLangSync();
  const status = useCatalog((s) => s.status);
  const problems = useCatalog((s) => s.problems);
  const load = useCatalog((s) => s.load);
  const [location] = useLocation();
  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'error') return <CatalogError problems={problems} homeHref="/" onRetry={() => void load(true)} />;
  if (status !== 'ready') return <PageLoading homeHref="/" />;
  return (
    <Switch>
      <Route path="/" component={CatalogRoute} />
      <Route path="/compare">
        <Suspense fallback={<PageLoading homeHref="/" />}>
          <CompareRoute />
        </Suspense>
      </Route>
      <Route path="/present">
        <Suspense fallback={<PageLoading homeHref="/" />}>
          <PresentRoute />
        </Suspense>
      </Route>
      <Route path="/sets/:setId">
        {(params) => (
          <Suspense fallback={<PageLoading homeHref="/" />}>
            <SetRoute setId={params.setId} />
          </Suspense>
        )}
      </Route>
      <Route>
        <NotFound homeHref="/" path={location} />
      </Route>
    </Switch>
  );
}

export function App() {
  return (
    <Router base={appBase()}>
      <Routes />
      <Notices />
      <ShortcutsSheet />
    </Router>
  );
}
