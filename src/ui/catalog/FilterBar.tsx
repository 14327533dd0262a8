import { useEffect, useId, useState } from 'react';
import type { CatalogIndex } from '../../data/schema';
import type { SetFilter, SortKey } from '../../lib/catalog/filterSets';
import { SORT_KEYS, isFiltered } from '../../lib/catalog/filterSets';
import { useLocal, useT } from '../i18n/useT';

/** Props of the catalog filter bar. */
export interface FilterBarProps {
  index: CatalogIndex;
  filter: SetFilter;
  onChange: (next: SetFilter) => void;
  /** Category ids present in the current base (others are not offered). */
  categories: readonly string[];
  eras: readonly string[];
  genres: readonly string[];
}

const SORT_LABEL = {
  name: 'catalog.sort.name',
  area: 'catalog.sort.area',
  height: 'catalog.sort.height',
  rate: 'catalog.sort.rate',
} as const satisfies Record<SortKey, string>;

function parseArea(v: string): number | null {
  const n = Number(v);
  return v.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n;
}

/** Search, category chips, era/genre, floor-area range, 3D only and sort; every change goes to the URL. */
export function FilterBar({ index, filter, onChange, categories, eras, genres }: FilterBarProps) {
  const t = useT();
  const local = useLocal();
  const ids = useId();
  // The search box is typed into quickly: keep its text local and commit after a pause.
  const [q, setQ] = useState(filter.q);
  useEffect(() => setQ(filter.q), [filter.q]);
  useEffect(() => {
    if (q === filter.q) return;
    const timer = setTimeout(() => onChange({ ...filter, q }), 250);
    return () => clearTimeout(timer);
  }, [q, filter, onChange]);

  const byId = <T extends { id: string }>(list: T[], keep: readonly string[]) => list.filter((x) => keep.includes(x.id));

  return (
    <form className="filter-bar" role="search" onSubmit={(e) => { e.preventDefault(); onChange({ ...filter, q }); }} data-testid="filter-bar">
      <div className="filter-row">
        <label className="search-field">
          <span className="sr-only">{t('catalog.search')}</span>
          <input
            type="search"
            value={q}
            placeholder={t('catalog.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
            data-testid="filter-search"
            maxLength={120}
          />
        </label>
        <label className="field">
          <span>{t('catalog.sort')}</span>
          <select value={filter.sort} onChange={(e) => onChange({ ...filter, sort: e.target.value as SortKey })} data-testid="filter-sort">
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(SORT_LABEL[k])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* On a phone the filters past search and sort are a tap away, open when a link sets them (always open on a wide screen, styles.css). */}
      <details className="filter-more" open={isFiltered({ ...filter, q: '' })}>
        <summary>{t('catalog.filters')}</summary>
        <fieldset className="chips">
          <legend>{t('catalog.category')}</legend>
          {byId(index.categories, categories).map((c) => {
            const on = filter.categories.includes(c.id);
            return (
              <button
                key={c.id}
                type="button"
                className={`chip${on ? ' is-on' : ''}`}
                aria-pressed={on}
                data-testid={`filter-cat-${c.id}`}
                onClick={() =>
                  onChange({ ...filter, categories: on ? filter.categories.filter((x) => x !== c.id) : [...filter.categories, c.id] })
                }
              >
                {local(c.name)}
              </button>
            );
          })}
        </fieldset>
        <div className="filter-row">
          <label className="field">
            <span>{t('catalog.era')}</span>
            <select
              value={filter.eras[0] ?? ''}
              onChange={(e) => onChange({ ...filter, eras: e.target.value ? [e.target.value] : [] })}
              data-testid="filter-era"
            >
              <option value="">{t('catalog.any')}</option>
              {byId(index.eras, eras).map((x) => (
                <option key={x.id} value={x.id}>
                  {local(x.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('catalog.genre')}</span>
            <select
              value={filter.genres[0] ?? ''}
              onChange={(e) => onChange({ ...filter, genres: e.target.value ? [e.target.value] : [] })}
              data-testid="filter-genre"
            >
              <option value="">{t('catalog.any')}</option>
              {byId(index.genres, genres).map((x) => (
                <option key={x.id} value={x.id}>
                  {local(x.name)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="field range">
            <legend>{t('catalog.area')}</legend>
            <label htmlFor={`${ids}-min`} className="sr-only">
              {t('catalog.areaMin')}
            </label>
            <input
              id={`${ids}-min`}
              type="number"
              inputMode="numeric"
              min={0}
              step={10}
              value={filter.areaMin ?? ''}
              onChange={(e) => onChange({ ...filter, areaMin: parseArea(e.target.value) })}
              data-testid="filter-area-min"
            />
            <span aria-hidden="true">–</span>
            <label htmlFor={`${ids}-max`} className="sr-only">
              {t('catalog.areaMax')}
            </label>
            <input
              id={`${ids}-max`}
              type="number"
              inputMode="numeric"
              min={0}
              step={10}
              value={filter.areaMax ?? ''}
              onChange={(e) => onChange({ ...filter, areaMax: parseArea(e.target.value) })}
              data-testid="filter-area-max"
            />
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={filter.only3d} onChange={(e) => onChange({ ...filter, only3d: e.target.checked })} data-testid="filter-3d" />
            <span>{t('catalog.only3d')}</span>
          </label>
          {isFiltered(filter) ? (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                setQ('');
                onChange({ ...filter, q: '', categories: [], eras: [], genres: [], areaMin: null, areaMax: null, only3d: false });
              }}
              data-testid="filter-clear"
            >
              {t('catalog.clear')}
            </button>
          ) : null}
        </div>
      </details>
    </form>
  );
}
