import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { SetFilter } from '../lib/catalog/filterSets';
import { filterFromParams, filterToParams } from '../lib/catalog/filterSets';
import { formatCatalogParams, parseCatalogParams } from '../lib/url/catalogUrl';
import { baseKey } from '../data/load';
import { useCatalog } from '../state/catalog';
import { useNotices } from '../state/notices';
import { CatalogPage } from '../ui/catalog/CatalogPage';
import { compareHref, viewerHref } from './links';

/** Route "/": the catalog, with base, filters and the open detail panel kept in the URL. */
export default function CatalogRoute() {
  const catalog = useCatalog((s) => s.catalog);
  const search = useSearch();
  const [, navigate] = useLocation();

  const parsed = useMemo(() => {
    const index = catalog?.index;
    return parseCatalogParams(search, {
      bases: catalog?.bases.map(baseKey),
      categories: index?.categories.map((c) => c.id),
      eras: index?.eras.map((c) => c.id),
      genres: index?.genres.map((c) => c.id),
    });
  }, [search, catalog]);
  const filter = useMemo(() => filterFromParams(parsed.params), [parsed]);
  const detailId = parsed.others.find(([k]) => k === 'set')?.[1] ?? null;

  const push = useNotices((s) => s.push);
  useEffect(() => {
    for (const n of parsed.notices) push({ key: 'notice.badParam', vars: { param: n.param, value: n.value.slice(0, 40) }, tone: 'warn' });
  }, [parsed.notices, push]);

  const firstBase = catalog?.bases[0];
  const defaultBase = firstBase ? baseKey(firstBase) : '';
  const baseId = parsed.params.base ?? defaultBase;

  /** Rewrites the query: filters from `next`, other keys (set, …) from `others`. */
  const go = useCallback(
    (next: { filter?: SetFilter; base?: string; others?: [string, string][] }, replace: boolean) => {
      const f = next.filter ?? filter;
      const query = formatCatalogParams(
        { ...filterToParams(f), lang: parsed.params.lang, base: next.base ?? parsed.params.base },
        next.others ?? parsed.others,
      );
      navigate(`/${query}`, { replace });
    },
    [filter, parsed, navigate],
  );
  const onFilterChange = useCallback((f: SetFilter) => go({ filter: f }, true), [go]);
  const onBaseChange = useCallback((id: string) => go({ base: id, others: parsed.others.filter(([k]) => k !== 'set') }, false), [go, parsed.others]);
  const onDetailChange = useCallback(
    (id: string | null) => {
      const others = parsed.others.filter(([k]) => k !== 'set');
      if (id) others.push(['set', id]);
      go({ others }, false);
    },
    [go, parsed.others],
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
