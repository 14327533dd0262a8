import type { Catalog, CatalogSet } from '../../data/load';
import { usePrefs } from '../../state/prefs';
import { AppHeader } from '../common/AppHeader';
import { UnitsSwitch } from '../common/UnitsSwitch';
import { Representative } from '../common/Representative';
import { useLocal, useT } from '../i18n/useT';
import { dramaMap } from './useFactRows';
import { categoryAccent, useTaxonomyNames } from './taxonomy';
import { factRows, todayIso } from './factRows';
import { SetIllustration } from './SetIllustration';
import { Link } from 'wouter';
import { useMemo } from 'react';

/** Props of the side-by-side comparison. */
export interface ComparePageProps {
  catalog: Catalog;
  sets: CatalogSet[];
  /** Ids in the URL that are not in the catalog. */
  unknown: string[];
  homeHref: string;
  onRemove: (id: string) => void;
  viewerHref: (setId: string) => string;
}

/** 2–4 sets side by side, one column each, every fact in the same row. */
export function ComparePage({ catalog, sets, unknown, homeHref, onRemove, viewerHref }: ComparePageProps) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const names = useTaxonomyNames(catalog);
  const dramas = useMemo(() => dramaMap(catalog), [catalog]);
  const columns = sets.map((s) => ({ set: s, rows: factRows(s, { lang, units, t, names, dramas, today: todayIso() }) }));
  const rowKeys = columns[0]?.rows.map((r) => ({ key: r.key, label: r.label })) ?? [];

  return (
    <div className="page compare-page">
      <AppHeader homeHref={homeHref} actions={<UnitsSwitch />} title={t('compare.title')} />
      <main id="main" tabIndex={-1}>
        <p>
          <Link href={homeHref} className="link">
            ← {t('common.toHome')}
          </Link>
        </p>
        <h1>{t('compare.title')}</h1>
        {unknown.length ? (
          <p className="notice notice-warn" role="status">
            {t('compare.unknown', { ids: unknown.join(', ') })}
          </p>
        ) : null}
        {sets.length < 2 ? (
          <p className="notice" data-testid="compare-too-few">
            {t('compare.tooFew')}
          </p>
        ) : null}
        {sets.length ? (
          <div className="compare-scroll">
            <table className="compare-table" data-testid="compare-table">
              <caption className="sr-only">{t('compare.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.field')}</th>
                  {columns.map(({ set }) => (
                    <th scope="col" key={set.id} data-testid="compare-col" data-set-id={set.id}>
                      <div className="compare-media">
                        <SetIllustration
                          width={set.dimensions.width}
                          depth={set.dimensions.depth}
                          height={set.dimensions.height}
                          accent={categoryAccent(set.category)}
                          label={names.get(set.category) ? local(names.get(set.category)!) : set.category}
                          alt={t('catalog.planAlt', { name: local(set.name), w: set.dimensions.width, d: set.dimensions.depth })}
                        />
                      </div>
                      <span className="compare-name">{local(set.name)}</span>
                      <span className="compare-actions">
                        {set.model ? (
                          <Link className="btn btn-small" href={viewerHref(set.id)}>
                            {t('common.open3d')}
                          </Link>
                        ) : null}
                        <button type="button" className="btn btn-small btn-ghost" onClick={() => onRemove(set.id)}>
                          {t('compare.remove')}
                        </button>
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rowKeys.map((rk, i) => (
                  <tr key={rk.key} data-fact={rk.key}>
                    <th scope="row">{rk.label}</th>
                    {columns.map(({ set, rows }) => {
                      const row = rows[i];
                      return (
                        <td key={set.id}>
                          {row?.lines.map((line, j) => (
                            <div key={j}>{line}</div>
                          ))}
                          <Representative show={Boolean(row?.representative)} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </main>
    </div>
  );
}
