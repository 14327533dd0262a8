import { useMemo } from 'react';
import type { Catalog, CatalogSet } from '../../data/load';
import type { Drama, LocalText } from '../../data/schema';
import { usePrefs } from '../../state/prefs';
import { useT } from '../i18n/useT';
import type { FactRow } from './factRows';
import { factRows, todayIso } from './factRows';

/** Names of every taxonomy id (categories, eras, genres) in both languages. */
export function taxonomyNames(catalog: Catalog): Map<string, LocalText> {
  const names = new Map<string, LocalText>();
  for (const list of [catalog.index.categories, catalog.index.eras, catalog.index.genres]) {
    for (const entry of list) names.set(entry.id, entry.name);
  }
  return names;
}

export function dramaMap(catalog: Catalog): Map<string, Drama> {
  const out = new Map<string, Drama>();
  for (const b of catalog.bases) if (b.status === 'ok') for (const d of b.base.dramas) out.set(d.id, d);
  return out;
}

export function useTaxonomyNames(catalog: Catalog): Map<string, LocalText> {
  return useMemo(() => taxonomyNames(catalog), [catalog]);
}

/** The facts of a set in the current language and units. */
export function useFactRows(catalog: Catalog, set: CatalogSet | null | undefined): FactRow[] {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const names = useTaxonomyNames(catalog);
  const dramas = useMemo(() => dramaMap(catalog), [catalog]);
  return useMemo(
    () => (set ? factRows(set, { lang, units, t, names, dramas, today: todayIso() }) : []),
    [set, lang, units, t, names, dramas],
  );
}
