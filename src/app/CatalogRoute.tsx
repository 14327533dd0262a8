import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { SetFilter } from '../lib/filterSets';
import { filterFromParams, filterToParams } from '../lib/filterSets';
import { useCatalog } from '../state/catalog';
import { useNotices } from '../state/notices';
import { CatalogPage } from '../ui/catalog/CatalogPage';
import { compareHref, viewerHref } from './links';

/** Route "/": the catalog, with base, filters and the open detail panel kept in the URL. */
export function CatalogRoute() {
  const catalog = useCatalog((s) => s.catalog);
  const [params, setParams] = useSearchParams();
  const { filter, notices } = useMemo(() => filterFromParams(params), [params]);
  const push = useNotices((s) => s.push);
  useEffect(() => {
    for (const n of notices) push({ key: 'notice.badParam', vars: { param: n.param, value: n.value.slice(0, 40) }, tone: 'warn' });
  }, [notices, push]);

  const firstBase = catalog?.bases[0];
  const defaultBase = firstBase ? (firstBase.status === 'ok' ? firstBase.base.id : firstBase.file) : '';
  const baseId = params.get('base') ?? defaultBase;
  const detailId = params.get('set');

  const onFilterChange = useCallback(
    (next: SetFilter) => setParams((prev) => filterToParams(next, new URLSearchParams(prev)), { replace: true }),
    [setParams],
  );
  const onBaseChange = useCallback(
    (id: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set('base', id);
        next.delete('set');
        return next;
      }),
    [setParams],
  );
  const onDetailChange = useCallback(
    (id: string | null) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('set', id);
        else next.delete('set');
        return next;
      }),
    [setParams],
  );
  if (!catalog) return null;
  return (
    <CatalogPage
      catalog={catalog}
      baseId={baseId}
      onBaseChange={onBaseChange}
      filter={filter}
      onFilterChange={onFilterChange}
      detailId={detailId}
      onDetailChange={onDetailChange}
      viewerHref={viewerHref}
      compareHref={compareHref}
      homeHref="/"
    />
  );
}
