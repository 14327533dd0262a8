import { useMemo } from 'react';
import type { Catalog } from '../../data/load';
import type { LocalText } from '../../data/schema';

/** Names of every taxonomy id (categories, eras, genres) in both languages. */
export function taxonomyNames(catalog: Catalog): Map<string, LocalText> {
  const names = new Map<string, LocalText>();
  for (const list of [catalog.index.categories, catalog.index.eras, catalog.index.genres]) {
    for (const entry of list) names.set(entry.id, entry.name);
  }
  return names;
}

export function useTaxonomyNames(catalog: Catalog): Map<string, LocalText> {
  return useMemo(() => taxonomyNames(catalog), [catalog]);
}
