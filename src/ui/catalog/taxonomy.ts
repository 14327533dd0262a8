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

const PALETTE = ['#f2b233', '#5bb3e6', '#e66a5b', '#7bc47f', '#b48cf2', '#e6a15b', '#5be0c8', '#e65b9c', '#9fb0c8', '#d4c15b'];

/** A stable accent colour per category id. */
export function categoryAccent(category: string): string {
  let h = 0;
  for (const ch of category) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? '#f2b233';
}
