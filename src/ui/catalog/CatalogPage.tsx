import { Suspense, lazy, useMemo, useState } from 'react';
import type { CatalogProblem } from '../../data/validate';
import type { Catalog, LoadedBase } from '../../data/load';
import { baseKey, findSet } from '../../data/load';
import type { SetFilter } from '../../lib/catalog/filterSets';
import { applyFilter } from '../../lib/catalog/filterSets';
import { usePrefs } from '../../state/prefs';
import { useShortlist } from '../../state/shortlist';
import { AppHeader } from '../common/AppHeader';
import { UnitsSwitch } from '../common/UnitsSwitch';
import { useLocal, useT } from '../i18n/useT';
import { BasePanel } from './BasePanel';
import { FilterBar } from './FilterBar';
import { SetCard } from './SetCard';
import { useTaxonomyNames } from './taxonomy';

// Problems are rare on a good catalog: their list loads only when there is one to show.
const ProblemList = lazy(() => import('../common/ProblemList').then((m) => ({ default: m.ProblemList })));
function LazyProblemList({ problems }: { problems: readonly CatalogProblem[] }) {
  return (
    <Suspense fallback={null}>
      <ProblemList problems={problems} />
    </Suspense>
  );
}

// Panels open on demand: their code stays out of the catalog's first load.
const SetDetail = lazy(() => import('./SetDetail').then((m) => ({ default: m.SetDetail })));
const ShortlistPanel = lazy(() => import('./ShortlistPanel').then((m) => ({ default: m.ShortlistPanel })));

/** Props of the catalog route's page. */
export interface CatalogPageProps {
  catalog: Catalog;
  baseId: string;
  onBaseChange: (baseId: string) => void;
  filter: SetFilter;
  onFilterChange: (next: SetFilter) => void;
  /** The set whose detail panel is open, if any. */
  detailId: string | null;
  onDetailChange: (id: string | null) => void;
  viewerHref: (setId: string) => string;
  compareHref: (ids: string[]) => string;
  homeHref: string;
}

export function CatalogPage(props: CatalogPageProps) {
  const { catalog, baseId, onBaseChange, filter, onFilterChange, detailId, onDetailChange, viewerHref, compareHref, homeHref } = props;
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const shortlist = useShortlist((s) => s.ids);
  const toggle = useShortlist((s) => s.toggle);
  const [shortlistOpen, setShortlistOpen] = useState(false);
  const names = useTaxonomyNames(catalog);

  const current = catalog.bases.find((b) => baseKey(b) === baseId) ?? catalog.bases[0];
  const loaded: LoadedBase | null = current?.status === 'ok' ? current : null;
  const sets = useMemo(() => loaded?.sets ?? [], [loaded]);
  const shown = useMemo(() => applyFilter(sets, filter, names, lang), [sets, filter, names, lang]);
  const present = useMemo(
    () => ({
      categories: [...new Set(sets.map((s) => s.category))],
      eras: [...new Set(sets.map((s) => s.era))],
      genres: [...new Set(sets.flatMap((s) => s.genres))],
    }),
    [sets],
  );
  const detailSet = detailId ? (findSet(catalog, detailId) ?? null) : null;

  return (
    <div className="page catalog-page">
      <AppHeader
        homeHref={homeHref}
        actions={
          <>
            <UnitsSwitch />
            <button type="button" className="btn" onClick={() => setShortlistOpen(true)} data-testid="shortlist-open">
              <svg className="icon" width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" aria-hidden="true" focusable="false"><path d="m12 3 2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.4 6.7 19.4l1.2-6L3.4 9.3l6-.7z" /></svg> {t('catalog.shortlist')} <span className="count" data-testid="shortlist-count">{shortlist.length}</span>
            </button>
          </>
        }
      />
      <nav className="base-tabs" aria-label={t('catalog.bases')}>
        {catalog.bases.map((b) => {
          const id = baseKey(b);
          const active = b === current;
          return (
            <button
              key={b.file}
              type="button"
              className={`base-tab${active ? ' is-on' : ''}`}
              aria-current={active ? 'page' : undefined}
              onClick={() => onBaseChange(id)}
              data-testid="base-tab"
              data-base-id={id}
            >
              {b.status === 'ok' ? local(b.base.shortName) : b.file}
              {b.status === 'ok' ? <span className="count">{b.sets.length}</span> : <span className="count is-bad">!</span>}
            </button>
          );
        })}
      </nav>
      <main id="main" tabIndex={-1}>
        {catalog.cameraProblems.length ? (
          <div className="notice notice-warn" role="status">
            <LazyProblemList problems={catalog.cameraProblems} />
          </div>
        ) : null}
        {current && current.status === 'error' ? (
          <section className="error-panel" role="alert" data-testid="base-error">
            <h1>{t('error.baseTitle', { file: current.file })}</h1>
            <p>{t('error.baseBody')}</p>
            <LazyProblemList problems={current.problems} />
          </section>
        ) : null}
        {loaded ? (
          <>
            <BasePanel base={loaded.base} />
            {loaded.problems.length ? (
              <div className="notice notice-warn" role="status" data-testid="set-problems">
                <p>{t('error.setsSkipped', { count: new Set(loaded.problems.map((p) => p.file)).size })}</p>
                <LazyProblemList problems={loaded.problems} />
              </div>
            ) : null}
            <section aria-labelledby="sets-title" className="sets-section">
              <div className="sets-head">
                <h2 id="sets-title">{t('catalog.title')}</h2>
                <p className="sets-count" data-testid="sets-count" aria-live="polite">
                  {t('catalog.shown', { shown: shown.length, total: sets.length })}
                </p>
              </div>
              <FilterBar index={catalog.index} filter={filter} onChange={onFilterChange} {...present} />
              {shown.length ? (
                <div className="set-grid" data-testid="set-grid">
                  {shown.map((s) => (
                    <SetCard
                      key={s.id}
                      set={s}
                      names={names}
                      shortlisted={shortlist.includes(s.id)}
                      onToggleShortlist={toggle}
                      onOpenDetail={onDetailChange}
                      viewerHref={s.model ? viewerHref(s.id) : null}
                    />
                  ))}
                </div>
              ) : (
                <div className="empty" data-testid="sets-empty">
                  <p>{t('catalog.empty')}</p>
                  <p className="hint">{t('catalog.emptyHint')}</p>
                </div>
              )}
            </section>
          </>
        ) : null}
      </main>
      <Suspense fallback={null}>
        {detailSet ? (
          <SetDetail
            catalog={catalog}
            set={detailSet}
            onClose={() => onDetailChange(null)}
            shortlisted={shortlist.includes(detailSet.id)}
            onToggleShortlist={toggle}
            viewerHref={detailSet.model ? viewerHref(detailSet.id) : null}
          />
        ) : null}
        {shortlistOpen ? (
          <ShortlistPanel
            catalog={catalog}
            open
            onClose={() => setShortlistOpen(false)}
            compareHref={compareHref}
            onOpenDetail={(id) => {
              setShortlistOpen(false);
              onDetailChange(id);
            }}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
