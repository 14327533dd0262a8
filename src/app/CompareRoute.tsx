import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import type { CatalogSet } from '../data/load';
import { findSet } from '../data/load';
import { useCatalog } from '../state/catalog';
import { ComparePage } from '../ui/catalog/ComparePage';
import { viewerHref } from './links';

/** Route "/compare?ids=a,b,c": up to 4 sets side by side. */
export default function CompareRoute() {
  const catalog = useCatalog((s) => s.catalog);
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 4);
  const onRemove = useCallback(
    (id: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set('ids', ids.filter((x) => x !== id).join(','));
        return next;
      }),
    [ids, setParams],
  );
  if (!catalog) return null;
  const sets: CatalogSet[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const s = findSet(catalog, id);
    if (s) sets.push(s);
    else unknown.push(id.slice(0, 40));
  }
  return <ComparePage catalog={catalog} sets={sets} unknown={unknown} homeHref="/" onRemove={onRemove} viewerHref={viewerHref} />;
}
